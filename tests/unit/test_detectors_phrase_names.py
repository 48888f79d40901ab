"""Unit and property tests for what the public-safety and defamation families added to the pattern
language (:mod:`.detectors.phrases`): the slot ``<name>``, the slot ``<mark>``, the check
``question``, a judge that narrows the evidence (:func:`~.phrases.judged`, :func:`~.phrases.ending`)
and the judgment of names (:mod:`.detectors._names`)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors._names import names
from municipal_social_policy.detectors.phrases import (
    Judge,
    Match,
    PhraseDetector,
    ending,
    judged,
    parse_phrases,
)
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize

_SOURCE = """
sets: name_titles.txt not_names.txt
@acts = stole took
@cues = gets_off_shift lives_on
@roles = witness informant
[named]
<name> @acts
[role]
@roles <mark> <name>
[cue]
cop ~3 @cues
[asked]
checks: question
<name> @acts
"""
_FILE = parse_phrases(_SOURCE, "test.phrases")
_NOT_NAMES = _FILE.sets["not_names"]


def matches(group: str, text: str) -> list[str]:
    """The ORIGINAL text of each match of ``group`` in ``text``, before any judge."""
    found = []
    for tokens, _words, ranges in _FILE.groups[group].sentences(read(normalize(text))):
        for first, last in ranges:
            start, end = normalize(text).span(tokens[first].start, tokens[last].end)
            found.append(text[start:end])
    return found


def signals(group: str, text: str, judge: Judge | None = None) -> list[str]:
    """The ORIGINAL text of each signal of ``group`` in ``text``, with ``judge``."""
    detector = PhraseDetector.of("test", _FILE, group, judge=judge)
    found = detector(normalize(text), msp.Comment(text=text))
    return [text[signal.start : signal.end] for signal in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith stole the funds.", ["John Smith stole"]),
        ("I heard Osenga took it.", ["Osenga took"]),
        ("Alderman Osenga took kickbacks.", ["Alderman Osenga took"]),
        ("Mayor Wells-Armstrong took kickbacks.", ["Mayor Wells-Armstrong took"]),
        ("Yesterday John Smith stole it.", ["John Smith stole"]),
        ("john smith stole the funds.", []),
        ("the mayor stole the funds.", []),
        ("Like Smith, Jones stole it.", ["Jones stole"]),
    ],
)
def test_a_name_is_words_written_with_a_capital(text: str, expected: list[str]) -> None:
    """``<name>`` takes a title and capitalised words, or capitalised words whose first is no
    word of ``not_names``; never lower-case words, never across a clause mark."""
    assert matches("named", text) == expected


def test_the_name_slot_needs_its_sets() -> None:
    """A file that writes ``<name>`` without the sets it reads is an error naming the fix."""
    with pytest.raises(ValueError, match=r"t.phrases:3: the slot <name> reads the sets"):
        parse_phrases("@acts = stole\n[g]\n<name> @acts", "t.phrases")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<mark> stole", "a pattern starts with a word"),
        ("witness ~2 <mark> stole", "a clause mark <mark> follows a word"),
        ("witness <mark>? stole", "a clause mark <mark> follows a word"),
    ],
)
def test_a_clause_mark_follows_a_word(source: str, message: str) -> None:
    """``<mark>`` takes no word: it cannot open a pattern, follow a gap or be optional."""
    with pytest.raises(ValueError, match=message):
        parse_phrases("[g]\n" + source, "t.phrases")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The witness: Jane Doe.", ["witness: Jane Doe"]),
        ("The witness (Jane Doe) spoke.", ["witness (Jane Doe"]),
        ("The witness Jane Doe spoke.", []),
    ],
)
def test_a_clause_mark_stands_between_two_words(text: str, expected: list[str]) -> None:
    """``<mark>`` holds where a comma, colon, bracket or dash separates two words."""
    assert matches("role", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Did John Smith steal it? John Smith took it.", ["John Smith took"]),
        ("John Smith took it?", []),
        ("John Smith took it. Or not?", ["John Smith took"]),
    ],
)
def test_the_question_check_drops_a_match_whose_sentence_asks(
    text: str, expected: list[str]
) -> None:
    """``question``: the first sentence end after the match is a question mark."""
    assert signals("asked", text) == expected


def _cue(match: Match) -> bool | tuple[int, int]:
    cue = ending(match, "cues")
    return False if cue is None else (cue, match.last)


def test_a_judge_narrows_the_evidence_to_the_cue() -> None:
    """A judge that returns a range of words keeps only them: the cue, not the officer."""
    text = "that cop gets off shift at 11"
    assert matches("cue", text) == ["cop gets off shift"]
    assert signals("cue", text, _cue) == ["gets off shift"]


@given(st.integers(-5, 12), st.integers(-5, 12))
def test_a_judge_never_widens_the_evidence(first: int, last: int) -> None:
    """Whatever range a judge returns, the evidence lies inside the match, or there is none."""
    text = "Oh, that cop gets off shift at 11 today."

    def judge(match: Match) -> tuple[int, int]:
        return first, last

    [(tokens, _words, [(start, end)])] = list(_FILE.groups["cue"].sentences(read(normalize(text))))
    low, high = tokens[start].start, tokens[end].end
    for signal in PhraseDetector.of("t", _FILE, "cue", judge=judge)(
        normalize(text), msp.Comment(text=text)
    ):
        assert low <= signal.start < signal.end <= high


def test_judged_keeps_drops_or_narrows() -> None:
    """``True`` keeps the match, ``False`` drops it, a range keeps its part inside the match."""
    match = Match(normalize("a b c d"), (), ("a", "b", "c", "d"), 1, 2, {})
    assert judged(None, match) == ((1, 2),)
    assert judged(lambda m: True, match) == ((1, 2),)
    assert judged(lambda m: False, match) == ()
    assert judged(lambda m: (2, 2), match) == ((2, 2),)
    assert judged(lambda m: (0, 9), match) == ((1, 2),)
    assert judged(lambda m: (3, 3), match) == ()


_NAMED = names("defamation.phrases")


def _named_signals(text: str) -> list[str]:
    def judge(match: Match) -> bool | tuple[int, int]:
        start = _NAMED.leading(match)
        return False if start is None else (start, match.last)

    return signals("named", text, judge)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thieves stole my bike.", []),
        ("Some others are WAY out there. Then Smith took it.", ["Smith took"]),
        ("Smith took it.", []),
        ("Mr. Osenga took it.", ["Osenga took"]),
        ("He said: Smith took it.", []),
        ("People at TSA took it.", []),
        ("@USER @USER Eric took it", ["Eric took"]),
    ],
)
def test_names_are_judged_from_the_original_text(text: str, expected: list[str]) -> None:
    """One capitalised word opening a sentence names no one, unless a title stands before it;
    words in capitals are no names."""
    assert _named_signals(text) == expected


# Made-up surnames: syllables, so that no letter is stretched ("Aaaa" reads as "a").
_SYLLABLES = ("ba", "ko", "ri", "sel", "man", "dor", "ve", "lin", "os", "ga", "wick")
# Every name of two or three syllables, drawn from a list (no ``.filter``: Hypothesis releases
# before 6.103 break on a filtered collection once NumPy 2 is imported).
_NAMES = sorted(
    name
    for parts in itertools.chain(
        itertools.product(_SYLLABLES, repeat=2), itertools.product(_SYLLABLES, repeat=3)
    )
    if (name := "".join(parts).capitalize()).casefold() not in _NOT_NAMES
)
_NAME = st.sampled_from(_NAMES)


@given(_NAME, _NAME, st.sampled_from(["Mayor", "Alderman", "Officer", "Councilwoman"]))
def test_a_named_person_is_named_whoever_they_are(title: str, name: str, office: str) -> None:
    """Neutrality: an official with a title and a resident without one are both named."""
    resident = _named_signals(f"I heard {title} {name} took the money.")
    official = _named_signals(f"I heard {office} {name} took the money.")
    assert resident == [f"{title} {name} took"]
    assert official == [f"{office} {name} took"]


@given(_NAME)
def test_a_name_written_in_lower_case_is_no_name(name: str) -> None:
    """The slot reads capitals: the same words in lower case name no one."""
    assert matches("named", f"I heard {name.lower()} took the money.") == []
