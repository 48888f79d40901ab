"""Stereotype, conspiracy and expulsion frames aimed at a protected group (Kankakee § V.2.4).

Hate without a slur is mostly said in a few frames: a group said to control the media or the
banks, to be criminals, diseased or dirty, inferior or too emotional to lead, to be invading or
replacing "us"; or people told to go "back where they came from". The frames are patterns of
``hate.phrases``, their words sets of ``hate_frames.tsv`` and ``hate_frames.txt``:

* the groups ``[about FAMILY]`` say a frame of a group the detector reads itself (a group's
  name, a slur, a pronoun carrying a group named before), which ``<group>`` stands for and
  :meth:`~.phrases.Pattern.around` matches: "<group> are (all) criminals", "<group> control
  the media", "no more <group>!";
* the groups named by a family alone (``[expulsion]``, ``[replacement]``, ``[criminality]``)
  hold the self-contained frames, which need no group's name ("back where they came from") or
  name it where no subject stands ("most crimes are committed by <group>").

What is left here is judgment, what the patterns cannot say: :class:`Frames` keeps a frame
said of the whole group (:meth:`Frames.generalised`: not "some immigrants", not "crimes against
immigrants"), asserted (:meth:`Frames.doubt`: not under "I don't think ..."), and no
description ("there are no more ... here"); :meth:`Frames.standing` keeps a self-contained frame
with no negator before it. Counter-speech and reports are left to the caller, which skips such
sentences for every kind of hit. Every frame counts the same for every protected group. All of
it is JUDGMENT evidence: whether words are hate speech depends on who says them to whom.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import attrs

from ..reading import Token, spell_out
from .group_slot import GroupPhrase
from .lexicon import read_word_list
from .phrases import Pattern, PhraseFile

__all__ = ["FAMILIES", "FrameHit", "Frames", "negates", "rarest_slot", "said_of_none"]

_DATA = "hate_frames.txt"
# The groups of hate.phrases that hold the frames said of a group the detector reads.
_ABOUT = "about "
# Words too common to gate a frame: "are" in "<group> are criminals".
_COMMON = read_word_list("common_words.txt", "common")
# How far before a self-contained frame a negator undoes it ("we should not send them back ...").
_SELF_NEGATION = 6
# After "a" or "not", the words that make a group some of its members: "a few", "not all".
_SPREAD = read_word_list(_DATA, "spread")
_SPREAD_OPENERS = read_word_list(_DATA, "spread_openers")
# Before "of" and a group, the words that make it most of the group: "the majority of", "a lot
# of", and a share said to be large, "a significant proportion of" (identity, the tenth session).
_MAJORITIES = read_word_list(_DATA, "majorities")
_SHARES = read_word_list(_DATA, "shares")
_LARGE = read_word_list(_DATA, "large")
# Right before a group that opens a frame, a word that says it of none of the group: "no Muslim
# is a criminal" (hate_grammar.txt, read by the term hits too).
_NONE_OF = read_word_list("hate_grammar.txt", "none_of")
# Between "not" and a group's member, the words that make the denial one of every member: "not
# one Muslim", "not a single Jew" (hate_grammar.txt).
_NONE_FILLERS = read_word_list("hate_grammar.txt", "none_fillers")
# Carriers that are never a subject: "send them", "their kind".
_NOT_SUBJECTS = read_word_list(_DATA, "not_subjects")
# The words before "no more <group>" that make it a description: "there are no more ... here"
# (and a negator, read by negates: "aren't no more ...").
_DESCRIBING = read_word_list(_DATA, "describing") | read_word_list(_DATA, "copulas")
#: The families of frames: each a group ``[about FAMILY]`` of ``hate.phrases`` (and
#: a group named by the family alone for its self-contained frames, if it has any:
#: ``[expulsion]``, ``[replacement]``, ``[criminality]``).
FAMILIES = (
    "control",
    "criminality",
    "disease",
    "inferiority",
    "replacement",
    "blame",
    "expulsion",
)


# A required slot as the gate reads it: its words, and its runs of several words.
_Gate = tuple[frozenset[str], tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=4096)
def negates(word: str, negators: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``negators``, or a contraction that spells one out ("don't",
    "isnt", "won't").

    The reading spells a contraction out ("do not"), and so do the phrase files' words
    (:func:`.phrases.as_read`); a word that reaches a frame as written (a negator list of the
    frames' own, a word read apart from the reading) is spelled out here, so every test of a
    negator reads "don't" and "do not" alike.
    """
    if word in negators:
        return True
    spelled = spell_out(word)
    return spelled is not None and not negators.isdisjoint(spelled)


def rarest_slot(slots: Sequence[frozenset[str]]) -> frozenset[str]:
    """The words of the slot, of the needs of a pattern, with the fewest common words, then the
    fewest words: the slot to gate the pattern by."""
    return min(slots, key=lambda words: (len(words & _COMMON), len(words)))


def _opens_clause(texts: Sequence[str], tokens: Sequence[Token], first: int) -> bool:
    """Whether "their kind" at ``first`` (the word "kind") opens its clause, and so is its
    subject: "Their kind brings nothing but crime.", "Typical, their kind owns everything."
    (not "I hate their kind", where it is an object)."""
    if texts[first] != "kind" or first < 1 or texts[first - 1] != "their":
        return False
    return first == 1 or tokens[first - 2].clause != tokens[first - 1].clause


@attrs.frozen
class FrameHit:
    """A frame found in a sentence: tokens ``[first, last]``, its family, and the group's name."""

    first: int
    last: int
    family: str
    mention: tuple[int, int]


def _group_slot(pattern: Pattern) -> int | None:
    """The index of the slot ``<group>`` of ``pattern``, or ``None``."""
    return next(
        (i for i, slot in enumerate(pattern.slots) if isinstance(slot.phrase, GroupPhrase)), None
    )


@attrs.frozen
class Frames:
    """The frames said of a group (the groups ``[about FAMILY]`` of ``hate.phrases``, each
    pattern with its family) and the grammar ``hate_frames.txt`` gives their judgment."""

    patterns: tuple[tuple[Pattern, str], ...]
    negators: frozenset[str]
    beliefs: frozenset[str]
    partitives: frozenset[str]
    prepositions: frozenset[str]
    persons: frozenset[str]
    expelled: frozenset[str]
    #: The subjects, each a run of words, that undo a self-contained frame anywhere before it
    #: in its clause ("no one should be told to go back ...").
    negated_subjects: frozenset[tuple[str, ...]] = frozenset()
    #: The words of a people's own wish to return, before "to" and a frame's verb.
    homecoming: frozenset[str] = frozenset()
    #: The verbs of a return that a word of :attr:`homecoming` and "to" may stand before.
    homecoming_verbs: frozenset[str] = frozenset()
    #: For each pattern, the words one of which each required slot but ``<group>`` needs (a
    #: run by its :func:`~.phrases.anchor_word`).
    needs: tuple[tuple[frozenset[str], ...], ...] = attrs.field(init=False, repr=False)
    # For each pattern, for each of those slots, its words and its runs of several words.
    _runs: tuple[tuple[_Gate, ...], ...] = attrs.field(init=False, repr=False)
    # The patterns (their indexes) by the words of their anchors (see ``anchors``).
    _by_anchor: dict[str, tuple[int, ...]] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        needs = []
        runs = []
        for pattern, _ in self.patterns:
            group = _group_slot(pattern)
            # A typed slot (<mark>) holds no word a gate could need.
            slots = [
                slot
                for i, slot in enumerate(pattern.slots)
                if slot.required and i != group and not slot.kind
            ]
            listed = [[run for runs in slot.runs.values() for run in runs] for slot in slots]
            needs.append(tuple(slot.anchors for slot in slots))
            runs.append(
                tuple(
                    (
                        frozenset(run[0] for run in each if len(run) == 1),
                        tuple(run for run in each if len(run) > 1),
                    )
                    for each in listed
                )
            )
        object.__setattr__(self, "needs", tuple(needs))
        object.__setattr__(self, "_runs", tuple(runs))
        by_anchor: dict[str, list[int]] = {}
        for i, held in enumerate(needs):
            for word in rarest_slot(held):
                by_anchor.setdefault(word, []).append(i)
        object.__setattr__(self, "_by_anchor", {k: tuple(v) for k, v in by_anchor.items()})

    @classmethod
    def of(cls, file: PhraseFile) -> Frames:
        """The frames of the groups ``[about FAMILY]`` of ``file`` (``hate.phrases``).

        Raises :class:`ValueError` for a group of a family not in :data:`FAMILIES`, or a
        pattern without ``<group>`` or with a typed slot before it.
        """
        patterns: list[tuple[Pattern, str]] = []
        for name, group in file.groups.items():
            if not name.startswith(_ABOUT):
                continue
            family = name[len(_ABOUT) :]
            if family not in FAMILIES:
                raise ValueError(
                    f"{file.name} [{name}]: no family {family!r}; the families are"
                    f" {', '.join(FAMILIES)}"
                )
            for pattern in group.patterns:
                if _group_slot(pattern) is None:
                    raise ValueError(
                        f"{pattern.where}: a frame of [{name}] is said of <group>:"
                        f" {pattern.source!r}"
                    )
                patterns.append((pattern, family))
        return cls(
            patterns=tuple(patterns),
            negators=read_word_list(_DATA, "negators"),
            beliefs=read_word_list(_DATA, "beliefs"),
            partitives=read_word_list(_DATA, "partitives"),
            prepositions=read_word_list(_DATA, "prepositions"),
            persons=read_word_list(_DATA, "persons"),
            expelled=read_word_list(_DATA, "expelled"),
            homecoming=read_word_list(_DATA, "homecoming"),
            homecoming_verbs=read_word_list(_DATA, "homecoming_verbs"),
            negated_subjects=frozenset(
                tuple(run.split("_")) for run in read_word_list(_DATA, "negated_subjects")
            ),
        )

    @property
    def words(self) -> frozenset[str]:
        """Every word of the required slots of every frame but ``<group>``: its terms, objects
        and copulas."""
        return frozenset(
            word
            for pattern, _ in self.patterns
            for i, slot in enumerate(pattern.slots)
            if slot.required and i != _group_slot(pattern)
            for word in slot.words
        )

    @property
    def anchors(self) -> frozenset[str]:
        """For each pattern the words of its rarest required slot but ``<group>`` (the one
        with the fewest common words, then the fewest words): a text that reads none of them
        holds no frame."""
        return frozenset(self._by_anchor)

    def possible(self, readable: set[str]) -> bool:
        """Whether a frame may be read in a text that reads ``readable`` (a group named
        aside): for each of its required slots, a word or every word of a run (a reader's
        gate)."""
        by_anchor, gates = self._by_anchor, self._runs
        # Loops, not any() and all(): a gate reads a few patterns, and a generator for each
        # pattern and slot cost more than their tests.
        for word in by_anchor.keys() & readable:
            for i in by_anchor[word]:
                for words, runs in gates[i]:
                    if words.isdisjoint(readable) and not any(map(readable.issuperset, runs)):
                        break
                else:
                    return True
        return False

    def about(
        self,
        sentence: Sequence[str],
        tokens: Sequence[Token],
        mentions: Iterable[tuple[int, int]],
        pronouns: Mapping[int, frozenset[str]] | None = None,
        subjects: Collection[int] | None = None,
    ) -> Iterator[FrameHit]:
        """The frames of a sentence (its words and their tokens) said of one of ``mentions``
        (a group's name), at most one for each: the first pattern, in the file's order, that
        matches around it. ``pronouns`` gives, by its index, the classes of the group a pronoun
        of ``mentions`` carries, which a slot read by its class judges ("Muslims keep moving
        in. They should never be allowed to vote."). ``subjects`` holds the first words of the
        mentions a frame may open (``None``: every mention): any other is read only where the
        frame names it after its own words, as an object ("don't rent to Mexicans", "nobody
        should sell to those people")."""
        mentions = list(mentions)
        if not mentions:
            return
        texts = list(sentence)
        by_anchor = self._by_anchor
        present = frozenset(texts)
        anchored = {i for word in by_anchor.keys() & present for i in by_anchor[word]}
        if not anchored:
            return
        patterns = [
            self.patterns[i]
            for i in sorted(anchored)
            if all(not need.isdisjoint(present) for need in self.needs[i])
        ]
        doubt = self.doubt(texts)
        for first, last in mentions:
            subject = (
                (subjects is None or first in subjects)
                and (
                    texts[first] not in _NOT_SUBJECTS
                    or _opens_clause(texts, tokens, first)
                    or (last + 1 < len(texts) and texts[last + 1] in self.persons)
                )
                and self.generalised(texts, first, doubt)
            )
            while last + 1 < len(texts) and texts[last + 1] in self.persons:
                last += 1  # "trans people", "deaf folks"
            mention = (first, last)
            classes = pronouns.get(first) if pronouns else None
            for pattern, family in patterns:
                found = pattern.around(texts, tokens, mention, classes)
                if found is None:
                    continue
                start, stop = found
                if start == first and not subject:
                    continue  # the group opens the frame, so it must be its subject
                if start == first and said_of_none(texts, first):
                    break  # "no Muslim is a criminal": said of none of the group
                if start < first and self._describes(texts[max(0, start - 2) : start]):
                    break  # "there are no more ... here": a description
                yield FrameHit(start, stop, family, mention)
                break

    def standing(
        self,
        sentence: Sequence[str],
        tokens: Sequence[Token],
        found: Iterable[tuple[int, int, str]],
    ) -> Iterator[FrameHit]:
        """The self-contained frames of a sentence (its words and their tokens) that count:
        ``found`` are the matches of the self-contained patterns ("back where they came from"),
        each ``(first, last, family)``; one with a negator in the words before it, or a negated
        subject before it in its clause ("no one should be told to go back ..."), or that starts
        "back" after a word that names no one expelled, is not a frame."""
        texts = list(sentence)
        for i, last, family in found:
            if texts[i] == "back" and i and texts[i - 1] not in self.expelled:
                continue  # "send the forms back where they came from": not people
            if any(negates(word, self.negators) for word in texts[max(0, i - _SELF_NEGATION) : i]):
                continue
            verb = i - 1 if texts[i] == "back" else i
            if not self._subject_negated(texts, tokens, i) and not self.homecoming_at(texts, verb):
                yield FrameHit(i, last, family, (i, last))

    def homecoming_at(self, texts: Sequence[str], verb: int) -> bool:
        """Whether the verb of a return at ``verb`` is a people's own wish to return: a word of
        :attr:`homecoming` and "to" right before it ("refugees hope to go back to their
        country"; not "I hope they go back ...")."""
        return (
            verb >= 2
            and texts[verb] in self.homecoming_verbs
            and texts[verb - 1] == "to"
            and texts[verb - 2] in self.homecoming
        )

    def _subject_negated(self, texts: list[str], tokens: Sequence[Token], i: int) -> bool:
        """Whether a run of :attr:`negated_subjects` stands before word ``i`` in its clause."""
        clause = tokens[i].clause
        start = i
        while start and tokens[start - 1].clause == clause:
            start -= 1
        return any(
            tuple(texts[k : k + len(run)]) == run
            for k in range(start, i)
            for run in self.negated_subjects
        )

    def generalised(self, texts: list[str], first: int, doubt: int) -> bool:
        """Whether the group's name at ``first`` is a subject said of the whole group, in a
        sentence whose :meth:`doubt` is ``doubt``."""
        if _most_of(texts, first):
            return doubt >= first  # "the vast majority of immigrants", "a lot of Muslims"
        if said_of_none(texts, first):
            return doubt >= first  # "not one Muslim ...": none of them, so all of them
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
            negated = negated or negates(word, self.negators)
        return len(texts)

    def _describes(self, before: Sequence[str]) -> bool:
        """Whether the words ``before`` a frame that names its group after it make it a
        description: a word of [describing], a copula or a negator ("there are no more ...")."""
        return any(word in _DESCRIBING or negates(word, self.negators) for word in before)


def said_of_none(texts: Sequence[str], first: int) -> bool:
    """Whether the group's name at ``first`` follows words that deny what is said next of every
    member: a word of hate_grammar.txt [none_of] ("no Muslim is a criminal"), or "not" and words
    of [none_fillers] ("not one Muslim", "not a single Jew", "not one single woman"); not "not a
    Muslim" (one person said to be none)."""
    k = first - 1
    while k >= 0 and texts[k] in _NONE_FILLERS:
        k -= 1
    if k < 0:
        return False
    if texts[k] in _NONE_OF:
        return True
    if k == first - 1:
        return False
    return texts[k] == "not" or (texts[k] == "a" and k > 0 and texts[k - 1] == "not")


def _most_of(texts: list[str], first: int) -> bool:
    """Whether the group's name at ``first`` follows "of" and words that make it most of the
    group: a word of hate_frames.txt [majorities] ("the majority of", "a lot of") or one of
    [shares] after one of [large] ("a significant proportion of", "a large number of"); not "a
    small share of", "a minority of"."""
    if first < 2 or texts[first - 1] != "of":
        return False
    before = texts[first - 2]
    return before in _MAJORITIES or (
        before in _SHARES and first >= 3 and texts[first - 3] in _LARGE
    )
