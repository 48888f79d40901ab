"""The rules for personnel read the conduct itself (Kankakee § IV.2.3.3-4; issue 9, the
fourteenth session): political activity is whatever ``campaign_advocacy`` reads as campaigning,
private business whatever ``commercial_offer`` and ``self_promotion`` read as selling, and a
statement of guilt whatever ``criminal_accusation`` reads as a crime pinned on a person, each only
when the author is city personnel. A resident who writes the same is never cited under § IV.2.3,
and an employee's neutral notice of a vote, a sale or a trial is no finding."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator


def cited(text: str, role: msp.Role | None) -> set[str]:
    """The clauses cited for ``text`` written by an author of ``role`` (a resident: ``None``)."""
    author = msp.Author(display_name="Pat", role=role) if role else msp.Author(display_name="Pat")
    verdict = evaluator().evaluate(msp.Comment(text=text, author=author))
    return {finding.clause.id for finding in verdict.findings}


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("I'm voting Bergstrom, join me", "IV.2.3.4"),
        ("Bergstrom deserves your vote", "IV.2.3.4"),
        ("give her your vote on Tuesday", "IV.2.3.4"),
        ("Selling firewood $80 a cord, call 815-555-0111", "IV.2.3.4"),
        ("Jim Novak at 45 Elm stole from the church fund", "IV.2.3.3"),
    ],
)
def test_personnel_are_cited_for_the_conduct_anyone_is_read_for(text: str, clause: str) -> None:
    assert clause in cited(text, msp.Role.PERSONNEL)
    assert not any(c.startswith("IV.2.3") for c in cited(text, None))


@pytest.mark.parametrize(
    "text",
    [
        "Early voting starts Monday at City Hall, bring an ID.",
        "The library book sale is Saturday from 9 to noon.",
        "The trial date has been set by the county court for March 3.",
    ],
)
def test_a_neutral_notice_by_personnel_is_no_finding(text: str) -> None:
    assert not any(c.startswith("IV.2.3") for c in cited(text, msp.Role.PERSONNEL))
