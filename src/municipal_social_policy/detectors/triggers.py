"""Triggers: what a comment must contain for a detector to signal anything in it.

Most comments give most detectors nothing to read, and calling forty detectors only for each to
find that out costs more than the detectors that do read. So a detector may carry a ``trigger``
attribute, a :class:`Trigger` that holds for every text the detector could signal in; the
evaluator indexes the triggers of all its detectors once (:class:`TriggerIndex`) and, per comment,
finds the detectors to call with one set intersection per kind of trigger. A detector without a
trigger is always called.

A trigger is a necessary condition, never a sufficient one: the detector is still called and still
decides. It must hold for every text the detector signals in, or a comment would be let through
unread; the property suite checks this for every built-in detector.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from operator import or_
from typing import cast

import attrs

from ..text import NormalizedText

__all__ = ["APOSTROPHES", "Trigger", "TriggerIndex", "either", "spaced_words"]


#: A plain word (:attr:`NormalizedText.token_set`) runs on over an apostrophe ("x'union",
#: "example.com's"): a trigger of plain words holds also for these characters when the word may
#: be glued to another.
APOSTROPHES = frozenset("'’")


@attrs.frozen
class Trigger:
    """Holds for a text that contains one of ``characters``, ``words`` or ``tokens``.

    ``characters`` are characters of the normalised text; ``words`` its white-space separated
    words (:func:`spaced_words`, punctuation attached); ``tokens`` its plain words
    (:attr:`NormalizedText.token_set`), and a text that shows a disguise
    (:attr:`NormalizedText.disguised`) holds for every ``tokens`` trigger, because its words may
    be spelled otherwise.
    """

    characters: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    tokens: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        if not (self.characters or self.words or self.tokens):
            raise ValueError(
                "Trigger() holds for no text: give characters, words or tokens; a detector that"
                " must read every text has no trigger"
            )

    def __or__(self, other: Trigger) -> Trigger:
        """The trigger that holds where either holds: for a detector made of two."""
        return Trigger(
            self.characters | other.characters,
            self.words | other.words,
            self.tokens | other.tokens,
        )

    def holds(self, text: NormalizedText) -> bool:
        """Whether ``text`` contains one of the trigger's characters, words or tokens."""
        return (
            not self.characters.isdisjoint(text.characters)
            or not self.words.isdisjoint(spaced_words(text))
            or (
                bool(self.tokens) and (text.disguised or not self.tokens.isdisjoint(text.token_set))
            )
        )


def either(*triggers: Trigger | None) -> Trigger | None:
    """The trigger of a detector that signals where any of its parts does.

    ``None``, no trigger (always called), if a part has none.
    """
    if not triggers or any(trigger is None for trigger in triggers):
        return None
    return reduce(or_, cast("tuple[Trigger, ...]", triggers))


def spaced_words(text: NormalizedText) -> frozenset[str]:
    """The white-space separated words of the normalised text (``str.split``), computed once."""
    return text.view(_spaced_words)


def _spaced_words(text: NormalizedText) -> frozenset[str]:
    return frozenset(text.normalized.split())


@attrs.frozen
class TriggerIndex:
    """The triggers of a sequence of detectors, indexed to find those a text calls for at once.

    Detector ``i`` is bit ``i`` of the masks; :meth:`called` returns the mask of the detectors to
    call for a text: those without a trigger and those whose trigger holds.
    """

    untriggered: int
    disguised: int
    characters: Mapping[str, int]
    words: Mapping[str, int]
    tokens: Mapping[str, int]
    # The keys as sets: a set intersected with a set walks the smaller one, with a dict all keys.
    _character_keys: frozenset[str] = attrs.field(init=False)
    _word_keys: frozenset[str] = attrs.field(init=False)
    _token_keys: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_character_keys", frozenset(self.characters))
        object.__setattr__(self, "_word_keys", frozenset(self.words))
        object.__setattr__(self, "_token_keys", frozenset(self.tokens))

    @classmethod
    def of(cls, triggers: Sequence[Trigger | None]) -> TriggerIndex:
        """Index ``triggers``, one per detector (``None`` for a detector without one)."""
        untriggered = disguised = 0
        characters: dict[str, int] = {}
        words: dict[str, int] = {}
        tokens: dict[str, int] = {}
        for i, trigger in enumerate(triggers):
            bit = 1 << i
            if trigger is None:
                untriggered |= bit
                continue
            _add(characters, trigger.characters, bit)
            _add(words, trigger.words, bit)
            _add(tokens, trigger.tokens, bit)
            if trigger.tokens:
                disguised |= bit
        return cls(untriggered, disguised, characters, words, tokens)

    def called(self, text: NormalizedText) -> int:
        """The mask of the detectors to call for ``text``."""
        mask = self.untriggered
        if self._character_keys:
            for character in text.characters & self._character_keys:
                mask |= self.characters[character]
        if self._word_keys:
            for word in spaced_words(text) & self._word_keys:
                mask |= self.words[word]
        if self._token_keys:
            if text.disguised:
                mask |= self.disguised
            else:
                for token in text.token_set & self._token_keys:
                    mask |= self.tokens[token]
        return mask


def _add(index: dict[str, int], keys: Iterable[str], bit: int) -> None:
    for key in keys:
        index[key] = index.get(key, 0) | bit
