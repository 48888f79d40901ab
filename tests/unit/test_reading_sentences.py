"""Unit tests for where the reading ends a sentence: the period of a title written abbreviated
or of an initial.

"Mr. James" and "Dr. Patel" are one name, so the title's period ends no sentence when a
capitalised word follows it; a period after an abbreviation that also ends sentences ("St.",
"Jr.") or before a word in lower case still ends one. An initial's period ("E. coli") ends none
before a word in lower case; before a capital it may end a sentence ("plan B. Then").
"""

from __future__ import annotations

import pytest

from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize


def sentences(text: str) -> list[list[str]]:
    """The words of each sentence of ``text``'s reading."""
    return [[token.forms[0] for token in sentence] for sentence in read(normalize(text)).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I recommend Mr. James for it", [["i", "recommend", "mr", "james", "for", "it"]]),
        ("Mrs. Linda Harper helped me", [["mrs", "linda", "harper", "helped", "me"]]),
        ("Ask Sgt.  Lowe about it", [["ask", "sgt", "lowe", "about", "it"]]),
    ],
)
def test_a_titles_period_before_a_name_ends_no_sentence(
    text: str, expected: list[list[str]]
) -> None:
    """Issue 9: a title and its name are read in one sentence."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city made up the E. coli scare",
            [["the", "city", "made", "up", "the", "e", "coli", "scare"]],
        ),
        ("Was it H. pylori or not", [["was", "it", "h", "pylori", "or", "not"]]),
        ("a case of E.  coli at the pool", [["a", "case", "of", "e", "coli", "at", "the", "pool"]]),
    ],
)
def test_an_initials_period_before_a_word_in_lower_case_ends_no_sentence(
    text: str, expected: list[list[str]]
) -> None:
    """Issue 9: an initial and the word after it ("E. coli") are read in one sentence."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We live on Main St. Then we moved",
            [["we", "live", "on", "main", "st"], ["then", "we", "moved"]],
        ),
        (
            "That was John Smith Jr. He left",
            [["that", "was", "john", "smith", "jr"], ["he", "left"]],
        ),
        ("Call the dr. then rest", [["call", "the", "dr"], ["then", "rest"]]),
        ("I saw it. Dr. Patel did too", [["i", "saw", "it"], ["dr", "patel", "did", "too"]]),
        (
            "We went with plan B. Then it rained",
            [["we", "went", "with", "plan", "b"], ["then", "it", "rained"]],
        ),
        (
            "It was me, not I. the rest were away",
            [["it", "was", "me", "not", "i"], ["the", "rest", "were", "away"]],
        ),
        ("we scored an a. then we left", [["we", "scored", "an", "a"], ["then", "we", "left"]]),
    ],
)
def test_other_periods_still_end_sentences(text: str, expected: list[list[str]]) -> None:
    """A street's or a suffix's abbreviation, a title before a word in lower case, and a plain
    period end their sentence."""
    assert sentences(text) == expected
