"""What the judgment detectors built on phrase files share: several groups read as one detector,
and the original text of the words around a match.

A judgment detector (personal context, public safety, ...) matches the patterns of its phrase
file (:mod:`.phrases`) and then judges each match by what the language cannot say, such as the
letter case of the word after it in the ORIGINAL text: "lives on Court Street" names a place,
"lives on a fixed income" does not. The vocabulary such a judgment reads stays in the file's
sets; this module gives the judgment the original spelling of a token.

Groups that make a finding only together are read by one mechanism, :class:`Within`: a match
of an anchor group, matches of other groups within a :class:`Distance` of it (at most so many
words and so many sentence ends between, in either order or after it) and no match of a veto
group at that distance. Which groups, at what distance, with what veto is data: the table
``near.tsv`` (:func:`within` builds a signal of it): a work and a way to get a copy of it
(copyright), a wish aimed at a person and a sexual word (sexual content), an alarm's danger and
the order that follows it (misinformation), the police and what makes a danger of them (public
safety).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import islice
from typing import Protocol

import attrs

from ..comment import Comment
from ..reading import Token, read
from ..text import NormalizedText
from ..verdict import Strength
from . import Signal
from .lexicon import read_table
from .phrases import PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = [
    "POSSESSIVE_MARKS",
    "AnyOf",
    "Distance",
    "Found",
    "OrElse",
    "Part",
    "Requiring",
    "Span",
    "Spans",
    "Within",
    "follows",
    "near_signals",
    "original",
    "outermost",
    "possessive",
    "possessive_trigger",
    "sentence_index",
    "signals",
    "spaced",
    "within",
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


#: At most this many matches of each part are paired (a long comment's cues are bounded work).
_PAIRED = 32

#: A span in the normalised text, ``[start, end)``.
Span = tuple[int, int]


def _positions(text: NormalizedText) -> tuple[list[int], list[int], list[int]]:
    """The starts and the ends of the words of the comment's reading, and the index of the
    sentence of each: where a span stands, in words and in sentences."""
    starts: list[int] = []
    ends: list[int] = []
    sentences: list[int] = []
    for index, sentence in enumerate(read(text).sentences):
        for token in sentence:
            starts.append(token.start)
            ends.append(token.end)
            sentences.append(index)
    return starts, ends, sentences


def sentence_index(text: NormalizedText) -> Callable[[int], int]:
    """The index of the sentence of the comment's reading that holds a normalised offset."""
    starts, _, sentences = text.view(_positions)
    return lambda offset: sentences[max(0, bisect_right(starts, offset) - 1)] if starts else 0


def _apart(text: NormalizedText, one: Span, other: Span) -> tuple[int, int]:
    """How far apart two spans of the normalised text stand: the words between them and the
    sentence ends between them (``(0, 0)`` for spans that overlap or touch a word in common)."""
    (_, end), (other_start, _) = sorted((one, other))
    if end > other_start:
        return 0, 0
    starts, ends, sentences = text.view(_positions)
    if not starts:
        return 0, 0
    last = max(0, bisect_left(starts, end) - 1)  # the earlier span's last word
    following = min(len(ends) - 1, bisect_right(ends, other_start))  # the later one's first
    return max(0, following - last - 1), sentences[following] - sentences[last]


def _holds(one: Span, other: Span) -> bool:
    """Whether either span holds the other and more: a name with its role ("*Jorge Rubio is* a
    confidential informant"), a work in a cue's gap ("uploaded *the new episode* to my channel")."""
    (start, end), (other_start, other_end) = sorted((one, other), key=lambda s: s[0] - s[1])
    return start <= other_start and other_end <= end and one != other


@attrs.frozen
class Distance:
    """How far from a match of an anchor a partner's match may stand: at most ``words`` words
    between the two and at most ``sentences`` sentence ends (0: the anchor's own sentence);
    ``None`` bounds nothing in that unit, but one of the two is bounded. With ``after`` the
    partner follows the anchor; without, either order does, and a partner that holds the anchor
    and more, or lies within it, counts. One that shares some of its words and not all, or has
    the same words, is one phrase with it, not a second part ("crack" read as a tool and as a
    cue), unless ``shared``: then any match that overlaps the anchor counts (the courthouse is
    the guarded place and the site). ``near.tsv`` writes a distance as ``words=N``,
    ``sentences=N``, ``after`` and ``shared``, apart by spaces."""

    words: int | None = None
    sentences: int | None = None
    after: bool = False
    shared: bool = False

    def __attrs_post_init__(self) -> None:
        bounds = [bound for bound in (self.words, self.sentences) if bound is not None]
        if not bounds or min(bounds) < 0:
            raise ValueError(f"{self!r}: bound the words or the sentences, by 0 or more")

    @classmethod
    def parse(cls, written: str) -> Distance:
        """A distance as ``near.tsv`` writes it: ``words=22``, ``words=0 sentences=1 after``."""
        terms = written.split()
        flags = ("after", "shared")
        bounds = dict(term.split("=", 1) for term in terms if term not in flags)
        if set(bounds) - {"words", "sentences"} or not all(map(str.isdigit, bounds.values())):
            raise ValueError(
                f"distance {written!r}: expected words=N, sentences=N, after and shared"
            )
        bound = {name: int(value) for name, value in bounds.items()}
        return cls(bound.get("words"), bound.get("sentences"), "after" in terms, "shared" in terms)

    def reaches(self, text: NormalizedText, anchor: Span, partner: Span) -> bool:
        """Whether ``partner`` stands within this distance of ``anchor``, as a part of its own."""
        (start, end), (partner_start, partner_end) = anchor, partner
        if end > partner_start and partner_end > start:  # they share words
            return self.shared or (not self.after and _holds(anchor, partner))
        return not (self.after and partner_start < end) and self.covers(text, anchor, partner)

    def covers(self, text: NormalizedText, one: Span, other: Span) -> bool:
        """Whether two spans stand within this distance, in either order, sharing words or not."""
        words, sentences = _apart(text, one, other)
        return (self.words is None or words <= self.words) and (
            self.sentences is None or sentences <= self.sentences
        )


@attrs.frozen
class Found:
    """A part of a :class:`Within` found with what no pattern reads (a quoted title, a link).
    Its ``trigger`` holds wherever it may match; ``None`` for a part common enough that the
    anchor's trigger alone should gate the signal. A part read by a detector of many
    alternatives may give their first parts as one part (:meth:`Trigger.first_parts`: an offer's
    words beside unlawful goods), where the product of the two triggers' alternatives would cost
    every comment more than it saves."""

    trigger: Trigger | None
    spans: Callable[[NormalizedText], Iterable[Span]]


#: A part of a :class:`Within`: where it matches, and a trigger that holds wherever it may.
Spans = PhraseDetector | Found

_Signal = tuple[str, str, Distance, str | None, tuple[tuple[str, ...], ...]]


@attrs.frozen
class Within:
    """One judgment signal where, within ``distance`` of a match of ``anchor``, the parts named
    by one of ``rules`` (names of ``parts``, tried in order; an empty rule is the anchor alone)
    all match and no match of ``veto`` stands, from the first to the last of their spans; the
    first :data:`_PAIRED` matches of each part are read (bounded work). ``near.tsv`` says which
    groups, at what distance (:func:`within`). Its trigger holds where one of the rules may
    hold (:meth:`_rules_trigger`)."""

    id: str
    anchor: Spans
    parts: Mapping[str, Spans]
    rules: tuple[tuple[str, ...], ...]
    distance: Distance
    veto: Spans | None = None
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self._rules_trigger())

    def _rules_trigger(self) -> Trigger:
        """What a text holds wherever one of the rules may hold around a match of the anchor:
        for each rule, the anchor's trigger, its first part's (its gate: write the rarest
        first) and one part for each of its other parts, the first parts of that part's
        alternatives merged (every match holds one). A part with no trigger of its own
        (:class:`Found`) needs nothing, and a rule that opens with one is gated by the anchor.

        The rules that open with one part are joined: the anchor's and that part's trigger
        once, the other parts of the rules that name one more merged into one part (a trigger
        of a few hundred alternatives, not one for each rule and each of the first part's
        patterns, which the scan would index and compare)."""
        anchor = self.anchor.trigger
        assert anchor is not None, "an anchor gates its signal"
        others: dict[str, list[tuple[Trigger, ...]] | None] = {}  # by first part; None: nothing
        for rule in self.rules:
            if not rule or self.parts[rule[0]].trigger is None:
                return anchor  # a rule that the anchor alone gates
            needs = tuple(
                trigger.first_parts()
                for name in rule[1:]
                if (trigger := self.parts[name].trigger) is not None
            )
            if rule[0] in others and others[rule[0]] is None:
                continue  # a rule of this part that needs nothing else holds wherever this may
            others[rule[0]] = None if not needs else [*(others.get(rule[0]) or ()), needs]
        alternatives: list[Trigger] = []
        for first, needed in others.items():
            first_trigger = self.parts[first].trigger
            assert first_trigger is not None
            gate = Trigger.all_of(anchor, first_trigger)
            if needed is None:
                alternatives.append(gate)
                continue
            singles = [needs[0] for needs in needed if len(needs) == 1]
            if singles:
                alternatives.append(gate & Trigger.any_of(*singles))
            alternatives += [Trigger.all_of(gate, *needs) for needs in needed if len(needs) > 1]
        return Trigger.any_of(*alternatives)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        span = self.span(text)
        return () if span is None else (Signal(self.id, *text.span(*span), Strength.JUDGMENT),)

    def span(self, text: NormalizedText) -> Span | None:
        """The span in the normalised text of the first anchor's match whose rule holds."""
        if not self._may_hold(text):
            return None
        found: dict[str, list[Span]] = {}
        vetoes: list[Span] | None = None  # read once a text, when a rule first holds
        for anchor in islice(self.anchor.spans(text), _PAIRED):
            for rule in self.rules:
                spans = [anchor]
                for name in rule:
                    if name not in found:
                        found[name] = list(islice(self.parts[name].spans(text), _PAIRED))
                    reached = (s for s in found[name] if self.distance.reaches(text, anchor, s))
                    near = next(reached, None)
                    if near is None:
                        break
                    spans.append(near)
                else:
                    if vetoes is None:
                        vetoes = self._vetoes(text)
                    if any(self.distance.covers(text, anchor, veto) for veto in vetoes):
                        break  # no rule holds where a veto stands near the anchor
                    return min(s[0] for s in spans), max(s[1] for s in spans)
        return None

    def _may_hold(self, text: NormalizedText) -> bool:
        """Whether the anchor and every part one of the rules names may match ``text``, by the
        gates a group reads before its patterns (:meth:`PhraseDetector.admits`, the anchor's
        first; a :class:`Found` part may match anywhere): where no rule may hold, the anchor is
        not read (its matches, and the comment's reading they need, would be paired with
        nothing)."""
        if isinstance(self.anchor, PhraseDetector) and not self.anchor.admits(text):
            return False
        parts = self.parts
        for rule in self.rules:
            for name in rule:
                part = parts[name]
                if isinstance(part, PhraseDetector) and not part.admits(text):
                    break
            else:
                return True
        return False

    def vetoed(self, text: NormalizedText, span: Span) -> bool:
        """Whether a match of the veto stands within the distance of ``span``."""
        return any(self.distance.covers(text, span, veto) for veto in self._vetoes(text))

    def _vetoes(self, text: NormalizedText) -> list[Span]:
        return [] if self.veto is None else list(islice(self.veto.spans(text), _PAIRED))


def within(id: str, file: str, name: str, found: Mapping[str, Spans] | None = None) -> Within:
    """The signal ``name`` of the phrase file ``file`` as ``near.tsv`` writes it, each part the
    group of that name in ``file`` unless ``found`` gives it (what no pattern reads)."""
    _, anchor, distance, veto, rules = _near_table()[file, name]
    phrases, given = read_phrases(file), dict(found or {})

    def part(group: str) -> Spans:
        if group not in given and group not in phrases.groups:
            raise LookupError(f"near.tsv: {name!r} of {file!r} names {group!r}, no group")
        return given.get(group) or PhraseDetector.of(id, phrases, group)

    parts = {group: part(group) for rule in rules for group in rule}
    return Within(id, part(anchor), parts, rules, distance, None if veto is None else part(veto))


def signals(file: str, detector: str) -> tuple[str, ...]:
    """The signals ``near.tsv`` gives the detector ``detector`` of the phrase file ``file``, in
    the table's order."""
    table = _near_table()
    return tuple(name for (at, name), row in table.items() if at == file and row[0] == detector)


def near_signals(
    id: str, file: str, found: Mapping[str, Spans] | None = None, *, of: str | None = None
) -> tuple[Within, ...]:
    """Every signal ``near.tsv`` gives the detector ``id`` of ``file`` (:func:`within` of each),
    or the detector ``of`` when another reads its signals under its own id (an offer read by
    incitement): a row added to the table under the detector's name is read by it, with no
    code."""
    return tuple(within(id, file, name, found) for name in signals(file, of or id))


@cache
def _near_table() -> Mapping[tuple[str, str], _Signal]:
    """The rows of ``near.tsv`` by phrase file and signal (the detector that reads it, its anchor,
    distance, veto and rules), the rules of one signal in order."""
    found: dict[tuple[str, str], _Signal] = {}
    for file, name, detector, anchor, written, veto, *groups in read_table("near.tsv"):
        kept = (detector, anchor, Distance.parse(written), None if veto == "-" else veto)
        rules = found[file, name][4] if (file, name) in found else ()
        if rules and found[file, name][:4] != kept:
            raise ValueError(f"near.tsv: the rows of {name!r} in {file!r} differ but in groups")
        found[file, name] = (*kept, (*rules, tuple(groups[0].split()) if groups else ()))
    return found


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
    (:class:`Within`) read only where the narrower families, whose evidence is the exact
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


# What may stand inside a written number between its digits (a thousands separator; not a dot,
# which joins the parts of an address or a version).
_NUMBER_MARKS = frozenset({","})


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
        if (
            gap in _NUMBER_MARKS
            and normalized[tokens[i].end - 1 : tokens[i + 1].start + 1].replace(gap, "").isdigit()
        ):
            continue  # one number written with a separator ("20,000")
        if not gap or gap.strip(marks + " "):
            return False
    return True
