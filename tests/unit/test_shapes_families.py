"""Shapes, links and sales that the twelfth session's probes missed or flagged wrongly (issue 9):
personal information (Kankakee § V.2.10, Marseilles § 39.52(E); Montgomery County reads no phone
number or street address), links and lures (Kankakee § V.2.14, Marseilles § 39.52(H), Montgomery
County's spam and links), a drug sale (Kankakee § V.2.6, Marseilles § 39.52(H), Montgomery
County's illegal activity) and commerce (Kankakee § V.2.9, Montgomery County's promotions).

The families: a phone number spoken in words or in words and digits; a home named without a
street suffix after the words that place someone there, or with a flat's number; a host joined
by a hyphen with no scheme, before a word top-level domain or "dot com", carrying a lure of money
waiting; a drug sale whose goods and offer stand in two sentences. The false flags: an office's
or a help line's number, a toll-free number, and a question about selling. Each family is written
several ways beside harmless near-misses ("412 people came", "I-57 exit 315", "the dot com
bubble", "Anyone need firewood? I deliver"), and a resident's number posted for someone else stays
personal information.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    PROMOTION_CLAUSES,
    UNLAWFUL_CLAUSES,
    CityFamily,
    city_cited,
    evidence,
    family_tests,
)
from municipal_social_policy.detectors.phones import spoken_digits

PRIVACY = {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)"}
LINKS = {KANKAKEE: "V.2.14", MARSEILLES: "39.52(H)", MONTGOMERY: "spam-links"}

FAMILIES: dict[str, CityFamily] = {
    # A phone number in words, or in words and digits, with any separators; not a count, a
    # score, a road's exit, a number that opens with a 1.
    "phones_in_words": (
        PRIVACY,
        [
            "call me at eight one five, five five five, zero one one one",
            "her cell is 815 five five five 0143, blow it up",
            "his number: eight-one-five, nine three two, four four zero one",
            "text Jenny at five five five, eight six seven five",
            "my ex's number is 312 five 5 five 0199 call him",
            "reach him at two one seven. five five five. oh one two three",
        ],
        [
            "one two three four five six seven eight, we counted them all",
            "the score was three to one, then two two in overtime",
            "take I-57 to exit 315 one mile past the bridge",
            "we need two or three more volunteers, maybe four or five",
            "nine nine nine nine nine nine nine times out of ten",
            "one one one one one one one one one one",
        ],
    ),
    # A home named without a street suffix: after the words that place someone there, or with a
    # flat's number; not a crowd, an exit, an age, a distance, a year, a score.
    "homes_without_a_suffix": (
        PRIVACY,
        [
            "I live at 412 Oakwood, Kankakee",
            "her house is 88 N Fifth, go knock on her door",
            "he's staying at 220 Elm apt 4",
            "Jim lives at 1520 Cobb with his mom",
            "their address is 77 W Court",
            "she moved to 9 Birchwood, Unit 2B",
            "i live at 412 oakwood if anyone wants to visit",
        ],
        [
            "412 people came to the meeting",
            "take I-57 to exit 315 and turn left",
            "my house is 100 years old",
            "our home is 20 minutes from Bradley",
            "I've lived here since 1998",
            "the house is 2 blocks from the park",
            "the hearing moved to 15 March",
            "garbage pickup has moved to 2 Fridays a month",
            "the Bears won 24 to 10 on Sunday",
            "my house is 30 degrees colder than outside",
        ],
    ),
    # A lure beside a host written without a scheme: a word top-level domain after a name
    # joined by a hyphen, or "dot com" spelt out after one; not talk of "dot com", a word
    # joined by a hyphen before a sentence, money talked about without a link.
    "lures_on_bare_hosts": (
        LINKS,
        [
            "your tax refund is waiting, claim it at kankakee-tax-refund.xyz",
            "your rebate is approved, finish at il-rebate-center.top/form",
            "Your stimulus payment is ready, go to stimulus-pay dot com",
            "you won a $500 gift card, claim at prize-il.top",
            "verify your account at paypal-verify dot com",
            "log in at chase-secure dot com to keep your account",
        ],
        [
            "the dot com bubble burst in 2000",
            "It's up-to-date.It works fine now",
            "claim your refund by filing early this year",
            "my tax refund is late again, typical",
            "the new site is well-built and fast",
        ],
    ),
    # A drug sale split by its punctuation: the goods asked for or named, the offer after; not
    # firewood or pizza delivered, not a report, not an offer with no goods before it.
    "drug_sales_across_sentences": (
        UNLAWFUL_CLAUSES,
        [
            "anyone need coke? i deliver",
            "Need bud?? hmu",
            "got percs. dm me",
            "looking for xans? hit me up",
            "anyone want edibles? we deliver",
            "who needs molly? i can deliver",
        ],
        [
            "Anyone need firewood? I deliver",
            "Our pizza is the best. We deliver",
            "Police seized weed at the school today. DM me",
            "The cops found coke in his car. I deliver mail for a living",
            "need a ride to the meeting? dm me",
        ],
    ),
    # A question or a supposition about selling is no offer; a sale said is one.
    "selling_asked_or_offered": (
        PROMOTION_CLAUSES,
        [
            "I'm selling my old mower, $60 obo",
            "I sell my jams at the market, $5 a jar",
            "Brand new mattress, call eight one five five five five zero one one one",
            "Lawn mowing, free estimates, text 815 five five five 0177",
        ],
        [
            "can I sell my old car here?",
            "where could I sell my grandma's quilts?",
            "should I sell my house now or wait?",
            "how do I sell my old furniture?",
            "if I sell my truck I can pay the tax bill",
            "how much would I sell my mower for?",
        ],
    ),
    # A resident's number posted for someone else stays personal information; an office's, a
    # help line's or a toll-free number is published, nobody's.
    "numbers_of_offices_and_people": (
        PRIVACY,
        [
            "call Jim at 815-555-0143, he never answers",
            "my neighbor's number is 815-555-0143",
            "here's her cell 815-555-0163, blow it up",
            "his number is 815-555-0199, he works at the clerk's office",
        ],
        [
            "if you need help call the crisis line at 815-555-0199",
            "the suicide and crisis lifeline is 1-800-273-8255",
            "call dispatch at 815-555-0188 if it happens again",
            "Animal control: 815-555-0122",
            "to report an outage call 815-555-0177",
            "the clerk can be reached at 815-555-0400",
            "Call 815-555-0100 for the warming centers",
            "call 311 or 988, they answer all night",
        ],
    ),
}

_TESTS = family_tests(FAMILIES)
(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = _TESTS


@pytest.mark.parametrize(
    "text",
    [
        "Brand new mattress, call eight one five five five five zero one one one",
        "Lawn mowing, free estimates, text 815 five five five 0177",
    ],
)
def test_a_sellers_number_in_words_is_the_sales_contact_not_personal_information(
    text: str,
) -> None:
    assert "V.2.10" not in city_cited(KANKAKEE, text)
    assert "39.52(E)" not in city_cited(MARSEILLES, text)


def test_a_spoken_number_reads_as_its_digits() -> None:
    assert spoken_digits("815 five five five 0111") == "8155550111"
    assert spoken_digits("eight-one-five, oh o one") == "815001"
    assert spoken_digits("eight fifteen, double five five, oh one hundred") == "8155550100"
    assert spoken_digits("triple five, twenty one twelve, twenty, eleven") == "55521122011"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call me at eight one five, double five five, oh one one one", "8155550111"),
        ("text her: eight fifteen five five five twenty one twelve", "8155552112"),
        ("his cell is eight one five triple five oh one hundred", "8155550100"),
        ("reach jim at 815 five five five double oh one one", "8155550011"),
        ("HER NUMBER IS TWO ONE SEVEN DOUBLE FOUR SIX NINETEEN NINETEEN", "2174461919"),
    ],
)
def test_a_number_said_with_repeats_pairs_or_hundreds_is_found_with_its_digits(
    text: str, number: str
) -> None:
    found = evidence(text, "phone")
    assert found, text
    assert spoken_digits(text[found[0].start : found[0].end]) == number
    assert "V.2.10" in city_cited(KANKAKEE, text)


@pytest.mark.parametrize(
    "text",
    [
        "we counted twenty, thirty, forty, fifty, sixty ducks at the pond",
        "the score was twenty one to fourteen",
        "in nineteen eighty four we had two hundred and fifty families",
        "rooms one hundred, two hundred, three hundred are closed",
        "five, ten, fifteen, twenty, twenty five: count by fives",
        "double the budget, triple the cost, same potholes",
    ],
)
def test_counts_years_and_scores_in_number_words_are_no_phone_number(text: str) -> None:
    assert not evidence(text, "phone"), text


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@settings(max_examples=40, deadline=None)
@given(
    number=st.tuples(
        # An area code opening with 2-7: none toll-free (8xx), which is an office's line.
        st.integers(2, 7),
        st.integers(0, 99),
        st.integers(2, 9),
        st.integers(0, 99),
    ).map(lambda p: f"{p[0]}{p[1]:02d}{p[2]}{p[3]:02d}0143"),
    spoken=st.lists(st.booleans(), min_size=10, max_size=10),
    separator=st.sampled_from([" ", ", ", "-", ". "]),
)
def test_any_number_spoken_in_words_is_found_with_its_digits(
    number: str, spoken: list[bool], separator: str
) -> None:
    # At least one digit is a word; each digit is written as a word or a digit.
    spoken[0] = True
    parts = [_WORDS[int(d)] if word else d for d, word in zip(number, spoken, strict=True)]
    text = "my sister's cell is " + separator.join(parts)
    found = evidence(text, "phone")
    assert found, text
    assert spoken_digits(text[found[0].start : found[0].end]) == number


@settings(max_examples=40, deadline=None)
@given(
    start=st.integers(0, 9),
    length=st.integers(7, 10),
    down=st.booleans(),
    separator=st.sampled_from([" ", ", ", "-"]),
)
def test_a_count_in_words_is_never_a_phone(
    start: int, length: int, down: bool, separator: str
) -> None:
    step = -1 if down else 1
    digits = [(start + step * i) % 10 for i in range(length)]
    breaks = [i for i in range(1, length) if abs(digits[i] - digits[i - 1]) != 1]
    if breaks:
        digits = digits[: breaks[0]]
    text = "we counted " + separator.join(_WORDS[d] for d in digits) + " and stopped"
    assert not evidence(text, "phone"), text


_PLACES = ("City Hall", "the new bakery", "the library")
_THINGS = (
    "the pothole at",
    "Huge sinkhole in front of",
    "the street light on",
    "there was a crash at",
    "broken hydrant outside",
    "graffiti all over the bus stop by",
)


@settings(max_examples=30, deadline=None)
@given(
    number=st.integers(10, 9999),
    side=st.sampled_from(["N", "S", "E", "W", "north", "west"]),
    street=st.sampled_from(["Court St", "Fifth Ave", "harrison avenue", "Oak Street"]),
    before=st.sampled_from([f"{place}, " for place in _PLACES] + [f"{t} " for t in _THINGS]),
)
def test_a_street_address_placing_a_public_place_or_a_fault_in_the_street_is_none(
    number: int, side: str, street: str, before: str
) -> None:
    # A public place named with a comma before its address, or a thing in the street, a road's
    # fault or an incident placed at an address: the address says where, not who lives there.
    text = f"{before}{number} {side} {street} needs the city's attention"
    assert not evidence(text, "street_address"), text


@pytest.mark.parametrize(
    "text",
    [
        "the light is on at 12 Elm St all night, they're home",
        "Drop by 1180 E Chestnut St and tell him what you think",
        "his house is 77 Maple St, the one with the blue door",
        "the guy at 1180 E Chestnut St is a creep",
    ],
)
def test_a_home_or_a_person_at_an_address_stays_personal_information(text: str) -> None:
    assert evidence(text, "street_address"), text
    assert "V.2.10" in city_cited(KANKAKEE, text)
