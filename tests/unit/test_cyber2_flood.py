"""A comment pasted over and over (Kankakee Ord. 2019-70 § V.2.14, ``spam_flood``), issue 9.

Four copies of a short run of words, or three of a sentence of four words or more, in a
comment at least 60 characters long; a number that counts the copies ("great video 1", "great
video 2") does not make them different. Judgment: REVIEW. Words said twice for emphasis, a
chant of one word and a point made again in other words are no flood.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under


def _flood(text: str) -> bool:
    return any(item.detector == "spam_flood" for item in evidence_under(text, "V.2.14"))


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to my channel! " * 4,
        "Great post, keep up the good work! " * 3,
        "check out my new music video\n" * 3,
        "".join(f"Great video {n}! " for n in range(1, 8)),
        "Follow me\n" * 7,
        "FREE MONEY " * 7,
    ],
)
def test_a_comment_pasted_over_and_over_is_a_flood(text: str) -> None:
    assert _flood(text), text
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is doing a great job. The mayor is doing a great job. I agree with all of it.",
        "No no no no no, that is wrong, the budget is wrong wrong wrong",
        "We want parks, we want parks! Build them now, Kankakee, before the summer is over.",
        "Fix the roads. Fix the roads. Fix the roads.",
        "USA USA USA USA USA USA USA USA USA USA USA USA",
        "Item 1 passed, item 2 passed, item 3 failed, item 4 was tabled until the next meeting",
    ],
)
def test_repetition_for_emphasis_is_no_flood(text: str) -> None:
    assert not _flood(text), text
