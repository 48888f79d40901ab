"""False or misleading information (Kankakee § V.2.8), only on a concrete signal.

Software cannot know what is true, and an opinion is neither true nor false, so this module never
weighs claims about policy, officials or facts in dispute. It looks for two narrow shapes whose
harm is concrete and whose falsity a clerk can check in a minute:

- ``fake_official_notice``: a comment by someone other than the city's account (or its
  personnel) styled as an official notice ("OFFICIAL: City Hall is closed permanently", "the
  city announced the water is unsafe to drink") that announces a closure, an emergency, a ban or
  a shut-off;
- ``election_misinformation``: a false way, day or status of voting: voting by text, phone,
  email or social media; "vote online at ..."; "the election has been moved / postponed /
  cancelled"; a party's voters told to vote on the day after ("Republicans vote on Wednesday").

A debunk or a warning ("you can NOT vote by text, that's a scam") is not a signal: the detector
drops matches negated or called a hoax nearby. Both are JUDGMENT and the category's ceiling keeps
them at review: a person checks the claim against the city's own notices and the county clerk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import ClassVar

import attrs
import regex

from ..comment import Comment, Role
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._patterns import compile_pattern
from ._rules import (
    MAX_MATCHES,
    Rule,
    RuleDetector,
    contains_any,
    finditer,
    preceding,
)
from .lexicon import read_word_list, read_words
from .triggers import APOSTROPHES, Trigger

__all__ = ["FACTORIES"]

# The cue words of this module (see detectors/lexicon.py).
_WORDS = "misinformation_words.txt"

# "not", "scam", "fake" near the claim: a debunk or a warning, not the claim itself.
_DEBUNK_BEFORE = regex.compile(
    r"\b(?:not|no|never|cannot|can't|cant|can’t|don't|dont|don’t|won't|isn't|aren't|false"
    r"|fake|scam|hoax|myth|rumou?r|lie|lies|beware|ignore|claims?|claiming|says|saying)\b"
    r"[^.!?]{0,40}$"
)
_DEBUNK_AFTER = regex.compile(
    r"^[^.!?]{0,60}?\b(?:scam|fake|hoax|myth|false|not\ true|isn't\ true|a\ lie|misinformation"
    r"|disinformation|don't\ fall|do\ not\ fall)\b"
)


def _not_debunked(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    normalized = text.normalized
    if _DEBUNK_BEFORE.search(preceding(normalized, match.start(), 60)):
        return None
    if _DEBUNK_AFTER.search(normalized[match.end() : match.end() + 80]):
        return None
    return Strength.JUDGMENT


# Registering to vote online is lawful in Illinois: "register to vote online at ...".
_REGISTRATION = regex.compile(r"\bregist[a-z]{0,8}\ (?:to\ )?$")


def _election_check(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    if _REGISTRATION.search(preceding(text.normalized, match.start(), 20)):
        return None
    return _not_debunked(match, text)


# Ord. 2019-70 § V.2.8: false voting methods, dates and status.
_ELECTION = (
    compile_pattern(
        r"""
        \bvot(?:e|ing)\ (?:by|via|through|over)\ (?:a\ )?
        (?:text(?:\ message)?|sms|phone|telephone|email|e-mail|twitter|facebook|instagram
          |social\ media|app|dm|snapchat|tiktok)\b
        """
    ),
    compile_pattern(r"\btext\ (?:your\ |in\ your\ |a\ )?(?:vote|ballot)\b"),
    compile_pattern(
        r"""
        \b(?:vote|cast\ (?:your|a)\ (?:vote|ballot))\ online\ (?:at|here|via|through|now|today
          |by\ visiting|:)
        """
    ),
    compile_pattern(
        r"\byou\ can\ (?:now\ |also\ |just\ )?vote\ (?:online|by\ text|by\ phone|from\ your\ phone)"
    ),
    compile_pattern(
        r"""
        \belection(?:\ day)?\ (?:has\ been|was|is|will\ be|got|have\ been)
        \ (?:moved|postponed|rescheduled|delayed|pushed\ back|changed|cancell?ed|called\ off)\b
        """
    ),
    compile_pattern(
        r"""
        \b(?:democrats|republicans|dems|gop|independents|liberals|conservatives|progressives
          |[a-z]{2,20}\ (?:voters|supporters))
        \ (?:can\ |should\ |must\ |will\ |get\ to\ |are\ to\ )?vote
        \ (?:on\ )?(?:wednesday|thursday|the\ day\ after|the\ next\ day|a\ day\ later)\b
        """
    ),
)
# What each election pattern needs besides the vote: a cheap test before it runs.
_ELECTION_NEEDLES = tuple(read_words(_WORDS, f"election_{k}") for k in range(1, 7))

# Ord. 2019-70 § V.2.8: a notice in the city's voice from someone who is not the city.
_HEADER = regex.compile(
    r"^\W{0,4}(?:official|urgent|breaking|attention|alert|emergency|public\ notice|notice"
    r"|important|city\ notice|official\ notice|official\ announcement|city\ announcement"
    r"|emergency\ alert|city\ alert|announcement)(?:\ (?:notice|alert|announcement|update))?"
    r"\ ?[:!—-]"
)
_SENTENCE_END = regex.compile(r"[.!?\n]")
_HEADER_NEEDLES = read_words(_WORDS, "header")
_ANNOUNCED = compile_pattern(
    r"""
    \b(?:the\ )?(?:city|mayor|police|city\ hall|city\ council|health\ department|water\ department
      |public\ works|fire\ department)(?:\ of\ [a-z]{2,30})?
    \ (?:has\ |just\ |officially\ )?(?:announced|declared|confirmed|ordered|issued|decided)\b
    """
)
_ALARM = regex.compile(
    r"""
    \b(?:closed\ permanently|permanently\ closed|closing\ permanently|shut(?:ting)?\ down
      |shut\ off|cut\ off|unsafe|contaminated|poison(?:ed|ous)?|do\ not\ drink|don't\ drink
      |boil\ (?:order|advisory|your\ water)|evacuat(?:e|ion|ing)|curfew|martial\ law|lockdown
      |lock\ down|state\ of\ emergency|mandatory|banned|no\ longer|cancell?ed|arrest(?:ed|ing)?
      |free\ (?:money|cash|gift\ cards?|checks?)|stimulus|fined|fines\ of|a\ fine\ of)\b
    """,
    regex.VERBOSE,
)
# "the city announced", "the mayor declared": the verbs are rarer than the bodies.
_ANNOUNCED_NEEDLES = read_words(_WORDS, "announced")


@attrs.frozen
class _NoticeDetector:
    """An announcement in the city's voice, by an author who is not the city or its personnel."""

    id: str
    # A cue holds a plain word: a header's ("urgent", the "notice" of "public notice"), with only
    # punctuation before it and a space or the colon after; or an announcing verb after a space,
    # on which an apostrophe may run ("announced's").
    trigger: ClassVar[Trigger] = Trigger(
        characters=APOSTROPHES,
        tokens=read_word_list(_WORDS, "notice_cues"),
    )

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        if comment.author.role is not Role.PUBLIC:
            return ()
        normalized = text.normalized
        cues = []
        opening = normalized[:40]  # a notice opens with its header
        header = None
        if contains_any(opening, _HEADER_NEEDLES):
            header = _HEADER.match(opening)
            if header is not None:
                cues.append(header)
        if contains_any(normalized, _ANNOUNCED_NEEDLES):
            cues.extend(islice(finditer(_ANNOUNCED, normalized), MAX_MATCHES))
        if not cues:
            return ()
        return list(self._signals(text, cues, header))

    def _signals(
        self, text: NormalizedText, cues: list[regex.Match[str]], header: regex.Match[str] | None
    ) -> Iterator[Signal]:
        normalized = text.normalized
        for cue in cues:
            sentence_end = _SENTENCE_END.search(normalized, cue.end(), cue.end() + 300)
            end = sentence_end.start() if sentence_end else min(len(normalized), cue.end() + 300)
            if cue is header:
                end = min(len(normalized), cue.end() + 200)  # a notice's header rules its body
            alarm = _ALARM.search(normalized, cue.end(), end)
            if alarm is None or _not_debunked(cue, text) is None:
                continue
            yield Signal(self.id, *text.span(cue.start(), alarm.end()), Strength.JUDGMENT)
            return


def _fake_official_notice(config: DetectorConfig) -> _NoticeDetector:
    return _NoticeDetector(config.id)


def _election_misinformation(config: DetectorConfig) -> RuleDetector:
    return RuleDetector(
        config.id,
        tuple(
            Rule(p, check=_election_check, needles=needles)
            for p, needles in zip(_ELECTION, _ELECTION_NEEDLES, strict=True)
        ),
        needles=("vot", "ballot", "election"),
    )


FACTORIES: Mapping[str, DetectorFactory] = {
    "fake_official_notice": _fake_official_notice,
    "election_misinformation": _election_misinformation,
}
