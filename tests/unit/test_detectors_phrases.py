"""Unit tests for the phrase files of solicitation, campaigns, copyright and phishing lures, read
by the pattern language of :mod:`municipal_social_policy.detectors.phrases`.

The gates a detector derives from its patterns (its trigger, and :meth:`PhraseDetector.admits`)
must hold for every text a pattern matches, whatever the words around it and however its
apostrophes are written; a match is read in the comment's reading, so disguised spellings count.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kankakee_verdicts
import municipal_social_policy as msp
from municipal_social_policy.detectors.phrases import (
    PhraseDetector,
    PhraseGroup,
    parse_phrases,
    read_phrases,
)
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize

_FILES = ("solicitation.phrases", "campaign.phrases", "copyright.phrases", "phishing.phrases")


@cache
def detectors() -> tuple[PhraseDetector, ...]:
    """A detector for every group of the four files."""
    return tuple(
        PhraseDetector.of(group, read_phrases(name), group)
        for name in _FILES
        for group in read_phrases(name).groups
    )


@cache
def vocabulary() -> tuple[str, ...]:
    """Every word or run any pattern names, and a few it does not."""
    words = {"the", "city", "council", "road", "not", "don't"}
    for detector in detectors():
        for pattern in detector.group.patterns:
            for slot in pattern.slots:
                for runs in slot.runs.values():
                    words.update(" ".join(run) for run in runs)
    return tuple(sorted(words))


@st.composite
def near_matches(draw: st.DrawFn) -> tuple[PhraseDetector, str]:
    """A detector and words laid out along one of its patterns, slots sometimes left out."""
    detector = draw(st.sampled_from(detectors()))
    pattern = draw(st.sampled_from(detector.group.patterns))
    words = draw(st.lists(st.sampled_from(vocabulary()), max_size=3))
    for slot in pattern.slots:
        words += draw(st.lists(st.sampled_from(vocabulary()), max_size=slot.gap))
        if slot.negative or draw(st.integers(0, 5)) == 0:
            words += draw(st.lists(st.sampled_from(vocabulary()), max_size=1))
        else:
            runs = sorted(" ".join(run) for runs in slot.runs.values() for run in runs)
            # A one-word typed slot names no words: a word of its kind stands in.
            typed = {"number": "20", "name": "Osenga", "mark": ",", "word": "road"}
            words.append(draw(st.sampled_from(runs)) if runs else typed.get(slot.kind, "road"))
    words += draw(st.lists(st.sampled_from(vocabulary()), max_size=3))
    return detector, " ".join(words)


@settings(max_examples=500)
@given(near_matches(), st.booleans())
def test_the_gates_hold_for_every_text_a_pattern_matches(
    case: tuple[PhraseDetector, str], curly: bool
) -> None:
    """Trigger and admission are sound: a text with a match passes both, apostrophes straight or
    curly."""
    detector, words = case
    text = normalize(words.replace("'", "’" if curly else "'"))
    if any(True for _ in detector.group.sentences(read(text))):
        assert detector.admits(text)
        assert detector.trigger.holds(text)


def test_a_head_word_without_the_rest_of_a_pattern_is_not_admitted() -> None:
    """A comment with a pattern's first word but not its other needed words is never read."""
    detector = PhraseDetector.of("x", read_phrases("solicitation.phrases"), "self_promotion")
    assert not detector.admits(normalize("check the road"))
    assert detector.admits(normalize("check out my channel"))


def evidence(text: str, detector: str) -> list[str]:
    """The text of each piece of evidence ``detector`` gave in the verdict on ``text``."""
    return [e.text for e in kankakee_verdicts.evidence(text, detector)]


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("ch3ck out my ch4nnel", "self_promotion"),
        ("subscr1be to my channel", "self_promotion"),
        ("c-h-e-c-k o-u-t my page", "self_promotion"),
        ("pr0mo c0de inside", "commercial_offer"),
        ("w4tch the full m0vie online free", "piracy"),
        ("y0u w0n a free iph0ne, click here", "phishing_lure"),
        ("Fr33 gift c4rds! Cl1ck the l1nk in my bio", "phishing_lure"),
        ("B U Y  F O L L O W E R S today", "commercial_offer"),
        ("Earn $300 a w33k w0rking at h0me", "commercial_offer"),
    ],
)
def test_disguised_spellings_are_read(text: str, detector: str) -> None:
    """Leetspeak and separators are undone before the patterns are matched."""
    assert evidence(text, detector)


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("The house next door is not for sale", "commercial_offer"),
        ("This is not a promo code, it is a tracking number", "commercial_offer"),
        ("I would never download the torrent", "piracy"),
        ("You cannot buy followers with good policy", "commercial_offer"),
    ],
)
def test_a_negated_phrase_is_no_evidence(text: str, detector: str) -> None:
    """A negator in the three words before a match, or in it, drops the match."""
    assert evidence(text, detector) == []


def test_a_phrase_does_not_run_over_a_sentence_end() -> None:
    """Patterns are matched within one sentence: "check out. My channel" is two sentences."""
    assert evidence("We went to check out. My channel 4 reception is bad.", "self_promotion") == []


def test_every_match_is_evidence_and_overlapping_ones_are_merged() -> None:
    """Two offers in a comment are two pieces of evidence; "Please subscribe to me" is one."""
    assert evidence("Use promo code A1. Free shipping today!", "commercial_offer") == [
        "promo code",
        "Free shipping",
    ]
    assert evidence("Please subscribe to me", "self_promotion") == ["Please subscribe to me"]


@given(
    words=st.lists(
        st.sampled_from(["you", "can", "vote", "twice", "today", "maybe"]), min_size=1, max_size=6
    ),
    end=st.sampled_from(["?", "??", '?"', " ?", ")?"]),
)
def test_the_question_check_drops_a_match_whose_sentence_asks(words: list[str], end: str) -> None:
    """A sentence ending in a question mark asks; the same words ending in a full stop do not."""
    group = parse_phrases("[g]\nchecks: question\nvote twice\n", "test.phrases")
    detector = PhraseDetector.of("d", group, "g")
    sentence = " ".join(["you", "can", "vote", "twice", *words])
    asked = normalize(sentence + end)
    stated = normalize(sentence + ".")
    assert list(detector(asked, msp.Comment(text=asked.original))) == []
    assert list(detector(stated, msp.Comment(text=stated.original))) != []


def test_a_pattern_with_a_caret_starts_only_at_the_first_word() -> None:
    """``^`` binds every way of matching: ``find`` and ``match_at`` alike."""
    [pattern] = parse_phrases("[g]\n^ go back\n", "test.phrases").groups["g"].patterns
    assert pattern.match_at(["go", "back", "home"], None, 0) == 1
    assert pattern.match_at(["i", "go", "back"], None, 1) is None
    assert list(pattern.find(["i", "go", "back"])) == []


@cache
def _groups() -> tuple[PhraseGroup, ...]:
    """Every group of the four files and of the threats' file: typo tables of many sizes."""
    return tuple(
        group
        for name in (*_FILES, "threats.phrases")
        for group in read_phrases(name).groups.values()
    )


@given(data=st.data())
@settings(max_examples=50)
def test_read_through_finds_the_words_each_typo_and_part_stands_for(data: st.DataObject) -> None:
    """Each group reads, through its typos and apostrophe parts, exactly the words a direct
    look-up of every form in its tables gives, however the groups before it shared the forms
    they were asked about (the same set of forms, group after group, as a text's gates ask)."""
    groups = _groups()
    pool = sorted(
        {typo for group in groups[:8] for typo in group.typos} | set(vocabulary()) | {"don", "t"}
    )
    forms = frozenset(data.draw(st.lists(st.sampled_from(pool), max_size=12)))
    for group in data.draw(st.permutations(groups))[:10]:
        typos, apart = group.typos, group._apart
        expected = {typos[form] for form in forms if form in typos}
        expected |= {word for form in forms if form in apart for word in apart[form]}
        assert group.read_through(forms) == expected
