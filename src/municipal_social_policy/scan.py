"""One compiled scan per Evaluator: which detectors a comment calls for, in one pass.

Every key of every detector's :class:`~.detectors.triggers.Trigger` (a city's word-list
additions reach them through the detectors' configuration) and the protected-speech guard's
government words are indexed once per Evaluator, each key with the positions of its *part*
bits (a mask as wide as the scan for each of thousands of keys held megabytes). Per
comment the scan finds the key characters in the text (one search for a class of them: no set of
every character is built), intersects the comment's white-space words
(:func:`~.detectors.triggers.spaced_words`) and plain tokens (:attr:`~.NormalizedText.token_set`)
with the keys, once each, and makes one mask of the positions of the keys found.

A detector whose trigger is one part (the usual :class:`~.detectors.triggers.Trigger` of keys)
has its own bit as its part's bit; each part of a conjunction
(:meth:`~.detectors.triggers.Trigger.all_of`) has a bit of its own past the detectors', and the
detector is admitted when, for one of its alternatives, every part's bit was found: a mask test.
Alternatives are grouped by their first part, so only those whose first part was found are
tested, each first part's rests flat with their detectors' bits, one mask test per rest (none
where a part all of them hold was not found: one test of the bits they share first); the
first parts found are taken highest bit first (a bit length, not ``x & -x``, which negates a mask
thousands of bits wide); a conjunction should name its rarest part first, and an alternative
whose first part holds by a word most comments hold (``detectors/common_words.txt``: "the",
"for"; a conjunction of groups joined may open with one) is indexed by its first part that holds
by none, a part with computed conditions never moved first.

The tokens of a disguised text are the forms of its words, and a masked word ("b*tch") holds
the parts of the tokens it may stand for (:func:`~.detectors.triggers.fitted`), found among the
tokens of its length and first letter, as :meth:`~.detectors.triggers.Trigger.holds` says; a
text with more distinct masked words than :data:`~.detectors.triggers.MASKED_READ` holds every
part with tokens, and never the guard.

A part's conditions that are no keys (:attr:`~.detectors.triggers.Trigger.computed`:
substrings, a length, digits, a word's repeats, a word run into another) are computed from the
text by a function made once for each set of conditions
(:func:`~.detectors.triggers.computed_test`: only the conditions the part has, cheapest first),
after the keys: a detector's one part's for every comment; a first part's only for a
comment that holds the other parts of one of its alternatives that are no computed parts, and a
later part's only for one that holds, besides, the first part (a part that could complete no
alternative could admit nothing). :meth:`Scan.found` gives such a part's bit only where it was
computed.

Why set intersections and not an automaton: ``benchmarks/scan_candidates.py`` measured a
pyahocorasick automaton and a google-re2 ``Set`` of the same keys over the comment's words and
tokens joined into one padded text, with masks identical to these on the whole throughput corpus.
Neither was cheaper per comment once the text it reads is built, and both cost more to build and
hold (see ``docs/performance.md``): the views the intersections read are the ones the admitted
detectors read next anyway.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from operator import and_, attrgetter
from typing import cast

import attrs

from .detectors.lexicon import read_word_list
from .detectors.triggers import (
    Shapes,
    Test,
    Trigger,
    Typos,
    computed_test,
    fitting,
    masked_read,
    shapes,
    spaced_words,
    words_read,
)
from .text import NormalizedText

__all__ = ["Scan", "compiled", "holds_run"]


@attrs.frozen
class Scan:
    """The compiled scan of an Evaluator's detectors and its guard.

    Detector ``i`` is bit ``i`` of :meth:`admitted`'s mask, as in
    :class:`~.detectors.triggers.TriggerIndex`.
    :meth:`found` returns the part bits a text holds, with :attr:`guard`, the bit of the
    government words, when it holds one of them.
    """

    #: Detectors without a trigger: always admitted.
    untriggered: int
    #: Detectors whose trigger is one part: admitted when their own bit is found.
    single: int
    #: The other detectors, by the position of the bit of a first part of their alternatives
    #: (a small integer, not a mask as wide as the scan for each of thousands of parts): the
    #: bits of the other parts of each alternative that starts with that part (its *rest*; 0
    #: for an alternative of that part alone), each with its detector's bit, a detector's rests
    #: that hold another of its rests left out (where that one is found, so is the other). The
    #: parts that follow a first part have the lowest positions, the most common first: a rest
    #: is a mask of a few hundred bits, not of thousands. One tuple read per first part found,
    #: one test per rest: no loop per detector.
    conjunctions: Mapping[int, tuple[tuple[int, int], ...]]
    #: The parts' tokens (their typos and the guard's words aside), each with the positions of
    #: its part bits (one or a tuple), by shape: what a masked word may stand for
    #: (:func:`~.detectors.triggers.fitting`). Positions, not masks: a mask as wide as the
    #: scan for each of thousands of keys is made only for the few masked words read.
    masked: Shapes[int | tuple[int, ...]]
    #: The bit of the guard's government words and runs of words.
    guard: int
    #: The keys by kind, each with the position of its part bit, or the sorted positions of
    #: its part bits when it has several (:meth:`found` makes one mask of those a text holds).
    characters: Mapping[str, int | tuple[int, ...]]
    words: Mapping[str, int | tuple[int, ...]]
    tokens: Mapping[str, int | tuple[int, ...]]
    #: The guard's runs of two or more tokens ("city council").
    runs: tuple[tuple[str, ...], ...] = ()
    #: Parts with conditions computed from the text (:attr:`Trigger.computed`) that are a
    #: first part or a detector's one part: ``(position, part)``, computed before the others.
    ungated: tuple[tuple[int, Trigger], ...] = ()
    #: The other computed parts, ``(position, part)``, by the position of a first part they
    #: follow: computed only for a text that holds that part. Positions, not bits: a first
    #: part's bit is hundreds of bytes wide.
    gated: Mapping[int, tuple[tuple[int, Trigger], ...]] = attrs.field(factory=dict)
    # The key characters as one class: their set in a text is the set of its matches.
    _character_class: re.Pattern[str] | None = attrs.field(init=False, repr=False)
    _run_starts: frozenset[str] = attrs.field(init=False, repr=False)
    # The bits that index conjunctions.
    _firsts: int = attrs.field(init=False, repr=False)
    # The format of the first parts a text holds as binary digits, one for each bit of
    # :attr:`_firsts`.
    _digits: str = attrs.field(init=False, repr=False)
    _gates: int = attrs.field(init=False, repr=False)
    # What the masked words read so far stand for: the same few come back in comment after
    # comment.
    _fitted: dict[str, int] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    # The masks of the tuples of positions of :attr:`tokens` (and the other keys) met so far,
    # by the tuple's id (each tuple is one object the scan holds): made on first use.
    _made: dict[int, int] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    # The masks of :attr:`masked`, OR-ed: what a text of too many masked words holds
    # (:func:`~.detectors.triggers.masked_read`); never the guard's bit.
    _every_masked: int = attrs.field(init=False, repr=False)
    # :attr:`gated` with, for each part, what the rest of an alternative it completes needs: the
    # bits of the alternative's other parts, less those computed after the keys (not known
    # yet). A part none of whose alternatives has its other needs found is not computed: it
    # could admit nothing. By the first part's position, as :attr:`conjunctions`: a lookup by a
    # small integer, not by the hash of an integer thousands of bits wide.
    # :attr:`ungated` likewise (a detector's one part needs nothing else).
    _ungated_needs: tuple[tuple[int, Test, tuple[int, ...]], ...] = attrs.field(
        init=False, repr=False
    )
    _gated_needs: Mapping[int, tuple[tuple[int, Test, tuple[int, ...]], ...]] = attrs.field(
        init=False, repr=False
    )
    # The conjunctions by detector: each detector's bit and, for each of its alternatives, where
    # its first part's bit is in the binary digits of :attr:`_firsts` (``_digits``, most
    # significant first) and its rest, in two tuples side by side (no pair for each of
    # thousands of alternatives; for a text that holds many first parts: see :meth:`admitted`).
    _by_detector: tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...] = attrs.field(
        init=False, repr=False
    )
    # :attr:`conjunctions`, each first part's rests with the bits they all hold (0 for none):
    # where one of those was not found, no rest of that first part is tested. Most first parts
    # have some (an offer's goods, a group's name): about half of the rests a comment's first
    # parts bring are skipped so.
    _by_first: Mapping[int, tuple[int, tuple[tuple[int, int], ...]]] = attrs.field(
        init=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        keys = "".join(re.escape(character) for character in sorted(self.characters))
        object.__setattr__(self, "_character_class", re.compile(f"[{keys}]") if keys else None)
        object.__setattr__(self, "_run_starts", frozenset(run[0] for run in self.runs))
        object.__setattr__(self, "_firsts", _union(self.conjunctions))
        object.__setattr__(
            self,
            "_by_first",
            {
                first: (reduce(and_, (rest for rest, _bit in rests)), rests)
                for first, rests in self.conjunctions.items()
            },
        )
        width = self._firsts.bit_length()
        object.__setattr__(self, "_digits", f"0{width}b")
        object.__setattr__(self, "_gates", _union(self.gated))
        # Each key stands in two groups of ``masked``, by its first character and by its last
        # (:func:`~.detectors.triggers.shapes`): the groups of the first hold every key once.
        object.__setattr__(
            self,
            "_every_masked",
            _union(
                held for (size, _), group in self.masked.items() if size > 0 for _, held in group
            ),
        )
        gated_bits = _union(position for parts in self.gated.values() for position, _ in parts)
        gated_needs: dict[int, tuple[tuple[int, Test, tuple[int, ...]], ...]] = {}
        for first, parts in self.gated.items():
            # The first part is found where its gated parts are computed: the rests suffice.
            gated_needs[first] = tuple(
                (
                    1 << position,
                    computed_test(part),
                    tuple(
                        dict.fromkeys(
                            rest & ~gated_bits
                            for rest, _bit in self.conjunctions[first]
                            if rest >> position & 1
                        )
                    ),
                )
                for position, part in parts
            )
        object.__setattr__(self, "_gated_needs", gated_needs)
        ungated_needs = []
        for position, part in self.ungated:
            # A detector's one part is always computed; a first part where the rest of one of
            # its alternatives was found.
            needs = (
                (0,)
                if self.single >> position & 1
                else tuple(
                    dict.fromkeys(
                        rest & ~gated_bits for rest, _bit in self.conjunctions.get(position, ())
                    )
                )
            )
            ungated_needs.append((1 << position, computed_test(part), needs))
        object.__setattr__(self, "_ungated_needs", tuple(ungated_needs))
        by_detector: dict[int, tuple[list[int], list[int]]] = {}
        for first, alternatives in self.conjunctions.items():
            digit = width - 1 - first  # one integer for all the detectors of this first part
            for rest, bit in alternatives:
                digits, rests = by_detector.setdefault(bit, ([], []))
                digits.append(digit)
                rests.append(rest)
        object.__setattr__(
            self,
            "_by_detector",
            tuple(
                (bit, tuple(digits), tuple(rests)) for bit, (digits, rests) in by_detector.items()
            ),
        )

    @classmethod
    def of(
        cls,
        triggers: Sequence[Trigger | None],
        government: Iterable[Sequence[str]] = (),
    ) -> Scan:
        """Compile ``triggers``, one per detector (``None`` for one without), and the guard's
        ``government`` words, each a run of one or more tokens."""
        # Each key's bit positions, frozen at the end: OR-ing a bit into a mask thousands of
        # bits wide for each of a hundred thousand keys copied the mask each time.
        keys: _Positions = ({}, {}, {})
        typed: _Typed = {}
        ungated: dict[int, Trigger] = {}  # by position
        gated: dict[int, dict[int, Trigger]] = {}  # by the first part's position, by position
        untriggered = single = 0
        guard = 1 << len(triggers)
        for i, trigger in enumerate(triggers):
            bit = 1 << i
            if trigger is None:
                untriggered |= bit
            elif not trigger.alternatives:
                single |= bit
                _add_keys(keys, typed, trigger, i)
                if trigger.computed:
                    ungated[i] = trigger
        conjunctions = _add_conjunctions(triggers, keys, typed, ungated, gated)
        # The parts' own tokens' positions, before the guard's words and the typos join them;
        # equal tuples one object (thousands of keys have one of a few hundred).
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        plain = shapes(
            (key, held if isinstance(held, int) else _shared(tuple(held), shared))
            for key, held in keys[2].items()
        )
        runs = []
        for run in map(tuple, government):
            if len(run) == 1:
                _add(keys[2], run, len(triggers))  # the guard's bit
            elif run:
                runs.append(run)
        frozen = _frozen(_with_typos(keys, typed))
        return cls(
            untriggered,
            single,
            conjunctions,
            plain,
            guard,
            *frozen,
            tuple(sorted(set(runs))),
            tuple(ungated.items()),
            {first: tuple(parts.items()) for first, parts in gated.items()},
        )

    def found(self, text: NormalizedText) -> int:
        """The part bits (and the guard's bit) that ``text`` holds; a part of a conjunction's
        computed conditions only where the rest of one of its alternatives was found."""
        # The keys found give their positions, made one mask at the end (no mask as wide as
        # the scan held for each key, nor made for each key found).
        # A comment's few words are looked up in the keys (a set of the keys beside the
        # mapping would hold tens of thousands of keys twice).
        held: list[int | tuple[int, ...]] = []
        if self._character_class is not None:
            held += map(
                self.characters.__getitem__, set(self._character_class.findall(text.normalized))
            )
        if self.words:
            held += map(self.words.__getitem__, filter(self.words.__contains__, spaced_words(text)))
        if self.tokens:
            held += map(self.tokens.__getitem__, filter(self.tokens.__contains__, words_read(text)))
        found = 0
        made = self._made
        for positions in held:
            if isinstance(positions, int):
                found |= 1 << positions
            else:
                # Made on first use and kept (a few hundred tuples hold most keys found).
                mask = made.get(id(positions))
                if mask is None:
                    mask = _mask(positions)
                    if len(made) < _KEPT_MASKS:
                        made[id(positions)] = mask
                found |= mask
        if self.tokens:
            masked = masked_read(text)
            if masked is None:  # too many to read: each may stand for any token
                found |= self._every_masked
            else:
                for form in masked:
                    found |= self._stands_for(form)
        for bit, test, needs in self._ungated_needs:
            if not found & bit:
                for need in needs:
                    if found & need == need:
                        if test(text):
                            found |= bit
                        break
        gates = found & self._gates  # computed parts only after a first part they follow
        tested = found  # each computed part once, however many first parts it follows
        while gates:
            gate = gates.bit_length() - 1  # the highest bit (see _by_first_parts)
            gates ^= 1 << gate
            for bit, test, needs in self._gated_needs[gate]:
                if not tested & bit:
                    for need in needs:  # a loop, not any(): no generator per part
                        if found & need == need:
                            tested |= bit
                            if test(text):
                                found |= bit
                            break
        if (
            self.runs
            and not found & self.guard
            and not self._run_starts.isdisjoint(text.token_set)
            and holds_run(text.tokens, self.runs)
        ):
            found |= self.guard
        return found

    def _stands_for(self, form: str) -> int:
        """The part bits of the tokens the masked word ``form`` may stand for, kept."""
        bits = self._fitted.get(form)
        if bits is None:
            bits = _union(held for _key, held in fitting(form, self.masked))
            if len(self._fitted) < _KEPT_MASKED:
                self._fitted[form] = bits
        return bits

    def admitted(self, found: int) -> int:
        """The mask of the detectors to call, given the part bits :meth:`found`."""
        admitted = self.untriggered | (found & self.single)
        # Only the alternatives whose first part was found: most comments have none.
        firsts = found & self._firsts
        if not firsts:
            return admitted
        if firsts.bit_count() > _MANY_FIRSTS:
            return self._by_detectors(found, admitted)
        return self._by_first_parts(found, firsts, admitted)

    def _by_detectors(self, found: int, admitted: int) -> int:
        """``admitted`` with the conjunctions that hold, tested detector by detector: for a
        text that holds many first parts (a long text, or one whose masked words may stand
        for many words), each detector's first alternative is usually found at once."""
        # Whether a first part was found, one digit read for each alternative (not a shift of
        # an integer as wide as the scan).
        digits = format(found & self._firsts, self._digits)
        for bit, firsts, rests in self._by_detector:
            if admitted & bit:
                continue
            for first, rest in zip(firsts, rests, strict=True):
                if digits[first] == "1" and found & rest == rest:
                    admitted |= bit
                    break
        return admitted

    def _by_first_parts(self, found: int, firsts: int, admitted: int) -> int:
        """``admitted`` with the conjunctions that hold, tested only from the first parts
        ``firsts`` found: for a text that holds a few."""
        # The first parts found, highest bit first: a text holds a few of the thousands (no
        # string of a binary digit for each of them). The highest bit is its length, and the
        # integer shrinks as its bits are taken; the lowest (``firsts & -firsts``) would cost a
        # negation and a two's complement of the whole integer each, three times as much.
        by_first = self._by_first
        while firsts:
            first = firsts.bit_length() - 1
            firsts ^= 1 << first
            common, rests = by_first[first]
            if found & common != common:
                continue  # a part every rest of this first part holds was not found
            for rest, bit in rests:
                if found & rest == rest:
                    admitted |= bit
        return admitted


# A part's fields, compared as a tuple: equal to another's exactly when the parts are equal, and
# an identical set is found equal at once (two frozensets are compared element by element even
# when they are one object, as the parts' own equality does).
_fields = attrgetter(*(field.name for field in attrs.fields(Trigger)))

# A key's bit position, or its list of positions when it has several (most keys have one: no
# list for them).
_Held = int | list[int]

# For each kind of key (characters, words, tokens), each key's positions.
_Positions = tuple[dict[str, _Held], dict[str, _Held], dict[str, _Held]]

# For each kind of key, each key's position or sorted tuple of positions.
_Frozen = tuple[
    dict[str, int | tuple[int, ...]],
    dict[str, int | tuple[int, ...]],
    dict[str, int | tuple[int, ...]],
]

# For each table of typos (by its id), the positions of the tokens of the parts that read it.
_Typed = dict[int, tuple[Typos, dict[str, _Held]]]


# How many first parts a text holds before :meth:`Scan.admitted` tests detector by detector
# (on the throughput corpus both ways cost the same from about 32 to 128).
_MANY_FIRSTS = 128

# Masked words up to this many are kept with what they stand for.
_KEPT_MASKED = 4096

# Masks of the keys' tuples of positions up to this many are kept once made.
_KEPT_MASKS = 1024


def _add_conjunctions(
    triggers: Sequence[Trigger | None],
    keys: _Positions,
    typed: _Typed,
    ungated: dict[int, Trigger],
    gated: dict[int, dict[int, Trigger]],
) -> dict[int, tuple[tuple[int, int], ...]]:
    """The conjunctions of ``triggers`` as :attr:`Scan.conjunctions`: the keys of their parts
    added to ``keys`` and ``typed`` with the parts' positions (after the detectors' and the
    guard's bits), their computed parts to ``ungated`` and ``gated``. What numbers the parts is
    freed before the keys' positions are frozen."""
    parts, alternatives = _alternatives(triggers)
    positions = _positions(len(triggers) + 1, len(parts), alternatives)
    for index in sorted(range(len(parts)), key=positions.__getitem__):
        _add_keys(keys, typed, parts[index], positions[index])
    # Each first part's position, each detector's rests of the alternatives that start with it,
    # each the positions of its other parts' bits, sorted (equal rests are one rest).
    conjunctions: dict[int, dict[int, dict[tuple[int, ...], None]]] = {}
    computed = [part.computed for part in parts]  # asked once a part, not once an alternative
    for bit, indices in alternatives:
        start = positions[indices[0]]
        if computed[indices[0]]:
            ungated.setdefault(start, parts[indices[0]])
        for index in indices[1:]:
            if computed[index]:
                gated.setdefault(start, {}).setdefault(positions[index], parts[index])
        rest = {positions[index] for index in indices[1:]}
        rest.discard(start)
        conjunctions.setdefault(start, {}).setdefault(bit, {})[tuple(sorted(rest))] = None
    made: dict[tuple[int, ...], int] = {}  # one mask for equal rests
    return {
        first: tuple(
            (rest, bit)
            for bit, rests in by_detector.items()
            for rest in _least([_rest_mask(rest, made) for rest in rests])
        )
        for first, by_detector in conjunctions.items()
    }


def _rest_mask(positions: tuple[int, ...], made: dict[tuple[int, ...], int]) -> int:
    """The mask of a rest's sorted distinct ``positions``, one object with an equal mask in
    ``made``."""
    mask = made.get(positions)
    if mask is None:
        mask = made[positions] = _mask(positions)
    return mask


def _alternatives(
    triggers: Sequence[Trigger | None],
) -> tuple[list[Trigger], list[tuple[int, list[int]]]]:
    """The distinct parts of the conjunctions of ``triggers``, each once however many
    alternatives name it, and each alternative as its detector's bit and its parts' indices in
    them (what finds the parts is freed before the keys' positions are frozen)."""
    # Found by identity first, as comparing two equal parts compares their sets of keys.
    distinct: dict[tuple[object, ...], int] = {}
    by_id: dict[int, int] = {}
    parts: list[Trigger] = []
    alternatives: list[tuple[int, list[int]]] = []
    # Each alternative's indices by the alternative's id: detectors made of others (a family's
    # signals, a group read by two detectors) hold the same alternatives, a third of them.
    read: dict[int, list[int]] = {}
    for i, trigger in enumerate(triggers):
        for alternative in trigger.alternatives if trigger is not None else ():
            indices = read.get(id(alternative))
            if indices is None:
                indices = read[id(alternative)] = []
                for part in alternative:
                    index = by_id.get(id(part))
                    if index is None:
                        index = distinct.setdefault(_fields(part), len(parts))
                        if index == len(parts):  # one bit per distinct part, shared by all
                            parts.append(part)
                        by_id[id(part)] = index
                    indices.append(index)
            if indices:
                alternatives.append((1 << i, indices))
    # Whether each distinct part holds by a common word, and may be moved first: asked once a
    # part, not once an alternative (thousands of alternatives share a few thousand parts).
    common = [_common(part) for part in parts]
    movable = [
        bool(part.keys) and not part.computed and not rare
        for part, rare in zip(parts, common, strict=True)
    ]
    return parts, [(bit, _rare_first(indices, common, movable)) for bit, indices in alternatives]


def _rare_first(indices: list[int], common: Sequence[bool], movable: Sequence[bool]) -> list[int]:
    """The indices of an alternative's parts with a part of rarer words first (``movable``:
    keys, no computed condition, no common word) when its first part holds by a word most
    comments hold (``common``) (``detectors/common_words.txt``: "the", "for",
    "of"): the scan tests an alternative's rest for each comment that holds its first
    part, and a conjunction made of groups joined (a work near a way to get it) may open with
    such a part. Which part comes first changes no admission, only how often a rest is tested.
    A part with computed conditions is never moved first: it would be computed for every text
    that holds the rest."""
    if not common[indices[0]]:
        return indices
    for j in range(1, len(indices)):
        if movable[indices[j]]:
            return [indices[j], *indices[:j], *indices[j + 1 :]]
    return indices


def _common(part: Trigger) -> bool:
    """Whether ``part`` holds by a word most comments hold (one of its words is enough)."""
    return not part.tokens.isdisjoint(_COMMON)


_COMMON = read_word_list("common_words.txt", "common")


def _positions(base: int, count: int, alternatives: Sequence[tuple[int, list[int]]]) -> list[int]:
    """The bit position of each of ``count`` parts, from ``base``: first the parts that follow a
    first part in ``alternatives`` (each a detector's bit and its parts' indices), the most
    common first, then the others in their order. A rest (an alternative but its first part) is
    then a mask of a few hundred bits; any numbering admits the same detectors."""
    follows = Counter(index for _bit, indices in alternatives for index in indices[1:])
    order = sorted(follows, key=lambda index: (-follows[index], index))
    order.extend(index for index in range(count) if index not in follows)
    positions = [0] * count
    for position, index in enumerate(order, base):
        positions[index] = position
    return positions


def _add(index: dict[str, _Held], keys: Iterable[str], position: int) -> None:
    """Add ``keys`` to ``index`` with the bit at ``position``: the keys not yet indexed at once,
    the others one by one (a call per part, not per key: tens of thousands of them)."""
    keys = keys if isinstance(keys, frozenset) else frozenset(keys)
    known = index.keys() & keys
    if len(known) < len(keys):
        index.update(dict.fromkeys(keys - known if known else keys, position))
    for key in known:
        held = index[key]
        if isinstance(held, int):
            index[key] = [held, position]
        else:
            held.append(position)


def _add_keys(keys: _Positions, typed: _Typed, part: Trigger, position: int) -> None:
    """Add the keys of ``part`` with the bit at ``position``, its tokens also in ``typed`` when
    it reads typos of them."""
    for index, kind in zip(keys, (part.characters, part.words, part.tokens), strict=True):
        if kind:  # most parts have tokens only
            _add(index, kind, position)
    if part.typos is not None:
        _add(typed.setdefault(id(part.typos), (part.typos, {}))[1], part.tokens, position)


def _with_typos(keys: _Positions, typed: _Typed) -> _Positions:
    """``keys`` with the typos read as the tokens as tokens too, each with the positions of the
    parts whose tokens it is a typo of: added once per token, not once per part."""
    tokens = keys[2]
    lent: set[str] = set()  # keys that hold a token's list itself: copied before it grows
    for typos, positions in typed.values():
        of = typos.of
        for token, held in positions.items():
            for key in of.get(token, ()):
                known = tokens.get(key)
                if known is None:
                    tokens[key] = held  # most typos are of one word: one list, one mask
                    if isinstance(held, list):
                        lent.add(key)
                    continue
                if isinstance(known, int):
                    joined = [known]
                elif key in lent:
                    joined = known.copy()
                    lent.discard(key)
                else:
                    joined = known
                if isinstance(held, int):
                    joined.append(held)
                else:
                    joined.extend(held)
                tokens[key] = joined
    return keys


def _frozen(keys: _Positions) -> _Frozen:
    """Each key with its positions frozen: a position, or a sorted tuple of them, equal tuples
    one object (tens of thousands of keys have one of a few thousand), in place of the lists
    (no second mapping of tens of thousands of keys while the first is held). Not masks: a
    mask is as wide as the scan has bits (hundreds of bytes each); :meth:`Scan.found` makes
    one mask of the positions a text holds."""
    built: dict[tuple[int, ...], tuple[int, ...]] = {}
    of_list: dict[int, int | tuple[int, ...]] = {}  # by the list's id (see _with_typos)
    for index in cast(tuple[dict[str, object], ...], keys):
        for key, held in index.items():
            if isinstance(held, list):
                frozen = of_list.get(id(held))
                if frozen is None:
                    positions = _shared(tuple(sorted(set(held))), built)
                    frozen = positions[0] if len(positions) == 1 else positions
                    of_list[id(held)] = frozen
                index[key] = frozen  # a value replaced, no key added: the walk goes on
    return cast(_Frozen, keys)


def _shared(
    positions: tuple[int, ...], shared: dict[tuple[int, ...], tuple[int, ...]]
) -> tuple[int, ...]:
    """``positions``, or the equal tuple already in ``shared``."""
    return shared.setdefault(positions, positions)


def _least(rests: Sequence[int]) -> list[int]:
    """``rests`` but those that hold another of them: where one of those is found, the other
    is too."""
    if len(rests) < 2:  # most detectors have one rest after a first part
        return list(rests)
    return [
        rest
        for rest in rests
        if not any(other != rest and other & rest == other for other in rests)
    ]


def _union(helds: Iterable[int | tuple[int, ...]]) -> int:
    """The mask of every position in ``helds``, each a position or a tuple of them."""
    positions: set[int] = set()
    for held in helds:
        if isinstance(held, int):
            positions.add(held)
        else:
            positions.update(held)
    return _mask(tuple(sorted(positions))) if positions else 0


def _mask(positions: tuple[int, ...]) -> int:
    """The integer with the bits at ``positions`` (sorted): set in bytes, then made one integer,
    not OR-ed bit by bit into an integer that grows to thousands of bits."""
    if len(positions) < 2:
        return 1 << positions[0] if positions else 0
    digits = bytearray(positions[-1] // 8 + 1)
    for position in positions:
        digits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(digits, "little")


def holds_run(tokens: tuple[str, ...], runs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``runs`` of tokens occurs, token after token, in ``tokens``."""
    for run in runs:
        size = len(run)
        if any(tokens[k : k + size] == run for k in range(len(tokens) - size + 1)):
            return True
    return False


def compiled(trigger: Trigger) -> Test:
    """The test of whether a text holds ``trigger`` (:meth:`Trigger.holds`), by a scan of that
    trigger alone compiled as an Evaluator's scan compiles its detectors' triggers, on first
    use: for a detector that asks a trigger of many alternatives itself. ``holds`` tries the
    alternatives one by one (an offer's 1,988: about 5 ms a text), the scan only those whose
    first part the text holds (about 8 us)."""
    scans: list[Scan] = []  # empty until first asked: most detectors never ask

    def holds(text: NormalizedText) -> bool:
        if not scans:
            scans.append(Scan.of((trigger,)))
        scan = scans[0]
        return scan.admitted(scan.found(text)) != 0

    return holds
