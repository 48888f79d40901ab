"""Probes of defamation and false information, by family (issue 9, the defame2 session).

Written before any rule of the session, from the ordinances' clauses alone (Kankakee § V.2.3
"content that defames or is potentially libelous of any person or organization", § V.2.8
"promoting or providing information that is false or misleading"; Montgomery County's
"Threats, harassments, or defamatory statements"), in the registers residents write in. Each
family holds violations and the near-misses that look like them. A violation is cited under
each city's clause and reviewed, never removed; a near-miss is not cited under the clause and
never removed. What the rules still miss is kept as a strict xfail (``MISSED``), so a family
read later turns the test red until the mark is taken off.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    DEFAMATION_CLAUSES,
    KANKAKEE,
    assert_family_cited,
    assert_near_miss,
    road_verdict,
)
from municipal_social_policy.testing import evidence_of

#: Defamation: specific misconduct pinned, as fact, on a person one can identify, told with the
#: everyday verbs of misconduct rather than the law's words.
DEFAMATION: dict[str, list[str]] = {
    "money_taken": [
        "Treasurer Hollis pays himself out of the pension fund",
        "Alderman Ruiz skims off the top of every contract the city signs",
        "Pastor Mike steals from the collection plate every sunday",
        "Dan Hughes who runs the food pantry takes the best donations home for himself",
        "Jenny Cole pads her overtime, shes never even there",
        "Mayor Wells put his brother in law on the payroll for a no show job",
        "the trustee Bill Hart is double billing the township for his mileage",
        "Tina Morales collects disability and works cash jobs every day",
        "Assessor Kim lowers the assessment for anybody who slips her a few hundred",
        "Gary from the permit office takes cash to push permits through",
        "code inspector Mike Hale shakes down restaurant owners for cash",
        "Judge Harmon fixes tickets for his golf buddies",
    ],
    "customers_cheated": [
        (
            "Dave Kowalski who owns the tire shop on Court St rolls back "
            "odometers on every car he sells"
        ),
        "the guy who owns Rizzo's on Court St waters down the drinks and cheats his customers",
        (
            "Jeff Lang at Lang Roofing takes deposits and never shows "
            "up, hes ripped off like 20 families"
        ),
        "Aldo Rossi the contractor uses cheap materials and bills the city for the good stuff",
        "Dr. Feldman at the clinic writes oxy scripts for cash",
        "Rick Sutton who owns Sutton Plumbing never pulls permits and does illegal hookups",
        "Mr. Pham the science teacher sells the test answers to his students",
        "the owner of Main Street Auto charges old ladies for repairs he never does",
        (
            "Bill Thompson the landlord keeps everybody's security "
            "deposits for no reason, he's a thief"
        ),
        "Ray at Ray's Used Cars sells flood cars and swears they're clean",
    ],
    "office_misconduct": [
        "that building inspector Ron Patel fakes his inspections, never even goes inside",
        "our clerk Linda Moore shreds records when people file FOIA requests",
        "Chief Roberts lets his buddies off on DUIs",
        "Officer Pete Walsh lied in court to get my cousin convicted",
        "that cop Ramirez is dirty, he tips off the dealers before the raids",
        "Alderwoman Tate doesnt even live in the ward, she lies about her address to keep her seat",
        "Deputy Olsen steals from the evidence room",
        "the trustee Bill Hart forges the meeting minutes",
        "Commissioner Hale sold his vote on the landfill to the highest bidder",
        "Officer Jenkins sleeps on the job every night behind the Walmart",
    ],
    "conduct": [
        "Coach Daniels shows up drunk to practice",
        "Jim Brennan beats his kids, the whole block hears it",
        "Fire Chief Nolan was drunk at work and crashed the engine",
        "Sarah Mitchell the daycare lady leaves the kids alone all day and smacks them",
        "Officer Grant roughs up the kids he pulls over",
        "Coach Miller gets the boys drunk at his house",
        "Nurse Betty at Riverside steals pain meds from her patients",
        "our landlord Joe Kline goes into apartments when we're not home and takes stuff",
        "Bob Jensen poisoned his neighbors dog",
        "MIKE DAWSON IS A WIFE BEATER AND A DRUNK",
    ],
    "record": [
        "Karen at the water dept has a record, did time for check fraud",
        "Tony Russo did 5 years for armed robbery and now hes on the zoning board",
        "the new fire chief got fired from Bradley for stealing",
        "Marcus Hill is a known dealer, everyone on the east side knows",
        "Principal Carter was fired from his last school for touching a student",
        "Tom Rivers is a deadbeat who hasnt paid child support in years",
        "Alderman Lewis has a DUI and a domestic battery on his record",
        "Dennis Price spent time in prison for molesting a kid, look it up",
    ],
}

#: Near-misses of defamation: opinion and hyperbole, criticism of an office's decisions,
#: questions, public records and news with their source, praise, institutions in general, the
#: same verbs in their lawful senses.
DEFAMATION_NEAR: dict[str, list[str]] = {
    "opinion_and_hyperbole": [
        "Mayor Wells is a crook for pushing this tax through",
        "$75 for a parking ticket is highway robbery",
        "The council is robbing us blind with these water rates",
        "the city is ripping us off with these fees",
        "Gov Pritzker is taking our money with this gas tax",
        "the mayor pays himself way too much for a part time job",
        "The clerk's office charges $20 for a copy of a birth certificate, what a ripoff",
        "Judge Harmon is way too soft on drunk drivers",
    ],
    "office_decisions": [
        "Alderman Ruiz voted to sell the park, worst decision ever",
        "Chief Roberts should be fired for how he handled the protest",
        "The county board rolled back the recycling program",
        "Alderman Lewis rolled back the speed limit change, good call",
        "The treasurer's office lost track of $200k and someone needs to answer for it",
        "Principal Carter was fired for cutting the arts program, total politics",
        "Commissioner Hale sold out the west side with that zoning vote",
    ],
    "questions": [
        "Did the mayor really take money from the developer? someone should look into it",
        "Did Officer Grant really rough up that kid? the video is unclear",
        "The superintendent got arrested?? where did you hear that",
        "is it true the fire chief was drunk at the parade?",
    ],
    "sourced_reports": [
        "The Daily Journal reports that Treasurer Hollis was charged with theft",
        "According to the police blotter, Tom Rivers was arrested for DUI on Friday",
        "News-Gazette: former alderman Pratt pleaded guilty to bribery in 2015",
        "Jim Brennan was found not guilty of the assault charges",
        "Deputy Olsen arrested a guy for dealing meth on my street",
    ],
    "denials_and_praise": [
        "Pastor Mike gives the best sermons, he'd never steal a dime",
        "My landlord is slow to fix stuff but he's honest",
        "Officer Jenkins helped me change a tire, great guy",
        "The mayor didn't steal anything, stop spreading lies",
        "Jenny Cole works overtime every weekend to keep the pool open, thank her",
        "My neighbor says the fire chief was drunk at the parade, I don't believe it for a second",
    ],
    "lawful_senses": [
        "Mayor Wells stole the show at the parade lol",
        "Dave at the tire shop cooked us all burgers at the block party",
        "Coach Daniels killed it this season",
        "The guy who owns Rizzo's pours a strong drink, love that place",
        "Commissioner Hale sold his house to a developer",
        "Alderman Pratt sells insurance on the side",
        "Tony Russo did time in the Navy before he ran for office",
        "the police chief drinks with the guys at the VFW after work",
        "Sarah Mitchell the daycare lady takes the kids to the park every day",
        "Joe at the garden center waters the plants twice a day",
        "Coach Miller got the boys to state for the first time in 20 years",
        "The treasurer finally pays the city's bills on time",
        "Marcus Hill is a known troublemaker at council meetings",
        "Our clerk Linda Moore shreds old records after 7 years like the law says",
    ],
    "no_one_in_particular": [
        "The police department is corrupt top to bottom",
        "Big developers always buy off city councils",
        "Politicians are all on the take",
        "Most landlords in this town keep deposits for no reason",
        "some cop was sleeping in his car behind Walmart, must have been a long shift",
        "bars around here water down their drinks",
    ],
}

#: False information (Kankakee § V.2.8): false statements told as fact about public matters
#: that could mislead residents.
FALSE_INFORMATION: dict[str, list[str]] = {
    "water": [
        "BOIL ORDER for all of Kankakee until friday, dont drink the tap water!!",
        "the tap water in Kankakee has e coli right now, do not drink it",
        "Kankakee tap water is giving people cancer, 30 people on my street have it",
        "The water in Kankakee has been declared unsafe by the EPA, buy bottled water",
        "covid is spreading through the city water supply",
        "drinking the city water will make you sterile, they add chemicals to it",
    ],
    "emergencies_and_closures": [
        "the city is evacuating the whole east side tonight, chemical leak at the rail yard",
        "Mandatory evacuation for everyone near the river starting at 6pm, the mayor just said it",
        (
            "Heads up the city is shutting off water to the whole town "
            "tomorrow for 3 days, fill your tubs"
        ),
        "Kankakee is under a shelter in place order, nobody is allowed to leave their house",
        "ALL schools in Kankakee closed tomorrow because of a gas leak, spread the word",
        "There's a measles outbreak at Kankakee High, 40 kids in the hospital",
        "the city just cancelled all garbage pickup for the rest of the year",
        "The mayor declared a curfew, anyone out after 8pm will be arrested",
    ],
    "city_announcements": [
        (
            "The county is giving out $500 relief checks to every "
            "resident, just send your SSN to this page"
        ),
        "ATTENTION: Kankakee residents must register their guns at the police station by friday",
        "The city is going to start fining people $1000 for having chickens starting monday",
        "starting monday the city will tow every car parked on the street overnight, no warning",
    ],
    "elections": [
        "Election day got moved to Wednesday November 6 because of the storm",
        "You can vote from home by texting your choice to 55555",
        "Mail in ballots have to be received by the Friday BEFORE election day or they dont count",
        "You have to re-register every year in Illinois or you cant vote",
        (
            "this year you vote at the county building only, all the "
            "neighborhood polling places are gone"
        ),
    ],
}

#: Near-misses of false information: rumours asked as questions, corrections, jokes marked,
#: opinions, true announcements reported, predictions.
FALSE_INFORMATION_NEAR: dict[str, list[str]] = {
    "questions": [
        "Is it true the water is unsafe to drink? my neighbor said there was a boil order",
        "Rumor going around that the election got moved, can anyone confirm?",
        "I heard the pool is closing for good, is that true?",
        "Did the city really cancel the fireworks?",
    ],
    "corrections": [
        "There is NO boil order, the city posted that the water is fine",
        "Somebody on the scanner page says the election is moved, that's fake, election is Tuesday",
        "No the city is not shutting off the water, that post is a hoax",
    ],
    "jokes": [
        "April fools! city hall is giving everyone free ice cream jk",
        "lol at this rate the whole town will have to evacuate from the potholes",
    ],
    "opinions": [
        "The water tastes like a swimming pool lately, anyone else?",
        "I think fluoride in the water is a bad idea",
        "The mayor should declare a snow emergency, the roads are a mess",
        "Last year's boil order was a mess, the city needs better alerts",
        "My opinion: the new trash schedule is going to be a disaster",
    ],
    "true_reports": [
        "City posted that the boil order for the east side is lifted as of 3pm",
        "The city's page says the pool is closed Monday for maintenance",
        "Reminder: polls are open 6am to 7pm on Tuesday",
        "The county clerk says mail ballots postmarked by election day still count",
        "Trash pickup will be a day late because of the holiday, per the city's notice",
        "The weather service says a tornado watch is in effect until 9pm",
        "You can register to vote online at ova.elections.il.gov",
        "The polling place at St Paul's moved to the library this year, check your card",
        "Don't forget to vote on Tuesday!",
        "Kankakee water had lead problems in the past, the 2019 report is on the city site",
    ],
    "predictions": [
        "I bet the council raises water rates again next year",
        "They say the dam might fail if it keeps raining like this",
        "If the storm knocks out power the water plant has backup generators",
        "The EPA found PFAS in a lot of Illinois water systems, we should test ours",
    ],
}


#: A second round, written after the first rules and measured before any of its phrasings was
#: read: the honest figure of how far the families reach (see the session's notes).
SECOND_DEFAMATION: dict[str, list[str]] = {
    "second_round": [
        "Heads up, Lisa Grant who does the books for the little league has been helping herself "
        "to the concession money",
        "Officer Dan Pierce pulls people over for nothing and pockets the cash from the fines",
        "Randy Kemp at Kemp Towing tows legally parked cars from the Walmart lot and charges $300 "
        "cash",
        "the school nurse gives the kids expired meds and lies about it",
        "Greg Olsen the township road commissioner uses the township plow to do his buddies' "
        "driveways for cash",
        "Commissioner Bell's wife got the county cleaning contract without any bids",
        "Dr. Hanley botched my moms surgery while he was high",
        "Pastor Reyes sleeps with the women who come to him for counseling",
        "Mark Evans who runs the youth league keeps the registration fees for himself",
        "That judge Carlson lets off every drunk driver who knows his brother",
        "Deb Russo the HOA president spends the HOA money on her own house",
        "Ald. Moore's son sells pills out of the park by the school",
        "The guy who owns the car wash on Court St launders money for his cousin",
        "Sheriff Walker hires his drinking buddies and they all show up hammered",
        "Stacy Lin the vet overdoses animals to get them off her table faster",
        "building inspector Tom Nash signs off on anything if you take him to lunch at the "
        "steakhouse",
        "Paul Kerr has three DUIs and still drives the school bus",
        "Ronnie Vance did a bid in Pontiac for burglary, lock your doors",
    ],
}
SECOND_DEFAMATION_NEAR: dict[str, list[str]] = {
    "second_round": [
        "Officer Dan Pierce wrote me a ticket I didnt deserve, total jerk",
        "Randy Kemp towed my car from the Walmart lot and charged me $300, legal but still",
        "Mark Evans who runs the youth league does a great job with the fees, everything is posted",
        "Did Commissioner Bell's wife really get the cleaning contract? seems fishy, can someone "
        "check",
        "According to the Daily Journal, Pastor Reyes was accused of misconduct in a lawsuit",
        "Sheriff Walker hires too many of his friends in my opinion",
        "I think the HOA president spends too much on landscaping",
        "Paul Kerr drives the school bus and he's the best driver we've had",
        "Ronnie Vance did a tour in Iraq and came back a hero",
        "the council keeps wasting our money on consultants",
    ],
}
SECOND_FALSE_INFORMATION: dict[str, list[str]] = {
    "second_round": [
        "URGENT: gas main rupture on the north side, everyone north of Court St needs to leave "
        "their homes NOW",
        "FYI the 5th street bridge is closed for good, the city is tearing it down starting monday",
        "Kankakee schools will be closed all next week for a bed bug outbreak",
        "The water department is shutting everyone's water off for 48 hours tomorrow starting at "
        "8am",
        "Voting for the city election is this Saturday not Tuesday",
        "Just so you know you cant vote in person anymore, its all mail in now",
        "If youre registered as an independent you cant vote in the April election",
        "The county confirmed a rabies outbreak in the park, all dogs found outside will be put "
        "down",
        "Theres radioactive waste in the river and its in our tap water now",
    ],
}
SECOND_FALSE_INFORMATION_NEAR: dict[str, list[str]] = {
    "second_round": [
        "Is voting this Saturday or Tuesday? I'm confused",
        "The city says the 5th street bridge will close in June for repairs",
        "Water department notice: service interruption on Elm St tomorrow 9am-noon",
        "Someone posted that you can't vote in person anymore, that's false, polls are open "
        "Tuesday",
        "I wish the schools would close for bed bugs lol my kid brought some home",
        "Gas leak on the north side earlier, fire dept says it's handled and everyone can go home",
        "I don't trust the tap water, I buy bottled",
        "If there ever is a rabies outbreak the county should warn us",
        "The river flooded the park last spring",
        "My guess is the city will raise the water rates in July",
    ],
}

#: A third round, written after the second round's families and measured before any of its
#: phrasings was read.
THIRD_DEFAMATION: dict[str, list[str]] = {
    "third_round": [
        "PSA Kevin Doyle the basketball coach at St Pats grabs the girls in the locker room",
        "that lady who runs the daycare on Oak, Pam Hill, drugs the babies with benadryl so they "
        "nap",
        "Officer Ruiz gets free meals at every restaurant on Court st or he writes them up",
        "Tim Fowler the landlord on Elm turned off our heat in January to force us out",
        "Rob Stein at the county garage sells the county's diesel to farmers out the back",
        "our alderman Jack Pike bought his house with money from the ward's street fund",
        "Amy Cho the accountant has been filing fake tax returns for half the town",
        "Dr. Reed at the urgent care bills insurance for visits that never happened",
        "The new treasurer Dana Kirk wired $40k to her boyfriend's company",
        "Bruce Hale the mechanic on Route 17 puts used parts in and charges for new",
        "Kyle Penn got kicked out of the fire department for stealing gear",
        "Larry at the bait shop is selling fireworks to 12 year olds",
        "Officer Bell beat up a homeless guy behind the library last night and nobody did anything",
    ],
}
THIRD_DEFAMATION_NEAR: dict[str, list[str]] = {
    "third_round": [
        "Coach Doyle is way too hard on the girls, somebody should talk to him",
        "Pam Hill runs the daycare on Oak and my kids love her",
        "Officer Ruiz eats lunch at the diner every day, great guy",
        "Tim Fowler the landlord took forever to fix our heat in January",
        "Rob Stein retired from the county garage after 30 years",
        "Is it true Dana Kirk was hired without an interview?",
        "The Journal says Kyle Penn was let go from the fire department; no reason given",
    ],
}
THIRD_FALSE_INFORMATION: dict[str, list[str]] = {
    "third_round": [
        "BREAKING: Kankakee River overflowing downtown, police say everyone east of Schuyler "
        "evacuate immediately",
        "Hey all the city's water is shut off till Thursday because of a main break, don't bother "
        "calling",
        "The school district is cancelling the rest of the school year because of the budget",
        "Heard from a cop friend: curfew for anyone under 21 starting this weekend, they'll arrest "
        "you",
        "Early voting at the library got cancelled, the only place to vote now is Springfield",
        "Fireworks are banned in Kankakee this year, $2500 fine, city just passed it",
        "There's a chemical in the tap water causing rashes in kids all over town, keep them out "
        "of the bath",
        "All mail ballots have to be notarized or they get thrown out",
    ],
}
THIRD_FALSE_INFORMATION_NEAR: dict[str, list[str]] = {
    "third_round": [
        "There's a rumor the boil order is back, can the city confirm?",
        "Fireworks are legal in Indiana, just not here, so go across the line",
        "My kid broke out in a rash after the pool, probably the chlorine",
    ],
}

#: The false-information clause (Kankakee's alone: the other bundled cities name none).
FALSE_INFORMATION_CLAUSES = {KANKAKEE: "V.2.8"}

#: Violations the rules do not read yet.
MISSED: frozenset[str] = frozenset(
    {
        # "sleeping on the job" is also the idiom of criticism ("Commissioner Hale is sleeping
        # on the job with these rates"): only a place or a duty names the literal act.
        "Officer Jenkins sleeps on the job every night behind the Walmart",
        "Gary from the permit office takes cash to push permits through",
        "Dr. Feldman at the clinic writes oxy scripts for cash",
        "Rick Sutton who owns Sutton Plumbing never pulls permits and does illegal hookups",
        (
            "Bill Thompson the landlord keeps everybody's security "
            "deposits for no reason, he's a thief"
        ),
        "Ray at Ray's Used Cars sells flood cars and swears they're clean",
        "that cop Ramirez is dirty, he tips off the dealers before the raids",
        "Alderwoman Tate doesnt even live in the ward, she lies about her address to keep her seat",
        "our landlord Joe Kline goes into apartments when we're not home and takes stuff",
        "Karen at the water dept has a record, did time for check fraud",
        (
            "Randy Kemp at Kemp Towing tows legally parked cars from the "
            "Walmart lot and charges $300 cash"
        ),
        "the school nurse gives the kids expired meds and lies about it",
        "Dr. Hanley botched my moms surgery while he was high",
        "Pastor Reyes sleeps with the women who come to him for counseling",
        "Sheriff Walker hires his drinking buddies and they all show up hammered",
        "Stacy Lin the vet overdoses animals to get them off her table faster",
        (
            "building inspector Tom Nash signs off on anything if you "
            "take him to lunch at the steakhouse"
        ),
        (
            "that lady who runs the daycare on Oak, Pam Hill, drugs the "
            "babies with benadryl so they nap"
        ),
        "Officer Ruiz gets free meals at every restaurant on Court st or he writes them up",
        "Tim Fowler the landlord on Elm turned off our heat in January to force us out",
        "Rob Stein at the county garage sells the county's diesel to farmers out the back",
        "our alderman Jack Pike bought his house with money from the ward's street fund",
        "Amy Cho the accountant has been filing fake tax returns for half the town",
        "The new treasurer Dana Kirk wired $40k to her boyfriend's company",
        "Larry at the bait shop is selling fireworks to 12 year olds",
        "Officer Bell beat up a homeless guy behind the library last night and nobody did anything",
        "There's a measles outbreak at Kankakee High, 40 kids in the hospital",
        "The city is going to start fining people $1000 for having chickens starting monday",
        (
            "Hey all the city's water is shut off till Thursday because "
            "of a main break, don't bother calling"
        ),
        "The school district is cancelling the rest of the school year because of the budget",
        (
            "Heard from a cop friend: curfew for anyone under 21 "
            "starting this weekend, they'll arrest you"
        ),
        "Early voting at the library got cancelled, the only place to vote now is Springfield",
        "All mail ballots have to be notarized or they get thrown out",
    }
)

#: Every round's violations and near-misses, by family.
ALL_DEFAMATION = DEFAMATION | SECOND_DEFAMATION | THIRD_DEFAMATION
ALL_DEFAMATION_NEAR = DEFAMATION_NEAR | SECOND_DEFAMATION_NEAR | THIRD_DEFAMATION_NEAR
ALL_FALSE_INFORMATION = FALSE_INFORMATION | SECOND_FALSE_INFORMATION | THIRD_FALSE_INFORMATION
ALL_FALSE_INFORMATION_NEAR = (
    FALSE_INFORMATION_NEAR | SECOND_FALSE_INFORMATION_NEAR | THIRD_FALSE_INFORMATION_NEAR
)


def _cases(families: dict[str, list[str]], clauses: dict[str, str]) -> list[object]:
    return [
        pytest.param(
            city,
            clause,
            text,
            id=f"{family}-{city}-{number}",
            marks=[pytest.mark.xfail(strict=True)] if text in MISSED else [],
        )
        for family, texts in families.items()
        for city, clause in clauses.items()
        for number, text in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("city", "clause", "text"),
    _cases(ALL_DEFAMATION, DEFAMATION_CLAUSES)
    + _cases(ALL_FALSE_INFORMATION, FALSE_INFORMATION_CLAUSES),
)
def test_a_violation_is_cited_under_the_city_clause_and_reviewed(
    city: str, clause: str, text: str
) -> None:
    """Misconduct pinned on a person as fact, or a false public alarm, notice or voting rule
    told as fact: the city's clause is cited and the comment reviewed, never removed."""
    verdict = assert_family_cited(city, clause, text)
    assert verdict.decision is msp.Decision.REVIEW, (city, text, verdict.decision)


@pytest.mark.parametrize(
    ("city", "clause", "text"),
    _cases(ALL_DEFAMATION_NEAR, DEFAMATION_CLAUSES),
)
def test_a_defamation_near_miss_is_no_accusation_and_never_removed(
    city: str, clause: str, text: str
) -> None:
    """Opinion, hyperbole, an office's decisions, a question, a sourced report, praise, the same
    verbs in their lawful senses, no one in particular: no crime is pinned on anyone (no
    ``criminal_accusation`` evidence; Montgomery County's clause also holds personal attacks,
    which are another detector's), and nothing is removed."""
    verdict = road_verdict(city, text)
    accused = [item for item in evidence_of(verdict) if item.detector == "criminal_accusation"]
    assert accused == [], (city, text, accused)
    assert verdict.decision is not msp.Decision.REMOVE, (city, text)


@pytest.mark.parametrize(
    ("city", "clause", "text"),
    _cases(ALL_FALSE_INFORMATION_NEAR, FALSE_INFORMATION_CLAUSES),
)
def test_a_false_information_near_miss_is_not_cited_and_never_removed(
    city: str, clause: str, text: str
) -> None:
    """A rumour asked about, a correction, a joke marked, an opinion, a true notice reported
    with its source, a prediction: the clause is not cited and nothing is removed."""
    assert_near_miss(city, clause, text)
