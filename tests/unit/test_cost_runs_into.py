"""A word run together admits the hate reader only where the reading cuts it into two words.

The reader cuts a written word in two only where both parts are words it knows
(:class:`~municipal_social_policy.reading.RunTogether`), so the trigger of ``group_hate`` asks
of a long word that starts or ends with a group's name that its rest be one of those words
(``Trigger.run_rests``): "gayvermin" and "allmuslims" admit the detector, "intersection",
"household" and "transportation" (a name inside an ordinary word) do not. Here that condition
is checked on its own and against what the reader reads: typos, quick forms and disguises
included.
"""

from __future__ import annotations

from functools import cache

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator
from municipal_social_policy import strategies as mst
from municipal_social_policy import testing
from municipal_social_policy.detectors.hate_speech import GroupHateDetector, HateReader
from municipal_social_policy.detectors.triggers import Trigger
from municipal_social_policy.reading import RunTogether
from municipal_social_policy.text import normalize


@cache
def detector() -> GroupHateDetector:
    """The ``group_hate`` detector the Kankakee evaluator calls."""
    (found,) = [
        detector
        for rule in evaluator()._rules
        for _, detector in rule.detectors
        if isinstance(detector, GroupHateDetector) and detector.id == "group_hate"
    ]
    return found


def reader() -> HateReader:
    """The hate reader of :func:`detector`."""
    return detector().reader


def joined() -> RunTogether:
    """How the reader cuts a word run together."""
    run_together = reader().spelling.joined
    assert run_together is not None
    return run_together


def named_part() -> Trigger:
    """The part of the detector's trigger that holds where a group is named (the first part
    of each alternative that is no self-contained frame): the reader's names, alone or cut from
    a word run together."""
    names = reader()._names.joined
    (part,) = {parts[0] for parts in detector().trigger.needs if parts[0].runs_into == names}
    return part


# --- the condition itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("gayvermin", True),  # "gay" and "vermin"
        ("vermingay", True),  # the name last
        ("gaytransit", False),  # "transit" is no word of the set
        ("gaybar", False),  # too short a word
        ("xgayvermin", False),  # the name in the middle
        ("verminous", False),  # no name at all
    ],
)
def test_a_rest_must_be_a_word_of_the_set(text: str, held: bool) -> None:
    """With ``run_rests``, a long word holds the trigger only where the rest, past the word it
    starts or ends with, is one of those words; without, where it is any three letters."""
    rests = Trigger(
        runs_into=frozenset({"gay"}), run_rests=frozenset({"vermin", "bar", "gayvermin"})
    )
    assert rests.holds(normalize(f"They are {text} here")) is held
    loose = Trigger(runs_into=frozenset({"gay"}))
    expected = text in ("gayvermin", "vermingay", "gaytransit")
    assert loose.holds(normalize(f"They are {text} here")) is expected


def test_parts_of_a_union_read_the_weakest_rests() -> None:
    """The union of two parts holds where either does: rests from both, and any rest where one
    part reads any (``None``)."""
    one = Trigger(runs_into=frozenset({"gay"}), run_rests=frozenset({"vermin"}))
    two = Trigger(runs_into=frozenset({"hate"}), run_rests=frozenset({"women"}))
    anything = Trigger(runs_into=frozenset({"scum"}))
    assert (one | two).run_rests == frozenset({"vermin", "women"})
    assert (one | anything).run_rests is None
    assert (one | Trigger(tokens=frozenset({"x"}))).run_rests == frozenset({"vermin"})
    union = one | two
    for text, held in [("gayvermin", True), ("hatewomen", True), ("gaywomen", True)]:
        assert union.holds(normalize(text)) is held
    assert not union.holds(normalize("hatetransit"))


# --- the hate reader's trigger ---------------------------------------------------------------

INSIDE = ("intersection", "household", "transportation", "transparent", "alderwoman", "mennonite")


@pytest.mark.parametrize("word", INSIDE)
def test_a_name_inside_an_ordinary_word_does_not_admit(word: str) -> None:
    """Words that start or end with a group's name but that the reader never cuts (the rest is
    no word it knows) no longer hold the trigger, which without ``run_rests`` they did; and
    the reader finds nothing in them."""
    text = f"The {word} near the library needs work, and they are so lazy about it."
    normalized = normalize(text)
    part = named_part()
    assert not part.holds(normalized)
    assert attrs.evolve(part, run_rests=None).holds(normalized)
    assert joined().parts(normalized.token_set).isdisjoint(reader()._names.joined)
    assert not list(detector()(normalized, msp.Comment(text=text)))
    assert not detector().trigger.holds(normalized)


@pytest.mark.parametrize(
    "text",
    [
        "Those gayvermin should be deported.",
        "allmuslims are vermin",
        "Muslimscum should be deported.",
        "womendisgust me",
    ],
)
def test_a_name_the_reader_cuts_from_a_word_admits(text: str) -> None:
    """A group's name run into a word the reader knows holds the trigger, and the reader
    finds the hit."""
    normalized = normalize(text)
    assert named_part().holds(normalized)
    assert detector().trigger.holds(normalized)
    assert list(detector()(normalized, msp.Comment(text=text)))


@pytest.mark.parametrize("word", ["allgays", "menno"])
def test_a_short_word_cut_by_the_reader_does_not_admit_alone(word: str) -> None:
    """The gate reads words run together of eight letters or more, the rest three or more: a
    shorter word the reader may cut ("all gays", "men no") does not hold the trigger alone
    (the reader reads it when the comment is admitted otherwise)."""
    normalized = normalize(f"There are {word} in the park.")
    assert joined().split(word) is not None
    assert not named_part().holds(normalized)


def test_a_disguised_name_run_together_admits() -> None:
    """The trigger reads every form of a disguised word, as the gate does: "g4yvermin" holds
    it as "gayvermin" does."""
    assert named_part().holds(normalize("Those g4yvermin should be deported."))
    assert detector().trigger.holds(normalize("Those g4yvermin should be deported."))


@cache
def _pieces() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The reader's names, the words it cuts into, its judging phrases and its typos of names."""
    held = reader()
    names = tuple(sorted(held._names.joined))
    either = tuple(sorted(joined().either))
    judging = tuple(
        sorted(" ".join(p) for p, label in held.labels.items() if label not in ("group", "counter"))
    )
    typos = tuple(sorted(t for t, term in held.spelling.typos.items() if term in held._named))
    return names, either, judging, typos


@st.composite
def run_together_texts(draw: st.DrawFn) -> str:
    """A group's name (or a typo of one) run into a word the reader knows, into any letters or
    into an ordinary word's rest, first or last; with a judging phrase or not, other words, an
    ending, and sometimes disguised."""
    names, either, judging, typos = _pieces()
    name = draw(st.sampled_from(names if draw(st.integers(0, 4)) else typos))
    rest = draw(
        st.one_of(
            st.sampled_from(either),
            st.sampled_from(either),
            st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9),
            st.sampled_from(("section", "hold", "portation", "parent", "alder", "inter", "x")),
        )
    )
    word = name + rest if draw(st.booleans()) else rest + name
    word += draw(st.sampled_from(("", "", "", "", "s", "'s", "n't")))
    others = draw(
        st.lists(
            st.sampled_from(("the", "are", "so", "should", "be", "all", "i", "them", "they're"))
            | st.sampled_from(judging),
            max_size=4,
        )
    )
    text = " ".join(draw(st.permutations([word, *others])))
    if not draw(st.integers(0, 3)):
        text = draw(mst.obfuscations(text))
    return text + draw(st.sampled_from(("", ".", "!")))


@example("Those gayvermin should be deported.")
@example("allmuslims are vermin")
@example("really conservative menno congregations should be banned")
@example("the transportation people are lazy")
@given(text=run_together_texts())
def test_the_trigger_holds_wherever_the_reader_cuts_a_group_from_a_word(text: str) -> None:
    """Whenever the reader reads a written word of eight letters or more as a group's name and
    another word of three letters or more (the cut ``RunTogether`` takes), the part of the
    trigger that names a group holds; and wherever the gate admits the text (its typos and
    quick forms included), the detector's trigger holds, so no hit the reader finds is lost."""
    normalized = normalize(text)
    names = reader()._names.joined
    for sentence in reader().sentences(normalized):
        tokens, words = sentence.tokens, sentence.words
        for i in range(len(tokens) - 1):
            if tokens[i] is not tokens[i + 1] or len(tokens[i].forms[0]) < 8:
                continue
            head, tail = words[i], words[i + 1]
            if min(len(head), len(tail)) >= 3 and {head, tail} & names:
                assert named_part().holds(normalized), (text, head, tail)
    if reader().admits(normalized):
        assert detector().trigger.holds(normalized)
    testing.assert_trigger_sound(detector(), text)


@given(text=run_together_texts())
def test_the_scan_gives_the_verdict_of_every_detector_on_words_run_together(text: str) -> None:
    """The evaluator's compiled scan, which tests the same condition, gives on these texts the
    verdict of calling every detector."""
    comment = msp.Comment(text=text)
    assert evaluator().evaluate(comment) == evaluator()._verdict(comment, every_detector=True)
