"""The scan tests a conjunction from a part of rarer words than those most comments hold
(issue 9, performance: the cost2 branch).

The scan indexes each alternative of a conjunction by its first part and tests the rest for each
comment that holds that part. A conjunction made of groups joined (a work near a way to get it)
may open with a part of common words ("the"), which most comments hold: the scan now indexes such
an alternative by its first part without a word of ``detectors/common_words.txt``. Which part
comes first must change no admission.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors.triggers import TriggerIndex
from municipal_social_policy.scan import Scan


def _tokens(*words: str) -> msp.Trigger:
    return msp.Trigger(tokens=frozenset(words))


THE = _tokens("the")
KEYGEN = _tokens("keygen", "crack")
LATEST = _tokens("latest", "newest")
LONG = msp.Trigger(length=40)


def test_an_alternative_opening_with_common_words_is_indexed_by_a_rarer_part() -> None:
    scan = Scan.of([msp.Trigger.all_of(THE, LATEST, KEYGEN)])
    (first,) = scan.conjunctions
    assert scan.tokens["latest"] == first  # the first part without a common word
    assert scan.tokens["the"] != first
    texts = {
        "the latest keygen is out": 1,
        "the latest news from the council": 0,
        "latest crack, get it": 0,  # no "the"
        "THE NEWEST CRACK": 1,
    }
    for text, expected in texts.items():
        normalized = msp.normalize(text)
        assert scan.admitted(scan.found(normalized)) == expected, text


def test_an_alternative_of_common_words_only_keeps_its_order() -> None:
    scan = Scan.of([msp.Trigger.all_of(THE, _tokens("for"))])
    (first,) = scan.conjunctions
    assert scan.tokens["the"] == first


def test_a_computed_part_is_never_moved_first() -> None:
    """A computed part first would be computed for every comment that holds the rest."""
    keyed_and_computed = msp.Trigger(tokens=frozenset({"keygen"}), substrings=frozenset({"ck"}))
    for part in (LONG, keyed_and_computed):
        scan = Scan.of([msp.Trigger.all_of(THE, part)])
        (first,) = scan.conjunctions
        assert scan.tokens["the"] == first
        assert not scan.ungated  # computed only after "the" was found


_WORDS = ["the", "for", "of", "keygen", "crack", "latest", "newest", "mayor", "vote", "x"]
_PARTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(lambda w: _tokens(*w))
_COMPUTED = st.sampled_from(
    [LONG, msp.Trigger(substrings=frozenset({"ck"})), msp.Trigger(digits=2), msp.Trigger(repeats=2)]
)


@settings(max_examples=300, deadline=None)
@given(
    detectors=st.lists(
        st.lists(st.lists(_PARTS | _COMPUTED, min_size=2, max_size=4), min_size=1, max_size=3),
        min_size=1,
        max_size=4,
    ),
    text=st.lists(st.sampled_from([*_WORDS, "12", "a long filler word"]), max_size=12).map(
        " ".join
    ),
)
def test_the_scan_admits_exactly_where_each_trigger_holds(
    detectors: list[list[list[msp.Trigger]]], text: str
) -> None:
    triggers = [
        msp.Trigger.any_of(*(msp.Trigger.all_of(*parts) for parts in alternatives))
        for alternatives in detectors
    ]
    normalized = msp.normalize(text)
    scan = Scan.of(triggers)
    expected = sum(1 << i for i, trigger in enumerate(triggers) if trigger.holds(normalized))
    found = scan.found(normalized)
    start = scan.untriggered | (found & scan.single)
    assert scan.admitted(found) == expected
    assert scan._by_first_parts(found, found & scan._firsts, start) == expected
    assert scan._by_detectors(found, start) == expected
    assert TriggerIndex.of(triggers).called(normalized) == expected
