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

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache, reduce
from itertools import chain
from operator import attrgetter, or_
from typing import TypeVar, cast

import attrs

from ..reading import quick_forms
from ..text import NormalizedText
from ..words import MASK, hides_letters
from ._shared import share

__all__ = [
    "APOSTROPHES",
    "DIGITS",
    "MASKED_READ",
    "RUN_TOGETHER",
    "Test",
    "Trigger",
    "TriggerIndex",
    "Typos",
    "computed_test",
    "count_digits",
    "digit_count",
    "either",
    "every_mask",
    "first_word",
    "fitted",
    "fitting",
    "masked_read",
    "masked_words",
    "most_repeated",
    "read_tokens",
    "runs_into",
    "shapes",
    "spaced_words",
    "words_read",
]


#: A plain word (:attr:`NormalizedText.token_set`) runs on over an apostrophe ("x'union",
#: "example.com's"): a trigger of plain words holds also for these characters when the word may
#: be glued to another.
APOSTROPHES = frozenset("'’")


#: A word of this many letters or more is read for a word run together with another.
RUN_TOGETHER = 8


@attrs.frozen(eq=False, repr=False)  # one object for many triggers: compared by identity
class Typos:
    """Words and the one-letter typos (:func:`~municipal_social_policy.reading.typos`) that a
    detector reads as each: a ``tokens`` trigger with these holds also for a text that holds a
    typo of one of its tokens.

    The phrase families read the typos of thousands of words; kept in one table, and not in
    each trigger's set of tokens, they are held once instead of in every set that names the
    word (most of a phrase trigger's keys were typos). The scan indexes them as keys all the same.
    """

    of: Mapping[str, tuple[str, ...]]

    def __repr__(self) -> str:
        return f"Typos(<the typos of {len(self.of):,} words>)"

    def keys(self, tokens: Iterable[str]) -> Iterator[str]:
        """The typos of ``tokens`` read as them."""
        of = self.of
        for token in tokens:
            yield from of.get(token, ())


@attrs.frozen(cache_hash=True)  # conjunctions are hashed often while they are built
class Trigger:
    """Holds for a text that contains one of ``characters``, ``words``, ``tokens`` or
    ``substrings``, that is at least ``length`` characters long, that has at least ``digits``
    digits (0-9), one of whose plain words comes ``repeats`` times or whose first word holds one
    of the characters of ``opening``; or, built with
    :meth:`all_of` and :meth:`any_of`, for a text where every part of one alternative holds.

    ``characters`` are characters of the normalised text; ``words`` its white-space separated
    words (:func:`spaced_words`, punctuation attached); ``tokens`` its plain words
    (:attr:`NormalizedText.token_set`) with their parts at apostrophes, and of a text that shows
    a disguise (:attr:`NormalizedText.disguised`) also the forms of its words, as
    ``detectors.triggers.read_tokens`` gives them; a masked word ("b*tch") holds a ``tokens``
    trigger when it may stand for one of its tokens (``detectors.triggers.fitted``: a token of
    its length with its letters where it shows them); a text with more distinct masked words
    than ``detectors.triggers.MASKED_READ`` holds every ``tokens`` trigger.

    A trigger of keys is one *part*. A detector that needs several things at once ("a verb of
    harm and a person") declares a conjunction, so that the evaluator calls it only when all are
    there: ``Trigger.all_of(verbs, people)`` holds where both parts hold, and
    ``Trigger.any_of(a, b)`` (or ``a | b``) where either does. :attr:`needs` gives any trigger
    in that normal form: alternatives, each a tuple of parts. A phrase set maps onto it
    directly, one alternative per pattern and one part per required slot
    (:meth:`of_patterns`).
    """

    characters: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    tokens: frozenset[str] = frozenset()
    #: Holds for a normalised text of at least this many characters (0: no such condition).
    length: int = 0
    #: For a conjunction, its alternatives of parts (see :attr:`needs`); empty for a part.
    alternatives: tuple[tuple[Trigger, ...], ...] = ()
    #: Holds for a normalised text that contains one of these strings. The scan tests them only
    #: where an alternative's first part was found: give them as a later part of a conjunction.
    substrings: frozenset[str] = frozenset()
    #: Holds for a normalised text with at least this many digits 0-9 (0: no such condition).
    digits: int = 0
    #: Holds for a text one of whose plain words (:attr:`NormalizedText.tokens`) comes at least
    #: this many times (0: no such condition).
    repeats: int = 0
    #: Holds for a text with a word run together with one of these ("gayvermin" for "gay"):
    #: one of the words ``read_tokens`` gives, ``RUN_TOGETHER`` (8) letters or more long,
    #: starts or ends with one of them, the rest three letters or more (``runs_into``).
    runs_into: frozenset[str] = frozenset()
    #: How long a word must be to be read for :attr:`runs_into` (``RUN_TOGETHER`` by default).
    run_length: int = RUN_TOGETHER
    #: How many letters the rest of such a word must have (three by default: "ihate" is "i"
    #: run into "hate" only with ``run_length=5, run_rest=1``).
    run_rest: int = 3
    #: When given, the rest must also be one of these words: a reader that cuts a word only
    #: into two it knows (:class:`~municipal_social_policy.reading.RunTogether`) reads nothing
    #: from "intersection" or "household", whose rests ("inter", "hold") it does not know.
    #: ``None``, the default: any ``run_rest`` letters.
    run_rests: frozenset[str] | None = None
    #: The typos read as ``tokens``: the trigger holds also for a text with one of them.
    typos: Typos | None = None
    #: Holds for a normalised text whose first white-space separated word (``first_word``)
    #: holds one of these characters: what must open a comment (a shape ``anchored`` to its
    #: start, such as a quote that closes an SQL string: "admin' OR 1=1").
    opening: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        if self.alternatives and not (self.keys or self.computed):
            return _check_alternatives(self.alternatives)  # a conjunction, built most often
        for name in ("characters", "words", "tokens"):
            keys = getattr(self, name)
            if len(keys) > 1 and type(keys) is frozenset:  # equal sets as one (``share``)
                object.__setattr__(self, name, share(keys))
        for name in ("length", "digits", "repeats", "run_length", "run_rest"):
            if getattr(self, name) < 0:
                raise ValueError(
                    f"Trigger({name}={getattr(self, name)}): give a number >= 0 (0 for none)"
                )
        if "" in self.substrings:
            raise ValueError("Trigger(substrings=...): an empty string holds for every text")
        keyed = bool(self.keys or self.computed)
        if keyed and self.alternatives:
            raise ValueError(
                "Trigger(alternatives=...) takes no characters, words, tokens, substrings,"
                " length, digits or repeats of its own: put them in a part,"
                " Trigger.all_of(Trigger(tokens=...), ...)"
            )
        if not keyed and not self.alternatives:
            raise ValueError(
                "Trigger() holds for no text: give characters, words, tokens, substrings, a"
                " length, digits or repeats; a detector that must read every text has no trigger"
            )
        return None

    @property
    def keys(self) -> bool:
        """Whether the trigger has keys the scan looks up: characters, words or tokens."""
        return bool(self.characters or self.words or self.tokens)

    @property
    def computed(self) -> bool:
        """Whether the trigger has conditions the scan computes from the text: substrings, a
        length, digits, repeats, words run together or an opening."""
        return bool(
            self.substrings
            or self.length
            or self.digits
            or self.repeats
            or self.runs_into
            or self.opening
        )

    @property
    def needs(self) -> tuple[tuple[Trigger, ...], ...]:
        """The alternatives of parts: the trigger holds where every part of one of them holds.

        A trigger of keys is one alternative of one part, itself.
        """
        return self.alternatives or ((self,),)

    def first_parts(self) -> Trigger:
        """One part that holds wherever this trigger does: the first parts of its alternatives,
        merged (a text that holds an alternative holds its first part). A conjunction with
        another trigger's alternatives costs one part this way, not their product."""
        return Trigger.any_of_all((parts[0],) for parts in self.needs)

    @classmethod
    def all_of(cls, *triggers: Trigger) -> Trigger:
        """The trigger that holds where every one of ``triggers`` holds.

        The evaluator tests an alternative only when its first part was found: name the
        rarest part (a pattern's anchor) first.
        """
        if not triggers:
            raise ValueError("Trigger.all_of() needs at least one trigger")
        alternatives: list[tuple[Trigger, ...]] = [()]
        for trigger in triggers:  # distribute: (a | b) & c is (a & c) | (b & c)
            alternatives = [
                _parts(*left, *right) for left in alternatives for right in trigger.needs
            ]
        return cls._of(alternatives)

    @classmethod
    def any_of(cls, *triggers: Trigger) -> Trigger:
        """The trigger that holds where one of ``triggers`` holds."""
        if not triggers:
            raise ValueError("Trigger.any_of() needs at least one trigger")
        return cls._of(alternative for trigger in triggers for alternative in trigger.needs)

    @classmethod
    def any_of_all(cls, alternatives: Iterable[Iterable[Trigger]]) -> Trigger:
        """``any_of(*(all_of(*parts) for parts in alternatives))``, without building a
        conjunction for each alternative when its parts are triggers of keys: a phrase family
        gives one alternative for each of its hundreds of patterns."""
        found: list[tuple[Trigger, ...]] = []
        for parts in alternatives:
            alternative = _parts(*parts)
            if not alternative:
                raise ValueError("Trigger.all_of() needs at least one trigger")
            if any(map(_conjunction, alternative)):
                found.extend(cls.all_of(*alternative).needs)
            else:
                found.append(alternative)
        if not found:
            raise ValueError("Trigger.any_of() needs at least one trigger")
        return cls._of(found)

    @classmethod
    def of_patterns(
        cls, patterns: Iterable[Iterable[frozenset[str]]], *, kind: str = "tokens"
    ) -> Trigger:
        """The trigger of a set of patterns: one holds where every one of its required slots
        finds one of its words (``kind``: ``"tokens"``, ``"words"`` or ``"characters"``).

        Raises :class:`ValueError` for no pattern, or a pattern with no required slot (it
        needs nothing, so nothing can gate it: such a detector has no trigger).
        """
        if kind not in ("characters", "words", "tokens"):
            raise ValueError(f"Trigger.of_patterns(kind={kind!r}): use characters, words or tokens")
        alternatives = []
        for pattern in patterns:
            slots = [frozenset(slot) for slot in pattern]
            if not slots or not all(slots):
                raise ValueError(
                    f"Trigger.of_patterns: a pattern with slots {slots!r} needs nothing; a"
                    " pattern needs one or more slots, each of one or more words"
                )
            alternatives.append(cls.all_of(*(_keyed(kind, slot) for slot in slots)))
        if not alternatives:
            raise ValueError("Trigger.of_patterns: no pattern")
        return cls.any_of(*alternatives)

    @classmethod
    def _of(cls, alternatives: Iterable[tuple[Trigger, ...]]) -> Trigger:
        unique = tuple(dict.fromkeys(alternatives))
        if all(len(alternative) == 1 for alternative in unique):
            # One part each: the union of their keys holds exactly where one of them does.
            return _merge([alternative[0] for alternative in unique])
        return cls(alternatives=unique)

    def __or__(self, other: Trigger) -> Trigger:
        """The trigger that holds where either holds: for a detector made of two."""
        return Trigger._of((*self.needs, *other.needs))

    def __and__(self, other: Trigger) -> Trigger:
        """The trigger that holds where both hold (:meth:`all_of`)."""
        return Trigger.all_of(self, other)

    def holds(self, text: NormalizedText) -> bool:
        """Whether ``text`` contains one of the trigger's characters, words or tokens, or holds
        one of its computed conditions (:meth:`holds_computed`); for a conjunction, whether
        every part of one of its alternatives holds."""
        if self.alternatives:
            return any(all(part.holds(text) for part in parts) for parts in self.alternatives)
        return (
            not self.characters.isdisjoint(text.characters)
            or not self.words.isdisjoint(spaced_words(text))
            or (bool(self.tokens) and _holds_tokens(self.tokens, text))
            or (self.typos is not None and self._holds_typo(text))
            or self.holds_computed(text)
        )

    def holds_computed(self, text: NormalizedText) -> bool:
        """Whether ``text`` holds one of the trigger's :attr:`computed` conditions, as the test
        ``detectors.triggers.computed_test`` makes for them says."""
        return computed_test(self)(text)

    def _holds_typo(self, text: NormalizedText) -> bool:
        # From the text's side: the words its tokens may be typos of, then their typos.
        tokens = words_read(text)
        if self.typos is None:
            return False
        of = self.typos.of
        return any(
            not tokens.isdisjoint(of.get(word, ()))
            for word in self.tokens.intersection(text.view(_typo_sources))
        )


#: A test of a text: whether it holds a condition.
Test = Callable[[NormalizedText], bool]


def computed_test(part: Trigger) -> Test:
    """The test of ``part``'s :attr:`~Trigger.computed` conditions, made once for equal
    conditions: whether a text holds one of them (:meth:`Trigger.holds_computed`).

    The scan asks this of a few parts for every comment, so only the conditions the part has
    are tested, cheapest first, each by a function made for it: one substring by ``in``, a few
    by a loop, many that open with few characters by one search (no generator and no lookup of
    the substrings per text)."""
    return _computed_test(
        part.length,
        part.substrings,
        part.digits,
        part.opening,
        part.repeats,
        part.runs_into,
        part.run_length,
        part.run_rest,
        part.run_rests,
    )


@lru_cache(maxsize=4096)
def _computed_test(
    length: int,
    substrings: frozenset[str],
    digits: int,
    opening: frozenset[str],
    repeats: int,
    words: frozenset[str],
    run_length: int,
    run_rest: int,
    run_rests: frozenset[str] | None,
) -> Test:
    tests: list[Test] = []
    if length:
        tests.append(lambda text: len(text.normalized) >= length)
    if substrings:
        tests.append(_containing(substrings))
    if digits:
        tests.append(lambda text: digit_count(text) >= digits)
    if opening:
        tests.append(lambda text: not opening.isdisjoint(first_word(text.normalized)))
    if repeats:
        # A word n times is n - 1 repeats: a text with fewer is not counted word by word.
        tests.append(
            lambda text: (
                len(text.tokens) - len(text.token_set) >= repeats - 1
                and most_repeated(text) >= repeats
            )
        )
    if words:

        def run(text: NormalizedText) -> bool:
            tokens = read_tokens(text)
            return tokens is None or runs_into(
                tokens, words, longest=run_length, rest=run_rest, rests=run_rests
            )

        tests.append(run)
    if len(tests) == 1:
        return tests[0]
    ordered = tuple(tests)

    def either(text: NormalizedText) -> bool:
        for test in ordered:  # a loop, not any(): no generator per text
            if test(text):
                break
        else:
            return False
        return True

    return either


# A set of at least this many substrings may share the characters they open with.
_SHARED_OPENINGS = 4


def _containing(substrings: frozenset[str]) -> Test:
    """The test of a text that contains one of ``substrings``. When they open with few
    distinct characters (".com", ".org", ".net", ...; "%27", "%3c", ...), one search for an
    alternation of them, which the standard ``re`` starts only at those characters, instead of a
    scan of the text for each."""
    search = _search(substrings)
    if search is not None:
        return lambda text: search(text.normalized) is not None
    if len(substrings) == 1:
        (substring,) = substrings
        return lambda text: substring in text.normalized
    ordered = tuple(sorted(substrings))

    def contains(text: NormalizedText) -> bool:
        return any(map(text.normalized.__contains__, ordered))  # no generator per text

    return contains


def _search(substrings: frozenset[str]) -> Callable[[str], re.Match[str] | None] | None:
    """The search for an alternation of ``substrings``, or ``None`` when they open with more than
    one distinct character per :data:`_SHARED_OPENINGS` of them (a scan per substring is then
    cheaper). Longest first, so that a substring is never cut short by one it opens with (the
    answer is the same either way; the order only spares backtracking)."""
    if len({substring[0] for substring in substrings}) * _SHARED_OPENINGS > len(substrings):
        return None
    ordered = sorted(substrings, key=lambda substring: (-len(substring), substring))
    return re.compile("|".join(map(re.escape, ordered))).search


def _holds_tokens(keys: frozenset[str], text: NormalizedText) -> bool:
    if not keys.isdisjoint(words_read(text)):
        return True
    masked = masked_read(text)
    if masked is None:  # too many to read: each may stand for any token
        return any(keys)
    if not masked:
        return False
    shaped = _key_shapes(keys)
    return any(fitted(form, shaped) for form in masked)


@lru_cache(maxsize=256)
def _key_shapes(keys: frozenset[str]) -> Shapes[int]:
    """``keys`` as :func:`shapes`, each with the mask 1."""
    return shapes((key, 1) for key in keys)


def _typo_sources(text: NormalizedText) -> frozenset[str]:
    """The words of which a token ``read_tokens`` gives may be a typo: the token with two
    neighbours swapped back, or with a vowel put back (:func:`.reading.typos` undone)."""
    found: set[str] = set()
    for token in words_read(text):
        for i in range(len(token) - 1):
            found.add(token[:i] + token[i + 1] + token[i] + token[i + 2 :])
        if len(token) >= 4:
            for i in range(len(token) + 1):
                found.update(token[:i] + vowel + token[i:] for vowel in "aeiou")
    return frozenset(found)


def _keyed(kind: str, keys: frozenset[str]) -> Trigger:
    if kind == "characters":
        return Trigger(characters=keys)
    return Trigger(words=keys) if kind == "words" else Trigger(tokens=keys)


def _merge(parts: list[Trigger]) -> Trigger:
    """The part that holds where one of ``parts`` does."""
    if len(parts) == 1:
        return parts[0]

    def least(name: str) -> int:  # the weakest of the conditions, 0 being none
        return min((n for n in (getattr(part, name) for part in parts) if n), default=0)

    return Trigger(
        frozenset().union(*(part.characters for part in parts)),
        frozenset().union(*(part.words for part in parts)),
        frozenset().union(*(part.tokens for part in parts)),
        least("length"),
        substrings=frozenset().union(*(part.substrings for part in parts)),
        digits=least("digits"),
        repeats=least("repeats"),
        runs_into=frozenset().union(*(part.runs_into for part in parts)),
        # The weakest reading of words run together holds wherever a part's does.
        run_length=min(part.run_length for part in parts),
        run_rest=min(part.run_rest for part in parts),
        run_rests=_merged_rests([part for part in parts if part.runs_into]),
        typos=_merged_typos([part.typos for part in parts if part.typos is not None]),
        opening=frozenset().union(*(part.opening for part in parts)),
    )


def _merged_rests(parts: list[Trigger]) -> frozenset[str] | None:
    """The rests of words run together that the union of ``parts`` reads: any letters
    (``None``) where one of them reads any, else every part's words."""
    if not parts or any(part.run_rests is None for part in parts):
        return None
    return frozenset().union(*(cast("frozenset[str]", part.run_rests) for part in parts))


def _merged_typos(typos: list[Typos]) -> Typos | None:
    distinct = list({id(table): table for table in typos}.values())
    if len(distinct) <= 1:
        return distinct[0] if distinct else None
    merged: dict[str, tuple[str, ...]] = {}
    for table in distinct:
        for word, read in table.of.items():
            merged[word] = tuple(dict.fromkeys((*merged.get(word, ()), *read)))
    return Typos(merged)


# A trigger's alternatives (empty for a part): mapped over the parts of thousands of
# alternatives as they are built, with no generator for each.
_conjunction = attrgetter("alternatives")


def _check_alternatives(alternatives: tuple[tuple[Trigger, ...], ...]) -> None:
    # Every conjunction built is checked, those of the classmethods too (valid by construction):
    # one pass over all the parts, and the loop below only to name the one that is wrong.
    if all(alternatives) and not any(map(_conjunction, chain.from_iterable(alternatives))):
        return
    for alternative in alternatives:
        if not alternative or any(part.alternatives for part in alternative):
            raise ValueError(
                f"Trigger(alternatives=...): each alternative must be a non-empty tuple of"
                f" parts, each a Trigger of characters, words or tokens; got {alternative!r}."
                " Build conjunctions with Trigger.all_of and Trigger.any_of"
            )


def _parts(*parts: Trigger) -> tuple[Trigger, ...]:
    """Parts of one alternative, each once, in a fixed order."""
    return tuple(dict.fromkeys(parts))


def either(*triggers: Trigger | None) -> Trigger | None:
    """The trigger of a detector that signals where any of its parts does.

    ``None``, no trigger (always called), if a part has none.
    """
    if not triggers or any(trigger is None for trigger in triggers):
        return None
    return reduce(or_, cast("tuple[Trigger, ...]", triggers))


def read_tokens(text: NormalizedText) -> frozenset[str] | None:
    """The words a ``tokens`` trigger is tested against, computed once; ``None`` for a text with
    a masked word (:func:`masked_words`), whose other words :func:`words_read` gives.

    Its plain words (:attr:`NormalizedText.token_set`), and the parts of those with an
    apostrophe ("example.com's" reads "com", "don't" reads "do" and "not"). Of a disguised text,
    also every form of every word (:attr:`NormalizedText.words`: "sh1t" reads "shit", "f u c k"
    reads "fuck"), whole and split at apostrophes, as :func:`.reading.quick_forms` gives them.
    A masked word ("b*tch") holds a ``tokens`` trigger when it may stand for one of its tokens
    (:func:`fitted`).
    """
    if not text.disguised and "'" not in text.normalized and "’" not in text.normalized:
        return text.token_set
    tokens, masked = text.view(_read_tokens)
    return None if masked else tokens


def words_read(text: NormalizedText) -> frozenset[str]:
    """:func:`read_tokens` of ``text``, masked words or not: for a text with one, its other
    words (and the masked forms themselves, which no key is)."""
    if not text.disguised and "'" not in text.normalized and "’" not in text.normalized:
        return text.token_set
    return text.view(_read_tokens)[0]


def masked_words(text: NormalizedText) -> tuple[str, ...]:
    """The distinct forms of the text's words that hide letters (:data:`~.words.MASK`: "b*tch",
    "5*at" and its "s*at"), each also cut at its apostrophes where the parts hide letters; none
    for most texts. What each may stand for is :func:`fitted`."""
    if not text.disguised or not hides_letters(text.normalized):
        return ()
    return text.view(_read_tokens)[1]


#: How many distinct masked words (:func:`masked_words`) of a text are read one by one for what
#: they may stand for (:func:`fitted`). A text with more holds every ``tokens`` trigger, as if
#: each masked word stood for any token: what it may stand for is then not worth finding out (a
#: text of thousands of distinct masked words asked thousands of times), and a trigger is a
#: necessary condition only.
MASKED_READ = 16


def masked_read(text: NormalizedText) -> tuple[str, ...] | None:
    """:func:`masked_words` of ``text``, or ``None`` when it has more than :data:`MASKED_READ`
    of them: then it holds every ``tokens`` trigger (one with a key that is not empty)."""
    masked = masked_words(text)
    return None if len(masked) > MASKED_READ else masked


def _read_tokens(text: NormalizedText) -> tuple[frozenset[str], tuple[str, ...]]:
    if not text.disguised:
        return text.token_set | quick_forms(text), ()
    forms = [form for word in text.words for form in word.forms]
    masked = dict.fromkeys(
        part
        for form in forms
        if MASK in form
        for part in (form, *form.replace("’", "'").split("'"))
        if MASK in part
    )
    return text.token_set.union(forms, quick_forms(text)), tuple(masked)


_Held = TypeVar("_Held")

#: Keys with what each holds (a mask of bits; the scan's bit positions), by their length and
#: first character, and by their length negated and last character (:func:`shapes`).
Shapes = Mapping[tuple[int, str], tuple[tuple[str, _Held], ...]]


def shapes(
    keys: Iterable[tuple[str, _Held]],
) -> dict[tuple[int, str], tuple[tuple[str, _Held], ...]]:
    """``keys``, each with what it holds, grouped by length and first character, and again by
    length (negated) and last character: a masked word is compared only with the few keys of its
    shape (:func:`fitting`), also when its first letter is hidden."""
    grouped: dict[tuple[int, str], list[tuple[str, _Held]]] = {}
    for item in keys:
        key = item[0]
        if key:  # one pair in both groups
            grouped.setdefault((len(key), key[0]), []).append(item)
            grouped.setdefault((-len(key), key[-1]), []).append(item)
    return {shape: tuple(group) for shape, group in grouped.items()}


def fitted(form: str, keys: Shapes[int]) -> int:
    """The masks of the keys (:func:`shapes`) that the masked word ``form`` may stand for
    (:func:`fitting`), OR-ed."""
    found = 0
    for _key, mask in fitting(form, keys):
        found |= mask
    return found


def fitting(form: str, keys: Shapes[_Held]) -> Sequence[tuple[str, _Held]]:
    """The pairs of ``keys`` (:func:`shapes`) that the masked word ``form`` may stand for: a key
    of its length with its characters wherever it shows one, each
    :data:`~.words.MASK` standing for one character ("b*tch" for "bitch", "assh*l*" for
    "asshole"), as every reader of a masked word reads it (``Spelling.unmasked``, the lexicons),
    and here also where a mask hides the first or the last letter. The cost is bounded by the
    keys of its shape: of its length and first character, or last when the first is hidden (of
    its length alone when both are), narrowed by each character it shows in turn (one list
    comprehension per character, no pattern compiled and no call per key)."""
    size = len(form)
    group: Sequence[tuple[str, _Held]]
    if form[0] != MASK:
        group, shown = keys.get((size, form[0]), ()), range(1, size)
    elif form[-1] != MASK:
        group, shown = keys.get((-size, form[-1]), ()), range(size - 1)
    else:
        group = [item for (length, _), items in keys.items() if length == size for item in items]
        shown = range(size)
    for i in shown:
        if not group:
            break
        character = form[i]
        if character != MASK:
            group = [item for item in group if item[0][i] == character]
    return group


def every_mask(keys: Shapes[int]) -> int:
    """The masks of ``keys`` (:func:`shapes`), OR-ed: what a masked word may stand for when it
    may stand for any key (:func:`masked_read`)."""
    # Each distinct mask once: tens of thousands of pairs hold a few thousand masks, each as
    # wide as the scan has bits.
    masks = {id(mask): mask for group in keys.values() for _key, mask in group}
    return reduce(or_, masks.values(), 0)


def runs_into(
    tokens: Iterable[str],
    words: frozenset[str],
    *,
    longest: int = RUN_TOGETHER,
    rest: int = 3,
    rests: frozenset[str] | None = None,
) -> bool:
    """Whether one of ``tokens`` of ``longest`` letters or more starts or ends with one of
    ``words``, the rest ``rest`` letters or more ("womendisgust", "gayvermin") and, with
    ``rests``, one of those words ("gay" and "vermin"; not "trans" and "portation"). Linear in the
    tokens' length: a part that starts (or ends) no word stops the walk. The answer for a token
    is kept (the same long words come back in comment after comment), in a table of ``words``,
    ``rest`` and ``rests``: one lookup per long token."""
    known = _known_runs(words, rest, rests)
    for token in tokens:  # a loop, not any(): most tokens are short, and no generator is made
        if len(token) >= longest:
            answer = known.get(token)
            if answer is None:
                answer = _walk(token, words, rest, rests)
                if len(token) <= _KEPT_TOKEN and len(known) < _KEPT_ANSWERS:
                    known[token] = answer
            if answer:
                return True
    return False


# The answers for tokens up to this length are kept; longer tokens are rare and would fill memory.
_KEPT_TOKEN = 24

# How many answers are kept for one set of words: the first tokens met, then no more (a city's
# few sets hold about as many as the one table of 16,384 that kept them before).
_KEPT_ANSWERS = 4096


@lru_cache(maxsize=64)
def _known_runs(words: frozenset[str], rest: int, rests: frozenset[str] | None) -> dict[str, bool]:
    """The answers of :func:`_walk` kept for ``words``, ``rest`` and ``rests`` (see
    :func:`runs_into`)."""
    return {}


def _walk(token: str, words: frozenset[str], rest: int, rests: frozenset[str] | None) -> bool:
    prefixes, suffixes = _affixes(words)
    last = len(token) - rest
    for i in range(rest, last + 1):
        head = token[:i]
        if head in words and (rests is None or token[i:] in rests):
            return True
        if head not in prefixes:
            break
    for i in range(last, rest - 1, -1):
        tail = token[i:]
        if tail in words and (rests is None or token[:i] in rests):
            return True
        if tail not in suffixes:
            break
    return False


@cache
def _affixes(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every non-empty prefix and every non-empty suffix of every word, once per word set."""
    prefixes = frozenset({word[:i] for word in words for i in range(1, len(word) + 1)})
    suffixes = frozenset({word[i:] for word in words for i in range(len(word))})
    return prefixes, suffixes


def digit_count(text: NormalizedText) -> int:
    """How many of the normalised text's characters are the digits 0-9, computed once."""
    return text.view(_digit_count)


DIGITS = "0123456789"


def count_digits(normalized: str) -> int:
    """How many of ``normalized``'s characters are the digits 0-9 (ten scans in C, cheaper than
    the set of its characters)."""
    return sum(map(normalized.count, DIGITS))


def _digit_count(text: NormalizedText) -> int:
    return count_digits(text.normalized)


def most_repeated(text: NormalizedText) -> int:
    """How many times the commonest plain word (:attr:`NormalizedText.tokens`) comes, computed
    once."""
    return text.view(_most_repeated)


def _most_repeated(text: NormalizedText) -> int:
    tokens = text.tokens
    if len(tokens) == len(text.token_set):
        return 1 if tokens else 0
    return max(Counter(tokens).values())


# White space, then the first word: str.split's white space is str.isspace's, as is this ``\s``.
_FIRST_WORD = re.compile(r"\s*(\S*)")


def first_word(normalized: str) -> str:
    """The first white-space separated word of ``normalized`` (``""`` for none): the first of
    ``normalized.split()``, found without splitting the rest."""
    match = _FIRST_WORD.match(normalized)
    return match.group(1) if match is not None else ""


def spaced_words(text: NormalizedText) -> frozenset[str]:
    """The white-space separated words of the normalised text (``str.split``), computed once."""
    return text.view(_spaced_words)


def _spaced_words(text: NormalizedText) -> frozenset[str]:
    return frozenset(text.normalized.split())


@attrs.frozen
class TriggerIndex:
    """The triggers of a sequence of detectors, indexed to find those a text calls for at once.

    Detector ``i`` is bit ``i`` of the masks; :meth:`called` returns the mask of the detectors to
    call for a text: those without a trigger and those whose trigger holds. The evaluator
    admits detectors with one compiled scan instead (:mod:`municipal_social_policy.scan`); this
    index is the reference it is tested and measured against. Conjunctions are tested one by one
    (:meth:`Trigger.holds`).
    """

    untriggered: int
    #: The keys of :attr:`Trigger.tokens` (their typos aside) by shape (:func:`shapes`): what a
    #: masked word may stand for.
    masked: Shapes[int]
    characters: Mapping[str, int]
    words: Mapping[str, int]
    tokens: Mapping[str, int]
    conjunctions: tuple[tuple[int, Trigger], ...] = ()
    # The masks of :attr:`masked`, OR-ed: what a text of too many masked words holds
    # (:func:`masked_read`).
    _every_masked: int = attrs.field(init=False)
    # The keys as sets: a set intersected with a set walks the smaller one, with a dict all keys.
    _character_keys: frozenset[str] = attrs.field(init=False)
    _word_keys: frozenset[str] = attrs.field(init=False)
    _token_keys: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_character_keys", frozenset(self.characters))
        object.__setattr__(self, "_word_keys", frozenset(self.words))
        object.__setattr__(self, "_token_keys", frozenset(self.tokens))
        object.__setattr__(self, "_every_masked", every_mask(self.masked))

    @classmethod
    def of(cls, triggers: Sequence[Trigger | None]) -> TriggerIndex:
        """Index ``triggers``, one per detector (``None`` for a detector without one)."""
        untriggered = 0
        characters: dict[str, int] = {}
        words: dict[str, int] = {}
        tokens: dict[str, int] = {}
        plain: dict[str, int] = {}
        conjunctions: list[tuple[int, Trigger]] = []
        for i, trigger in enumerate(triggers):
            bit = 1 << i
            if trigger is None:
                untriggered |= bit
                continue
            if trigger.alternatives or trigger.computed:
                conjunctions.append((bit, trigger))
                continue
            _add(characters, trigger.characters, bit)
            _add(words, trigger.words, bit)
            _add(tokens, trigger.tokens, bit)
            _add(plain, trigger.tokens, bit)
            if trigger.typos is not None:
                _add(tokens, trigger.typos.keys(trigger.tokens), bit)
        return cls(
            untriggered, shapes(plain.items()), characters, words, tokens, tuple(conjunctions)
        )

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
            for token in words_read(text) & self._token_keys:
                mask |= self.tokens[token]
            masked = masked_read(text)
            if masked is None:
                mask |= self._every_masked
            else:
                for form in masked:
                    mask |= fitted(form, self.masked)
        for bit, trigger in self.conjunctions:
            if trigger.holds(text):
                mask |= bit
        return mask


def _add(index: dict[str, int], keys: Iterable[str], bit: int) -> None:
    for key in keys:
        index[key] = index.get(key, 0) | bit
