"""Words with their disguises undone: the view word lists match against.

People slip words past filters with leetspeak (``sh1t``, ``@ss``), separators (``f.u.c.k``,
``f u c k``), masks (``f***``, ``c*nt``; also hyphens and number signs: ``f--k``, ``f#ck``) and
stretched letters (``fuuuck``). :func:`words` turns a
normalised text into :class:`Word`\\ s that carry every plausible spelling, each with the span of
the normalised text it came from. Only tokens that show a disguise get extra spellings, so plain
words stay plain: "I have 3 kids" is not read as "i have e kids".
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

import regex

__all__ = [
    "ASCII_PLAIN",
    "MASK",
    "PLAIN",
    "Word",
    "disguised",
    "hides_letters",
    "plain_pattern",
    "words",
]

# tuple.__new__ skips the named tuple's Python-level __new__: a word per token.
_new = tuple.__new__

#: The character that stands for a hidden letter in a masked word.
MASK = "*"


def _ascii(source: str) -> re.Pattern[str]:
    r"""``source`` for ASCII text only, compiled with the standard ``re``, which runs it several
    times faster than ``regex``. ``\p{L}`` and ``\p{N}`` must stand inside character classes, where
    on ASCII text they mean ``A-Za-z`` and ``0-9``."""
    return re.compile(source.replace(r"\p{L}", "A-Za-z").replace(r"\p{N}", "0-9"))


# Letters, digits, and the symbols leetspeak and masking put inside words. Only the ASCII forms of
# this and the next pattern are compiled: :func:`words` reads any text with them (see
# :func:`_as_ascii`).
_ASCII_TOKEN = _ascii(r"[\p{L}\p{N}@$!|*+]+(?:['’][\p{L}\p{N}@$!|*+]+)*")
# _ASCII_TOKEN as one group, for ``split``: the text between the tokens and the tokens, in turn.
_TOKEN_SPLITTING = re.compile(f"({_ASCII_TOKEN.pattern})")
# Single characters, each a whole token, joined by one repeated separator: f.u.c.k, f u c k. A
# character followed by another separator (not a space, the ordinary end of a word) and a
# character opens the next word: in "f u c k t-h-i-s" the run ends before the "t".
_ASCII_SPACED = _ascii(
    r"[\p{L}\p{N}@$*](?<![\p{L}\p{N}@$*][\p{L}\p{N}@$*])(?P<sep>[\ .\-_~/|,])[\p{L}\p{N}@$*]"
    r"(?:(?P=sep)[\p{L}\p{N}@$*]){1,40}(?![\p{L}\p{N}@$*])"
    r"(?!(?!(?P=sep))[.\-_~/|,][\p{L}\p{N}@$*])"
)
# What every run of _ASCII_SPACED holds, its last two characters: a separator, a character, the
# same separator and a character that ends the run. Searched first: it starts with the
# separator, which few positions hold, where the run's pattern tries a lookbehind at every letter
# (a third of a long text's words' cost), and prose rarely has two one-character words in a row.
_SPACED_ENDING = re.compile(r"([\ .\-_~/|,])[A-Za-z0-9@$*]\1[A-Za-z0-9@$*](?![A-Za-z0-9@$*])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "l", "+": "t"})  # fmt: skip
# "1" stands for "l" as often as for "i" ("bu11et", "ki11"): a word with one has both forms.
_LEET_L = str.maketrans({"1": "l"})
_LEET_CHARS = frozenset("0134579@$!|+")
_EDGE_PUNCTUATION = "!|+"
# Numbers with a suffix are words, not leetspeak: 1st, 2nd, 4th, 5pm, 1990s, 10k.
_NUMBER_WORD = regex.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|x)")
# The signs of a disguise. Each pattern starts with a definite character (see detectors._patterns):
# leet or mask characters inside or at the edge of letters, or three single characters in a
# spaced run. Stretched letters and non-ASCII letters are checked apart. Only text whose letters
# and digits are all ASCII is searched (any other counts as disguised), so the ASCII forms are
# enough.
_DISGUISES = tuple(
    _ascii(source)
    for source in (
        r"[\p{N}@$!|*+](?<=[\p{L}][\p{N}@$!|*+])[\p{N}@$!|*+]*[\p{L}]",
        r"[@$](?<![\p{L}\p{N}][@$])[\p{L}]",
        # A leet digit opening or closing a word: 4nal, sh17; not an ordinal or a time (3rd, 5pm)
        r"[0134579](?<![\p{L}\p{N}][0134579])(?!(?:st|nd|rd|th|am|pm)(?![\p{L}\p{N}]))"
        r"[\p{L}]{2}",
        r"[0134579](?<=[\p{L}][0134579])[0134579]*(?![\p{L}\p{N}])",
        # A leet character opening a word and a mask after it: 5*at, 4**hole, $*it
        r"[0134579@$](?<![\p{L}\p{N}@$][0134579@$])[*]+[\p{L}]",
        r"[$*](?<=[\p{L}][$*])",
        # A mask opening a word of letters: "*sshats", "**uck" (or emphasis: "*sigh*")
        r"[*](?<![\p{L}\p{N}@$*][*])[*]{0,2}[\p{L}]{3}",
        r"[\ .\-_~/|,](?<=(?<![\p{L}\p{N}])[\p{L}\p{N}][\ .\-_~/|,])[\p{L}\p{N}][\ .\-_~/|,]"
        r"[\p{L}\p{N}](?![\p{L}\p{N}])",
    )
)
# The words of one letter a spaced-out word may follow in its run ("a b u l l e t").
_ONE_LETTER_WORDS = frozenset("ai")
# Letters hidden by other signs than :data:`MASK`, as newspapers and commenters write them: two
# hyphens or more ("f--k", "f-----g", "a--hole"; one is a hyphen: "f-ing") or number signs
# ("f#ck", "b#tch", "pu##y") after the first one to three letters of a word and before a letter.
# The word's opening is short and starts the token ("so--like" and "or--in" are dashes between
# words, read as masks only when a listed word of the same shape fits: none does; "#go#team" is
# two hashtags; "xn--" opens a host's name in Punycode, RFC 3492). Group 1 is the opening, group 2
# the signs, read as masks of the same length.
_SIGN_MASK = _ascii(r"(?<![\p{L}\p{N}#\-@$*])(?![Xx][Nn]--)([\p{L}]{1,3})(-{2,}|#+)(?=[\p{L}])")
# What every mask of _SIGN_MASK holds, a letter right before two hyphens or a number sign: a
# plain search, far cheaper than _SIGN_MASK's over a long text of hashtags or dashes between
# words ("#news", "so -- like"), which hold none. It starts at the signs, which few positions
# hold, and looks back for the letter (one that starts at a letter is tried at most positions:
# five times slower on a short comment).
_SIGN_QUICK = re.compile(r"#(?<=[^\W\d_]#)|-(?<=[^\W\d_]-)-")


def _sign_hints(normalized: str) -> bool:
    """Whether ``normalized`` holds what every mask of :data:`_SIGN_MASK` holds: first whether
    it holds the signs at all (most comments hold neither; ``in`` finds them at memory speed),
    then :data:`_SIGN_QUICK`."""
    return ("#" in normalized or "--" in normalized) and _SIGN_QUICK.search(normalized) is not None


@functools.lru_cache(maxsize=64)
def _sign_masked(normalized: str) -> bool:
    """Whether ``normalized`` holds a word with letters hidden by signs (:data:`_SIGN_MASK`);
    kept for the last texts, as every phrase group of a comment asks it of the same text."""
    return _sign_hints(normalized) and _SIGN_MASK.search(normalized) is not None


def hides_letters(normalized: str) -> bool:
    """Whether a word of ``normalized`` may hide letters: :data:`MASK` stands in it, or signs
    that :func:`words` reads as masks ("f--k", "b#tch")."""
    return MASK in normalized or _sign_masked(normalized)


def _signs_masked(normalized: str) -> str:
    """``normalized`` with the signs that hide letters (:data:`_SIGN_MASK`) written
    :data:`MASK`: the same length, so every span stays. Searched in :func:`_as_ascii` of a text
    outside ASCII, as the other word patterns are."""
    if "#" not in normalized and "--" not in normalized:
        return normalized
    # The hint is searched where the mask is: in the folded text, a digit outside ASCII is a
    # letter before the signs ("٣#A") as after them ("A#٣"), whatever else the text holds.
    searched = normalized if normalized.isascii() else _as_ascii(normalized)
    if not _sign_hints(searched):
        return normalized
    pieces: list[str] = []
    position = 0
    for match in _SIGN_MASK.finditer(searched):
        start, end = match.span(2)
        pieces += (normalized[position:start], MASK * (end - start))
        position = end
    if not pieces:
        return normalized
    pieces.append(normalized[position:])
    return "".join(pieces)


# Two or more leet digits opening a word ("34tadick"): a disguise unless the word is a number
# with a suffix ("10am", "30th"), as :data:`_NUMBER_WORD` reads it.
_LEET_OPENING = _ascii(r"[0134579](?<![\p{L}\p{N}][0134579])[0134579]+[\p{L}]{2}[\p{L}\p{N}]*")
# Every sign but the last has a leet or mask character beside a letter: most comments have none
# (a number stands apart: "the 2 parks"), and one search for it spares six.
# It starts with the leet or mask character: a pattern that starts with a class is searched
# several times faster than one with two alternatives.
_LEET_BY_LETTER = re.compile(r"[0-9@$!|*+](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
# A letter, digit or mark outside ASCII.
_FOREIGN_LETTER = regex.compile(r"(?=[^\x00-\x7f])[\p{L}\p{N}\p{M}]")
# A letter three times in a row ("fuuuck"): one search instead of 26 substring tests. "www"
# before a dot or alone is a host's name, not a stretched word (see :func:`_stretched`).
_TRIPLE = re.compile(r"([a-z])\1\1")
# Any character three times in a row: a cheap test before a word's runs are counted.
_THRICE = re.compile(r"(.)\1\1", re.DOTALL)
# A character str.isalnum() accepts: \w is those and "_".
_ALNUM = re.compile(r"[^\W_]")
# An email address: its digits and "@" are not leetspeak (jo.smith70@example.org).
_EMAIL = re.compile(r"[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}")
# How far an address of _EMAIL reaches before its "@" and after it.
_EMAIL_BEFORE, _EMAIL_AFTER = 64, 1 + 63 + 8 * 64 + 1 + 24
#: An undisguised word.
PLAIN = regex.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: :data:`PLAIN` for ASCII text, several times faster: there ``[^\W_]`` is ``[A-Za-z0-9]``.
ASCII_PLAIN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*")
# :data:`PLAIN` for a text whose characters outside ASCII are none of ``[^\W_]`` (curly quotes,
# dashes, emoji: most texts outside ASCII), where it finds the same words.
_WIDE_PLAIN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*")
# A character of a word for PLAIN (``[^\W_]``), searched among a text's characters outside ASCII.
_WORD_CHARACTER = regex.compile(r"[^\W_]")
# A letter or a digit, as the word patterns' classes read them.
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# Runs of ASCII characters: removing them leaves the characters outside ASCII, many times faster
# than finding those with a negated class, which ``re`` tries at every position.
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


@functools.lru_cache(maxsize=4)
def _outside_ascii(normalized: str) -> str:
    """The distinct characters of ``normalized`` outside ASCII, in one string: whether a letter
    or a digit is among them is asked of these few, not of the whole text (a search with
    ``regex`` reads a long text several times slower than one with ``re``). The last four answers
    are kept: :func:`disguised`, :func:`words` and :func:`plain_pattern` ask it of the same text
    (a string keeps its hash, and the texts kept are the ones being read)."""
    return "".join(set(_ASCII_RUN.sub("", normalized)))


def _as_ascii(normalized: str) -> str:
    """``normalized`` with each letter and digit outside ASCII written ``a``: the same length,
    so the ASCII forms of the word patterns (standard ``re``, several times faster than
    ``regex`` on a long text) find in it the spans the full patterns find in ``normalized``,
    whose classes hold all letters and digits alike. Linear: one ``str.translate``."""
    foreign = [char for char in _outside_ascii(normalized) if _LETTER_OR_DIGIT.match(char)]
    if not foreign:
        return normalized
    return normalized.translate(dict.fromkeys(map(ord, foreign), "a"))


def disguised(normalized: str) -> bool:
    """Whether a normalised text shows any disguise :func:`words` undoes.

    A letter, digit or mark outside ASCII counts as one (an accent, a look-alike from another
    script); other characters outside ASCII (curly quotes, dashes, emoji) only part words, so a
    text of ASCII words with them is read as plain.
    """
    if _foreign(normalized):
        return True
    if _stretched(normalized):
        return True
    if _sign_masked(normalized):
        return True
    if "@" in normalized:
        normalized = _without_emails(normalized)
    if _LEET_BY_LETTER.search(normalized) is None:
        return _DISGUISES[-1].search(normalized) is not None
    if any(pattern.search(normalized) is not None for pattern in _DISGUISES):
        return True
    return any(
        _NUMBER_WORD.fullmatch(match.group()) is None
        for match in _LEET_OPENING.finditer(normalized)
    )


def _without_emails(normalized: str) -> str:
    """``_EMAIL.sub(" ", normalized)``, searched only around each "@": an address lies within
    its reach of one, and a search of the whole text tries up to 64 characters of a local part
    at every position. Windows that overlap are one, so each address is found as in the whole
    text (the first start before its "@", none across a window's edge)."""
    pieces: list[str] = []
    position = 0
    at = normalized.find("@")
    while at != -1:
        start, end = at - _EMAIL_BEFORE, at + _EMAIL_AFTER
        at = normalized.find("@", at + 1)
        while at != -1 and at - _EMAIL_BEFORE < end:
            end = at + _EMAIL_AFTER
            at = normalized.find("@", at + 1)
        start = max(start, position)
        pieces += (normalized[position:start], _EMAIL.sub(" ", normalized[start:end]))
        position = end
    if not pieces:
        return normalized
    pieces.append(normalized[position:])
    return "".join(pieces)


def _foreign(normalized: str) -> bool:
    """Whether a letter, digit or mark outside ASCII stands in ``normalized``."""
    return (
        not normalized.isascii() and _FOREIGN_LETTER.search(_outside_ascii(normalized)) is not None
    )


def _stretched(normalized: str) -> bool:
    """Whether a letter comes three times in a row, but for "www" before a character that is no
    letter (a host's name)."""
    if _THRICE.search(normalized) is None:  # most texts: one search of a cheaper pattern
        return False
    for match in _TRIPLE.finditer(normalized):
        following = normalized[match.end() : match.end() + 1]
        if match.group() != "www" or "a" <= following <= "z":  # "" sorts before "a"
            return True
    return False


def _without_marks(token: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))


class Word(NamedTuple):
    """A word of the normalised text, ``[start, end)``, and its plausible spellings.

    ``forms[0]`` is the word as written (lower-cased); further forms undo leetspeak, separators
    and stretching. A form may hold :data:`MASK` for letters the writer hid.

    A named tuple, not an attrs class, as :class:`.reading.Token` is: a text makes one per
    word, and tuples are made several times faster.
    """

    forms: tuple[str, ...]
    start: int
    end: int

    @property
    def text(self) -> str:
        """The word as written, lower-cased."""
        return self.forms[0]


def _forms(token: str) -> tuple[str, ...]:
    forms = [token] if token.isascii() else [token, _without_marks(token)]
    if (
        not _LEET_CHARS.isdisjoint(token)
        and any(char.isalpha() for char in token)
        and not _NUMBER_WORD.fullmatch(token)
    ):
        forms.append(token.translate(_LEET))
        if "1" in token:
            forms.append(token.translate(_LEET_L).translate(_LEET))
    for form in tuple(forms):
        if _THRICE.search(form) is None:  # most words: no character three times in a row
            continue
        runs = [(letter, len(list(run))) for letter, run in itertools.groupby(form)]
        if any(count > 2 and letter.isalpha() for letter, count in runs):
            forms.append(_squeeze(runs, 2))
            forms.append(_squeeze(runs, 1))
    return tuple(dict.fromkeys(forms))


def _squeeze(runs: list[tuple[str, int]], keep: int) -> str:
    """The word of ``runs`` (character, count) with every letter written three or more times in
    a row written ``keep`` times: "fuuuck" -> "fuuck", "fuck". Linear, whatever the length (a
    back-referencing regex needs memory for each repetition)."""
    return "".join(
        letter * (keep if count > 2 and letter.isalpha() else count) for letter, count in runs
    )


# The forms of words up to this length are worked out once and kept: the same words come back in
# comment after comment, and longer tokens are rare and would fill memory.
_KEPT_TOKEN = 24
_forms_kept = functools.lru_cache(maxsize=8192)(_forms)


def plain_pattern(normalized: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The pattern of :data:`PLAIN` that reads ``normalized`` fastest: :data:`ASCII_PLAIN` for
    ASCII text, the same in the standard ``re`` with curly apostrophes for a text whose
    characters outside ASCII are no word's (curly quotes, dashes, emoji), else :data:`PLAIN`.
    Each finds in ``normalized`` the words :data:`PLAIN` finds."""
    if normalized.isascii():
        return ASCII_PLAIN
    if _WORD_CHARACTER.search(_outside_ascii(normalized)) is None:
        return _WIDE_PLAIN
    return PLAIN


# Each pattern of :func:`plain_pattern` as one group, for ``split``: the text between the words
# and the words, in turn.
_SPLITTING = {
    pattern: (regex if isinstance(pattern, regex.Pattern) else re).compile(f"({pattern.pattern})")
    for pattern in (ASCII_PLAIN, _WIDE_PLAIN, PLAIN)
}


def _plain_words(normalized: str) -> tuple[Word, ...]:
    """The words of an undisguised text, each with its one form: one ``split`` gives the words
    and the text between them, whose lengths summed give every word's span, and the words are
    made in C (``map``, ``zip``), not one by one (the words of 100 KB of prose cost a third of
    it in a comprehension that asked each match for its word and span)."""
    found, starts, stops = _split(_SPLITTING[plain_pattern(normalized)], normalized)
    forms = zip(found, strict=True)  # each word in a tuple of one
    return tuple(map(_new, itertools.repeat(Word), zip(forms, starts, stops, strict=True)))


def _split(
    splitting: re.Pattern[str] | regex.Pattern[str], text: str
) -> tuple[list[str], list[int], list[int]]:
    """The matches of ``splitting`` (a pattern that is one group) in ``text``, with their starts
    and ends. One ``split`` gives the text before the first match, the match, the text after
    it, ...; a match's span runs from the summed lengths of the parts before it to those of the
    parts up to it (summed in C, not asked of each match)."""
    parts = splitting.split(text)
    ends = list(itertools.accumulate(map(len, parts)))
    return parts[1::2], ends[0:-1:2], ends[1::2]


def words(normalized: str, shows_disguise: bool | None = None) -> tuple[Word, ...]:
    """The words of a normalised text, disguises undone, in order.

    ``shows_disguise`` is :func:`disguised` of the text when the caller knows it already.
    """
    if shows_disguise is None:
        shows_disguise = disguised(normalized)
    if not shows_disguise:  # so its letters and digits are ASCII
        return _plain_words(normalized)
    normalized = _signs_masked(normalized)
    # The patterns for ASCII read a text whose letters and digits outside ASCII are written "a"
    # (most texts outside ASCII hold only curly quotes, dashes and emoji there): the same spans,
    # several times faster. The words are taken from the text itself.
    searched = normalized if normalized.isascii() else _as_ascii(normalized)
    joined = (
        {m.start(): m for m in _ASCII_SPACED.finditer(searched)}
        if _SPACED_ENDING.search(searched) is not None
        else {}
    )
    # Every token in bulk (one split, as _plain_words does); most are letters and digits of at
    # most _KEPT_TOKEN characters, whose forms are looked up in C. Only the others are read one
    # by one (_odd_word): a token with an edge to trim or a mask, a long one, and the runs of
    # spaced letters ("f u c k") with the tokens inside them.
    found_tokens, starts, stops = _split(_TOKEN_SPLITTING, searched)
    tokens = (
        found_tokens
        if searched is normalized
        else list(map(normalized.__getitem__, map(slice, starts, stops)))
    )
    odd = [i for i, token in enumerate(tokens) if len(token) > _KEPT_TOKEN or not token.isalnum()]
    if joined:
        at = dict(zip(starts, itertools.count()))
        odd = sorted({*odd, *(at[start] for start in joined.keys() & at.keys())})
    if not odd:
        return tuple(_regular(tokens, starts, stops))
    found: list[Word] = []
    done = 0  # the tokens before this one are read
    closing = _last_closing(searched) if MASK in searched else -1
    for i in odd:
        if i < done:
            continue  # inside a run read already
        found += _regular(tokens[done:i], starts[done:i], stops[done:i])
        start = starts[i]
        run = joined.get(start)
        if run is not None:
            letters = normalized[start : run.end() : 2]
            forms = _forms(letters)
            if letters[0] in _ONE_LETTER_WORDS and len(letters) > 3 and run.group("sep") == " ":
                # "a b u l l e t": the word may follow "a" or "I" spaced out with it.
                forms = tuple(dict.fromkeys(forms + _forms(letters[1:])))
            found.append(_new(Word, (forms, start, run.end())))
            done = bisect.bisect_left(starts, run.end(), i + 1)
            continue
        done = i + 1
        word = _odd_word(tokens[i], start, stops[i], start >= closing)
        if word is not None:
            found.append(word)
    found += _regular(tokens[done:], starts[done:], stops[done:])
    return tuple(found)


def _regular(tokens: list[str], starts: list[int], stops: list[int]) -> Iterator[Word]:
    """The words of tokens of letters and digits alone, none long, each with its span: made in
    C (``map``, ``zip``), their forms looked up in the kept ones."""
    forms = map(_forms_kept, tokens)
    return map(_new, itertools.repeat(Word), zip(forms, starts, stops, strict=True))


def _odd_word(token: str, start: int, end: int, opens: bool = True) -> Word | None:
    """The word of a token that is not letters and digits alone, or is long: its edges trimmed
    ("great!" and "+1" are punctuation, not disguises; "*word*" is emphasis, not a mask), or
    ``None`` when no letter or digit is left.

    Masks that open a word and are not closed at its end (:data:`_OPENING_MASK`: "*sshats",
    "**uck"), nor later in the text (``opens`` false: "*waits for the plow*"), may hide its
    first letters: the word spans them, and its first form keeps them as written ("*sshats"),
    for a reader that fits a masked word by its last letter; its trimmed form follows and stays
    its last (its plain reading). Single masks between its letters
    (:data:`_BETWEEN_MASKS`: "f*u*c*k", "f*c*king") hide none: it also has the form without
    them ("fuck", "fcking")."""
    opening = ""
    if not token.isalnum():  # most words are, and need no trimming
        emphasis = token.startswith(MASK)
        closed = False  # a mask closes a word a mask opens: emphasis ("*sigh*")
        while (token and token[-1] in _EDGE_PUNCTUATION) or (emphasis and token.endswith(MASK)):
            closed = closed or token[-1] == MASK
            token, end = token[:-1], end - 1
        if emphasis and opens and not closed:
            opened = _OPENING_MASK.match(token)
            opening = opened.group(1) if opened is not None else ""
        while token and (token[0] in _EDGE_PUNCTUATION or token[0] == MASK):
            token, start = token[1:], start + 1
        if _ALNUM.search(token) is None:  # no letter or digit (str.isalnum)
            return None
    forms = _forms_kept(token) if len(token) <= _KEPT_TOKEN else _forms(token)
    if MASK in token and _BETWEEN_MASKS.fullmatch(token) is not None:
        forms = tuple(dict.fromkeys(forms + _forms(token.replace(MASK, ""))))
    if opening:
        # Written first (evidence quotes the writer), the trimmed forms after, the trimmed form
        # last again (a repeated form): it is the word's plain reading.
        forms = (*(opening + form for form in forms), *forms, forms[-1])
        start -= len(opening)
    return _new(Word, (forms, start, end))


# Masks opening a word, one to three, before three letters or more, and no mask closing it (that
# is emphasis: "*sigh*"). Group 1 is the masks.
_OPENING_MASK = re.compile(r"(\*{1,3})(?=[a-z]{3})[^*]*$")
# A mask that closes emphasis: right after a word or a sentence's mark, before no letter or digit
# ("*waits for the plow*", "**she comes with the cage.**"). A masked word's last letters close
# nothing, but read so ("what the f***") they only keep an opening mask unread.
_CLOSING_MASK = re.compile(r"(?<=[a-z0-9.!?,;:)'\"])\*+(?![a-z0-9*])")


def _last_closing(searched: str) -> int:
    """Where the last mask that closes emphasis (:data:`_CLOSING_MASK`) in ``searched`` starts,
    or -1: an opening mask before it is emphasis."""
    last = -1
    for match in _CLOSING_MASK.finditer(searched):
        last = match.start()
    return last


# A word of letters with two single masks or more between them, none at its edges.
_BETWEEN_MASKS = re.compile(r"[a-z]+(?:\*[a-z]+){2,}")
