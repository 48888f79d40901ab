"""Stereotype, conspiracy and expulsion frames aimed at a protected group (Kankakee § V.2.4).

Hate without a slur is mostly said in a few frames: a group said to control the media or the
banks, to be criminals, diseased or dirty, inferior or too emotional to lead, to be invading or
replacing "us"; or people told to go "back where they came from". :class:`Frames` reads them
from the shape of a sentence, not from a list of sentences:

* **the group is the subject**: a group's name (a generic plural, "every immigrant", or a pronoun
  carrying a group named before) followed, with nothing but the ``[fillers]`` of
  ``hate_frames.txt`` between ("are all", "are nothing but", "secretly"), by a copula and a
  predicate ("are criminals") or by a verb ("control the media", "bring crime");
* **a generalisation**: not "some immigrants", not "crimes against immigrants";
* **asserted**: no negation between the group and the frame ("immigrants are not criminals"), no
  negated belief before the group ("I don't think ..."); counter-speech and reports are left to
  the caller, which skips such sentences for every kind of hit.

The self-contained expulsion frames ("back where they came from") name the people they exclude
by their origin and need no group's name: they are patterns of ``hate.phrases`` ([expulsion],
[replacement]), and :meth:`Frames.standing` judges their matches. The vocabulary is data
(``hate_frames.tsv``, ``hate_frames.txt``, ``hate.phrases``); every frame counts the same for
every protected group. All of it is JUDGMENT evidence: whether words are hate speech depends on
who says them to whom.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

import attrs

from ..reading import canonical
from .lexicon import read_table, read_word_list

__all__ = ["FrameHit", "Frames"]

_DATA = "hate_frames.txt"
_TABLE = "hate_frames.tsv"
# How far past the group's name a frame may start, and past a verb its object may stand.
_SUBJECT_REACH = 6
_OBJECT_REACH = 4
# How far before a self-contained frame a negator undoes it ("we should not send them back ...").
_SELF_NEGATION = 6
# After "a" or "not", the words that make a group some of its members: "a few", "not all".
_SPREAD = read_word_list(_DATA, "spread")
_SPREAD_OPENERS = read_word_list(_DATA, "spread_openers")
# Carriers that are never a subject: "send them", "their kind".
_NOT_SUBJECTS = read_word_list(_DATA, "not_subjects")
_SLOTS = ("predicate", "verb", "before")
FAMILIES = (
    "control",
    "criminality",
    "disease",
    "inferiority",
    "replacement",
    "blame",
    "expulsion",
)
# Words before a "before" frame that make it a description: "there are no more ... here".
_DESCRIBING = read_word_list(_DATA, "describing")


@attrs.frozen
class Frame:
    """One row of ``hate_frames.tsv``: its words, family, slot and the list its object is from."""

    words: tuple[str, ...]
    family: str
    slot: str
    objects: str = ""


@attrs.frozen
class FrameHit:
    """A frame found in a sentence: tokens ``[first, last]``, its family, and the group's name."""

    first: int
    last: int
    family: str
    mention: tuple[int, int]


def _load_frames() -> tuple[Frame, ...]:
    frames: list[Frame] = []
    for row in read_table(_TABLE):
        if len(row) != 3:
            raise ValueError(
                f"{_TABLE}: row {row!r} has {len(row)} columns; write term<TAB>family<TAB>slot"
            )
        term, family, slot = row
        kind, _, objects = slot.partition(":")
        if family not in FAMILIES or kind not in _SLOTS:
            raise ValueError(
                f"{_TABLE}: row {term!r} has family {family!r} and slot {slot!r}; the family must"
                f" be one of {', '.join(FAMILIES)} and the slot one of {', '.join(_SLOTS)}"
                " (predicate and verb may name an object list: verb:power)"
            )
        if objects and not read_word_list(_DATA, objects):
            raise ValueError(
                f"{_TABLE}: row {term!r} names object list {objects!r}, which {_DATA} lacks;"
                f" add a [{objects}] section or fix the slot"
            )
        frames.append(Frame(canonical(term), family, kind, objects))
    return tuple(frames)


@attrs.frozen
class Frames:
    """The frames of ``hate_frames.tsv`` and the grammar of ``hate_frames.txt``."""

    frames: tuple[Frame, ...]
    copulas: frozenset[str]
    fillers: frozenset[str]
    negators: frozenset[str]
    beliefs: frozenset[str]
    partitives: frozenset[str]
    prepositions: frozenset[str]
    closers: frozenset[str]
    persons: frozenset[str]
    expelled: frozenset[str]
    leads: frozenset[str]
    followers: frozenset[str]
    objects: Mapping[str, frozenset[str]]
    _by_head: dict[str, tuple[Frame, ...]] = attrs.field(init=False, repr=False, eq=False)
    _by_key: dict[str, tuple[Frame, ...]] = attrs.field(init=False, repr=False, eq=False)
    _before: dict[str, tuple[Frame, ...]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_head: dict[str, list[Frame]] = {}
        for frame in sorted(self.frames, key=lambda f: -len(f.words)):  # longest first
            by_head.setdefault(frame.words[0], []).append(frame)
        object.__setattr__(self, "_by_head", {k: tuple(v) for k, v in by_head.items()})
        by_key: dict[str, list[Frame]] = {}
        for frame in self.frames:
            by_key.setdefault(max(frame.words, key=len), []).append(frame)
        object.__setattr__(self, "_by_key", {k: tuple(v) for k, v in by_key.items()})
        before: dict[str, list[Frame]] = {}  # "before" frames by their last word
        for frame in self.frames:
            if frame.slot == "before":
                before.setdefault(frame.words[-1], []).append(frame)
        object.__setattr__(self, "_before", {k: tuple(v) for k, v in before.items()})

    @classmethod
    def shipped(cls) -> Frames:
        """The frames shipped with the package."""
        frames = _load_frames()
        lists = {frame.objects for frame in frames if frame.objects}
        objects = {name: read_word_list(_DATA, name) for name in lists}
        if "power" in objects:  # the whole world or country, and every institution
            objects["power"] = objects["power"] | read_word_list(_DATA, "institutions")
        return cls(
            frames=frames,
            copulas=read_word_list(_DATA, "copulas"),
            fillers=read_word_list(_DATA, "fillers"),
            negators=read_word_list(_DATA, "negators"),
            beliefs=read_word_list(_DATA, "beliefs"),
            partitives=read_word_list(_DATA, "partitives"),
            prepositions=read_word_list(_DATA, "prepositions"),
            closers=read_word_list(_DATA, "closers"),
            persons=read_word_list(_DATA, "persons"),
            expelled=read_word_list(_DATA, "expelled"),
            leads=read_word_list(_DATA, "leads"),
            followers=read_word_list(_DATA, "followers"),
            objects=objects,
        )

    @property
    def words(self) -> frozenset[str]:
        """Every word of every frame and of every object list."""
        found = {word for frame in self.frames for word in frame.words}
        for words in self.objects.values():
            found.update(words)
        return frozenset(found)

    def likely(self, tokens: Collection[str]) -> bool:
        """The cheap gate: a frame's longest word among ``tokens``, and a word of its object
        list when it has one ("control" and "media")."""
        objects = self.objects
        return any(
            not frame.objects or not objects[frame.objects].isdisjoint(tokens)
            for key in self._by_key.keys() & tokens
            for frame in self._by_key[key]
        )

    def possible(self, readable: set[str]) -> bool:
        """Whether a frame aimed at a group may be read in a text that reads ``readable``: every
        word of one, and a word of its object list when it has one (a reader's gate)."""
        objects = self.objects
        return any(
            all(word in readable for word in frame.words)
            and (not frame.objects or not objects[frame.objects].isdisjoint(readable))
            for key in readable
            for frame in self._by_key.get(key, ())
        )

    def about(self, sentence: Sequence[str], mentions: list[tuple[int, int]]) -> Iterator[FrameHit]:
        """The frames of a sentence (its words) whose subject is one of ``mentions`` (a group's
        name)."""
        texts = list(sentence)
        doubt = self.doubt(texts)
        for mention in mentions:
            hit = self._predicated(texts, mention, doubt) or self._preceded(texts, mention)
            if hit is not None:
                yield hit

    def standing(
        self, sentence: Sequence[str], found: Iterable[tuple[int, int, str]]
    ) -> Iterator[FrameHit]:
        """The self-contained frames of a sentence (its words) that count: ``found`` are the
        matches of the self-contained patterns ("back where they came from"), each ``(first,
        last, family)``; one with a negator in the words before it, or that starts "back" after
        a word that names no one expelled, is not a frame."""
        texts = list(sentence)
        for i, last, family in found:
            if texts[i] == "back" and i and texts[i - 1] not in self.expelled:
                continue  # "send the forms back where they came from": not people
            if self.negators.isdisjoint(texts[max(0, i - _SELF_NEGATION) : i]):
                yield FrameHit(i, last, family, (i, last))

    def _predicated(
        self, texts: list[str], mention: tuple[int, int], doubt: int
    ) -> FrameHit | None:
        first, last = mention
        if texts[first] in _NOT_SUBJECTS or not self.generalised(texts, first, doubt):
            return None
        while last + 1 < len(texts) and texts[last + 1] in self.persons:
            last += 1  # "trans people", "deaf folks"
        mention = (first, last)
        copula = negated = False
        end = min(len(texts), last + 1 + _SUBJECT_REACH)
        for j in range(last + 1, end):
            found = self._frame_at(texts, j, copula)
            if found is not None:
                if negated:
                    return None
                frame, stop = found
                return FrameHit(first, stop, frame.family, mention)
            word = texts[j]
            if word in self.copulas:
                copula = True
            elif word in self.negators:
                negated = True
            elif word not in self.fillers:
                return None
        return None

    def _preceded(self, texts: list[str], mention: tuple[int, int]) -> FrameHit | None:
        """A "before" frame right before the group, which ends its sentence: "no more ...!"."""
        first, last = mention
        while last + 1 < len(texts) and texts[last + 1] in self.persons:
            last += 1  # "trans people"
        mention = (first, last)
        if last + 1 < len(texts) and texts[last + 1] not in self.closers:
            return None
        if not first:
            return None
        for frame in self._before.get(texts[first - 1], ()):
            size = len(frame.words)
            if first < size:
                continue
            start = first - size
            if tuple(texts[start:first]) != frame.words:
                continue
            before = texts[max(0, start - 2) : start]
            if not (self.copulas | self.negators | _DESCRIBING).isdisjoint(before):
                return None  # "there are no more ... here": a description
            return FrameHit(start, last, frame.family, mention)
        return None

    def generalised(self, texts: list[str], first: int, doubt: int) -> bool:
        """Whether the group's name at ``first`` is a subject said of the whole group, in a
        sentence whose :meth:`doubt` is ``doubt``."""
        if first and texts[first - 1] in self.partitives | self.prepositions:
            return False  # "some immigrants", "crimes against immigrants"
        if first >= 2 and texts[first - 2] in _SPREAD_OPENERS and texts[first - 1] in _SPREAD:
            return False  # "a few immigrants", "not all immigrants"
        return doubt >= first

    def doubt(self, texts: list[str]) -> int:
        """Where a negated belief starts to cover a sentence: the first belief word with a
        negator before it ("I don't think ...", "it is not true that ...", "you can't seriously
        believe that ..."); what stands after it is doubted. ``len(texts)`` when none."""
        negated = False
        for i, word in enumerate(texts):
            if negated and word in self.beliefs:
                return i
            negated = negated or word in self.negators
        return len(texts)

    def _frame_at(self, texts: list[str], j: int, copula: bool) -> tuple[Frame, int] | None:
        """The frame starting at token ``j`` that fits (a predicate needs a copula before it)."""
        for frame in self._by_head.get(texts[j], ()):
            if frame.slot == "before" or (frame.slot == "predicate") != copula:
                continue
            stop = j + len(frame.words)
            if tuple(texts[j:stop]) != frame.words:
                continue
            if not frame.objects:
                return frame, stop - 1
            wanted = self.objects[frame.objects]
            reach = 1 if frame.objects == "traits" else _OBJECT_REACH
            for k in range(stop, min(len(texts), stop + reach)):
                if texts[k] in wanted:
                    if self._heads(texts, k):
                        return frame, k
                    break
                if texts[k] not in self.leads:
                    break  # "run the food bank": the object is another noun
        return None

    def _heads(self, texts: list[str], k: int) -> bool:
        """Whether the object word at ``k`` ends its noun phrase: "the media and the banks", not
        "crime prevention programs"."""
        return k + 1 >= len(texts) or texts[k + 1] in self.followers
