"""Equal word sets as one object.

Hundreds of patterns, their triggers and the readers' tables name the same sets of words; a set
is kept once and every holder of an equal set refers to it. The pool is bounded by the distinct
sets the loaded data names (a process that loads many cities' files keeps theirs too).
"""

from __future__ import annotations

__all__ = ["share"]

_POOL: dict[frozenset[str], frozenset[str]] = {}


def share(words: frozenset[str]) -> frozenset[str]:
    """The one kept set equal to ``words`` (``words`` itself the first time)."""
    return _POOL.setdefault(words, words)
