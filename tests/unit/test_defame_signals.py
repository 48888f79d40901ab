"""Broad signals of defamation and of unlawful acts offered or planned (issue 9, "Generalise,
don't tune").

Written before the rules, from our own heads, in the registers residents write in (phone-typed,
capitals, slang, run-on posts), never from a blind set. Defamation is a crime or a grave
misconduct stated as fact of a person named or placed ("Jim Novak at 45 Elm", "the lady who
runs the bakery on Court St", "Alderman Ruiz", "the new clerk, Sarah"); its near-misses are
opinion and criticism of officials and offices, rhetoric about a levy, questions, news and
court records with their source, a crime of nobody named, the writer's own past, a named person
as the victim or the one who caught the thief. An accusation hedged with "I think" or "pretty
sure" is still one (an opinion that implies a fact, as the courts read it; see the explanation
page), while "if", a question or a denial is none. Unlawful activity is an unlawful act offered
or planned in any register (pills, guns, fake papers, stolen goods, a ticket fixed for cash, a
tag run, poaching, a street race); its near-misses are reports, questions to the police, lawful
sales, legal cannabis and a law argued. Violations are cited under each city's clause and
reviewed, never removed; near-misses are not cited under the clause (defamation: no
``criminal_accusation`` evidence in any city) and never removed.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    DEFAMATION_CLAUSES,
    UNLAWFUL_CLAUSES,
    assert_family_cited,
    assert_near_miss,
    road_verdict,
)

DEFAMATION = [
    "Jim Novak at 45 Elm is selling meth out of his garage",
    "the lady who runs the bakery on Court St steals from the tip jar",
    "Alderman Ruiz took bribes from the towing company",
    "my neighbor Dave Kowalski beats his wife every weekend",
    "the new clerk, Sarah, embezzled from the water fund",
    "Ruiz is on the take, everyone knows it",
    "Treasurer Hollis cooked the books for years",
    "Coach Miller molested two of his players",
    "FRANK DEMPSEY IS A PEDOPHILE STAY AWAY FROM HIM",
    "Tom Rivers deals drugs out of the laundromat on 5th",
    "Commissioner Hale is a crook who pockets the permit fees",
    "Mike Brennan was arrested for DUI last year and they still made him fire chief",
    "Sheila Dunn has a record for fraud, dont hire her",
    "I think Ruiz stole money from the pension fund",
    "pretty sure Karen Olsen embezzled from the PTA",
    "officer jenkins plants drugs on ppl, ask anyone",
    "Dr. Patel is running a pill mill on Main",
    "Larry Hughes the plumber is a scammer, he ripped off my mom",
    "the principal at Lincoln Elementary is a child molester",
    "Judge Wilson takes kickbacks from the bail bonds guy",
    "Gary Fisk burned down his own restaurant for the insurance money",
    "Deputy Olsen sells the weed he seizes",
    "Bill Crane is a registered sex offender and nobody told the neighborhood",
    "Mayor Wells laundered campaign money through his brother's company",
    "Kevin Marsh is a rapist. Women be careful.",
    "my landlord Steve Rocha is a fraudster, he kept every deposit",
    "Sarah Jenkins stole $4,000 from the church bake sale",
    "alderman pete rossi has been taking kickbacks for years",
    "Jenna from the treasurer's office has been skimming from the parking meters",
    "Josh Tate murdered his first wife and got away with it",
    "The building inspector, Ron Patel, takes cash to look the other way",
    "Carl Voss is a drug dealer, he sells to high schoolers",
    "Officer Grant beat a handcuffed man behind the station",
    "Rita Gomez shoplifts from the dollar store every week",
    "Mr. Haney the bus driver drives drunk with our kids on board",
    "Brian Keller is a con artist who scams old ladies out of their savings",
    "Janet Moss forged her dad's signature on the will",
    "Supervisor Dale Kim is a thief, ask the township about the missing plow",
    "Pastor Jim abused kids at the church camp",
    "Tony Russo is running an illegal gambling ring out of his bar",
    "DAVE KOWALSKI STOLE MY GENERATOR AND IM CALLING HIM OUT",
    "Eddie Lang was convicted of child porn in Indiana, look it up",
    "councilwoman Price is a thief and a liar",
    "Everyone should know Marty Cole sexually assaulted a coworker",
    "Trustee Olsen pocketed the donations for the food pantry",
    "that dude Brandon who works at the Marathon on Main sells pills out the back",
    "Sheriff Dunn is on the cartel's payroll",
    "Linda Park embezzled over 80k from the library board",
]

DEFAMATION_NEAR_MISSES = [
    "Alderman Ruiz is a disgrace to this ward",
    "the mayor is incompetent and should resign",
    "this council robs taxpayers with these fees",
    "Did Ruiz take money from the developer?",
    "The Tribune reports Ruiz was charged with bribery",
    "According to court records, Novak pleaded guilty in 2019",
    "a man was arrested for stealing copper on Elm st last night",
    "someone stole my bike from the library rack",
    "I was arrested for shoplifting when I was 19, people can change",
    "politicians in this county are all crooks",
    "Ruiz stole the show at the parade lol",
    "Kowalski stole second base in the 9th",
    "Officer Davis arrested the guy who robbed the gas station",
    "Sarah at the clerk's office was robbed in the parking lot",
    "Judge Harmon sentenced the embezzler to five years",
    "I don't think Ruiz took any bribes, he's just bad at budgets",
    "If the treasurer embezzled anything the audit would show it",
    "the thief who broke into my car is still out there",
    "Police say a suspect stole three catalytic converters on Court St",
    "Councilman Pratt wants tougher penalties for drug dealers",
    "Our neighbor Dave Kowalski caught the guy stealing packages",
    "The new clerk, Sarah, helped me with my permit, so nice",
    "Mayor Wells's plan steals from our kids' future",
    "the mayor is stealing our money with this tax hike",
    "Ruiz is a liar and a hypocrite",
    "Commissioner Hale voted to raise the fees again, disgraceful",
    "the county is run by a bunch of crooks",
    "Chief Dawson said the burglar was arrested Tuesday",
    "Is it true the clerk was arrested?",
    "Jim Novak reported a theft at his shop on Elm",
    "Sarah Lee was the victim of identity theft, please help her",
    "the crooked politicians in Springfield never change",
    "Alderman Ruiz supports the drug treatment center",
    "The landlord on Hickory finally fixed the heat",
    "Officer Grant got an award for catching a fentanyl dealer",
    "Did the lady who runs the bakery on Court St close for good?",
    "The mayor's policies are criminal",
    "Senator Smith's bill would make wage theft a felony",
    "Novak was found not guilty of all charges, leave the man alone",
    "Mark Davis was cleared of embezzlement by the jury last week",
    "Trustee Olsen should be ashamed of how he treats seniors",
    "I think the mayor is a terrible leader",
    "Police arrested Tom Rivers on theft charges, per the Daily Journal",
    "My cousin Jake was robbed at gunpoint on Fifth, pray for him",
    "the mayor acts like a crook with this budget, shameful",
    "Sheriff Dunn busted a meth lab on River Rd, good job",
    "Ruiz never took a dime, the audit proved it",
    "Mayor Wells is a clown and his budget is a joke",
]

UNLAWFUL = [
    "selling percs and xans, dm me",
    "who wants to go tag the overpass tonight",
    "I'll fix your ticket for $50, I know a guy at the court",
    "got a few unregistered pistols for sale, no background check, cash only",
    "fake IDs $80, pm me",
    "anyone want a 55 inch TV, fell off a truck, $100",
    "street racing meet tonight at the old Kmart lot, 11pm, bring your fastest",
    "who's down to go spotlight deer on the Johnson farm this weekend",
    "lets all go tag the new library wall with spray paint lol",
    "selling weed $40 an eighth, delivery in dayton",
    "I can get you a handicap placard, no doctor needed, $100",
    "if u need to pass a drug test i sell clean pee",
    "need someone to help me strip copper from the empty houses on 3rd, we split the cash",
    "anyone wanna buy a stolen catalytic converter? cheap",
    "who wants to go joyriding in the county trucks tonight",
    "meet at the quarry after dark, we're gonna dump the old tires in the river",
    "selling my Adderall prescription, 20mg, $5 each",
    "DRAG RACE ON SR 4 SATURDAY NIGHT, 200 BUCKS BUY IN",
    "i got m80s and illegal fireworks for sale cheap",
    "I can hook you up with a fake vaccine card",
    "let's go snag some packages off porches in Oakwood lol",
    "who wants in on a dogfight saturday, bring your pit",
    "i sell guns to anyone no questions asked",
    "I can make your speeding ticket disappear for 50 bucks, hmu",
    "dump your old fridges in the ravine behind my place for $20, nobody checks",
    "who wants to sneak into the county pool after hours tonight",
    "lets poach some trout from the hatchery pond tonight",
    "I'll buy your EBT benefits, 50 cents on the dollar",
    "selling painkillers no script needed",
    "anybody want to go shoot out the streetlights on Needmore",
    "gonna graffiti the new bridge tonight, who's coming",
    "hmu if u want cheap smokes, no tax stamp",
    "I can get you a drivers license without taking the test, my cousin works at the BMV",
    "I'll sell you my kid's ADHD meds, 10 bucks a pill",
    "who wants to help me cut the fence at the impound lot and get my car back tonight",
    "Buying stolen bikes, no questions, cash",
    "Ghost guns for sale, untraceable, DM",
    "who's tryna race on Needmore Rd tonight, loser pays 100",
    "we're gonna break into the old school this weekend and take the copper, who's in",
    "I'll pay someone $200 to take the driving test for me",
    "selling shrooms and acid, text me",
    "taking bets on the Bengals game, venmo me, I pay out friday",
]

UNLAWFUL_NEAR_MISSES = [
    "Someone stole my catalytic converter last night on Shroyer Rd, call the sheriff if you saw it",
    "Police arrested two men for street racing on SR 4",
    "How do I report someone selling drugs out of a house on my street?",
    "Is it legal to shoot fireworks on the 4th in the county?",
    "Selling my old lawnmower, $60, works fine",
    "The cannabis dispensary in Dayton has good prices now that it's legal in Ohio",
    "Should weed be legal? I think yes",
    "fake IDs are a real problem at the bars downtown",
    "the overpass got tagged again, can the county clean it up?",
    "Selling fireworks at my stand on Route 35, licensed vendor, open till 10",
    "deer season opens Saturday, get your tags from ODNR",
    "Who can I call about someone dumping tires in the creek?",
    "my neighbor keeps selling stuff at his garage sale every weekend",
    "can I pay my parking ticket online?",
    "Does anyone know a good lawyer to fight a speeding ticket?",
    "Selling a handgun, FFL transfer only, must pass background check",
    "lol imagine street racing in a minivan",
    "Sheriff says a man was selling fake IDs at the mall and was arrested",
    "The county should crack down on illegal dumping",
    "Report poaching to the ODNR hotline",
    "who wants to go to the county fair tonight",
    "Who's down to clean up the graffiti on the overpass saturday? bring gloves",
    "Anyone want free firewood? come pick it up",
    "Where can I dispose of old prescription pills safely?",
    "selling tickets to the Dragons game, face value",
    "There's a car show at the fairgrounds Saturday, permitted, all ages",
    "my kid got caught with a vape at school, what are the rules?",
    "teens were drag racing on Wilmington Pike again, someone will get killed",
    "the weed smell from the neighbor's is awful, is that legal?",
    "Can I legally burn brush in my yard?",
    "I would never buy stolen goods, too risky",
    "The DEA takeback day is Saturday, drop off your unused pills",
    "Scam alert: someone is calling people saying they can fix tickets for cash",
    "we're painting the mural on the library wall tonight, the city approved it",
    "who wants to go fishing at the reservoir, I've got my license",
    "Selling my truck, clean title, $4500 obo",
    "It should be illegal to sell fireworks to kids",
    "the guy was charged with selling stolen goods on Facebook marketplace",
    "Is it illegal to fish without a license if you're under 16?",
    "I used to sell weed in high school, now I'm a counselor helping kids stay clean",
    "Don't drink and drive this weekend, the sheriff has checkpoints",
    "Hunters: reminder that spotlighting deer is illegal, fines are steep",
    "Looking for a legit tattoo shop, any recs?",
    "my buddy got his ticket reduced by going to traffic school",
    "anyone racing at Kil-Kare speedway this weekend? going to watch",
]


#: Probes written with the others that the signals do not read yet, each for its reason: one
#: capitalised word opening a sentence before a verb in the past names no one by its capital
#: alone ("Thieves stole ..."), a sentence that ends in a question mark is a question, and a
#: fraud told without a word that marks it ("every channel for free"). Strict: a fix shows as a
#: pass (the fifteenth session read "hit the storage units" and "fake dependents").
DEFAMATION_MISSES = [
    "Ruiz rigged the bids for the new fire station",
    "Rob Jensen got busted for dealing coke in 2019 and now he coaches little league??",
]
UNLAWFUL_MISSES = [
    "Selling cable boxes that get every channel for free, $60",
]


# Two more rounds of our own probes (issue 9, the fourteenth session), in other registers: the
# second, written after the first rules, read 11/30 defamation and 3/20 unlawful offers before
# its families were read; the third, written after all the rules and not used to write any,
# read 8/20 and 5/20 (main: 8/20 and 3/20), one near-miss flagged ("a guy on Vine got arrested
# ..., per the sheriff": a street read as a name, since fixed); its families were read after
# that measure (13/20 and 10/20, no longer held out). What the rules read of them is
# tested with the first round's tests; what they do not read is kept as strict xfails, so a fix
# shows as a pass.
MORE_DEFAMATION = [
    (
        "Everyone in town knows Bob Harlan at the feed store has been stealing from his "
        "employees for years"
    ),
    "that pervert John Dorsey exposed himself to kids at the pool",
    "Jenny Cole is a junkie who steals from her grandma",
    "I have proof Alderman Wu took a payoff from the developer",
    "Greg Olson killed his wife in 2005 and walked",
    "mi vecino Carlos Ruiz vende drogas en la esquina, Carlos Ruiz sells drugs on the corner",
    "Supervisor Ann Lee is stealing gas from the county pumps for her own car",
    "PAT MORAN THE CODE INSPECTOR TAKES BRIBES",
    "Deputy Crane is a dirty cop who sells confiscated guns",
    "Dan Hollis, our fire chief, is an alcoholic who drives the engine drunk",
    "Karen Wells the HOA president embezzled our dues, there I said it",
    "The new police chief Mike Dunn has a DUI and a domestic battery record",
    "Bill Stanton molests his stepdaughter, somebody call CPS",
    "Coach Riley gives the players steroids",
    "councilman jerry pike is a crook plain and simple, he stole from the senior center",
    "Rev. Tom Hale stole from the collection plate for years",
    "Ronnie Voss beat up his girlfriend again last night",
    "Judge Kemp is paid off by the tow companies",
    "Mayor Dale Kent's son deals fentanyl out of the city garage",
    "our landlord Pete Sharma is a slumlord who steals security deposits",
    "Trustee Bob Lang's been pocketing money from the cemetery fund for YEARS. Wake up people",
    "fyi the babysitter Kayla Simms from Oak Ridge abuses the kids she watches",
    "Commissioner Tate is a pedo, ask the families on 4th street",
    "Pastor Reynolds stole from his own church and ran off to Florida",
    "Mike Soto the plumber is a thief, he charged my mom $3000 and stole her jewelry",
    "Deputy Ray Allen is on the take from the dealers on Elm",
    "The mayor's brother Jake Wells is running a chop shop out of the old Shell station",
    "Greg Tully the landlord on Vine rapes his tenants, nobody does anything",
    (
        "Heads up neighbors: Gary Pruitt on Walnut has been breaking into cars on our block, "
        "I have him on camera"
    ),
    (
        "not to start drama but Amber Hayes from the school board is the one who stole the "
        "fundraiser money"
    ),
    "My ex, Danny Ortiz, is a deadbeat who deals meth and beats his kids, avoid him",
    "Sam Fitch burned down the old mill for insurance, everyone knows it",
    "Dr. Kapoor at the clinic is a pill pusher, he sells scripts",
    "Dr. Amy Chen writes oxy scripts for cash",
    "Everybody knows Roger Dean the used car guy rolls back odometers and sells stolen cars",
    "Coach Brian Ellis was fired from his last job for touching girls on the team",
    "Carla Diaz is a fraud who collects disability while working cash jobs",
    "The owner of Tony's Pizza, Tony Russo, pays his cooks under the table and cheats on his taxes",
    # Read since the defame5 session (sexual harassment, an addiction), issue 9.
    "Officer Kline has been harassing women during traffic stops",
    "councilwoman ava burke is a cokehead and her husband deals",
    # A relative clause set off by commas (the defame5 session).
    (
        "Just so everyone knows, Linda Marsh, who works in the treasurer's office, has been "
        "taking money from the tax payments"
    ),
]
MORE_DEFAMATION_MISSES = [
    "Tom Reese took $20,000 out of the water fund and nobody did anything",
    "@Mark Devers you're a thief and everyone knows you stole from the little league fund",
    "The clerk Maria Gomez has been selling birth certificates on the side",
    "Assessor Jim Pratt lowers his buddies' taxes for kickbacks",
    "Steve at the BP on Court street sells weed to high school kids",
    "SHERIFF HOLT LETS HIS BUDDIES DRIVE DRUNK AND TAKES CASH FOR IT",
    "the animal control officer, Jeff, kills people's pets and sells them",
    "Janet in the payroll office cuts herself extra checks every month",
    "Officer Tina Price falsified my police report to cover for her brother",
]
MORE_DEFAMATION_NEAR_MISSES = [
    "Everyone in town knows Bob Harlan at the feed store, great guy",
    "Linda Marsh, who works in the treasurer's office, helped me fix my tax bill",
    "Tom Reese moved $20,000 from the water fund to roads, a dumb decision",
    (
        "I heard the pool is closed because someone exposed himself to kids, police are "
        "looking for him"
    ),
    "Officer Kline pulled me over and was really polite about it",
    "Alderman Wu voted for the developer's project, I think that's a mistake",
    "Greg Olson lost his wife in 2005 and has been a pillar of this town since",
    "@Mark Devers you are wrong about the little league fund and you know it",
    "The code inspector Pat Moran failed my deck, ridiculous",
    "Judge Kemp ruled for the tow companies, I disagree with the ruling",
    "Dan Hollis, our fire chief, retires next week, thank you Dan",
    "Was Karen Wells ever audited by the HOA?",
    "The Daily Journal says Mike Dunn was charged with DUI in 2015",
    "Coach Riley banned steroids from the team and talks to kids about it",
    "Dr. Amy Chen refused to give me oxy, which was probably right",
    "the council is full of crooks and liars",
    "Rev. Tom Hale asked for more donations for the roof",
    "Ronnie Voss got beat up at the bar last night, hope he's ok",
    "Mayor Dale Kent's son won the spelling bee",
    "Carla Diaz fought for years to get her disability approved",
    "my landlord keeps my deposit every year, is that legal?",
    "the cops stole our rights with this curfew",
    "Councilman Pike says the senior center money was stolen by a contractor",
    "if Ann Lee is taking county gas she should be fired, but I doubt it",
    "Someone at the BP on Court street got robbed at gunpoint last night",
    "Heads up neighbors: someone has been breaking into cars on our block, I have it on camera",
    "Amber Hayes from the school board ran the fundraiser, great job Amber",
    "Trustee Bob Lang voted to move money from the cemetery fund, bad call",
    "Sheriff Holt needs to crack down on drunk drivers",
    "the animal control officer, Jeff, found my lost dog, thank you Jeff",
    "Commissioner Tate is a joke and should not be reelected",
    "Was Coach Brian Ellis fired from his last job?",
    "Pastor Reynolds retired and moved to Florida",
    "Janet in the payroll office fixed my check, so helpful",
    "Mike Soto the plumber charged my mom $3000, way too much in my opinion",
    "The Gazette reports Deputy Ray Allen was suspended pending an investigation",
    "Officer Tina Price wrote my police report, it had a typo",
    "The mayor's brother Jake Wells opened a new auto shop at the old Shell station",
    "Dr. Kapoor at the clinic won't refill my pills, so frustrating",
    "I don't believe for a second that Greg Tully did anything wrong",
    "the whole county government is corrupt and stealing from us with these taxes",
    "a guy on Vine got arrested for breaking into cars, per the sheriff",
    "If Sam Fitch burned that mill he'd be in jail, stop the rumors",
    "Judge Moore sentenced the thief who robbed the Shell station",
    "Ava Burke is the worst councilwoman we have ever had",
]
MORE_UNLAWFUL = [
    "bring ur bolt cutters, we're gonna hit the storage units on Wayne ave tonight",
    "selling my grandma's oxy, she passed and doesn't need em",
    "who wants cheap cartons, my guy brings them up from kentucky no tax",
    "I'll do your taxes and get you a bigger refund with fake dependents",
    "who tryna hit a lick tonight",
    "anyone selling their Vyvanse? paying good",
    "need a car? I got one with no VIN, cash only",
    "whoever wants to help me take the copper out of the old mill dm me, we'll split it",
    "ima tag the water tower this weekend, who's coming",
    "LOOKING FOR SOMEONE TO MAKE ME A FAKE PAYSTUB FOR MY APARTMENT APPLICATION",
    "trading my EBT for cash, DM",
    "my cousin can get you a CDL without the road test for 300",
    "selling a pistol, don't have the paperwork, no ID needed",
    "who wants to go take the deer decoys down and poach the big buck on Miller's land",
    "Sell me your old prescription meds, paying cash",
    "who's coming to the street takeover saturday night at Wayne and 5th",
    "anyone want to make money moving packages from Detroit, no questions",
    "let's all park in the fire lane at the game friday, they never ticket",
    "who wants to help me steal the Christmas lights off the courthouse lol",
    "I sell cloned cards, fresh dumps, message me",
    "Gonna drag race my Mustang on Far Hills tonight at midnight, come watch",
    "anyone want to split a stolen generator? I know where one is",
    "Got a guy who can make your DUI go away for a grand",
    "if you need a gun and can't pass the background check, message me",
    "selling deer meat, shot it out of season, $5 a pound",
    "I'll pay you guys $100 each to slash the tires on my ex's truck",
    "we take cash only, no receipts, keep it off the books, dm for roofing",
    # Read since a gap counts written words ("if you don't want": "don't" takes one place).
    "I'll pick up your kid's Adderall if you don't want it",
    # Read since the acts and the speech acts are read together (near.tsv's urged).
    "who's down to shoot off the m80s in the cemetery tonight",
]
MORE_UNLAWFUL_MISSES = [
    "got that loud pack for cheap, pull up",
    "I do under the table tattoos out of my house, no license, $50 an hour",
    "let's go light the fireworks in the park after curfew",
    "i can get yall into the concert for free, I know the back door",
    "anybody want pills? i got a bunch left from my surgery",
    "we're going mudding on the county's new soccer fields tonight lol",
    "yall want some edibles? not from a dispensary lol, $20 each, dm",
    "I'll sell you a parking pass that I copied, works every time",
    "plan for tonight: hop the fence at the pool, bring beer",
    "anyone want a free Netflix account? I hacked a bunch",
    "anybody wanna go ride dirt bikes on the county trails, they're closed but whatever",
    "bring your cans of spray paint to the skate park tonight, we're gonna cover the new walls",
]
MORE_UNLAWFUL_NEAR_MISSES = [
    "got a new grill for cheap at Lowe's, pull up for burgers",
    "who tryna hit the gym tonight",
    "anyone selling their old textbooks? paying good",
    "I do tattoos at my licensed shop on Main, $50 an hour",
    "need a car? I'm selling my Civic, clean title",
    "whoever wants to help me clean out the old mill for the historical society dm me",
    "the water tower got tagged this weekend, can the county paint over it?",
    "let's go watch the fireworks in the park on the 4th",
    "I got free tickets to the concert from the radio station, anyone want them?",
    "where can I drop off leftover pills from my surgery?",
    "How do I get a copy of my paystub from the county for my apartment application?",
    "can I use my EBT at the farmers market?",
    "my cousin passed his CDL road test on the first try",
    "kids were mudding on the new soccer fields, can the sheriff patrol there?",
    "selling a pistol through a licensed dealer, background check required",
    "bow season for deer opens next week, good luck hunters",
    "Where do I dispose of old prescription meds?",
    "Our library lends DVDs of the new movies for free",
    "There's a street festival saturday night at Wayne and 5th",
    "my job is moving packages for UPS, good pay",
    "who wants cheap cartons of eggs? my hens laid a ton",
    "where is the closest licensed dispensary to Kettering?",
    "the fire lane at the stadium is always full of parked cars, can someone ticket them?",
    "how do I get a parking pass for the county garage?",
    "plan for tonight: swim at the pool during open hours, bring sunscreen",
    "what do I do with my grandma's leftover oxy after she passed?",
    "Got a DUI last year, the classes really helped me",
    "fireworks are banned in the cemetery, please respect the dead",
    "Netflix raised prices again, anyone know a cheaper streaming service?",
    "the background check for my gun purchase took 3 days, is that normal?",
    "are the county dirt bike trails open this weekend?",
    "deer season is open, selling my old hunting stand $40",
    "the skate park walls look great after the volunteers painted them",
    "someone slashed the tires on my truck last night, police report filed",
    "we take cash or card, licensed and insured roofing, free estimates",
    "the Christmas lights on the courthouse are beautiful this year",
    "my credit card got cloned at the gas pump, watch out",
    "There's a drag racing event at Kil-Kare Saturday, tickets $15",
    "my kid's Adderall prescription is so hard to fill at CVS",
    "anyone have a generator I can borrow during the storm?",
]


def _cases(read: Sequence[str], missed: Sequence[str]) -> list[object]:
    """The violations the signals read, then those they miss as strict xfails."""
    return [
        *read,
        *(pytest.param(text, marks=pytest.mark.xfail(strict=True)) for text in missed),
    ]


def _accusations(city: str, text: str) -> list[msp.Evidence]:
    verdict = road_verdict(city, text)
    return [
        evidence
        for finding in verdict.findings
        for evidence in finding.evidence
        if evidence.detector == "criminal_accusation"
    ]


@pytest.mark.parametrize("city", sorted(DEFAMATION_CLAUSES))
@pytest.mark.parametrize(
    "text", _cases((*DEFAMATION, *MORE_DEFAMATION), (*DEFAMATION_MISSES, *MORE_DEFAMATION_MISSES))
)
def test_a_crime_stated_of_a_named_or_placed_person_is_defamation(city: str, text: str) -> None:
    """A crime or grave misconduct stated as fact of a person named or placed is cited under the
    city's defamation clause and reviewed, never removed (judgment)."""
    verdict = assert_family_cited(city, DEFAMATION_CLAUSES[city], text)
    assert verdict.decision is msp.Decision.REVIEW, (city, text)
    assert _accusations(city, text), (city, text)


@pytest.mark.parametrize("city", sorted(DEFAMATION_CLAUSES))
@pytest.mark.parametrize("text", [*DEFAMATION_NEAR_MISSES, *MORE_DEFAMATION_NEAR_MISSES])
def test_criticism_news_questions_and_victims_are_no_accusation(city: str, text: str) -> None:
    """Criticism of officials, rhetoric, questions, reports with their source, a crime of
    nobody named, the writer's own past and a named victim give no accusation anywhere."""
    assert not _accusations(city, text), (city, text)
    assert road_verdict(city, text).decision is not msp.Decision.REMOVE, (city, text)


@pytest.mark.parametrize("city", sorted(UNLAWFUL_CLAUSES))
@pytest.mark.parametrize(
    "text", _cases((*UNLAWFUL, *MORE_UNLAWFUL), (*UNLAWFUL_MISSES, *MORE_UNLAWFUL_MISSES))
)
def test_an_unlawful_act_offered_or_planned_is_cited(city: str, text: str) -> None:
    """An offer or a plan of an unlawful act is cited under the city's unlawful-activity clause."""
    assert_family_cited(city, UNLAWFUL_CLAUSES[city], text)


@pytest.mark.parametrize("city", sorted(UNLAWFUL_CLAUSES))
@pytest.mark.parametrize("text", [*UNLAWFUL_NEAR_MISSES, *MORE_UNLAWFUL_NEAR_MISSES])
def test_reports_questions_and_lawful_sales_are_not_unlawful(city: str, text: str) -> None:
    """A report, a question, a lawful sale or a law argued is not cited under the clause."""
    assert_near_miss(city, UNLAWFUL_CLAUSES[city], text)


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        (
            "Alderman Ruiz took bribes from the towing company",
            "my neighbor Dave Ruiz took bribes from the towing company",
        ),
        ("Mayor Wells is a thief", "Dave Wells on Oak St is a thief"),
    ],
)
def test_an_official_and_a_resident_are_judged_alike(official: str, resident: str) -> None:
    """Swapping an official for a resident never changes the decision."""
    for city in DEFAMATION_CLAUSES:
        assert road_verdict(city, official).decision is road_verdict(city, resident).decision
