"""Impersonation (Kankakee § V.2.7): claiming to be the city, a department or an official.

A claim is compared with who the author is (``comment.author.role``):

- the city or one of its departments ("City of Kankakee", "Kankakee Police Dept", "Office of
  the Mayor", "this is an official notice from the city") may be claimed only by the city's own
  account (``Role.OFFICIAL_ACCOUNT``);
- an office ("Mayor Wells-Armstrong", "Alderman Osenga", "I am the mayor", "as your alderman,
  I ...") may be claimed by the city's account or by personnel (``Role.PERSONNEL``: § III counts
  elected officials as personnel).

``official_display_name`` reads the author's display name (words run together in camel case
read apart: "KankakeeCityOfficial"; police titles and the sheriff count as offices: "Sgt. R.
Lowe KPD"). Its evidence is the empty span at the start of the text: the claim is in the name,
not in the comment, and the detector id says so. A name that qualifies the claim is no claim: fan
pages, scanner groups, watchdogs, campaigns ("Smith for Mayor"), "former" and "retired"
officials, parody. ``official_claim`` reads the text: first
person claims ("I am the mayor", "this is the Kankakee Police Department speaking", "as your
alderman, I", "Hi, this is the Mayor's office", "speaking on behalf of the City of Kankakee,
we ...", "this account is now the official page of the Fire Department"), not mentions ("the
mayor is ...", "if I were mayor", "this is the mayor's fault", "this is the police department's
problem"), questions or a body qualified ("... the Fire Department fan club").

Both are JUDGMENT: a person checks whether the author is who they say (a new official account,
an alderman posting from a personal profile). Nothing here reads what the comment says about the
city, so praise and criticism are treated alike.

``official_claim`` reads the groups of ``impersonation.phrases`` (the pattern language of
:mod:`.phrases`) with the check ``quotation``: a claim inside quotation marks is reported, not
made. Its judgment kept here: the author's role, an office named as an owner, and the comma,
colon or dash before the address to the reader ("this is the mayor: please ..."); a body or an
office that signs the comment after a dash or on the line after a letter's closing ("Stay safe
out there. -KPD", "Regards,\nKankakee Water Department": the groups ``claim_body_signed`` and
``claim_office_signed``, read only in a text with a dash or a line break); an office said as a
sentence of its own before one in the first person ("This is the mayor. I'm cancelling the
parade.": ``claim_office_next``). The display name's patterns are built from the lists of
``impersonation_words.txt``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar

import attrs
import regex

from ..comment import Comment, Role
from ..ordinance import DetectorConfig
from ..reading import Token
from ..text import NormalizedText, normalize
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._judged import AnyOf, near_signals
from ._patterns import compile_pattern, lazy_compile
from .checks import run_end
from .lexicon import read_word_list, read_words
from .phrases import Judge, Match, PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES"]

_WORDS = "impersonation_words.txt"
_FILE = "impersonation.phrases"


def _alternation(section: str) -> str:
    """The terms of ``section`` of the word file as a regular-expression alternation."""
    return "|".join(regex.escape(term) for term in read_words(_WORDS, section))


# A display name's words that make it something other than the office or body itself.
_QUALIFIERS = read_word_list(_WORDS, "qualifiers")
_OFFICE_OPENERS = read_word_list(_WORDS, "office_openers")
_DISPLAY_BODY = compile_pattern(
    rf"""
    \b(?:{_alternation("display_bodies")})\b
    |\b(?:{_alternation("display_department_kinds")})\ (?:department|dept)
    """
)
_DISPLAY_OFFICE = lazy_compile(rf"\b(?:{_alternation('display_offices')})\b")
_WORD = regex.compile(r"[a-z0-9']+")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _not_possessed(match: Match) -> bool:
    """An office claimed, not named as an owner: "I am the mayor", not "I am the city clerk's
    assistant" nor "this is the city clerk's fault". The match's last word may own a body of
    ``owned_bodies`` after it: "I'm a deputy with the sheriff's office"; a possessive before a
    kind of department of ``department_kind`` owns the department's head the match claims:
    "speaking as the city's finance director". A word read as two is a contraction, not a
    possessive: "It's the fire chief, ..."."""
    _, tokens, words, first, last, sets, *_ = match
    owned = last + 1 < len(words) and words[last + 1] in sets["owned_bodies"]
    kinds = sets["department_kind"]  # words and runs ("public_works")
    return not any(
        tokens[i].forms[0].endswith("'s")
        and not (i == last and owned)
        and not (i < last and run_end(words, kinds, i + 1) is not None)
        and not _read_as_two(tokens, i)
        for i in range(first, last + 1)
    )


def _owned_or_qualified(match: Match) -> bool:
    """Whether a body is named as an owner or qualified right after: "this is the city's
    fault", "this is the police department's problem", "the official page of the Fire
    Department fan club" (an owned body of ``owned_bodies`` is a claim still: "the City Clerk's
    office")."""
    _, tokens, words, _, last, sets, *_ = match
    # The body or a word of its name, up to two words on, owns something that is no body of
    # its own: "the police department's problem", "the city of Kankakee's fault"; not "the City
    # Clerk's office".
    bodies = sets["owned_bodies"]
    for i in range(last, min(last + 3, len(words))):
        if tokens[i].forms[0].endswith("'s") and not _read_as_two(tokens, i):
            return i + 1 >= len(words) or words[i + 1] not in bodies
    return last + 1 < len(words) and words[last + 1] in _QUALIFIERS


def _read_as_two(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is read as two (a contraction: "he's" is "he is"), not a
    possessive."""
    return (i + 1 < len(tokens) and tokens[i + 1] is tokens[i]) or (
        i > 0 and tokens[i - 1] is tokens[i]
    )


def _claimed_body(match: Match) -> bool:
    """A body claimed: not named as an owner, nor qualified ("... fan club")."""
    return not _owned_or_qualified(match)


def _marked(match: Match) -> bool:
    """A comma, a colon or a dash inside the match: "this is the mayor: please ..."."""
    _, tokens, _, first, last, *_ = match
    return tokens[last].clause > tokens[first].clause


def _held(match: Match) -> bool:
    """An office claimed as held now: not named as an owner (:func:`_not_possessed`), nor a tie
    of the past inside the claim ("as a former alderman, I ...": ``past_tie``)."""
    _, _, words, first, last, sets, *_ = match
    return sets["past_tie"].isdisjoint(words[first : last + 1]) and _not_possessed(match)


def _marked_office(match: Match) -> bool:
    """A claim to an office with a comma, a colon or a dash inside, held now."""
    return _marked(match) and _held(match)


# The dashes a signature line opens with: "- Kankakee Public Works", "— Office of the Mayor".
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015~")
_QUOTES = frozenset("\"'\u2018\u2019\u201c\u201d\u00ab\u00bb")
# What a signature's line opens with (a dash after a space, or a line break; or a dash opens
# the comment), and how long it may be: "Stay safe out there -KPD", "...\n— Office of the
# Mayor, City of Kankakee".
_LINE_OPENERS = frozenset({" -", " \u2013", " \u2014", " \u2015", " ~", "\n"})
_SIGNATURE_LENGTH = 60
# The last one or two words of a line, its punctuation and the line break that ends it, at the
# end of the text read (the last _CLOSING_REACH characters before a signature's first word).
_CLOSING_LINE = regex.compile(r"(\w+(?: \w+)?)([,.!:;]*)[ \t]*\n\s*$")
_CLOSING_REACH = 60
# The first word after a sentence's end: "This is the mayor. *I'm* cancelling the parade."
_NEXT_WORD = regex.compile(r"[.!?]+\s+(\w+)")


def _signed(match: Match) -> bool:
    """A line that signs the comment: nothing but punctuation and spaces after the match's last
    word to the end of the comment, and right before its first word a dash ("Road closed on
    Elm tomorrow. - Kankakee Public Works", "Stay safe. -KPD") or a letter's closing of the
    set ``closing`` or a comma ending the line before ("Regards,\nKankakee Water Department",
    "Thank you for your patience,\nThe City of Kankakee"); not "Thanks
    KPD!" (no dash), "- KPD never came" (the comment goes on), nor a quotation's attribution
    ("'We will fix it.' - the Mayor": a quotation mark before the dash)."""
    text, tokens, _, first, last, sets, *_ = match
    written = text.normalized
    if any(character.isalnum() for character in written[tokens[last].end :]):
        return False
    prefix = written[: tokens[first].start]
    before = prefix.rstrip()
    if before[-1:] in _DASHES:
        return before[:-1].rstrip()[-1:] not in _QUOTES
    closing = _CLOSING_LINE.search(prefix[-_CLOSING_REACH:])
    if closing is None:
        return False
    # A line that ends with a comma closes a letter too: "Thank you for your patience,\n...".
    words = closing.group(1).casefold().split()
    return closing.group(2).startswith(",") or not sets["closing"].isdisjoint(
        {words[-1], "_".join(words[-2:])}
    )


def _speaks_next(match: Match) -> bool:
    """An office held now (:func:`_held`) whose sentence is followed by one that opens in the
    first person: "This is the mayor. I'm cancelling the parade."; not "This is the fire chief.
    He saved my cat." The next sentence's first word is read from the text, as the match holds
    its own sentence only."""
    text, tokens, _, _, last, sets, *_ = match
    following = _NEXT_WORD.match(text.normalized, tokens[last].end)
    return (
        following is not None
        and following.group(1).casefold() in sets["first_person"]
        and _held(match)
    )


def _signed_office(match: Match) -> bool:
    """An office that signs the comment (:func:`_signed`), held now (:func:`_held`)."""
    return _signed(match) and _held(match)


def _claims(
    display_name: str, local: regex.Pattern[str] | None, qualifiers: frozenset[str] = _QUALIFIERS
) -> tuple[bool, bool]:
    """Whether a display name claims (a body of the city, an office)."""
    # Words run together in camel case are read apart: "KankakeeCityOfficial".
    apart = _CAMEL.sub(" ", display_name)
    name = " ".join(_WORD.findall(normalize(apart).normalized.replace("-", " ")))
    office = _DISPLAY_OFFICE.search(name) is not None and not _surname(name, apart)
    body = _DISPLAY_BODY.search(name) is not None or (
        local is not None and local.search(name) is not None
    )
    if (office or body) and not qualifiers.isdisjoint(name.split()):
        return False, False
    return body and not office, office


def _surname(name: str, written: str) -> bool:
    """A name of two words whose office is the second, after a word that is none, opens no
    office (``office_openers``) and is not written in capitals: a surname ("Bob Mayor", "Ann
    Sheriff"), where a title goes first ("Mayor Bob"); not "Deputy Mayor", "City Clerk" or a
    department's initials ("KPD Officer")."""
    words = name.split()
    first = written.split()[0] if written.split() else ""
    return (
        len(words) == 2
        and not (len(first) > 1 and first.isupper())
        and _DISPLAY_OFFICE.fullmatch(words[1]) is not None
        and _DISPLAY_OFFICE.search(words[0]) is None
        and words[0] not in _OFFICE_OPENERS
    )


def _may_claim(role: Role, *, office: bool) -> bool:
    # Ord. 2019-70 § V.2.7; § III counts elected officials among personnel.
    if role is Role.OFFICIAL_ACCOUNT:
        return True
    return office and role is Role.PERSONNEL


def _local_bodies(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """ "Kankakee Police", "Kankakee Official": the city's own name before a body's word."""
    names = sorted({" ".join(_WORD.findall(word.casefold())) for word in words} - {""})
    if not names:
        return None
    return regex.compile(
        rf"\b(?:\L<names>)\ (?:{_alternation('local_body_words')})\b",
        names=names,
    )


@attrs.frozen
class _DisplayNameDetector:
    """A display name that claims the city, a department or an office the author does not hold.

    ``local`` matches the city's own name before a body's word; it is built from the detector's
    ``words`` in the ordinance file (Kankakee lists "Kankakee"). ``qualifiers`` are the words
    that make a name something other than the claim ("fan", "watch"), with the detector's
    ``allowed``.
    """

    id: str
    local: regex.Pattern[str] | None = None
    qualifiers: frozenset[str] = _QUALIFIERS
    #: It reads the author's display name, not the text: a comment without one is not read.
    reads_display_name_only: ClassVar[bool] = True

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        author = comment.author
        if not author.display_name or author.role is Role.OFFICIAL_ACCOUNT:
            return ()
        body, office = _claims(author.display_name, self.local, self.qualifiers)
        if (body and not _may_claim(author.role, office=False)) or (
            office and not _may_claim(author.role, office=True)
        ):
            return (Signal(self.id, 0, 0, Strength.JUDGMENT),)
        return ()


@attrs.frozen
class _ClaimDetector:
    """A first-person claim, in the text, to be the city, a department or an official: ``bodies``
    finds a claim to be the city or one of its bodies, ``offices`` a claim to hold an office.
    ``trigger`` is theirs: a comment without a claim is not read.
    """

    id: str
    bodies: AnyOf
    offices: AnyOf
    #: A body signing the comment ("- Kankakee Public Works"): a claim by the public; by
    #: personnel, the identification § IV.2.3.2 asks of them ("Identify themselves as City
    #: personnel"), so no claim.
    signed: _Signature
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        trigger = self.bodies.trigger | self.offices.trigger | self.signed.trigger
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        role = comment.author.role
        if role is Role.OFFICIAL_ACCOUNT:
            return ()
        if _may_claim(role, office=True):
            return self.bodies(text, comment)
        found = [
            *self.bodies(text, comment),
            *self.signed(text, comment),
            *self.offices(text, comment),
        ]
        return sorted(found, key=lambda signal: (signal.start, signal.end))


def _official_display_name(config: DetectorConfig) -> _DisplayNameDetector:
    allowed = frozenset(word for term in config.allowed for word in _WORD.findall(term.casefold()))
    return _DisplayNameDetector(config.id, _local_bodies(config.words), _QUALIFIERS | allowed)


@attrs.frozen
class _Signature:
    """The phrase detector of a group of signatures (:func:`_signed`), called only for a text
    with a dash or a line break besides the words its patterns need: "Regards, police" is no
    reason to read "I think the police need more training"."""

    detector: PhraseDetector
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        lines = Trigger(substrings=_LINE_OPENERS) | Trigger(opening=_DASHES)
        object.__setattr__(self, "trigger", Trigger.all_of(self.detector.trigger, lines))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        # A signature is the comment's last line: read only a short one after a dash or a
        # line break, not a long comment with a hyphen somewhere.
        written = text.normalized.rstrip()
        opened = 0 if written[:1] in _DASHES else -1  # "-The Mayor", the whole comment
        start = max(opened, *(written.rfind(opener) for opener in _LINE_OPENERS))
        if start < 0 or len(written) - start > _SIGNATURE_LENGTH:
            return ()
        return self.detector(text, comment)


def _official_claim(config: DetectorConfig) -> _ClaimDetector:
    phrases = read_phrases(_FILE)

    def claims(*groups: tuple[str, Judge | None]) -> AnyOf:
        return AnyOf(
            config.id,
            tuple(
                PhraseDetector.of(config.id, phrases, group, judge=judge) for group, judge in groups
            ),
        )

    def signatures(group: str, judge: Judge) -> _Signature:
        return _Signature(PhraseDetector.of(config.id, phrases, group, judge=judge))

    bodies, offices = (
        claims(("claim_body", _claimed_body), ("claim_body_mark", _marked)),
        claims(
            ("claim_office", _held),
            ("claim_office_mark", _marked_office),
            ("claim_office_next", _speaks_next),
        ),
    )
    # A claim told in a resident's own words (the signals ``claim`` and ``claim_owned`` of
    # ``near.tsv``): an office or a body near a self-reference, not named as an owner ("the
    # mayor's plan"), or an office a title owns ("Treasurer's office reminder - ...").
    entity = PhraseDetector.of(config.id, phrases, "imp_entity", judge=_not_possessed)
    told = near_signals(config.id, _FILE, {"imp_entity": entity})
    return _ClaimDetector(
        config.id,
        bodies,
        AnyOf(
            config.id,
            (*offices.parts, signatures("claim_office_signed", _signed_office), *told),
        ),
        signatures("claim_body_signed", _signed),
    )


FACTORIES: Mapping[str, DetectorFactory] = {
    "official_display_name": _official_display_name,
    "official_claim": _official_claim,
}
