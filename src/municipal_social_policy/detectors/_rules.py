"""Detectors made of a few cue patterns, each behind a cheap gate.

The judgment detectors (personal context, public safety, impersonation, false information,
defamation, off-topic, personnel) look for a cue phrase and then check what surrounds it. Most
comments contain none of their cue words, so a :class:`RuleDetector` first tests its author's
role, a few substrings (``needles``, with ``in``: about 0.1 µs each on a civic comment), for
numbers one search of the standard library's engine (``gate``), and for words its rules'
``triggers``: the text is split on white space once (``str.split``, the cheapest tokeniser there
is) and the words are looked up in one set, whatever its size (about 1.5 µs in all, so worth it
from a dozen cue words up). :func:`trigger_words` spells each trigger as ``str.split`` may leave it,
with punctuation attached ("thief.", "(undercover"). The detector returns an empty tuple as soon
as a gate fails, and runs a rule's pattern only when that rule's own triggers and needles are
present.

Every pattern follows the rules of :mod:`._patterns`: it starts with a definite character or
literal, lookbehinds come after that first character, and every repeat is bounded, so matching
is linear in the text's length. The ``regex`` timeout costs more than matching a short comment
(about 1.5 µs a call), so patterns run under it only on texts longer than :data:`LONG_TEXT`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from ..comment import Comment, Role
from ..text import NormalizedText
from ..verdict import Strength
from . import Signal
from ._patterns import TIMEOUT_SECONDS
from .triggers import Trigger, spaced_words

__all__ = [
    "LONG_TEXT",
    "MAX_MATCHES",
    "Check",
    "Rule",
    "RuleDetector",
    "Span",
    "contains_any",
    "finditer",
    "outermost",
    "preceding",
    "timeout",
    "trigger_words",
]

#: Texts longer than this many characters are matched under the regex timeout.
LONG_TEXT = 2_000
#: A rule examines at most this many matches of its pattern: a comment repeating a cue
#: thousands of times is a flood, and its first matches already make the case.
MAX_MATCHES = 200

#: Decides a match: the strength of its evidence, or ``None`` to drop it.
Check = Callable[[regex.Match[str], NormalizedText], Strength | None]
#: The evidence span of an accepted match, when it is not a group's span.
Span = Callable[[regex.Match[str]], tuple[int, int]]


@attrs.frozen
class Rule:
    """One cue pattern, the group whose span is the evidence, and an optional ``check``.

    With ``original`` the pattern runs on the original text (for cues that need letter case, such
    as names); otherwise on the normalised text, and spans are mapped back. ``span``, if given,
    computes the evidence span instead of ``group``. ``triggers`` (see :func:`trigger_words`),
    if given, are words one of which the text must contain for the pattern to run, and
    ``needles`` substrings of the normalised text one of which it must contain.
    """

    pattern: regex.Pattern[str]
    strength: Strength = Strength.JUDGMENT
    group: int | str = 0
    check: Check | None = None
    original: bool = False
    span: Span | None = None
    triggers: frozenset[str] = frozenset()
    needles: tuple[str, ...] = ()

    def signals(self, detector: str, text: NormalizedText) -> Iterator[Signal]:
        """The signals of every accepted match of the pattern in ``text``."""
        if self.needles and not contains_any(text.normalized, self.needles):
            return
        haystack = text.original if self.original else text.normalized
        for count, match in enumerate(finditer(self.pattern, haystack)):
            if count == MAX_MATCHES:
                return
            strength = self.strength if self.check is None else self.check(match, text)
            if strength is None:
                continue
            start, end = match.span(self.group) if self.span is None else self.span(match)
            if not self.original:
                start, end = text.span(start, end)
            yield Signal(detector, start, end, strength)


@attrs.frozen
class RuleDetector:
    """Signals the matches of its ``rules``, once its gates let the text through.

    ``roles``, if given, are the only author roles the detector applies to; ``needles`` are
    substrings of the normalised text, at least one of which every rule needs; ``gate`` is a
    pattern of the standard library's engine that every matching text contains (the original
    text with ``gate_original``, else the normalised one). When every rule has ``triggers``, a
    text with none of them is let through by no rule. Overlapping evidence keeps the outermost
    span. ``trigger``, for the evaluator's index, is the words of the rules' triggers, else the
    needles when each is one character.
    """

    id: str
    rules: tuple[Rule, ...]
    needles: tuple[str, ...] = ()
    roles: frozenset[Role] | None = None
    gate: re.Pattern[str] | None = None
    gate_original: bool = False
    _triggers: frozenset[str] = attrs.field(init=False)
    _needle_characters: frozenset[str] | None = attrs.field(init=False)
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        every = all(rule.triggers for rule in self.rules)
        union = frozenset().union(*(rule.triggers for rule in self.rules)) if every else frozenset()
        object.__setattr__(self, "_triggers", union)
        # Needles of one character each ("0" ... "9", "@") are one set operation on the text's
        # characters instead of a loop of substring tests.
        single = bool(self.needles) and all(len(needle) == 1 for needle in self.needles)
        object.__setattr__(self, "_needle_characters", frozenset(self.needles) if single else None)
        # The evaluator's index checks the most telling of the gates below for all detectors at
        # once (see :mod:`.triggers`); the detector still checks them all when called.
        trigger = None
        if union:
            trigger = Trigger(words=union)
        elif single:
            trigger = Trigger(characters=frozenset(self.needles))
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        if self.roles is not None and comment.author.role not in self.roles:
            return ()
        normalized = text.normalized
        if self._needle_characters is not None:
            if self._needle_characters.isdisjoint(text.characters):
                return ()
        elif self.needles and not contains_any(normalized, self.needles):
            return ()
        gated = text.original if self.gate_original else normalized
        if self.gate is not None and self.gate.search(gated) is None:
            return ()
        rules = self.rules
        if self._triggers:
            present = self._triggers.intersection(spaced_words(text))
            if not present:
                return ()
            rules = tuple(rule for rule in rules if not rule.triggers.isdisjoint(present))
        found = [signal for rule in rules for signal in rule.signals(self.id, text)]
        return tuple(outermost(found)) if len(found) > 1 else found


def finditer(
    pattern: regex.Pattern[str], haystack: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer``, under the regex timeout when ``haystack`` is long."""
    return pattern.finditer(
        haystack, pos, len(haystack) if endpos is None else endpos, timeout=timeout(haystack)
    )


def timeout(haystack: str) -> float | None:
    """The regex timeout for matching in ``haystack``: a backstop, only for long texts."""
    return TIMEOUT_SECONDS if len(haystack) > LONG_TEXT else None


# What ``str.split`` leaves around a word: "thief.", "thief,", "(thief", "officer's".
_AFTER = (".", ",", "!", "?", ":", ";", ")", '"', "'", "”", "’", "...", "!!", "?!", "'s", "’s", "s")
_BEFORE = ("(", '"', "“", "'", "‘", "#")


def trigger_words(text: str | Iterable[str]) -> frozenset[str]:
    """The words of ``text`` (white-space separated, or a word list) and the spellings
    ``str.split`` may give them.

    Triggers are compared with the words of the normalised (case-folded) text.
    """
    found: set[str] = set()
    for word in (text if isinstance(text, str) else " ".join(text)).casefold().split():
        found.add(word)
        found.update(word + after for after in _AFTER)
        found.update(before + word for before in _BEFORE)
        found.update(before + word + after for before in _BEFORE for after in _AFTER[:8])
    return frozenset(found)


def contains_any(haystack: str, needles: tuple[str, ...]) -> bool:
    """Whether ``haystack`` contains one of ``needles``."""
    for needle in needles:  # noqa: SIM110 -- a loop of ``in`` beats any() here
        if needle in haystack:
            return True
    return False


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


def preceding(text: str, start: int, width: int) -> str:
    """Up to ``width`` characters of ``text`` before ``start``: where a cue is looked for."""
    return text[max(0, start - width) : start]
