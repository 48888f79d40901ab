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
    ],
}

#: Probes the rules still miss (strict xfails).
MISSED: frozenset[str] = frozenset()

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
