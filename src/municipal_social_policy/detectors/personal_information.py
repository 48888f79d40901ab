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

from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from . import DetectorFactory, Signal
from ._judged import outermost
from .lexicon import read_word_list, read_words
from .phones import phone_shapes, spoken_digits
from .shapes import WORDS_FILE, Check, Found, Shape, defined, find, load_shapes, signals, trigger_of
from .solicitation import OfferDetector, offer_detector
from .triggers import Trigger

__all__ = [
    "FACTORIES",
    "ShapeDetector",
    "luhn_valid",
    "offered_for_business",
    "office_address",
    "office_box",
    "office_number",
]

# The shapes of each detector are declared in shapes.txt; what follows is the judgment no pattern
# can make, as the validators the declarations name.

# --- social security numbers ---------------------------------------------------------------

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


def _check_formatted_ssn(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    return _ssn_valid(match.group().replace(match.group("sep"), ""))


def _check_bare_ssn(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    return _ssn_valid(match.group())


def _check_regrouped_ssn(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    return _ssn_valid(match.group().replace("-", ""))


# --- payment cards ----------------------------------------------------------------------------


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


def _check_card(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    digits = match.group().replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn_valid(digits):
        return False  # 0000 0000 0000 0000 passes Luhn but is no card
    return _issued(digits)


# --- street addresses ---------------------------------------------------------------------------

# Words that make "5 miles down the road" no street, and the street suffixes: "a 2 way street".
_NOT_STREET_NAMES = frozenset(read_words(WORDS_FILE, "not_street_names"))
_STREET_SUFFIXES = frozenset(read_words(WORDS_FILE, "street_suffixes"))
# A suffix may name a street after a direction or before an abbreviation: "77 e court st".
_STREET_ABBREVIATIONS = frozenset(read_words(WORDS_FILE, "street_abbreviations"))
_STREET_DIRECTIONS = frozenset(read_words(WORDS_FILE, "street_directions"))


def _check_street_name(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    # The context is a year's cue before the number ("summer 2007"): then it is no house number.
    if context is not None:
        return False
    name = match.group("name").split()
    if not _NOT_STREET_NAMES.isdisjoint(name):
        return False
    if _STREET_SUFFIXES.isdisjoint(name):
        return True
    # A suffix word as the name ("court" of "77 e court st"): only where a direction stands
    # before it, or a postal abbreviation ends the address after a number of two digits or
    # more; "a 2 way street" and "a 4 lane hwy" are prose.
    words = match.group().split()
    if words[1].rstrip(".") in _STREET_DIRECTIONS:
        return True
    return len(words[0]) > 1 and words[-1].rstrip(".") in _STREET_ABBREVIATIONS


_NOT_RESIDENCE_NAMES = _NOT_STREET_NAMES | frozenset(read_words(WORDS_FILE, "not_residence_names"))


def _check_street_residence(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    # The street's name: no word of a measure or of prose ("my house is 100 years old"), and
    # capitalised unless the comment has no capital at all ("i live at 412 oakwood").
    name = match.group("name")
    if name.casefold() in _NOT_RESIDENCE_NAMES:
        return False
    return name[0].isupper() or name[0].isdigit() or not _has_capital(match.string)


@lru_cache(maxsize=4)
def _has_capital(text: str) -> bool:
    """Whether ``text`` holds a capital letter: once per text, however many addresses it holds
    (a string's hash is kept with it, so the look-up costs no second reading)."""
    return text != text.lower()


# A house number that reads as a year: four digits from 1500 to 2099.
_YEAR = regex.compile(r"(?:1[5-9]|20)[0-9]{2}\b")


def _check_street_year(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    # A year after a year's cue ("Summer 2007 Assessment Drive") is no house number; a house
    # number that is no year stays one ("she lives in 45 Oak Street").
    return context is None or _YEAR.match(match.group()) is None


# --- licence plates -----------------------------------------------------------------------------

# Common words that are not the letters of a plate ("for", "the").
_NOT_PLATE = read_word_list("not_names.txt")


def _plate_like(value: str) -> bool:
    letters = sum(char.isalpha() for char in value)
    digits = sum(char.isdigit() for char in value)
    return 4 <= letters + digits <= 8 and digits > 0 and (letters > 0 or digits >= 5)


def _check_plate(
    match: regex.Match[str], context: regex.Match[str] | None
) -> bool | tuple[int, int]:
    plate = match.group("plate")
    head, _, tail = plate.partition(" ") if " " in plate else plate.partition("-")
    start = match.start("plate")
    # "ABC 1234" is one plate; in "123 on Oak" only "123" is read, and in "for 2024" only
    # "2024": both too short to be plates.
    if tail and not any(char.isdigit() for char in tail):
        plate = head
    elif tail and head in _NOT_PLATE:
        plate, start = tail, start + len(head) + 1
    return (start, start + len(plate)) if _plate_like(plate) else False


_CHECKS: Mapping[str, Check] = {
    "ssn_formatted": _check_formatted_ssn,
    "ssn_bare": _check_bare_ssn,
    "ssn_regrouped": _check_regrouped_ssn,
    "card": _check_card,
    "plate": _check_plate,
    "street_name": _check_street_name,
    "street_year": _check_street_year,
    "street_residence": _check_street_residence,
}

# --- the detectors ------------------------------------------------------------------------------

#: Whether a found shape is one the city published (its own numbers and addresses): never flagged.
Published = Callable[[Found], bool]
#: For a text, whether a found shape in it is what its writer offers as their own contact.
Offered = Callable[[NormalizedText], Published]


@attrs.frozen
class ShapeDetector:
    """Signals its ``shapes`` (see :mod:`.shapes`), less those ``published`` says the city
    published. Overlapping evidence keeps the outermost span; then a span inside one that
    ``offered`` says is not private information (a seller's contact) is dropped. Its
    ``trigger`` is derived from the shapes' declared anchors."""

    id: str
    shapes: tuple[Shape, ...]
    published: Published | None = None
    offered: Offered | None = None
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", trigger_of(self.shapes))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        found: Iterable[Found] = find(self.shapes, text)
        if self.published is not None:
            found = [item for item in found if not self.published(item)]
        offered = None if self.offered is None else self.offered(text)
        if offered is not None:
            found = list(found)
            dropped = signals(self.id, [item for item in found if offered(item)], text)
        signalled = signals(self.id, found, text)
        if len(signalled) > 1:
            signalled = list(outermost(signalled))
        if offered is not None and dropped:
            signalled = [
                signal
                for signal in signalled
                if not any(d.start <= signal.start and signal.end <= d.end for d in dropped)
            ]
        return signalled


@cache
def _shapes(detector: str) -> tuple[Shape, ...]:
    return phone_shapes() if detector == "phone" else load_shapes(detector, _CHECKS)


def _detector(
    config: DetectorConfig, published: Published | None = None, offered: Offered | None = None
) -> ShapeDetector:
    return ShapeDetector(config.id, _shapes(config.id), published, offered)


# How far an offer may be from the number it gives as the contact, on the same line.
_OFFER_REACH = 160


def offered_for_business(offer: OfferDetector) -> Offered:
    """For a text, whether a phone number in it is the contact a seller gives for their own
    offer, the offer read as ``commercial_offer`` reads one (``offer``:
    :func:`.solicitation.offer_detector`).

    "Selling firewood $80 a cord, call 815-555-0111": the number follows a contact verb ("call",
    "text me at", "call us:"), an offer stands on its line before it (or after it, in its
    sentence: "call 815-555-0111 for free estimates"), and nobody else is named around it ("he",
    "her"). § V.2.10 reads "behavior invasive of another person's or entity's privacy. Content
    containing personal identifiable information, such as an address, phone number...": a seller
    giving their own number for their own offer invades nobody's privacy. The advertisement is
    commercial solicitation (§ V.2.9), for the solicitation detectors to read. "Call her at", "if
    he does not pick up" and a number with no offer around it ("for a good time call ...") stay
    personal information.
    """

    def reading(text: NormalizedText) -> Published:
        offers: list[tuple[int, int]] | None = None  # read once a text, if a number asks

        def offered(found: Found) -> bool:
            nonlocal offers
            written, start, end = found.match.string, found.start, found.end
            if defined("contact").search(written[max(0, start - 24) : start]) is None:
                return False
            line_start = written.rfind("\n", 0, start) + 1
            line_end = written.find("\n", end)
            low = max(line_start, start - _OFFER_REACH)
            high = min(len(written) if line_end < 0 else line_end, end + _OFFER_REACH)
            sentence_end = defined("sentence_end").search(written, end, high)
            if sentence_end is not None:
                high = sentence_end.start()
            if defined("third_person").search(f"{written[low:start]} {written[end:high]}"):
                return False
            if offers is None:
                offers = list(offer.offers(text))
            return any(low <= first and last <= high for first, last in offers)

        return offered

    return reading


def _published_number(config: DetectorConfig) -> Published | None:
    # A city lists its own published numbers (City Hall, the police non-emergency line) in
    # ``allowed``: they are nobody's private information. Ten digits at most are compared.
    allowed = frozenset(
        digits[-10:]
        for digits in ("".join(filter(str.isdigit, a)) for a in config.allowed)
        if digits
    )
    if not allowed:
        return None

    def published(found: Found) -> bool:
        digits = spoken_digits(found.match.string[found.start : found.end])
        return any(digits.endswith(number) for number in allowed)

    return published


def _published_address(config: DetectorConfig) -> Published | None:
    # ``allowed``: the city's published addresses, or its domains ("citykankakee-il.gov").
    allowed = frozenset(a.strip().casefold().lstrip("@") for a in config.allowed if a.strip())
    if not allowed:
        return None

    def published(found: Found) -> bool:
        address = found.match.group()
        domain = address.rpartition("@")[2]
        return address in allowed or any(domain == d or domain.endswith("." + d) for d in allowed)

    return published


def _ssn(config: DetectorConfig) -> ShapeDetector:
    return _detector(config)


def _payment_card(config: DetectorConfig) -> ShapeDetector:
    return _detector(config)


def _phone(config: DetectorConfig) -> ShapeDetector:
    listed = _published_number(config)
    offered = offered_for_business(offer_detector(config.id))
    if listed is None:
        return _detector(config, office_number, offered)
    return _detector(config, lambda found: office_number(found) or listed(found), offered)


# How far from a phone number an office may be named, in its sentence.
_OFFICE_REACH = 80


def office_number(found: Found) -> bool:
    """Whether a phone number is an office's: a public place, a business or an office is named
    in its sentence ("call 815-933-0500 for the public works department", "the library's number
    is ...", "the county's non-emergency line", or a notice's words: "for more information call
    ..."), and nobody ("he", "her") is, nor the line called a person's own ("the clerk's
    personal cell", "his home phone"). § V.2.10 protects
    "another person's or entity's privacy"; an office publishes its number. "Call Jim at ...,
    he never answers" and "her number is ..., she works at the library" stay flagged. A
    toll-free number ("1-800-273-8255") is always a business's or an office's line."""
    return _toll_free(found) or _office_contact(found, office_after=True)


# Toll-free area codes: a number under one is paid for by whoever is called, a business or an
# office, never a person's private line.
_TOLL_FREE = read_word_list("personal_information_words.txt", "toll_free")


def _toll_free(found: Found) -> bool:
    digits = spoken_digits(found.match.string[found.start : found.end])
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[:3] in _TOLL_FREE


def office_address(found: Found) -> bool:
    """Whether an email address is an office's: as :func:`office_number`, with the office named
    before the address in its sentence ("email the clerk's office at ...", "the library's email
    is ..."), since what follows an address is as often its writer's own words ("my email is
    ... or this site")."""
    return _office_contact(found, office_after=False)


def _office_contact(found: Found, *, office_after: bool) -> bool:
    text, start, end = found.match.string, found.start, found.end
    before = text[max(0, start - _OFFICE_REACH) : start]
    after = text[end : end + _OFFICE_REACH]
    # A person named or a line called a person's own vetoes across sentences ("... call
    # 07772550782. If he does not pick up ..."); the office is read in the number's sentence.
    near = f"{before} {after}".casefold()
    if defined("third_person").search(near) or defined("private_line").search(near):
        return False
    opening = list(defined("sentence_end").finditer(before))
    if opening:
        before = before[opening[-1].end() :]
    closing = defined("sentence_end").search(after)
    if closing is not None:
        after = after[: closing.start()]
    named = f"{before} {after}" if office_after else before
    return defined("office").search(named.casefold()) is not None


def _email(config: DetectorConfig) -> ShapeDetector:
    listed = _published_address(config)
    if listed is None:
        return _detector(config, office_address)
    return _detector(config, lambda found: office_address(found) or listed(found))


def _street_address(config: DetectorConfig) -> ShapeDetector:
    return _detector(config, lambda found: publicly_located(found) or office_box(found))


def office_box(found: Found) -> bool:
    """Whether a mail box is an office's: named after the office in its sentence, as an office's
    email address is (:func:`office_address`: "send your payment to the Water Department, PO Box
    1234"). A street address is not read so: a home is often named after the office its owner
    works at ("the county clerk lives at ...")."""
    return found.shape.name == "address.box" and office_address(found)


# How far before an address the public place that owns it may be named, on the same line.
_PLACE_REACH = 64


def publicly_located(found: Found) -> bool:
    """Whether a street address is where a public place or a business is: "City hall is at 304 S
    Indiana Ave", "the new bakery on 5th Ave", "the library, located at ...", or after it: "385 E
    Oak St, city hall", "201 E Merchant St (the library)". § V.2.10 protects
    "another person's or entity's privacy"; a place open to the public publishes its address.
    A home ("his house at", "she lives on") is not one of these places and stays flagged."""
    text, start = found.match.string, found.start
    line_start = text.rfind("\n", 0, start) + 1
    return (
        defined("public_place").search(
            text[max(line_start, start - _PLACE_REACH) : start].casefold()
        )
        is not None
        or defined("public_place_after").search(
            text[found.end : found.end + _PLACE_REACH].casefold()
        )
        is not None
    )


def _licence_plate(config: DetectorConfig) -> ShapeDetector:
    return _detector(config)


def _date_of_birth(config: DetectorConfig) -> ShapeDetector:
    return _detector(config)


FACTORIES: Mapping[str, DetectorFactory] = {
    "ssn": _ssn,
    "payment_card": _payment_card,
    "phone": _phone,
    "email": _email,
    "street_address": _street_address,
    "licence_plate": _licence_plate,
    "date_of_birth": _date_of_birth,
}
