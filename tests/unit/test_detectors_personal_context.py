"""Unit tests for ``personal_context``: a third person's home, children or routine (§ V.2.10).

Every signal is JUDGMENT (REVIEW). The cue needs something specific after it (a number, a named
place or school, a time); the commenter's own life and generic remarks are left alone; the
mayor and a neighbour are treated alike.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import cited, evaluator, evidence


def evidence_of(text: str) -> list[msp.Evidence]:
    """The evidence of ``personal_context`` in the verdict on ``text``, spans checked."""
    found = evidence(text, "personal_context")
    assert all(text[e.start : e.end] == e.text for e in found)
    assert cited(text, "personal_context") <= {"V.2.10"}
    return found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He lives at 45 Oak, the blue house.", "lives at"),
        ("She lives on Court Street near the river.", "lives on"),
        ("The mayor lives on Court Street near the river.", "lives on"),
        ("my neighbor lives in the white house on Maple", "lives in the white house on"),
        ("Her address is 123 Main", "Her address is"),
        ("John's house is on Elm, the one with the fence", "John's house is on"),
        ("Her kids go to Steuben Elementary.", "Her kids go to"),
        ("his son attends Kennedy Middle School", "his son attends"),
        ("she drops her daughter off at Taft every morning", "drops her daughter off at"),
        ("He leaves for work at 7 every day.", "He leaves for work at 7 every day"),
        ("She walks her dog every morning on Elm.", "She walks her dog every morning"),
        ("he is home alone after 3 pm", "he is home alone after 3 pm"),
    ],
)
def test_a_third_persons_home_children_or_routine_is_reviewed(text: str, cue: str) -> None:
    """Where someone lives, where their children go to school, when they are out or alone."""
    [evidence] = evidence_of(text)
    assert evidence.text == cue
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "She lives on a fixed income.",
        "He lives on Social Security and can't pay the new water rates.",
        "I live on Court Street and the potholes are terrible.",
        "I'm living at 45 Oak and nobody plowed our street.",
        "My kids go to Kennedy Middle School and the buses are late.",
        "Her kids go to school here too.",
        "her son goes to Chicago for work",
        "His kids go to a private high school.",
        "He leaves the council at the end of his term.",
        "The mayor leaves at 3pm every day while we pay his salary.",  # no he/she: not a routine
        "She walks to work.",
        "Their address is public record at the county clerk.",
        "The city should address the flooding on Court Street.",
        "People who live on fixed incomes cannot afford this levy.",
    ],
)
def test_generic_first_person_and_civic_remarks_are_not_signals(text: str) -> None:
    """Generic remarks, the commenter's own life and civic complaints are not intrusions."""
    assert evidence_of(text) == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("Mayor Smith lives on Court Street.", "Bob Smith lives on Court Street."),
        ("The alderman's kids go to Steuben Elementary.", "Bob's kids go to Steuben Elementary."),
    ],
)
def test_an_official_and_a_resident_are_treated_alike(official: str, resident: str) -> None:
    """Neutrality: the same disclosure about an official or a resident gets the same decision."""
    first, second = evaluator().evaluate(official), evaluator().evaluate(resident)
    assert first.decision is second.decision is msp.Decision.REVIEW
    assert [f.clause.id for f in first.findings] == [f.clause.id for f in second.findings]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He l1ves at 45 Oak.", "l1ves at"),
        ("She’s living on Court Street now.", "living on"),
        ("Her address: 12 Oak St.", "Her address"),
        ("Her kids go to the Steuben Elementary.", "Her kids go to"),
        ("his little son attends Kennedy Middle School", "his little son attends"),
        ("his daughter is a 5th grader at Taft", "his daughter is a 5th grader at"),
        ("she lives on the corner of Oak and 5th", "lives on"),
    ],
)
def test_disguises_and_variants_are_read(text: str, cue: str) -> None:
    """Disguised spellings, a colon after "address", a word between owner and child, a grade,
    a corner before the place."""
    [evidence] = evidence_of(text)
    assert evidence.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "We're living at 45 Oak and the plows never come.",
        "I've lived on Court Street for years; we are living on Court Street still.",
        "Their address is public record: Kankakee County keeps it.",
        "His kids go to the same school as mine.",
        "He lives on Facebook these days.",
    ],
)
def test_more_remarks_that_are_no_disclosure(text: str) -> None:
    """The writer's own home, a colon after no place, a generic school, a capitalised word that
    is no place."""
    assert evidence_of(text) == []


@pytest.mark.parametrize(
    ("praise", "criticism"),
    [
        (
            "Alderman Lewis lives on Court Street, what a great neighbor.",
            "Alderman Lewis lives on Court Street, what a terrible alderman.",
        ),
        (
            "The mayor leaves at 5 every day and the budget is balanced, well done.",
            "The mayor leaves at 5 every day and the budget is a mess, resign.",
        ),
    ],
)
def test_the_view_taken_of_an_official_changes_nothing(praise: str, criticism: str) -> None:
    """Viewpoint neutrality (§ I.3): praise and criticism of an official around the same words
    get the same decision and the same clauses."""
    first, second = evaluator().evaluate(praise), evaluator().evaluate(criticism)
    assert first.decision is second.decision
    clauses = [
        {f.clause.id for f in v.findings if f.clause.id == "V.2.10"} for v in (first, second)
    ]
    assert clauses[0] == clauses[1]


@pytest.mark.parametrize(
    "text",
    [
        "That guy parks his truck behind the grocery every night.",
        "Her husband walks home from the plant around 11 pm.",
        "the woman locks up the shop at 9 every night, alone",
        "His daughter takes the bus at 7:10 each morning.",
    ],
)
def test_a_third_persons_routine_named_by_a_short_noun_phrase_is_reviewed(text: str) -> None:
    assert [e.detector for e in evidence_of(text)] == ["personal_context"]


@pytest.mark.parametrize(
    "text",
    [
        "I walk home at 2 am every night and the street lights are out.",
        "The bus gets off schedule every morning.",
        "He parks illegally every day on my street; the city should ticket him.",
        "We lock up the community garden at 9 every night.",
    ],
)
def test_the_writers_own_routine_and_vague_habits_are_no_disclosure(text: str) -> None:
    assert evidence_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I thought you worked for a living on Wikipedia and got paid.", False),
        ("Have fun being 400 lbs and living on Wikipedia.", False),
        ("She makes a living at the Kankakee mill.", False),
        ("He lives on Oak Street, the blue house.", True),
        ("She is living at Somerfield Farm now.", True),
    ],
)
def test_a_living_earned_or_spent_online_is_no_home(text: str, expected: bool) -> None:
    """A living earned is no home, and a website is no place anyone lives; a third person's
    street still is."""
    assert bool(evidence_of(text)) is expected
