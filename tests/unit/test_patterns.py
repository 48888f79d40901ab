"""Unit tests for ``detectors._patterns``: patterns compiled on first use."""

from __future__ import annotations

import gc
import pickle

import regex

import municipal_social_policy as msp
from municipal_social_policy.detectors._patterns import _LazyPattern, compile_pattern


def test_a_pattern_compiles_on_first_use_and_then_is_the_compiled_one() -> None:
    """Until used it holds only its source; after, its methods are the compiled pattern's."""
    pattern = compile_pattern(r"(?P<number> [0-9]+ )  \ (?:st|nd|rd|th)\b")
    assert "search" not in vars(pattern)
    match = pattern.search("the 21 st of May")
    assert match is not None
    assert match.group("number") == "21"
    assert "search" in vars(pattern)
    assert [m.group() for m in pattern.finditer("1 st, 2 nd")] == ["1 st", "2 nd"]


def test_ignore_case_and_pickling() -> None:
    """``ignore_case`` is honoured, and a pattern survives pickling, used or not."""
    pattern = compile_pattern("kankakee", ignore_case=True)
    assert pickle.loads(pickle.dumps(pattern)).fullmatch("KANKAKEE") is not None
    assert pattern.fullmatch("Kankakee") is not None
    assert pickle.loads(pickle.dumps(pattern)).fullmatch("KANKAKEE") is not None


def test_every_built_in_pattern_compiles() -> None:
    """A typo in a pattern fails here, not on the first comment that reaches it."""
    msp.Evaluator(msp.load("kankakee"))
    patterns = [o for o in gc.get_objects() if isinstance(o, _LazyPattern)]
    assert len(patterns) > 50
    for pattern in patterns:
        assert isinstance(pattern.pattern, str)
    assert all(isinstance(vars(p)["search"].__self__, regex.Pattern) for p in patterns)
