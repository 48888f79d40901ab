"""A detector made of one compiled regular expression, for structured evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs
import regex

from ..comment import Comment
from ..text import NormalizedText
from ..verdict import Strength
from . import Signal

__all__ = ["TIMEOUT_SECONDS", "PatternDetector"]

#: A backstop only: every pattern is written to run in time linear in the text's length.
TIMEOUT_SECONDS = 2.0


@attrs.frozen
class PatternDetector:
    """Signals every match of its ``patterns`` that ``accept`` (if given) accepts.

    Each pattern starts with a definite character or class and has no leading lookbehind or
    optional part, so the engine skips ahead to candidates instead of trying every position: a
    single alternation of all of them is about 100 times slower. ``needle`` is a substring (of
    the normalised text) without which no pattern can match, checked first because ``in`` is
    cheaper still. With ``original`` the patterns run on the original text, for patterns that
    need its letter case.
    """

    id: str
    patterns: tuple[regex.Pattern[str], ...]
    strength: Strength
    accept: Callable[[str], bool] | None = None
    needle: str = ""
    original: bool = False

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        if self.needle and self.needle not in text.normalized:
            return
        haystack = text.original if self.original else text.normalized
        for pattern in self.patterns:
            for match in pattern.finditer(haystack, timeout=TIMEOUT_SECONDS):
                if self.accept is not None and not self.accept(match.group()):
                    continue
                start, end = match.span() if self.original else text.span(*match.span())
                yield Signal(self.id, start, end, self.strength)


def compile_pattern(source: str, *, ignore_case: bool = False) -> regex.Pattern[str]:
    """Compile a verbose pattern (``regex.VERSION1`` semantics, Unicode word boundaries)."""
    flags = regex.VERBOSE | regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(source, flags)
