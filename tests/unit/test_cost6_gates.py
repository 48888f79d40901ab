"""A signal of several groups reads its anchor only where one of its rules may hold, and a
group's gates are asked once per text for every detector of the group; the signals are the
same."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from municipal_social_policy import reading
from municipal_social_policy.detectors._judged import Within, within
from municipal_social_policy.detectors.phrases import PhraseDetector, read_phrases


def notice_order() -> Within:
    """misinformation's ``notice_order``: a measure in the city's voice made sweeping."""
    return within("fake_official_notice", "misinformation.phrases", "notice_order")


class _Ungated(Within):
    """A signal whose anchor is read whatever its parts' gates say: the reference."""

    def _may_hold(self, text: msp.NormalizedText) -> bool:
        return True


def _every_part_read(signal: Within, text: msp.NormalizedText) -> tuple[int, int] | None:
    """The signal's span with its anchor read whatever the gates say."""
    return _Ungated(
        signal.id, signal.anchor, signal.parts, signal.rules, signal.distance, signal.veto
    ).span(text)


def test_an_anchor_with_no_part_that_may_match_is_not_read() -> None:
    """The trash pickup is closed, but nothing makes it sweeping or the city's word: no part
    of a rule passes its gates, so the comment is not read word by word for the anchor."""
    text = msp.normalize("trash pickup is closed on tuesday, what a mess")
    signal = notice_order()
    assert isinstance(signal.anchor, PhraseDetector)
    assert signal.anchor.admits(text)  # the anchor alone would be read
    assert signal.span(text) is None
    assert reading._read not in text._views


@pytest.mark.parametrize(
    "comment",
    [
        "OFFICIAL: the city says trash pickup is cancelled for all residents until march",
        "per the mayor, water service is shut down for every household after 9pm",
        "trash pickup is closed on tuesday, what a mess",
        "The mayor says the pool is closed. I think that's a bad call.",
        "is the city really cancelling trash pickup for all homes until spring?",
    ],
)
def test_the_signal_is_the_one_read_without_the_gates(comment: str) -> None:
    """Violations, near-misses, questions: the span is the one the anchor-first reading gives."""
    signal = notice_order()
    expected = _every_part_read(signal, msp.normalize(comment))
    assert signal.span(msp.normalize(comment)) == expected


def test_a_sweeping_notice_in_the_city_voice_is_signalled() -> None:
    """The comparison above is not of empty spans only."""
    text = msp.normalize("per the mayor, water service is shut down for every household after 9pm")
    assert notice_order().span(text) is not None


def test_detectors_of_one_group_share_its_gates_and_each_text_keeps_the_answer() -> None:
    """Two detectors of one group ask one function, and a text asked twice keeps its answer."""
    phrases = read_phrases("misinformation.phrases")
    one = PhraseDetector.of("a", phrases, "notice_measure")
    other = PhraseDetector.of("b", phrases, "notice_measure")
    assert one._admits is other._admits
    text = msp.normalize("trash pickup is closed on tuesday")
    assert one.admits(text) is True
    assert text._views[one._admits] is True
    plain = msp.normalize("lovely weather at the farmers market")
    assert other.admits(plain) is False
