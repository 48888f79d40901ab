"""Unit tests for campaign advocacy (Kankakee § V.2.12).

Appeals for or against a named candidate or a ballot measure, slogans and requests for campaign
money are JUDGMENT evidence (REVIEW). Discussing an election, urging people to vote at all,
criticising a candidate's record, saying how one voted and petitioning the council are not.
"""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp


@cache
def kankakee() -> msp.Evaluator:
    """An evaluator for the bundled Kankakee ordinance, compiled once."""
    return msp.Evaluator(msp.load("kankakee"))


def v212(text: str) -> list[msp.Evidence]:
    """The § V.2.12 evidence in the verdict on ``text``."""
    verdict = kankakee().evaluate(text)
    return [e for f in verdict.findings if f.clause.id == "V.2.12" for e in f.evidence]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Vote for Jane Smith on Tuesday!", "Vote for Jane"),
        ("Re-elect Osenga!", "Re-elect Osenga"),
        ("Don't vote for Smith, he raised taxes.", "vote for Smith"),
        ("Everyone should vote for Smith", "vote for Smith"),
        ("Vote yes on Prop 3", "Vote yes on"),
        ("Vote against the levy!", "Vote against the levy"),
        ("Please donate to my campaign", "donate to my campaign"),
        ("#VoteSmith2024", "#VoteSmith2024"),
        ("Paid for by Friends of Smith", "Paid for by Friends"),
        ("Vote for me for Ward 3 alderman", "Vote for me"),
    ],
)
def test_campaign_appeals_are_reviewed(text: str, evidence: str) -> None:
    """An appeal for or against a candidate or measure is REVIEW under § V.2.12."""
    verdict = kankakee().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    found = v212(text)
    assert evidence in [e.text for e in found]
    for item in found:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "text",
    [
        "Please vote on Tuesday.",
        "I voted for Smith last time.",
        "Smith's record on taxes is terrible.",
        "The council should vote against the rezoning.",
        "The election is on Nov 5. Who should I vote for?",
        "People who vote for Smith are wrong about the budget",
        "vote for the budget",
        "We should vote for Option B",
        "The mayor should resign over the property tax levy.",
        "The mayor is doing a great job with the property tax levy.",
        "What does the referendum on the library say?",
        "#Elections2024 results are in",
    ],
)
def test_civic_speech_about_elections_is_not_advocacy(text: str) -> None:
    """Discussing votes, criticism, praise and petitions to the council are not § V.2.12."""
    assert v212(text) == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("Vote for Mayor Wells-Armstrong!", "Vote for resident Wells-Armstrong!"),
        (
            "The mayor has no clue about the water rates.",
            "My neighbor has no clue about the water rates.",
        ),
    ],
)
def test_an_official_and_a_resident_are_treated_alike(official: str, resident: str) -> None:
    """Swapping an official's title for a resident's never changes the decision."""
    assert kankakee().evaluate(official).decision is kankakee().evaluate(resident).decision
