"""Threats, personal attacks and harassment (Kankakee § V.2.2); calls to violence or unlawful
acts (§ V.2.6).

Every signal here is JUDGMENT: a true threat needs a mental state software cannot see
(*Counterman v. Colorado*, 2023), and the categories' ceiling is review anyway. The detectors
read a comment as sentences of tokens (:mod:`._sentences`) and match short patterns of who does
what to whom (:mod:`._phrasing`); the words are in ``threat_terms.tsv``.

``threat`` (§ V.2.2)
    Harm the writer means to do to a person ("I'll shoot you", "we will cut his throat"), harm
    wished on a person ("you deserve a bullet", "hope he dies", "someone should shoot her"),
    intimidation ("we know your schedule", "I know where you live", "watch your back") and
    incitement to self-harm ("kys", "go kill yourself"). An object is required, so idioms are
    not threats: "kill it at the 5K", "this traffic is killing me", "a ticking time bomb",
    "break a leg", "shoot you an email".
``personal_attack`` (§ V.2.2)
    An insult aimed at a person: said to someone ("you worthless idiot", "shut up, moron",
    "idiots like you") or said of someone with an insult that only fits a person ("he is such
    a scumbag", "what a moron"). Criticism of an office, a decision or a policy is protected
    (§ I.3) and names no insult of a person: "the council is corrupt and incompetent", "this
    plan is garbage", "the mayor is doing a terrible job and should resign" are not findings.
    Who is insulted makes no difference: the mayor and a resident are treated alike.
``incitement`` (§ V.2.6)
    Calls to damage property ("let's all go smash their windows", "burn it down"), to flood
    or crash a line of communication ("flood the phone lines", "crash their website"), to
    stalk ("I'll follow her home", "show up at his house") or to harm a person ("someone should
    shoot him").

A match inside quotation marks is a quotation, and a negated one ("I would never hurt you",
"don't kill yourself") is not a threat; neither is a finding.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._phrasing import Pattern, compile_patterns, search_all
from ._sentences import Reader, Sentence, canonical, merge_ranges, quick_tokens
from .lexicon import read_sections, read_table, read_word_list, read_words
from .triggers import Trigger

__all__ = ["FACTORIES", "PatternSetDetector"]

_ORDINARY = read_word_list("threat_exceptions.txt", "ordinary")
_FUZZY = 5
_NEGATORS = read_word_list("threat_exceptions.txt", "negators")
# Words after "shoot you" that make it an errand, not a threat: "I'll shoot you an email".
_ERRANDS = read_word_list("threat_exceptions.txt", "errands")


@cache
def _sets() -> Mapping[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    for term, name in read_table("threat_terms.tsv"):
        sets.setdefault(name, set()).add("_".join(canonical(term.replace("_", " "))))
    # Closed word classes (grammar, not vocabulary) are kept apart from the terms.
    closed = {name: frozenset(words) for name, words in read_sections("threat_grammar.txt").items()}
    del closed[""]
    return {**{name: frozenset(words) for name, words in sets.items()}, **closed}


_APOSTROPHE = frozenset("'")


@attrs.frozen
class PatternSetDetector:
    """Signals each sentence that matches one of ``patterns``, as JUDGMENT evidence.

    Derived from the patterns and the reader: ``gate`` holds every anchor word and its typos,
    so a comment holding none is skipped after one set check; ``needs`` holds, for each
    pattern, a set per slot: the quick tokens of which a comment holds one when the slot
    matches (:meth:`Reader.sources`); a comment that holds one of every set of no pattern
    cannot match, and is not read. ``trigger``, for the evaluator's index, holds the tokens
    that read as an anchor (:meth:`Reader.spellings`).
    """

    id: str
    patterns: tuple[Pattern, ...]
    reader: Reader
    gate: frozenset[str] = attrs.field(init=False)
    needs: tuple[tuple[frozenset[str], ...], ...] = attrs.field(init=False)
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        reader = self.reader
        anchors = frozenset(word for pattern in self.patterns for word in pattern.anchor)
        object.__setattr__(self, "gate", anchors | frozenset(reader.typos))
        needs = tuple(
            tuple(frozenset().union(*map(reader.sources, words)) for words in pattern.required)
            for pattern in self.patterns
        )
        object.__setattr__(self, "needs", needs)
        # A match holds its pattern's anchor among the tokens read (search_all), and a plain
        # text reads one only from a token that spells it; a disguised text holds every tokens
        # trigger. Not the gate's own words: quick tokens split "kill's" at the apostrophe, the
        # token set does not, so that trigger would need every text with an apostrophe.
        # Each pattern also needs a quick token of each slot (``needs``). Without an apostrophe
        # in an undisguised text the quick tokens are the token set, so a slot's part is its
        # words or an apostrophe.
        trigger = Trigger.any_of(
            *(
                Trigger.all_of(
                    Trigger(tokens=frozenset().union(*map(reader.spellings, pattern.anchor))),
                    *(Trigger(characters=_APOSTROPHE, tokens=need) for need in slots),
                )
                for pattern, slots in zip(self.patterns, needs, strict=True)
            )
        )
        object.__setattr__(self, "trigger", trigger)

    def admits(self, text: NormalizedText) -> bool:
        """Whether a pattern may match ``text``: the gates before it is read."""
        tokens = quick_tokens(text)
        if self.gate.isdisjoint(tokens):
            return False
        # One anchor lets one comment in twenty through ("coming", "cut", "know"), and
        # reading costs more than checking each pattern's other slots first.
        return any(all(not need.isdisjoint(tokens) for need in slots) for slots in self.needs)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        if not self.admits(text):
            return
        for sentence in self.reader.sentences(text):
            found = [
                (first, last)
                for first, last in search_all(self.patterns, sentence)
                if not (
                    _negated(sentence, first, last)
                    or _quoted(sentence, first, last)
                    or _errand(sentence, last)
                )
            ]
            for first, last in merge_ranges(found):
                start, end = text.span(sentence[first].start, sentence[last].end)
                yield Signal(self.id, start, end, Strength.JUDGMENT)


def _negated(sentence: Sentence, first: int, last: int) -> bool:
    texts = [token.text for token in sentence[max(0, first - 3) : last + 1]]
    return not _NEGATORS.isdisjoint(texts) or "don't" in texts


def _quoted(sentence: Sentence, first: int, last: int) -> bool:
    return all(token.quoted for token in sentence[first : last + 1])


def _errand(sentence: Sentence, last: int) -> bool:
    """ "shoot you an email", "hit you up": the object is followed by an errand."""
    if last + 1 >= len(sentence) or sentence[last].text != "you":
        return False
    return sentence[last - 1].text in ("shoot", "hit") and sentence[last + 1].text in _ERRANDS


def _detector(config: DetectorConfig, group: str) -> PatternSetDetector:
    sets = _sets()
    # One pattern per line of the group in threat_patterns.txt (syntax: :mod:`._phrasing`).
    patterns = compile_patterns("\n".join(read_words("threat_patterns.txt", group)), sets)
    known = frozenset(
        word for words in sets.values() for term in words for word in term.split("_")
    ) | frozenset(word for pattern in patterns for slot in pattern.slots for word in slot.words)
    gate = frozenset(word for pattern in patterns for word in pattern.anchor)
    # One-letter typos of the anchors are read ("murdr", "deaht"), as in hate_speech.py.
    fuzzy = frozenset(word for word in gate if len(word) >= _FUZZY)
    reader = Reader(known=known | _NEGATORS, fuzzy=fuzzy, ordinary=_ORDINARY)
    return PatternSetDetector(config.id, patterns, reader)


def _threat(config: DetectorConfig) -> PatternSetDetector:
    return _detector(config, "threat")


def _personal_attack(config: DetectorConfig) -> PatternSetDetector:
    return _detector(config, "personal_attack")


def _incitement(config: DetectorConfig) -> PatternSetDetector:
    return _detector(config, "incitement")


FACTORIES: Mapping[str, DetectorFactory] = {
    "threat": _threat,
    "personal_attack": _personal_attack,
    "incitement": _incitement,
}
