"""Equal word sets and word runs as one object.

Hundreds of patterns, their triggers and the readers' tables name the same sets of words and
the same runs of words; a set or a run is kept once and every holder of an equal one refers to
it. The pool serves while detectors are built: an Evaluator empties it (:func:`forget`) once its
detectors are, as the sets are then held by what uses them.
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["forget", "share"]

_Words = TypeVar("_Words", frozenset[str], tuple[str, ...], tuple[tuple[str, ...], ...])

_POOL: dict[object, object] = {}


def share(words: _Words) -> _Words:
    """The one kept set or run equal to ``words`` (``words`` itself the first time)."""
    return _POOL.setdefault(words, words)  # type: ignore[return-value]  # no call to cast


def forget() -> None:
    """Empty the pool: its sets stay with their holders, and a later build shares anew."""
    _POOL.clear()
