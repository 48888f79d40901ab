"""One normalisation pass per comment, with a map back to the original text.

Detectors read :attr:`NormalizedText.normalized` and report spans in it; :meth:`NormalizedText.span`
maps a span back, so evidence always indexes the ORIGINAL text a clerk sees.
"""

from __future__ import annotations

import unicodedata
from functools import cached_property

import attrs
import regex

from .words import Word, disguised, words

__all__ = ["CONFUSABLES", "NormalizedText", "normalize"]

# Zero-width and bidirectional controls: invisible, and used to split words past filters.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)

#: Cyrillic and Greek letters folded to the Latin letters they imitate.
CONFUSABLES = {
    **dict(zip("аеорсухіјѕԁԛԝһӏвкмнт", "aeopcyxijsdqwhlbkmht", strict=True)),
    **dict(zip("αβεικμνορτυχ", "abeikmvoptux", strict=True)),
}


@attrs.frozen
class NormalizedText:
    """A comment's text, normalised, with the original offsets of every normalised character.

    ``starts[i]`` and ``ends[i]`` bound the original characters that produced normalised
    character ``i``; both are ``None`` when the two texts are aligned one to one.
    """

    original: str
    normalized: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            anchor = self.starts[start] if start < len(self.starts) else len(self.original)
            return anchor, anchor
        return self.starts[start], self.ends[end - 1]

    @cached_property
    def disguised(self) -> bool:
        """Whether the text shows leetspeak, separators, masks, stretching or non-ASCII letters."""
        return disguised(self.normalized)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """The words of the normalised text with disguises undone (see :mod:`.words`)."""
        return words(self.normalized)


# A grapheme cluster: a base character with its combining marks, a Hangul syllable's jamo, ...
_CLUSTER = regex.compile(r"\X")


def normalize(text: str) -> NormalizedText:
    """NFKC, case folding, confusable letters to Latin, invisible controls removed.

    ASCII text (most comments) only needs lower-casing and keeps a one-to-one alignment. Other
    text is normalised one grapheme cluster at a time, so "Cafe" with a combining accent composes
    to "café" and every normalised character maps back to the cluster that produced it.
    """
    if text.isascii():
        return NormalizedText(text, text.lower())
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cluster in _CLUSTER.finditer(text):
        start, end = cluster.span()
        visible = "".join(char for char in cluster.group() if char not in _INVISIBLE)
        if not visible:
            continue
        folded = unicodedata.normalize("NFKC", visible).casefold()
        folded = "".join(CONFUSABLES.get(c, c) for c in folded)
        pieces.append(folded)
        starts.extend([start] * len(folded))
        ends.extend([end] * len(folded))
    return NormalizedText(text, "".join(pieces), tuple(starts), tuple(ends))
