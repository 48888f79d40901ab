"""What an Evaluator's build now makes once and shares (issue 9: setup time and memory).

A phrase group's gates and trigger are built once for every detector of the group; the hate
reader's trigger once for the detectors that share the reader; a phrase file's term spelled as
read once while files are parsed; a conjunction's alternatives checked in one pass. Each shared
answer must be the answer a fresh build gives, and a wrong conjunction must still be refused.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors import hate_speech, phrases
from municipal_social_policy.detectors.triggers import Trigger

_FILES = ("threats.phrases", "defamation.phrases", "public_safety.phrases")


def _fresh(group: phrases.PhraseGroup) -> phrases.PhraseGroup:
    """An equal group that is another object: nothing it derives is cached yet."""
    return attrs.evolve(group)


@pytest.mark.parametrize("name", _FILES)
def test_detectors_of_one_group_share_its_admission(name: str) -> None:
    """Two detectors of the same group (two ids, as near.tsv's signals make them) hold one
    trigger object and the same gates, and those equal what a fresh group derives."""
    file = phrases.read_phrases(name)
    for group in sorted(file.groups)[:6]:
        first = phrases.PhraseDetector.of("first", file, group)
        second = phrases.PhraseDetector.of("second", file, group)
        assert first.trigger is second.trigger
        assert first._indexed is second._indexed
        fresh = phrases.PhraseDetector("fresh", _fresh(file.groups[group]), file.sets)
        assert fresh.group._admission is not first.group._admission  # built anew
        assert fresh.trigger == first.trigger
        assert (fresh._needs, fresh._distinct, fresh._indexed, fresh._typed) == (
            first._needs,
            first._distinct,
            first._indexed,
            first._typed,
        )


def test_a_citys_own_patterns_get_their_own_admission() -> None:
    """A group extended by a city's patterns is another group: its trigger holds where the
    city's pattern does, which the shipped group's does not."""
    file = phrases.read_phrases("threats.phrases")
    shipped = phrases.PhraseDetector.of("threat", file, "threat")
    extended = phrases.PhraseDetector.of("threat", file, "threat", ["zorblax the quuxville"])
    text = msp.normalize("we will zorblax the quuxville")
    assert extended.trigger is not shipped.trigger
    assert extended.trigger.holds(text)
    assert not shipped.trigger.holds(text)


def test_a_broken_citys_pattern_still_fails_when_the_detector_is_built() -> None:
    """The anchor check moved into the shared build still runs for a group built anew: a
    pattern whose rarest word a contraction spells out is refused."""
    file = phrases.read_phrases("threats.phrases")
    with pytest.raises(ValueError, match="rarest word"):
        phrases.PhraseDetector.of("threat", file, "threat", ["not"])


def test_the_hate_reader_builds_its_trigger_once() -> None:
    """group_hate and group_violence share a reader and so one trigger object, equal to the
    trigger of a reader built anew from the same words."""
    evaluator = msp.Evaluator(msp.load("kankakee"))
    hate = [
        detector
        for rule in evaluator._rules
        for _, detector in rule.detectors
        if isinstance(detector, hate_speech.GroupHateDetector)
    ]
    assert len(hate) >= 2
    assert hate[0].reader is hate[1].reader
    assert hate[0].trigger is hate[1].trigger
    reader = hate[0].reader
    fresh = attrs.evolve(reader)  # equal, another object: its trigger not built yet
    assert fresh is not reader
    assert fresh.trigger() == reader.trigger()


_PART = st.builds(
    lambda words: Trigger(tokens=frozenset(words)),
    st.lists(st.sampled_from(["gun", "knife", "mayor", "park", "fire"]), min_size=1, max_size=3),
)


@given(alternatives=st.lists(st.lists(_PART, min_size=1, max_size=3), min_size=2, max_size=5))
def test_valid_conjunctions_are_built(alternatives: list[list[Trigger]]) -> None:
    """Alternatives of parts, each a trigger of keys, make a conjunction whose alternatives
    are those given (each once), whichever way it is built."""
    built = Trigger.any_of_all(alternatives)
    expected = tuple(dict.fromkeys(tuple(dict.fromkeys(parts)) for parts in alternatives))
    if all(len(alternative) == 1 for alternative in expected):
        assert not built.alternatives  # one part each: merged into one part
    else:
        assert built.alternatives == expected
        assert Trigger(alternatives=built.alternatives) == built


@given(good=st.lists(st.lists(_PART, min_size=2, max_size=3), min_size=1, max_size=4))
def test_a_wrong_alternative_is_refused_and_named(good: list[list[Trigger]]) -> None:
    """An empty alternative, or a conjunction given as a part, is a ValueError naming it,
    wherever it stands among valid ones."""
    valid = [tuple(dict.fromkeys(parts)) for parts in good]
    conjunction = Trigger.all_of(*good[0])
    nested = (good[0][0], Trigger.any_of(conjunction, Trigger(tokens=frozenset({"x"}))))
    for wrong in ((), nested):
        if not nested[1].alternatives and wrong:
            continue  # the nested trigger merged into a part: nothing wrong to name
        with pytest.raises(ValueError, match="each alternative must be a non-empty tuple") as error:
            Trigger(alternatives=(*valid, wrong))
        assert repr(wrong) in str(error.value)


@given(
    term=st.lists(
        st.sampled_from(["don't", "gonna", "u", "mayor's", "city", "council", "won't", "ur"]),
        min_size=1,
        max_size=3,
    ).map("_".join)
)
def test_a_term_is_spelled_as_read_alike_memoised_or_not(term: str) -> None:
    """The memo of :func:`as_read` gives what spelling the term out gives, and is emptied
    with the build's other memos."""
    assert phrases.as_read(term) == phrases._spelled_out(term)
    assert phrases.as_read(term) == phrases.as_read(term)
    phrases.forget_build_memos()
    assert not phrases._AS_READ
    assert phrases.as_read(term) == phrases._spelled_out(term)


def test_contractions_are_spelled_out() -> None:
    """The words a contraction spells out, joined as a run (not copied from the code: the
    documented examples)."""
    assert phrases.as_read("don't") == "do_not"
    assert phrases.as_read("gonna") == "going_to"
    assert phrases.as_read("mayor's") == "mayor"
