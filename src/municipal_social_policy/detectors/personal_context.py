"""Personal information in words (Kankakee § V.2.10): where someone lives, their children, routine.

§ V.2.10 prohibits "behavior invasive of another person's ... privacy", not only numbers. The
detector ``personal_context`` reads the phrases that give away a third person's home or habits:

- a home: "he lives at 45 Oak", "she lives on Court Street", "her address is ...", "John's house
  is on Elm";
- children's schools: "her kids go to Steuben Elementary", "his son attends Kennedy Middle
  School", "she drops her daughter off at Taft";
- a routine with its time: "he leaves for work at 7", "she walks her dog every morning", "he is
  home alone after 3 pm".

Each needs something specific after the cue (a number, a capitalised place or school name, a
time), so "she lives on a fixed income", "her kids go to school here" and "he leaves at the end
of his term" are not signals. The commenter's own life ("I live at", "my kids go to") is not an
intrusion on another's privacy and is left alone; numbers the commenter gives are still read by
the phone, address and plate detectors. All are JUDGMENT: a person decides whether the place is
private. Nothing depends on who the person is, so the mayor and a neighbour are treated alike.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory
from ._patterns import compile_pattern
from ._rules import Rule, RuleDetector, preceding, trigger_words
from .lexicon import read_words

__all__ = ["FACTORIES"]

# The cue words of this module (see detectors/lexicon.py).
_WORDS = "personal_context_words.txt"

# A specific place after a cue: a number or a capitalised word, in the original text.
_SPECIFIC = regex.compile(r"\s{0,3}(?:the\ (?:corner|end|top|bottom)\ of\ )?(?:[0-9]|[A-Z][a-z])")
# Capitalised words that are not places: "she lives on Social Security", "lives on Facebook".
_NOT_PLACES = regex.compile(
    r"\s{0,3}(?:Social|SSI|Disability|Welfare|Medicaid|Medicare|Facebook|Twitter|Instagram"
    r"|TikTok|YouTube|Netflix|Earth|Mars|Planet|Cloud|Easy|Main\ Street\ USA)\b"
)
_FIRST_PERSON = regex.compile(r"\b(?:i|we|i'm|im|i’m|we're|we’re|i've|we've|am|we\ are)\s*$")


def _specific(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    """A cue followed by a number or a place's name, and not about the commenter."""
    if _FIRST_PERSON.search(preceding(text.normalized, match.start(), 12)):
        return None
    end = text.span(*match.span())[1]
    original = text.original
    if _SPECIFIC.match(original, end) is None or _NOT_PLACES.match(original, end) is not None:
        return None
    return Strength.JUDGMENT


# Ord. 2019-70 § V.2.10: a person's home.
_HOME = (
    compile_pattern(
        r"""
        \b(?:lives|resides|living|residing)
        \ (?:at|on|over\ on|down\ on|right\ on
          |in\ (?:the|that|a)\ (?:[a-z]{1,12}\ ){0,2}(?:house|home|apartment|apt|trailer|condo
            |duplex|building)\ (?:on|at))\b
        """
    ),
    compile_pattern(
        r"""
        \b(?:his|her|their|[a-z]{2,20}['’]s)
        \ (?:home\ |house\ |street\ |mailing\ |physical\ |residential\ |real\ |new\ )?address
        (?:\ is|\ was|:|\ =)
        """
    ),
    compile_pattern(
        r"""
        \b(?:his|her|their|[a-z]{2,20}['’]s)
        \ (?:house|home|apartment|apt|place|trailer|condo)\ (?:is|was)\ (?:at|on|over\ on)\b
        """
    ),
)

# Ord. 2019-70 § V.2.10: another person's children.
_CHILDREN = r"""
    (?:kids?|children|child|sons?|daughters?|boys|girls|grandkids|grandchildren|grandsons?
      |granddaughters?|stepsons?|stepdaughters?|twins)
"""
_SCHOOL = (
    # "goes to" needs a school word after it: "her son goes to Chicago" is not about a school.
    compile_pattern(
        rf"""
        \b(?:his|her|[a-z]{{2,20}}['’]s)\ (?:[a-z]{{1,12}}\ )?{_CHILDREN}\ (?:goes|go)\ to\b
        (?=[^.!?\n]{{0,40}}\b(?:school|elementary|middle|high|academy|montessori|preschool
          |daycare|day\ care|primary|kindergarten|college|university|prep)\b)
        """
    ),
    compile_pattern(
        rf"""
        \b(?:his|her|[a-z]{{2,20}}['’]s)\ (?:[a-z]{{1,12}}\ )?{_CHILDREN}
        \ (?:attends?|(?:is|are)\ (?:enrolled\ at|enrolled\ in)
          |(?:is|are)\ (?:a\ )?(?:students?|[a-z0-9]{{1,8}}\ graders?)\ at)\b
        """
    ),
    compile_pattern(
        rf"""
        \b(?:drops|picks|dropped|picked)\ (?:his|her|their)\ {_CHILDREN}\ (?:off|up)\ (?:at|from)\b
        """
    ),
)
# The school after the cue: a capitalised name, or a name before "Elementary", "High" ...
_SCHOOL_NAME = regex.compile(
    r"\s{0,3}(?:the\ )?(?:[A-Z][a-z]|[a-z]{3,20}\ (?:elementary|middle|high|junior\ high|academy"
    r"|montessori|preschool|daycare|day\ care|primary)\b)"
)
_GENERIC_SCHOOL = regex.compile(
    r"\s{0,3}(?:the\ )?(?:a|an|public|private|local|charter|catholic|christian|same|different"
    r"|good|bad|another|new|old|this|that|our|their|his|her|my|your)\ ",
    regex.IGNORECASE,
)


def _named_school(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    end = text.span(*match.span())[1]
    if _GENERIC_SCHOOL.match(text.original, end) or not _SCHOOL_NAME.match(text.original, end):
        return None
    return Strength.JUDGMENT


# Ord. 2019-70 § V.2.10: another person's routine, with a time.
_ROUTINE = compile_pattern(
    r"""
    \b(?:he|she)\ (?:always\ |usually\ |normally\ |often\ |still\ )?
    (?:leaves(?:\ (?:for\ work|the\ house|home|work))?|gets\ (?:home|off\ work|back\ home)
      |goes\ to\ (?:work|the\ gym|bed)|comes\ home|walks\ (?:his|her)\ dog|jogs|goes\ (?:jogging
      |running|for\ a\ (?:run|walk))|is\ (?:home\ )?alone|works\ (?:nights|late|overnight
      |the\ night\ shift)|parks\ (?:his|her)\ car)
    (?P<when>\ [^.!?\n]{0,30}?\b
      (?:(?:at|around|by|before|after|until|from)
        \ (?:[0-9]{1,2}(?::[0-9]{2})?(?:\ ?(?:am|pm|a\.m|p\.m|o'clock))?|noon|midnight|dawn)
      |every\ (?:morning|night|evening|day|weekday|weekend|monday|tuesday|wednesday|thursday
        |friday|saturday|sunday)|each\ (?:morning|night|evening|day)))
    """
)


# The words each rule needs (see trigger_words).
_HOME_WORDS = tuple(trigger_words(read_words(_WORDS, f"home_{k}")) for k in range(1, 4))
_CHILDREN_WORDS = trigger_words(read_words(_WORDS, "children"))
_ROUTINE_WORDS = trigger_words(read_words(_WORDS, "routine"))


# The phrase each rule needs besides its trigger words: a cheap test before the pattern runs.
_HOME_NEEDLES = tuple(read_words(_WORDS, f"home_needles_{k}") for k in range(1, 4))
_SCHOOL_NEEDLES = tuple(read_words(_WORDS, f"school_needles_{k}") for k in range(1, 4))


def _personal_context(config: DetectorConfig) -> RuleDetector:
    home = tuple(
        Rule(pattern, check=_specific, triggers=words, needles=needles)
        for pattern, words, needles in zip(_HOME, _HOME_WORDS, _HOME_NEEDLES, strict=True)
    )
    school = tuple(
        Rule(pattern, check=_named_school, triggers=_CHILDREN_WORDS, needles=needles)
        for pattern, needles in zip(_SCHOOL, _SCHOOL_NEEDLES, strict=True)
    )
    routine = (Rule(_ROUTINE, triggers=_ROUTINE_WORDS),)
    return RuleDetector(config.id, home + school + routine)


FACTORIES: Mapping[str, DetectorFactory] = {"personal_context": _personal_context}
