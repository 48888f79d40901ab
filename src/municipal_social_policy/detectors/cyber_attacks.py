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
    All of it is mechanical evidence where it stands apart, and JUDGMENT where its passage (its
    line, cut at the ends of sentences) holds prose, three words in a row that are not SQL's own
    (``{=prose}`` in ``shapes.txt``): "our intern typed ' OR '1'='1 into the login box", a joke
    about a pupil named ``Robert'); DROP TABLE Students;--``, "lunch was fun; drop table
    reservations at the front" quote, explain or only look like a payload, and a person decides
    (§ V.2.14 is about disrupting the Service, not about talking about it).
    ``'; DROP TABLE comments; --`` is still removed alone, and on a line or in a sentence of its
    own after a civic comment.
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
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from urllib.parse import unquote

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from .lexicon import read_words
from .shapes import WORDS_FILE, Needs, Plain, Shape, defined, find, load_shapes, trigger_of
from .triggers import Trigger

__all__ = ["FACTORIES", "InjectionDetector"]

# The SQL and script shapes are declared in shapes.txt; what is left here is the decoding.

# Text that may hide markup behind entities or percent-encoding is read again decoded. A text
# holds one of these substrings, so one of their first characters ("&", "%").
_ENCODED = read_words(WORDS_FILE, "encoded")
_ENCODING = Needs(frozenset(word[0] for word in _ENCODED))
_ENCODED_SUBSTRINGS = Needs(substrings=_ENCODED)
_CONTROLS = str.maketrans("", "", "\t\n\r\x00\x0b\x0c")
# Where a passage ends: a line break, or the end of a sentence (``{=sentence_end}``).
_PASSAGE_END = defined("passage_end")
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
    its own). With ``prose``, a shape found in a passage where that pattern is found is judgment
    evidence only: the passage quotes or talks about a payload, or only looks like one. Its
    ``trigger`` is derived from the shapes' anchors, and the encoding's."""

    id: str
    shapes: tuple[Shape, ...]
    decode: bool = False
    prose: regex.Pattern[str] | None = None
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        trigger = trigger_of(self.shapes)
        if trigger is not None and self.decode:
            trigger = trigger | Trigger.all_of(_ENCODING.trigger, _ENCODED_SUBSTRINGS.trigger)
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        items = [(item.start, item.end) for item in find(self.shapes, text)]
        if items:
            in_prose = self._in_prose(text.normalized)
            for start, end in items:
                strength = Strength.JUDGMENT if in_prose(start, end) else Strength.MECHANICAL
                yield Signal(self.id, *text.span(start, end), strength)
            return
        if not self.decode or not _ENCODING.holds(text):
            return
        if not _ENCODED_SUBSTRINGS.holds(text):
            return
        normalized = text.normalized
        decoded = _decode(normalized).lower()
        if decoded != normalized and any(True for _ in find(self.shapes, Plain(decoded))):
            yield Signal(self.id, *text.span(0, len(normalized)), Strength.MECHANICAL)

    def _in_prose(self, normalized: str) -> Callable[[int, int], bool]:
        """Whether the span ``[start, end)`` of ``normalized`` stands in a passage that holds
        ``prose``: a passage is a line, cut at the ends of sentences, so a payload on a line or
        in a sentence of its own after a civic comment stays a payload."""
        prose = self.prose
        if prose is None:
            return lambda start, end: False
        # Passage p is [ends[p - 1], ends[p]). A prose match holds no sentence end and no line
        # break, so it lies inside one passage: only the passages of a shape found are read.
        ends = [match.end() for match in _PASSAGE_END.finditer(normalized)]
        read: dict[int, bool] = {}

        def holds_prose(passage: int) -> bool:
            if passage not in read:
                start = ends[passage - 1] if passage else 0
                end = ends[passage] if passage < len(ends) else len(normalized)
                read[passage] = prose.search(normalized, start, end) is not None
            return read[passage]

        def in_prose(start: int, end: int) -> bool:
            first, last = bisect_right(ends, start), bisect_right(ends, max(start, end - 1))
            return any(holds_prose(passage) for passage in range(first, last + 1))

        return in_prose


@cache
def _shapes(detector: str) -> tuple[Shape, ...]:
    return load_shapes(detector)


def _sql_injection(config: DetectorConfig) -> InjectionDetector:
    return InjectionDetector(config.id, _shapes("sql_injection"), prose=defined("prose"))


def _script_injection(config: DetectorConfig) -> InjectionDetector:
    return InjectionDetector(config.id, _shapes("script_injection"), decode=True)


FACTORIES: Mapping[str, DetectorFactory] = {
    "sql_injection": _sql_injection,
    "script_injection": _script_injection,
}
