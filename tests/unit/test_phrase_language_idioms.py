"""The pattern language's ways to keep a family of patterns apart and to say an idiom: a group
opened again, a negative slot that opens a pattern, a negator a pattern names itself (see
:mod:`municipal_social_policy.detectors.phrases`)."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.checks import CHECKS, Match
from municipal_social_policy.detectors.phrases import PhraseFile, parse_phrases
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
    named = frozenset({"you", "will", "not", "see", "it", "coming"})
    assert not negation(Match(text, (), words, 0, 5, sets, named))
    assert negation(Match(text, (), words, 0, 5, sets))
    assert negation(Match(text, (), ["never", *words], 1, 6, sets, named))
