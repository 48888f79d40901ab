"""Defamation (Kankakee § V.2.3): a crime or a fraud pinned on a named or described person.

Only one shape is a signal: a person's *name* (see :mod:`._names`) as the subject of a criminal
act ("John Smith stole the funds", "Alderman Osenga took bribes", "Mayor X is a thief", "Bob
Jones sells meth", "... committed perjury", "... beats his wife", "... is a sex offender"), or a
person *described* by a role that one person holds in a town ("the clerk took bribes", "the
mayor is stealing from the city", "my landlord is a thief", "there's a crooked cop who plants
drugs"). The signal is JUDGMENT: whether a statement is false, and so defamatory, is for a
person (and a court) to weigh, so the category's ceiling keeps it at review.

The damage need not be a crime (the fragment ``%stigma``): a loathsome disease, an addiction,
sexual misconduct, an affair, a trade or an office held without its credentials, told as fact
of a person named or described in the same way.

What is never a signal, whoever is named:

- criticism of decisions, policies or institutions ("the council wasted money", "the mayor is
  doing a terrible job", "City Hall is corrupt", "the state of Cali stole oil rights"): no
  person is named or no crime is alleged; a taking called theft over a levy ("the mayor is
  stealing our money with this tax hike") is rhetoric about a policy;
- a role with an indefinite article ("a cop who plants drugs should be fired"): anyone, a rule;
- opinion words ("corrupt", "incompetent", "liar"): they describe, they do not allege a crime;
- a claim called a rumour or a lie around it, or disbelieved before it ("stop spreading rumors
  that ...", "I don't believe for a second that ...");
- denials, questions and hypotheticals ("Smith never stole", "Did Smith steal it?", "If Smith
  took bribes ...", and for a described person a negator in the act's clause: "I don't think the
  mayor stole anything"), and reports of charges ("Smith was charged with theft"), which are public
  record;
- idioms ("stole the show", "forged ahead", "murdered that song"), and a participle that
  describes rather than accuses ("the stolen generation": "stolen" accuses after "has").

The test does not depend on who is named: "Mayor Smith stole the funds" and "my neighbour Bob
Smith stole the funds" are the same signal, so swapping an official for a resident never
changes the decision.

The patterns are the groups ``accusation``, ``relative`` (a relative clause set off by commas
between the name and the act: "Alderman Pruitt, who chairs the finance committee, has been
stealing"), ``apposed`` (an appositive or a place between the name and the act: "Jim
Halverson, the building inspector, takes bribes") and ``described`` (a role after a
determiner: "the", "my", "that") of
``defamation.phrases`` (the pattern language of :mod:`.phrases`), matched against the comment's
reading; what stays here is the judgment of a match the language cannot say, with the words of
the file's sets: whether its capitalised words name a person, a hedge before the name, an idiom
or the passive after the act, and a levy in the sentence of a taking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from ..ordinance import DetectorConfig
from ..reading import Token
from ..text import NormalizedText
from . import DetectorFactory
from ._judged import AnyOf, spaced
from ._names import Names, names
from .checks import written_possessive
from .phrases import Judge, Match, PhraseDetector, read_phrases

__all__ = ["FACTORIES"]

_FILE = "defamation.phrases"
# A hedge counts this many characters before the name (in the name's sentence).
_HEDGE_REACH = 80


def _accusation(named: Names | None, apposed: bool = False, joined: str = "") -> Judge:
    """Keeps a match whose capitalised words name a person, from the name to the act; with
    ``apposed``, the words between them are an appositive or a place (commas may set it off),
    never a clause of its own (a word of ``not_apposed``: "Smith at the meeting said ...").
    Without ``named``, the match's pattern describes the person by a role ("the clerk"), and the
    whole match is kept. ``joined`` are marks that may join two words of a match besides white
    space and an apostrophe ("Price' husband", "his buddies' driveways"): a hyphen,
    "brother-in-law"."""
    # An apostrophe is no clause mark: it closes a plural's possessive ("his buddies' driveways").
    # A dollar sign is no clause mark either: "took $20,000 from ...".
    marks = (",()-" if apposed else joined) + "'’$"

    def judge(match: Match) -> bool | tuple[int, int]:
        text, tokens, words, first, last, sets, *_ = match
        start = first if named is None else named.leading(match)
        if start is None:
            return False
        if not spaced(text, tokens, start, last, marks) and not _set_off(text, tokens, start, last):
            return False  # "Smith, stole ...", "Confidence = Rigged": apart
        if apposed and not sets["not_apposed"].isdisjoint(
            words[start : _apposed_end(match, start)]
        ):
            return False  # "Smith at the meeting said Jones stole": a clause of its own
        if (
            not sets["takings"].isdisjoint(words[start : last + 1])
            and not sets["levies"].isdisjoint(words)
            and sets["kept"].isdisjoint(words)
        ):
            return False  # "the mayor is stealing our money with this tax hike": rhetoric
        if start >= 2 and "_".join(words[start - 2 : start]) in sets["place_of"]:
            return False  # "the state of Cali stole ...": a place, or its government
        if (
            named is not None
            and start
            and words[start - 1] in sets["place_before"]
            and not tokens[start + 1].capital
        ):
            return False  # "a guy on Vine got arrested": a street
        after = words[last + 1 : last + 3]
        if after and after[0] in sets["idiom_bases"]:
            return False  # "stole second"
        if (
            after[1:]
            and after[0] in sets["idiom_determiners"]
            and after[1] in sets["idiom_objects"]
        ):
            return False  # "stole the show", "murdered that song"
        if after and words[last] in sets["participles"] and after[0] in sets["passive_after"]:
            return False  # "officer Singh murdered in the line of duty": the victim
        if _disbelieved(words, sets, start):
            return False  # "I don't believe for a second that Officer Dwyer plants drugs"
        reach = tokens[first].start - _HEDGE_REACH
        hedges = sets["hedges"]
        for i in range(start - 1, -1, -1):
            if tokens[i].start < reach:
                break
            if tokens[i].forms[0] in hedges:  # as written: "don't" asks nothing
                return False  # "if Smith took bribes", "Ivana reported that Smith ..."
        return start, last

    return judge


def _disbelieved(words: Sequence[str], sets: Mapping[str, frozenset[str]], start: int) -> bool:
    """Whether the claim about the person named at ``start`` is disbelieved before it, in the
    name's sentence: a word of ``doubting`` ("I doubt Smith ..."), or a word of ``disbelief``
    with a negator at most two words before it ("I don't believe for a second that ...", "no one
    really thinks ..."). A belief alone stays an accusation ("I think Ruiz stole ...")."""
    disbelief, negators = sets["disbelief"], sets["negators"]
    for i in range(max(0, start - _DISBELIEF_REACH), start):
        if words[i] in sets["doubting"]:
            return True
        if words[i] in disbelief and not negators.isdisjoint(words[max(0, i - 2) : i]):
            return True
    return False


# How many words before the name a disbelief may stand.
_DISBELIEF_REACH = 12


def _apposed_end(match: Match, start: int) -> int:
    """Where the appositive after the name at ``start`` may end at the latest: the name's words
    written with a capital, then the pattern's gap (a word of ``apposition`` and four more), and
    never past the match; the words of the act after it may be a clause's ("is a drunk *who*
    drives")."""
    tokens, last = match.tokens, match.last
    end = start
    while end < last and tokens[end].capital:
        end += 1
    return min(last + 1, end + _APPOSITIVE)


# The longest appositive of [apposed]: a word of @apposition and a gap of four.
_APPOSITIVE = 5


def _set_off(text: NormalizedText, tokens: Sequence[Token], start: int, last: int) -> bool:
    """Whether the name at ``start`` is an appositive set off by commas (or brackets, or dashes)
    on both sides, and written apart from the act by white space alone after its closing mark:
    "the new clerk, Sarah, embezzled ...", "The building inspector, Ron Patel, takes ..."; not
    "Smith, stole ..." (no mark before the name) nor "I called Smith, stole ..."."""
    if start == 0:
        return False
    normalized = text.normalized
    opening = normalized[tokens[start - 1].end : tokens[start].start].strip()
    if opening not in _OPENING:
        return False
    end = start
    while end < last and tokens[end].capital and tokens[end + 1] is not tokens[end]:
        gap = normalized[tokens[end].end : tokens[end + 1].start]
        if not gap.isspace():
            break
        end += 1
    closing = normalized[tokens[end].end : tokens[end + 1].start].strip() if end < last else ""
    return _OPENING.get(opening) == closing and spaced(text, tokens, end + 1, last)


# The mark that opens an appositive, and the one that closes it.
_OPENING = {",": ",", "(": ")", "-": "-", "—": "—", "–": "–"}


def _lower_named(match: Match) -> bool | tuple[int, int]:
    """A role with a name in lower case ("officer ramirez beat ..."): the word after the role is
    written in lower case (a name in capitals is read by ``accusation``) and the role owns
    nothing ("the mayor's office took bribes" names a body); then judged as a role is."""
    tokens, first = match.tokens, match.first
    if tokens[first + 1].capital or tokens[first].forms[0].endswith("'s"):
        return False
    return _accusation(None)(match)


def _possessed(judge: Judge) -> Judge:
    """Keeps a match of ``possessed_named`` or ``possessed_described`` in which a word written as
    a possessive comes right before the first word of a relation of the set ``possessed``
    ("Mayor Wells's assistant", "the chief's nephew", "Diaz' husband"; not "my nephew", a
    writer's own), then judged by ``judge`` as a name's or a role's match is."""

    def judge_possessed(match: Match) -> bool | tuple[int, int]:
        text, tokens, words, first, last, sets, *_ = match
        firsts = _first_words(sets["possessed"])
        if not any(
            words[i + 1] in firsts and written_possessive(text, tokens[i])
            for i in range(first, last)
        ):
            return False
        return judge(match)

    return judge_possessed


@cache
def _first_words(terms: frozenset[str]) -> frozenset[str]:
    """The first word of each term of a set ("brother" of ``brother_in_law``), made once."""
    return frozenset(term.split("_")[0] for term in terms)


def _criminal_accusation(config: DetectorConfig) -> AnyOf:
    named = names(_FILE, config.allowed)
    file = read_phrases(_FILE)
    return AnyOf(
        config.id,
        (
            PhraseDetector.of(config.id, file, "accusation", judge=_accusation(named)),
            PhraseDetector.of(config.id, file, "apposed", judge=_accusation(named, apposed=True)),
            PhraseDetector.of(config.id, file, "relative", judge=_accusation(named, joined=",")),
            PhraseDetector.of(config.id, file, "described", judge=_accusation(None)),
            PhraseDetector.of(config.id, file, "lower_named", judge=_lower_named),
            PhraseDetector.of(
                config.id,
                file,
                "possessed_named",
                judge=_possessed(_accusation(named, joined="-")),
            ),
            PhraseDetector.of(
                config.id,
                file,
                "possessed_described",
                judge=_possessed(_accusation(None, joined="-")),
            ),
        ),
    )


FACTORIES: Mapping[str, DetectorFactory] = {"criminal_accusation": _criminal_accusation}
