"""Defamation (Kankakee § V.2.3): a crime or a fraud pinned on a named person.

Only one shape is a signal: a person's *name* (see :mod:`._names`) as the subject of a criminal
act ("John Smith stole the funds", "Alderman Osenga took bribes", "Mayor X is a thief"). The
signal is JUDGMENT: whether a statement is false, and so defamatory, is for a person (and a
court) to weigh, so the category's ceiling keeps it at review.

What is never a signal, whoever is named:

- criticism of decisions, policies or institutions ("the council wasted money", "the mayor is
  doing a terrible job", "City Hall is corrupt"): no person is named or no crime is alleged;
- opinion words ("corrupt", "incompetent", "liar"): they describe, they do not allege a crime;
- denials, questions and hypotheticals ("Smith never stole", "Did Smith steal it?", "If Smith
  took bribes ..."), and reports of charges ("Smith was charged with theft"), which are public
  record;
- idioms ("stole the show", "forged ahead", "murdered that song").

The test does not depend on who is named: "Mayor Smith stole the funds" and "my neighbour Bob
Smith stole the funds" are the same signal, so swapping an official for a resident never
changes the decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import ClassVar

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._names import NAME, NameTest, name_test
from ._patterns import compile_pattern
from ._rules import MAX_MATCHES, finditer, preceding, trigger_words
from .lexicon import read_word_list, read_words
from .triggers import Trigger, spaced_words

__all__ = ["FACTORIES"]

_WORDS = "defamation_words.txt"


def _alternation(section: str) -> str:
    """The terms of ``section`` of the word file as a regular-expression alternation, in file
    order (the order the alternatives are tried)."""
    return "|".join(regex.escape(term) for term in read_words(_WORDS, section))


# Ord. 2019-70 § V.2.3. The acts are crimes or frauds; the nouns name a person by one.
_ACTS = (
    rf"{_alternation('accusations')}"
    rf"|(?:is|was)\ (?:a|an)\ (?:[a-z]{{1,20}}\ )?(?:{_alternation('criminal_nouns')})"
)
# The act first (rare), then the name just before it (looked for in a short window).
_ACT = compile_pattern(rf"\b(?i:{_ACTS})\b")
_SUBJECT = compile_pattern(
    rf"""
    {NAME}
    (?:\ (?i:{_alternation("subject_adverbs")})){{0,2}}
    \ $
    """
)
_WINDOW = 90
_SENTENCE_END = regex.compile(r"[.!?\n]")  # Idioms: "stole the show", "murdered that song".
_IDIOM = regex.compile(
    rf"\ (?:{_alternation('idiom_determiners')})\ (?:{_alternation('idiom_objects')})\b"
    rf"|\ (?:{_alternation('idiom_bases')})\b",
    regex.IGNORECASE,
)
# The passive, where the named person is the victim: "officer Singh, murdered in the line of duty".
_PARTICIPLES = read_word_list(_WORDS, "participles")
_PASSIVE = regex.compile(rf"\ (?:{_alternation('passive_after')})\b", regex.IGNORECASE)
# A question, a hypothesis or a report of a charge in the same sentence.
_HEDGE = regex.compile(rf"\b(?:{_alternation('hedges')})\b[^.!?]*$", regex.IGNORECASE)
# One word of every act, looked up among the comment's words (see trigger_words).
_ACT_WORDS = trigger_words(read_words(_WORDS, "acts"))


@attrs.frozen
class _AccusationDetector:
    """A named person as the subject of a criminal act (see the module docstring)."""

    id: str
    names: NameTest
    # The gate __call__ opens with, for the evaluator's index.
    trigger: ClassVar[Trigger] = Trigger(words=_ACT_WORDS)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        if _ACT_WORDS.isdisjoint(spaced_words(text)):
            return ()
        return list(self._signals(text.original))

    def _signals(self, original: str) -> Iterator[Signal]:
        for count, act in enumerate(finditer(_ACT, original)):
            if count == MAX_MATCHES:
                return
            window = max(0, act.start() - _WINDOW)
            subject = next(finditer(_SUBJECT, original, window, act.start()), None)
            if subject is None or not self._alleges(original, subject, act):
                continue
            name = subject.group("name")
            start = subject.start("name") + self.names.offset(name)
            yield Signal(self.id, start, act.end(), Strength.JUDGMENT)

    def _alleges(self, original: str, subject: regex.Match[str], act: regex.Match[str]) -> bool:
        if not self.names(subject.group("name"), preceding(original, subject.start("name"), 40)):
            return False
        if _IDIOM.match(original, act.end()):
            return False
        if act.group().casefold() in _PARTICIPLES and _PASSIVE.match(original, act.end()):
            return False
        if _HEDGE.search(original, max(0, subject.start() - 80), act.start()):
            return False
        stop = _SENTENCE_END.search(original, act.end(), act.end() + 200)
        return stop is None or stop.group() != "?"  # a question insinuates; it does not allege


def _criminal_accusation(config: DetectorConfig) -> _AccusationDetector:
    return _AccusationDetector(config.id, name_test(config.allowed))


FACTORIES: Mapping[str, DetectorFactory] = {"criminal_accusation": _criminal_accusation}
