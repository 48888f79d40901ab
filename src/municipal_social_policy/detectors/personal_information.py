"""Personal information (Kankakee § V.2.10): SSNs, payment cards, phones, emails, addresses.

An SSN and a Luhn-valid payment card are MECHANICAL evidence: they identify a person or an
account by themselves. A phone number, an email or a street address is JUDGMENT evidence: a
business's number or the commenter's own address may be fine, so a person decides.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ordinance import DetectorConfig
from ..verdict import Strength
from . import DetectorFactory
from ._patterns import PatternDetector, compile_pattern

__all__ = ["FACTORIES", "luhn_valid"]

# Each pattern starts with a definite character and puts its lookbehind after it, so the engine
# skips ahead to candidates (see PatternDetector).

# Three, two and four digits with the same separator; validity is checked by _is_ssn.
_SSN = compile_pattern(r"\d(?<![\d-]\d)\d{2}(?P<sep>[-\ ])\d{2}(?P=sep)\d{4}(?![\d-])")

# 13-19 digits, optionally in groups separated by single spaces or hyphens.
_CARD = compile_pattern(r"\d(?<![\d-]\d)(?:[\ -]?\d){12,18}(?![\d-])")

# North American numbers, area code and exchange starting 2-9: (815) 555-0143, 815.555.0143.
_PHONE = (
    compile_pattern(r"\([2-9]\d{2}\)\ ?[2-9]\d{2}[\ .-]\d{4}(?!\d)"),
    compile_pattern(r"[2-9](?<![\d+][2-9])\d{2}[\ .-][2-9]\d{2}[\ .-]\d{4}(?!\d)"),
)

# The local part is bounded (RFC 5321: 64) so that a long run of letters with no "@" stays linear.
_EMAIL = compile_pattern(
    r"""
    [\w.+-](?<![\w.+-][\w.+-])[\w.+-]{0,63}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24}
    (?![\w-])
    """
)

# A house number, up to three capitalised name words, and a street suffix. Runs on the original
# text: capitalisation is what tells "123 Main St" from "5 miles down the road".
_ADDRESS = compile_pattern(
    r"""
    \d(?<![\w-]\d)\d{0,5}\ +
    (?:[NSEW]\.?\ +)?
    (?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-zA-Z'’-]{1,30})\ +){1,3}
    (?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way
       |terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq)
    \b\.?
    """
)

# Issuer prefixes of the major networks (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay).
_CARD_PREFIXES = ("4", "34", "37", "36", "38", "30", "35", "6011", "65", "62", "64")


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn checksum."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_ssn(candidate: str) -> bool:
    # Area numbers 000, 666 and 900-999, group 00 and serial 0000 are never issued.
    area, group, serial = candidate[:3], candidate[4:6], candidate[7:]
    return area not in {"000", "666"} and area[0] != "9" and group != "00" and serial != "0000"


def _is_card(candidate: str) -> bool:
    digits = candidate.replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or not luhn_valid(digits):
        return False
    if len(set(digits)) == 1:  # 0000 0000 0000 0000 passes Luhn
        return False
    return (
        digits.startswith(_CARD_PREFIXES)
        or 51 <= int(digits[:2]) <= 55
        or (2221 <= int(digits[:4]) <= 2720)
    )


def _ssn(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, (_SSN,), Strength.MECHANICAL, accept=_is_ssn)


def _payment_card(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, (_CARD,), Strength.MECHANICAL, accept=_is_card)


def _phone(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, _PHONE, Strength.JUDGMENT)


def _email(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, (_EMAIL,), Strength.JUDGMENT, needle="@")


def _street_address(config: DetectorConfig) -> PatternDetector:
    return PatternDetector(config.id, (_ADDRESS,), Strength.JUDGMENT, original=True)


FACTORIES: Mapping[str, DetectorFactory] = {
    "ssn": _ssn,
    "payment_card": _payment_card,
    "phone": _phone,
    "email": _email,
    "street_address": _street_address,
}
