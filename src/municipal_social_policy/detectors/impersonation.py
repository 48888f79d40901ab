"""Impersonation (Kankakee § V.2.7): claiming to be the city, a department or an official.

A claim is compared with who the author is (``comment.author.role``):

- the city or one of its departments ("City of Kankakee", "Kankakee Police Dept", "Office of
  the Mayor", "this is an official notice from the city") may be claimed only by the city's own
  account (``Role.OFFICIAL_ACCOUNT``);
- an office ("Mayor Wells-Armstrong", "Alderman Osenga", "I am the mayor", "as your alderman,
  I ...") may be claimed by the city's account or by personnel (``Role.PERSONNEL``: § III counts
  elected officials as personnel).

``official_display_name`` reads the author's display name. Its evidence is the empty span at the
start of the text: the claim is in the name, not in the comment, and the detector id says so. A
name that qualifies the claim is no claim: fan pages, scanner groups, watchdogs, campaigns ("Smith
for Mayor"), "former" and "retired" officials, parody. ``official_claim`` reads the text: first
person claims ("I am the mayor", "this is the Kankakee Police Department speaking", "as your
alderman, I"), not mentions ("the mayor is ...", "if I were mayor", "this is the mayor's fault").

Both are JUDGMENT: a person checks whether the author is who they say (a new official account,
an alderman posting from a personal profile). Nothing here reads what the comment says about the
city, so praise and criticism are treated alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from typing import ClassVar

import attrs
import regex

from ..comment import Comment, Role
from ..ordinance import DetectorConfig
from ..text import NormalizedText, normalize
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._patterns import compile_pattern
from ._rules import (
    MAX_MATCHES,
    contains_any,
    finditer,
    trigger_words,
)
from .lexicon import read_word_list, read_words
from .triggers import Trigger, spaced_words

__all__ = ["FACTORIES"]

# Offices a person holds (claimable by personnel) and bodies of the city (by its account only).
_OFFICE = r"""
    (?:mayor|alderman|alderwoman|alderperson|(?:city\ )?council\ ?(?:wo)?man|councilmember
      |(?:city\ )?council\ member|councilor|councillor|city\ clerk|city\ treasurer|comptroller
      |city\ attorney|corporation\ counsel|police\ chief|chief\ of\ police|fire\ chief
      |city\ administrator|city\ manager|(?:city|county)\ commissioner)
"""
_DEPARTMENT = r"""
    (?:police|fire|parks?|water|health|building|streets?|planning|finance|utilities|sanitation
      |public\ works|economic\ development|community\ development|human\ resources
      |emergency\ management)\ (?:department|dept\.?)
"""
_BODY = rf"""
    (?:city\ of\ [a-z]{{2,30}}|(?:[a-z]{{2,30}}\ )?{_DEPARTMENT}|[a-z]{{2,30}}\ police
      |[a-z]{{2,30}}\ pd|city\ hall|(?:the\ )?city\ council|(?:the\ )?mayor's\ office
      |office\ of\ the\ mayor|public\ works|(?:the\ )?city(?:\ government)?)
"""
# Who speaks, after "this is ...": "this is the mayor speaking", "this is KPD, we remind ...".
_SPEAKING = (
    r"(?=\ (?:speaking|writing|here|posting)\b"
    r"|\s*[,:—-]\s*(?:we|i|our|please|just|reminding|a\ reminder|attention)\b)"
)

# A display name's words that make it something other than the office or body itself.
_QUALIFIERS = read_word_list("impersonation_words.txt", "qualifiers")
_DISPLAY_BODY = compile_pattern(
    rf"""
    \bcity\ of\b|\bcity\ hall\b|\bcity\ council\b|\bcity\ clerk\b|\bmayor's\ office\b
    |\boffice\ of\ the\ mayor\b|\bpublic\ works\b|\bpolice\ (?:department|dept)\b|\bpd\b
    |\b{_DEPARTMENT}|\bdep(?:artmen)?t\.?\ of\b|\bsheriff's\ (?:office|department)\b
    |\bofficial\ (?:city|police|mayor|government|municipal|department)\b
    |\b(?:city|municipal|government)\ official\b
    """
)
_DISPLAY_OFFICE = regex.compile(
    r"\b(?:mayor|alderman|alderwoman|alderperson|councilman|councilwoman|councilmember|councilor"
    r"|councillor|comptroller|police\ chief|fire\ chief)\b"
)
_WORD = regex.compile(r"[a-z0-9']+")

# First-person claims in the text, each with the phrase it needs (a cheap test before it runs).
_CLAIM_OFFICE = (
    (
        compile_pattern(
            rf"\b(?:i\ am|i'm|im|i’m)\ (?:the\ |your\ |a\ |an\ )?(?:current\ |acting\ |new\ )?"
            rf"{_OFFICE}\b(?!['’]s)"
        ),
        ("i am ", "i'm ", "im ", "i’m "),
    ),
    (compile_pattern(rf"\bas\ your\ (?:current\ |acting\ )?{_OFFICE}\b"), ("as your",)),
    # "as mayor, I ..." but not a candidate's "as mayor, I would ..."
    (
        compile_pattern(
            rf"\bas\ (?:the\ )?{_OFFICE}(?:\ of\ [a-z]{{2,30}})?,?\ i\b"
            r"(?!\ (?:would|will|could|might|promise|plan)\b|['’](?:d|ll)\b)"
        ),
        (" i ", ", i"),
    ),
    (
        compile_pattern(rf"\bthis\ is\ (?:the\ |your\ )?{_OFFICE}(?:\ [a-z-]{{2,30}})?{_SPEAKING}"),
        ("this is ",),
    ),
)
_CLAIM_BODY = (
    (compile_pattern(rf"\bthis\ is\ (?:the\ |your\ )?{_BODY}{_SPEAKING}"), ("this is ",)),
    (
        compile_pattern(
            r"""
            \b(?:i|we)(?:\ am|\ are|'m|'re|’m|’re)?\ (?:speaking|writing|posting|responding
              |commenting)\ (?:here\ )?on\ behalf\ of\ (?:the\ )?
            (?:city|mayor|police|department|council|[a-z]{2,30}\ police|[a-z]{2,30}\ city\ hall)\b
            """
        ),
        ("behalf",),
    ),
    (
        compile_pattern(
            r"""
            \bofficial\ (?:city\ )?(?:statement|notice|announcement|message|update|alert|response)
            \ from\ (?:the\ )?
            (?:city|mayor|police|fire|department|council|[a-z]{2,30}\ police|public\ works)\b
            """
        ),
        ("official ",),
    ),
)
# Every claim names an office or a body, and has a first-person marker.
_OFFICE_WORDS = trigger_words(read_words("impersonation_words.txt", "office_words"))
_SPEAKER_NEEDLES = tuple(sorted({n for _, needles in _CLAIM_OFFICE + _CLAIM_BODY for n in needles}))


def _claims(
    display_name: str, local: regex.Pattern[str] | None, qualifiers: frozenset[str] = _QUALIFIERS
) -> tuple[bool, bool]:
    """Whether a display name claims (a body of the city, an office)."""
    name = " ".join(_WORD.findall(normalize(display_name).normalized.replace("-", " ")))
    office = _DISPLAY_OFFICE.search(name) is not None
    body = _DISPLAY_BODY.search(name) is not None or (
        local is not None and local.search(name) is not None
    )
    if (office or body) and not qualifiers.isdisjoint(name.split()):
        return False, False
    return body and not office, office


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
        r"\b(?:\L<names>)\ (?:police|fire|official|officials|city|government|alderman|mayor"
        r"|council|clerk|public\ works|municipal|gov)\b",
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
    """A first-person claim, in the text, to be the city, a department or an official."""

    id: str
    # The gate __call__ opens with, for the evaluator's index.
    trigger: ClassVar[Trigger] = Trigger(words=_OFFICE_WORDS)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        role = comment.author.role
        if role is Role.OFFICIAL_ACCOUNT:
            return ()
        normalized = text.normalized
        if not contains_any(normalized, _SPEAKER_NEEDLES) or _OFFICE_WORDS.isdisjoint(
            spaced_words(text)
        ):
            return ()
        claims = _CLAIM_BODY if _may_claim(role, office=True) else _CLAIM_BODY + _CLAIM_OFFICE
        return [
            Signal(self.id, *text.span(*match.span()), Strength.JUDGMENT)
            for pattern, needles in claims
            if contains_any(normalized, needles)
            for match in islice(finditer(pattern, normalized), MAX_MATCHES)
        ]


def _official_display_name(config: DetectorConfig) -> _DisplayNameDetector:
    allowed = frozenset(word for term in config.allowed for word in _WORD.findall(term.casefold()))
    return _DisplayNameDetector(config.id, _local_bodies(config.words), _QUALIFIERS | allowed)


def _official_claim(config: DetectorConfig) -> _ClaimDetector:
    return _ClaimDetector(config.id)


FACTORIES: Mapping[str, DetectorFactory] = {
    "official_display_name": _official_display_name,
    "official_claim": _official_claim,
}
