"""The one "near" mechanism of the judgment detectors (``detectors._judged.Within``, issue 9).

Properties over comments built of plain words with sentence ends between some of them: a part
within the distance (in words between, in sentence ends between) of the anchor makes a signal
and one a word or a sentence beyond it does not; a veto at the distance vetoes; without
``after`` the order of the two does not matter, with it a part before the anchor is none; the
same words matched twice are one phrase, not two parts; the same input gives the same answer.
The detectors that read the mechanism through ``near.tsv`` keep their own tests (copyright,
sexual content, emergency misinformation, public safety).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors import BUILTIN_DETECTORS
from municipal_social_policy.detectors._judged import (
    Distance,
    Found,
    Span,
    Within,
    _near_table,
    signals,
    within,
)
from municipal_social_policy.detectors.triggers import Trigger
from municipal_social_policy.reading import read
from municipal_social_policy.text import NormalizedText, normalize

_TRIGGER = Trigger(tokens=frozenset({"word"}))


def _comment(count: int, ends: frozenset[int]) -> tuple[NormalizedText, list[Span]]:
    """``count`` words, a sentence ending after each word of ``ends``, and each word's span."""
    written = "".join(f"word{'. ' if index in ends else ' '}" for index in range(count)).rstrip()
    text = normalize(written)
    spans = [(token.start, token.end) for sentence in read(text).sentences for token in sentence]
    assert len(spans) == count
    return text, spans


def _at(*spans: Span) -> Found:
    return Found(_TRIGGER, lambda _text: list(spans))


def _within(anchor: Span, partner: Span, distance: Distance, veto: Span | None = None) -> Within:
    return Within(
        "near_test",
        _at(anchor),
        {"partner": _at(partner)},
        (("partner",),),
        distance,
        None if veto is None else _at(veto),
    )


@st.composite
def _layouts(draw: st.DrawFn) -> tuple[NormalizedText, list[Span], int, int, frozenset[int]]:
    """A comment, its words' spans, two distinct word indexes and where its sentences end."""
    count = draw(st.integers(2, 40))
    ends = frozenset(draw(st.sets(st.integers(0, count - 2), max_size=8)))
    one, other = draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=2, unique=True))
    text, spans = _comment(count, ends)
    return text, spans, one, other, ends


@given(_layouts(), st.integers(0, 40) | st.none(), st.integers(0, 8) | st.none())
def test_a_part_counts_exactly_within_the_distance(
    layout: tuple[NormalizedText, list[Span], int, int, frozenset[int]],
    words: int | None,
    sentences: int | None,
) -> None:
    """A part makes a signal with the anchor if and only if the words between them and the
    sentence ends between them are within the distance's bounds; the signal runs from the
    first to the last of the two."""
    if words is None and sentences is None:
        words = 0
    text, spans, one, other, ends = layout
    low, high = sorted((one, other))
    between_words = high - low - 1
    between_sentences = sum(1 for end in ends if low <= end < high)
    expected = (words is None or between_words <= words) and (
        sentences is None or between_sentences <= sentences
    )
    found = _within(spans[one], spans[other], Distance(words, sentences)).span(text)
    assert (found is not None) == expected
    if found is not None:
        assert found == (spans[low][0], spans[high][1])


@given(st.integers(0, 20), st.integers(0, 6), st.booleans())
def test_the_boundary_word_counts_and_the_next_does_not(
    words: int, lead: int, partner_first: bool
) -> None:
    """With ``words=N``, a part N words from the anchor counts and one N + 1 words away does
    not, on either side of it."""
    text, spans = _comment(lead + words + 3, frozenset())
    anchor = lead if not partner_first else lead + words + 1
    at_distance = lead + words + 1 if not partner_first else lead
    distance = Distance(words=words)
    assert _within(spans[anchor], spans[at_distance], distance).span(text) is not None
    if not partner_first:
        beyond = at_distance + 1
        assert _within(spans[anchor], spans[beyond], distance).span(text) is None
    else:
        beyond_anchor = anchor + 1  # the anchor a word further from the part
        assert _within(spans[beyond_anchor], spans[at_distance], distance).span(text) is None


@given(st.integers(0, 4), st.integers(2, 4))
def test_the_boundary_sentence_counts_and_the_next_does_not(sentences: int, size: int) -> None:
    """With ``sentences=N``, a part N sentence ends from the anchor counts and one N + 1
    sentence ends away does not, however many words the sentences hold."""
    count = size * (sentences + 2)
    ends = frozenset(size * k - 1 for k in range(1, sentences + 2))
    text, spans = _comment(count, ends)
    distance = Distance(sentences=sentences)
    inside = spans[size * (sentences + 1) - 1]  # the last word N sentence ends away
    outside = spans[size * (sentences + 1)]  # the first word N + 1 sentence ends away
    assert _within(spans[0], inside, distance).span(text) is not None
    assert _within(spans[0], outside, distance).span(text) is None


@given(_layouts(), st.integers(0, 40), st.integers(0, 39))
def test_a_veto_at_the_distance_vetoes(
    layout: tuple[NormalizedText, list[Span], int, int, frozenset[int]], words: int, at: int
) -> None:
    """A veto within the distance of the anchor, before or after it, leaves no signal; one
    beyond it changes nothing."""
    text, spans, one, other, _ = layout
    veto = spans[at % len(spans)]
    distance = Distance(words=words)
    unvetoed = _within(spans[one], spans[other], distance).span(text)
    vetoed = _within(spans[one], spans[other], distance, veto).span(text)
    veto_near = abs((at % len(spans)) - one) - 1 <= words
    assert vetoed == (None if veto_near else unvetoed)


@given(_layouts(), st.integers(0, 40), st.integers(0, 8))
def test_either_order_gives_the_same_signal(
    layout: tuple[NormalizedText, list[Span], int, int, frozenset[int]],
    words: int,
    sentences: int,
) -> None:
    """Without ``after``, the anchor and its part may swap roles: the same signal, or none."""
    text, spans, one, other, _ = layout
    distance = Distance(words, sentences)
    forward = _within(spans[one], spans[other], distance).span(text)
    backward = _within(spans[other], spans[one], distance).span(text)
    assert forward == backward


@given(_layouts())
def test_after_reads_only_what_follows_the_anchor(
    layout: tuple[NormalizedText, list[Span], int, int, frozenset[int]],
) -> None:
    """With ``after``, a part before the anchor is none; one after it counts as without."""
    text, spans, one, other, _ = layout
    after = _within(spans[one], spans[other], Distance(words=40, after=True)).span(text)
    either = _within(spans[one], spans[other], Distance(words=40)).span(text)
    assert after == (either if other > one else None)


@given(_layouts(), st.integers(0, 40))
def test_the_same_input_gives_the_same_signal(
    layout: tuple[NormalizedText, list[Span], int, int, frozenset[int]], words: int
) -> None:
    """The mechanism is pure: a second call, and a call on a fresh reading of the same text,
    give the same answer."""
    text, spans, one, other, _ = layout
    within = _within(spans[one], spans[other], Distance(words=words))
    first = within.span(text)
    assert within.span(text) == first
    assert within.span(normalize(text.original)) == first


def test_the_same_words_are_one_phrase_and_a_part_inside_another_counts() -> None:
    """Two groups matching the same words make no signal ("crack" a tool and a cue); a part
    that holds the anchor and more ("Jorge Rubio is a confidential informant") counts."""
    text, spans = _comment(6, frozenset())
    same = _within(spans[2], spans[2], Distance(words=5)).span(text)
    holding = _within(spans[3], (spans[1][0], spans[3][1]), Distance(words=5)).span(text)
    crossing = _within((spans[1][0], spans[3][1]), (spans[2][0], spans[4][1]), Distance(words=5))
    assert same is None
    assert holding == (spans[1][0], spans[3][1])
    assert crossing.span(text) is None


def test_a_distance_is_written_in_words_and_sentences() -> None:
    """``near.tsv`` writes a distance as bounds in words and sentences, ``after`` and
    ``shared``; an unbounded, negative or misspelled one is an error that says what is
    expected."""
    assert Distance.parse("words=0 sentences=1 after") == Distance(0, 1, after=True)
    assert Distance.parse("sentences=1") == Distance(sentences=1)
    assert Distance.parse("words=22 shared") == Distance(words=22, shared=True)
    with pytest.raises(ValueError, match="expected words=N, sentences=N, after and shared"):
        Distance.parse("chars=160")
    with pytest.raises(ValueError, match="expected words=N, sentences=N, after and shared"):
        Distance.parse("words=-1")
    with pytest.raises(ValueError, match="bound the words or the sentences"):
        Distance.parse("after")
    with pytest.raises(ValueError, match="by 0 or more"):
        Distance(words=-1)


@pytest.mark.parametrize(
    ("file", "detector", "expected"),
    [
        (
            "copyright.phrases",
            "piracy",
            ["work_cue", "work_ask", "tool_cue", "tool_ask", "taken"],
        ),
        (
            "misinformation.phrases",
            "fake_official_notice",
            ["notice_header", "notice_announced", "notice_order"],
        ),
        (
            "misinformation.phrases",
            "emergency_misinformation",
            ["alarm", "alarm_order", "alarm_siren", "alarm_hidden"],
        ),
        (
            "misinformation.phrases",
            "election_misinformation",
            ["vote_way", "vote_place", "vote_only"],
        ),
        ("misinformation.phrases", "piracy", []),
        ("sexual_content.phrases", "sexual_content", ["desire"]),
        ("threats.phrases", "official_threat", ["official_threat", "official_fear"]),
        ("solicitation.phrases", "commercial_offer", ["sold", "priced", "reached"]),
    ],
)
def test_the_table_gives_each_detector_its_signals(
    file: str, detector: str, expected: list[str]
) -> None:
    """``near.tsv`` gives each detector its signals of a phrase file, in the table's order, and
    none of another's."""
    assert list(signals(file, detector)) == expected


def test_every_signal_is_given_to_a_built_in_detector() -> None:
    """Each detector the table names is one the registry builds: a misspelt name would leave a
    row no detector reads."""
    named = {detector for detector, *_ in _near_table().values()}
    assert named <= set(BUILTIN_DETECTORS)


def test_a_signal_naming_an_unknown_group_is_an_error() -> None:
    """A part the table names that is neither a group of the file nor given by the detector
    stops the detector from being built, naming the signal and the part."""
    expected = re.escape("'work_cue' of 'copyright.phrases' names 'copy_titled'")
    with pytest.raises(LookupError, match=expected):
        within("piracy", "copyright.phrases", "work_cue")


@pytest.mark.parametrize(
    "text",
    [
        "GAS LEAK AT THE SCHOOL!! everyone get out",
        "GAS LEAK AT THE SCHOOL; everyone get out",
        "GAS LEAK AT THE SCHOOL!! \N{POLICE CARS REVOLVING LIGHT} everyone get out",
        "gas leak at the school...\neveryone get out now",
    ],
)
def test_an_alarm_and_its_order_side_by_side_are_one_signal(text: str) -> None:
    """An alarm's danger and the order that opens the next sentence, no word between (whatever
    marks end the first), is false information for review."""
    verdict = msp.evaluate(msp.load("kankakee"), text)
    assert "false_information" in {finding.category for finding in verdict.findings}


@pytest.mark.parametrize(
    "text",
    [
        "GAS LEAK AT THE SCHOOL!! anyway the game is at 7. everyone get out there and cheer",
        "tornado drill today!!! the sirens will sound at 10",
    ],
)
def test_an_order_before_the_alarm_or_apart_from_it_is_none(text: str) -> None:
    """An order and a danger two sentences apart, or a drill, make no alarm of the two (an
    order right before the danger is one since the misinfo3 session: "EVERYONE GET OUT NOW!!
    GAS LEAK AT THE SCHOOL" is read by the signal alarm_order)."""
    verdict = msp.evaluate(msp.load("kankakee"), text)
    assert "false_information" not in {finding.category for finding in verdict.findings}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("GAS LEAK AT THE SCHOOL!! everyone get out", "false_information"),
        (
            "anyone want the new taylor swift album?? got it on my drive, dm me for the link",
            "copyright",
        ),
        ("cops at Main & 5th right now, go around", "public_safety"),
    ],
)
def test_the_detectors_read_their_signals(text: str, category: str) -> None:
    """Each family that reads a signal of ``near.tsv`` still cites its category with it."""
    verdict = msp.evaluate(msp.load("kankakee"), text)
    assert category in {finding.category for finding in verdict.findings}


def test_a_shared_distance_lets_a_part_be_the_anchors_own_words() -> None:
    """Without ``shared`` a part with the anchor's very words is the same phrase, not a second
    part ("crack" read as a tool and as a cue); with it, it counts ("the courthouse metal
    detector is broken": the courthouse is the guarded place and the site)."""
    text = normalize("the courthouse is open")
    anchor = (4, 14)
    assert not Distance(words=5).reaches(text, anchor, anchor)
    assert Distance(words=5, shared=True).reaches(text, anchor, anchor)
    assert Distance(words=5, shared=True).reaches(text, anchor, (8, 17))
