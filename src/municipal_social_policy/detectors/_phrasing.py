"""Token patterns: who does what to whom, as short sequences of word sets with bounded gaps.

A pattern is written as a line of slots separated by spaces::

    i|we ~3 will|going|want ~3 !@harm @object

* ``a|b|c`` -- one of these words; ``piece_of_shit`` -- a run of words (``_`` joins them);
* ``@name`` -- one of the words (or runs) of the named set given to :func:`compile_patterns`;
* ``~N`` -- up to N tokens of any kind may come before the next slot; ``~N:@name`` -- up to N
  tokens, each from the named set (a "filler": "you *worthless pathetic* idiot");
* ``^`` as the first slot: the pattern starts the sentence; ``$`` as the last: it ends it;
* ``!`` before one slot marks the pattern's anchor: a detector skips every sentence that holds
  none of its patterns' anchors, with one set lookup (a run counts by its longest word).

Matching is bounded: a pattern has at most a handful of slots and gaps of a few tokens, so each
start position costs a constant, and a sentence is matched in time linear in its length.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs

from ._sentences import Sentence
from .lexicon import read_word_list

__all__ = ["Pattern", "compile_patterns", "search_all"]

Words = Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> the runs that start with it


@attrs.frozen
class _Slot:
    words: Words
    gap: int = 0
    filler: frozenset[str] | None = None

    def runs(self, texts: list[str], j: int) -> Iterator[int]:
        """The ends (exclusive) of this slot's runs that start at ``j``."""
        for run in self.words.get(texts[j], ()):
            end = j + len(run)
            if end <= len(texts) and (len(run) == 1 or tuple(texts[j:end]) == run):
                yield end


@attrs.frozen
class Pattern:
    """A compiled pattern (see the module docstring); ``source`` is the line it came from."""

    source: str
    slots: tuple[_Slot, ...]
    anchor: frozenset[str]
    at_start: bool = False
    at_end: bool = False

    @property
    def required(self) -> tuple[frozenset[str], ...]:
        """For each slot, a word of each of its runs: a match holds one of each set."""
        return tuple(
            frozenset(_anchor(run) for runs in slot.words.values() for run in runs)
            for slot in self.slots
        )

    def search(self, texts: list[str]) -> tuple[int, int] | None:
        """The first match in a sentence's token texts, as ``(first, last)`` indexes."""
        starts = (0,) if self.at_start else range(len(texts))
        head = self.slots[0]
        for i in starts:
            if i >= len(texts):
                break
            for end in head.runs(texts, i):
                last = self._rest(texts, end, 1)
                if last is not None:
                    return i, last
        return None

    def _rest(self, texts: list[str], position: int, k: int) -> int | None:
        if k == len(self.slots):
            if self.at_end and position != len(texts):
                return None
            return position - 1
        slot = self.slots[k]
        for skip in range(slot.gap + 1):
            j = position + skip
            if j >= len(texts):
                return None
            if skip and slot.filler is not None and texts[j - 1] not in slot.filler:
                return None
            for end in slot.runs(texts, j):
                last = self._rest(texts, end, k + 1)
                if last is not None:
                    return last
        return None


# Words too common to anchor a run: "key their car" is anchored by "key", not by "their".
_COMMON = read_word_list("phrasing_words.txt", "common")


def _anchor(run: tuple[str, ...]) -> str:
    """The word a run is gated by: its longest word that is not a common one."""
    return max(run, key=lambda word: (word not in _COMMON, len(word)))


def _runs(
    alternatives: str, sets: Mapping[str, frozenset[str]]
) -> dict[str, list[tuple[str, ...]]]:
    runs: dict[str, list[tuple[str, ...]]] = {}
    for alternative in alternatives.split("|"):
        terms = sets[alternative[1:]] if alternative.startswith("@") else {alternative}
        for term in terms:
            run = tuple(term.replace("_", " ").split())
            runs.setdefault(run[0], []).append(run)
    for listed in runs.values():
        listed.sort(key=len, reverse=True)
    return runs


def compile_patterns(sources: str, sets: Mapping[str, frozenset[str]]) -> tuple[Pattern, ...]:
    """Compile one pattern per non-blank line of ``sources``; ``#`` starts a comment line.

    Raises :class:`ValueError` naming the line when a pattern has no anchor, or several, or
    names a set that ``sets`` lacks.
    """
    patterns: list[Pattern] = []
    for line in sources.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        slots: list[_Slot] = []
        gap, filler = 0, None
        anchor: frozenset[str] | None = None
        at_start = at_end = False
        for part in line.split():
            if part == "^" and not slots:
                at_start = True
                continue
            if part == "$":
                at_end = True
                continue
            if part.startswith("~"):
                count, _, fill = part[1:].partition(":")
                gap = int(count)
                filler = sets[fill[1:]] if fill else None
                continue
            marked = part.startswith("!")
            try:
                words = _runs(part.lstrip("!"), sets)
            except KeyError as error:
                raise ValueError(f"pattern {line!r}: no word set {error.args[0]!r}") from None
            if marked:
                if anchor is not None:
                    raise ValueError(f"pattern {line!r}: more than one anchor")
                # A run is anchored by its longest uncommon word ("bullet" in "a bullet"),
                # so that common words do not let every comment through.
                anchor = frozenset(_anchor(run) for runs in words.values() for run in runs)
            slots.append(_Slot({k: tuple(v) for k, v in words.items()}, gap, filler))
            gap, filler = 0, None
        if anchor is None:
            raise ValueError(f"pattern {line!r}: mark one slot with '!' as its anchor")
        patterns.append(Pattern(line, tuple(slots), anchor, at_start, at_end))
    return tuple(patterns)


def search_all(patterns: tuple[Pattern, ...], sentence: Sentence) -> Iterator[tuple[int, int]]:
    """Each pattern's first match in ``sentence`` whose anchor the sentence holds."""
    texts = [token.text for token in sentence]
    present = frozenset(texts)
    for pattern in patterns:
        if pattern.anchor.isdisjoint(present):
            continue
        found = pattern.search(texts)
        if found is not None:
            yield found
