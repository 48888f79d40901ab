"""Unit tests for ``criminal_accusation``: a crime or fraud pinned on a named person (§ V.2.3).

Every signal is JUDGMENT (REVIEW). Criticism of decisions, policies and institutions is
protected (§ I.3) and never a signal; so are opinion words, denials, questions, hypotheticals,
reports of charges and idioms. Who is named (the mayor or a neighbour) never matters.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under


def evidence_of(text: str) -> list[msp.Evidence]:
    """The V.2.3 evidence in the verdict on ``text``, spans checked."""
    found = evidence_under(text, "V.2.3")
    assert all(text[e.start : e.end] == e.text for e in found)
    assert {e.detector for e in found} <= {"criminal_accusation"}
    return found


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("John Smith stole the funds from the pension.", "John Smith stole"),
        ("Alderman Osenga is a thief.", "Alderman Osenga is a thief"),
        (
            "Mayor Wells-Armstrong took kickbacks on the riverfront deal.",
            "Mayor Wells-Armstrong took kickbacks",
        ),
        ("I think Bob Jones embezzled the booster club money", "Bob Jones embezzled"),
        ("My neighbor Bob Jones is a drug dealer.", "Bob Jones is a drug dealer"),
        ("Then Smith cooked the books for years.", "Smith cooked the books"),
        (
            "Clerk Johnson has been stealing from the parking fund",
            "Clerk Johnson has been stealing",
        ),
        ("I heard Bob Jones has stolen from the fund.", "Bob Jones has stolen"),
        ("My neighbor Bob Jones is a sex offender.", "Bob Jones is a sex offender"),
        ("I know Tom Smith committed perjury.", "Tom Smith committed perjury"),
        ("Everyone knows Mike Jones sells meth.", "Mike Jones sells meth"),
        ("I saw that Bob Jones beats his wife.", "Bob Jones beats his wife"),
        ("Alderman Osenga sexually assaulted an intern.", "Alderman Osenga sexually assaulted"),
    ],
)
def test_a_named_person_accused_of_a_crime_is_reviewed(text: str, accusation: str) -> None:
    """A person's name as the subject of a criminal act goes to a person, not to removal."""
    [evidence] = evidence_of(text)
    assert evidence.text == accusation
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "The council wasted money on the riverfront plan.",
        "The mayor is doing a terrible job and should resign.",
        "The council is corrupt and incompetent.",
        "City Hall is stealing from taxpayers with these fees.",
        "Mayor Wells-Armstrong is corrupt and a liar.",
        "Did John Smith steal the money?",
        "If Smith took bribes he should resign.",
        "John Smith never stole anything.",
        "John Smith was charged with theft last year.",
        "Ivana reported that Smith raped her.",
        "Thieves stole my bike from the library rack.",
        "Someone stole the flowers from the park.",
        "Katy Perry stole the show at the festival.",
        "Officer Singh murdered in the line of duty deserves a memorial.",
        "Democrats stole the election, Republicans say.",
        "The only reason the Aboriginal stolen generation is widely used is that it is known.",
        "Did Bob Jones beat his wife?",
        "Bob Jones beat his opponent by ten points.",
        "The mayor is incompetent.",
        "The mayor is corrupt and should resign.",
        "Everyone knows Mike Jones sells firewood.",
    ],
)
def test_criticism_opinion_and_hedges_are_not_signals(text: str) -> None:
    """Institutions, opinion words, questions, denials, reports, idioms and groups: no signal."""
    assert evidence_of(text) == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("Mayor Smith stole the funds.", "Bob Smith stole the funds."),
        ("The mayor stole the funds.", "My neighbor stole the funds."),
        ("Alderman Osenga is a thief.", "Mr. Osenga is a thief."),
    ],
)
def test_swapping_an_official_for_a_resident_keeps_the_decision(
    official: str, resident: str
) -> None:
    """Neutrality: naming the mayor or a neighbour, the decision is the same."""
    first, second = evaluator().evaluate(official), evaluator().evaluate(resident)
    assert first.decision is second.decision
    assert bool(evidence_of(official)) is bool(evidence_of(resident))


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        (
            "Gary Lund, the zoning inspector, takes kickbacks from builders",
            "Gary Lund, the zoning inspector, takes kickbacks",
        ),
        (
            "Nurse Ellis at the county jail sells pills to inmates",
            "Nurse Ellis at the county jail sells pills",
        ),
        (
            "Rita Vance from the treasurer's office is an embezzler",
            "Rita Vance from the treasurer's office is an embezzler",
        ),
    ],
)
def test_an_appositive_or_a_place_between_the_name_and_the_act(text: str, accusation: str) -> None:
    """Issue 9: "Name, the inspector, takes kickbacks", "Name at the jail sells pills"."""
    assert [e.text for e in evidence_of(text)] == [accusation]


@pytest.mark.parametrize(
    "text",
    [
        "Dale Hobbs cooks meth out of his trailer",
        "Sergeant Cole planted evidence on my cousin",
        "Coach Tibbs has been sleeping with his students",
        "Trustee Marsh paid people for votes in the primary",
        "Frank Dorr runs a chop shop behind the bar",
    ],
)
def test_more_crimes_pinned_on_a_name(text: str) -> None:
    """Issue 9: drugs made, evidence planted, sex with students, votes bought, a racket run."""
    assert evidence_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Barnes at the high school is a great mentor to the students",
        "Officer Ruiz at the station plants trees every spring",
        "Mary Jones from the library is selling cookies for the fundraiser",
        "Pastor Greene of First Baptist runs a scholarship fund",
        "Jane Doe with the sheriff's office reported that the car was stolen",
        "Councilman Reyes sleeps with the windows open",
        "Did Coach Tibbs run a chop shop?",
    ],
)
def test_appositives_and_new_verbs_without_a_crime_are_no_accusation(text: str) -> None:
    """The same shapes with a lawful object, a report of someone else's crime or a question."""
    assert evidence_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You must address how the state of Cali stole oil rights from veterans.", False),
        ("The Village of Bradley embezzled the grant.", False),
        ("The people of Springfield stole it back.", False),
        ("I heard Osenga stole the funds.", True),
        ("Maria Cali stole the funds.", True),
    ],
)
def test_a_place_or_its_government_is_no_person_accused(text: str, expected: bool) -> None:
    """A name after "the state of", "the village of" names a place or its government: criticism
    of a government is no accusation of a person (§ I.3). A person's name still is one."""
    assert bool(evidence_of(text)) is expected
