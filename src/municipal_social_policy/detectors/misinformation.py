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
  cancelled"; a party's voters told to vote on the day after ("Republicans vote on Wednesday");
  a false condition on voting (a passport or birth certificate "to vote", "you can't vote if you
  have unpaid tickets", "you can vote twice").

A debunk or a warning ("you can NOT vote by text, that's a scam") is not a signal: the detector
drops matches negated or called a hoax nearby. Both are JUDGMENT and the category's ceiling keeps
them at review: a person checks the claim against the city's own notices and the county clerk.

``election_misinformation`` reads the groups of ``misinformation.phrases`` (the pattern language
of :mod:`.phrases`) with the check ``debunk``, so disguised spellings read too ("v0te by text");
what stays here is its judgment of the words around a match: registration right before it
("register to vote online at ...") and the colon of "vote online: ...".
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
from ._judged import AnyOf
from ._patterns import TIMEOUT_SECONDS, compile_pattern, lazy_compile
from .lexicon import read_word_list, read_words
from .phrases import Match, PhraseDetector, read_phrases
from .shapes import LONG_TEXT, MAX_MATCHES
from .triggers import APOSTROPHES, Trigger

__all__ = ["FACTORIES"]

_WORDS = "misinformation_words.txt"


def _alternation(section: str) -> str:
    """The terms of ``section`` of the word file as a regular-expression alternation, in file
    order (the order the alternatives are tried)."""
    return "|".join(regex.escape(term) for term in read_words(_WORDS, section))


# A word of debunk or warning near the claim: a debunk or a warning, not the claim itself.
_DEBUNK_BEFORE = lazy_compile(rf"\b(?:{_alternation('notice_debunk_before')})\b[^.!?]{{0,40}}$")
_DEBUNK_AFTER = lazy_compile(rf"^[^.!?]{{0,60}}?\b(?:{_alternation('notice_debunk_after')})\b")


def _not_debunked(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    normalized = text.normalized
    if _DEBUNK_BEFORE.search(normalized[max(0, match.start() - 60) : match.start()]):
        return None
    if _DEBUNK_AFTER.search(normalized[match.end() : match.end() + 80]):
        return None
    return Strength.JUDGMENT


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
_HEADER = lazy_compile(
    rf"^\W{{0,4}}(?:{_alternation('header_openings')})"
    rf"(?:\ (?:{_alternation('header_tails')}))?\ ?[:!—-]"
)
_SENTENCE_END = regex.compile(r"[.!?\n]")
_HEADER_NEEDLES = read_words(_WORDS, "header")
_ANNOUNCED = compile_pattern(
    rf"\b(?:the\ )?(?:{_alternation('announcers')})(?:\ of\ [a-z]{{2,30}})?"
    rf"\ (?:{_alternation('announce_adverbs')})?(?:{_alternation('announce_verbs')})\b"
)
_ALARM = lazy_compile(rf"\b(?:{_alternation('alarms')})\b")
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
        if any(needle in opening for needle in _HEADER_NEEDLES):
            header = _HEADER.match(opening)
            if header is not None:
                cues.append(header)
        if any(needle in normalized for needle in _ANNOUNCED_NEEDLES):
            limit = TIMEOUT_SECONDS if len(normalized) > LONG_TEXT else None
            cues.extend(islice(_ANNOUNCED.finditer(normalized, timeout=limit), MAX_MATCHES))
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


def _election_misinformation(config: DetectorConfig) -> AnyOf:
    phrases = read_phrases(_FILE)
    return AnyOf(
        config.id,
        (
            PhraseDetector.of(config.id, phrases, "election", judge=_not_registration),
            PhraseDetector.of(config.id, phrases, "election_mark", judge=_marked),
            PhraseDetector.of(config.id, phrases, "election_requirements"),
        ),
    )


FACTORIES: Mapping[str, DetectorFactory] = {
    "fake_official_notice": _fake_official_notice,
    "election_misinformation": _election_misinformation,
}
