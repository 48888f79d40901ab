"""Personnel statements on guilt and pending prosecutions (Kankakee § IV.2.3.3), for review.

An employee representing the city may not say who is guilty of a pending case: guilt said as
common knowledge or a certainty ("everyone knows he did it", "there's no doubt she did it"), its
denial, and a case's outcome foretold ("the arrested man will be convicted"). A deed done well
("our team did it again"), a plan or a warning is none, and no resident is bound by the rule.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator

GUILT = "personnel_guilt_or_prosecutions"


def categories(text: str, role: msp.Role = msp.Role.PERSONNEL) -> set[str]:
    """The categories of the findings on ``text`` by an author with ``role``."""
    verdict = evaluator().evaluate(msp.Comment(text=text, author=msp.Author(role=role)))
    return {finding.category for finding in verdict.findings}


STATEMENTS = [
    "He did it, everyone knows.",
    "He did it and everybody knows it",
    "Everyone knows he did it.",
    "There's no doubt he did it.",
    "I'm sure they did it",
    "He obviously did it.",
    "She's the one who did it.",
    "Everyone knows he didn't do it.",
    "The arrested man will be convicted.",
    "The man they arrested is going to be convicted.",
    "He'll be sentenced to life, mark my words.",
    "That guy is going away for a long time.",
    "Lock him up and throw away the key.",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_statements_of_guilt_by_personnel_are_reviewed(text: str) -> None:
    """Guilt said as known or certain, its denial, and a case's outcome foretold: IV.2.3.3."""
    verdict = evaluator().evaluate(
        msp.Comment(text=text, author=msp.Author(role=msp.Role.PERSONNEL))
    )
    found = [f for f in verdict.findings if f.category == GUILT]
    assert found
    assert all(f.clause.id == "IV.2.3.3" for f in found)
    assert verdict.decision is msp.Decision.REVIEW


@pytest.mark.parametrize("text", STATEMENTS[:6])
def test_a_resident_may_say_so(text: str) -> None:
    """The rule binds city personnel only."""
    assert GUILT not in categories(text, msp.Role.PUBLIC)


@pytest.mark.parametrize(
    "text",
    [
        "The crew did it again, roads are clear.",
        "Our team did it! The new playground is open.",
        "He did it himself, the mural is beautiful.",
        "Everyone knows the crew did it right.",
        "I'm sure she did it for the kids.",
        "I bet they did it again, the lights look great.",
        "I'm going away for a long weekend.",
        "Lock them up at the bike rack overnight.",
        "The building will be locked up at 5 pm.",
        "Anyone caught dumping will be fined.",
        "Who did this? Call the non-emergency line if you saw anything.",
    ],
)
def test_deeds_done_well_and_warnings_are_no_statement_of_guilt(text: str) -> None:
    """ "Did it" of a job done, a trip, a bike and a warning name no case."""
    assert GUILT not in categories(text)
