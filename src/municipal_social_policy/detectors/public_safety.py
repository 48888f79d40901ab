"""Compromising investigations or public safety (Kankakee § V.2.11).

The clause protects "current investigations, police tactics and the safety or security of public
safety staff and/or the public". Talking *about* policing is protected: "we need more unmarked
cars", "are sobriety checkpoints legal?", "the police department is understaffed" are never a
signal. The detector ``safety_disclosure`` needs a disclosure that could be acted on:

- an unmarked car or plain-clothes officer placed somewhere or pointed out ("the unmarked
  Charger on 5th is a cop", "undercover cops at Riverside Park right now");
- a checkpoint, sting, raid, speed trap or stakeout placed somewhere or announced as happening
  ("DUI checkpoint on Court St tonight, avoid it", "the cops are doing a sting at the motel");
- a door, gate, alarm, lock-box or network code ("the gate code is 4821", "the password for
  the city hall network is ...");
- a named person pointed out as a witness or informant ("John Smith is the informant", "the
  witness was Jane Doe", "Mike Jones called the cops", "the informant in the Reed case is his
  cousin Lisa", but not "witnesses said the driver was Mike Reed");
- where an officer lives, or when an officer is alone or off shift ("Officer Jones lives on Oak
  St", "that cop gets off shift at 11"), and where a witness or an informant lives, in lower case
  too ("officer jensen lives on maple", "the witness lives in the blue house", not "lives on our
  street");
- a witness or an informant named in lower case and placed ("the snitch is tony from the car
  wash", "the guy who snitched is mike from the bar on 5th").

An operation the comment says was announced or published ("police announced a DUI checkpoint
this weekend") is none: the police publish their checkpoints themselves. All the rest are
JUDGMENT: only a person can tell a live operation from an old story or an announcement the
comment does not name, so the ceiling keeps them at review.

Where none of these families reads a comment, broad signals are gathered (issue 9, the safety
session, "Generalise, don't tune"): the police, a guard or a guarded place (the group [watch])
with, within 22 words, what makes it usable, each a family of words of its own group:
a moment, a place, a guarded site, a weakness of what guards ("the camera's been dead",
"unlocked"), thin staff ("only one officer on duty", "nobody patrols"), an officer's private
life, police posted now, an invitation to use it or to evade ("go now", "take what you want",
"go around") or a warning ("heads up"). The signal ``watch`` of ``near.tsv`` (read by
:class:`._judged.Within`) says which families make a danger told together; nothing is gathered
where [watch_veto] stands near (a request or a complaint, a thanks, the police's own notice, an
emergency's detour), which also keeps an operation placed by [undercover] or [enforcement]
from being read in the police's own notice ("KPD will hold a checkpoint Saturday"). The
detector ``non_public_information`` (Montgomery County) gathers the same way a source the
public has no access to (someone inside an office that keeps records of people, or such a
record) with its telling and what it tells, and a person the law shields (a victim, a juvenile,
an informant) with what identifies them.

With the narrow families, ``safety_disclosure`` reads the signals ``case_...`` and
``system_...`` of ``near.tsv`` (issue 9, the misinfo3 session): a case told from inside ("the
detective told me the suspect is ...", "the police haven't released it but ..."), a witness told
not to talk to the police about a case, and a public system's flaw with what it lets anyone do
("a bug in the city's payment portal lets you see other people's card numbers");
``non_public_information`` reads them too.

The patterns are the groups of ``public_safety.phrases`` (the pattern language of
:mod:`.phrases`), matched against the comment's reading. What stays here is the judgment of a
match that the language cannot say, with the words of the file's sets: whether a place (a
number, a capitalised word in the ORIGINAL text) or a moment is near, whether the sentence talks
of policy or of the past, the shape of a code, whether capitalised words name a person, and
which words of an officer's match are the evidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import cache

import regex

from ..ordinance import DetectorConfig
from ..reading import Token, read
from ..text import NormalizedText
from . import DetectorFactory
from ._judged import (
    AnyOf,
    Found,
    OrElse,
    Part,
    Span,
    Within,
    near_signals,
    original,
    signals,
    spaced,
    within,
)
from ._names import Names, names
from .checks import run_end
from .phrases import Judge, Match, PhraseDetector, ending, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES"]

_FILE = "public_safety.phrases"

#: The signal of ``near.tsv`` gathered around the police or a guarded place: read last, where
#: the narrower families found nothing, and as the judge of where a family's words are placed.
_WATCH = "watch"

# A place near a cue: a number, or a capitalised word inside a sentence (a street, a park, a
# business) in the ORIGINAL text.
_PLACE = regex.compile(r"[0-9]|(?<=[^\s.!?:\"“(]\s{1,3}|[,;]\s{0,3})[A-Z][a-z]")
# How far before and after a cue a place or a moment counts, in characters.
_BEFORE = 40
_AFTER = 50
# A code: 3 to 10 digits, or 4 to 16 letters and digits (a password: "Kankakee2024!").
_DIGITS = range(3, 11)
_CHARACTERS = range(4, 17)
_YEARS = ("19", "20")
# A judgment reads the words of the sentence up to this many characters before and after a match.
_REACH = 300
# What may stand between the words of a code's match: "code: 1234", "code=1234", "code is #1234",
# a user name and its password: "login is admin / Pass2024".
_MARKS = ":=#\"'-/"


def _tokens(text: NormalizedText) -> tuple[tuple[Token, ...], list[int]]:
    tokens = tuple(token for sentence in read(text).sentences for token in sentence)
    return tokens, [token.start for token in tokens]


def _now(text: NormalizedText, start: int, end: int, runs: frozenset[str]) -> bool:
    """Whether a run of ``runs`` ("right_now", "tonight") lies in ``[start, end)`` of the
    normalised text, across sentences ("Heads up. Checkpoint on Court St")."""
    tokens, starts = text.view(_tokens)
    low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    window = [token for token in tokens[low:high] if token.end <= end]
    return _holds([token.forms for token in window], runs)


def _holds(spellings: Sequence[tuple[str, ...]], runs: frozenset[str]) -> bool:
    """Whether words, each given by its spellings, hold a run of ``runs`` ("right_now")."""
    starting = _starting(runs)
    for i, forms in enumerate(spellings):
        for form in forms:
            for run in starting.get(form, ()):
                if i + len(run) <= len(spellings) and all(
                    run[k] in spellings[i + k] for k in range(1, len(run))
                ):
                    return True
    return False


@cache
def _starting(runs: frozenset[str]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The runs of a set (``right_now``: ``right``, ``now``), by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for term in runs:
        run = tuple(term.split("_"))
        found.setdefault(run[0], []).append(run)
    return {word: tuple(listed) for word, listed in found.items()}


def _past(words: Sequence[str], runs: frozenset[str]) -> bool:
    """Whether the words hold a run of ``runs`` ("last_week") or a year ("in 2019")."""
    for i in range(len(words) - 1):
        following = words[i + 1]
        year = len(following) == 4 and following.isdigit() and following.startswith(_YEARS)
        if words[i] == "in" and year:
            return True
    return _holds([(word,) for word in words], runs)


def _around(match: Match) -> tuple[int, int]:
    """The indexes of the words of the match's sentence within :data:`_REACH` characters of
    it: the sentence a judgment reads, bounded so that a long one costs no more."""
    tokens, first, last = match.tokens, match.first, match.last
    low, high = first, last + 1
    while low > 0 and tokens[low - 1].start >= tokens[first].start - _REACH:
        low -= 1
    while high < len(tokens) and tokens[high].end <= tokens[last].end + _REACH:
        high += 1
    return low, high


def _place_near(text: NormalizedText, start: int, end: int, *, before: int = _BEFORE) -> bool:
    """A number or a capitalised word inside a sentence near the normalised span, outside it."""
    start, end = text.span(start, end)
    for place in _PLACE.finditer(text.original, max(0, start - before), end + _AFTER):
        if not start <= place.start() < end:
            return True
    return False


def _actionable(gathered: Within) -> Judge:
    """An undercover car or a checkpoint placed or timed, in a sentence that is not about policy
    nor about the past, with no veto of ``gathered`` near (the group [watch_veto], what
    residents say of policing every day: "KPD will hold a checkpoint", "per the sheriff")."""

    def judge(match: Match) -> bool:
        span = match.tokens[match.first].start, match.tokens[match.last].end
        return not gathered.vetoed(match.text, span) and _placed(match)

    return judge


def _placed(match: Match) -> bool:
    """An undercover car or a checkpoint placed or timed, in a sentence that is not about policy
    nor about the past."""
    text, tokens, words, first, last, sets, *_ = match
    if not spaced(text, tokens, first, last):
        return False
    low, high = _around(match)
    if not sets["policy_before"].isdisjoint(words[low:first]):
        return False
    if not sets["policy_after"].isdisjoint(words[last + 1 : high]):
        return False
    start, end = tokens[first].start, tokens[last].end
    now = _now(text, start - _BEFORE, end + _AFTER, sets["now"])
    if not now and _past(words[low:high], sets["past"]):
        return False
    return now or _place_near(text, start, end)


def _code(match: Match) -> bool | tuple[int, int]:
    """The code itself, shaped like one: at least three digits, or digits among letters."""
    text, tokens, _, first, last, _, *_ = match
    code = text.normalized[tokens[last].start : tokens[last].end]
    if not (code.isascii() and code.isalnum()) or not spaced(text, tokens, first, last, _MARKS):
        return False
    digits = sum(char.isdigit() for char in code)
    shaped = len(code) in _DIGITS if code.isdigit() else len(code) in _CHARACTERS
    if shaped and (digits >= 3 or (digits and not code.isdigit())):
        return last, last
    return False


def _named(named: Names) -> Judge:
    """The name that opens the match, to the end of the match."""

    def judge(match: Match) -> bool | tuple[int, int]:
        start = named.leading(match)
        if start is None or not spaced(match.text, match.tokens, start, match.last):
            return False
        return start, match.last

    return judge


def _naming(named: Names) -> Judge:
    """A role and the name that ends the match, with no report of words between them
    ("witnesses said the driver was Mike Reed" points no one out). What the person did, a run
    of the set ``informing`` next to the match's first word, is no report ("the guy who told
    police about it is Marcus Bell")."""

    def judge(match: Match) -> bool:
        text, tokens, words, first, last, sets, *_ = match
        between = words[_past_informing(words, first, sets["informing"]) : last]
        if not sets["not_pointing"].isdisjoint(between):
            return False
        return spaced(text, tokens, first, last, ":—–") and named.trailing(match)

    return judge


def _past_informing(words: Sequence[str], first: int, informing: frozenset[str]) -> int:
    """Where the words after a run of ``informing`` ("told_police") at ``first`` or just after
    it start: ``first`` when no such run is there."""
    end = run_end(words, informing, first)
    if end is None:
        end = run_end(words, informing, first + 1)
    return first if end is None else end


def _officer(match: Match) -> bool | tuple[int, int]:
    """The cue after an officer ("lives on", "'s house", "gets off shift"), then a place or a
    moment: "Officer Jones lives on Oak St", not "lives on my street"."""
    text, tokens, _, _, last, sets, *_ = match
    cue = ending(match, "officer_cues")
    if cue is None:
        cue = ending(match, "officer_cues_after")
    if cue is None:
        owner = last - 1
        if not _possessive(text, tokens[owner]):
            return False
        cue = owner
    if not spaced(text, tokens, cue, last, "'’"):
        return False
    end = tokens[last].end
    if _place_near(text, end, end, before=0) or _now(text, end, end + _AFTER, sets["now"]):
        return cue, last
    if ending(match, "officer_cues") is not None and _named_after(match, sets):
        return cue, last
    return False


# An ordinal street in lower case: "lives on 5th".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _named_after(match: Match, sets: Mapping[str, frozenset[str]]) -> bool:
    """Whether the words right after a home's cue name a place in lower case: a street's name
    of public_safety.phrases @street_names or an ordinal ("lives on maple", "lives over on
    5th"), or a word then, within two words, a street's kind or a dwelling (@street_kinds,
    @dwellings: "lives on sycamore lane", "lives in the yellow duplex"); never a word of
    @not_places ("lives on our street"), nor what one lives on that is no place ("lives on
    facebook", "lives in denial"). The words of @place_lead may stand first ("lives at the end
    of pine road")."""
    words = match.words
    following = match.last + 1
    for lead in sets["place_lead"]:
        run = lead.split("_")
        if list(words[following : following + len(run)]) == run:
            following += len(run)
            break
    if following >= len(words) or words[following] in sets["not_places"]:
        return False
    word = words[following]
    if word in sets["street_names"] or _ORDINAL.fullmatch(word):
        return True
    after = words[following + 1 : following + 3]
    return word.isalpha() and not (sets["street_kinds"] | sets["dwellings"]).isdisjoint(after)


def _possessive(text: NormalizedText, token: Token) -> bool:
    """Whether the word is written with "'s" or "s'" ("Jones's", "cops'")."""
    start, end = text.span(token.start, token.end)
    written = text.original[start : end + 1]
    return written[:-1].endswith(("'s", "’s")) or (
        written[-2:-1] == "s" and written[-1:] in ("'", "’")
    )


def _written_places(text: NormalizedText, before: frozenset[str]) -> list[Span]:
    """The words that name a place as they are written, right after a word of ``before`` ("at",
    "on": public_safety.phrases @place_preps): a number ("on 6th", "at 3000 W rd") or a word
    written with a capital then a small letter ("at Main & 5th", "on Station St")."""
    found: list[Span] = []
    for sentence in read(text).sentences:
        for i, token in enumerate(sentence[1:], 1):
            if before.isdisjoint(sentence[i - 1].forms):
                continue
            written = original(text, token)
            if written[:1].isdigit() or (written[:1].isupper() and written[1:2].islower()):
                found.append((token.start, token.end))
    return found


def _gathered(config: DetectorConfig) -> Within:
    """The police, a guard or a guarded place with what makes it usable (the signal ``watch``
    of ``near.tsv``), none of what residents say of policing every day near; a place is a
    group's or as it is written."""
    phrases = read_phrases(_FILE)
    place = PhraseDetector.of(config.id, phrases, "watch_place")
    preps = phrases.sets["place_preps"]

    def places(text: NormalizedText) -> list[Span]:
        return sorted([*place.spans(text), *_written_places(text, preps)])

    written = Trigger(tokens=frozenset(prep.split("_")[0] for prep in preps))
    return within(config.id, _FILE, _WATCH, {"place": Found(place.trigger | written, places)})


def _safety_disclosure(config: DetectorConfig) -> OrElse:
    phrases = read_phrases(_FILE)
    named = names(_FILE, config.allowed)
    gathered = _gathered(config)
    placed = _actionable(gathered)
    judges: dict[str, Judge | None] = {
        "undercover": placed,
        "enforcement": placed,
        "codes": _code,
        "witness_named": _named(named),
        "witness_role": _naming(named),
        "officers": _officer,
        "witness_described": None,
    }
    parts: tuple[Part, ...] = tuple(
        PhraseDetector.of(config.id, phrases, group, judge=judge) for group, judge in judges.items()
    )
    # A case told from inside, a witness told to keep quiet, a public system's flaw (the signals
    # case_... and system_... of near.tsv; issue 9, the misinfo3 session): read with the narrow
    # families, as each names what makes it a danger, before the signal gathered around [watch].
    broad = tuple(
        within(config.id, _FILE, signal) for signal in signals(_FILE, config.id) if signal != _WATCH
    )
    return OrElse(config.id, AnyOf(config.id, (*parts, *broad)), gathered)


def _non_public_information(config: DetectorConfig) -> AnyOf:
    """An office's internal document handed out, an insider's untold news, a source the public has
    no access to telling what is no one's to tell, a person the law shields identified
    (judgment); none where [leak_veto] stands near."""
    return AnyOf(
        config.id,
        near_signals(config.id, _FILE),
    )


FACTORIES: Mapping[str, DetectorFactory] = {
    "safety_disclosure": _safety_disclosure,
    "non_public_information": _non_public_information,
}
