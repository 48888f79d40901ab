"""Sentences of canonical tokens: the view the phrase detectors (threats, hate speech) read.

Word lists match single words; threats, personal attacks and hate speech are about who does what
to whom, so their detectors read a comment as sentences of tokens. :class:`Reader` turns a
:class:`NormalizedText` into :class:`Token` sentences:

* each word takes its first spelling that the reader knows (``k1ll`` reads ``kill``, ``d e a d``
  reads ``dead``; see :mod:`..words`), else the word as written;
* contractions are spelled out (``i'll`` -> ``i will``, ``don't`` -> ``do not``, ``im`` ->
  ``i am``), and possessives lose their ``'s``;
* with ``fuzzy`` terms, a one-letter typo of a term of five letters or more reads as the term
  (``muslm``, ``deaht``), unless the typo is itself a known word;
* with ``joinable`` words, two words run together read as two (``ihate``, ``gayvermin``) when one
  part is a term and the other a term or a joinable word;
* each token knows whether it stands inside double quotes (``"..."``, ``“...”``) or single
  quotes, so a detector can tell a quotation from an assertion.

Sentences end at ``.``, ``!``, ``?``, ``;`` and line breaks. Everything is linear in the text's
length; a reader is built once per detector and holds no state between comments.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

import attrs

from ..reading import CONTRACTIONS as _CONTRACTIONS
from ..reading import SUFFIXES as _SUFFIXES
from ..reading import plain_spellings, quick_sources, read, typos
from ..reading import quick_forms as quick_tokens
from ..text import NormalizedText
from .phrases import merge_ranges

__all__ = [
    "Match",
    "Phrases",
    "Reader",
    "Sentence",
    "Token",
    "canonical",
    "merge_ranges",
    "prefixes",
    "quick_tokens",
]

_new_tuple = tuple.__new__
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def prefixes(words: Iterable[str]) -> frozenset[str]:
    """Every non-empty prefix of every word: a part that starts no word cannot grow into one."""
    return frozenset({word[:i] for word in words for i in range(1, len(word) + 1)})


class Token(NamedTuple):
    """A word of a sentence in canonical spelling, ``[start, end)`` in the normalised text.

    ``clause`` counts the commas, colons, brackets and dashes before the token in its sentence.
    A named tuple, not an attrs class: a reader makes one per word, and tuples are made faster.
    """

    text: str
    start: int
    end: int
    quoted: bool = False
    clause: int = 0


#: A sentence: its tokens in order.
Sentence = tuple[Token, ...]


def _typo_table(
    fuzzy: Collection[str], known: Collection[str], preferred: Collection[str]
) -> dict[str, str]:
    table: dict[str, str] = {}
    # A typo of two terms reads as the preferred one, else the first in order, on any run.
    for term in sorted(fuzzy, key=lambda term: (term not in preferred, term)):
        if len(term) < 4 or not term.isalpha():
            continue
        for typo in typos(term):
            if typo not in known:
                table.setdefault(typo, term)
    return table


@attrs.frozen
class Reader:
    """Reads a normalised text as sentences of canonical tokens (see the module docstring).

    ``known`` is every word the detector's rules name; ``fuzzy`` the terms a typo may stand
    for; ``joinable`` the short words that may be run together with a term; ``ordinary`` words
    that are never read as a typo; ``preferred`` the terms a typo of two terms reads as.
    """

    known: frozenset[str]
    fuzzy: frozenset[str] = frozenset()
    joinable: frozenset[str] = frozenset()
    ordinary: frozenset[str] = frozenset()
    preferred: frozenset[str] = frozenset()
    _typos: dict[str, str] = attrs.field(init=False, repr=False)
    _fixed: dict[str, tuple[str, ...]] = attrs.field(init=False, repr=False)
    # Each term and its typos: sources() and spellings() invert the typo table once per word.
    _typos_of: dict[str, tuple[str, ...]] = attrs.field(init=False, repr=False)
    # For parts: the words a part may be, and their every prefix.
    _either: frozenset[str] = attrs.field(init=False, repr=False)
    _prefixes: frozenset[str] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        table = _typo_table(self.fuzzy, self.known | self.joinable | self.ordinary, self.preferred)
        object.__setattr__(self, "_typos", table)
        # How a word of one spelling reads when it is known or a contraction: one lookup for
        # the most common words. A known word reads as itself, even when it is a contraction.
        fixed = {**_CONTRACTIONS, **{word: (word,) for word in self.known}}
        object.__setattr__(self, "_fixed", fixed)
        typos_of: dict[str, list[str]] = {}
        for typo, term in table.items():
            typos_of.setdefault(term, []).append(typo)
        object.__setattr__(self, "_typos_of", {k: tuple(v) for k, v in typos_of.items()})
        either = self.known | self.joinable
        object.__setattr__(self, "_either", either)
        object.__setattr__(self, "_prefixes", prefixes(either))

    @property
    def typos(self) -> Mapping[str, str]:
        """Each one-letter typo this reader corrects, and the term it reads as."""
        return self._typos

    def sources(self, word: str, *, parts: bool = False) -> frozenset[str]:
        """Quick tokens (:func:`quick_tokens`) of which a text holds one if it reads ``word``.

        A token is a form of a word, a part of one split at apostrophes, a typo's term or a
        spelled-out contraction; this inverts each. A reader that splits words run together
        also reads parts no quick token shows: a caller that checks those too (:meth:`parts`)
        says so with ``parts=True``, else it is a :class:`ValueError`.
        """
        if self.joinable and not parts:
            raise ValueError("a reader with joinable words reads parts of quick tokens")
        return quick_sources(word, self._typos_of)

    def parts(self, tokens: Iterable[str]) -> frozenset[str]:
        """Every part this reader may read from one of ``tokens`` run together (see ``_split``).

        Each way to cut a token in two where both parts are known or joinable: the reader takes
        the first cut it accepts, one of these, so this holds every part it reads.
        """
        if not self.joinable:
            return frozenset()
        found: set[str] = set()
        either, prefixes = self._either, self._prefixes
        for token in tokens:
            if len(token) <= 4:
                continue
            # Both parts are words, so the heads to try stop at the first that starts none.
            for i in range(1, len(token)):
                head = token[:i]
                if head not in prefixes:
                    break
                if head in either and token[i:] in either:
                    found.update((head, token[i:]))
        return frozenset(found)

    def spellings(self, word: str) -> frozenset[str]:
        """Tokens (:attr:`NormalizedText.token_set`) of which plain text holds one if it reads
        ``word``: the evaluator's trigger, where :meth:`sources` is the detector's own gate.

        Plain text (not :attr:`NormalizedText.disguised`) is read a token at a time, and a token
        reads as itself, a contraction's words, a typo's term or, with a suffix ("kill's",
        "you'll"), its head and the suffix's word; this inverts each. Any token with a suffix
        reads the suffix's word ("not", "will", ...), so those words have no spellings
        (:class:`ValueError`), nor has a reader that splits words run together.
        """
        if self.joinable:
            raise ValueError("a reader with joinable words reads parts of tokens")
        return plain_spellings(word, self._typos_of)

    def sentences(self, text: NormalizedText, *, split: bool = True) -> tuple[Sentence, ...]:
        """The sentences of ``text``, each a tuple of tokens (empty sentences dropped).

        ``split=False`` skips looking for words run together, when the caller knows there are
        none worth finding.
        """
        fixed = self._fixed
        found: list[Sentence] = []
        for sentence in read(text).sentences:
            current: list[Token] = []
            for token in sentence:
                forms = token.forms
                spellings = fixed.get(forms[0]) if len(forms) == 1 else None
                if spellings is None:
                    spellings = self._read(forms, token.spelled, split)
                start, end, inside, clause = token.start, token.end, token.quoted, token.clause
                for spelling in spellings:
                    # tuple.__new__ skips the named tuple's Python-level __new__: a token each.
                    current.append(_new_tuple(Token, (spelling, start, end, inside, clause)))
            found.append(tuple(current))
        return tuple(found)

    def _read(
        self, forms: tuple[str, ...], spelled: tuple[str, ...] | None, split: bool = True
    ) -> tuple[str, ...]:
        for form in forms:
            if form in self.known:
                return (form,)
        if spelled is not None:
            return spelled
        form = forms[0]
        if len(form) > 3:
            typo = self._typos.get(form)
            if typo is not None and form not in self.ordinary:
                return (typo,)
            if split and self.joinable and len(form) > 4:
                parts = self._split(form)
                if parts is not None:
                    return parts
        return (forms[-1],)

    def _split(self, form: str) -> tuple[str, str] | None:
        for i in range(1, len(form)):
            head, tail = form[:i], form[i:]
            head_known, tail_known = head in self.known, tail in self.known
            if (
                (head_known and (tail_known or tail in self.joinable))
                or (tail_known and head in self.joinable)
            ) and (len(head) > 2 or len(tail) > 2 or (head_known and tail_known)):
                return head, tail
        return None


def canonical(term: str) -> tuple[str, ...]:
    """A term as a reader spells it: lower case, apostrophes straightened, contractions out."""
    spelled: list[str] = []
    for word in term.casefold().translate(_APOSTROPHES).split():
        expansion = _CONTRACTIONS.get(word)
        if expansion is not None:
            spelled.extend(expansion)
            continue
        for suffix, tail in _SUFFIXES[:5]:
            if word.endswith(suffix) and len(word) > len(suffix):
                spelled.extend((word[: -len(suffix)], *tail))
                break
        else:
            spelled.append(word)
    return tuple(spelled)


@attrs.frozen
class Match:
    """A phrase found in a sentence: tokens ``[first, last]`` and the phrase's label."""

    first: int
    last: int
    label: str


@attrs.frozen
class Phrases:
    """Labelled phrases of one or more tokens, found by a lookup on each token."""

    labels: Mapping[tuple[str, ...], str]
    _by_head: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = attrs.field(
        init=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        by_head: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        # Longest first, so "sick of" wins over "sick".
        for phrase, label in sorted(self.labels.items(), key=lambda item: -len(item[0])):
            by_head.setdefault(phrase[0], []).append((phrase, label))
        object.__setattr__(self, "_by_head", {k: tuple(v) for k, v in by_head.items()})

    @property
    def words(self) -> frozenset[str]:
        """Every word of every phrase."""
        return frozenset(word for phrase in self.labels for word in phrase)

    @property
    def heads(self) -> frozenset[str]:
        """The first word of every phrase."""
        return frozenset(self._by_head)

    def find(self, sentence: Sentence) -> list[Match]:
        """Every phrase in ``sentence``, longest first at each position, left to right."""
        found: list[Match] = []
        texts = [token.text for token in sentence]
        for i, text in enumerate(texts):
            for phrase, label in self._by_head.get(text, ()):
                end = i + len(phrase)
                if end <= len(texts) and tuple(texts[i:end]) == phrase:
                    found.append(Match(i, end - 1, label))
                    break
        return found
