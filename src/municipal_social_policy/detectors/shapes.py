"""One engine for shapes: SSNs, cards, phones, emails, addresses, plates, links, SQL and scripts.

A *shape* is text whose form is the evidence, found by a pattern rather than by words. Every
shape is declared as data in ``shapes.txt`` (its vocabulary in ``shape_words.txt``), read through
:mod:`.lexicon`, one section per shape::

    [shape phone.dotted]
    detector phone
    needs 0 1 2 3 4 5 6 7 8 9
    gate [0-9](?:[^0-9]{0,3}[0-9]){6}
    pattern [2-9](?<![\\w+][2-9])[0-9]{2}[\\ .-][2-9][0-9]{2}[\\ .-][0-9]{4}(?![0-9]){=extension}

Keys (each ``key value`` on one line):

``detector``
    the detector id the shape belongs to.
``pattern``
    the pattern (``regex`` VERSION1, verbose: white space is ignored, write ``\\ `` for a space
    and ``\\#`` for ``#``); several lines are joined. ``{=name}`` is replaced by the entry
    ``name`` of the ``[define]`` section, ``{@name}`` by the words of list ``name`` of
    ``shape_words.txt`` as an alternation, each word taken literally.
``needs``
    the cheap pre-check, the same for every shape: anchors one of which the normalised text must
    hold. An anchor of one character is a character; ``word:x`` is a plain word (a token, or a
    part of one at an apostrophe, as :func:`.triggers.read_tokens` reads them); ``word:@list`` is
    every word of a list of ``shape_words.txt``; ``tld:@file`` holds for a dot and the first
    letter of one of the top-level domains of a data file (``.c`` for ``.com``); ``digits:n``
    holds for a text with at least ``n`` digits 0-9; ``opening:c`` for a text whose first
    white-space separated word holds the character ``c`` (an ``anchored`` shape's opening); any
    other anchor is a substring. Several
    ``needs`` lines must all hold. The first is the shape's *anchor*, by which :func:`find`
    picks the shapes to try; the detector's trigger is derived from all of them, the anchor
    first (see :func:`trigger_of`), never written by hand.
``gate``
    optional: a pattern of the standard library's engine the text the shape reads must contain
    (``[0-9](?:[^0-9]{0,3}[0-9]){6}``: seven digits close together), searched once per text.
    Not verbose; ``{=name}`` and ``{@name}`` are replaced as in a pattern, and a look-behind
    that names a word list (``(?<=\\b{@residence_cues} )``) becomes one look-behind per word,
    since that engine looks behind a fixed width only. A gate that starts with a character
    the text seldom holds and tests the rest around it (``(?=...)``, ``(?<=...)``) is searched
    at those characters only; one that starts with a word list is tried at every position.
``reads``
    ``normalized`` (the default) or ``original`` (for shapes that need letter case).
``group``
    the group whose span is the evidence (default the whole match).
``strength``
    ``mechanical``, ``judgment`` or ``none`` (found only in context).
``context``, ``context_width``, ``context_strength``
    what counts as context: a pattern searched in the ``context_width`` characters before the
    match; found, the evidence has ``context_strength``.
``check``
    the name of a validator, written in Python by the detector's module because it is genuine
    judgment (Luhn for cards, SSN area and group rules): it takes the match and the context's
    match and returns whether the shape stands, or the span that is the evidence.
``anchored``
    ``yes``: the pattern must match from the start of a short comment (:data:`SHORT`): a whole
    comment that is a payload.

Every pattern starts with a definite character (or is anchored) and bounds its repeats (see
:mod:`._patterns`), so matching is linear in the text's length. One time limit applies to every
shape: :data:`._patterns.TIMEOUT_SECONDS`, on texts longer than :data:`LONG_TEXT` (under that the
timeout costs more than the match). A shape examines at most
:data:`~municipal_social_policy.detectors.MAX_MATCHES` matches per text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache

import attrs
import regex

from ..text import NormalizedText
from ..verdict import Strength
from ..words import ASCII_PLAIN, PLAIN, disguised
from . import MAX_MATCHES, Signal
from ._patterns import TIMEOUT_SECONDS, compile_pattern
from .lexicon import read_sections, read_words
from .triggers import DIGITS, Trigger, count_digits, either, first_word, read_tokens

__all__ = [
    "LONG_TEXT",
    "SHAPES_FILE",
    "SHORT",
    "WORDS_FILE",
    "Check",
    "Found",
    "Needs",
    "Plain",
    "Reading",
    "Shape",
    "defined",
    "expand",
    "find",
    "load_shapes",
    "shape_from",
    "signals",
    "trigger_of",
]

#: The data files of the shapes and of their vocabulary.
SHAPES_FILE = "shapes.txt"
WORDS_FILE = "shape_words.txt"
#: Texts longer than this many characters are matched under the regex timeout.
LONG_TEXT = 2_000
#: An ``anchored`` shape reads comments up to this long: a payload, not an essay.
SHORT = 300

#: A validator: the match and the context's match (or ``None``) to whether the shape stands, or
#: the span of the haystack that is the evidence.
Check = Callable[[regex.Match[str], regex.Match[str] | None], bool | tuple[int, int]]

_STRENGTHS = {"mechanical": Strength.MECHANICAL, "judgment": Strength.JUDGMENT, "none": None}


class Reading:
    """What the engine reads of a text: its normalised form, characters, plain words, disguise,
    and the words a pre-check reads (``None``: every word; see
    :func:`~.triggers.read_tokens`).

    :class:`~municipal_social_policy.text.NormalizedText` is one; :class:`Plain` another.
    """

    normalized: str
    characters: frozenset[str]
    token_set: frozenset[str]
    disguised: bool
    read: frozenset[str] | None


def _parts(tokens: frozenset[str]) -> frozenset[str]:
    """The parts of ``tokens`` at apostrophes."""
    return frozenset(
        part
        for token in tokens
        if "'" in token or "’" in token
        for part in token.replace("’", "'").split("'")
    )


class Plain(Reading):
    """A text with no original of its own (a decoded payload), read as :class:`NormalizedText`
    reads its normalised text."""

    def __init__(self, text: str) -> None:
        self.normalized = text
        self.characters = frozenset(text)
        self.token_set = frozenset((ASCII_PLAIN if text.isascii() else PLAIN).findall(text))
        self.disguised = disguised(text)
        # As read_tokens reads a NormalizedText: a disguised text holds every word.
        self.read = None if self.disguised else self.token_set | _parts(self.token_set)


@attrs.frozen
class Needs:
    """One pre-check: the text holds one of ``characters``, ``substrings`` or ``words``, at
    least ``digits`` digits, or a first word that holds one of the characters of ``opening``."""

    characters: frozenset[str] = frozenset()
    substrings: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    digits: int = 0
    opening: frozenset[str] = frozenset()

    def holds(self, reading: Reading | NormalizedText) -> bool:
        """Whether ``reading`` holds one of the anchors (a disguised text holds every word)."""
        if self.characters and not self.characters.isdisjoint(reading.characters):
            return True
        normalized = reading.normalized
        for substring in self.substrings:
            if substring in normalized:
                return True
        if self.digits and count_digits(normalized) >= self.digits:
            return True
        if self.opening and not self.opening.isdisjoint(first_word(normalized)):
            return True
        if not self.words:
            return False
        tokens = read_tokens(reading) if isinstance(reading, NormalizedText) else reading.read
        return tokens is None or not self.words.isdisjoint(tokens)

    @property
    def trigger(self) -> Trigger:
        """The trigger that holds wherever this pre-check does."""
        return Trigger(
            characters=self.characters,
            tokens=self.words,
            substrings=frozenset(self.substrings),
            digits=self.digits,
            opening=self.opening,
        )

    @property
    def first_characters(self) -> frozenset[str] | None:
        """Characters one of which every text that holds the pre-check holds, or ``None`` when
        there are none (it has words). A substring stands for its first character that is not
        a letter (a text holding ``"(select"`` holds ``"("``), else its first."""
        if self.words:
            return None
        characters = set(self.characters) | self.opening
        for substring in self.substrings:
            characters.add(next((c for c in substring if not c.isalpha()), substring[0]))
        if self.digits:
            characters.update(DIGITS)
        return frozenset(characters)


@attrs.frozen
class Shape:
    """One declared shape (see the module docstring for what each field means)."""

    name: str
    detector: str
    pattern: regex.Pattern[str]
    needs: tuple[Needs, ...]
    strength: Strength | None = Strength.JUDGMENT
    gate: re.Pattern[str] | None = None
    original: bool = False
    group: int | str = 0
    context: regex.Pattern[str] | None = None
    context_width: int = 0
    context_strength: Strength | None = None
    check: Check | None = None
    anchored: bool = False
    ignore_case: bool = False

    @property
    def trigger(self) -> Trigger:
        """The trigger of the shape's pre-checks: every ``needs`` line's, anchor first."""
        return Trigger.all_of(*(needs.trigger for needs in self.needs))


@attrs.frozen
class Found:
    """A shape found: the match, the evidence span in the haystack it read, and its strength."""

    shape: Shape
    match: regex.Match[str]
    start: int
    end: int
    strength: Strength


def trigger_of(shapes: Sequence[Shape]) -> Trigger | None:
    """The trigger of a detector made of ``shapes``: it holds wherever one of their pre-checks
    does."""
    return either(*(shape.trigger for shape in shapes))


def find(
    shapes: Sequence[Shape], reading: Reading | NormalizedText, haystack: str | None = None
) -> Iterator[Found]:
    """Every shape of ``shapes`` in ``reading``, shape by shape, each match in order.

    A shape reads ``haystack`` if given (the same text as ``reading``, for shapes that read a
    derived text), else the original or the normalised text as it declares. Its pre-checks are
    tested on ``reading`` (each distinct one once), its gate on the text it reads.
    """
    passed: dict[object, bool] = {}
    plan = _plan(shapes)
    candidates = plan.always
    for character in reading.characters & plan.keys:
        candidates |= plan.by_character[character]
    while candidates:
        low = candidates & -candidates
        candidates ^= low
        shape = shapes[low.bit_length() - 1]
        held: bool | None = True
        # Each pre-check tested once per text, by identity: equal ones are one object (see
        # _needs), and an attrs hash per lookup cost more than most pre-checks.
        for needs in shape.needs:
            held = passed.get(id(needs))
            if held is None:
                held = passed[id(needs)] = needs.holds(reading)
            if not held:
                break
        if not held:
            continue
        if haystack is not None:
            text = haystack
        elif shape.original and isinstance(reading, NormalizedText):
            text = reading.original
        else:
            text = reading.normalized
        gate = shape.gate
        if gate is not None:
            key = (gate, text is reading.normalized)
            if key not in passed:
                passed[key] = gate.search(text) is not None
            if not passed[key]:
                continue
        yield from _matches(shape, text)


@attrs.frozen
class _Plan:
    """Which shapes of a sequence a text may hold, by the characters of their first pre-check:
    bit ``i`` stands for shape ``i``. A substring stands for its :attr:`Needs.trigger` character;
    a shape whose first pre-check has words is always tried."""

    shapes: Sequence[Shape]
    by_character: Mapping[str, int]
    keys: frozenset[str]
    always: int


# Plans by the identity of the shapes' sequence, which each plan holds (so the identity stays
# its own): a detector's shapes are one tuple for its life, and hashing it costs more than a find.
_plans: dict[int, _Plan] = {}


def _plan(shapes: Sequence[Shape]) -> _Plan:
    plan = _plans.get(id(shapes))
    if plan is not None and plan.shapes is shapes:
        return plan
    by_character: dict[str, int] = {}
    always = 0
    for i, shape in enumerate(shapes):
        characters = shape.needs[0].first_characters if shape.needs else None
        if characters is None:
            always |= 1 << i
            continue
        for character in characters:
            by_character[character] = by_character.get(character, 0) | 1 << i
    plan = _plans[id(shapes)] = _Plan(shapes, by_character, frozenset(by_character), always)
    return plan


def _matches(shape: Shape, text: str) -> Iterator[Found]:
    limit = TIMEOUT_SECONDS if len(text) > LONG_TEXT else None
    if shape.anchored:
        if len(text) > SHORT:
            return
        match = shape.pattern.match(text, timeout=limit)
        found: Iterator[regex.Match[str]] = iter(() if match is None else (match,))
    else:
        found = shape.pattern.finditer(text, timeout=limit)
    for count, match in enumerate(found):
        if count == MAX_MATCHES:
            return
        strength = shape.strength
        context = None
        if shape.context is not None:
            start = match.start()
            context = shape.context.search(text[max(0, start - shape.context_width) : start])
            if context is not None and shape.context_strength is not None:
                strength = shape.context_strength
        start, end = match.span(shape.group)
        if shape.check is not None:
            verdict = shape.check(match, context)
            if verdict is False:
                continue
            if verdict is not True:
                start, end = verdict
        if strength is not None:
            yield Found(shape, match, start, end, strength)


def signals(detector: str, found: Iterable[Found], text: NormalizedText) -> list[Signal]:
    """The signals of ``found`` shapes, their spans mapped to the original text."""
    return [
        Signal(detector, item.start, item.end, item.strength)
        if item.shape.original
        else Signal(detector, *text.span(item.start, item.end), item.strength)
        for item in found
    ]


# --- loading ------------------------------------------------------------------------------------


def load_shapes(detector: str, checks: Mapping[str, Check] | None = None) -> tuple[Shape, ...]:
    """The shapes of ``detector`` declared in :data:`SHAPES_FILE`, in file order.

    ``checks`` are the validators the shapes may name. Raises :class:`ValueError` naming the
    shape, the key and the fix when a declaration is wrong.
    """
    return tuple(
        shape_from(name, entries, checks or {})
        for name, entries in _declared().items()
        if entries.get("detector") == (detector,)
    )


@cache
def _declared() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    declared: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for section, lines in read_sections(SHAPES_FILE).items():
        if not section.startswith("shape "):
            continue
        entries: dict[str, list[str]] = {}
        for line in lines:
            key, _, value = line.partition(" ")
            entries.setdefault(key, []).append(value)
        declared[section[len("shape ") :]] = {k: tuple(v) for k, v in entries.items()}
    return declared


_KEYS = frozenset(
    {"detector", "pattern", "needs", "gate", "reads", "group", "strength", "context",
     "context_width", "context_strength", "check", "anchored", "ignore_case"}
)  # fmt: skip


def shape_from(
    name: str, entries: Mapping[str, tuple[str, ...]], checks: Mapping[str, Check]
) -> Shape:
    """The shape ``name`` declared by ``entries`` (each key's lines), naming ``checks``.

    Raises :class:`ValueError` naming the shape, the key and the fix.
    """

    def fail(key: str, problem: str) -> ValueError:
        return ValueError(f"{SHAPES_FILE}: [shape {name}] {key}: {problem}")

    unknown = set(entries) - _KEYS
    if unknown:
        raise fail(min(unknown), f"not a key; the keys are {', '.join(sorted(_KEYS))}")
    for key in ("pattern", "needs"):
        if key not in entries:
            raise fail(key, "missing: every shape has a pattern and a pre-check")

    def one(key: str, default: str) -> str:
        values = entries.get(key, (default,))
        if len(values) != 1:
            raise fail(key, "given more than once")
        return values[0]

    def strength(key: str, default: str) -> Strength | None:
        value = one(key, default)
        if value not in _STRENGTHS:
            raise fail(key, f"{value!r} is not one of {', '.join(_STRENGTHS)}")
        return _STRENGTHS[value]

    check_name = one("check", "")
    if check_name and check_name not in checks:
        raise fail("check", f"{check_name!r} is not a validator of detector {one('detector', '')}")
    reads = one("reads", "normalized")
    if reads not in ("normalized", "original"):
        raise fail("reads", f"{reads!r}: write normalized or original")
    group = one("group", "0")
    context = one("context", "")
    gate = one("gate", "")
    return Shape(
        name=name,
        detector=one("detector", ""),
        pattern=compile_pattern(
            expand("\n".join(entries["pattern"])), ignore_case=one("ignore_case", "no") == "yes"
        ),
        needs=tuple(_needs(line) for line in entries["needs"]),
        strength=strength("strength", "judgment"),
        gate=_gate(gate) if gate else None,
        original=reads == "original",
        group=int(group) if group.isdigit() else group,
        context=compile_pattern(expand(context)) if context else None,
        context_width=int(one("context_width", "0")),
        context_strength=strength("context_strength", "none"),
        check=checks[check_name] if check_name else None,
        anchored=one("anchored", "no") == "yes",
        ignore_case=one("ignore_case", "no") == "yes",
    )


# Anchors are separated by white space; "\ " is a space inside one.
_ANCHORS = regex.compile(r"(?<!\\)\s+")


def _tld_anchors(entries: Iterable[str]) -> list[str]:
    """The substrings ``tld:@file`` stands for: a dot and the first letter of one of the
    top-level domains ``entries`` (``.c`` for ``.com``). A link to one holds one; the whole
    domain (``.com``, ``.me/``) would be tighter, but testing a hundred substrings costs the
    scan more than the calls it saves."""
    return sorted({"." + entry[0] for entry in entries if entry})


def _needs(line: str) -> Needs:
    characters: set[str] = set()
    substrings: list[str] = []
    words: set[str] = set()
    digits = 0
    opening: set[str] = set()
    for anchor in (a.replace("\\ ", " ") for a in _ANCHORS.split(line.strip())):
        if anchor.startswith("word:@") and anchor.endswith(".txt"):
            # Another data file's words: its entries of one word (others are qualified).
            words.update(w for w in read_words(anchor[len("word:@") :]) if " " not in w)
        elif anchor.startswith("word:@"):
            words.update(read_words(WORDS_FILE, anchor[len("word:@") :]))
        elif anchor.startswith("tld:@"):
            substrings.extend(_tld_anchors(read_words(anchor[len("tld:@") :])))
        elif anchor.startswith("word:"):
            words.add(anchor[len("word:") :])
        elif anchor.startswith("digits:") and anchor[len("digits:") :].isdigit():
            digits = int(anchor[len("digits:") :])
        elif anchor.startswith("opening:") and len(anchor) == len("opening:") + 1:
            opening.add(anchor[-1])
        elif len(anchor) == 1:
            characters.add(anchor)
        else:
            substrings.append(anchor)
    needs = Needs(
        frozenset(characters), tuple(substrings), frozenset(words), digits, frozenset(opening)
    )
    return _NEEDS.setdefault(needs, needs)


# Every distinct pre-check of the shapes files, once: shapes that declare the same anchors share
# one object, which :func:`find` tests once per text.
_NEEDS: dict[Needs, Needs] = {}


_REFERENCE = regex.compile(r"\{([=@])([a-z_]+)\}")
# A look-behind of a gate that names a word list, with no group of its own around it.
_LOOKBEHIND = regex.compile(r"\(\?<=([^()]*)\{@([a-z_]+)\}([^()]*)\)")


def _gate(source: str) -> re.Pattern[str]:
    """The gate ``source`` compiled (see the module docstring): each look-behind that names a
    word list made one look-behind per word, then the references replaced."""

    def distribute(match: regex.Match[str]) -> str:
        before, name, after = match.groups()
        return (
            "(?:"
            + "|".join(
                f"(?<={before}{regex.escape(word)}{after})" for word in read_words(WORDS_FILE, name)
            )
            + ")"
        )

    return re.compile(expand(_LOOKBEHIND.sub(distribute, source)))


def expand(source: str) -> str:
    """``source`` with ``{=name}`` and ``{@name}`` replaced (see the module docstring)."""

    def replace(match: regex.Match[str]) -> str:
        kind, name = match.groups()
        if kind == "@":
            return (
                "(?:" + "|".join(regex.escape(word) for word in read_words(WORDS_FILE, name)) + ")"
            )
        defines = _defines()
        if name not in defines:
            raise ValueError(f"{SHAPES_FILE}: {{={name}}} is not defined in [define]")
        return expand(defines[name])

    return _REFERENCE.sub(replace, source)


@cache
def _defines() -> Mapping[str, str]:
    defines: dict[str, str] = {}
    for line in read_sections(SHAPES_FILE).get("define", ()):
        name, _, value = line.partition(" ")
        defines[name] = value
    return defines


@cache
def defined(name: str) -> regex.Pattern[str]:
    """The ``[define]`` entry ``name``, compiled: a pattern a validator reads."""
    return compile_pattern(expand("{=" + name + "}"))
