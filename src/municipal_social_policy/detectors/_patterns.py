"""How detector patterns are written and compiled.

Each pattern starts with a definite character or class and has no leading lookbehind or optional
part, so the engine skips ahead to candidates instead of trying every position: a single
alternation of all of them is about 100 times slower. Every repeat is bounded, so matching is
linear in the text's length; :data:`TIMEOUT_SECONDS` is a backstop. The shapes (:mod:`.shapes`)
are all matched under it, the same way, on texts longer than :data:`.shapes.LONG_TEXT`.
"""

from __future__ import annotations

from typing import Any, cast

import regex

__all__ = ["TIMEOUT_SECONDS", "compile_pattern", "lazy_compile"]

#: A backstop only: every pattern is written to run in time linear in the text's length.
TIMEOUT_SECONDS = 2.0


def compile_pattern(source: str, *, ignore_case: bool = False) -> regex.Pattern[str]:
    """A verbose pattern (``regex.VERSION1`` semantics, Unicode word boundaries), compiled on use.

    The ``regex`` module compiles in Python, and the detectors' hundred patterns would take most
    of the library's import time; most comments never reach most of them. So the pattern is
    compiled when first used, and from then on its methods are the compiled pattern's own.
    """
    flags = regex.VERBOSE | regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))


def lazy_compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, compiled when first used (as :func:`compile_pattern`):
    for a module's patterns built from word lists, which would otherwise be compiled on import.
    Only the methods detectors read are the compiled pattern's own (``search``, ``match``,
    ``finditer``, ...)."""
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))


class _LazyPattern:
    """Stands in for ``regex.compile(source, flags)`` until an attribute is first read."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not a pattern's attribute; also keeps copy and pickle sane
            raise AttributeError(name)
        compiled = regex.compile(self._source, self._flags)
        # Kept as this object's own attributes, found before __getattr__ is consulted again.
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_pattern({self._source!r})"


# What detectors read of a pattern; any other attribute is looked up on a fresh compile.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split", "pattern")
