"""Personal information (Kankakee § V.2.10): SSNs, cards, phones, emails, addresses, plates, births.

An SSN written as one (``078-05-1123``, ``078 05 1123``, ``078.05.1123``, or nine digits next to
"SSN" or "social security") and a Luhn-valid payment card with an issuer's prefix are MECHANICAL
evidence: they identify a person or an account by themselves. Everything else is JUDGMENT
evidence, for a person to weigh: nine bare digits that could be an SSN, a phone number (a
business's or the commenter's own may be fine), an email, a street address, a licence plate
named as one, a date of birth named as one.

Numbers are read on the normalised text (full-width digits count) but only as ASCII digits, so
an Arabic-Indic or Devanagari digit string is never mistaken for a phone number. Numbers glued
to letters, slashes or URL punctuation (``/watch/107297364``, ``ref=4604617``) are identifiers,
not personal data. Each digit detector first asks the standard library's engine, in a fraction
of a microsecond, whether the text holds as many digits as its evidence needs (seven for a phone,
nine for an SSN, thirteen for a card); nearly all comments do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import ClassVar

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._patterns import compile_pattern
from ._rules import MAX_MATCHES, Check, Rule, RuleDetector, finditer, preceding
from .lexicon import read_word_list
from .triggers import Trigger

__all__ = ["FACTORIES", "luhn_valid"]

# Each pattern starts with a definite character and puts its lookbehind after it, so the engine
# skips ahead to candidates (see _patterns.py). A number's edges: not glued to letters,
# digits or the punctuation of identifiers and URLs, and not continued by ".5" or ",000".
_BEFORE = r"(?<![\w.\-/+=&?\#%:$@*][0-9])(?<![0-9],[0-9])"
_AFTER = r"(?![\w\-/@]|[.,][0-9])"


def _digits(count: int) -> re.Pattern[str]:
    """A gate: ``count`` digits, at most three other characters apart."""
    return re.compile(rf"[0-9](?:[^0-9]{{0,3}}[0-9]){{{count - 1}}}")


# ``+33 1 42 68 53 00`` and ``(815) 555-0143`` have seven digits; 078-05-1123 nine; a card 13.
_PHONE_DIGITS, _SSN_DIGITS, _CARD_DIGITS = _digits(7), _digits(9), _digits(13)
# Ten ``in`` tests cost less than one search of either engine, and most comments have no digit.
_ANY_DIGIT = tuple("0123456789")

# --- social security numbers ---------------------------------------------------------------

# Three, two and four digits with the same separator: MECHANICAL when valid (see _ssn_valid).
_SSN_FORMATTED = compile_pattern(
    r"[0-9](?<![\w\-.][0-9])[0-9]{2}(?P<sep>[-.\ ])[0-9]{2}(?P=sep)[0-9]{4}"
    r"(?![0-9\-]|\.[0-9])"
)
# Nine bare digits: JUDGMENT, MECHANICAL after an SSN cue. 3-6 and 5-4 groupings (a 5-4 is a ZIP+4
# code) count only after an SSN cue.
_SSN_BARE = compile_pattern(rf"[0-9]{_BEFORE}[0-9]{{8}}{_AFTER}")
_SSN_ODD = compile_pattern(
    rf"[0-9]{_BEFORE}(?:[0-9]{{2}}-[0-9]{{6}}|[0-9]{{4}}-[0-9]{{4}}){_AFTER}"
)
# The cue, looked for in the 40 characters before the number.
_SSN_CUE = regex.compile(r"\b(?:ssn|ss\#|s\.s\.n|social|soc\.?\ ?sec)")

# Numbers the Social Security Administration never issued or voided after they were printed
# in advertisements (078-05-1120 in a wallet insert, 219-09-9999 in an SSA pamphlet), and the
# placeholder everyone writes.
_SSN_VOID = frozenset({"078051120", "219099999", "123456789"})


def _ssn_valid(digits: str) -> bool:
    # Area numbers 000, 666 and 900-999, group 00 and serial 0000 are never issued.
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        area not in {"000", "666"}
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and len(set(digits)) > 1
        and digits not in _SSN_VOID
    )


def _has_ssn_cue(text: NormalizedText, start: int) -> bool:
    return _SSN_CUE.search(preceding(text.normalized, start, 40)) is not None


def _check_formatted_ssn(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    digits = match.group().replace(match.group("sep"), "")
    return Strength.MECHANICAL if _ssn_valid(digits) else None


def _check_bare_ssn(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    if not _ssn_valid(match.group()):
        return None
    return Strength.MECHANICAL if _has_ssn_cue(text, match.start()) else Strength.JUDGMENT


def _check_odd_ssn(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    digits = match.group().replace("-", "")
    if _ssn_valid(digits) and _has_ssn_cue(text, match.start()):
        return Strength.MECHANICAL
    return None


# --- payment cards ----------------------------------------------------------------------------

# 13-19 digits, unbroken or in the groups printed on cards: 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4
# (Diners), 4-5-6 (UATP), with one separator throughout.
_CARD = tuple(
    compile_pattern(source)
    for source in (
        rf"[0-9]{_BEFORE}[0-9]{{12,18}}{_AFTER}",
        rf"[0-9]{_BEFORE}[0-9]{{3}}(?P<sep>[\ -])[0-9]{{4}}(?P=sep)[0-9]{{4}}(?P=sep)[0-9]{{1,4}}"
        rf"(?:(?P=sep)[0-9]{{1,3}})?(?!(?P=sep)[0-9]){_AFTER}",
        rf"[0-9]{_BEFORE}[0-9]{{3}}(?P<sep>[\ -])(?:[0-9]{{6}}(?P=sep)[0-9]{{4,5}}"
        rf"|[0-9]{{5}}(?P=sep)[0-9]{{6}})(?!(?P=sep)[0-9]){_AFTER}",
    )
)


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn checksum."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _issued(digits: str) -> bool:
    """Whether the number starts with an issuer's prefix and has that issuer's length."""
    head = int(digits[:4])
    if digits[0] in "46":  # Visa; Discover, UnionPay, Maestro, RuPay
        return True
    if digits[0] == "5":  # Mastercard 51-55; Maestro and Dankort 50, 56-58
        return digits[1] != "9"
    if digits[0] == "3":  # Amex 34, 37; Diners 30, 36, 38, 39; JCB 35
        return digits[1] not in "12"
    if digits[0] == "2":  # Mastercard 2221-2720; Mir 2200-2204
        return 2221 <= head <= 2720 or 2200 <= head <= 2204
    return digits[0] == "1" and len(digits) == 15  # UATP


def _check_card(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    digits = match.group().replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn_valid(digits):
        return None  # 0000 0000 0000 0000 passes Luhn but is no card
    return Strength.MECHANICAL if _issued(digits) else None


# --- phone numbers ----------------------------------------------------------------------------

_EXTENSION = r"(?:\ {0,2}(?:ext\.?|extension|x)\ {0,2}[0-9]{1,5}(?![0-9]))?"

_PHONE = (
    # (815) 555-0143, (123) 456 7890, (523)222-8888 x623
    compile_pattern(
        rf"\((?<![\w(]\()[0-9]{{3}}\)\ ?[2-9][0-9]{{2}}[\ .-]?[0-9]{{4}}(?![0-9]){_EXTENSION}"
    ),
    # 815-555-0143, 815.555.0143, 815 555-0143 (area code and exchange start 2-9)
    compile_pattern(
        rf"[2-9](?<![\w+][2-9])[0-9]{{2}}[\ .-][2-9][0-9]{{2}}[\ .-][0-9]{{4}}(?![0-9]){_EXTENSION}"
    ),
    # 1-815-555-0143, 1.815.555.0143, 1 815 555 0143
    compile_pattern(
        rf"1(?<![\w+.\-]1)(?P<sep>[\ .-])[2-9][0-9]{{2}}(?P=sep)[2-9][0-9]{{2}}(?P=sep)[0-9]{{4}}"
        rf"(?![0-9]){_EXTENSION}"
    ),
    # +1 415 555 0132, +44 (20) 7123 4567, +442345678900: the plus sign says "phone number"
    compile_pattern(
        r"\+(?<![\w+]\+)[0-9]{1,15}(?:[\ .-]{1,2}(?:\([0-9]{1,4}\)|[0-9]{1,12})){0,6}(?![\w-])"
    ),
    # (+41) 22 730 5989
    compile_pattern(r"\((?<![\w(]\()\+[0-9]{1,3}\)(?:[\ .-]{1,2}[0-9]{1,12}){1,6}(?![\w-])"),
)
# 5678900 is too ambiguous alone; 567-8900 (a local number) unless both halves are round, as in
# the range "250-1500".
_LOCAL_PHONE = compile_pattern(rf"[2-9](?<![\w.\-/+$\#][2-9])[0-9]{{2}}-[0-9]{{4}}{_AFTER}")
# Ten unbroken digits, or eleven after a 1: a North American number without separators.
_BARE_PHONE = compile_pattern(rf"[0-9]{_BEFORE}[0-9]{{9,10}}{_AFTER}")
# Any number right after a phone cue: "call me at 07405 077156", "My CN number is 13812345678".
_CUED_PHONE = compile_pattern(
    r"""
    \b(?:phone|cell|mobile|tel|telephone|whatsapp|fax|call|text|txt|number|\#)\b
    [^0-9\n]{0,24}?
    (?P<number>(?:\+|\(\+?)?[0-9](?:[0-9]|[\ .-]{1,2}[0-9]|\)\ ?[0-9]|[\ .-]{1,2}\([0-9]){5,22})
    (?![\w-])
    """
)
_SSN_SHAPE = regex.compile(r"[0-9]{3}([-.\ ])[0-9]{2}\1[0-9]{4}")
# "number" is a cue only as someone's: "my number", "his cell number", "Jo's number"; and not
# when it is an account's, a card's or a case's.
_OWNER = regex.compile(r"(?:\b(?:my|his|her|their|your|our)|'s)\b(?P<between>[\ \w]{0,16})$")
_NOT_PHONE = read_word_list("personal_information_words.txt", "not_phone")


def _digit_count(value: str) -> int:
    return sum(char.isdigit() for char in value)


def _check_plus_phone(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    return Strength.JUDGMENT if 8 <= _digit_count(match.group()) <= 15 else None


def _check_local_phone(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    exchange, line = match.group().split("-")
    return None if exchange.endswith("0") and line.endswith("00") else Strength.JUDGMENT


def _check_bare_phone(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    digits = match.group()
    if len(digits) == 11 and digits[0] != "1":
        return None
    if digits.endswith("00000") or len(set(digits)) == 1:
        return None  # a round amount: 1000000000 views
    return Strength.JUDGMENT


def _check_cued_phone(match: regex.Match[str], text: NormalizedText) -> Strength | None:
    number = match.group("number")
    limit = 15 if number[0] in "+(" else 12  # a national number has at most 12 digits
    if not 7 <= _digit_count(number) <= limit or _SSN_SHAPE.fullmatch(number):
        return None
    if match.group()[0] in "n#":  # "number", "#": only someone's phone number
        owner = _OWNER.search(preceding(text.normalized, match.start(), 24))
        if owner is None or not _NOT_PHONE.isdisjoint(owner.group("between").split()):
            return None
    return Strength.JUDGMENT


# --- email addresses --------------------------------------------------------------------------

# The local part is bounded (RFC 5321: 64) so that a long run of letters with no "@" stays linear.
# A top-level domain is letters, or punycode (xn--p1ai).
_EMAIL = compile_pattern(
    r"""
    [\w.+-](?<![\w.+-][\w.+-])[\w.+-]{0,63}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}
    \.(?:[^\W\d_]{2,24}|xn--[a-z0-9-]{1,59})
    (?![\w-])
    """
)

# --- street addresses -------------------------------------------------------------------------

# A house number, up to three capitalised name words, and a street suffix. Runs on the original
# text: capitalisation is what tells "123 Main St" from "5 miles down the road".
_ADDRESS = compile_pattern(
    r"""
    \d(?<![\w-]\d)\d{0,5}\ +
    (?:[NSEW]\.?\ +)?
    (?:(?:\d{1,3}(?:st|nd|rd|th)|\d{1,5}[NSEW]|[A-Z][a-zA-Z'’-]{1,30})\ +){1,3}
    (?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way
       |terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq)
    \b\.?
    """
)

# Mail boxes and rural addresses: "PO Box 412", "P.O. Box 1187", "Post Office Box 9", "RR 2 Box
# 145", "Rural Route 3, Box 88", "HC 1 Box 5" (a highway contract route). Runs on the normalised
# text: these are written in any case.
_MAIL_BOX = compile_pattern(
    r"""
    (?:
        p(?<!\wp)\.?\ ?o\.?\ ?box
      | post(?<!\wpost)\ office\ ?box
      | r(?<!\wr)\.?\ ?r\.?\ ?\#?\d{1,3},?\ +box
      | rural(?<!\wrural)\ route\ ?\#?\d{1,3},?\ +box
      | h(?<!\wh)\.?\ ?c\.?\ ?\#?\d{1,3},?\ +box
    )
    \ ?\#?\ ?\d{1,6}[a-z]?(?!\w)
    """
)

# --- licence plates -----------------------------------------------------------------------------

# "plate", "license plate", "IL plates" and up to three filler words, then the plate itself.
_PLATE = compile_pattern(
    r"""
    (?:licen[cs]e\ {1,2}plates?|plates?)\b
    (?:[\ :\#.,"'(]{1,3}(?:number|num|no|nr|is|was|reads|read|says|said|illinois|il|ill|indiana
       |ind|of|on|the|car|truck|van|tag)\b){0,3}
    [\ :\#.,"'(]{1,4}
    (?P<plate>[a-z0-9]{1,8}(?:[\ -][a-z0-9]{1,5})?)
    (?![a-z0-9])
    """
)


def _plate_like(value: str) -> bool:
    letters = sum(char.isalpha() for char in value)
    digits = sum(char.isdigit() for char in value)
    return 4 <= letters + digits <= 8 and digits > 0 and (letters > 0 or digits >= 5)


@attrs.frozen
class _PlateDetector:
    """A licence plate named as one: "plate ABC 1234", "IL plates 12345", "license plate: K 12345".

    ``words`` are common words that are not the letters of a plate ("for", "the").
    """

    id: str
    words: frozenset[str]
    # A plate has a digit (see _plate_like).
    trigger: ClassVar[Trigger] = Trigger(characters=frozenset(_ANY_DIGIT))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        if "plate" not in text.normalized:
            return ()
        return list(self._plates(text))

    def _plates(self, text: NormalizedText) -> Iterator[Signal]:
        for match in islice(finditer(_PLATE, text.normalized), MAX_MATCHES):
            plate = match.group("plate")
            head, _, tail = plate.partition(" ") if " " in plate else plate.partition("-")
            start = match.start("plate")
            # "ABC 1234" is one plate; in "123 on Oak" only "123" is read, and in "for 2024" only
            # "2024": both too short to be plates.
            if tail and not any(char.isdigit() for char in tail):
                plate = head
            elif tail and head in self.words:
                plate, start = tail, start + len(head) + 1
            if not _plate_like(plate):
                continue
            yield Signal(self.id, *text.span(start, start + len(plate)), Strength.JUDGMENT)


# --- dates of birth -------------------------------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# A cue, then a full date (with its year) within a few words.
_BIRTH = compile_pattern(
    rf"""
    (?:dob|d\.o\.b|date\ of\ birth|birth\ ?date|birthday|born)\b
    (?=[^0-9\n!?]{{0,20}}[0-9])
    [^0-9\n!?]{{0,20}}?
    (?P<date>[0-9]{{1,2}}[/.-][0-9]{{1,2}}[/.-](?:19|20)?[0-9]{{2}}
      |(?:19|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}}
      |{_MONTH}\ {{1,2}}[0-9]{{1,2}}(?:st|nd|rd|th)?,?\ {{1,2}}(?:19|20)[0-9]{{2}}
      |[0-9]{{1,2}}(?:st|nd|rd|th)?\ {{1,2}}(?:of\ )?{_MONTH},?\ {{1,2}}(?:19|20)[0-9]{{2}})
    (?![0-9])
    """
)

# --- factories --------------------------------------------------------------------------------


def _ssn(config: DetectorConfig) -> RuleDetector:
    rules = (
        Rule(_SSN_FORMATTED, check=_check_formatted_ssn),
        Rule(_SSN_BARE, check=_check_bare_ssn),
        Rule(_SSN_ODD, check=_check_odd_ssn),
    )
    return RuleDetector(config.id, rules, needles=_ANY_DIGIT, gate=_SSN_DIGITS)


def _payment_card(config: DetectorConfig) -> RuleDetector:
    rules = tuple(Rule(pattern, check=_check_card) for pattern in _CARD)
    return RuleDetector(config.id, rules, needles=_ANY_DIGIT, gate=_CARD_DIGITS)


def _public_number(allowed: frozenset[str], check: Check | None, group: int | str = 0) -> Check:
    """``check``, and not one of the city's published numbers (compared by their last digits)."""

    def public(match: regex.Match[str], text: NormalizedText) -> Strength | None:
        digits = "".join(char for char in match.group(group) if char.isdigit())
        if any(digits.endswith(number) for number in allowed):
            return None
        return Strength.JUDGMENT if check is None else check(match, text)

    return public


def _phone(config: DetectorConfig) -> RuleDetector:
    # A city lists its own published numbers (City Hall, the police non-emergency line) in
    # ``allowed``: they are nobody's private information. Ten digits at most are compared.
    allowed = frozenset(
        digits[-10:]
        for digits in ("".join(filter(str.isdigit, a)) for a in config.allowed)
        if digits
    )
    checks: tuple[tuple[regex.Pattern[str], Check | None, int | str], ...] = (
        (_PHONE[0], None, 0),
        (_PHONE[1], None, 0),
        (_PHONE[2], None, 0),
        (_PHONE[3], _check_plus_phone, 0),
        (_PHONE[4], _check_plus_phone, 0),
        (_LOCAL_PHONE, _check_local_phone, 0),
        (_BARE_PHONE, _check_bare_phone, 0),
        (_CUED_PHONE, _check_cued_phone, "number"),
    )
    rules = tuple(
        Rule(
            pattern, group=group, check=_public_number(allowed, check, group) if allowed else check
        )
        for pattern, check, group in checks
    )
    return RuleDetector(config.id, rules, needles=_ANY_DIGIT, gate=_PHONE_DIGITS)


def _public_address(allowed: frozenset[str]) -> Check:
    """Not one of the city's published addresses, nor on one of its domains."""

    def public(match: regex.Match[str], text: NormalizedText) -> Strength | None:
        address = match.group()
        domain = address.rpartition("@")[2]
        if address in allowed or any(domain == d or domain.endswith("." + d) for d in allowed):
            return None
        return Strength.JUDGMENT

    return public


def _email(config: DetectorConfig) -> RuleDetector:
    # ``allowed``: the city's published addresses, or its domains ("citykankakee-il.gov").
    allowed = frozenset(a.strip().casefold().lstrip("@") for a in config.allowed if a.strip())
    rule = Rule(_EMAIL, check=_public_address(allowed) if allowed else None)
    return RuleDetector(config.id, (rule,), needles=("@",))


# A house number, a space and a capital or an ordinal, or a box number: every address needs one.
_ADDRESS_GATE = re.compile(r"[0-9] +(?:[NSEW]\.? +)?[0-9A-Z]|[Bb][Oo][Xx] ?#? ?[0-9]")


def _street_address(config: DetectorConfig) -> RuleDetector:
    rules = (Rule(_ADDRESS, original=True), Rule(_MAIL_BOX))
    return RuleDetector(
        config.id, rules, needles=_ANY_DIGIT, gate=_ADDRESS_GATE, gate_original=True
    )


def _licence_plate(config: DetectorConfig) -> _PlateDetector:
    return _PlateDetector(config.id, read_word_list("not_names.txt"))


def _date_of_birth(config: DetectorConfig) -> RuleDetector:
    # A date has a digit: one-character needles make the detector's trigger (see RuleDetector).
    rule = Rule(_BIRTH, group="date", needles=("dob", "d.o.b", "birth", "born"))
    return RuleDetector(config.id, (rule,), needles=_ANY_DIGIT)


FACTORIES: Mapping[str, DetectorFactory] = {
    "ssn": _ssn,
    "payment_card": _payment_card,
    "phone": _phone,
    "email": _email,
    "street_address": _street_address,
    "licence_plate": _licence_plate,
    "date_of_birth": _date_of_birth,
}
