"""Privacy (§ V.2.10): a third person's routine or children's whereabouts, without an address.

When a third person's children leave a named school, or any school at a stated time, and the
routine of a neighbour or an ex with its time, are review. The writer's own children, children
in general, and a routine with no time or place are none.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under


def _context(text: str) -> list[str]:
    found = evidence_under(text, "V.2.10")
    assert all(text[e.start : e.end] == e.text for e in found)
    return [e.text for e in found if e.detector == "personal_context"]


@pytest.mark.parametrize(
    "text",
    [
        "His kids get out of Lincoln Elementary at 3.",
        "Her daughter gets out of Kennedy Middle School every day at 2:45.",
        "Her son gets out of school at 3:15 and walks home.",
        "His kids walk home alone around 3.",
        "My neighbor walks home alone every night.",
        "The girl next door leaves for work at 5am every morning.",
        "He gets off shift at 11 every night.",
        "Her ex works out at the gym every morning at 6.",
    ],
)
def test_a_third_persons_routine_or_childrens_school_run_is_reviewed(text: str) -> None:
    """Where a private person or their children will be, and when: review, never removal."""
    assert _context(text)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "My kids get out of school at 3.",
        "The kids get out of school at 3 so the crossing guard should be there.",
        "Kids get out of Lincoln Elementary at 3, slow down on Court St.",
        "His kids get out of control when he is gone.",
        "Her kids get out of school early on Fridays.",
        "My neighbor walks his dog, it's sweet.",
        "The bus leaves at 6am every day.",
        "She gets off easy every time.",
        "He gets off on power trips every day.",
    ],
)
def test_own_children_children_in_general_and_no_time_are_none(text: str) -> None:
    """The near-misses: no personal_context evidence."""
    assert _context(text) == []
