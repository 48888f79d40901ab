"""Unit tests for the typed slots of one word of the pattern language (:mod:`.detectors.phrases`):
``<number>``, a word of digits, and ``<word>``, any one word."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.phrases import parse_phrases
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize


def matches(source: str, text: str) -> list[str]:
    """The words of each match of the group [g] of ``source`` in ``text``."""
    group = parse_phrases("@office = mayor council\n[g]\n" + source, "test.phrases").groups["g"]
    found = []
    for _tokens, words, ranges in group.sentences(read(normalize(text))):
        found += [" ".join(words[first : last + 1]) for first, last in ranges]
    return found


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        ("ward <number>", "Garcia for ward 4 now", ["ward 4"]),
        ("ward <number>", "the ward four race", []),
        ("ward <number>", "ward 4b", []),
        ("<number> percent off", "20 percent off today", ["20 percent off"]),
        ("^ <word> <word>? for @office $", "Garcia for Mayor!", ["garcia for mayor"]),
        ("^ <word> <word>? for @office $", "Ana Garcia for Mayor!", ["ana garcia for mayor"]),
        ("^ <word> <word>? for @office $", "Vote Ana Garcia for Mayor!", []),
        ("^ <word> <word>? for @office $", "Garcia for Mayor in 2027.", []),
        ("^ <word> <word>? for @office $", "for mayor!", []),
    ],
)
def test_typed_slots_take_one_word_of_their_kind(
    source: str, text: str, expected: list[str]
) -> None:
    """``<number>`` takes a word of digits only; ``<word>`` any one word, and an optional one may
    be left out, but never two words for one slot."""
    assert matches(source, text) == expected


@pytest.mark.parametrize("source", ["<number>", "<word> <number>?", "<word>? <word>"])
def test_a_pattern_of_typed_slots_alone_is_an_error(source: str) -> None:
    """A pattern needs a word, a set or a run: one made of typed slots alone would match almost
    every sentence and give the scan no word to look for."""
    with pytest.raises(ValueError, match=r"test.phrases:3: a pattern (needs|starts with) a word"):
        parse_phrases("@office = mayor\n[g]\n" + source, "test.phrases")
