"""Cyber-attack payloads (Kankakee § V.2.14): SQL injection and HTML/script injection.

Both are MECHANICAL evidence: the rules match attack syntax, not words about attacks, so "the
union selected a new steward" and "1 BY 1 INCH PILLOWS" are not flagged. Each rule names one
technique, so a clerk can read why a comment was flagged:

SQL injection
    a quote that closes a string and then a tautology or a clause (``' OR '1'='1``,
    ``admin'--``, ``1' ORDER BY 1--``); a comparison of equal literals after ``OR``, ``AND``,
    ``WHERE`` or ``HAVING`` (``or x=x``, ``having 1=1``); comments that cut a query short or hide
    keywords (``1--``, ``/*!50000select*/``, ``foo/**/``); stacked statements (``; DROP
    TABLE``); ``UNION SELECT``, sub-queries and the server's internals (``information_schema``,
    ``SLEEP(5)``, ``CHAR(88)+CHAR(88)``). A comment that is nothing but a boolean expression of
    literals (``1 = 1 OR 1``, ``1 and @version < 1``) is a probe too; prose has words.
Script injection
    script and embedding tags, event-handler attributes, ``javascript:`` URLs, breaking out of a
    JavaScript string into a call (``';alert(1)//``), credential forms (``<input
    type=password>``), and all of these again after undoing HTML entities and percent-encoding
    (``&#106;avascript:``, ``%3Cscript%3E``).

Every pattern is bounded and starts with a definite character (or is anchored at the start of a
short comment), and every rule is gated by substrings it cannot match without, so matching is
linear in the text's length and most comments skip most rules.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from functools import cache
from urllib.parse import unquote

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from .lexicon import read_words
from .shapes import WORDS_FILE, Needs, Plain, Shape, find, load_shapes, trigger_of
from .triggers import Trigger

__all__ = ["FACTORIES", "InjectionDetector"]

# The SQL and script shapes are declared in shapes.txt; what is left here is the decoding.

# Text that may hide markup behind entities or percent-encoding is read again decoded. A text
# holds one of these substrings, so one of their first characters ("&", "%").
_ENCODED = read_words(WORDS_FILE, "encoded")
_ENCODING = Needs(frozenset(word[0] for word in _ENCODED))
_ENCODED_SUBSTRINGS = Needs(substrings=_ENCODED)
_CONTROLS = str.maketrans("", "", "\t\n\r\x00\x0b\x0c")
_NAMED = {"&colon;": ":", "&lpar;": "(", "&rpar;": ")", "&tab;": "\t", "&newline;": "\n",
          "&period;": ".", "&sol;": "/", "&bsol;": "\\", "&grave;": "`"}  # fmt: skip


def _decode(text: str) -> str:
    """``text`` with HTML entities and percent-encoding undone, twice, and controls removed."""
    for _ in range(2):
        for name, char in _NAMED.items():
            text = text.replace(name, char)
        text = unquote(html.unescape(text))
    return text.translate(_CONTROLS)


@attrs.frozen
class InjectionDetector:
    """Signals its ``shapes`` in the normalised text; with ``decode``, when none is there, in
    the text decoded (the whole comment is then the evidence: the decoded text has no offsets of
    its own). Its ``trigger`` is derived from the shapes' anchors, and the encoding's."""

    id: str
    shapes: tuple[Shape, ...]
    decode: bool = False
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        trigger = trigger_of(self.shapes)
        if trigger is not None and self.decode:
            trigger = trigger | _ENCODING.trigger
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        found = False
        for item in find(self.shapes, text):
            found = True
            yield Signal(self.id, *text.span(item.start, item.end), Strength.MECHANICAL)
        if found or not self.decode or not _ENCODING.holds(text):
            return
        if not _ENCODED_SUBSTRINGS.holds(text):
            return
        normalized = text.normalized
        decoded = _decode(normalized).lower()
        if decoded != normalized and any(True for _ in find(self.shapes, Plain(decoded))):
            yield Signal(self.id, *text.span(0, len(normalized)), Strength.MECHANICAL)


@cache
def _shapes(detector: str) -> tuple[Shape, ...]:
    return load_shapes(detector)


def _sql_injection(config: DetectorConfig) -> InjectionDetector:
    return InjectionDetector(config.id, _shapes("sql_injection"))


def _script_injection(config: DetectorConfig) -> InjectionDetector:
    return InjectionDetector(config.id, _shapes("script_injection"), decode=True)


FACTORIES: Mapping[str, DetectorFactory] = {
    "sql_injection": _sql_injection,
    "script_injection": _script_injection,
}
