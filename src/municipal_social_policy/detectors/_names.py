"""Names of persons in the original text, as English capitalisation shows them.

Defamation (§ V.2.3) needs a *named* person and a witness's name (§ V.2.11) is what endangers
them, so both detectors ask: is this a person's name? The answer is deliberately conservative:

- a title (``name_titles.txt``) and a capitalised word: "Mayor Wells-Armstrong", "Officer
  Jones", "Mr. Smith";
- two or three capitalised words, one of them not in ``not_names.txt``: "John Smith";
- one capitalised word inside a sentence, not in the list: "I heard Osenga ...".

One capitalised word at the start of a sentence is not a name ("Thieves stole ...", "Someone
..."), nor are words in capitals, groups ("Democrats", "Muslims") or institutions ("City
Council"). A city adds words that are not names (its own name, its streets) with ``allowed``.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ._patterns import lazy_compile
from ._rules import Span
from .lexicon import read_word_list, read_words

__all__ = ["NAME", "NameTest", "name_test", "named_span"]

_TITLE = "(?:" + "|".join(map(regex.escape, read_words("name_titles.txt"))) + ")"
_WORD = r"[A-Z](?:[a-z]{1,20}|[a-z]?[A-Z][a-z]{1,20})(?:[-'’][A-Z]?[a-z]{1,20})?"

#: A title and a name, or up to three capitalised words (a middle initial allowed); the source of
#: a named group ``name`` to embed in patterns run on the original text.
NAME = (
    rf"(?P<name>(?:{_TITLE}\.?\ )?{_WORD}(?:\ (?:[A-Z]\.\ )?{_WORD}){{0,2}})"
    r"(?![\w'’-])"
)
_TITLED = lazy_compile(rf"{_TITLE}\.?\ ")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*)$")


class NameTest:
    """Decides whether a match of :data:`NAME` names a person (see the module docstring)."""

    __slots__ = ("_not_names",)

    def __init__(self, not_names: frozenset[str]) -> None:
        self._not_names = not_names

    def __call__(self, name: str, before: str) -> bool:
        """Whether ``name``, preceded in the text by ``before``, is a person's name.

        ``before`` needs only the 40 characters before the name.
        """
        titled = _TITLED.match(name)
        if titled is not None:
            rest = name[titled.end() :].split()
            return any(word.casefold() not in self._not_names for word in rest)
        words = name.split()
        leading = 0
        while leading < len(words) and words[leading].casefold() in self._not_names:
            leading += 1  # "Then Bob", "Yesterday John Smith": the name follows a word
        rest = words[leading:]
        if not rest:
            return False
        if leading == 0 and len(rest) == 1:
            # One capitalised word opening a sentence is just a capital letter.
            return _SENTENCE_START.search(before[-40:]) is None
        return True

    def offset(self, name: str) -> int:
        """Where the name proper starts in ``name``: after leading words such as "Then", "If"."""
        if _TITLED.match(name):
            return 0
        offset = 0
        for word in name.split(" "):
            if word.casefold() not in self._not_names:
                break
            offset += len(word) + 1
        return min(offset, len(name))


def name_test(allowed: Iterable[str] = ()) -> NameTest:
    """A :class:`NameTest` with the shipped list of words that are not names, plus ``allowed``."""
    extra = frozenset(word.casefold() for term in allowed for word in term.split())
    return NameTest(read_word_list("not_names.txt") | extra)


def named_span(names: NameTest) -> Span:
    """The span of a match with a ``name`` group, less words before the name ("If", "Then")."""

    def span(match: regex.Match[str]) -> tuple[int, int]:
        if match.start() < match.start("name"):
            return match.span()
        return match.start("name") + names.offset(match.group("name")), match.end()

    return span
