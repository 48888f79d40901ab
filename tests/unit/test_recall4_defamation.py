"""Defamation (§ V.2.3): a crime pinned on a person described by a role, not named.

"The clerk took bribes" accuses one person as surely as "Clerk Johnson took bribes": a role held
by one person in a town identifies them. Bodies and groups ("the council", "City Hall", "the
cops"), opinion and rhetoric about a policy, questions, denials, hedges and reported charges are
no accusation. Every finding is judgment: review, never removal.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under


def _accused(text: str) -> list[str]:
    found = evidence_under(text, "V.2.3")
    assert all(text[e.start : e.end] == e.text for e in found)
    return [e.text for e in found if e.detector == "criminal_accusation"]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("The mayor is stealing from the city.", "The mayor is stealing"),
        ("The clerk took bribes.", "The clerk took bribes"),
        ("the city clerk has been embezzling for years", "the city clerk has been embezzling"),
        ("Our alderman takes kickbacks from developers.", "Our alderman takes kickbacks"),
        ("That cop is a wife beater.", "That cop is a wife beater"),
        ("My landlord is a thief, plain and simple.", "My landlord is a thief"),
        ("The treasurer pocketed the money from the fundraiser.", "The treasurer pocketed"),
        ("the deputy sells meth out of his cruiser", "the deputy sells meth"),
        ("The superintendent is a pedophile.", "The superintendent is a pedophile"),
        (
            "There's a crooked cop who plants drugs on people in this town.",
            "There's a crooked cop who plants drugs",
        ),
        ("That judge takes bribes, everybody knows it.", "That judge takes bribes"),
    ],
)
def test_a_described_person_accused_of_a_crime_is_reviewed(text: str, evidence: str) -> None:
    """A role that one person holds, as the subject of a crime stated as fact: review."""
    assert _accused(text) == [evidence]
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # Bodies, groups and offices are no person (criticism of a government, § I.3).
        "The council is stealing from us with these fees.",
        "The police are stealing from us.",
        "Every cop plants evidence, it's systemic.",
        "The mayor's office took bribes.",
        # An indefinite role is anyone: a rule, not an accusation.
        "A cop who plants drugs should be fired.",
        # Rhetoric about a levy or a policy.
        "The mayor is stealing our money with this tax hike.",
        "The mayor is a criminal for raising taxes.",
        "the mayor's budget is theft of our time",
        # Questions, denials, hypotheticals, reported charges.
        "Did the clerk take bribes?",
        "I don't think the mayor stole anything.",
        "No way the clerk took bribes.",
        "If the mayor stole anything he should go to jail.",
        "The clerk was charged with bribery.",
        "Police say the principal was arrested for molesting students.",
        "The mayor was accused of taking bribes.",
        # Idioms and the passive.
        "The mayor stole the show at the parade.",
        "The teacher stole my heart.",
        "The officer murdered in the line of duty will be honored.",
        "The mayor lied about the budget.",
    ],
)
def test_bodies_rhetoric_questions_denials_and_reports_are_no_accusation(text: str) -> None:
    """The near-misses of a described accusation: no § V.2.3 evidence."""
    assert _accused(text) == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("The mayor stole the funds.", "My neighbor stole the funds."),
        ("The police chief is a crook.", "My landlord is a crook."),
        ("Did the mayor steal the funds?", "Did my neighbor steal the funds?"),
    ],
)
def test_an_official_and_a_resident_described_alike_are_judged_alike(
    official: str, resident: str
) -> None:
    """Neutrality: the same accusation of the mayor or a neighbour has the same decision."""
    assert bool(_accused(official)) is bool(_accused(resident))
    assert evaluator().evaluate(official).decision is evaluator().evaluate(resident).decision


@pytest.mark.parametrize(
    "text",
    [
        "Officer Grant beat a handcuffed man and covered it up.",
        "The officer beat a handcuffed man last night, I saw the video.",
        "The mayor is running a pill mill out of his clinic.",
        "Alderman Ruiz cheats on his wife with the city clerk.",
        "The sheriff covered up the murder of that girl.",
        "The chief drives drunk every Friday.",
        "Chief Dawson drives the squad car wasted.",
    ],
)
def test_abuse_a_drunk_drive_a_cover_up_or_an_affair_told_as_fact(text: str) -> None:
    assert _accused(text)


@pytest.mark.parametrize(
    "text",
    [
        "Did Officer Grant beat a handcuffed man?",
        "Officer Grant was accused of beating a handcuffed man.",
        "Officer Grant drives the new squad car every day.",
        "The mayor covered up the budget shortfall.",
        "My husband cheats at cards.",
        "The new mayor drove high school kids to the game.",
        "The chief drove the drunk guests home after the gala.",
    ],
)
def test_a_question_a_report_a_drive_or_a_cover_of_no_crime_is_no_accusation(text: str) -> None:
    assert not _accused(text)
