"""The pattern language: who does what to whom, as short patterns of words in data files.

A phrase file (``*.phrases``, UTF-8) holds word sets and groups of patterns. ``#`` starts a
comment line. At the top of the file:

``@name = word word run_of_words``
    a word set (``_`` joins the words of a run: ``piece_of_shit``);
``sets: FILE ...``
    word sets from data files shipped beside the detectors: a table ``term<TAB>set`` (``.tsv``)
    or a word file whose ``[name]`` sections are sets (see ``lexicon.parse_sections``); a word
    file without sections is one set, named by the file (``not_names.txt``: ``not_names``). A
    set named in several files holds the words of all of them (a file adds head nouns to
    ``person``, say);
``sets: FILE as NAME``
    the file's sets kept apart, each named ``NAME.set`` (``@groups.person``), never mixed with
    the importing file's own sets of the same name: ``threats.phrases`` imports
    ``protected_groups.tsv as groups``, so the person nouns of the groups ("gay *people*") do
    not become threat targets. ``NAME`` is letters, digits and ``_``.

``%name = slots``
    a fragment: a part of a pattern given a name, one line per alternative (the lines add up).
    A pattern, or a later fragment, that writes ``%name`` stands for one pattern per
    alternative, and a line with several fragments for every combination: ``%crime = @acts``
    and ``%crime = is|was a|an ~1 @criminal_nouns``, then ``<name> @adverbs? %crime`` in one
    group and ``the @role %crime`` in another, say each predicate once and each subject once
    (``defamation.phrases``). A fragment is defined before it is used; a line that would make
    more than 400 patterns is a load error.

Then groups, each opened by ``[name]``; a detector reads one group. A group may be opened
again further down the file: its patterns add up (a family of patterns kept apart under its
own heading). A group may first say, once, where it is first opened,

``strength: judgment`` (default) or ``strength: mechanical``
    what a match proves (see :class:`~municipal_social_policy.Strength`);
``checks: negation quotation ...``
    which of the checks of :mod:`.checks` drop a match ("I would never hurt you", a quotation);
    a negator the pattern names itself is part of what it says ("you won't see it coming"),
    not a negation of it.

Every other line is a pattern: slots separated by spaces, matched against one sentence of the
comment's :mod:`~municipal_social_policy.reading`:

``word``, ``a|b|c``, ``@name``, ``run_of_words``
    one of these words or runs (alternatives joined by ``|``; ``@name`` is a set's words);
``<kind>``
    a noun phrase naming a ``kind`` (:class:`NounPhrase`): "you", "them", "Alderman Lewis",
    "the next meter maid", "every one of them". Its words are the file's sets: ``kind`` (the
    head nouns), ``kind_pronouns``, ``kind_titles`` and ``kind_named`` (heads that a name
    written with capitals may precede without a determiner: "Kankakee Police Department") if
    defined, and for every kind
    ``determiners``, ``quantifiers``, ``intensifiers`` (words between a quantifier and "one
    of": "every single one of them") and ``compounds`` (words after a head that make it a
    modifier: "the child porn industry");
``<group>``
    a noun phrase naming a protected group (:class:`.group_slot.GroupPhrase`): "immigrants",
    "gay people", "asylum seekers", "you Muslims", "all of those women", "every immigrant". Its
    words are the file's sets ``group`` (names, runs included), ``modifier`` and ``person``
    ("gay" + "men"), ``member`` (after a word of ``generic``: "a woman"), ``group_pronouns`` and
    ``determiners``; the sets ``class_<name>`` tell the classes a name belongs to (a detector
    gives them from the ordinance's protected classes; see ``hate.phrases``);
    ``<group!age!national_origin>`` reads only a group with a class besides those named after
    ``!`` ("women", not "teenagers" nor "immigrants"; :meth:`.group_slot.GroupPhrase.counts`),
    for a frame the law itself says of age or citizenship;
``<NAME.kind>``, ``<NAME.group>``
    the typed slot read from the import ``as NAME``: its head sets (``kind``, ``kind_pronouns``,
    ``kind_titles`` and ``kind_named``; for ``group``, ``group``, ``member``, ``modifier`` and
    ``person``) only from the import, the rest (``determiners``, ``quantifiers``,
    ``generic``...) from the import when it has them, else from the file: ``rid of
    <groups.group>`` reads "get rid of the immigrants", not "get rid of the clerk";
``<number>``, ``<word>``
    a word of digits (``20``, ``4821``), or any one word;
``<name>``
    a person's name as capitals write it (:class:`NameSlot`): "John Smith", "Osenga", "Alderman
    Lewis"; it reads the sets ``name_titles`` and ``not_names`` (``sets: name_titles.txt
    not_names.txt``);
``<mark>``
    a clause mark (a comma, colon, bracket or dash) between the word before and the next one;
    it takes no word: ``witness <mark> <name>`` reads "the witness: Jane Doe";

A typed slot (``<person>``, ``<group>``, ``<number>``...) is a slot by itself: joined to
words with ``|`` (``a|<person>``) or negated (``!<person>``) it is a load error naming the file,
the line and the token; write the pattern twice, once with the slot and once with the words.

``slot?``
    the slot, or nothing (its gap then carries to the next slot);
``!a|b``
    the next word, if any, is none of these (takes no word): ``subscribe !to``; a run is
    barred whole (``rot !in_jail`` reads "rot in hell", not "rot in jail"); first in a
    pattern, before a required slot, neither the match's first word nor the two words before it
    is one of these (``!a|someone <person> will end up dead`` reads "the clerk will ...", not
    "someone will ..." or "a kid will ...");
``&a|b``
    the next word, if any, is one of these (takes no word): ``run ~3:@leads @banks &@followers``
    reads "run the banks and ..." and "run the banks." but not "run the bank robbery", where the
    word after "banks" goes on with the noun phrase. It stands right after a slot, never first
    or after a gap;
``~N``
    up to N written words of any kind (N from 1 to 9) before the next slot: a word the reading
    spells out as several ("ur" read "you are", "don't" read "do not") takes one place, and so
    do the words left of one the slot before read in part ("would" of "I'd" after ``i``), so a
    gap that must not hold a negation bars it (``we ~1:!not|never kick``), since "we don't
    kick" holds "do not" in one place; ``~N:@name`` up to N words
    of the set ``name`` ("you *worthless pathetic* idiot"), ``~N:@name|@other`` of either
    set; ``~N:!a|b|@name`` up to N words,
    none of them one of these: what may *not* stand before the next slot, however far back in
    the gap (``hope ~1 <person> ~3:!@noun_markers @harmed`` reads "I hope you get shot", not "I
    hope you get the flu shot", where an article makes "shot" a noun). A gap's limits hold when
    the optional slot after it is absent too: its words then stand before the next slot
    (``a ~1:!@past_tie police? cop`` reads neither "a retired police cop" nor "a retired cop").
    A gap stands before a slot that takes a word: before a ``!`` slot or at the end of a
    pattern it is a load error;
``^`` first, ``$`` last
    the pattern starts, or ends, the sentence;
``+name``
    after the slots, a check of :mod:`.checks` that this pattern's matches pass besides the
    group's (``you ~2 been warned $ +notice``: a warning is no threat in a moderator's notice),
    for a check that fits one family of a group and not the rest.

A detector that reads a protected group itself, as more than ``<group>`` reads (a pronoun
carrying a group named a sentence before: "Refugees keep coming. They are criminals."), matches
a pattern around the words it read with :meth:`Pattern.around`: the slot ``<group>`` then reads
exactly those words (``hate.phrases``: the frames said of a group).

Words are matched in the reading's spellings, and a file's words are spelled as the reading
spells them (:func:`as_read`): a contraction or texting spelling a file names is the run of the
words it spells out (``don't`` is ``do_not``, ``gonna`` is ``going_to``, ``u`` is ``you``) and
an ending that spells out nothing is dropped (``mayor's`` is ``mayor``), so naming "don't" in
one group never changes how another group of the file reads "don't", and the pattern reads "do
not", "dont" and "don't" alike. A gap reads single words and counts written ones: a term of
several words in its set (``brain_dead``) lets each of them stand in the gap, and bars none of
them. A written word
matches a slot when one of its forms is a word the file names (``k1ll`` matches ``kill``), else
by what it spells out (``i'll`` is the two words ``i will``), else, for a word of five letters
or more that a pattern needs, by a one-letter typo (``murdr``, ``deaht``) that is no known word.
A file that defines the set ``joinable`` also reads a word of five letters or more as two words
run together when one part is a word the file names and the other such a word or a joinable one
("allmuslims", "ihate"; :class:`~municipal_social_policy.reading.RunTogether`, bounded steps per
word).

Nothing is marked by hand for speed: each pattern's *anchor* (its rarest needed slot: never
words of ``common_words.txt`` when another slot will do, common words of English first, then
nouns frequent on a city's page), the words a comment must hold for a
pattern to match at all (:meth:`PhraseGroup.needs`) and the evaluator's trigger
(:meth:`PhraseGroup.trigger_needs`) are derived from the patterns. Matching walks the sentence's
words once per start, with gaps and runs bounded, so its cost is linear in the length of the
comment.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from functools import cache, cached_property, lru_cache, partial
from types import MappingProxyType

import attrs

from ..comment import Comment
from ..reading import (
    SUFFIXES,
    SUFFIXES_OF,
    FormIndex,
    Reading,
    RunTogether,
    Spelling,
    Token,
    canonical,
    form_index,
    kept_typos,
    masked_shape,
    plain_spellings,
    quick_forms,
    quick_sources,
    read,
    spell_out,
    typo_table,
    words_shown,
)
from ..text import NormalizedText
from ..verdict import Strength
from ..words import MASK, hides_letters
from . import MAX_MATCHES, Signal
from ._shared import forget, share
from .checks import CHECKS, Check, Match
from .group_slot import GROUP_HEADS, GroupPhrase, group_phrase, read_sets
from .lexicon import parse_sections, read_data, read_word_list
from .triggers import APOSTROPHES, Trigger, Typos

__all__ = [
    "Judge",
    "Match",
    "NameSlot",
    "NounPhrase",
    "Pattern",
    "PhraseDetector",
    "PhraseFile",
    "PhraseGroup",
    "anchor_word",
    "as_read",
    "ending",
    "forget_build_memos",
    "forms_read",
    "judged",
    "marked",
    "masked_forms",
    "merge_ranges",
    "parse_phrases",
    "read_phrases",
    "shown_words",
    "unmasked_words",
]

_MAX_GAP = 9
# A negative slot that opens a pattern also reads this many words before the match.
_BEHIND = 2
# Typos are read for anchors at least this long: shorter words have too many neighbours.
_TYPO_LENGTH = 5
# Words too common to anchor a pattern: "key their car" is anchored by "key", not by "their".
_COMMON = read_word_list("common_words.txt", "common")
# Nouns of most comments on a city's page ("government", "citizens"): no run of several words is
# known by one of them when a rarer word of it will do (anchor_word).
_FREQUENT = read_word_list("common_words.txt", "frequent")
# The words contracted endings spell out ("n't" -> "not"): every such ending reads them.
_ENDING_WORDS = frozenset(word for _, words in SUFFIXES for word in words)

Runs = Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> the runs that start with it
#: A detector family's own judgment of a :class:`~.checks.Match` (see :class:`PhraseDetector`):
#: ``True`` keeps the match, ``False`` drops it, and the indexes ``(first, last)`` of words of
#: the match keep only them as the evidence (see :func:`judged`).
Judge = Callable[[Match], bool | tuple[int, int]]


@attrs.frozen
class NounPhrase:
    """A typed slot ``<kind>``: a noun phrase that names a ``kind`` (a person, a public body...).

    It is one of: a pronoun of the kind ("you", "them"), maybe followed by a head ("you people");
    a title and a name written with capitals ("Alderman Lewis", "Officer Jo Smith"); up to three
    determiners and quantifiers, then up to two modifiers (no common word), and a head ("the
    next meter maid", "those lazy cops", "every one of them", "all of those tenants"); or up to
    two words written with capitals before a capitalised head of ``named`` ("Kankakee Police
    Department"). A head
    followed by a word of ``compounds`` modifies it ("the child porn industry" names no child),
    so it is no head there. Each part is a word set of the phrase file (see :func:`parse_phrases`).
    """

    kind: str
    heads: Runs
    pronouns: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    compounds: frozenset[str] = frozenset()
    #: Words between a quantifier and "one of" ("every single one of", "each and every one of").
    intensifiers: frozenset[str] = frozenset()
    #: The first words of the heads that a name written with capitals may precede without a
    #: determiner ("Kankakee Police Department", "Kankakee Public Works"): ``<kind>_named``.
    named: frozenset[str] = frozenset()

    @cached_property
    def openers(self) -> frozenset[str]:
        """The words a noun phrase of the slot may start with: a quantifier, a pronoun, a
        determiner, a title or the first word of a head (:meth:`ends` finds none elsewhere)."""
        return self.quantifiers.union(self.pronouns, self.determiners, self.titles, self.heads)

    def ends(self, words: Sequence[str], tokens: Sequence[Token] | None, j: int) -> list[int]:
        """The ends (exclusive) of the noun phrases that start at ``j``, longest first."""
        found: set[int] = set()
        n = len(words)
        word = words[j]
        if word in self.quantifiers:  # "all of them", "every one of those cops"
            k = j + 1
            while k < n and k - j <= 3 and words[k] in self.intensifiers:
                k += 1  # "every single one of them", "each and every one of those cops"
            k += k < n and words[k] == "one"
            if k + 1 < n and words[k] == "of":
                found.update(self._phrase(words, tokens, k + 1, True))
        if word in self.pronouns:
            found.add(j + 1)
            if j + 1 < n:
                found.update(self._heads(words, tokens, j + 1))
        found.update(self._phrase(words, tokens, j))
        return sorted(found, reverse=True)

    def _phrase(
        self, words: Sequence[str], tokens: Sequence[Token] | None, j: int, opened: bool = False
    ) -> set[int]:
        n = len(words)
        found: set[int] = set()
        if words[j] in self.pronouns:
            found.add(j + 1)
        k = j
        while k < n and k - j < 3 and words[k] in self.determiners:
            k += 1
        if k > j and k + 2 < n and words[k] in self.quantifiers and words[k + 1] == "of":
            found.update(self._phrase(words, tokens, k + 2, True))  # "those kinds of trans ..."
        # Modifiers follow a determiner or "of" ("the next meter maid", "all of those trans
        # people"), and are no common words: else "saying women" would read as a noun phrase.
        for m in range(k, min(k + 3, n) if k > j or opened else k + 1):
            if m > k and words[m - 1] in _COMMON:
                break
            found.update(self._heads(words, tokens, m))
        if k == j and not opened and tokens is not None and self.named:
            # A name written with capitals needs no determiner before a head of ``named``:
            # "Kankakee Police Department" (a headline's "Prominent Conservatives" is no body).
            m = k + 1
            while m < min(k + 3, n) and tokens[m - 1].capital and tokens[m].capital:
                if words[m - 1] in _COMMON:
                    break
                if words[m] in self.named:
                    found.update(self._heads(words, tokens, m))
                m += 1
        return found

    def _heads(self, words: Sequence[str], tokens: Sequence[Token] | None, m: int) -> set[int]:
        n = len(words)
        found: set[int] = set()
        if words[m] in self.titles and tokens is not None:
            end = m + 1
            while end < n and end - m <= 3 and tokens[end].capital and words[end] not in _COMMON:
                end += 1
            if end > m + 1:
                found.add(end)
        for run in self.heads.get(words[m], ()):
            end = m + len(run)
            if end > n or (len(run) > 1 and tuple(words[m:end]) != run):
                continue
            if end < n and words[end] in self.compounds:
                continue
            found.add(end)
        return found


# The anchors of each runs mapping (by its id, kept with the mapping): see _Slot.anchors.
_ANCHORS: dict[int, tuple[Runs, frozenset[str]]] = {}


@attrs.frozen
class _Slot:
    runs: Runs
    gap: int = 0  # up to this many words before it
    filler: frozenset[str] | None = None  # the words a gap may hold (None: any)
    optional: bool = False
    negative: bool = False  # the next word is none of these; takes no word
    # A typed slot: ``runs`` are its heads, pronouns and titles (for <group>, the words one of
    # which every group named holds).
    phrase: NounPhrase | GroupPhrase | None = None
    kind: str = ""  # a typed slot of one word: "number" or "word" (runs empty)
    name: NameSlot | None = None  # the slot <name> (see NameSlot)
    barred: frozenset[str] = frozenset()  # the words a gap may not hold (``~N:!...``)
    ahead: bool = False  # the next word, if any, is one of these; takes no word

    def ends(self, texts: Sequence[str], tokens: Sequence[Token] | None, j: int) -> Iterable[int]:
        """The ends (exclusive) of this slot's matches that start at ``j``, longest first."""
        if self.phrase is not None:
            return self.phrase.ends(texts, tokens, j)
        if self.name is not None:
            return self.name.ends(texts, tokens, j)
        if self.kind:
            word = texts[j]
            return [j + 1] if self.kind == "word" or (word.isascii() and word.isdigit()) else []
        return [
            j + len(run)
            for run in self.runs.get(texts[j], ())
            if j + len(run) <= len(texts)
            and (len(run) == 1 or tuple(texts[j : j + len(run)]) == run)
        ]

    def bars(self, texts: Sequence[str], tokens: Sequence[Token] | None, j: int) -> bool:
        """Whether a word or a whole run of this slot starts at ``j`` (a ``!`` slot's test)."""
        return any(True for _ in self.ends(texts, tokens, j))

    @property
    def words(self) -> frozenset[str]:
        """Every word of every run."""
        return frozenset(word for runs in self.runs.values() for run in runs for word in run)

    @property
    def anchors(self) -> frozenset[str]:
        """The word each run is known by (:func:`anchor_word`): one of them stands in every
        text the slot matches. Computed once for each runs mapping: the slots of hundreds of
        patterns read the same word set's runs."""
        try:
            return _ANCHORS[id(self.runs)][1]
        except KeyError:
            anchors = share(
                frozenset(anchor_word(run) for runs in self.runs.values() for run in runs)
            )
            # The runs are kept with their anchors: their id names no other mapping later.
            _ANCHORS[id(self.runs)] = (self.runs, anchors)
            return anchors

    @property
    def longest(self) -> int:
        """The most words one of its runs reads."""
        return max(len(run) for runs in self.runs.values() for run in runs)

    @property
    def required(self) -> bool:
        """Whether every match takes a word of this slot."""
        return not (self.optional or self.negative or self.ahead)


def _anchor_rank(words: frozenset[str]) -> tuple[int, int, int, int]:
    """How a set of needed words ranks as a pattern's anchor (:attr:`Pattern.anchor`), the
    lowest first: by its common words, then its nouns frequent on a city's page (``[frequent]``
    of ``common_words.txt``), then its size; computed once per set while a file is parsed
    (hundreds of patterns need the same set's words)."""
    rank = _RANKS.get(words)
    if rank is None:
        rank = _RANKS[words] = (
            len(words & _COMMON) + len(words & _ENDING_WORDS),
            len(words & _FREQUENT),
            len(words),
            -min(map(len, words)),
        )
    return rank


_RANKS: dict[frozenset[str], tuple[int, int, int, int]] = {}


@attrs.frozen
class Pattern:
    """A compiled pattern; ``source`` is its line, ``where`` the file and line number."""

    source: str
    where: str
    slots: tuple[_Slot, ...]
    at_start: bool = False
    at_end: bool = False
    #: The checks of :mod:`.checks` the pattern names itself (``+notice``), besides its group's.
    checks: tuple[str, ...] = ()

    @cached_property
    def named(self) -> frozenset[str]:
        """The words its word slots name (not a typed slot's): a negator among them is part of
        what the pattern says ("will not see it coming"), for the check ``negation``. Built on
        the pattern's first match: most patterns never match, and these sets would fill
        memory."""
        return frozenset(
            word
            for slot in self.slots
            if slot.phrase is None and not slot.negative
            for word in slot.words
        )

    @cached_property
    def needs(self) -> tuple[frozenset[str], ...]:
        """For each required slot, the words one of which every match reads (a run counts by its
        :func:`anchor_word`)."""
        return tuple(share(slot.anchors) for slot in self.slots if slot.required and not slot.kind)

    @cached_property
    def anchor(self) -> frozenset[str]:
        """The needed words of the slot with the fewest common words, then the fewest nouns
        frequent on a city's page, then the fewest words, then the longest shortest word. Words
        that a contracted ending spells out ("not", "will") count as common: every "n't" or
        "'ll" reads them."""
        return min(self.needs, key=_anchor_rank)

    def find(
        self, texts: Sequence[str], tokens: Sequence[Token] | None = None
    ) -> Iterator[tuple[int, int]]:
        """``(first, last)`` word indexes of each match in a sentence's words, left to right,
        none overlapping, at most :data:`~municipal_social_policy.detectors.MAX_MATCHES` of
        them; ``tokens``, one per word, tell names by their capitals."""
        after = -1
        count = 0
        for i in self.starts(texts, tokens):
            if i <= after:
                continue
            last = self.match_at(texts, tokens, i)
            if last is not None:
                yield i, last
                after = last
                count += 1
                if count == MAX_MATCHES:
                    return

    def starts(self, texts: Sequence[str], tokens: Sequence[Token] | None = None) -> Sequence[int]:
        """The word indexes of a sentence's words where a match may start, in order: the
        first word for a pattern with ``^``; where the first slot that every match reads may
        stand (a word of its runs, or one a noun phrase may open with: :attr:`NounPhrase.openers`),
        counted back over the slots before it when each takes a bounded number of words (``!``
        and ``<mark>`` none, ``<word>`` one, an optional slot of words up to its longest run,
        each with its gap); else every word. With ``$``, a first slot of words stands among the
        sentence's last words when the slots after it read a bounded number. Gaps count written
        tokens (``tokens``, one per word; without them every word is a token of its own)."""
        if self.at_start:
            return (0,) if texts else ()
        lead = self._lead
        if lead is None:
            return range(len(texts))
        fewest, most, opening, _ = lead
        tail = self._tail
        first = 0 if tail is None else _back(tokens, len(texts), tail)
        if fewest == most == 0:
            return [i for i in range(first, len(texts)) if texts[i] in opening]
        found = {
            i
            for j in range(first, len(texts))
            if texts[j] in opening
            for i in range(_back(tokens, j, most), j - fewest + 1)
        }
        return sorted(found)

    @cached_property
    def _lead(self) -> tuple[int, int, Container[str], int] | None:
        """The fewest and the most words a match reads before its first required slot of
        words or noun phrase (``<word>``, ``<number>`` and ``<name>`` read a bounded number of
        words before it), the words that slot's matches may start with (its runs' first words,
        or a noun phrase's :attr:`~NounPhrase.openers`), and its index; ``None`` when an
        optional noun phrase stands before it, or there is none."""
        fewest = most = 0
        for k, slot in enumerate(self.slots):
            if slot.negative or slot.ahead or slot.kind == "mark":
                continue  # reads no word
            if slot.kind:  # <word> and <number> read one word, <name> one to five
                fewest += 1 if slot.required else 0
                most += slot.gap + (1 if slot.name is None else 1 + _NAME_WORDS)
            elif slot.required:  # the first slot's own gap is never read before the match
                opening = slot.runs if slot.phrase is None else slot.phrase.openers
                return fewest, most + (slot.gap if k else 0), opening, k
            elif slot.phrase is not None:
                return None
            else:  # an optional slot of words: skipped, or a run after its gap
                most += slot.gap + slot.longest
        return None

    @cached_property
    def _tail(self) -> int | None:
        """For a pattern with ``$``, the most words a match reads from the first word of its
        first required slot (:attr:`_lead`) to its end, gaps included; ``None`` without ``$``,
        without such a slot, or when a noun phrase from there on reads a number of words only
        the text decides."""
        lead = self._lead
        if not self.at_end or lead is None or self.slots[lead[3]].phrase is not None:
            return None
        most = self.slots[lead[3]].longest
        for slot in self.slots[lead[3] + 1 :]:
            if slot.negative or slot.ahead or slot.kind == "mark":
                continue  # reads no word
            if slot.phrase is not None:
                return None
            if slot.name is not None:
                most += slot.gap + 1 + _NAME_WORDS  # a title and the name's words
            elif slot.kind:
                most += slot.gap + 1  # <word>, <number>
            else:
                most += slot.gap + slot.longest
        return most

    def match_at(
        self,
        texts: Sequence[str],
        tokens: Sequence[Token] | None,
        i: int,
        group: tuple[int, int] | None = None,
        classes: frozenset[str] | None = None,
    ) -> int | None:
        """The last word index of the match that starts at word ``i``, or ``None``. A pattern
        with ``^`` starts only at the first word; one that opens with a ``!`` slot starts nowhere
        its words stand in the words before. ``group``, if given, is what the slot ``<group>``
        reads, and ``classes`` the classes it names (see :meth:`around`)."""
        head = self.slots[0]
        if self.at_start and i:
            return None
        behind = range(max(0, i - _BEHIND), i)
        if head.negative and any(head.bars(texts, tokens, k) for k in behind):
            return None
        given = None if group is None else (group[0], group[1], classes)
        return self._rest(texts, tokens, i, 0, 0, given)

    def around(
        self,
        texts: Sequence[str],
        tokens: Sequence[Token] | None,
        group: tuple[int, int],
        classes: frozenset[str] | None = None,
    ) -> tuple[int, int] | None:
        """``(first, last)`` word indexes of the match, leftmost, whose slot ``<group>`` reads
        exactly the words ``group`` (first and last index) and no others, or ``None``.

        For a detector that reads the group itself, as more than the slot reads (a pronoun
        that carries a group named in a sentence before: "Refugees keep coming. They are
        ..."), and matches the rest of the pattern around it. Only words may stand before
        ``<group>`` in such a pattern (a :class:`ValueError` otherwise), so the match starts a
        bounded number of words before the group: the cost does not grow with the sentence.
        ``classes``, when the detector knows them (the classes of the group a pronoun carries),
        are what a slot read by its class (``<group!age>``) judges instead of the words'
        (:meth:`~municipal_social_policy.detectors.group_slot.GroupPhrase.admits`); a pronoun
        names none by its words.
        """
        reach = self._before_group
        if reach is None:
            raise ValueError(
                f"{self.where}: {self.source!r} has no slot <group>, or a typed slot before it;"
                " a group read by the detector needs a pattern of words around <group>"
            )
        first = group[0]
        for i in range(_back(tokens, first, reach), first + 1):
            last = self.match_at(texts, tokens, i, group, classes)
            if last is not None:
                return i, last
        return None

    @cached_property
    def _before_group(self) -> int | None:
        """The most words a match takes before its slot ``<group>`` (its own gap included);
        ``None`` without the slot or with a typed slot before it."""
        reach = 0
        for slot in self.slots:
            if isinstance(slot.phrase, GroupPhrase):
                return reach + slot.gap
            if slot.phrase is not None or slot.kind or slot.name is not None:
                return None
            if slot.required or slot.optional:
                reach += slot.gap + slot.longest
        return None

    def _rest(
        self,
        texts: Sequence[str],
        tokens: Sequence[Token] | None,
        position: int,
        k: int,
        carried: int = 0,
        group: _Given | None = None,
        limits: _Limits = (),
    ) -> int | None:
        # ``carried``: the gap of optional slots skipped just before this one ("~3 out? my"
        # still allows three words before "my" when "out" is absent). ``group``: the words
        # ``<group>`` reads, given by the caller, and the classes they name if the caller
        # knows them (see ``around``). ``limits``: when a skipped
        # slot's gap limits its words (``~1:!@past_tie police? cop``: "a retired cop" holds a
        # barred word even without "police"), the skipped gaps in order, ``carried`` words in
        # all, each with the words it may and may not hold; else empty.
        if k == len(self.slots):
            if self.at_end and position != len(texts):
                return None
            return position - 1
        slot = self.slots[k]
        if slot.negative or slot.ahead:
            if position < len(texts) and slot.bars(texts, tokens, position) is slot.negative:
                return None
            return self._rest(texts, tokens, position, k + 1, carried, group, limits)
        if slot.kind == "mark":
            if not marked(tokens, position):
                return None
            return self._rest(texts, tokens, position, k + 1, carried, group, limits)
        gap = slot.gap + carried
        if slot.optional:
            kept = limits
            if limits or slot.filler is not None or slot.barred:
                kept = (*(limits or ((carried, None, frozenset()),)), _limit(slot))
            last = self._rest(texts, tokens, position, k + 1, gap, group, kept)
            if last is not None:
                return last
        given_phrase = slot.phrase if isinstance(slot.phrase, GroupPhrase) else None
        given = group if given_phrase is not None else None
        merged = (*limits, _limit(slot)) if limits else ()
        # The gap counts written tokens ("ur", read "you are", is one; what is left of a token
        # the slot before read in part is one); the first ``carried`` of them, and the words
        # spelled out of each, stand in skipped slots' gaps.
        written, exempt = 0, False
        for j in range(position, len(texts)):
            if j > position:
                if j - 1 == position or _begins(tokens, j - 1):
                    written += 1
                    if written > gap:
                        return None
                    exempt = written <= carried
                if merged:
                    if not _gap_fits(merged, texts, tokens, position, j):
                        continue
                elif not exempt and (
                    texts[j - 1] in slot.barred
                    or (slot.filler is not None and texts[j - 1] not in slot.filler)
                ):
                    return None
            if given is not None and given_phrase is not None:
                ends: Iterable[int] = (
                    (given[1] + 1,)
                    if j == given[0]
                    and (
                        given_phrase.counts(texts[j : given[1] + 1])
                        if given[2] is None
                        else given_phrase.admits(given[2])
                    )
                    else ()
                )
            else:
                ends = slot.ends(texts, tokens, j)
            for end in ends:
                last = self._rest(texts, tokens, end, k + 1, 0, group)
                if last is not None:
                    return last
        return None


#: What the slot ``<group>`` reads when the caller gives it (see ``Pattern.around``): the first
#: and last word, and the classes of the group if the caller knows them.
_Given = tuple[int, int, frozenset[str] | None]

#: The gaps of skipped optional slots (see ``Pattern._rest``): for each, the most words it
#: takes, the words it may hold (``None``: any) and the words it may not.
_Limits = tuple[tuple[int, frozenset[str] | None, frozenset[str]], ...]


def _limit(slot: _Slot) -> tuple[int, frozenset[str] | None, frozenset[str]]:
    """The limits of the gap before ``slot``: the most words, those it may hold, those it may
    not."""
    return slot.gap, slot.filler, slot.barred


def _gap_fits(
    limits: _Limits, texts: Sequence[str], tokens: Sequence[Token] | None, start: int, end: int
) -> bool:
    """Whether the words ``texts[start:end]`` split, in order, into one run per gap of
    ``limits``, each of at most its number of written tokens, every word allowed by the gap:
    the gap of a skipped optional slot keeps its words' limits (``~1:!@past_tie police? cop``)."""
    if not limits:
        return start == end
    most, filler, barred = limits[0]
    written = 0
    for stop in range(start, end + 1):
        if stop > start:
            if stop - 1 == start or _begins(tokens, stop - 1):
                written += 1
                if written > most:
                    return False
            word = texts[stop - 1]
            if word in barred or (filler is not None and word not in filler):
                return False
        if _gap_fits(limits[1:], texts, tokens, stop, end):
            return True
    return False


def _begins(tokens: Sequence[Token] | None, i: int) -> bool:
    """Whether the word ``i`` begins a written token: not the second word of one spelled out
    in several ("are" of "ur", read "you are"). A gap counts written tokens, so "ur" fills one
    place of ``~1`` as "your" does; the words a gap opens with, left of a token the slot
    before it read in part ("would" of "I'd" after ``i``), take one place."""
    return tokens is None or i == 0 or tokens[i] is not tokens[i - 1]


def _back(tokens: Sequence[Token] | None, end: int, most: int) -> int:
    """The first word index from which the words before ``end`` begin at most ``most`` written
    tokens (:func:`_begins`): ``end - most`` when every word is a token of its own."""
    if tokens is None:
        return max(0, end - most)
    i, written = end, 0
    while i > 0:
        if _begins(tokens, i - 1):
            if written == most:
                break
            written += 1
        i -= 1
    return i


def anchor_word(run: tuple[str, ...]) -> str:
    """The word a run is known by: its longest word that is not a common one, nor a noun
    frequent on a city's page (``[frequent]`` of ``common_words.txt``: "people on government
    assistance" is known by "assistance", "senior citizens" by "senior").

    The ranks, from the last: a word a contracted ending spells out ("not" of "do not": every
    "n't" reads it, so it shows nothing of the run); a common word, or a word with an apostrophe
    (its parts are common: "it's" shows "it" and "s"); a frequent noun ("after our kids" is known
    by "kids", not by "after"); any other word, the longest first."""
    if len(run) == 1:
        return run[0]
    return max(
        run,
        key=lambda word: (
            word not in SUFFIXES_OF,
            word not in _COMMON and APOSTROPHES.isdisjoint(word),
            word not in _FREQUENT,
            len(word),
        ),
    )


@attrs.frozen
class PhraseGroup:
    """A group of patterns of a phrase file, with what a match proves and the checks it passes.

    ``known`` is every word the file names; ``ordinary`` words never read as a typo.
    """

    name: str
    patterns: tuple[Pattern, ...]
    strength: Strength
    checks: tuple[str, ...]
    known: frozenset[str]
    ordinary: frozenset[str]
    #: Short words a word of the file may be run together with ("ihate", "allmuslims"): the
    #: file's set ``joinable``; with none, no written word is read as two.
    joinable: frozenset[str] = frozenset()
    #: The words of the patterns' anchors: a sentence without one matches no pattern.
    anchors: frozenset[str] = attrs.field(init=False, repr=False)
    # The positions of the patterns by the words of their anchors: a sentence tries only the
    # patterns whose anchor it reads, found with a lookup per word it holds, not a test per
    # pattern (a group has hundreds).
    _by_anchor: Mapping[str, tuple[int, ...]] = attrs.field(init=False, repr=False)
    # For each anchor word read so far, its patterns by the words of another slot they need
    # (:meth:`_candidates`), and those that need no other.
    _by_second: dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        anchors = frozenset().union(*(pattern.anchor for pattern in self.patterns))
        object.__setattr__(self, "anchors", anchors)
        by_anchor: dict[str, list[int]] = {}
        for position, pattern in enumerate(self.patterns):
            for word in pattern.anchor:
                by_anchor.setdefault(word, []).append(position)
        object.__setattr__(self, "_by_anchor", {w: tuple(ps) for w, ps in by_anchor.items()})

    # What the group reads a written word as is built when first asked for: a detector that
    # matches a group's patterns on words it read itself (the hate reader) never asks.

    @cached_property
    def typos(self) -> Mapping[str, str]:
        """One-letter typos of the words the patterns need (five letters or more) that are no
        known word, each with its word."""
        needed = frozenset(
            word for pattern in self.patterns for words in pattern.needs for word in words
        )
        fuzzy = (word for word in needed if len(word) >= _TYPO_LENGTH)
        table = typo_table(fuzzy, _either(self.known, self.ordinary))
        _READ_THROUGH.add(table)
        return table

    @cached_property
    def typos_of(self) -> Mapping[str, tuple[str, ...]]:
        """Each word and its typos in :attr:`typos`, found when a word is first asked for (a
        gate asks for its anchors' only, not for the tens of thousands of typos a table holds)."""
        return _TyposOf(self.typos)

    @cached_property
    def spelling(self) -> Spelling:
        """How the group reads a written word
        (:class:`~municipal_social_policy.reading.Spelling`)."""
        joined = RunTogether(self.known, self.joinable) if self.joinable else None
        return Spelling(self.known, self.typos, joined)

    @cached_property
    def _admission(self) -> _Admission:
        """What a :class:`PhraseDetector` of the group tests before reading a text, and its
        trigger: built when a detector of the group is first made, then shared by every other
        (they depend on the patterns alone)."""
        return _Admission.of(self)

    @cached_property
    def _anchor_reads(self) -> frozenset[str] | None:
        """The anchors and their typos: a sentence none of whose tokens has one of these as a
        form or a spelled-out word, nor a masked form that stands for an anchor, reads no anchor
        (see :meth:`words`), so it is not read word by word. ``None`` when the group reads words
        run together: a split may read an anchor no form has."""
        if self.joinable:
            return None
        anchors = self.anchors
        return anchors.union(typo for typo, word in self.typos.items() if word in anchors)

    def anchored(self, read: frozenset[str]) -> Iterator[int]:
        """The positions of the patterns whose anchor holds a word of ``read`` (words a gate
        reads in a text), by the anchors' words in turn (a pattern with two of them comes
        twice): no other pattern can match the text by those words."""
        by_anchor = self._by_anchor
        for word in self.anchors.intersection(read):
            yield from by_anchor[word]

    def _unmasks_anchor(self, index: FormIndex) -> bool:
        """Whether one of the masked forms of ``index`` stands for an anchor in this group
        (:meth:`~municipal_social_policy.reading.Spelling.unmasked`). A masked form stands for
        a word of its length, first and last letter: only the forms of an anchor's shape are
        unmasked, found by shape (:attr:`~municipal_social_policy.reading.FormIndex.masked_shapes`),
        not each of a flood of distinct masked words."""
        unmasked, anchors, shapes = self.spelling.unmasked, self.anchors, index.masked_shapes
        return any(
            unmasked(form) in anchors
            for shape in self._anchor_shapes.intersection(shapes)
            for form in shapes[shape]
        )

    def _unmasked_needs(self, index: FormIndex) -> frozenset[str]:
        """The words of the patterns' slots that the masked forms of ``index`` stand for."""
        unmasked, shapes = self.spelling.unmasked, index.masked_shapes
        found = {
            unmasked(form)
            for shape in self._need_shapes.intersection(shapes)
            for form in shapes[shape]
        }
        found.discard(None)
        return frozenset(found)  # type: ignore[arg-type]  # None discarded

    def _may_match(self, index: FormIndex, i: int, unmasked: frozenset[str]) -> bool:
        """Whether the sentence ``i`` of ``index`` may read a word of each slot of a pattern
        with an anchor, as :meth:`matches` tries them: a word it reads is a form of its tokens
        (one that is known, or the last), a spelled-out word, a word a masked form stands for
        (among ``unmasked``: :meth:`_unmasked_needs`) or a typo's word
        (:meth:`~municipal_social_policy.reading.Spelling.words`; a group that reads words run
        together does not come here)."""
        shown = index.shown[i]
        extra = set(unmasked)
        for token in index.irregular[i]:
            if token.spelled is not None:
                extra.update(token.spelled)
        typos = self.typos
        if typos:
            extra.update(map(typos.__getitem__, typos.keys() & shown))
        held = shown.union(extra) if extra else shown  # one set: each need tested once
        by_anchor, patterns = self._by_anchor, self.patterns
        anchored = {p for word in self.anchors.intersection(held) for p in by_anchor[word]}
        return any(not any(map(held.isdisjoint, patterns[p].needs)) for p in anchored)

    @cached_property
    def _need_shapes(self) -> frozenset[tuple[int, str, str]]:
        """The length, first and last letter of each word of the patterns' slots that a masked
        form may stand for."""
        return frozenset(
            masked_shape(word)
            for pattern in self.patterns
            for words in pattern.needs
            for word in words
            if len(word) >= 3
        )

    @cached_property
    def _anchor_shapes(self) -> frozenset[tuple[int, str, str]]:
        """The length, first and last letter of each anchor a masked form may stand for."""
        return frozenset(masked_shape(word) for word in self.anchors if len(word) >= 3)

    def words(self, token: Token) -> tuple[str, ...]:
        """The words a written word reads as in this group (see the module docstring)."""
        return self.spelling.words(token)

    def sentences(
        self, reading: Reading
    ) -> Iterator[tuple[tuple[Token, ...], tuple[str, ...], list[tuple[int, int]]]]:
        """For each sentence of ``reading`` that a pattern matches: its tokens and the words they
        read as (one token per word, repeated for a word spelled out in several), and the
        ``(first, last)`` word indexes of every match."""
        for tokens, words, found in self.matches(reading):
            yield tokens, words, [(first, last) for first, last, _ in found]

    def matches(
        self, reading: Reading
    ) -> Iterator[tuple[tuple[Token, ...], tuple[str, ...], list[tuple[int, int, Pattern]]]]:
        """As :meth:`sentences`, each match with the pattern that made it.

        Only the sentences that hold a form of an anchor (or of one of its typos) are read, found
        in the text's index of forms (:func:`~municipal_social_policy.reading.form_index`), and
        each is read through that index, shared by every group
        (:meth:`~municipal_social_policy.reading.Spelling.sentences`)."""
        anchor_reads = self._anchor_reads
        index = form_index(reading)
        if anchor_reads is None:
            which: Sequence[int] = range(len(reading.sentences))
        else:
            # A sentence with a masked form is tried only when one of the text's masked forms
            # stands for an anchor ("k*ll"): a flood of masks ("f*** sh*t") is read by the few
            # groups whose anchors it may spell, not by every group.
            which = index.holding(anchor_reads)
            if index.masked and self._unmasks_anchor(index):
                # With the sentences that hold a masked form: found apart, not by a copy of the
                # group's anchors and typos (thousands of words) with the mask added.
                which = sorted({*which, *index.holding(_MASKED)})
            if which and index.masked:
                # A text with masked words: a sentence is read word by word only if the words
                # it may read hold a word of each slot of some pattern (most of a flood of
                # masks stands for none of the group's words).
                unmasked = self._unmasked_needs(index)
                which = [i for i in which if self._may_match(index, i, unmasked)]
            if not which:
                return
        anchors, patterns = self.anchors, self.patterns
        for tokens, words, distinct in self.spelling.sentences(index, which):
            present = anchors.intersection(distinct)
            if not present:
                continue
            # A pattern is tried only if the sentence reads a word of each slot it needs, in the
            # order of the group (one anchor's patterns are in that order already).
            # Only the patterns that need no other slot, or whose smallest other slot the
            # sentence reads a word of, are tested (:meth:`_candidates`): an anchor's patterns are
            # many (fifty for "kick"), and a sentence reads the other words of few.
            if len(present) == 1:
                anchored = self._candidates(next(iter(present)), distinct)
            else:
                found = (self._candidates(word, distinct) for word in present)
                anchored = sorted(set().union(*found))
            tried = [p for p in anchored if not any(map(distinct.isdisjoint, patterns[p].needs))]
            ranges = [
                (first, last, patterns[p])
                for p in tried
                for first, last in patterns[p].find(words, tokens)
            ]
            if ranges:
                yield tokens, words, ranges

    def _candidates(self, anchor: str, distinct: frozenset[str]) -> Sequence[int]:
        """The positions, in order, of the patterns with ``anchor`` in their anchor that a
        sentence reading the words ``distinct`` may match by a word of each slot they need: those
        that need no slot but their anchor's, and those with a word of their smallest other
        slot among ``distinct`` (a pattern without one has a slot the sentence reads no word
        of). Each of them is still tested for every slot."""
        kept = self._by_second.get(anchor)
        if kept is None:
            kept = self._by_second[anchor] = self._second_slots(anchor)
        by_word, alone = kept
        # The sentence's words are few and the slot's many: test each of them (``keys() &``
        # would copy every key of the slot first).
        held = [word for word in distinct if word in by_word]
        if not held:
            return alone
        return sorted({*alone, *(p for word in held for p in by_word[word])})

    def _second_slots(self, anchor: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
        """The patterns of ``anchor`` by the words of their smallest needed slot but their
        anchor's, and those that need no other slot."""
        by_word: dict[str, list[int]] = {}
        alone: list[int] = []
        for p in self._by_anchor[anchor]:
            pattern = self.patterns[p]
            others = list(pattern.needs)
            others.remove(pattern.anchor)
            if not others:
                alone.append(p)
                continue
            for word in min(others, key=len):
                by_word.setdefault(word, []).append(p)
        return {word: tuple(ps) for word, ps in by_word.items()}, tuple(alone)

    @cached_property
    def _apart(self) -> Mapping[str, tuple[str, ...]]:
        """The parts at apostrophes of the words a gate tests (:meth:`reads`) that have one,
        with those words ("don't" shows "don" and "t")."""
        tested = self.anchors.union(*(words for p in self.patterns for words in p.needs))
        apart: dict[str, dict[str, None]] = {}
        for word in tested:
            if "'" in word:
                for part in word.split("'"):
                    apart.setdefault(part, {})[word] = None
        _READ_THROUGH.add(apart)
        return {part: tuple(words) for part, words in apart.items()}

    def reads(self, forms: frozenset[str], text: NormalizedText | None = None) -> frozenset[str]:
        """The words the quick ``forms`` of a text show in this group: a word of a pattern is
        among them exactly when one of its :meth:`sources` is among ``forms`` (words no pattern
        names may be among them too). So a gate tests the group's words against these instead
        of holding the quick sources of every set of words it tests. They are the forms, the
        words every group reads in them besides (:func:`shown_words`; ``text``, when ``forms``
        are its quick forms, keeps these with the text) and those :meth:`read_through` gives."""
        return forms | shown_words(forms, text) | self.read_through(forms)

    def read_through(self, forms: frozenset[str]) -> frozenset[str]:
        """The words of the patterns that ``forms`` show through this group's typos
        (:attr:`typos`) and through the parts of its words with an apostrophe: the part of
        :meth:`reads` that depends on the group, few words or none."""
        typos, apart = self.typos, self._apart
        # Only the forms that some group's table holds (found once per set of forms, for every
        # group): a long comment's forms outnumber most tables, and hold few of their words.
        forms = _READ_THROUGH.held(forms)
        if not forms:
            return frozenset()
        typed = typos.keys() & forms
        parts = apart.keys() & forms if apart else ()
        if not typed and not parts:
            return frozenset()
        return frozenset(
            itertools.chain(
                map(typos.__getitem__, typed), (word for part in parts for word in apart[part])
            )
        )

    def quick_words(self) -> frozenset[str]:
        """The quick forms (:func:`~municipal_social_policy.reading.quick_forms`) of which a
        text holds one if a pattern matches it."""
        return share(frozenset().union(*(self.sources(word) for word in self.anchors)))

    @cached_property
    def gate(self) -> frozenset[str]:
        """:meth:`quick_words`, built when a detector first asks (on the first comment the scan
        admits it for) and then kept: a text without one is not read."""
        return self.quick_words()

    def needs(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """For each pattern, for each required slot, the quick forms one of which a text holds
        if the slot matches: a text that holds one of each set of no pattern cannot match."""
        return self._needs_of(self.sources)

    def trigger_needs(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """As :meth:`needs`, with every typo of a word that :meth:`typos_read` gives: the
        trigger's parts, built without the group's typo table, and one object for the same
        words in every group of the file."""
        return self._needs_of(self._trigger_sources)

    def plain_needs(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """As :meth:`trigger_needs` without the typos (:meth:`trigger_typos` gives them)."""
        # These depend on the words alone: kept for every group of every file, by the set of
        # words (patterns and files share their sets, see ``share``).
        return self._needs_of(_plain_sources, _PLAIN_FORMS)

    def trigger_typos(self) -> Typos:
        """The typos read as the words of the patterns, one table for every group of every
        file: with :meth:`plain_needs`, the keys of :meth:`trigger_needs`. Each word has the
        typos that :meth:`typos_read` gives for it in some file loaded so far (a few more than
        its own file reads, where two files keep different typos of the same word: a trigger
        may hold where the group reads nothing, never the other way round). One object, so
        that two parts with the same words are one part of the scan."""
        table = _TYPOS_READ
        # Each distinct set of words once (patterns share theirs), each word once.
        distinct = {id(words): words for pattern in self.patterns for words in pattern.needs}
        for word in dict.fromkeys(word for words in distinct.values() for word in words):
            read = self.typos_read(word)
            known = table.get(word)
            if known is None:
                table[word] = read
            elif known is not read and known != read and not set(read) <= set(known):
                table[word] = tuple(dict.fromkeys((*known, *read)))
        return _TYPOS

    def _needs_of(
        self,
        sources: Callable[[str], frozenset[str]],
        found: dict[frozenset[str], frozenset[str]] | None = None,
    ) -> tuple[tuple[frozenset[str], ...], ...]:
        """For each pattern, for each slot it needs, the ``sources`` of its words; ``found``
        keeps each set's answer (here for this group's patterns, which share their sets)."""
        if found is None:
            found = {}
        of_word: dict[str, frozenset[str]] = {}  # and the sets their words

        def source(word: str) -> frozenset[str]:
            try:
                return of_word[word]
            except KeyError:
                of_word[word] = sources(word)
                return of_word[word]

        def forms(words: frozenset[str]) -> frozenset[str]:
            # Read once: another thread's Evaluator may empty the memo meanwhile.
            known = found.get(words)
            if known is None:
                known = found[words] = share(frozenset().union(*map(source, words)))
            return known

        return tuple(tuple(map(forms, pattern.needs)) for pattern in self.patterns)

    def check_anchors(self) -> None:
        """Raise :class:`ValueError` if a pattern's anchor holds a word that a contracted ending
        spells out ("not", "will"): every word with that ending reads it, so no word of the text
        shows that the pattern may match
        (:func:`~municipal_social_policy.reading.plain_spellings`)."""
        # Each distinct anchor once: patterns share their word sets.
        for anchor in {id(pattern.anchor): pattern.anchor for pattern in self.patterns}.values():
            for word in anchor:
                try:
                    plain_spellings(word, {})
                except ValueError as error:
                    raise ValueError(
                        f"group {self.name!r}: {error}; a pattern's rarest word must not be one"
                    ) from None

    def sources(self, word: str) -> frozenset[str]:
        """The quick forms of which a text holds one if it reads ``word``
        (:func:`~municipal_social_policy.reading.quick_sources`)."""
        return quick_sources(word, self.typos_of)

    def _trigger_sources(self, word: str) -> frozenset[str]:
        return quick_sources(word, {word: self.typos_read(word)})

    def typos_read(self, word: str) -> tuple[str, ...]:
        """The typos of a word of the patterns that the group may read as it, without its typo
        table: those :attr:`typos` holds for it, and those it reads as another word of the same
        typo (a typo of two words reads as one of them). Every group of the file gives the
        same for the same word."""
        if len(word) < _TYPO_LENGTH or not word.isalpha():
            return ()
        known, ordinary = self.known, self.ordinary
        # The groups of a file share these two sets: what one group computed, the next reads.
        memo = _READ_MEMO.get((known, ordinary))
        if memo is None:
            memo = _READ_MEMO[known, ordinary] = {}
        read = memo.get(word)
        if read is None:
            read = memo[word] = tuple(
                t for t in kept_typos(word) if t not in known and t not in ordinary
            )
        return read


# PhraseGroup.typos_read by the sets a file's groups share (its known and ordinary words):
# a word's typos are computed once per file, not once per group and per pattern.
class _TableWords:
    """The words of every group's typos and apostrophe parts (:meth:`PhraseGroup.read_through`)
    built so far, and the last set of forms intersected with them: the groups that read a text
    ask for its same forms in turn. Exact while tables are still being built: a new table's
    words renew the union, and an answer is kept with the union it was found in."""

    def __init__(self) -> None:
        self._words: frozenset[str] = frozenset()
        # (forms, the union they were intersected with, the forms in it): replaced whole.
        self._last: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None

    def add(self, table: Mapping[str, object]) -> None:
        """Add the words of a group's ``table`` (its keys)."""
        if not self._words.issuperset(table):
            self._words = self._words.union(table)

    def held(self, forms: frozenset[str]) -> frozenset[str]:
        """The ``forms`` that are a word of some table."""
        words, last = self._words, self._last
        if last is not None and last[0] is forms and last[1] is words:
            return last[2]
        found = forms & words  # through the smaller of the two
        self._last = (forms, words, found)
        return found


_READ_THROUGH = _TableWords()


_READ_MEMO: dict[tuple[frozenset[str], frozenset[str]], dict[str, tuple[str, ...]]] = {}
# The typos read as the phrase files' words (PhraseGroup.trigger_typos), in one object.
_TYPOS_READ: dict[str, tuple[str, ...]] = {}
_TYPOS = Typos(_TYPOS_READ)


# PhraseGroup.plain_needs: the quick forms of a set of words, by the set.
_PLAIN_FORMS: dict[frozenset[str], frozenset[str]] = {}


def _plain_sources(word: str) -> frozenset[str]:
    return quick_sources(word, {})


def _read_through(word: str) -> bool:
    """Whether a group may read ``word`` from another form through its typos (a word of
    :data:`_TYPO_LENGTH` letters or more) or from the parts of a word with an apostrophe:
    :meth:`PhraseGroup.read_through` gives no other."""
    return "'" in word or (len(word) >= _TYPO_LENGTH and word.isalpha())


def shown_words(forms: frozenset[str], text: NormalizedText | None = None) -> frozenset[str]:
    """:func:`~municipal_social_policy.reading.words_shown` of ``forms`` (the words they show
    besides themselves), computed once per text when they are the quick forms of ``text``:
    every group's gate may read them."""
    if text is not None and forms is quick_forms(text):
        return text.view(_shown_quick)
    return words_shown(forms)


def _shown_quick(text: NormalizedText) -> frozenset[str]:
    return words_shown(quick_forms(text))


def masked_forms(text: NormalizedText) -> tuple[str, ...]:
    """The distinct forms of the text's words that hide letters
    (:data:`~municipal_social_policy.words.MASK`), the first
    :data:`~municipal_social_policy.detectors.MAX_MATCHES` of them (a flood is read by its
    first), computed once per text."""
    return text.view(_masked_forms)


def forms_read(text: NormalizedText, spelling: Spelling) -> frozenset[str]:
    """The quick forms of ``text`` (:func:`~municipal_social_policy.reading.quick_forms`) and
    the words its masked forms read as in ``spelling`` ("k*ll" is "kill", see
    :meth:`~municipal_social_policy.reading.Spelling.unmasked`): what a family's gate reads."""
    forms = quick_forms(text)
    unmasked = unmasked_words(text, spelling)
    return forms.union(unmasked) if unmasked else forms


def unmasked_words(text: NormalizedText, spelling: Spelling) -> frozenset[str]:
    """The words the masked forms of ``text`` read as in ``spelling`` (the part of
    :func:`forms_read` that is no quick form); none for a text without a masked word."""
    if not hides_letters(text.normalized) or not text.disguised:
        return _NONE
    unmasked = map(spelling.unmasked, masked_forms(text))
    return frozenset(word for word in unmasked if word is not None)


_NONE: frozenset[str] = frozenset()
# What FormIndex.holding reads as any form that hides letters.
_MASKED = frozenset({MASK})


def _masked_forms(text: NormalizedText) -> tuple[str, ...]:
    masked = (form for word in text.words for form in word.forms if MASK in form)
    return tuple(itertools.islice(dict.fromkeys(masked), MAX_MATCHES))


@cache
def _token_trigger(tokens: frozenset[str], typos: Typos | None = None) -> Trigger:
    """The trigger of ``tokens`` (and the ``typos`` read as them), one object for the many
    patterns that need the same words."""
    return Trigger(tokens=tokens, typos=typos)


class _TyposOf(Mapping[str, tuple[str, ...]]):
    """A typo table (:func:`~municipal_social_policy.reading.typo_table`) read backwards: each
    word with its typos that the table reads as it, in the table's order. A word's typos are
    among its :func:`~municipal_social_policy.reading.kept_typos`, so each word is looked up
    there when first asked for; the whole table is inverted only to be walked."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self._table = table
        self._found: dict[str, tuple[str, ...]] = {}
        self._whole: dict[str, tuple[str, ...]] | None = None

    def __getitem__(self, word: str) -> tuple[str, ...]:
        found = self._found.get(word)
        if found is None:
            table = self._table
            read = dict.fromkeys(typo for typo in kept_typos(word) if table.get(typo) == word)
            found = self._found[word] = share(tuple(read))
        if not found:
            raise KeyError(word)
        return found

    def _inverted(self) -> dict[str, tuple[str, ...]]:
        if self._whole is None:
            inverted: dict[str, list[str]] = {}
            for key, word in self._table.items():
                inverted.setdefault(word, []).append(key)
            self._whole = {word: share(tuple(keys)) for word, keys in inverted.items()}
        return self._whole

    def __iter__(self) -> Iterator[str]:
        return iter(self._inverted())

    def __len__(self) -> int:
        return len(self._inverted())


@lru_cache(maxsize=64)
def _either(known: frozenset[str], ordinary: frozenset[str]) -> frozenset[str]:
    """The known and the ordinary words of a file, as one set for all its groups."""
    return known | ordinary


@attrs.frozen
class PhraseFile:
    """A parsed phrase file: its word sets and its groups, by name."""

    name: str
    sets: Mapping[str, frozenset[str]]
    groups: Mapping[str, PhraseGroup]

    def extended(self, group: str, lines: Iterable[str], where: str = "patterns") -> PhraseGroup:
        """The group ``group`` with more patterns (a city's ``lines``, in this file's language
        and with its sets); a pattern that does not compile is a :class:`ValueError` naming
        ``where`` and the line's index."""
        base = self.groups[group]
        patterns = tuple(
            _parse_pattern(" ".join(line.split()), f"{where}[{i}]", self.sets)
            for i, line in enumerate(lines)
        )
        if not patterns:
            return base
        added = frozenset(
            word for pattern in patterns for slot in pattern.slots for word in slot.words
        )
        return PhraseGroup(
            base.name,
            base.patterns + patterns,
            base.strength,
            base.checks,
            base.known | (added - base.ordinary),
            base.ordinary,
            base.joinable,
        )


def parse_phrases(
    text: str, name: str, given: Mapping[str, frozenset[str]] | None = None
) -> PhraseFile:
    """Parse the phrase file ``text`` (see the module docstring); ``name`` names it in errors.
    ``given`` word sets replace the file's sets of the same name wherever they are read (a
    detector's configuration: the protected groups an ordinance lists).

    Raises :class:`ValueError` naming the file and line of a pattern that names an unknown set,
    a gap out of range, a group setting it does not know, or a pattern with no required slot.
    """
    configured = {key: _spelled_set(terms) for key, terms in (given or {}).items()}
    sets: dict[str, frozenset[str]] = dict(configured)
    groups: dict[str, list[Pattern]] = {}
    settings: dict[str, dict[str, str]] = {}
    group = ""
    built: _Built = {}
    fragments: dict[str, list[str]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            groups.setdefault(group, [])
            settings.setdefault(group, {})
            continue
        key, colon, value = line.partition(":")
        if colon and " " not in key and not key.startswith(("~", "@", "!")):
            if key == "sets" and not group:
                for file, space in _imports(value, where):
                    for set_name, terms in _read_sets(file).items():
                        if space:
                            sets[f"{space}.{set_name}"] = terms
                        else:
                            sets[set_name] = sets.get(set_name, frozenset()) | terms
                sets.update(configured)
                built.clear()
            elif key in ("strength", "checks") and group:
                if key in settings[group]:
                    raise ValueError(
                        f"{where}: [{group}] says {key!r} a second time; a group's settings"
                        " are said once, where it is first opened"
                    )
                settings[group][key] = value.strip()
            else:
                raise ValueError(
                    f"{where}: unknown setting {key!r}; a file may say 'sets:', a group"
                    " 'strength:' and 'checks:'"
                )
            continue
        if line.startswith("@") and "=" in line:
            key, _, words = line[1:].partition("=")
            sets[key.strip()] = frozenset(map(as_read, words.split()))
            built.clear()
            continue
        if line.startswith("%") and "=" in line:
            key, _, body = line[1:].partition("=")
            key = key.strip()
            if not key.isidentifier():
                message = f"{where}: a fragment is named by letters, digits and '_': {key!r}"
                raise ValueError(message)
            fragments.setdefault(key, []).extend(_expand(body.strip(), fragments, where))
            continue
        if not group:
            raise ValueError(f"{where}: a pattern before the first [group]")
        for expanded in _expand(line, fragments, where):
            groups[group].append(_parse_pattern(expanded, where, sets, built))
    # Every word of every set (a term of several words, "city_council", by its words) and of
    # every slot, each distinct runs mapping once (hundreds of slots read the same set's).
    terms = frozenset().union(*sets.values())
    joined = [term for term in terms if "_" in term]
    slots = {id(s.runs): s for ps in groups.values() for p in ps for s in p.slots}.values()
    known = terms.difference(joined).union(
        *(term.split("_") for term in joined), *(slot.words for slot in slots)
    )
    for key, values in settings.items():
        for check in values.get("checks", "").split():
            if check not in CHECKS:
                raise ValueError(
                    f"{name} [{key}]: no check {check!r}; the checks are {', '.join(CHECKS)}"
                )
            missing = [needed for needed in CHECKS[check][1] if needed not in sets]
            if missing:
                raise ValueError(f"{name} [{key}]: the check {check!r} reads the sets {missing}")
    ordinary = sets.get("ordinary", frozenset())
    readable = share(known - ordinary)  # one set for all the file's groups
    parsed = PhraseFile(
        name,
        sets,
        {
            key: PhraseGroup(
                key,
                tuple(patterns),
                _strength(settings[key].get("strength", "judgment"), f"{name} [{key}]"),
                tuple(settings[key].get("checks", "").split()),
                readable,
                ordinary,
                sets.get("joinable", frozenset()),
            )
            for key, patterns in groups.items()
        },
    )
    _RANKS.clear()  # the groups' anchors are chosen: the ranks are not held for the process
    return parsed


#: At most this many patterns come of one line's fragments (a typo in a file, not a family).
_MOST_EXPANDED = 400


def _expand(line: str, fragments: Mapping[str, list[str]], where: str) -> list[str]:
    """The lines ``line`` stands for: each ``%name`` in it replaced by each of the fragment's
    alternatives, every combination once (see the module docstring)."""
    choices: list[list[str]] = []
    for token in line.split():
        if token.startswith("%") and token[1:].isidentifier():
            if token[1:] not in fragments:
                raise ValueError(
                    f"{where}: no fragment {token!r}; define it above with"
                    f" '{token} = ...', one line per alternative"
                )
            choices.append(fragments[token[1:]])
        else:
            choices.append([token])
    expanded = [" ".join(parts) for parts in itertools.product(*choices)]
    if len(expanded) > _MOST_EXPANDED:
        raise ValueError(
            f"{where}: the fragments make {len(expanded)} patterns of one line, more than"
            f" {_MOST_EXPANDED}; split the line"
        )
    return expanded


def _strength(value: str, where: str) -> Strength:
    try:
        return Strength[value.strip().upper()]
    except KeyError:
        message = f"{where}: strength is 'judgment' or 'mechanical', not {value!r}"
        raise ValueError(message) from None


def _imports(value: str, where: str) -> list[tuple[str, str]]:
    """The files a ``sets:`` line imports, each with its namespace (``FILE as NAME``) or ``""``."""
    words = value.split()
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        file = words[i]
        if file == "as":
            raise ValueError(f"{where}: 'as' follows a file: 'sets: FILE as NAME'")
        if i + 1 < len(words) and words[i + 1] == "as":
            space = words[i + 2] if i + 2 < len(words) else ""
            if not space.isidentifier():
                raise ValueError(
                    f"{where}: 'sets: {file} as NAME' needs a NAME of letters, digits and '_',"
                    f" got {space!r}"
                )
            found.append((file, space))
            i += 3
        else:
            found.append((file, ""))
            i += 1
    return found


def _read_sets(file: str) -> dict[str, frozenset[str]]:
    if file.endswith(".tsv"):
        found: dict[str, set[str]] = {}
        for line in read_data(file).splitlines():
            if line and not line.startswith("#"):
                term, set_name = line.split("\t")[:2]
                # A term of several words is a run, spelled as the reading spells it.
                found.setdefault(set_name.strip(), set()).add(as_read("_".join(canonical(term))))
        return {key: frozenset(words) for key, words in found.items()}
    sections = parse_sections(read_data(file))
    if set(sections) == {""}:  # a plain word list is the set named by its file: not_names
        return {file.rpartition(".")[0]: frozenset(as_read(w.casefold()) for w in sections[""])}
    return {
        key: frozenset(as_read(w.casefold()) for w in words)
        for key, words in sections.items()
        if key
    }


def _spelled_set(terms: frozenset[str]) -> frozenset[str]:
    """``terms`` as :func:`as_read` spells them: the same object when it changes none."""
    spelled = frozenset(map(as_read, terms))
    return terms if spelled == terms else spelled


def as_read(term: str) -> str:
    """A term a phrase file names, as the reading spells the words it is written with: a
    contraction or a texting spelling is the run of the words it spells out (``don't`` is
    ``do_not``, ``gonna`` is ``going_to``, ``u`` is ``you``) and an ending that spells out nothing
    is dropped (``mayor's`` is ``mayor``). Naming ``don't`` in one group therefore never changes how
    another group of the file reads "don't"."""
    spelled = _AS_READ.get(term)
    if spelled is None:
        spelled = _AS_READ[term] = _spelled_out(term)
    return spelled


# as_read by term while phrase files are parsed: a set's words come back in file after file.
_AS_READ: dict[str, str] = {}


def _spelled_out(term: str) -> str:
    words: list[str] = []
    for word in term.split("_"):
        spelled = spell_out(word)
        words.extend(spelled if spelled else (word,))
    return "_".join(words)


def _runs(alternatives: str, sets: Mapping[str, frozenset[str]], where: str) -> Runs:
    parts: list[frozenset[str] | str] = []
    for alternative in alternatives.split("|"):
        if alternative.startswith("@"):
            if alternative[1:] not in sets:
                raise ValueError(f"{where}: no word set {alternative!r} defined above")
            parts.append(sets[alternative[1:]])
        elif alternative:
            parts.append(as_read(alternative))
        else:
            raise ValueError(f"{where}: an empty alternative in {alternatives!r}")
    return _built_runs(tuple(parts))


@cache
def _built_runs(parts: tuple[frozenset[str] | str, ...]) -> Runs:
    # Built once per distinct slot: many patterns name the same large sets.
    runs: dict[str, list[tuple[str, ...]]] = {}
    known = _TERM_RUNS
    for part in parts:
        for term in (part,) if isinstance(part, str) else part:
            run = known.get(term)
            if run is None:
                run = known[term] = share(tuple(term.split("_")))
            listed = runs.get(run[0])
            if listed is None:
                runs[run[0]] = [run]
            else:
                listed.append(run)
    for listed in runs.values():
        listed.sort(key=len, reverse=True)
    return {key: share(tuple(value)) for key, value in runs.items()}


# Each term of a set as its run of words ("piece_of_shit" -> ("piece", "of", "shit")), kept:
# the same terms come back in hundreds of slots.
_TERM_RUNS: dict[str, tuple[str, ...]] = {}

# The typed slots of one word, by how a pattern writes them.
_KINDS = {"<number>": "number", "<word>": "word", "<name>": "name", "<mark>": "mark"}


# The slots a file's patterns built so far, by the slot's text and the gap's before it: hundreds
# of patterns of a file write the same slot ("<person>", "~2:@harm"), built once and one object.
# Emptied when the file defines a set (a slot reads the sets defined above it).
_Built = dict[tuple[str, str], _Slot]


def _parse_pattern(
    line: str, where: str, sets: Mapping[str, frozenset[str]], built: _Built | None = None
) -> Pattern:
    slots: list[_Slot] = []
    gap: int = 0
    gap_part = ""  # the gap's text ("~3:@harm"), or "" for none
    filler: frozenset[str] | None = None
    barred: frozenset[str] = frozenset()
    checks: list[str] = []
    at_start = at_end = False
    kept: _Built = {} if built is None else built

    def add(slot: _Slot, new: bool = True) -> None:
        nonlocal gap, gap_part, filler, barred
        if (slot.negative or slot.ahead) and gap:
            mark = "!" if slot.negative else "&"
            raise ValueError(
                f"{where}: a gap goes before a slot that takes a word, not before a '{mark}'"
                f" slot (which takes none): {line!r}"
            )
        if new:
            slot = kept[part, gap_part] = attrs.evolve(slot, barred=barred) if barred else slot
        slots.append(slot)
        gap, gap_part, filler, barred = 0, "", None, frozenset()

    for part in line.split():
        if part.startswith("+"):
            checks.append(_pattern_check(part, sets, where))
            continue
        if checks:
            raise ValueError(f"{where}: a pattern's own checks (+name) end it: {line!r}")
        known = kept.get((part, gap_part)) if part[0] not in "^$~" else None
        if known is not None:
            add(known, False)
            continue
        _check_alternation(part, where)
        if part == "^" and not slots:
            at_start = True
        elif part == "$":
            at_end = True
        elif part.startswith("~"):
            count, _, fill = part[1:].partition(":")
            gap = int(count) if count.isdigit() else 0
            if not 1 <= gap <= _MAX_GAP:
                raise ValueError(f"{where}: a gap is ~1 to ~{_MAX_GAP}, got {part!r}")
            if not slots:
                raise ValueError(f"{where}: a pattern starts with a word, not a gap: {line!r}")
            gap_part = part
            filler, barred = _gap_words(fill, part, sets, where)
        elif part.startswith("<") and part.rstrip("?") not in _KINDS:
            optional = part.endswith("?")
            kind, *unless = part[1 : -2 if optional else -1].split("!")
            if not part.rstrip("?").endswith(">") or kind not in sets:
                raise ValueError(
                    f"{where}: a typed slot <kind> names a set of head words defined above,"
                    f" got {part!r}"
                )
            kind, seen = _namespaced(kind, sets)
            if unless and (kind != "group" or not all(unless)):
                raise ValueError(
                    f"{where}: only <group> names classes that do not count by themselves,"
                    f" each after a '!' (<group!age!disability>), got {part!r}"
                )
            phrase: NounPhrase | GroupPhrase
            if kind == "group":
                modifiers = _runs("@modifier", seen, where) if "modifier" in seen else _NO_RUNS
                phrase = _group_phrase(seen, _runs("@group", seen, where), modifiers)
                if unless:
                    phrase = attrs.evolve(phrase, unless=frozenset(unless))
                heads = GROUP_HEADS
            else:
                phrase = _noun_phrase(kind, seen, where)
                heads = (kind, f"{kind}_pronouns", f"{kind}_titles")
            parts = "|".join(f"@{name}" for name in heads if name in seen)
            add(_Slot(_runs(parts, seen, where), gap, filler, optional, False, phrase))
        else:
            negative = part.startswith("!")
            ahead = part.startswith("&")
            optional = part.endswith("?") and not (negative or ahead)
            body = part[1 if negative or ahead else 0 : -1 if optional else None]
            if body in _KINDS and not (negative or ahead):
                add(_kind_slot(_KINDS[body], gap, filler, optional, sets, where))
            else:
                add(_Slot(_runs(body, sets, where), gap, filler, optional, negative, ahead=ahead))
    opening = slots[1:2] if slots and slots[0].negative else slots[:1]
    if not opening or not opening[0].required or opening[0].kind == "mark":
        raise ValueError(
            f"{where}: a pattern starts with a word, a set or a run, maybe after a '!' slot:"
            f" {line!r}"
        )
    if all(slot.kind or not slot.required for slot in slots):
        raise ValueError(f"{where}: a pattern needs a word, a set or a run: {line!r}")
    if gap:
        raise ValueError(f"{where}: a gap goes before a slot, not at the end: {line!r}")
    return Pattern(line, where, tuple(slots), at_start, at_end, tuple(checks))


_NO_RUNS: Runs = MappingProxyType({})


def forget_build_memos() -> None:
    """Empty the tables that spare work while phrase files are parsed and their detectors built
    (each a pure function of its key: a slot's anchors, a set's runs and quick forms, a word's
    typos, the shared sets): about 3 to 4 MB that an Evaluator, once its detectors are built,
    never reads again, and that the scan built next can then reuse. A later build fills them
    anew (about 50 ms more for a second city in one process). Not the parsed files
    (:func:`read_phrases`) nor the typos the triggers read (:meth:`PhraseGroup.trigger_typos`):
    detectors hold those."""
    for memo in (_ANCHORS, _READ_MEMO, _PLAIN_FORMS, _TERM_RUNS, _GROUP_PHRASES, _AS_READ):
        memo.clear()
    _built_runs.cache_clear()
    kept_typos.cache_clear()
    forget()


# The <group> slots built so far, by the sets they read: a file has dozens of patterns with the
# slot, each read from the same sets (the key holds the runs, so their ids name no others).
_GROUP_PHRASES: dict[tuple[object, ...], tuple[Runs, Runs, GroupPhrase]] = {}


def _group_phrase(sets: Mapping[str, frozenset[str]], groups: Runs, modifiers: Runs) -> GroupPhrase:
    """:func:`.group_slot.group_phrase`, one object for the same sets and runs."""
    key = (id(groups), id(modifiers), *read_sets(sets))
    known = _GROUP_PHRASES.get(key)
    if known is not None and known[0] is groups and known[1] is modifiers:
        return known[2]
    phrase = group_phrase(sets, groups, modifiers)
    _GROUP_PHRASES[key] = (groups, modifiers, phrase)
    return phrase


def _gap_words(
    fill: str, part: str, sets: Mapping[str, frozenset[str]], where: str
) -> tuple[frozenset[str] | None, frozenset[str]]:
    """The words a gap ``~N:fill`` may hold (``None``: any) and those it may not: ``~N:@name``
    holds only words of ``name``, ``~N:!a|b|@name`` none of these."""
    if not fill:
        return None, frozenset()
    barring = fill.startswith("!")
    body = fill[1:] if barring else fill
    words: set[str] = set()
    for alternative in body.split("|"):
        if alternative.startswith("@") and alternative[1:] in sets:
            words |= sets[alternative[1:]]
        elif alternative and not alternative.startswith(("@", "<", "!", "~")):
            words.add(as_read(alternative))
        else:
            raise ValueError(
                f"{where}: a gap's words are words or sets defined above, '~N:@name' or"
                f" '~N:!a|@name' (none of these): {part!r}"
            )
    # A gap reads single words. A term spelled out as several ("ur" is "you are") may fill a
    # gap with each of its words, but bars none of them: barring "ur" must not bar "are".
    runs = {word for word in words if "_" in word}
    words -= runs
    if not barring:
        words.update(*(run.split("_") for run in runs))
    return (None, frozenset(words)) if barring else (frozenset(words), frozenset())


def _pattern_check(part: str, sets: Mapping[str, frozenset[str]], where: str) -> str:
    """The check a pattern names as ``+name``, after checking that it exists and that the file
    has the sets it reads."""
    name = part[1:]
    if name not in CHECKS:
        raise ValueError(f"{where}: no check {part!r}; the checks are {', '.join(CHECKS)}")
    missing = [needed for needed in CHECKS[name][1] if needed not in sets]
    if missing:
        raise ValueError(f"{where}: the check {part!r} reads the sets {missing}")
    return name


def _namespaced(
    kind: str, sets: Mapping[str, frozenset[str]]
) -> tuple[str, Mapping[str, frozenset[str]]]:
    """The kind of a typed slot and the sets it reads. ``<ns.kind>`` reads the sets of the import
    ``... as ns`` under their own names: its head sets (``kind``, ``kind_pronouns``,
    ``kind_titles``, ``kind_named``; for ``group`` also ``member``, ``modifier`` and ``person``)
    only from the import, so the importing file's sets of the same name never mix in; the
    grammar of a noun phrase (``determiners``, ``quantifiers``, ``generic``...) from the import
    when it has it, else from the file's own."""
    space, dot, base = kind.rpartition(".")
    if not dot:
        return kind, sets
    heads = {base, f"{base}_pronouns", f"{base}_titles", f"{base}_named"}
    if base == "group":
        heads.update((*GROUP_HEADS, "person"))
    prefix = f"{space}."
    seen = {name: words for name, words in sets.items() if name not in heads and "." not in name}
    seen.update(
        (name[len(prefix) :], words) for name, words in sets.items() if name.startswith(prefix)
    )
    return base, seen


def _check_alternation(part: str, where: str) -> None:
    """A typed slot is a slot by itself: ``a|<person>``, ``!<person>`` or ``&<person>`` would
    read ``<person>`` as a word no comment holds, so each is a load error that says how to write
    it."""
    if "<" not in part:
        return
    body = part.lstrip("!&").rstrip("?")
    alternatives = body.split("|")
    typed = [a for a in alternatives if _TYPED.fullmatch(a.rstrip("?"))]
    if not typed:
        return
    slot = typed[0].rstrip("?")
    if part.startswith(("!", "&")):
        raise ValueError(
            f"{where}: {part!r}: a {part[0]!r} slot names words, not a typed slot; write the"
            f" words {slot} stands for as a set, '{part[0]}@name'"
        )
    if len(alternatives) > 1:
        words = "|".join(a for a in alternatives if a not in typed) or "the other alternatives"
        raise ValueError(
            f"{where}: {part!r} joins the typed slot {slot} and other alternatives with '|';"
            f" a typed slot stands alone: write the pattern twice, once with {slot} and once"
            f" with {words}"
        )


# A typed slot as an alternative of a slot: "<person>", "<group>", "<number>".
_TYPED = re.compile(r"<[^<>|\s]+>")


def _noun_phrase(kind: str, sets: Mapping[str, frozenset[str]], where: str) -> NounPhrase:
    empty: frozenset[str] = frozenset()
    return NounPhrase(
        kind,
        _runs(f"@{kind}", sets, where),
        sets.get(f"{kind}_pronouns", empty),
        sets.get(f"{kind}_titles", empty),
        sets.get("determiners", empty),
        sets.get("quantifiers", empty),
        sets.get("compounds", empty),
        sets.get("intensifiers", empty),
        frozenset(term.split("_")[0] for term in sets.get(f"{kind}_named", empty)),
    )


@attrs.frozen
class _Admission:
    """A group's gates and trigger, shared by every :class:`PhraseDetector` of the group."""

    #: For each pattern, the sets of words of its required slots.
    needs: tuple[tuple[frozenset[str], ...], ...]
    #: The distinct sets of :attr:`needs` (patterns share theirs), and each pattern's as indexes.
    distinct: tuple[frozenset[str], ...]
    indexed: tuple[tuple[int, ...], ...]
    #: Whether each distinct set holds a word that may be read through a typo or an apostrophe.
    typed: tuple[bool, ...]
    trigger: Trigger
    #: Whether a text may match one of the patterns (:meth:`PhraseDetector.admits`): one
    #: function for the group, so that a text keeps its answer as a view.
    admits: Callable[[NormalizedText], bool] = attrs.field(init=False, eq=False, repr=False)

    @classmethod
    def of(cls, group: PhraseGroup) -> _Admission:
        """The admission of ``group``'s patterns."""
        # The slots' gates test the group's words against the words a text's forms show
        # (PhraseGroup.reads): the same answers as testing their quick sources against the forms.
        needs = tuple(p.needs for p in group.patterns)
        distinct = {need: i for i, need in enumerate(dict.fromkeys(n for s in needs for n in s))}
        indexed = tuple(tuple(distinct[need] for need in slots) for slots in needs)
        typed = tuple(any(map(_read_through, words)) for words in distinct)
        # A match holds a quick form of each required slot, which is one of the words a trigger
        # reads (read_tokens: the tokens and their parts at apostrophes, and a disguised text's
        # forms): one alternative per pattern, all its parts, the anchor's first (the scan tests
        # an alternative only when its first part is found). The anchor's part is the one its
        # slot has, not a set of its own: one set fewer per pattern, and the same answers on
        # the corpora, since a plain spelling of the anchor ("dont") is a quick form of it too.
        # The typos read as the words are in one table for the file, not in each set.
        group.check_anchors()
        typos = group.trigger_typos()
        trigger = Trigger.any_of_all(
            (
                _token_trigger(slots[pattern.needs.index(pattern.anchor)], typos),
                *(_token_trigger(slot, typos) for slot in slots),
            )
            for pattern, slots in zip(group.patterns, group.plain_needs(), strict=True)
        )
        admission = cls(needs, tuple(distinct), indexed, typed, trigger)
        object.__setattr__(admission, "admits", partial(_admits, group, admission))
        return admission


def _admits(group: PhraseGroup, admission: _Admission, text: NormalizedText) -> bool:
    """:meth:`PhraseDetector.admits` of a detector of ``group``, whose ``admission`` it is."""
    quick = quick_forms(text)
    unmasked = unmasked_words(text, group.spelling)  # what forms_read adds to the forms
    gate = group.gate
    if gate.isdisjoint(quick) and gate.isdisjoint(unmasked):
        return False
    # The words the forms show (PhraseGroup.reads): the forms themselves, the other words
    # every group reads in them (kept with the text) and the unmasked words', and, only for
    # a set with a word that may be read so, those read through the group's typos (found
    # when first needed).
    others = shown_words(quick, text)
    if unmasked:
        others |= words_shown(unmasked)
    through: frozenset[str] | None = None
    distinct, typed, indexed = admission.distinct, admission.typed, admission.indexed
    held: list[bool | None] = [None] * len(distinct)
    # Some pattern must hold a word of each of its required slots, its anchor's among
    # them: only the patterns of the anchors' words read are tried (PhraseGroup.anchored),
    # those of the forms first, not each of a group's hundreds of patterns. Each distinct
    # set of words is tested once.
    for shown in (quick, unmasked, others, None):
        if shown is None:  # last, the words read through typos
            if through is None:
                through = _through(group, quick, unmasked)
            shown = through
        for p in group.anchored(shown):
            for i in indexed[p]:
                found = held[i]
                if found is None:
                    words = distinct[i]
                    found = not (
                        words.isdisjoint(quick)
                        and words.isdisjoint(unmasked)
                        and words.isdisjoint(others)
                    )
                    if not found and typed[i]:
                        if through is None:
                            through = _through(group, quick, unmasked)
                        found = not words.isdisjoint(through)
                    held[i] = found
                if not found:
                    break
            else:
                return True
    return False


def _through(group: PhraseGroup, quick: frozenset[str], unmasked: frozenset[str]) -> frozenset[str]:
    """The words of the patterns of ``group`` read through its typos in the quick forms and
    the unmasked words (:meth:`PhraseGroup.read_through`)."""
    through = group.read_through(quick)
    return through | group.read_through(unmasked) if unmasked else through


@cache
def read_phrases(name: str) -> PhraseFile:
    """The phrase file ``name`` shipped beside the detectors, parsed once."""
    return parse_phrases(read_data(name), name)


@attrs.frozen
class PhraseDetector:
    """Signals the matches of a phrase file's group that pass its checks, merged where they
    overlap, with the group's strength.

    Derived from the group, never written by hand: ``trigger`` (for the evaluator's index) holds
    where some pattern has a quick form of each of its required slots, its anchor's first
    (:meth:`PhraseGroup.trigger_needs`); before reading a comment the detector checks that it
    holds a quick form (:func:`~municipal_social_policy.reading.quick_forms`) of an anchor, and
    one of every required slot of some pattern (testing the group's words against the words
    those forms show, :meth:`PhraseGroup.reads`).

    ``judge``, if given, is a family's own judgment of a match that the language cannot say (one
    that reads the letter case of the original text, say): a :data:`Judge` that keeps the match
    when it returns ``True``, or a part of it when it returns the indexes of its first and last
    word (:func:`judged`); it runs after the group's checks.
    """

    id: str
    group: PhraseGroup
    sets: Mapping[str, frozenset[str]]
    judge: Judge | None = None
    _checks: tuple[Check, ...] = attrs.field(init=False, repr=False)
    _needs: tuple[tuple[frozenset[str], ...], ...] = attrs.field(init=False, repr=False)
    # The distinct sets of :attr:`_needs` (patterns share theirs), and each pattern's as indexes.
    _distinct: tuple[frozenset[str], ...] = attrs.field(init=False, repr=False)
    _indexed: tuple[tuple[int, ...], ...] = attrs.field(init=False, repr=False)
    # Whether each distinct set holds a word that may be read through a typo or an apostrophe.
    _typed: tuple[bool, ...] = attrs.field(init=False, repr=False)
    _admits: Callable[[NormalizedText], bool] = attrs.field(init=False, eq=False, repr=False)
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_checks", tuple(CHECKS[name][0] for name in self.group.checks))
        # Derived from the group alone: built once for every detector of the group (a signal of
        # near.tsv reads the same groups as others: 269 detectors of 175 groups for Kankakee).
        admission = self.group._admission
        object.__setattr__(self, "_needs", admission.needs)
        object.__setattr__(self, "_distinct", admission.distinct)
        object.__setattr__(self, "_indexed", admission.indexed)
        object.__setattr__(self, "_typed", admission.typed)
        object.__setattr__(self, "_admits", admission.admits)
        object.__setattr__(self, "trigger", admission.trigger)

    @classmethod
    def of(
        cls,
        id: str,
        file: PhraseFile,
        group: str,
        extra: Iterable[str] = (),
        judge: Judge | None = None,
    ) -> PhraseDetector:
        """The detector ``id`` of the group ``group`` of ``file``, with ``extra`` patterns and
        ``judge`` if given."""
        return cls(id, file.extended(group, extra), file.sets, judge)

    def admits(self, text: NormalizedText) -> bool:
        """Whether a pattern may match ``text``: the gates before it is read. A masked word
        ("k*ll") counts as the word it stands for in the group (see
        :meth:`~municipal_social_policy.reading.Spelling.unmasked`). Asked once per text for
        every detector of the group (the signals of ``near.tsv`` read the same groups)."""
        return text.view(self._admits)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        strength = self.group.strength
        for start, end in self.spans(text):
            yield Signal(self.id, *text.span(start, end), strength)

    def spans(self, text: NormalizedText) -> Iterator[tuple[int, int]]:
        """The spans in the normalised text of the matches that pass the group's checks and the
        judge, overlapping ones merged, in order: what the detector signals, for a family that
        joins the matches of several groups itself (a notice's header and its alarm)."""
        if not self.admits(text):
            return
        sets, checks = self.sets, self._checks
        for tokens, words, found in self.group.matches(read(text)):
            matches = [
                Match(text, tokens, words, first, last, sets, pattern.named)
                for first, last, pattern in found
            ]
            kept = [
                kept
                for match, (_, _, pattern) in zip(matches, found, strict=True)
                if not any(check(match) for check in checks)
                and not any(CHECKS[name][0](match) for name in pattern.checks)
                for kept in judged(self.judge, match)
            ]
            for first, last in merge_ranges(kept):
                yield tokens[first].start, tokens[last].end


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive ``(first, last)`` ranges, overlapping ones merged, in order."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


# Names, clause marks and narrowed evidence: what the judgment detectors of public safety and
# defamation read (a witness's name, "witness: Jane Doe", the cue within a longer match).

#: A name is at most this many words written with a capital (a hyphened name is two).
_NAME_WORDS = 4


@attrs.frozen
class NameSlot:
    """The typed slot ``<name>``: a person's name as English capitals write it.

    It is a title of the set ``name_titles`` ("Mayor", "Officer") and up to four words written
    with a capital, one of them no word of the set ``not_names``; or up to four words written with
    a capital of which the first is no word of ``not_names`` ("John Smith", "Osenga"), so that
    "Yesterday John Smith" names John Smith. All its words stand in one clause. Capitals are
    the reading's (:attr:`~municipal_social_policy.reading.Token.capital`); whether the words are
    shaped like a name (not "WAY", not "TSA") and whether a lone word that opens a sentence names
    anyone are for the detector's judge to say, from the original text.
    """

    titles: frozenset[str]
    not_names: frozenset[str]
    #: Words of ``not_names`` that a title makes a surname ("Councilwoman Park").
    surnames: frozenset[str] = frozenset()

    def ends(self, words: Sequence[str], tokens: Sequence[Token] | None, j: int) -> list[int]:
        """The ends (exclusive) of the names that start at ``j``, longest first."""
        if tokens is None or not tokens[j].capital:
            return []
        titled = words[j] in self.titles
        if not titled and words[j] in self.not_names:
            return []
        start = j + 1 if titled else j
        clause = tokens[j].clause
        found: list[int] = []
        named = not titled
        end = start
        while (
            end < len(words)
            and end - start < _NAME_WORDS
            and tokens[end].capital
            and tokens[end].clause == clause
        ):
            named = named or words[end] not in self.not_names or words[end] in self.surnames
            end += 1
            if named:
                found.append(end)
        return found[::-1]


def _kind_slot(
    kind: str,
    gap: int,
    filler: frozenset[str] | None,
    optional: bool,
    sets: Mapping[str, frozenset[str]],
    where: str,
) -> _Slot:
    """The slot ``<number>``, ``<word>``, ``<name>`` or ``<mark>``."""
    if kind == "mark":
        if gap or optional:
            raise ValueError(f"{where}: a clause mark <mark> follows a word, without ~N or ?")
        return _Slot({}, kind=kind)
    if kind == "name":
        missing = [name for name in ("name_titles", "not_names") if name not in sets]
        if missing:
            raise ValueError(
                f"{where}: the slot <name> reads the sets {missing}; say"
                " 'sets: name_titles.txt not_names.txt' at the top of the file"
            )
        surnames = sets.get("title_surnames", frozenset())
        names = NameSlot(sets["name_titles"], sets["not_names"], surnames)
        return _Slot({}, gap, filler, optional, kind=kind, name=names)
    return _Slot({}, gap, filler, optional, kind=kind)


def marked(tokens: Sequence[Token] | None, position: int) -> bool:
    """Whether a clause mark (a comma, colon, bracket or dash) stands right before the word at
    ``position`` of a sentence: the slot ``<mark>`` ("witness: Jane Doe")."""
    return (
        tokens is not None
        and 0 < position < len(tokens)
        and tokens[position].clause != tokens[position - 1].clause
    )


def judged(judge: Judge | None, match: Match) -> tuple[tuple[int, int], ...]:
    """The word range ``(first, last)`` that ``match`` keeps as evidence once ``judge`` has
    judged it, or none: the whole match when the judge returns ``True`` (or there is no judge),
    nothing for ``False``, and for a range only its part inside the match, so that a judge can
    narrow the evidence ("gets off shift" in "that cop gets off shift at 11") but never widen it.
    """
    verdict = True if judge is None else judge(match)
    if verdict is True:
        return ((match.first, match.last),)
    if verdict is False:
        return ()
    first, last = max(verdict[0], match.first), min(verdict[1], match.last)
    return ((first, last),) if first <= last else ()


def ending(match: Match, name: str) -> int | None:
    """The index of the first word of the longest run of the set ``name`` that ends the match
    (a judge narrowing a match to its cue), or ``None`` when none does."""
    words, last = match.words, match.last
    found: int | None = None
    for term in match.sets[name]:
        run = term.split("_")
        first = last - len(run) + 1
        if match.first <= first < (last + 1 if found is None else found) and (
            list(words[first : last + 1]) == run
        ):
            found = first
    return found
