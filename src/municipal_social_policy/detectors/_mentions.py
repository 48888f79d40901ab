"""Whether a profane word is used, mentioned, or part of a name (Kankakee § V.2.5).

The clause names "profane, obscene, sexual or pornographic content or language". A comment that
talks about a word ("the word 'x' is offensive", "stop saying x", "x means ..."), quotes it
("he wrote 'x'") or reports it ("he called her a x") is not the writer's own profane language:
whether it is a violation turns on what the comment does with the word, so a person decides. A
person's or a place's name ("John Denver Hore", "St Dildo", Newfoundland) is not language at
all. This module reads the words around a match in the ORIGINAL text, so a disguised spelling
("f***", "sh1t") is read in its frame exactly as the plain word is. The frame words are in
``mentions.txt``; capitalisation is read only where the writer capitalises selectively (a
comment mostly in capitals or title case says nothing by its capitals).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from functools import cache

import attrs
import regex

from ..words import PLAIN, plain_pattern
from .lexicon import read_sections, read_word_list

__all__ = ["Frames", "Use", "frames"]

#: How far around a match the frame is read, in characters (bounds the work per match).
_WINDOW = 80
_TOKEN = PLAIN
_SENTENCE_END = regex.compile(r"[.!?;\n](?=\s|$)|\n")
# What may sit between a frame's words and the profane word: spaces, quotation marks, a colon,
# emphasis marks and dashes ("the word: 'x'", "the word *x*").
_BETWEEN_BEFORE = regex.compile(r"[\s\"“”'‘’«`*_:\-–—]*")
_BETWEEN_AFTER = regex.compile(r"[\s\"“”'‘’»`*_\-–—]*")
# An opening quotation (or emphasis) mark and the closing marks that end it.
_CLOSERS = {
    '"': '"”',
    "“": '”"',
    "”": '”"',
    "'": "'’",
    "‘": "’'",
    "’": "’'",
    "«": "»",
    "`": "`'",
    "*": "*",
    "_": "_",
}
#: How many words may sit between a frame and the word: two before it, one after it; and how
#: many between a reporting verb and the word ("called her a x").
_GAP_BEFORE = 2
_GAP_AFTER = 1
_REPORTED = 4
_QUOTED_WORDS = 5  # at most this many words in a quotation before and after the profane word
_TITLE_CASE = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?")
# A capital letter alone, as a name of a road, an exit or a lot ("Route F", "Exit 5B" is no word)
_LETTER_NAME = regex.compile(r"\p{Lu}(?!\p{L})")
_PREVIOUS = regex.compile(r"([\p{L}'’-]+)(\.?) +$")
_NEXT = regex.compile(r"^ +([\p{L}'’-]+)")
_CLAUSE_MARK = regex.compile(r"[,;:()\[\]]")
_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?:;\"“(\n])\s*$")


class Use(enum.Enum):
    """How a comment uses a profane word it contains."""

    USED = "used"
    """The writer's own language: the word counts as its list says."""
    MENTIONED = "mentioned"
    """Talked about, quoted or reported: judgment evidence at most."""
    CAPITALISED = "capitalised"
    """In a run of capitalised words, a title or a name ("John Denver Hore", "Youtube Edition
    Mindfuck", "Mr. X"), or its first word ("Dick Cheney"): judgment evidence at most, since
    "Total Bullshit" and "Mr Twat" are capitalised too."""
    NAMED = "named"
    """A place's name, after "St", "Mount", "Lake" ... ("St Dildo"): not profanity."""


def _phrases(terms: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(term.casefold().split()) for term in terms)


@attrs.frozen
class Frames:
    """The frames that make a profane word a mention or part of a name (see the module doc).

    ``before`` and ``after`` are phrases as word tuples; ``reporting`` verbs report what someone
    was called; ``places`` make the capitalised word after them a place's name ("St"), and
    ``titles`` a person's, which may be made up to mock ("Mr"); ``not_names`` are
    capitalised words that are no evidence of a name ("The", "You"); ``profane`` are words that
    are no evidence of a name either (in "Fuck Trump" the capital of "Fuck" says nothing).
    """

    before: frozenset[tuple[str, ...]]
    reporting: frozenset[str]
    after: frozenset[tuple[str, ...]]
    places: frozenset[str]
    titles: frozenset[str]
    not_names: frozenset[str]
    profane: frozenset[str]
    # The most words in a phrase of ``before`` and of ``after``.
    _longest: tuple[int, int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        longest = (max(map(len, self.before), default=0), max(map(len, self.after), default=0))
        object.__setattr__(self, "_longest", longest)

    def uses(
        self, text: str, spans: Iterable[tuple[int, int]], *, mentions: Iterable[bool] = ()
    ) -> list[Use]:
        """How each ``text[start:end]`` of ``spans``, a profane word or phrase, is used.

        ``mentions`` says, span by span, whether a mention matters (it does not for evidence
        that is judgment anyway); it defaults to every span. The work is bounded per span (a
        window of :data:`_WINDOW` characters each side) plus one look at the text's capitals.
        """
        shouted = _shouted(text, self.not_names)
        spans = list(spans)
        wanted = list(mentions) or [True] * len(spans)
        # The answer depends only on the window around a span: a comment that repeats itself
        # ("St Dildo St Dildo ...") is read once per distinct window.
        seen: dict[tuple[str, str, str, bool, bool], Use] = {}
        found = []
        for (start, end), mention in zip(spans, wanted, strict=True):
            key = (
                text[max(0, start - _WINDOW) : start],
                text[start:end],
                text[end : end + _WINDOW],
                start < _WINDOW,
                mention,
            )
            use = seen.get(key)
            if use is None:
                use = seen[key] = self._use(text, start, end, shouted=shouted, mention=mention)
            found.append(use)
        return found

    def use(self, text: str, start: int, end: int) -> Use:
        """How ``text[start:end]``, a profane word or phrase, is used in ``text``."""
        return self.uses(text, [(start, end)])[0]

    def _use(self, text: str, start: int, end: int, *, shouted: bool, mention: bool) -> Use:
        if _LETTER_NAME.match(text, start) and self._after_place(
            text[max(0, start - _WINDOW) : start]
        ):
            return Use.NAMED  # "Route F off of Highway 17": a letter names the road
        named = Use.USED if shouted else self._named(text, start, end)
        if named is Use.NAMED:
            return named
        if mention and self._mentioned(text, start, end):
            return Use.MENTIONED
        return named

    def _mentioned(self, text: str, start: int, end: int) -> bool:
        head = _sentence_before(text, start)
        tail = _sentence_after(text, end)
        return self._quoted(head, tail) or self._framed(head, tail)

    def _framed(self, head: str, tail: str) -> bool:
        folded = head.casefold()
        words = list(_TOKEN.finditer(folded))
        if words and _BETWEEN_BEFORE.fullmatch(folded, words[-1].end()):
            longest = self._longest[0]
            tokens = tuple(match.group() for match in words[-longest - _GAP_BEFORE :])
            for gap in range(_GAP_BEFORE + 1):  # "definition of attention x", "call me a x"
                end = len(tokens) - gap
                if any(tokens[end - size : end] in self.before for size in range(1, end + 1)):
                    return True
        # "called her a x": a reporting verb at most four words back, no punctuation after it.
        for match in reversed(words[-_REPORTED - 1 :]):
            if match.group() in self.reporting:
                return _CLAUSE_MARK.search(folded[match.end() :]) is None
        tail = tail.casefold()
        lead = _BETWEEN_AFTER.match(tail)
        after = tuple(m.group() for m in _TOKEN.finditer(tail, lead.end() if lead else 0))
        longest = self._longest[1]
        for gap in range(_GAP_AFTER + 1):  # "x always implies"
            rest = after[gap : gap + longest]
            if any(rest[:size] in self.after for size in range(1, len(rest) + 1)):
                return True
        return False

    @staticmethod
    def _quoted(head: str, tail: str) -> bool:
        # The nearest opening mark before the word, with at most a few words between.
        for index in range(len(head) - 1, -1, -1):
            mark = head[index]
            if mark not in _CLOSERS:
                continue
            inside = head[index + 1 :]
            if len(_TOKEN.findall(inside)) >= _QUOTED_WORDS:
                return False
            if (index > 0 and head[index - 1].isalnum()) or inside[:1].isspace():
                continue  # an apostrophe ("don't") or a closing mark: look further back
            closers = _CLOSERS[mark]
            for offset, char in enumerate(tail):
                if char in closers:
                    after = tail[offset + 1 : offset + 2]
                    within = len(_TOKEN.findall(tail[:offset])) < _QUOTED_WORDS
                    return within and not after.isalnum()
            return False
        return False

    def _named(self, text: str, start: int, end: int) -> Use:
        word = text[start:end]
        if not _TITLE_CASE.fullmatch(word):
            return Use.USED
        before = text[max(0, start - _WINDOW) : start]
        # Walk back over the capitalised words just before it: a title ("St", "Mount") makes it
        # a name; a capitalised word that is no function word, no profanity and no sentence
        # opener makes it part of a run of capitals ("John Denver Hore", "Youtube Edition
        # Mindfuck Doggystyle"), which may be a name or a title but may be emphasis too.
        while (previous := _PREVIOUS.search(before)) is not None:
            prior = previous.group(1)
            if not prior[:1].isupper():
                break
            if prior.casefold() in self.places:
                return Use.NAMED
            if prior.casefold() in self.titles:
                return Use.CAPITALISED
            if previous.group(2):
                break  # "... in Chicago. Dildo": a sentence ended
            before = before[: previous.start()]
            if self._name_word(prior) and not _sentence_start(before):
                return Use.CAPITALISED
            if not _TITLE_CASE.fullmatch(prior) or _sentence_start(before):
                break
        following = _NEXT.match(text[end : end + _WINDOW])
        if following is not None and self._name_word(following.group(1)):
            return Use.CAPITALISED
        return Use.USED

    def _after_place(self, before: str) -> bool:
        """Whether ``before`` ends in a capitalised word of ``places`` ("Route ", "Exit ")."""
        previous = _PREVIOUS.search(before)
        if previous is None or previous.group(2):
            return False
        prior = previous.group(1)
        return prior[:1].isupper() and prior.casefold() in self.places

    def _name_word(self, word: str) -> bool:
        folded = word.casefold()
        return (
            _TITLE_CASE.fullmatch(word) is not None
            and folded not in self.not_names
            and folded not in self.profane
        )


def _sentence_before(text: str, start: int) -> str:
    head = text[max(0, start - _WINDOW) : start]
    ends = [match.end() for match in _SENTENCE_END.finditer(head)]
    return head[ends[-1] :] if ends else head


def _sentence_after(text: str, end: int) -> str:
    tail = text[end : end + _WINDOW]
    found = _SENTENCE_END.search(tail)
    return tail[: found.start()] if found else tail


def _sentence_start(before: str) -> bool:
    """Whether a word preceded by ``before`` opens a sentence (so its capital says nothing)."""
    return _OPENS_SENTENCE.search(before[-20:]) is not None


def _shouted(text: str, function_words: frozenset[str]) -> bool:
    """Whether ``text`` capitalises its words wholesale, so its capitals mark no names.

    Told by its function words ("the", "with", "you"), which are capitalised only at the start
    of a sentence unless the writer capitalises everything; a text with fewer than two of them
    is judged by all its words (three in four capitalised).
    """
    head = text[:2000]
    words = plain_pattern(head).findall(head)  # _TOKEN's words, by the fastest pattern
    small = [word for word in words[1:] if word.casefold() in function_words]
    if len(small) >= 2:
        return sum(1 for word in small if word[:1].isupper()) * 2 > len(small)
    if len(words) < 6:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised * 4 >= len(words) * 3


@cache
def frames(profane: frozenset[str] = frozenset()) -> Frames:
    """The shipped frames (``mentions.txt``), with ``profane`` as words that are no name."""
    sections = read_sections("mentions.txt")
    return Frames(
        before=_phrases(sections["before"]),
        reporting=frozenset(term.casefold() for term in sections["reporting"]),
        after=_phrases(sections["after"]),
        places=frozenset(term.casefold() for term in sections["places"]),
        titles=frozenset(term.casefold() for term in sections["titles"]),
        not_names=read_word_list("not_names.txt"),
        profane=profane,
    )
