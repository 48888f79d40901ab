"""Compromising investigations or public safety (Kankakee § V.2.11).

The clause protects "current investigations, police tactics and the safety or security of public
safety staff and/or the public". Talking *about* policing is protected: "we need more unmarked
cars", "are sobriety checkpoints legal?", "the police department is understaffed" are never a
signal. The detector ``safety_disclosure`` needs a disclosure that could be acted on:

- an unmarked car or plain-clothes officer placed somewhere or pointed out ("the unmarked
  Charger on 5th is a cop", "undercover cops at Riverside Park right now");
- a checkpoint, sting, speed trap or stakeout placed somewhere or announced as happening ("DUI
  checkpoint on Court St tonight, avoid it");
- a door, gate, alarm or lock-box code ("the gate code is 4821");
- a named person pointed out as a witness or informant ("John Smith is the informant", "the
  witness was Jane Doe", "Mike Jones called the cops");
- where an officer lives, or when an officer is alone or off shift ("Officer Jones lives on Oak
  St", "that cop gets off shift at 11").

All are JUDGMENT: only a person can tell a live operation from an old story or a public
announcement (the police announce checkpoints themselves), so the ceiling keeps them at review.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory
from ._names import NAME, NameTest, name_test, named_span
from ._patterns import compile_pattern
from ._rules import Check, Rule, RuleDetector, preceding, trigger_words
from .lexicon import read_words

__all__ = ["FACTORIES"]

# The cue words of this module (see detectors/lexicon.py).
_WORDS = "public_safety_words.txt"


def _alternation(section: str) -> str:
    """The terms of ``section`` of the word file as a regular-expression alternation, in file
    order (the order the alternatives are tried)."""
    return "|".join(regex.escape(term) for term in read_words(_WORDS, section))


# A place or a moment that makes a remark actionable: a number or a capitalised word inside a
# sentence (a street, a park, a business) near the cue, or words that place it now.
_PLACE = regex.compile(r"[0-9]|(?<=[^\s.!?:\"“(]\s{1,3}|[,;]\s{0,3})[A-Z][a-z]")
_NOW = regex.compile(rf"\b(?:{_alternation('now')})\b")
# Talk about policy rather than a disclosure: "should", "more", "ban" before the cue, "legal?"
# after it; a question; a past event ("last Friday", "in 2019").
_POLICY_BEFORE = regex.compile(rf"\b(?:{_alternation('policy_before')})\b[^.!?]*$")
_POLICY_AFTER = regex.compile(rf"^[^.!?\n]*\b(?:{_alternation('policy_after')})\b")
_PAST = regex.compile(rf"\b(?:{_alternation('past')}|in\ (?:19|20)[0-9]{{2}})\b")
_SENTENCE_END = regex.compile(r"[.!?\n]")
_SENTENCE_START = regex.compile(r"[.!?\n][^.!?\n]*$")


def _sentence(normalized: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)`` (at most 300 characters each side), with its mark."""
    first, last = max(0, start - 300), min(len(normalized), end + 300)
    opening = _SENTENCE_START.search(normalized, first, start)
    closing = _SENTENCE_END.search(normalized, end, last)
    return (opening.start() + 1 if opening else first), (closing.end() if closing else last)


def _actionable(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    normalized = text.normalized
    first, last = _sentence(normalized, match.start(), match.end())
    sentence = normalized[first:last]
    if sentence.endswith("?") or _POLICY_BEFORE.search(normalized, first, match.start()):
        return None
    if _POLICY_AFTER.search(normalized[match.end() : last]):
        return None
    now = _NOW.search(normalized, max(0, match.start() - 40), match.end() + 50)
    if _PAST.search(sentence) and now is None:
        return None
    return Strength.JUDGMENT if now or _place_near(text, match.start(), match.end()) else None


def _place_near(text: NormalizedText, start: int, end: int, *, before: int = 40) -> bool:
    """A number or a capitalised word inside a sentence near the normalised span, outside it."""
    start, end = text.span(start, end)
    for place in _PLACE.finditer(text.original, max(0, start - before), end + 50):
        if not start <= place.start() < end:
            return True
    return False


def _officer_check(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    # "Officer Jones lives on Oak St", "gets off shift at 11"; not "lives on my street".
    end = match.end("cue")
    near = _place_near(text, end, end, before=0) or _NOW.search(text.normalized, end, end + 50)
    return Strength.JUDGMENT if near else None


# Ord. 2019-70 § V.2.11: police tactics.
_UNDERCOVER = (
    compile_pattern(
        rf"""
        \b(?:{_alternation("undercover_adjectives")})
        \ (?:[a-z]{{1,12}}\ )?
        (?:{_alternation("undercover_vehicles")})\b
        """
    ),
    # "the white Charger on 5th is a cop", "the guy in the red hoodie is a narc"
    compile_pattern(
        rf"""
        \b(?:is|are)\ (?:an?\ |the\ )?
        (?:{_alternation("pointed_out")})\b
        """
    ),
)
_ENFORCEMENT = compile_pattern(
    rf"""
    \b(?:(?:{_alternation("enforcement_kinds")})\ )?
    (?:{_alternation("enforcement_operations")})\b
    """
)
_UNDERCOVER_WORDS = trigger_words(read_words(_WORDS, "undercover"))
_ENFORCEMENT_WORDS = trigger_words(read_words(_WORDS, "enforcement"))

# Ord. 2019-70 § V.2.11: the security of the public and of electronic systems.
_CODE = (
    compile_pattern(
        rf"""
        \b(?:{_alternation("code_places")})
        \ (?:{_alternation("code_words")})s?\b
        (?:\ (?:is|was|are|=)|:){{0,2}}
        [\ :=\#"'-]{{1,3}}
        (?P<code>[0-9*\#]{{3,10}}|[a-z0-9]{{4,12}})(?![\w-])
        """
    ),
    compile_pattern(
        rf"""
        \b(?:{_alternation("code_words_to")})\ (?:to|for)\ (?:the\ )?
        (?:[a-z]{{1,12}}\ )?
        (?:{_alternation("code_targets")})\b
        (?:\ (?:of|at)\ (?:the\ )?[a-z]{{1,20}})?
        (?:\ (?:is|was|=)|:){{0,2}}
        [\ :=\#"'-]{{1,3}}
        (?P<code>[0-9*\#]{{3,10}}|[a-z0-9]{{4,12}})(?![\w-])
        """
    ),
)


def _code_check(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    code = match.group("code")
    digits = sum(char.isdigit() for char in code)
    return Strength.JUDGMENT if digits >= 3 or (digits and not code.isdigit()) else None


# Ord. 2019-70 § V.2.11: current investigations (witnesses and informants).
_ROLE = rf"(?i:{_alternation('witness_roles')})"
_WITNESS = (
    compile_pattern(
        rf"""
        {NAME}\ (?i:is|was)\ (?i:the|a|an|our|their)\ (?i:(?:{_alternation("witness_kinds")})\ )?
        {_ROLE}\b
        """
    ),
    compile_pattern(
        rf"""
        \b{_ROLE}\b(?:\ (?i:is|was|were|are|named|called)|:){{1,2}}\ {NAME}
        """
    ),
    compile_pattern(
        rf"""
        {NAME}\ (?i:{_alternation("informed")}
          |(?:{_alternation("called_police")})(?!\ (?:{_alternation("not_called_police")})))\b
        """
    ),
)
_WITNESS_WORDS = tuple(trigger_words(read_words(_WORDS, f"witness_{k}")) for k in range(1, 4))
_WITNESS_NEEDLES = tuple(read_words(_WORDS, f"witness_needles_{k}") for k in range(1, 4))
_CODE_WORDS = trigger_words(read_words(_WORDS, "codes"))


def _witness_check(names: NameTest) -> Check:
    def check(match: regex.Match[str], text: NormalizedText) -> Strength | None:
        named = names(match.group("name"), preceding(text.original, match.start("name"), 40))
        return Strength.JUDGMENT if named else None

    return check


# Ord. 2019-70 § V.2.11: the safety of public safety staff.
_OFFICER = compile_pattern(
    rf"""
    \b(?:{_alternation("officer_titles")})\b
    [^.!?\n]{{0,60}}?
    (?P<cue>{_alternation("officer_cues")}
      |(?:'s|s'|’s|s’)\ (?:{_alternation("officer_possessed")})(?:es|s)?\b
      |{_alternation("officer_cues_after")})
    """
)
# The cue after the officer: "lives on", "address", "shift", "alone".
_OFFICER_NEEDLES = read_words(_WORDS, "officer_needles")
_OFFICER_WORDS = trigger_words(read_words(_WORDS, "officers"))


def _safety_disclosure(config: DetectorConfig) -> RuleDetector:
    names = name_test(config.allowed)
    check, span = _witness_check(names), named_span(names)
    rules = (
        *(Rule(p, check=_actionable, triggers=_UNDERCOVER_WORDS) for p in _UNDERCOVER),
        Rule(
            _ENFORCEMENT,
            check=_actionable,
            triggers=_ENFORCEMENT_WORDS,
            needles=(
                "checkpoint",
                "check point",
                "roadblock",
                "road block",
                "trap",
                "sting",
                "stake",
                "surveillance",
            ),
        ),
        *(Rule(p, group="code", check=_code_check, triggers=_CODE_WORDS) for p in _CODE),
        *(
            Rule(p, check=check, original=True, span=span, triggers=words, needles=needles)
            for p, words, needles in zip(_WITNESS, _WITNESS_WORDS, _WITNESS_NEEDLES, strict=True)
        ),
        Rule(
            _OFFICER,
            group="cue",
            check=_officer_check,
            triggers=_OFFICER_WORDS,
            needles=_OFFICER_NEEDLES,
        ),
    )
    return RuleDetector(config.id, rules)


FACTORIES: Mapping[str, DetectorFactory] = {"safety_disclosure": _safety_disclosure}
