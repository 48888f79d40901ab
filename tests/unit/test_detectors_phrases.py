"""Unit tests for the phrase matcher of :mod:`municipal_social_policy.detectors._phrases`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from municipal_social_policy.detectors._phrases import PhraseSet, read_phrases, spellings, tokens
from municipal_social_policy.text import normalize

_GROUPS: tuple[PhraseSet, ...] = tuple(
    group
    for name in ("solicitation.txt", "campaign.txt", "copyright.txt", "phishing.txt")
    for group in read_phrases(name).values()
)
# Every word any phrase names, and a few it does not: word runs that come near whole phrases.
_VOCABULARY = sorted(
    {
        word
        for group in _GROUPS
        for phrase in group.phrases
        for slot in phrase
        if slot.words is not None
        for word in slot.words
    }
    | {"the", "city", "council", "road"}
)


@st.composite
def _near_matches(draw: st.DrawFn) -> tuple[PhraseSet, list[str]]:
    """A group and words laid out along one of its phrases, slots sometimes left out."""
    group = draw(st.sampled_from(_GROUPS))
    words = draw(st.lists(st.sampled_from(_VOCABULARY), max_size=3))
    for slot in draw(st.sampled_from(group.phrases)):
        if slot.words is None or slot.negated or draw(st.integers(0, 5)) == 0:
            words += draw(st.lists(st.sampled_from(_VOCABULARY), max_size=slot.most))
        else:
            words.append(draw(st.sampled_from(sorted(slot.words))))
    return group, words + draw(st.lists(st.sampled_from(_VOCABULARY), max_size=3))


@settings(max_examples=500)
@given(_near_matches())
def test_possible_never_rules_out_a_text_that_matches(case: tuple[PhraseSet, list[str]]) -> None:
    """:meth:`PhraseSet.possible` is a sound gate: a text with a match is always possible."""
    group, words = case
    if any(True for _ in group.matches(words)):
        assert group.possible(frozenset(words))


def test_possible_rules_out_a_phrase_missing_a_required_word() -> None:
    """A head word alone, without the words its phrases require, makes no phrase possible."""
    group = read_phrases("solicitation.txt")["self_promotion"]
    assert not group.possible(frozenset(["check", "the", "road"]))
    assert group.possible(frozenset(["check", "out", "my", "channel"]))


@settings(max_examples=500)
@given(_near_matches(), st.booleans())
def test_trigger_holds_for_every_text_that_matches(
    case: tuple[PhraseSet, list[str]], curly: bool
) -> None:
    """A group's trigger holds wherever it matches, apostrophes straight or curly."""
    group, words = case
    text = normalize(" ".join(words).replace("'", "’" if curly else "'"))
    if any(True for _ in group.matches(tokens(text))):
        assert group.trigger is not None
        assert group.trigger.holds(text)


def test_spellings_curl_each_apostrophe() -> None:
    """A word with an apostrophe is triggered by its straight and its curly spellings."""
    assert spellings(["i'll", "sale"]) == {"i'll", "i’ll", "sale"}
