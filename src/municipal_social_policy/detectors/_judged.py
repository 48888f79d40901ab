"""What the judgment detectors built on phrase files share: several groups read as one detector,
and the original text of the words around a match.

A judgment detector (personal context, public safety, ...) matches the patterns of its phrase
file (:mod:`.phrases`) and then judges each match by what the language cannot say, such as the
letter case of the word after it in the ORIGINAL text: "lives on Court Street" names a place,
"lives on a fixed income" does not. The vocabulary such a judgment reads stays in the file's
sets; this module gives the judgment the original spelling of a token.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Protocol

import attrs

from ..comment import Comment
from ..reading import Token, read
from ..text import NormalizedText
from ..verdict import Strength
from . import Signal
from .phrases import PhraseDetector
from .triggers import Trigger

__all__ = [
    "POSSESSIVE_MARKS",
    "AnyOf",
    "Followed",
    "Gathered",
    "Near",
    "OrElse",
    "Part",
    "Requiring",
    "Span",
    "follows",
    "original",
    "outermost",
    "possessive",
    "possessive_trigger",
    "spaced",
]


@attrs.frozen
class Requiring:
    """A group's detector called only where ``needs`` holds too: a cheap pre-check that its judge
    makes necessary (every match it keeps opens with a possessive, say: see
    :func:`possessive_trigger`). Its trigger is the group's and ``needs``, so the evaluator
    calls the detector for the group only where both hold; and where another group admits the
    detector, the group is not read unless ``needs`` holds."""

    part: PhraseDetector
    needs: Trigger
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.part.trigger & self.needs)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        if not self.needs.holds(text):
            return ()
        return self.part(text, comment)


@attrs.frozen
class Followed:
    """A match of ``first`` followed by a match of ``then`` for which ``near`` holds: one
    judgment signal from the first's start to the second's end. ``near`` reads the normalised
    text, the first match's end and the second's start and end: an alarm's danger and the order
    that opens the next sentence (misinformation), a gap in the watch and the invitation to use
    it a sentence or two later (public safety). Either match alone signals nothing."""

    id: str
    first: PhraseDetector
    then: PhraseDetector
    near: Callable[[str, int, int, int], bool]
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.first.trigger & self.then.trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        firsts = list(self.first.spans(text))
        if not firsts:
            return ()
        normalized = text.normalized
        for then_start, then_end in self.then.spans(text):
            for start, end in firsts:
                if end <= then_start and self.near(normalized, end, then_start, then_end):
                    return (Signal(self.id, *text.span(start, then_end), Strength.JUDGMENT),)
        return ()


#: At most this many matches of each part are paired (a long comment's cues are bounded work).
_PAIRED = 32


def sentence_index(text: NormalizedText) -> Callable[[int], int]:
    """The index of the sentence of the comment's reading that holds a normalised offset."""
    starts = [sentence[0].start for sentence in read(text).sentences if sentence]
    return lambda offset: bisect_right(starts, offset) - 1


@attrs.frozen
class Near:
    """A match of ``one`` and a match of ``other`` apart, in either order, in one sentence or
    two adjacent ones: one judgment signal over both (a work named and a way to get a copy of
    it, a sentence before or after). Either match alone signals nothing."""

    id: str
    one: PhraseDetector
    other: PhraseDetector
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.one.trigger & self.other.trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        return [Signal(self.id, *text.span(*span), Strength.JUDGMENT) for span in self.spans(text)]

    def spans(
        self,
        text: NormalizedText,
        more_ones: Sequence[tuple[int, int]] = (),
        more_others: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[int, int]]:
        """The span in the normalised text of the first pair found, or none; ``more_ones`` and
        ``more_others`` are spans that count as matches of ``one`` and of ``other``: what a
        pattern cannot read (a title in quotation marks, a link)."""
        ones = [*islice(self.one.spans(text), _PAIRED), *more_ones[:_PAIRED]]
        if not ones:
            return []
        others = [*islice(self.other.spans(text), _PAIRED), *more_others[:_PAIRED]]
        if not others:
            return []
        sentence = sentence_index(text)
        for start, end in ones:
            for other_start, other_end in others:
                if (
                    end > other_start
                    and other_end > start
                    and not _within((start, end), (other_start, other_end))
                ):
                    continue  # the parts share words: one phrase, not two
                # The sentences between the earlier part's end and the later one's start.
                if sentence(max(start, other_start)) - sentence(min(end, other_end) - 1) <= 1:
                    first, last = min(start, other_start), max(end, other_end)
                    return [(first, last)]
        return []


def _within(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether either span lies strictly inside the other, touching neither of its ends: a work
    named in the gap of a cue ("uploaded *the new episode* to my channel")."""
    (start, end), (other_start, other_end) = sorted((one, other), key=lambda s: s[0] - s[1])
    return start < other_start and other_end < end


#: A span in the normalised text, ``[start, end)``.
Span = tuple[int, int]


@attrs.frozen
class Gathered:
    """Signals gathered around a match of ``anchor``: one judgment signal where, within
    ``reach`` characters of an anchor's match, the matches of the parts named by one of
    ``rules`` are all found and no match of ``veto`` is. Each rule is a tuple of part names
    (``("invite", "time")``); ``parts`` gives each name its spans (a group's
    :meth:`~.phrases.PhraseDetector.spans`, or a judgment of the text's own). A broad signal
    such as "police or a guarded place, near a moment and an invitation to use it" is so made
    of word families each kept in a phrase file, not of phrasings. The signal runs from the
    first to the last of the spans that made it. Every rule names one of ``gates``, the parts
    whose triggers with the anchor's make the detector's: it is called only where the anchor
    and one of them may match."""

    id: str
    anchor: PhraseDetector
    parts: Mapping[str, Callable[[NormalizedText], Iterable[Span]]]
    gates: tuple[PhraseDetector, ...]
    rules: tuple[tuple[str, ...], ...]
    veto: PhraseDetector
    reach: int
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        gates = self.gates[0].trigger
        for gate in self.gates[1:]:
            gates = gates | gate.trigger
        object.__setattr__(self, "trigger", self.anchor.trigger & gates)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        anchors = list(self.anchor.spans(text))
        if not anchors:
            return ()
        found: dict[str, list[Span]] = {}
        vetoes: list[Span] | None = None
        for start, end in anchors:
            low, high = start - self.reach, end + self.reach
            for rule in self.rules:
                spans = [(start, end)]
                for name in rule:
                    if name not in found:
                        found[name] = list(self.parts[name](text))
                    near = [s for s in found[name] if s[0] >= low and s[1] <= high]
                    if not near:
                        break
                    spans.append(near[0])
                else:
                    if vetoes is None:
                        vetoes = list(self.veto.spans(text))
                    if any(s[0] >= low and s[1] <= high for s in vetoes):
                        break  # no rule holds where a veto stands near the anchor
                    first = min(s[0] for s in spans)
                    last = max(s[1] for s in spans)
                    return (Signal(self.id, *text.span(first, last), Strength.JUDGMENT),)
        return ()


class Part(Protocol):
    """A group read as a part of a detector: a :class:`PhraseDetector`, one that
    :class:`Requiring` gates, or a detector that joins groups of its own (an alarm's danger and
    its order); its trigger holds for every text it could signal in."""

    @property
    def trigger(self) -> Trigger:
        """What a text must hold for the part to signal in it."""

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        """The signals found in ``text``."""


@attrs.frozen
class AnyOf:
    """The detector ``id`` that signals what any of ``parts`` signals, under its own id; a span
    inside a wider one at least as strong is left out."""

    id: str
    parts: tuple[Part, ...]
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        trigger = self.parts[0].trigger
        for part in self.parts[1:]:
            trigger = trigger | part.trigger
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        found = [
            Signal(self.id, signal.start, signal.end, signal.strength)
            for part in self.parts
            for signal in part(text, comment)
        ]
        return tuple(outermost(found)) if len(found) > 1 else found


@attrs.frozen
class OrElse:
    """The signals of ``first``, or, where it signals nothing, those of ``then``: a broad signal
    (:class:`Gathered`) read only where the narrower families, whose evidence is the exact
    words, found none."""

    id: str
    first: Part
    then: Part
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.first.trigger | self.then.trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        found = tuple(self.first(text, comment))
        return found if found else tuple(self.then(text, comment))


def original(text: NormalizedText, token: Token) -> str:
    """The word as written in the original text."""
    start, end = text.span(token.start, token.end)
    return text.original[start:end]


def follows(text: NormalizedText, tokens: Sequence[Token], last: int, most: int = 3) -> bool:
    """Whether a word follows the word ``last`` with only white space between (at most ``most``
    characters of it)."""
    if last + 1 >= len(tokens):
        return False
    between = text.normalized[tokens[last].end : tokens[last + 1].start]
    return len(between) <= most and (not between or between.isspace())


def possessive(token: Token, word: str, owners: frozenset[str]) -> bool:
    """Whether a word owns what follows it: one of ``owners`` ("his", "her") or a word with
    "'s" ("John's")."""
    written = token.forms[0]
    return word in owners or (len(written) >= 4 and written.endswith("'s"))


#: The characters a word's first form (:attr:`~municipal_social_policy.reading.Token.forms`)
#: straightens into its apostrophe: a text without any has no word with "'s".
POSSESSIVE_MARKS = frozenset("'’‘`")


def possessive_trigger(owners: frozenset[str]) -> Trigger:
    """A trigger that holds wherever :func:`possessive` may hold for a word of ``owners``: the
    text holds one of them (a group reads no other word as one of these short words: they
    have no typos, and a disguise or a mask of one is among the words a trigger reads) or an
    apostrophe."""
    return Trigger(tokens=owners) | Trigger(characters=POSSESSIVE_MARKS)


def outermost(signals: Iterable[Signal]) -> Iterator[Signal]:
    """The signals whose span no other, at least as strong, signal's span contains, in order."""
    ordered = sorted(signals, key=lambda s: (s.start, -s.end))
    reach = -1
    covering = Strength.JUDGMENT
    for signal in ordered:
        if signal.end <= reach and (covering is Strength.MECHANICAL or signal.strength is covering):
            continue  # inside an earlier, wider span that is at least as strong
        if signal.end > reach:
            reach, covering = signal.end, signal.strength
        yield signal


def spaced(
    text: NormalizedText, tokens: Sequence[Token], first: int, last: int, marks: str = ""
) -> bool:
    """Whether the words ``first`` to ``last`` are written apart by white space alone, or by the
    characters of ``marks`` and white space ("code: 1234" with ``marks=":"``); a hyphen may join
    two words written with a capital (a name: "Wells-Armstrong")."""
    normalized = text.normalized
    for i in range(first, last):
        if tokens[i + 1] is tokens[i]:
            continue  # one written word read as two ("i'll")
        gap = normalized[tokens[i].end : tokens[i + 1].start]
        if gap.isspace() or (gap == "-" and tokens[i].capital and tokens[i + 1].capital):
            continue
        if not gap or gap.strip(marks + " "):
            return False
    return True
