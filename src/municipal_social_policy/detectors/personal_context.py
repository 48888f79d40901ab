"""Personal information in words (Kankakee § V.2.10): where someone lives, their children, routine.

§ V.2.10 prohibits "behavior invasive of another person's ... privacy", not only numbers. The
detector ``personal_context`` reads the phrases that give away a third person's home or habits:

- a home: "he lives at 45 Oak", "she lives on Court Street", "her address is ...", "John's house
  is on Elm";
- children's schools: "her kids go to Steuben Elementary", "his son attends Kennedy Middle
  School", "she drops her daughter off at Taft";
- when children leave school: "his kids get out of Lincoln Elementary", "her son gets out of
  school at 3:15", "her kids walk home alone at 3";
- a routine with its time: "he leaves for work at 7", "she walks her dog every morning", "he is
  home alone after 3 pm", "my neighbor walks home alone every night";
- health: a person's records given or shown ("here's her medical records", "his hospital
  records are attached") and a third person's stigmatised diagnosis ("she has HIV", "Karen
  tested positive for herpes"); the writer's own, a question and care offered are none.

Each needs something specific after the cue (a number, a capitalised place or school name, a
time), so "she lives on a fixed income", "her kids go to school here" and "he leaves at the end
of his term" are not signals. The commenter's own life ("I live at", "my kids go to") is not an
intrusion on another's privacy and is left alone; numbers the commenter gives are still read by
the phone, address and plate detectors. All are JUDGMENT: a person decides whether the place is
private. Nothing depends on who the person is, so the mayor and a neighbour are treated alike.

The patterns are the groups of ``personal_context.phrases`` (the pattern language of
:mod:`.phrases`), matched against the comment's reading, so disguised spellings read too. What
stays here is the judgment the language cannot say, reading the ORIGINAL text after a match: a
place is a number or a capitalised word ("lives on Court Street", not "lives on a fixed
income"), a school a capitalised name or a word before "Elementary", "High" ...; the words it
reads are the file's sets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..ordinance import DetectorConfig
from . import DetectorFactory
from ._judged import AnyOf, Part, Requiring, follows, original, possessive, possessive_trigger
from .phrases import Judge, Match, PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES"]

_FILE = "personal_context.phrases"
Sets = Mapping[str, frozenset[str]]


def _run_at(words: Sequence[str], j: int, terms: frozenset[str]) -> int:
    """The length of the longest run of ``terms`` that starts at word ``j`` (0 if none)."""
    longest = 0
    for term in terms:
        run = term.split("_")
        if len(run) > longest and list(words[j : j + len(run)]) == run:
            longest = len(run)
    return longest


def _capitalised(written: str) -> bool:
    return (
        len(written) > 1 and written[0].isascii() and written[0].isupper() and written[1].islower()
    )


def _place_after(match: Match) -> bool:
    """A number or a capitalised word right after the match ("the corner of" may stand
    between), and not one of the set ``not_places`` ("lives on Social Security")."""
    text, tokens, words, _, last, sets, *_ = match
    if not follows(text, tokens, last):
        return False
    j = last + 1
    if _run_at(words, j, sets["not_places"]):
        return False
    j += _run_at(words, j, sets["place_lead"])
    if j >= len(tokens):
        return False
    written = original(text, tokens[j])
    return written[:1].isdigit() or _capitalised(written)


def _home_of(match: Match) -> bool:
    _, tokens, words, first, _, sets, *_ = match
    return possessive(tokens[first], words[first], sets["home_owners"]) and _place_after(match)


def _address_mark(match: Match) -> bool:
    """A colon or "=" right after the match, then a place: "Her address: 12 Oak St"."""
    text, tokens, words, first, last, sets, *_ = match
    if not possessive(tokens[first], words[first], sets["home_owners"]):
        return False
    after = text.normalized[tokens[last].end : tokens[last].end + 2]
    mark = after[:1] in (":", "=") or after in (" :", " =")
    if not mark or last + 1 >= len(tokens):
        return False
    # The place comes right after the mark.
    end = text.normalized.index(after.strip()[0], tokens[last].end) + 1
    between = text.normalized[end : tokens[last + 1].start]
    if len(between) > 3 or (between and not between.isspace()):
        return False
    written = original(text, tokens[last + 1])
    return not _run_at(words, last + 1, sets["not_places"]) and (
        written[:1].isdigit() or _capitalised(written)
    )


def _named_school(match: Match) -> bool:
    """A school named right after the match: not "a", "the public" ... (the set
    ``generic_school``), but a capitalised name or a word before a word of ``school_kind``."""
    text, tokens, words, _, last, sets, *_ = match
    if not follows(text, tokens, last):
        return False
    j = last + 1
    if words[j] == "the" and j + 1 < len(tokens):
        if _run_at(words, j + 1, sets["generic_school"]):
            return False
        if original(text, tokens[j]) == "the":
            j += 1
    elif _run_at(words, j, sets["generic_school"]):
        return False
    written = original(text, tokens[j])
    if _capitalised(written):
        return True
    return (
        j + 1 < len(tokens)
        and 3 <= len(written) <= 20
        and written.isalpha()
        and _run_at(words, j + 1, sets["school_kind"]) > 0
    )


def _school_go(match: Match) -> bool:
    """A school word within 40 characters after the match: "Her kids go to Lincoln Elementary",
    not "her son goes to Chicago"."""
    _, tokens, words, first, last, sets, *_ = match
    if not possessive(tokens[first], words[first], sets["parents"]):
        return False
    end = tokens[last].end
    near = any(
        tokens[j].start - end <= 41 and _run_at(words, j, sets["school_words"])
        for j in range(last + 1, len(tokens))
    )
    return near and _named_school(match)


def _school(match: Match) -> bool:
    _, tokens, words, first, _, sets, *_ = match
    return possessive(tokens[first], words[first], sets["parents"]) and _named_school(match)


def _parents_children(match: Match) -> bool:
    """The children are a third person's: "his kids", "her son's" (not "my kids")."""
    _, tokens, words, first, _, sets, *_ = match
    return possessive(tokens[first], words[first], sets["parents"])


def _records_shown(match: Match) -> bool:
    """A word after the cue owns the records: "here's her medical records", "here are Mike's
    test results" (not "here are the medical records of the clinic")."""
    _, tokens, words, first, last, sets, *_ = match
    owners = sets["health_owners"]
    return any(possessive(tokens[i], words[i], owners) for i in range(first + 1, last))


def _records_owned(match: Match) -> bool:
    _, tokens, words, first, _, sets, *_ = match
    return possessive(tokens[first], words[first], sets["health_owners"])


def _diagnosed(match: Match) -> bool:
    """A third person has the condition: a word of ``third`` or ``described_third`` opens the
    match, or a capitalised name that is none of ``nobody`` ("Karen has herpes", not "Everyone
    has ...")."""
    text, tokens, words, first, _, sets, *_ = match
    if _run_at(words, first, sets["third"]) or _run_at(words, first, sets["described_third"]):
        return True
    return words[first] not in sets["nobody"] and _capitalised(original(text, tokens[first]))


# Each group of the file with the judgment of its matches (None: the patterns say it all).
_GROUPS: tuple[tuple[str, Judge | None], ...] = (
    ("home", _place_after),
    ("home_of", _home_of),
    ("address_mark", _address_mark),
    ("school_go", _school_go),
    ("school", _school),
    ("school_run", _named_school),
    ("school_out", _school),
    ("school_time", _parents_children),
    ("routine", None),
    ("health_shared", _records_shown),
    ("health_records", _records_owned),
    ("diagnosis", _diagnosed),
)


# The groups whose judge keeps only a match that a possessive of one of these sets opens ("her
# address is", "John's house is on") or holds ("here's her medical records"): a comment without
# one (and without an apostrophe) is not read for them (see _judged.possessive_trigger).
_OWNERS = {
    "home_of": "home_owners",
    "address_mark": "home_owners",
    "school_go": "parents",
    "school": "parents",
    "school_out": "parents",
    "school_time": "parents",
    "health_shared": "health_owners",
    "health_records": "health_owners",
}
# The marks one of which _address_mark reads right after its match.
_ADDRESS_MARKS = Trigger(characters=frozenset(":="))


def _part(group: str, judge: Judge | None, config: DetectorConfig) -> Part:
    """The group's detector, gated by what its judge needs (:data:`_OWNERS`)."""
    phrases = read_phrases(_FILE)
    detector = PhraseDetector.of(config.id, phrases, group, judge=judge)
    owners = _OWNERS.get(group)
    if owners is None:
        return detector
    needs = possessive_trigger(phrases.sets[owners])
    if group == "address_mark":
        needs = needs & _ADDRESS_MARKS
    return Requiring(detector, needs)


def _personal_context(config: DetectorConfig) -> AnyOf:
    return AnyOf(config.id, tuple(_part(group, judge, config) for group, judge in _GROUPS))


FACTORIES: Mapping[str, DetectorFactory] = {"personal_context": _personal_context}
