"""The pattern language's ways to keep a family of patterns apart and to say an idiom: a group
opened again, a negative slot that opens a pattern, a negator a pattern names itself (see
:mod:`municipal_social_policy.detectors.phrases`)."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.checks import CHECKS, Match
from municipal_social_policy.detectors.phrases import PhraseFile, parse_phrases
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize


def _file(source: str) -> PhraseFile:
    return parse_phrases(
        "@who = clerk mayor\n@negators = not never\n@some = someone a\n" + source, "t.phrases"
    )


def test_a_group_opened_again_adds_its_patterns_and_keeps_its_settings() -> None:
    """A family kept apart under its own heading joins its group; settings are said once."""
    file = _file("[g]\nchecks: negation\nkill @who\n[h]\nhug @who\n[g]\nbury @who\n")
    assert [p.source for p in file.groups["g"].patterns] == ["kill @who", "bury @who"]
    assert file.groups["g"].checks == ("negation",)
    with pytest.raises(ValueError, match=r"t.phrases:8: \[g\] says 'checks' a second time"):
        _file("[g]\nchecks: negation\nkill @who\n[g]\nchecks: quotation\n")


def test_a_negative_slot_may_open_a_pattern() -> None:
    """``!a|b`` first: neither the match's first word nor the two before it is one of these."""
    (pattern,) = _file("[g]\n!@some @who|someone will die\n").groups["g"].patterns
    assert list(pattern.find(["the", "clerk", "will", "die"])) == [(1, 3)]
    assert list(pattern.find(["someone", "will", "die"])) == []
    assert list(pattern.find(["a", "town", "clerk", "will", "die"])) == []
    with pytest.raises(ValueError, match="starts with a word"):
        _file("[g]\n!@some @who? die\n")
    with pytest.raises(ValueError, match="not a gap"):
        _file("[g]\n~2 @who\n")


def test_the_negation_check_spares_only_the_negators_a_pattern_names() -> None:
    """A negator the pattern names is part of the match's sense; any other still negates."""
    negation = CHECKS["negation"][0]
    sets = {"negators": frozenset({"not", "never"})}
    words = ["you", "will", "not", "see", "it", "coming"]
    text = normalize("you will not see it coming")
    (tokens,) = read(text).sentences
    named = frozenset({"you", "will", "not", "see", "it", "coming"})
    assert not negation(Match(text, tokens, words, 0, 5, sets, named))
    assert negation(Match(text, tokens, words, 0, 5, sets))
    text = normalize("never you will not see it coming")
    (tokens,) = read(text).sentences
    assert negation(Match(text, tokens, ["never", *words], 1, 6, sets, named))


def _group_file(source: str) -> PhraseFile:
    return parse_phrases(
        "@group = immigrants women\n@fillers = all just\n@copulas = are is\n"
        "@leads = the most of\n@power = media banks\n@followers = and too\n"
        "@closers = allowed here\n" + source,
        "t.phrases",
    )


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["run", "the", "banks"], [(0, 2)]),
        (["run", "the", "banks", "and", "the", "media"], [(0, 2)]),
        (["run", "the", "banks", "too"], [(0, 2)]),
        (["run", "the", "banks", "robbery"], []),
        (["run", "most", "of", "the", "media"], [(0, 4)]),
        (["run", "a", "bank"], []),
    ],
)
def test_a_lookahead_slot_reads_the_next_word_and_takes_none(
    words: list[str], found: list[tuple[int, int]]
) -> None:
    """``&a|b``: the next word, if any, is one of these; it is not part of the match (an
    object that ends its noun phrase: "run the banks and ...", not "run the banks robbery")."""
    (pattern,) = _group_file("[g]\nrun ~3:@leads @power &@followers\n").groups["g"].patterns
    assert list(pattern.find(words)) == found


def test_a_lookahead_slot_names_words_and_follows_a_slot() -> None:
    """``&`` first, after a gap, or before a typed slot is a load error that says why."""
    with pytest.raises(ValueError, match="starts with a word"):
        _group_file("[g]\n&@followers run\n")
    with pytest.raises(ValueError, match="not before a '&' slot"):
        _group_file("[g]\nrun ~2 &@followers\n")
    with pytest.raises(ValueError, match="names words, not a typed slot"):
        _group_file("[g]\nno more &<group>\n")


def test_a_gap_may_hold_the_words_of_several_sets() -> None:
    """``~N:@a|@b``: up to N words, each of one of the sets; any other word ends the gap."""
    (pattern,) = _group_file("[g]\nthey ~3:@fillers|@copulas banks\n").groups["g"].patterns
    assert list(pattern.find(["they", "are", "all", "just", "banks"])) == [(0, 4)]
    assert list(pattern.find(["they", "are", "not", "banks"])) == []
    assert list(pattern.find(["they", "are", "all", "just", "so", "banks"])) == []
    with pytest.raises(ValueError, match="a gap's words are words or sets defined above"):
        _group_file("[g]\nthey ~3:@fillers|@nothing banks\n")


def test_around_reads_the_group_slot_as_the_words_given() -> None:
    """``Pattern.around``: ``<group>`` reads exactly the words the detector gives (a pronoun
    carrying a group named before), the rest of the pattern around them as written."""
    file = _group_file(
        "[g]\n<group> ~2:@fillers @copulas ~2:@fillers criminals\nno more <group> &@closers\n"
    )
    subject, before = file.groups["g"].patterns
    words = ["they", "are", "all", "criminals"]
    assert list(subject.find(words)) == []  # "they" names no group the slot reads
    assert subject.around(words, None, (0, 0)) == (0, 3)
    assert subject.around(words, None, (1, 1)) is None
    words = ["no", "more", "immigrants", "allowed"]
    assert before.around(words, None, (2, 2)) == (0, 2)
    assert before.around(words, None, (1, 2)) is None
    assert before.around(["no", "more", "immigrants", "today"], None, (2, 2)) is None
    with pytest.raises(ValueError, match="no slot <group>"):
        _group_file("[g]\nno more women\n").groups["g"].patterns[0].around(words, None, (2, 2))


def test_around_counts_the_gap_before_the_group_slot() -> None:
    """A gap written right before ``<group>`` is part of how far before the group a match may
    start: "it is all just immigrants who" starts three words before the group."""
    file = _group_file("[g]\nis ~2:@fillers <group> who\n")
    (cleft,) = file.groups["g"].patterns
    words = ["it", "is", "all", "just", "immigrants", "who", "steal"]
    assert cleft.around(words, None, (4, 4)) == (1, 5)
    assert cleft.around(["it", "is", "immigrants", "who"], None, (2, 2)) == (1, 3)
    assert cleft.around(["is", "so", "very", "just", "immigrants", "who"], None, (4, 4)) is None
