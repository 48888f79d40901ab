"""Unit tests for what the judgment families added to the pattern language
(:mod:`.detectors.phrases`): the typed slots of one word ``<number>`` (a word of digits) and
``<word>`` (any one word), the checks ``first_person`` and ``debunk``, and a family's judge."""

from __future__ import annotations

from importlib.resources import files

import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.phrases import (
    Judge,
    Match,
    PhraseDetector,
    parse_phrases,
    read_phrases,
)
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


_CHECKED = """
@first_person = i we am we_are
@debunk_before = myth not
@debunk_after = scam not_true
[home]
checks: first_person
lives|living on
[vote]
checks: debunk
vote by text
"""


def signals(group: str, text: str, judge: Judge | None = None) -> list[str]:
    """The words of each signal of ``group`` of the file above in ``text``."""
    detector = PhraseDetector.of(
        "test", parse_phrases(_CHECKED, "test.phrases"), group, judge=judge
    )
    normalized = normalize(text)
    found = detector(normalized, msp.Comment(text=text))
    return [text[signal.start : signal.end] for signal in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives on Oak.", ["lives on"]),
        ("I'm living on Oak.", []),
        ("We're living on Oak.", []),
        ("We think she lives on Oak.", ["lives on"]),
    ],
)
def test_first_person_drops_a_match_right_after_the_writer(text: str, expected: list[str]) -> None:
    """The check first_person reads the words right before the match, spelled out ("I'm" is
    "i am"), and nothing further back."""
    assert signals("home", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You can vote by text now.", ["vote by text"]),
        ("It is a myth that you can vote by text.", []),
        ("You can vote by text, that is a scam.", []),
        ("You can vote by text and that is not true.", []),
        ("Vote by text is a myth.", ["Vote by text"]),  # "myth" only counts before the claim
        (
            "It is a myth, everyone says so, that one two three four five vote by text.",
            ["vote by text"],
        ),
    ],
)
def test_debunk_drops_a_claim_called_false_nearby(text: str, expected: list[str]) -> None:
    """The check debunk: a word of debunk_before in the eight words before the match, or a run of
    debunk_after in the ten words after it."""
    assert signals("vote", text) == expected


def test_a_judge_keeps_only_the_matches_it_accepts() -> None:
    """A family's judge sees the original text around the match: here, a capitalised word after
    it."""

    def place_after(match: Match) -> bool:
        text, tokens, _, _, last, *_ = match
        if last + 1 >= len(tokens):
            return False
        start, _ = text.span(tokens[last + 1].start, tokens[last + 1].end)
        return text.original[start].isupper()

    assert signals("home", "She lives on Oak.", place_after) == ["lives on"]
    assert signals("home", "She lives on a pension.", place_after) == []
    assert signals("home", "She lives on a pension.") == ["lives on"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("kill a|<person>", r"test.phrases:4: 'a\|<person>' joins the typed slot <person>"),
        ("kill <person>|a", r"test.phrases:4: '<person>\|a' joins the typed slot <person>"),
        ("kill @office|<person>?", r"'@office\|<person>\?' joins the typed slot <person>"),
        ("ward <number>|four", r"'<number>\|four' joins the typed slot <number>"),
        ("kill !<person>", r"test.phrases:4: '!<person>': a '!' slot names words"),
    ],
)
def test_a_typed_slot_among_alternatives_is_a_load_error(source: str, message: str) -> None:
    """A typed slot joined to words with ``|`` (or negated with ``!``) would be read as a word
    no comment holds, silently never matching: the file does not load, and the error names the
    file, the line, the token and how to write it instead."""
    text = "@office = mayor council\n@person = clerk\n[g]\n" + source
    with pytest.raises(ValueError, match=message) as raised:
        parse_phrases(text, "test.phrases")
    assert "write the pattern twice" in str(raised.value) or "'!@name'" in str(raised.value)


def test_every_shipped_phrase_file_writes_its_typed_slots_alone() -> None:
    """The shipped files load under the rule above."""
    names = [p.name for p in files("municipal_social_policy.detectors").iterdir()]
    phrase_files = [name for name in names if name.endswith(".phrases")]
    assert phrase_files
    for name in phrase_files:
        assert read_phrases(name).groups
