"""Probes of defamation by family (issue 9, the defame5 session).

Written before any rule of the session, from the ordinances' clauses alone (Kankakee § V.2.3
"content that defames or is potentially libelous of any person or organization"; Montgomery
County's "Threats, harassments, or defamatory statements"; Marseilles § 39.52(B) "defamatory,
threatening or profane"), in the registers residents write in. A violation is a damaging
predicate of a kind (a crime or a record, sexual misconduct, an affair, a disease or an
addiction, misconduct in a trade or an office) told as fact of a person one can identify (a
name, a title with a name, a role at a place, "my neighbor on 5th st"); each is cited under
every city's clause and reviewed, never removed. A near-miss (criticism of an official's
decisions or of an office, a question, a hedge, a denial, counter-speech, a record with its
source) is not cited under Kankakee's clause, draws no finding of the defamation detector in any
city and is never removed. What the rules still miss is kept as a strict xfail (``MISSED``), so
a family read later turns the test red until the mark is taken off.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    DEFAMATION_CLAUSES,
    KANKAKEE,
    assert_family_cited,
    road_verdict,
)

#: Violations: a damaging predicate told as fact of an identifiable person, by predicate kind.
VIOLATIONS: dict[str, list[str]] = {
    "crime": [
        "Brenda Koch stole over 3 grand from the band boosters",
        "the clerk at the front desk of city hall steals the cash payments",
        "my neighbor on 5th st deals meth out of his garage, everybody knows",
        "Officer Dwyer plants drugs on black kids",
        "the owner of Joe's Pizza on Court is a registered sex offender",
        "Mike Tran has a warrant out for his arrest in Indiana",
        "the guy at the front desk of the water dept is a convicted felon",
        "that lady who runs the daycare on Elm st beats the kids",
        "Pastor Rick at Grace Church embezzled from the building fund",
        "Tony Russo breaks into cars on the east side at night",
    ],
    "sexual_misconduct": [
        "Coach Barnes sends dirty pics to teenage girls on snapchat",
        "the principal at Kennedy Middle touched my daughter",
        "Alderman Pete Rossi sexually harassed two women on his staff",
        "my landlord Gary Pohl exposed himself to my 14 yr old",
        "the janitor at Lincoln school is a pedophile",
        "Dr. Amin at the clinic gropes his female patients",
        "Mr. Hollis the band teacher is sleeping with a student",
        "officer Kemp makes women give him sexual favors to get out of tickets",
    ],
    "affair": [
        "Mayor Wells is cheating on his wife with his secretary",
        "Commissioner Hale is having an affair with the fire chief's wife",
        "Carla Diaz is sleeping with her boss, thats how she got the promotion",
        "the city manager has a girlfriend on the side and we pay for her hotel rooms",
        "Alderwoman Tate is banging the contractor who got the sewer job",
    ],
    "disease_addiction": [
        "Brenda Koch has herpes, stay away",
        "the new treasurer is a crackhead",
        "Mike Tran has HIV and is still working at the daycare",
        "Alderman Rossi is a meth head, look at his teeth",
        "Judge Harmon is an alcoholic who is drunk on the bench",
        "the bus driver on route 4 is hooked on pain pills",
        "Chief Dawson is addicted to oxy",
        "my neighbor Dave Kowalski has AIDS",
    ],
    "office_misconduct": [
        "the building inspector Ron Patel takes bribes from contractors",
        "Treasurer Hollis is stealing from the city",
        "the water dept faked the lead test results and Director Burns signed off on it",
        "Officer Dwyer lied under oath at my brothers trial",
        "Alderman Rossi was drunk on the job at the council meeting",
        "the clerk at the front desk is pocketing the permit fees",
        "Director Burns falsified the inspection records on the bridge",
        "Supt. Greene takes kickbacks from the bus company",
        "the guy who runs the transfer station sells the city's scrap metal for cash",
        "Judge Harmon takes money to make DUIs go away",
    ],
    # A second round, written after the first rules and before its own.
    "credentials_and_record": [
        "Dr. Amin lost his medical license in Ohio for overprescribing",
        "Rick Sutton the electrician doesnt even have a license",
        "the new fire chief faked his resume, he never finished the academy",
        "Superintendent Greene bought his doctorate online, its a fake degree",
        "my neighbor on Maple is on parole for armed robbery",
        "the guy who lives at 412 Elm is on the sex offender registry",
        "Pete Rossi is a deadbeat dad who owes 20k in child support",
        "Jenny Olsen beats her elderly mother, the whole street hears it",
        "Coach Barnes just got out of prison for assault",
        "Mike Tran has a restraining order against him from his ex wife",
    ],
    # A third round, written after the second round's rules and before its own.
    "third_round": [
        "Alderman Patel has a gambling problem and uses city funds to pay his debts",
        "Dr. Sarah Mitchell at Riverside Clinic overprescribes opioids to her patients for cash",
        "Police Chief Robert Daniels covered up his son's DUI crash",
        "Karen Smith at the water department comes to work high every day",
        "building inspector Tom Wilson approves anything if you pay him off",
        "Rev. Thomas at First Baptist got a teenage girl from the youth group pregnant",
        "Judge Martinez is on the payroll of the Sinaloa cartel",
        (
            "the principal Mr. Davis was fired from his last job for inappropriate contact "
            "with students"
        ),
        "Sarah at the front desk of City Hall has been shredding complaints",
        "Mayor Jenkins lied about serving in the military",
    ],
    # The families the dev9 read half showed missed, in phrasings of our own (not its rows):
    # money with its dollar sign and separator, an official act paid for, a patient killed,
    # work billed double, cheap goods charged as good, a relative clause set off by commas.
    "read_families": [
        "Commissioner Hale took $15,000 from Acme Paving to give them the bridge job",
        "Dr. Ortiz at the walk in clinic killed a patient with the wrong dose",
        "Sutton Plumbing billed the township double for the same repair",
        "Rick Sutton put cheap pipe in and charged the school for copper",
        "Alderman Pruitt, who chairs the finance committee, has been stealing from the ward fund",
        "inspector gary moffett takes cash from landlords to pass failed inspections",
    ],
    # A sixth round, written before its rules: caught in the act, a history of misconduct, the
    # one behind a run of crimes.
    "sixth_round": [
        "Pastor Rick got caught with a prostitute in the church van",
        "Officer Kemp was caught with meth in his squad car and they let it slide",
        "my landlord Gary Pohl has a long history of domestic violence",
        "the new superintendent has a history of harassing women at his old district",
        "Tony Russo is behind all the break ins on the east side",
        "Coach Barnes got pulled over drunk with kids in the car",
    ],
    # A fifth round, written after the dev9 read half was read, before its own rules.
    "fifth_round": [
        "the night nurse at Heritage Manor let a resident die on the floor and lied about it",
        "Alderman Ruiz is stalking his ex wife, she has a protective order",
        "Brian Kolb hit a kid on a bike on Court st and drove off",
        "Judge Harmon intimidated witnesses in my sons case",
        "my neighbor Rick Sutton is dating a 15 year old",
        "Tony Russo at the car wash is in a gang, the Latin Kings",
        "the director of Heritage Manor neglects the residents, they sit in their own filth",
    ],
    # A fourth round, written before its rule: the person named first, the damage told of a
    # pronoun after ("Watch out for Bill Thompson. He keeps everybody's deposits").
    "pronoun_after_a_name": [
        (
            "Watch out for Bill Thompson the landlord. He keeps everybody's security deposits "
            "and he is a thief"
        ),
        "that cop Ramirez is dirty, he plants drugs on people",
        "Everyone be careful with Dave Kowalski on Elm, he deals meth out of his garage",
        "Alderwoman Tate acts all holy but she is having an affair with her assistant",
        "Do not let Coach Barnes near your kids. He touched my daughter",
        "my landlord is the worst. he breaks into our apartments when we are at work",
    ],
}

#: Near-misses: criticism of officials and offices, questions, hedges, denials, counter-speech,
#: rumours denied, public records with their source, idioms and the same words used lawfully.
NEAR_MISSES: dict[str, list[str]] = {
    "criticism_of_office": [
        "the mayor is incompetent",
        "the council wasted our money on that stupid roundabout",
        "worst clerk ever",
        "Mayor Wells is the worst mayor this town has ever had",
        "the clerk at the front desk was so rude to me, unbelievable",
        "Alderman Rossi is a clown and needs to go",
        "this city council is corrupt from top to bottom",
        "City Hall is full of crooks",
        "the police chief should resign after that mess",
        "the building inspector is lazy and useless, took 3 weeks to come out",
        "Treasurer Hollis cant balance a checkbook, vote him out",
        "the mayor is stealing our money with this water rate hike",
        "the city is robbing us blind with these sticker fees",
        "the council are a bunch of crooks for raising property taxes AGAIN",
        "Officer Dwyer gave me a ticket i didnt deserve, total power trip",
        "the school board lied to us about the budget",
        "Mayor Wells lied about the pool reopening, again",
        "our alderman is a joke and a disgrace",
        "DIRECTOR BURNS SHOULD BE FIRED FOR THE WATER MESS",
        "the public works director is a moron who cant plow a street",
        "the council sold out to the developers",
        "Commissioner Hale is in the pocket of the developers, look at his votes",
        "the mayor cares more about his donors than about us",
        "the judge let him off with a slap on the wrist, disgusting",
        "Chief Dawson is a terrible leader and morale is in the toilet",
        "the clerks office lost my paperwork twice, worst service ever",
        "the mayor is a liar and a fraud when it comes to his promises",
        "they are criminals for closing the library",
        "Alderman Rossi is a drunk on power",
        "the mayor is sick in the head if he thinks this plan will work",
    ],
    "question_hedge_denial": [
        "Is it true the clerk at the front desk takes bribes?",
        "did Alderman Rossi really get a DUI last year?",
        "if Treasurer Hollis stole from the city he should go to jail",
        "Brenda Koch never stole a dime from the boosters",
        "I dont believe for a second that Officer Dwyer plants drugs",
        "people keep saying the mayor is having an affair, thats a lie and its gross",
        "stop spreading rumors that Mike Tran has HIV, its not true",
        "Whoever started the rumor that the principal touched a kid should be ashamed",
        "no way the new treasurer is a crackhead, shes been sober for years and is great",
        "Chief Dawson is not an alcoholic, he had one beer at the picnic",
    ],
    "public_record": [
        "according to the Daily Journal, Tony Russo was convicted of burglary in 2019",
        "court records show Mike Tran pleaded guilty to DUI in 2018",
        "the sheriff arrested Gary Pohl on Tuesday for theft, per the police blotter",
        "Pete Rossi was convicted of DUI in 2019, it was in the Journal",
        "Pete Rossi pleaded guilty to theft in 2017, it was in the paper",
        "Pete Rossi was convicted of DUI in 2019, its public record",
    ],
    "lawful_or_idiom": [
        "Brenda Koch stole the show at the talent night",
        "Mike Tran is sick with the flu so practice is cancelled",
        "Mayor Wells is addicted to coffee lol",
        "my neighbor on 5th st has cancer, please pray for him",
        "the clerk at the front desk is pregnant, congrats Jenny!",
        "Coach Barnes is having a baby with his wife in May",
        "Alderwoman Tate is married to the fire chief",
        "Officer Dwyer took the report and was really helpful",
        "Dr. Amin at the clinic treats HIV patients for free",
        "the janitor at Lincoln school found a lost wallet and turned it in",
        "Rick Sutton the electrician has his license and did a great job",
        "Dr. Amin lost his license plate in the snow lol",
        "the new fire chief has a resume a mile long, great hire",
        "Superintendent Greene got her doctorate from U of I",
        "the mayor got out of the meeting early again",
        "Pete Rossi is a great dad and coaches little league",
        "the guy who lives at 412 Elm has the best christmas lights",
        "the council should put the parole office somewhere else",
        "Mike Tran filed a restraining order against the company that towed his car",
        "Alderman Patel has a problem with the new budget and said so",
        "Dr. Sarah Mitchell at Riverside Clinic is taking new patients",
        "the mayor covered up the fountain for the winter, finally",
        "Karen Smith at the water department comes to work early and is always helpful",
        "the council approves anything the developers want, pathetic",
        "Rev. Thomas at First Baptist announced his wife is pregnant, congrats",
        "Judge Martinez is on the ballot again in november",
        "the principal Mr. Davis was fired for cutting the music program and I am glad",
        "the mayor lied about the budget again and needs to go",
        "Mayor Jenkins served in the military and we thank him",
        "the nurse at Heritage Manor let my mom sleep in, so sweet",
        "Alderman Ruiz is stalking the budget line by line, good for him",
        "Brian Kolb hit a home run and drove in three runs",
        "Judge Harmon dismissed the case for lack of witnesses",
        "my neighbor Rick Sutton is dating a nurse from Heritage Manor",
        "Tony Russo is in a band, they play the Fourth of July",
        "the council neglects the east side and always has",
        "Pastor Rick got caught in the rain at the picnic lol",
        "Officer Kemp was caught off guard by the question at the meeting",
        "my landlord Gary Pohl has a long history of fixing things fast",
        "the new superintendent has a history of cutting programs",
        "the mayor is behind the new park plan, love it",
        "Coach Barnes got pulled over for a broken taillight, he was cool about it",
        # Written after the fifth round's rules, in the words of its families.
        "the mayor has a gambling problem with our pension money lol",
        "the chief lost his badge for a week after the protest photos",
        "our alderman billed us double with this water rate increase",
        "the mayor is addicted to spending our money",
        "Mayor Wells must be on crack to think this plan works",
        "Commissioner Hale is cheating on the taxpayers with this deal",
        "Mayor Wells is in bed with the developers",
        "Treasurer Hollis gets high on power",
        "Officer Dwyer abuses his authority every chance he gets",
        "Mayor Wells let the east side die",
        "the mayor is stalking the Facebook page again lol",
        "Alderman Ruiz has a drinking problem? just asking",
        "Watch out for Bill Thompson the landlord. He never fixes anything",
        "Officer Ramirez caught the guy who broke into my car. He is a hero",
        "I saw Dave Kowalski at the game, he said he was robbed last week",
        "Alderwoman Tate voted no, she is a disgrace to this city",
        "Coach Barnes is great. He never stole a thing from anyone",
        "He stole the show last night, what a game",
        "the city council is a joke, they steal our money with every budget",
    ],
}

#: Probes the rules still miss (strict xfails).
MISSED: frozenset[str] = frozenset(
    {
        # The misconduct is said of a body ("the water dept faked ...") and the person only
        # "signed off on it": a second clause whose act is a pronoun's.
        "the water dept faked the lead test results and Director Burns signed off on it",
        # A pronoun after a person named: a group that read "he"/"she" with a name in the
        # sentence or two before it was measured and not kept. It read none of the dev9
        # halves' violations and 11 comments of the shared data, every one a public figure
        # criticised ("Trump will never serve a full term. He's a conman", "... she is a
        # criminal"), where the pronoun's person is not the one named.
        (
            "Watch out for Bill Thompson the landlord. He keeps everybody's security deposits "
            "and he is a thief"
        ),
        "that cop Ramirez is dirty, he plants drugs on people",
        "Alderwoman Tate acts all holy but she is having an affair with her assistant",
        "Do not let Coach Barnes near your kids. He touched my daughter",
        "my landlord is the worst. he breaks into our apartments when we are at work",
    }
)

CITIES = tuple(DEFAMATION_CLAUSES.items())


def _param(family: str, number: int, text: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="missed")] if text in MISSED else []
    return pytest.param(text, id=f"{family}-{number}", marks=marks)


@pytest.mark.parametrize(
    "text",
    [_param(f, n, t) for f, texts in VIOLATIONS.items() for n, t in enumerate(texts)],
)
def test_violation_is_cited_in_every_city(text: str) -> None:
    """A damaging predicate told as fact of an identifiable person is cited under each city's
    defamation clause and reviewed, never removed."""
    for city, clause in CITIES:
        verdict = assert_family_cited(city, clause, text)
        assert verdict.decision is msp.Decision.REVIEW, (city, text)


def _defamation_findings(city: str, text: str) -> list[str]:
    verdict = road_verdict(city, text)
    assert verdict.decision is not msp.Decision.REMOVE, (city, text)
    return [
        f.clause.id
        for f in verdict.findings
        if any(e.detector == "criminal_accusation" for e in f.evidence)
        or (city == KANKAKEE and f.clause.id == "V.2.3")
    ]


@pytest.mark.parametrize(
    "text",
    [_param(f, n, t) for f, texts in NEAR_MISSES.items() for n, t in enumerate(texts)],
)
def test_near_miss_is_not_defamation(text: str) -> None:
    """Criticism, a question, a hedge, a denial, a record with its source or a lawful use of the
    same words is no defamation finding in any city, and never removed."""
    for city, _clause in CITIES:
        assert _defamation_findings(city, text) == [], (city, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pete Rossi was convicted of DUI in 2019. Everybody knows it",
        "Pete Rossi was convicted of DUI in 2019 and still drives the city truck",
        "Pete Rossi has a DUI, look it up",
    ],
)
def test_a_record_without_a_source_in_its_sentence_is_reviewed(text: str) -> None:
    """A record told as fact is a report only with a published or public source named in its
    sentence (docs/explanation.md): without one, or with "look it up", it is reviewed."""
    for city, clause in CITIES:
        verdict = assert_family_cited(city, clause, text)
        assert verdict.decision is msp.Decision.REVIEW, (city, text)
