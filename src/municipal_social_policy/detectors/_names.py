"""Names of persons in the original text, as English capitalisation shows them.

Defamation (§ V.2.3) needs a *named* person and a witness's name (§ V.2.11) is what endangers
them, so both detectors ask of the words the slot ``<name>`` of their phrase file found
(:class:`.phrases.NameSlot`): do they name a person? The answer is deliberately conservative:

- a title (``name_titles.txt``) and a capitalised word: "Mayor Wells-Armstrong", "Officer
  Jones", "Mr. Smith", and "Councilwoman Park" (a word of ``not_names.txt`` that is also a
  surname, the set ``title_surnames``, is a name after a title);
- two or three capitalised words, one of them not in ``not_names.txt``: "John Smith";
- one capitalised word inside a sentence, not in the list: "I heard Osenga ...".

One capitalised word at the start of a sentence is not a name by its capital alone ("Thieves
stole ...", "Someone ..."), nor are words in capitals ("WAY", "TSA"), groups ("Democrats",
"Muslims") or institutions ("City Council"). It is a name when the comment shows it is one
(issue 9, the sixth session): the word is written with a capital again inside a sentence
("Lewis stole the funds. Ask Lewis."), or the verb that follows it in the match takes only one
subject ("Lewis is a crook", "Osenga takes bribes", "Smith allegedly steals": a verb ending in
"s" after the name, the match's @adverbs aside, where a plural takes none: "Thieves stole",
"Teachers are"). A city adds words that are not names (its own name, its streets) with
``allowed``.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from .phrases import Match, read_phrases

__all__ = ["Names", "names"]

# The shape of a name's word as written ("Smith", "McDonald", "Wells-Armstrong", "O'Brien"), and
# up to three of them ending a span: the longest such run is the name.
_WORD = r"[A-Z](?:[a-z]{1,20}|[a-z]?[A-Z][a-z]{1,20})(?:[-'’][A-Z]?[a-z]{1,20})?"
_SHAPE = regex.compile(rf"{_WORD}(?:\ {_WORD}){{0,2}}$")
# A word of a name written in capitals ("DEMPSEY", "O'BRIEN"), in a comment that shouts.
_SHOUTED = regex.compile(r"[A-Z]{2,20}(?:[-'’][A-Z]{1,20})?")
# A word right before a name, maybe with a period: a title when the set holds it ("Mr. Smith").
_WORD_BEFORE = regex.compile(r"([A-Z][A-Za-z]{0,15})\.?\ $")
# What opens a sentence: a capital after it says nothing.
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*)$")
# A name is at most a title and this many words written with a capital (see NameSlot).
_MOST = 5
# The word that opens a sentence, as written.
_WORD_AT = regex.compile(r"[A-Z][A-Za-z'’-]{0,30}")
# How many words after a name opening a sentence its verb may stand (two @adverbs, then it).
_VERB_AFTER = 3
# How far from a name opening a sentence, and at how many places, it is sought written again.
_NEAR = 1000
_PLACES = 8


@attrs.frozen
class Names:
    """Decides whether the capitalised words of a match name a person (see the module
    docstring): ``titles`` are the words that make the next one a name, ``not_names`` the
    capitalised words that are not names."""

    titles: frozenset[str]
    not_names: frozenset[str]
    #: Words of ``not_names`` that are a name after a title ("Councilwoman Park", "Judge Hall").
    surnames: frozenset[str] = frozenset()

    def leading(self, match: Match) -> int | None:
        """The index of the first word of the name that opens ``match`` (after words such as
        "Then", "If" a city lists), or ``None`` when its capitalised words name no person."""
        tokens, first = match.tokens, match.first
        end = first
        while (
            end < match.last  # the last word is the act's, however written ("Smith Stole")
            and end - first < _MOST
            and tokens[end].capital
            and tokens[end].clause == tokens[first].clause
        ):
            end += 1
        return self.start(match, first, end) if end > first else None

    def trailing(self, match: Match) -> bool:
        """Whether the capitalised words that end ``match`` name a person."""
        tokens, last = match.tokens, match.last
        first = last + 1
        while (
            first > match.first
            and last + 1 - first < _MOST
            and tokens[first - 1].capital
            and tokens[first - 1].clause == tokens[last].clause
        ):
            first -= 1
        return first <= last and self.start(match, first, last + 1) is not None

    def start(self, match: Match, first: int, end: int) -> int | None:
        """The index of the word where the name among the words ``[first, end)`` of the match's
        sentence starts, or ``None`` when they name no person."""
        text, tokens = match.text, match.tokens
        original = text.original
        low = text.span(tokens[first].start, tokens[first].end)[0]
        high = text.span(tokens[end - 1].start, tokens[end - 1].end)[1]
        shape = _SHAPE.search(original, low, high)
        if shape is None:
            return self._shouted(match, first, end)
        begin = shape.start()
        words = shape.group().split(" ")
        before = _WORD_BEFORE.search(original, max(0, begin - 17), begin)
        if len(words) > 1 and words[0].casefold() in self.titles:
            rest = words[1:]
        elif before is not None and before.group(1).casefold() in self.titles:
            rest = words
        else:
            leading = 0
            while leading < len(words) and words[leading].casefold() in self.not_names:
                leading += 1  # "Then Bob", "Yesterday John Smith": the name follows a word
            if leading == len(words):
                return None
            opening = _SENTENCE_START.search(original, max(0, begin - 40), begin) is not None
            if leading == 0 and len(words) == 1 and opening and not self._shown(match, end, begin):
                return None  # one capitalised word opening a sentence is just a capital letter
            begin += sum(len(word) + 1 for word in words[:leading])
            return _index(match, first, end, begin)
        if all(
            word.casefold() in self.not_names and word.casefold() not in self.surnames
            for word in rest
        ):
            return None
        return _index(match, first, end, begin)

    def _shouted(self, match: Match, first: int, end: int) -> int | None:
        """``first`` when the match is written in capitals alone ("FRANK DEMPSEY IS A ...")
        and its words from ``first`` begin with two or three words shaped as a name's, none of
        them a word of ``not_names``, or with a title and one such word ("SHERIFF HOLT"): in a
        shouted comment capitals tell nothing, so one word ("TSA", "WAY") is never a name, and
        two are only when neither is a known word."""
        text, tokens = match.text, match.tokens
        original = text.original
        low = text.span(tokens[match.first].start, tokens[match.first].end)[0]
        high = text.span(tokens[match.last].start, tokens[match.last].end)[1]
        if any(character.islower() for character in original[low:high]):
            return None
        titled = match.words[first] in self.titles  # "SHERIFF HOLT": one word after a title
        count = 0
        for i in range(first + titled, min(end, first + titled + 3)):
            start, stop = text.span(tokens[i].start, tokens[i].end)
            if not _SHOUTED.fullmatch(original, start, stop) or (match.words[i] in self.not_names):
                break
            count += 1
        return first if count >= 2 - titled else None

    def _shown(self, match: Match, end: int, begin: int) -> bool:
        """Whether the one capitalised word at ``begin`` that opens a sentence is shown to be a
        name (see the module docstring): written with a capital inside a sentence elsewhere in
        the comment, or followed in the match by a verb ending in "s" (after the match's
        ``adverbs``), which a plural subject never takes."""
        adverbs = match.sets.get("adverbs", frozenset())
        for i in range(end, min(match.last + 1, end + _VERB_AFTER)):
            following = match.words[i]
            if len(following) > 1 and following.endswith("s") and not following.endswith("ss"):
                return True
            if following not in adverbs:
                break
        original = match.text.original
        word = _WORD_AT.match(original, begin)
        if word is None:
            return False
        # Read near the word only, and a few of its other places: the work per name is bounded,
        # so a long comment of many sentences stays linear in its length.
        written = word.group()
        high = min(len(original), begin + _NEAR)
        place = original.find(written, max(0, begin - _NEAR), high)
        for _ in range(_PLACES):
            if place == -1:
                break
            after = place + len(written)
            if (
                place != begin
                and not (place and original[place - 1].isalnum())
                and not (after < len(original) and original[after].isalnum())
                and not _SENTENCE_START.search(original, max(0, place - 40), place)
            ):
                return True
            place = original.find(written, place + 1, high)
        return False


def _index(match: Match, first: int, end: int, position: int) -> int:
    """The index of the word among ``[first, end)`` that holds the ORIGINAL ``position``."""
    text, tokens = match.text, match.tokens
    for i in range(first, end):
        if text.span(tokens[i].start, tokens[i].end)[1] > position:
            return i
    return end - 1


def names(file: str, allowed: Iterable[str] = ()) -> Names:
    """The :class:`Names` of the sets ``name_titles`` and ``not_names`` of the phrase file
    ``file``, with the words of ``allowed`` (a city's) as more words that are not names."""
    sets = read_phrases(file).sets
    extra = frozenset(word.casefold() for term in allowed for word in term.split())
    surnames = sets.get("title_surnames", frozenset()) - extra
    return Names(sets["name_titles"], sets["not_names"] | extra, surnames)
