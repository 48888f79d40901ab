"""Phone numbers as the library reads them (Kankakee § V.2.10): the judgment the phone shapes of
``shapes.txt`` name (``detector phone``), and whether a text holds one.

The ``phone`` detector (:mod:`.personal_information`) and the commercial offer test
(:mod:`.solicitation`: a sale whose only contact is a phone) read phone numbers alike, from
here; neither imports the other's module for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from itertools import pairwise

import regex

from ..text import NormalizedText
from .lexicon import read_word_list, read_words
from .shapes import WORDS_FILE, Check, Shape, defined, find, load_shapes, trigger_of
from .triggers import Trigger

__all__ = ["PHONE_CHECKS", "phone_number", "phone_number_trigger", "phone_shapes", "spoken_digits"]

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


#: The validators the phone shapes of ``shapes.txt`` name.
PHONE_CHECKS: Mapping[str, Check] = {
    "international_phone": _check_international_phone,
    "separated_phone": _check_separated_phone,
    "local_phone": _check_local_phone,
    "unbroken_phone": _check_unbroken_phone,
    "cued_phone": _check_cued_phone,
    "spelled_phone": _check_spelled_phone,
}


@cache
def phone_shapes() -> tuple[Shape, ...]:
    """The shapes of ``detector phone`` in ``shapes.txt``, with their validators."""
    return load_shapes("phone", PHONE_CHECKS)


def phone_number(text: NormalizedText) -> bool:
    """Whether ``text`` holds a phone number as the ``phone`` detector reads one: a shape of
    ``detector phone`` in ``shapes.txt``, with its validator ("815-555-0111", "(815) 555-0164",
    a local "555-0111", "call me at 07405 077156"). The city's published numbers and a seller's
    own contact are still phone numbers here: they are what the commercial offer test of
    :mod:`.solicitation` asks for (a sale whose only contact is a phone)."""
    return next(iter(find(phone_shapes(), text)), None) is not None


def phone_number_trigger() -> Trigger:
    """A trigger that holds wherever :func:`phone_number` may: the pre-checks of the phone
    shapes, derived from them (:func:`~.shapes.trigger_of`)."""
    trigger = trigger_of(phone_shapes())
    assert trigger is not None  # every shape has a pre-check
    return trigger
