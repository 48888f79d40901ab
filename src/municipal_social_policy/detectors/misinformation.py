"""False or misleading information (Kankakee § V.2.8), only on a concrete signal.

Software cannot know what is true, and an opinion is neither true nor false, so this module never
weighs claims about policy, officials or facts in dispute. It looks for three narrow shapes whose
harm is concrete and whose falsity a clerk can check in a minute:

- ``fake_official_notice``: a comment by someone other than the city's account (or its
  personnel) styled as an official notice ("OFFICIAL: City Hall is closed permanently", "the
  city announced the water is unsafe to drink") that announces a closure, an emergency, a ban or
  a shut-off;
- ``election_misinformation``: a false way, day or status of voting: voting by text, phone,
  email or social media; "vote online at ..."; "the election has been moved / postponed /
  cancelled"; a party's voters, or voters by name, told to vote on the day after ("Republicans
  vote on Wednesday", "last names N-Z vote Wednesday"); an election on a day Illinois holds
  none, polls closing before 7 p.m., late ballots that "still count"; a false condition on
  voting (a passport or birth certificate "to vote", "you can't vote if you have unpaid
  tickets", "voted in the primary, can't vote in the general", felons who "can never vote",
  "non-citizens can vote in city elections", "you can vote twice");
- ``health_misinformation``: a health hoax that public-health agencies have documented as false,
  stated by the writer as fact: vaccines cause autism, hold microchips or alter one's DNA; 5G
  spreads covid; fluoride is mind control; bleach (MMS, chlorine dioxide) cures a disease. A
  question, a debunk, a denial, someone else's belief reported ("my aunt thinks ...") and a
  quotation are none, nor is an opinion on vaccines or fluoridation. Claims about what the city
  does ("the water is poisoned and the city is hiding it") are not read: they are criticism of
  the city, whose truth the city is no judge of (see docs/explanation.md).

A debunk or a warning ("you can NOT vote by text, that's a scam") is not a signal: the detector
drops matches negated or called a hoax nearby. All are JUDGMENT and the category's ceiling keeps
them at review: a person checks the claim against the city's own notices, the county clerk or
a public-health agency.

The first two read the groups of ``misinformation.phrases`` (the pattern language of
:mod:`.phrases`) with the check ``debunk``, so disguised spellings read too ("v0te by text",
"0FFICIAL:"). What
stays here is their judgment of the words around a match: for ``election_misinformation``,
registration right before it ("register to vote online at ...") and the colon of "vote online:
..."; for ``fake_official_notice``, that a header opens the comment with a mark after it and
that an announcement's words are written apart. ``health_misinformation`` reads the group
``health`` with the checks ``debunk``, ``quotation``, ``question``, ``negation`` and ``reported``
and no judgment of its own.

Each detector also reads the signals ``near.tsv`` gives it (issue 9, the misinfo3 session):
``notice_...`` for ``fake_official_notice`` (a header,
then an alarm within 40 words; the city said to announce, then an alarm in that sentence; a
measure told in the city's voice or under a notice's opening and made sweeping: "the water dept
says everyone has to pay a $75 fee by the 15th or they cut you off"), ``alarm...`` for
``emergency_misinformation`` (a hazard with an order to flee or keep away, sirens said to mean
a danger, a danger said to be hidden), ``vote_...`` for ``election_misinformation`` (a false
channel, a document asked of voters, voters restricted by what they own, a polling place moved
with everyone sent elsewhere) and ``cure_...`` for ``health_misinformation`` (a dangerous
substance swallowed as a cure). Each kind of word is a group of its own, so any pairing of a
lexicon's words is read; a row added under a detector's name joins it with no code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ..comment import Comment, Role
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from . import DetectorFactory, Signal
from ._judged import AnyOf, Part, Spans, near_signals, spaced
from .phrases import Match, PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES"]

_FILE = "misinformation.phrases"


def _not_registration(match: Match) -> bool:
    """Registering to vote online is lawful in Illinois: "register to vote online at ..."."""
    _, _, words, first, _, sets, *_ = match
    before = first - 2 if first >= 2 and words[first - 1] == "to" else first - 1
    return before < 0 or words[before] not in sets["registration"]


def _marked(match: Match) -> bool:
    """ "Vote online: ..." -- a colon right after the match, and no registration before it."""
    text, tokens, _, _, last, *_ = match
    after = text.normalized[tokens[last].end : tokens[last].end + 2].lstrip(" ")
    return after.startswith(":") and _not_registration(match)


# Ord. 2019-70 § V.2.8: a notice in the city's voice from someone who is not the city.
# A header opens the comment after at most this many marks or spaces ("🚨OFFICIAL:").
_HEADER_START = 4
# What follows a header, maybe after a space: "OFFICIAL:", "ATTENTION!", "URGENT NOTICE -".
_HEADER_MARKS = ":!—-"


def _opens(match: Match) -> bool:
    """A notice's header: it opens the comment, after nothing but a few marks or spaces, and a
    colon, an exclamation mark or a dash follows it ("OFFICIAL:", "URGENT NOTICE - ...")."""
    text, tokens, _, first, last, *_ = match
    normalized = text.normalized
    before = normalized[: tokens[first].start]
    if len(before) > _HEADER_START or any(char.isalnum() or char == "_" for char in before):
        return False
    return _written_apart(match) and _header_end(normalized, tokens[last].end) is not None


def _written_apart(match: Match) -> bool:
    """The cue's words are written apart by white space alone: "the city announced", not "the
    city, announced yesterday"."""
    return spaced(match.text, match.tokens, match.first, match.last)


def _header_end(normalized: str, end: int) -> int | None:
    """The end of the mark after a header's words that end at ``end``, or ``None``."""
    after = normalized[end : end + 2]
    if after[:1] == " ":
        after, end = after[1:], end + 1
    return end + 1 if after[:1] and after[0] in _HEADER_MARKS else None


def _fake_official_notice(config: DetectorConfig) -> _PublicOnly:
    """The signals ``notice_...`` of ``near.tsv``: a header that opens the comment or the city
    said to announce, then an alarm (the header's and the announcement's own judges say where a
    cue stands); a measure told in the city's voice and made sweeping (issue 9, the misinfo3
    session). Read only from authors who are not the city's."""
    phrases = read_phrases(_FILE)
    cues: dict[str, Spans] = {
        "notice_header": PhraseDetector.of(config.id, phrases, "notice_header", judge=_opens),
        "notice_announced": PhraseDetector.of(
            config.id, phrases, "notice_announced", judge=_written_apart
        ),
    }
    return _PublicOnly(config.id, AnyOf(config.id, near_signals(config.id, _FILE, cues)))


def _election_misinformation(config: DetectorConfig) -> AnyOf:
    phrases = read_phrases(_FILE)
    return AnyOf(
        config.id,
        (
            PhraseDetector.of(config.id, phrases, "election", judge=_not_registration),
            PhraseDetector.of(config.id, phrases, "election_mark", judge=_marked),
            PhraseDetector.of(config.id, phrases, "election_requirements"),
            *near_signals(config.id, _FILE),
        ),
    )


def _health_misinformation(config: DetectorConfig) -> AnyOf:
    return AnyOf(
        config.id,
        (
            PhraseDetector.of(config.id, read_phrases(_FILE), "health"),
            *near_signals(config.id, _FILE),
        ),
    )


@attrs.frozen
class _PublicOnly:
    """A detector read only for an author who is not the city's account or its personnel: an
    order told in the city's voice is the city's own when the city posts it."""

    id: str
    part: Part
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.part.trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        if comment.author.role is not Role.PUBLIC:
            return ()
        return self.part(text, comment)


def _emergency_misinformation(config: DetectorConfig) -> AnyOf:
    phrases = read_phrases(_FILE)
    return AnyOf(
        config.id,
        (
            PhraseDetector.of(config.id, phrases, "emergency"),
            *near_signals(config.id, _FILE),
            _PublicOnly(config.id, PhraseDetector.of(config.id, phrases, "alarm_sweeping")),
        ),
    )


FACTORIES: Mapping[str, DetectorFactory] = {
    "fake_official_notice": _fake_official_notice,
    "election_misinformation": _election_misinformation,
    "health_misinformation": _health_misinformation,
    "emergency_misinformation": _emergency_misinformation,
}
