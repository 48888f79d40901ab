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

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, lru_cache
from itertools import pairwise

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from . import DetectorFactory, Signal
from ._judged import outermost
from .lexicon import read_word_list, read_words
from .shapes import WORDS_FILE, Check, Found, Shape, defined, find, load_shapes, signals, trigger_of
from .triggers import Trigger

__all__ = [
    "FACTORIES",
    "ShapeDetector",
    "luhn_valid",
    "offered_for_business",
    "office_address",
    "office_box",
    "office_number",
    "phone_number",
    "phone_number_trigger",
    "spoken_digits",
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


# --- phone numbers ----------------------------------------------------------------------------

_NOT_PHONE = read_word_list("personal_information_words.txt", "not_phone")


def _digit_count(value: str) -> int:
    return sum(char.isdigit() for char in value)


def _check_international_phone(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    return 8 <= _digit_count(match.group()) <= 15


# How far back the label of an identifier may stand before its number ("ISBN-10: ").
_LABEL_REACH = 16


def _labelled(match: regex.Match[str], start: int) -> bool:
    """Whether an identifier's label stands right before ``start``: "ISBN 0192151940", "PMID
    12657413" (the define ``identifier``)."""
    text = match.string
    return defined("identifier").search(text[max(0, start - _LABEL_REACH) : start]) is not None


def _check_separated_phone(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    return not _labelled(match, match.start())


def _check_local_phone(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    exchange, line = match.group().split("-")
    return not (exchange.endswith("0") and line.endswith("00")) and not _labelled(
        match, match.start()
    )


def _check_unbroken_phone(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    digits = match.group()
    if len(digits) == 11 and digits[0] != "1":
        return False
    if digits.endswith("00000") or len(set(digits)) == 1:
        return False  # a round amount: 1000000000
    return not _labelled(match, match.start())


def _check_cued_phone(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    number = match.group("number")
    limit = 15 if number[0] in "+(" else 12  # a national number has at most 12 digits
    if not 7 <= _digit_count(number) <= limit or defined("ssn_shape").fullmatch(number):
        return False
    if defined("ip_host").fullmatch(number) or _labelled(match, match.start("number")):
        return False  # an IP address; "PMID 12657413"
    if match.group()[0] in "n#":  # "number", "#": only someone's phone number (the context)
        return context is not None and _NOT_PHONE.isdisjoint(context.group("between").split())
    return True


# What each number word of a spoken number stands for, from shape_words.txt's orders: a digit
# word its digit ("oh" and "o" are zero), a teen or a tens word its two digits, "hundred" and
# "thousand" their zeros; "double" and "triple" how many times the next digit is said.
_DIGIT_WORDS = {
    word: str(i) if i < 10 else "0" for i, word in enumerate(read_words(WORDS_FILE, "digit_words"))
}
_TEEN_WORDS = {word: str(10 + i) for i, word in enumerate(read_words(WORDS_FILE, "teen_words"))}
_TENS_WORDS = {word: str(2 + i) for i, word in enumerate(read_words(WORDS_FILE, "tens_words"))}
_ZEROS_WORDS = {word: "0" * (2 + i) for i, word in enumerate(read_words(WORDS_FILE, "zeros_words"))}
_REPEAT_WORDS = {word: 2 + i for i, word in enumerate(read_words(WORDS_FILE, "repeat_words"))}
# A token of a spoken number: a word or a run of digits.
_SPOKEN = regex.compile(r"[a-z]+|[0-9]+")


def _spoken(number: str) -> Iterator[tuple[int, str, bool | None]]:
    """The parts of a number written in digits or number words, each as its end in ``number``,
    its digits and how it was said: ``False`` in digits, ``True`` as a digit word, ``None`` as a
    word for several digits ("double five" is ``"55"``, "twenty one" ``"21"``, "twenty"
    ``"20"``, "hundred" ``"00"``). A word that is no number word stands for nothing."""
    folded = number.casefold()
    tokens = [(token.group(), token.end()) for token in _SPOKEN.finditer(folded)]
    i = 0
    while i < len(tokens):
        word, end = tokens[i]
        after = _DIGIT_WORDS.get(tokens[i + 1][0], "") if i + 1 < len(tokens) else ""
        if word[0].isdigit():
            yield end, word, False
        elif word in _DIGIT_WORDS:
            yield end, _DIGIT_WORDS[word], True
        elif word in _REPEAT_WORDS and after:
            i += 1
            yield tokens[i][1], after * _REPEAT_WORDS[word], None
        elif word in _TENS_WORDS:
            pair = after not in ("", "0")  # "twenty one" is one pair, "twenty" alone ends in 0
            i += pair
            yield tokens[i][1], _TENS_WORDS[word] + (after if pair else "0"), None
        else:
            yield end, _TEEN_WORDS.get(word) or _ZEROS_WORDS.get(word, ""), None
        i += 1


def spoken_digits(number: str) -> str:
    """The digits of a number written in digits or number words: "815 five five five 0111" is
    ``"8155550111"``, "eight fifteen, double five five, oh one hundred" ``"8155550100"``; a word
    that is no number word stands for nothing."""
    return "".join(digits for _, digits, _ in _spoken(number))


# The lengths of a North American number: an exchange and its line, with an area code, after a 1.
_NUMBER_LENGTHS = frozenset({7, 10, 11})


def _north_american(digits: str) -> bool:
    """Whether ``digits`` read as a North American number: seven digits (an exchange), ten (an
    area code and an exchange) or eleven after a 1, each part opening with 2-9, not one digit
    repeated, not a count ("two three four five six seven eight")."""
    steps = {int(b) - int(a) for a, b in pairwise(digits)}
    if steps <= {1} or steps <= {-1}:
        return False
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) == 10:
        digits, area = digits[3:], digits[0]
    elif len(digits) == 7:
        area = "2"
    else:
        return False
    return area not in "01" and digits[0] not in "01" and len(set(digits)) > 1


def _check_spelled_phone(
    match: regex.Match[str], context: regex.Match[str] | None
) -> bool | tuple[int, int]:
    # The longest run of the match's first tokens that reads as a number and holds a word: the
    # run may go on into a count ("... zero one one one one more time").
    text = match.string
    before = text[match.start() - 1 : match.start()]
    if before and before in "-/.#$+@":
        return False  # "I-57 ...", a part of an identifier
    # It holds a word and at least one digit said alone: "twenty, thirty, forty, fifty, sixty"
    # is a count, not a number.
    best: tuple[int, int] | None = None
    digits, worded, plain = "", False, False
    for end, part, said in _spoken(match.group()):
        worded = worded or said is not False
        plain = plain or said is not None
        digits += part
        if len(digits) > 11:
            break
        if worded and plain and len(digits) in _NUMBER_LENGTHS and _north_american(digits):
            best = (match.start(), match.start() + end)
    return best if best is not None else False


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
    "international_phone": _check_international_phone,
    "separated_phone": _check_separated_phone,
    "local_phone": _check_local_phone,
    "unbroken_phone": _check_unbroken_phone,
    "cued_phone": _check_cued_phone,
    "spelled_phone": _check_spelled_phone,
    "plate": _check_plate,
    "street_name": _check_street_name,
    "street_year": _check_street_year,
    "street_residence": _check_street_residence,
}

# --- the detectors ------------------------------------------------------------------------------

#: Whether a found shape is one the city published (its own numbers and addresses): never flagged.
Published = Callable[[Found], bool]


@attrs.frozen
class ShapeDetector:
    """Signals its ``shapes`` (see :mod:`.shapes`), less those ``published`` says the city
    published. Overlapping evidence keeps the outermost span; then a span inside one that
    ``offered`` says is not private information (a seller's contact) is dropped. Its
    ``trigger`` is derived from the shapes' declared anchors."""

    id: str
    shapes: tuple[Shape, ...]
    published: Published | None = None
    offered: Published | None = None
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", trigger_of(self.shapes))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        found: Iterable[Found] = find(self.shapes, text)
        if self.published is not None:
            found = [item for item in found if not self.published(item)]
        offered = self.offered
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
    return load_shapes(detector, _CHECKS)


def phone_number(text: NormalizedText) -> bool:
    """Whether ``text`` holds a phone number as the ``phone`` detector reads one: a shape of
    ``detector phone`` in ``shapes.txt``, with its validator ("815-555-0111", "(815) 555-0164",
    a local "555-0111", "call me at 07405 077156"). The city's published numbers and a seller's
    own contact are still phone numbers here: they are what the commercial offer test of
    :mod:`.solicitation` asks for (a sale whose only contact is a phone)."""
    return next(iter(find(_shapes("phone"), text)), None) is not None


def phone_number_trigger() -> Trigger:
    """A trigger that holds wherever :func:`phone_number` may: the pre-checks of the phone
    shapes, derived from them (:func:`~.shapes.trigger_of`)."""
    trigger = trigger_of(_shapes("phone"))
    assert trigger is not None  # every shape has a pre-check
    return trigger


def _detector(
    config: DetectorConfig, published: Published | None = None, offered: Published | None = None
) -> ShapeDetector:
    return ShapeDetector(config.id, _shapes(config.id), published, offered)


# How far an offer may be from the number it gives as the contact, on the same line.
_OFFER_REACH = 160


def offered_for_business(found: Found) -> bool:
    """Whether a phone number is the contact a seller gives for their own offer.

    "Selling firewood $80 a cord, call 815-555-0111": the number follows a contact verb ("call",
    "text me at", "call us:"), the same line offers goods or services for sale before it (or
    after it, in its sentence: "call 815-555-0111 for free estimates"), with an offer word or a
    price, and nobody else is named around it ("he", "her"). § V.2.10 reads "behavior invasive of
    another person's or entity's privacy. Content containing personal identifiable information,
    such as an address, phone number...": a seller giving their own number for their own offer
    invades nobody's privacy. The advertisement is commercial solicitation (§ V.2.9), for the
    solicitation detectors to read. "Call her at", "if he does not pick up" and a number with no
    offer around it ("for a good time call ...") stay personal information.
    """
    text, start, end = found.match.string, found.start, found.end
    if defined("contact").search(text[max(0, start - 24) : start]) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[max(line_start, start - _OFFER_REACH) : start]
    after = text[end : min(len(text) if line_end < 0 else line_end, end + _OFFER_REACH)]
    sentence_end = defined("sentence_end").search(after)
    if sentence_end is not None:
        after = after[: sentence_end.start()]
    if defined("third_person").search(before + " " + after) is not None:
        return False
    return defined("offer").search(before) is not None or defined("offer").search(after) is not None


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
    if listed is None:
        return _detector(config, office_number, offered_for_business)
    return _detector(
        config, lambda found: office_number(found) or listed(found), offered_for_business
    )


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
