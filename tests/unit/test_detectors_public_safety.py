"""Unit tests for ``safety_disclosure``: compromising investigations or public safety (§ V.2.11).

Every signal is JUDGMENT (REVIEW). A signal needs a disclosure someone could act on (a place, a
moment, a code, a name); talk about policing, policy questions and criticism of the police are
protected and never a signal.
"""

from __future__ import annotations

import time

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator, evidence


def evidence_of(text: str) -> list[msp.Evidence]:
    """The evidence of ``safety_disclosure`` in the verdict on ``text``, spans checked."""
    found = evidence(text, "safety_disclosure")
    assert all(text[e.start : e.end] == e.text for e in found)
    return found


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Heads up, the unmarked car on 5th is a cop.", "unmarked car"),
        ("Undercover cops at Riverside Park right now, be careful.", "Undercover cops"),
        ("the white Charger parked by Walgreens is undercover", "is undercover"),
        ("DUI checkpoint on Court St tonight, avoid it.", "DUI checkpoint"),
        ("speed trap on Route 17 by the river, slow down", "speed trap"),
        ("The gate code is 4821 if anyone needs it.", "4821"),
        ("code to the side door of the station: 1234#", "1234"),
        ("John Smith is the informant who talked to the cops.", "John Smith is the informant"),
        ("The witness was Jane Doe from Oak Street.", "witness was Jane Doe"),
        ("Mike Jones called the cops on them last night", "Mike Jones called the cops"),
        ("Officer Jones lives on Oak Street, go pay him a visit.", "lives on"),
        ("that cop gets off shift at 11 every night", "gets off shift"),
    ],
)
def test_actionable_disclosures_are_reviewed(text: str, evidence: str) -> None:
    """An undercover car placed, a checkpoint placed, a code, a witness named, an officer's home."""
    found = evidence_of(text)
    assert evidence in [e.text for e in found]
    assert "V.2.11" in clauses(text)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "We need more unmarked cars on the highways.",
        "Are sobriety checkpoints even constitutional?",
        "The city should ban speed traps on Route 17.",
        "The police department is understaffed and undertrained.",
        "The police chief is doing a terrible job and should resign.",
        "the building code is 2018 IBC",
        "Bowling Green needs stricter code enforcement on property use.",
        "The combination of high rents and low wages is crushing families.",
        "Thieves stole my bike; I called the police and nobody came.",
        "Most officers don't even live in Kankakee.",
        "That was the sting of defeat.",
        "Witnesses say the council meeting ran until midnight.",
    ],
)
def test_talk_about_policing_is_not_a_signal(text: str) -> None:
    """Policy talk, questions, criticism of the police and everyday words are never a signal."""
    assert evidence_of(text) == []


def test_the_detector_reads_no_view_of_the_police() -> None:
    """Neutrality: praising or blaming the police around the same disclosure decides alike."""
    praise = "Great work by KPD! The unmarked car on 5th is a cop, by the way."
    blame = "KPD is a disgrace. The unmarked car on 5th is a cop, by the way."
    assert evaluator().evaluate(praise).decision is evaluator().evaluate(blame).decision
    assert evidence_of(praise)
    assert evidence_of(blame)


def test_a_flood_of_cues_is_judged_in_linear_time() -> None:
    """Each match's judgment reads a bounded window of its sentence: 60 KB of repeated cues in
    one sentence (quadratic before, over a minute) is judged in well under ten seconds."""
    text = "unmarked car on 5th last week " * 2000
    started = time.perf_counter()
    verdict = evaluator().evaluate(text)
    assert time.perf_counter() - started < 10
    assert verdict.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "The informant who set up the Elm St bust was Darnell Price",
        "The confidential informant in the Owens case is her nephew Kyle",
        "The one who ratted out the Cobb Street crew is Jimmy Ford",
        "The combination for the public works garage is 7731",
        "The login password for the city hall network is River2020",
        "Deputies are doing a sting at the truck stop tonight",
        "Drug raid planned at the house on 3rd Ave Friday",
        "The feds are surveilling the pawn shop on Court St",
    ],
)
def test_more_disclosures_are_reviewed(text: str) -> None:
    """Issue 9: a role described before the name, a code with its place in between, an
    operation under way, a raid placed."""
    assert "V.2.11" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses at the scene said the driver was Mike Reed",
        "The guy who testified at the council meeting is Tom Ellis",
        "My son is doing a raid in his video game tonight",
        "We need more police raids on drug houses",
        "The police raid on Oak St last year was a disaster",
        "The password for the library wifi is posted at the desk",
    ],
)
def test_reports_public_testimony_games_and_policy_are_no_disclosure(text: str) -> None:
    """Words reported, testimony at a public meeting, a game, policy, the past, no code."""
    assert "V.2.11" not in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "The code to the police station back door is 4471",
        "Narcs are parked at the gas station on Court watching the corner",
        "Undercover cops sitting at the Dollar General right now",
        "SWAT is lining up on Chestnut right now for a raid",
        "The cops are getting ready on Station St tonight for a raid",
    ],
)
def test_public_safety_families_of_residents_comments_flag(text: str) -> None:
    """A door code three words after its place, plain-clothes police placed, and a raid forming (§
    V.2.11)."""
    assert "V.2.11" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Narcs should be arrested lol",
        "The door code at the library is posted at the front desk",
        "SWAT did a great job at the standoff last year",
        "Are undercover cops legal at protests?",
        "The police are getting ready for the parade",
    ],
)
def test_public_safety_near_misses_of_those_families_do_not_flag(text: str) -> None:
    """Talk about the same things that is no public safety disclosures: questions, reports, other
    senses."""
    assert "V.2.11" not in clauses(text)
