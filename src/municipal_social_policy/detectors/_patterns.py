"""How detector patterns are written and compiled.

Each pattern starts with a definite character or class and has no leading lookbehind or optional
part, so the engine skips ahead to candidates instead of trying every position: a single
alternation of all of them is about 100 times slower. Every repeat is bounded, so matching is
linear in the text's length; :data:`TIMEOUT_SECONDS` is a backstop.
"""

from __future__ import annotations

import regex

__all__ = ["TIMEOUT_SECONDS", "compile_pattern"]

#: A backstop only: every pattern is written to run in time linear in the text's length.
TIMEOUT_SECONDS = 2.0


def compile_pattern(source: str, *, ignore_case: bool = False) -> regex.Pattern[str]:
    """Compile a verbose pattern (``regex.VERSION1`` semantics, Unicode word boundaries)."""
    flags = regex.VERBOSE | regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(source, flags)
