"""Equal word sets and word runs as one object.

Hundreds of patterns, their triggers and the readers' tables name the same sets of words and
the same runs of words; a set or a run is kept once and every holder of an equal one refers to
it. The pool is bounded by the distinct sets and runs the loaded data names (a process that
loads many cities' files keeps theirs too).
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["share"]

_Words = TypeVar("_Words", frozenset[str], tuple[str, ...], tuple[tuple[str, ...], ...])

_POOL: dict[object, object] = {}


def share(words: _Words) -> _Words:
    """The one kept set or run equal to ``words`` (``words`` itself the first time)."""
    return _POOL.setdefault(words, words)  # type: ignore[return-value]  # no call to cast
