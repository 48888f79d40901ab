"""Phrase patterns over a comment's words, read from data files: "check out my {MEDIA}".

A phrase file is UTF-8 text with ``#`` comment lines. ``[name]`` starts a group (a detector
reads one or more groups); ``@NAME = a b c`` defines a word set; every other line is a phrase, a
sequence of slots separated by spaces:

``word``
    that word (as :data:`~municipal_social_policy.words.PLAIN` tokenises the normalised text:
    lower-case, apostrophes kept inside words, other punctuation dropped);
``a|b|c``
    any of the words;
``{NAME}``
    any word of the set ``NAME``;
``slot?``
    the slot, or nothing;
``~N``
    up to N words of any kind (N from 1 to 9);
``!a|b``
    the next word, if any, is none of these (a check that takes no word): ``subscribe !to``
    matches "Subscribe!" and "come subscribe" but not "I subscribe to the Journal".

A phrase starts with a required word slot. Matching looks each word up in a dict of phrase heads,
then walks the phrase's few slots, so the cost is linear in the number of words and the phrases
are data a city attorney can read. Spans are computed only for the phrases that match.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence, Set
from functools import cache

import attrs

from ..comment import Comment
from ..text import NormalizedText
from ..verdict import Strength
from . import Signal
from ._rules import contains_any
from .lexicon import read_data, read_word_list
from .triggers import Trigger

__all__ = [
    "NEGATORS",
    "PhraseDetector",
    "PhraseSet",
    "crosses_sentence",
    "read_phrases",
    "spellings",
    "token_set",
    "tokens",
]

_MAX_GAP = 9

#: Words that turn the phrase after them around: "not for sale", "never vote for".
NEGATORS = read_word_list("phrase_words.txt", "negators")


@attrs.frozen
class _Slot:
    words: frozenset[str] | None  # None: any word
    least: int
    most: int
    negated: bool = False  # a check that the next word is not in ``words``; takes no word


def tokens(text: NormalizedText) -> tuple[str, ...]:
    """The words of a normalised text, as phrases see them (curly apostrophes made straight).

    They are :attr:`NormalizedText.tokens`, spelled with straight apostrophes, and have its
    :attr:`~NormalizedText.token_spans`; computed once per text.
    """
    if "’" not in text.characters:
        return text.tokens
    return text.view(_straightened)


def _straightened(text: NormalizedText) -> tuple[str, ...]:
    return tuple(token.replace("’", "'") for token in text.tokens)


def token_set(text: NormalizedText) -> frozenset[str]:
    """The distinct :func:`tokens` of a text, computed once per text."""
    if "’" not in text.characters:
        return text.token_set
    return text.view(_straightened_set)


def _straightened_set(text: NormalizedText) -> frozenset[str]:
    return frozenset(tokens(text))


def spellings(words: Iterable[str]) -> frozenset[str]:
    """``words`` with each apostrophe spelled straight or curly: the plain words (the
    :attr:`NormalizedText.token_set`) of the texts whose :func:`tokens` hold them, for a
    :class:`.Trigger`."""
    found: set[str] = set()
    for word in words:
        parts = word.replace("’", "'").split("'")
        for marks in itertools.product("'’", repeat=len(parts) - 1):
            found.add(
                parts[0] + "".join(mark + part for mark, part in zip(marks, parts[1:], strict=True))
            )
    return frozenset(found)


# The commonest English words: most comments hold one, so a trigger made of them would let most
# comments through. A phrase's trigger is the required slot, its head or another, with the
# fewest of them.
_COMMON = read_word_list("common_words.txt", "common")


def _commonness(slot: Set[str]) -> tuple[int, int]:
    return len(slot & _COMMON), len(slot)


_SENTENCE_END = frozenset(".!?;\n")


def crosses_sentence(normalized: str, start: int, end: int) -> bool:
    """Whether ``normalized[start:end]`` runs over the end of a sentence ("buy. Now")."""
    return not _SENTENCE_END.isdisjoint(normalized[start:end])


@attrs.frozen
class PhraseSet:
    """Phrases, indexed by their first word; :meth:`matches` yields word ranges that match."""

    phrases: tuple[tuple[_Slot, ...], ...]
    _by_head: dict[str, tuple[tuple[_Slot, ...], ...]] = attrs.field(init=False, eq=False)
    _heads: frozenset[str] = attrs.field(init=False, eq=False)
    # For each head, the word sets of each of its phrases' other required slots.
    _required: dict[str, tuple[tuple[frozenset[str], ...], ...]] = attrs.field(init=False, eq=False)
    #: Holds for every text a phrase matches in: for each phrase, the words of one slot every
    #: match takes a word from, the least common. ``None`` without phrases.
    trigger: Trigger | None = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_head: dict[str, list[tuple[_Slot, ...]]] = {}
        for phrase in self.phrases:
            head = phrase[0].words
            if head is None or phrase[0].least == 0:
                raise ValueError(f"a phrase must start with a required word slot: {phrase!r}")
            for word in head:
                by_head.setdefault(word, []).append(phrase)
        object.__setattr__(self, "_by_head", {k: tuple(v) for k, v in by_head.items()})
        object.__setattr__(self, "_heads", frozenset(by_head))
        required = {
            head: tuple(dict.fromkeys(_required_words(phrase) for phrase in phrases))
            for head, phrases in self._by_head.items()
        }
        object.__setattr__(self, "_required", required)
        words: set[str] = set()
        for phrase in self.phrases:
            head = phrase[0].words or frozenset()  # never None: checked above
            words |= min((head, *_required_words(phrase)), key=_commonness)
        object.__setattr__(self, "trigger", Trigger(tokens=spellings(words)) if words else None)

    def possible(self, words: frozenset[str]) -> bool:
        """Whether a text whose distinct words are ``words`` may match a phrase.

        A match takes a word of each required slot, so a phrase none of whose heads, or none of
        the words of one of its required slots, is among ``words`` cannot match: most comments
        hold some phrase's first word ("my", "check") but no whole phrase's words.
        """
        required = self._required
        for head in self._heads.intersection(words):
            for slots in required[head]:
                for slot in slots:
                    if slot.isdisjoint(words):
                        break
                else:
                    return True
        return False

    def spans(self, text: NormalizedText) -> Iterator[tuple[int, int]]:
        """The normalised ``[start, end)`` of each match in the :func:`tokens` of ``text``."""
        if not self.possible(token_set(text)):
            return
        words = tokens(text)
        normalized = text.normalized
        for first, last in self.matches(words):
            start, end = text.token_spans[first][0], text.token_spans[last][1]
            if not crosses_sentence(normalized, start, end):
                yield start, end

    def matches(self, words: Sequence[str]) -> Iterator[tuple[int, int]]:
        """``(first, last)`` word indexes (inclusive) of every match, one per starting word."""
        by_head = self._by_head
        for index, word in enumerate(words):
            phrases = by_head.get(word)
            if phrases is None:
                continue
            for phrase in phrases:
                end = _walk(phrase, 1, index + 1, words)
                if end is not None:
                    yield index, end - 1
                    break


def _required_words(phrase: tuple[_Slot, ...]) -> tuple[frozenset[str], ...]:
    """The word sets of the slots after the first that every match takes a word from."""
    return tuple(
        slot.words
        for slot in phrase[1:]
        if slot.words is not None and slot.least > 0 and not slot.negated
    )


def _walk(phrase: tuple[_Slot, ...], slot: int, position: int, words: Sequence[str]) -> int | None:
    """The word index after a match of ``phrase[slot:]`` at ``position``, or ``None``."""
    if slot == len(phrase):
        return position
    current = phrase[slot]
    if current.negated:
        if position < len(words) and current.words is not None and words[position] in current.words:
            return None
        return _walk(phrase, slot + 1, position, words)
    taken = 0
    # Try the fewest words first for gaps and optional slots, then more: phrases are short.
    while True:
        if taken >= current.least:
            end = _walk(phrase, slot + 1, position + taken, words)
            if end is not None:
                return end
        if taken == current.most or position + taken >= len(words):
            return None
        if current.words is not None and words[position + taken] not in current.words:
            return None
        taken += 1


def _parse_slot(text: str, sets: dict[str, frozenset[str]], where: str) -> _Slot:
    if text.startswith("~"):
        size = int(text[1:]) if text[1:].isdigit() else 0
        if not 1 <= size <= _MAX_GAP:
            raise ValueError(f"{where}: a gap is ~1 to ~{_MAX_GAP}, got {text!r}")
        return _Slot(None, 0, size)
    negated = text.startswith("!")
    optional = text.endswith("?")
    body = text[1:] if negated else text
    body = body[:-1] if optional else body
    words: set[str] = set()
    for part in body.split("|"):
        if part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            if name not in sets:
                raise ValueError(f"{where}: no word set {name!r} defined above")
            words |= sets[name]
        elif part:
            words.add(part)
    if not words:
        raise ValueError(f"{where}: empty slot {text!r}")
    if negated:
        return _Slot(frozenset(words), 0, 0, negated=True)
    return _Slot(frozenset(words), 0 if optional else 1, 1)


@cache
def read_phrases(name: str) -> dict[str, PhraseSet]:
    """The groups of the phrase file ``name`` shipped beside this module, by group name."""
    text = read_data(name)
    sets: dict[str, frozenset[str]] = {}
    groups: dict[str, list[tuple[_Slot, ...]]] = {}
    group = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            groups.setdefault(group, [])
        elif line.startswith("@"):
            key, _, words = line[1:].partition("=")
            sets[key.strip()] = frozenset(words.split())
        else:
            if not group:
                raise ValueError(f"{where}: a phrase before the first [group]")
            groups[group].append(tuple(_parse_slot(slot, sets, where) for slot in line.split()))
    return {key: PhraseSet(tuple(value)) for key, value in groups.items()}


@attrs.frozen
class PhraseDetector:
    """Signals every match of ``phrases`` in a comment, with ``strength``.

    ``needles`` are substrings of the normalised text, at least one of which every match needs:
    checked first, they spare most comments the tokenising. A match right after one of
    ``negators`` does not count: "not for sale" is no offer.
    """

    id: str
    phrases: PhraseSet
    strength: Strength
    needles: tuple[str, ...] = ()
    negators: frozenset[str] = NEGATORS

    @property
    def trigger(self) -> Trigger | None:
        """The phrases' trigger (see :mod:`.triggers`)."""
        return self.phrases.trigger

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        if self.needles and not contains_any(normalized, self.needles):
            return
        if not self.phrases.possible(token_set(text)):
            return
        words = tokens(text)
        offsets = text.token_spans
        for first, last in self.phrases.matches(words):
            start, end = offsets[first][0], offsets[last][1]
            if (first and words[first - 1] in self.negators) or crosses_sentence(
                normalized, start, end
            ):
                continue
            yield Signal(self.id, *text.span(start, end), self.strength)
