"""One normalisation pass per comment, with a map back to the original text.

Detectors read :attr:`NormalizedText.normalized` and report spans in it; :meth:`NormalizedText.span`
maps a span back, so evidence always indexes the ORIGINAL text a clerk sees.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from importlib import resources
from types import MappingProxyType
from typing import Any, TypeVar, cast

import attrs
import regex

from .words import Word, disguised, plain_pattern, words

__all__ = ["CONFUSABLES", "INVISIBLE", "NormalizedText", "normalize"]

_T = TypeVar("_T")

#: Characters that are invisible by Unicode's definition (``Default_Ignorable_Code_Point``: zero-
#: width spaces and joiners, bidirectional controls, variation selectors, fillers, tags, ...):
#: they split words past filters and are removed.
INVISIBLE = regex.compile(r"\p{Default_Ignorable_Code_Point}+")


def _read_confusables() -> Mapping[str, str]:
    lines = resources.files(__package__).joinpath("confusables.tsv").read_text(encoding="utf-8")
    return MappingProxyType(
        {
            character: letter
            for character, letter, _name in (
                line.split("\t", 2) for line in lines.splitlines() if not line.startswith("#")
            )
        }
    )


#: Letters of other scripts folded to the Latin letters they look like ("ѕ" to "s"), from
#: Unicode's confusables data (UTS #39); see ``confusables.tsv`` and ``tools/build_confusables.py``.
CONFUSABLES: Mapping[str, str] = _read_confusables()


@attrs.frozen
class NormalizedText:
    """A comment's text, normalised, with the original offsets of every normalised character.

    ``starts[i]`` and ``ends[i]`` bound the original characters that produced normalised
    character ``i``; both are ``None`` when the two texts are aligned one to one.

    The views below (:attr:`tokens`, :attr:`token_set`, :attr:`characters`, ...) are computed
    on first use and kept, so the forty detectors of an ordinance tokenise a comment once.
    """

    original: str
    normalized: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    _views: dict[Callable[[Any], Any], Any] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            anchor = self.starts[start] if start < len(self.starts) else len(self.original)
            return anchor, anchor
        return self.starts[start], self.ends[end - 1]

    @cached_property
    def disguised(self) -> bool:
        """Whether the text shows leetspeak, separators, masks, stretching or non-ASCII letters."""
        return disguised(self.normalized)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """The words of the normalised text with disguises undone (see :mod:`.words`)."""
        return words(self.normalized, self.disguised)

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """The plain words of the normalised text (:data:`.words.PLAIN`), in order."""
        return tuple(plain_pattern(self.normalized).findall(self.normalized))

    @cached_property
    def token_spans(self) -> tuple[tuple[int, int], ...]:
        """The normalised ``[start, end)`` of each of :attr:`tokens`."""
        normalized = self.normalized
        return tuple([match.span() for match in plain_pattern(normalized).finditer(normalized)])

    @cached_property
    def token_set(self) -> frozenset[str]:
        """The distinct :attr:`tokens`: test a word list against them with one set operation."""
        return frozenset(self.tokens)

    @cached_property
    def characters(self) -> frozenset[str]:
        """The distinct characters of the normalised text."""
        return frozenset(self.normalized)

    def release(self) -> None:
        """Forget the views kept by :meth:`view`. A view that refers to the text (a
        :class:`.reading.Reading`) makes a cycle that only Python's cyclic collector frees; the
        evaluator releases its text when it is done with it, so that the words of a long comment
        are freed at once. A view asked for again is computed again."""
        self._views.clear()

    def view(self, compute: Callable[[NormalizedText], _T]) -> _T:
        """``compute(self)``, computed on the first call with this ``compute`` and then kept.

        For views of the text that only some detectors read (its links, ...). ``compute`` must be
        a pure function of the text, and the same function object on every call.
        """
        # A lookup with a default, not ``try``/``except KeyError``: every view is missing once
        # per text, and raising the error cost a microsecond each time.
        views = self._views
        value = views.get(compute, _MISSING)
        if value is _MISSING:
            value = views[compute] = compute(self)
        return cast(_T, value)


# What :meth:`NormalizedText.view` finds for a view not computed yet (a view may be ``None``).
_MISSING: Any = object()


# A grapheme cluster: a base character with its combining marks, a Hangul syllable's jamo, ...
_CLUSTER = regex.compile(r"\X")
# Regional indicators pair into flags. ``regex`` decides each pair by counting back to the start
# of the run, which makes a long run of flags quadratic; runs are paired here instead (UAX #29,
# GB12 and GB13), and ``\X`` reads only the text between them.
_FLAGS = re.compile("[\U0001f1e6-\U0001f1ff]+")
# Marks written before the character they belong to (Arabic number signs, ...).
_PREPENDED = regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}+")
# The parts of a non-ASCII text that need the cluster-by-cluster path: runs of non-ASCII
# characters and line breaks (CR LF is one cluster), taken with the ASCII character on each side
# (a combining mark joins the letter before it; a prepended mark the one after). Two neighbouring
# ASCII characters other than CR and LF are always two clusters (UAX #29), so the text outside
# these regions is one character per cluster, and only needs lower-casing. Runs one ASCII
# character apart are one run, so two regions never share a character. The standard ``re`` finds
# them several times faster than ``regex``, and classes of explicit code points mean the same in
# both.
_RUN = re.compile(
    r"[^\x00-\x09\x0b\x0c\x0e-\x7f]+"
    r"(?:[\x00-\x09\x0b\x0c\x0e-\x7f]?[^\x00-\x09\x0b\x0c\x0e-\x7f]+)*"
)
# The ASCII characters other than CR and LF, in runs: :func:`_runs` finds the matches of _RUN as
# the gaps between these, several times faster than searching _RUN itself (a search for a class
# it negates is tried at every position of a long text; a run of its complement is matched in
# one tight loop).
_ORDINARY = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x7f]+")


def _runs(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_RUN`'s matches in ``text``, in order: the gaps between the runs of
    :data:`_ORDINARY`, two gaps one ordinary character apart made one."""
    found: list[tuple[int, int]] = []
    previous = 0
    for match in _ORDINARY.finditer(text):
        start, end = match.span()
        if start > previous:
            _add_gap(found, previous, start)
        previous = end
    if previous < len(text):
        _add_gap(found, previous, len(text))
    return found


def _add_gap(found: list[tuple[int, int]], start: int, end: int) -> None:
    if found and start - found[-1][1] == 1:
        found[-1] = (found[-1][0], end)
    else:
        found.append((start, end))


# Regions up to this length are folded once and kept: most are a curly quote, a dash or an emoji
# with its neighbours ("n’t"), met again and again; longer ones are rarer and would fill memory.
_KEPT_REGION = 16


def normalize(text: str) -> NormalizedText:
    """NFKC, case folding, confusable letters to Latin, invisible controls removed.

    ASCII text (most comments) only needs lower-casing and keeps a one-to-one alignment. Other
    text is normalised one grapheme cluster at a time, so "Cafe" with a combining accent composes
    to "café" and every normalised character maps back to the cluster that produced it.
    """
    if text.isascii():
        return NormalizedText(text, text.lower())
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for run_start, run_end in _runs(text):
        start, end = max(run_start - 1, 0), min(run_end + 1, len(text))
        if position < start:  # ASCII, one character per cluster
            pieces.append(text[position:start].lower())
            starts.extend(range(position, start))
            ends.extend(range(position + 1, start + 1))
        part = text[start:end]
        folded, part_starts, part_ends = (
            _fold_kept(part) if end - start <= _KEPT_REGION else _fold_clusters(part)
        )
        pieces.append(folded)
        starts.extend([start + offset for offset in part_starts])
        ends.extend([start + offset for offset in part_ends])
        position = end
    if position < len(text):
        pieces.append(text[position:].lower())
        starts.extend(range(position, len(text)))
        ends.extend(range(position + 1, len(text) + 1))
    return NormalizedText(text, "".join(pieces), tuple(starts), tuple(ends))


def _fold_clusters(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``text`` normalised one grapheme cluster at a time, with the start and end in ``text`` of
    the cluster behind each normalised character."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        visible = INVISIBLE.sub("", text[start:end])
        if not visible:
            continue
        folded = unicodedata.normalize("NFKC", visible).casefold()
        folded = "".join(CONFUSABLES.get(c, c) for c in folded)
        pieces.append(folded)
        starts.extend([start] * len(folded))
        ends.extend([end] * len(folded))
    return "".join(pieces), tuple(starts), tuple(ends)


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    """The ``[start, end)`` of each grapheme cluster of ``text``, in time linear in its length."""
    position = 0
    carried: int | None = None  # the start of prepended marks cut off before a flag run
    for run in _FLAGS.finditer(text):
        start, end = run.span()
        # The last pair, or the odd one out, is left to ``\X``: marks after it belong to it.
        last = start + (end - start - 1) // 2 * 2
        for cluster_start, cluster_end in _cluster_spans(text, position, start):
            if carried is not None:
                cluster_start, carried = carried, None
            if cluster_end == start and _PREPENDED.fullmatch(text, cluster_start, cluster_end):
                # A prepended mark joins what follows it (UAX #29, GB9b): the flag after the cut.
                carried = cluster_start
            else:
                yield cluster_start, cluster_end
        for pair in range(start, last, 2):
            yield (pair if carried is None else carried), pair + 2
            carried = None
        position = last
    for cluster_start, cluster_end in _cluster_spans(text, position, len(text)):
        yield (cluster_start if carried is None else carried), cluster_end
        carried = None


def _cluster_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``\\X``'s clusters in ``text[start:end]``."""
    return (cluster.span() for cluster in _CLUSTER.finditer(text, start, end))


_fold_kept = functools.lru_cache(maxsize=4096)(_fold_clusters)
