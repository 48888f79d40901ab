"""Unit tests for ``municipal_social_policy._compiled``: one evaluator per process and ordinance,
kept by digest and detector names, the least recently used dropped past the capacity."""

from __future__ import annotations

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy import _compiled
from municipal_social_policy.detectors import BUILTIN_DETECTORS


def _variant(ordinance: msp.Ordinance, label: str) -> msp.Ordinance:
    """A copy of ``ordinance`` with a digest of its own."""
    return attrs.evolve(ordinance, title=f"{ordinance.title} ({label})")


def _profanity(config: msp.DetectorConfig) -> msp.Detector:
    """A factory of the caller's own: the built-in profanity detector under another name."""
    return BUILTIN_DETECTORS["profanity"](config)


def test_an_ordinance_is_compiled_once_and_then_reused(kankakee: msp.Ordinance) -> None:
    """The second request, even with an equal but distinct copy of the ordinance (as a worker
    unpickles for each task), gets the same evaluator without compiling again."""
    ordinance = _variant(kankakee, "compiled once")
    first = _compiled.evaluator_for(ordinance)
    copy = attrs.evolve(ordinance)
    assert copy is not ordinance
    assert _compiled.evaluator_for(copy) is first
    assert _compiled.counts(ordinance.digest) == (1, 2)
    assert first.ordinance == ordinance


def test_other_detectors_get_their_own_evaluator(kankakee: msp.Ordinance) -> None:
    """The same ordinance with other detector factories is compiled apart; the key names the
    factories by qualified name."""
    ordinance = _variant(kankakee, "detectors")
    plain = _compiled.evaluator_for(ordinance)
    factories = {"profanity": _profanity}
    custom = _compiled.evaluator_for(ordinance, factories)
    assert custom is not plain
    assert _compiled.counts(ordinance.digest) == (2, 2)
    digest, names = _compiled.key(ordinance, factories)
    assert digest == ordinance.digest
    assert [name for name, _ in names] == ["profanity"]
    assert names[0][1].endswith("test_compiled._profanity")


def test_the_least_recently_used_evaluator_is_dropped(
    kankakee: msp.Ordinance, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the capacity, the evaluator unused the longest is compiled again when asked for."""
    monkeypatch.setattr(_compiled, "CAPACITY", 2)
    first, second, third = (_variant(kankakee, f"lru {i}") for i in range(3))
    for ordinance in (first, second, first, third):  # `second` is now the oldest
        _compiled.evaluator_for(ordinance)
    _compiled.evaluator_for(first)
    _compiled.evaluator_for(second)
    assert _compiled.counts(first.digest)[0] == 1
    assert _compiled.counts(second.digest)[0] == 2
