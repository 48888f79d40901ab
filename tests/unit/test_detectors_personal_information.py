"""Unit tests for the number and pattern detectors of personal information (Kankakee § V.2.10).

An SSN written as one (or nine digits after "SSN") and a Luhn-valid card with an issuer's prefix
are MECHANICAL evidence (REMOVE); bare nine digits, phones, emails, licence plates and dates of
birth are JUDGMENT (REVIEW). The cases follow the peers' own test suites (Presidio, CommonRegex),
plus the look-alikes that must stay clean: amounts, ranges, URLs, identifiers, ZIP+4 codes.
"""

from __future__ import annotations

import attrs
import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator, evidence
from municipal_social_policy.detectors.personal_information import luhn_valid


def evidence_of(text: str, detector: str) -> list[msp.Evidence]:
    """The evidence ``detector`` contributed to the verdict on ``text``, spans checked."""
    found = evidence(text, detector)
    assert all(text[e.start : e.end] == e.text for e in found)
    return found


def decision(text: str) -> msp.Decision:
    """The decision on ``text``."""
    return evaluator().evaluate(text).decision


# --- SSN --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("078-05-1123", "078-05-1123"),
        ("078.05.1123", "078.05.1123"),
        ("abc 078 05 1123 abc", "078 05 1123"),
        ("my SSN is 078051121", "078051121"),
        ("Social security: 078051121.", "078051121"),
        ("SSN 07805-1121", "07805-1121"),
    ],
)
def test_ssn_formats_and_cued_digits_are_removed(text: str, ssn: str) -> None:
    """3-2-4 with one separator, or nine digits (any grouping) after an SSN cue: MECHANICAL."""
    [evidence] = evidence_of(text, "ssn")
    assert evidence.text == ssn
    assert decision(text) is msp.Decision.REMOVE


def test_bare_nine_digits_are_a_possible_ssn_for_review() -> None:
    """Nine bare digits that could be an SSN go to a person, not to removal."""
    [evidence] = evidence_of("078051121", "ssn")
    assert evidence.text == "078051121"
    assert decision("078051121") is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "078051120",  # the Woolworth wallet number, voided
        "000000000",
        "666000000",
        "078-05-0000",
        "078 00 1123",
        "693-09.4444",  # mixed separators
        "0780511201",  # ten digits: not an SSN
        "Kankakee, IL 60901-3933",  # a ZIP+4 code without an SSN cue
        "http://vimeo.com/107297364",
        "__UTMC=111461200",
        "2,124923004 views",
    ],
)
def test_not_ssn_evidence(text: str) -> None:
    """Invalid or voided numbers, ZIP+4 codes and numbers inside identifiers are no SSN."""
    assert evidence_of(text, "ssn") == []


# --- payment cards ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        "4012888888881881",
        "4012 8888 8888 1881",
        "371449635398431",
        "3714 496353 98431",
        "30569309025904",
        "5019717010103742",  # Dankort
        "6759649826438453",  # Maestro UK
        "3528000700000000",  # JCB
        "122000000000003",  # UATP
        "2223000048400011",  # Mastercard 2-series
    ],
)
def test_cards_with_an_issuer_prefix_and_a_valid_check_digit_are_removed(card: str) -> None:
    """A Luhn-valid number with an issuer's prefix and length is mechanical evidence."""
    text = f"my credit card: {card}"
    [evidence] = evidence_of(text, "payment_card")
    assert evidence.text == card
    assert decision(text) is msp.Decision.REMOVE


@pytest.mark.parametrize(
    "number",
    [
        "4012-8888-8888-1882",  # check digit off
        "36168002586008",
        "1748503543012",  # 13 digits starting with 1: not UATP
        "9111111111111111",  # no issuer
        "4012 88888 8888 1881",  # not a card's grouping
    ],
)
def test_not_card_evidence(number: str) -> None:
    """A failed check digit, no issuer prefix or a grouping no card uses is no card."""
    assert evidence_of(f"my card number is {number}", "payment_card") == []


def test_luhn() -> None:
    """The Luhn checksum accepts the standard test number and rejects a changed digit."""
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


# --- phone numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("(123) 456 7890", "(123) 456 7890"),
        ("1-234-567-8900", "1-234-567-8900"),
        ("call 567-8900 after six", "567-8900"),
        ("12345678900", "12345678900"),
        ("+41 22 730 5989", "+41 22 730 5989"),
        ("(+41) 22 730 5989", "(+41) 22 730 5989"),
        ("+442345678900", "+442345678900"),
        ("+44 (20) 7123 4567", "+44 (20) 7123 4567"),
        ("+33 1 42 68 53 00", "+33 1 42 68 53 00"),
        ("(523)222-8888 ext 527", "(523)222-8888 ext 527"),
        ("My Israeli number is 09-7625400", "09-7625400"),
        ("My CN number is 13812345678", "13812345678"),
        ("His number is 815 555 0199, call him", "815 555 0199"),
        ("call or text me 07405077156 on WhatsApp", "07405077156"),
    ],
)
def test_phone_formats_are_reviewed(text: str, phone: str) -> None:
    """North American, international and cued numbers are judgment evidence, one span each."""
    [evidence] = evidence_of(text, "phone")
    assert evidence.text == phone
    assert decision(text) is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "between 250-1500 units",  # a range of round numbers
        "1000000000 views",  # a round amount
        "Case number 3837252 was closed",  # "number" that is not someone's
        "my credit card number is 36168002586008",
        "5678900",  # seven bare digits are too ambiguous alone
        "vote +1 for this idea, 2020 2021",
        "٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic digits are not read as a phone number
        "https://example.com/watch?v=4155550132x",
    ],
)
def test_not_phone_evidence(text: str) -> None:
    """Ranges, amounts, others' numbers, short or non-ASCII digits and URLs are no phone."""
    assert evidence_of(text, "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Please call 815-933-0500 for the public works department",
        "The library's number is 815-937-3971 if you want to renew.",
        "Call the county non-emergency line at 815-802-7100.",
        "The clinic: (815) 933-0101, open until 5.",
    ],
)
def test_an_offices_number_is_not_personal(text: str) -> None:
    """A public place, a business or an office named in the number's sentence publishes it."""
    assert evidence_of(text, "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Call Jim at 815-933-0134, he never answers.",
        "Her number is 815-933-0134, she works at the library.",
        "The library is closed. Call Jo at 815-933-0134 instead.",
        "Text Sarah at 815-933-0134 and tell her what you think of the city.",
    ],
)
def test_a_persons_number_near_an_office_is_still_personal(text: str) -> None:
    """Someone named around it, or an office named only in another sentence."""
    assert evidence_of(text, "phone") != []


@pytest.mark.parametrize(
    "text",
    [
        "Mosquito spraying tonight, questions call Public Health 815-555-0177",
        "For more information call 815-555-0190.",
        "for more info call 815 555 0190 or visit the website",
        "To register for the summer camp call 815-555-0143 by May 1",
        "RSVP to 815-555-0122 by Friday, space is limited",
        "Senior rides: call the Council on Aging at 815-555-0147 two days ahead",
        "Tickets for the fish fry are at the VFW, call 815-555-0199 for info",
        "SCAM ALERT anyone who gets a call from 815-555-0155 claiming to be the IRS hang up",
    ],
)
def test_a_line_a_notice_gives_the_public_is_not_personal(text: str) -> None:
    """A notice's words ("for more information", "to register", "RSVP"), an organisation's
    name, or a number reported as a scam caller's: the line is published or a stranger's."""
    assert evidence_of(text, "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "for questions about why the mayor's son got the job call him at home 815-555-0127",
        "Info on the deadbeat dad: 815-555-0131, call him day and night",
        "RSVP? lol here is her cell 815-555-0133, everyone text her",
        "the city clerk's personal cell is 815-555-0134 if u want to really complain",
        "questions? the mayors home phone 815-555-0135",
        "For more information call 815-555-0136. If he does not pick up keep calling.",
    ],
)
def test_a_persons_number_in_a_notices_words_is_still_personal(text: str) -> None:
    """Someone named around the number, or the line called a person's own, outweighs an
    office's or a notice's words."""
    assert evidence_of(text, "phone") != []


# --- email ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email", ["user@xn--80ak6aa92e.com", "a@xn--d1acufc.xn--p1ai", "john_smith@gmail.com"]
)
def test_emails_including_punycode_domains_are_reviewed(email: str) -> None:
    """An email address, punycode top-level domains included, is judgment evidence."""
    text = f"write to {email} today"
    [evidence] = evidence_of(text, "email")
    assert evidence.text == email
    assert decision(text) is msp.Decision.REVIEW


@pytest.mark.parametrize("text", ["john.smith@gmail..com", "my email is info@presidio."])
def test_not_an_email(text: str) -> None:
    """A domain with an empty label or no top-level domain is no email."""
    assert evidence_of(text, "email") == []


# --- licence plates and dates of birth ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Her license plate is ABC 1234", "ABC 1234"),
        ("He drives a red truck, plate number K 12345", "K 12345"),
        ("IL plates: AB12345", "AB12345"),
        ("the car with plate 7781234 was here again", "7781234"),
    ],
)
def test_licence_plates_named_as_such_are_reviewed(text: str, plate: str) -> None:
    """A plate after "plate" or "license plate" is judgment evidence; the span is the plate."""
    [evidence] = evidence_of(text, "licence_plate")
    assert evidence.text == plate
    assert decision(text) is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Plates for 2024 cost too much",
        "the city should print plates on better metal",
        "ABC 1234 is my favourite song",  # no cue
        "a plate of 12 cookies",
    ],
)
def test_not_a_licence_plate(text: str) -> None:
    """Without the cue, or with a year, a word or a short number after it, there is no plate."""
    assert evidence_of(text, "licence_plate") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 03/04/1975", "03/04/1975"),
        ("her date of birth is 1975-03-04", "1975-03-04"),
        ("She was born on March 3, 1985 in Chicago", "March 3, 1985"),
        ("born 3rd of March 1985", "3rd of March 1985"),
    ],
)
def test_dates_of_birth_are_reviewed(text: str, date: str) -> None:
    """A full date after "DOB", "date of birth" or "born" is judgment evidence."""
    [evidence] = evidence_of(text, "date_of_birth")
    assert evidence.text == date
    assert decision(text) is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "I was born in 1985",
        "her birthday is March 3",
        "meeting on 03/04/2025 at city hall",
    ],
)
def test_not_a_date_of_birth(text: str) -> None:
    """A year alone, a birthday without a year, or a date without a cue is not a birth date."""
    assert evidence_of(text, "date_of_birth") == []


def test_criticism_with_a_phone_number_decides_like_praise_with_it() -> None:
    """Neutrality: the phone number decides, not the view of the mayor."""
    critic = "The mayor is doing a terrible job. Call me at 815-555-0143."
    fan = "The mayor is doing a great job. Call me at 815-555-0143."
    resident = "My neighbor is doing a terrible job. Call me at 815-555-0143."
    assert decision(critic) is decision(fan) is decision(resident) is msp.Decision.REVIEW


def _with_allowed(detector: str, allowed: tuple[str, ...]) -> msp.Evaluator:
    """Kankakee with ``allowed`` set on one personal-information detector."""
    ordinance = msp.load("kankakee")
    categories = tuple(
        attrs.evolve(
            category,
            detectors=tuple(
                attrs.evolve(config, allowed=allowed) if config.id == detector else config
                for config in category.detectors
            ),
        )
        for category in ordinance.comment_policy.categories
    )
    policy = attrs.evolve(ordinance.comment_policy, categories=categories)
    return msp.Evaluator(attrs.evolve(ordinance, comment_policy=policy))


def test_the_citys_published_numbers_and_domains_can_be_allowed() -> None:
    """``allowed`` exempts the city's own numbers and email domains; others are still found."""
    phones = _with_allowed("phone", ("(815) 933-0500",))
    assert phones.evaluate("Call City Hall at 815-933-0500.").decision is msp.Decision.ALLOW
    assert phones.evaluate("Call me at 815-555-0143.").decision is msp.Decision.REVIEW
    emails = _with_allowed("email", ("citykankakee-il.gov",))
    assert emails.evaluate("Write to clerk@citykankakee-il.gov").decision is msp.Decision.ALLOW
    assert emails.evaluate("Write to jane@example.com").decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "City Hall is at 304 S Indiana Ave, open 8 to 5.",
        "the new bakery on 455 n oak st has great bread",
        "The library, located at 201 E Merchant St, reopens Monday.",
        "Polling place: 1000 W Court St, Tuesday 6-7.",
        "The food pantry has moved to 12 River Rd.",
    ],
)
def test_the_address_of_a_public_place_or_business_is_not_personal(text: str) -> None:
    assert evidence_of(text, "street_address") == []


@pytest.mark.parametrize(
    "text",
    [
        "Her place: 1200 West Maple Ave",
        "His house at 88 Elm St has junk all over the lawn.",
        "He lives at 455 N Oak St, go tell him what you think.",
        "The library is closed, so meet me at home, 14 Birch Ln.",
    ],
)
def test_a_home_address_is_still_personal(text: str) -> None:
    assert evidence_of(text, "street_address") != []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the loud parties are at 77 e court st every weekend", "77 e court st"),
        ("that's her place, 1210 park ave", "1210 park ave"),
        ("they live at 84 n grove st by the school", "84 n grove st"),
        ("the farm is at 1457 n 3000w rd past the tracks", "1457 n 3000w rd"),
        ("his shop moved, he lives at 6620 e 2500n road now", "6620 e 2500n road"),
    ],
)
def test_a_street_named_by_a_suffix_or_a_grid_road_in_lower_case(text: str, address: str) -> None:
    """Issue 9: "court" or "park" names a street after a direction or before a postal
    abbreviation; a county's grid road ("n 3000w rd") has a number for its name."""
    assert [e.text for e in evidence_of(text, "street_address")] == [address]


# --- identifiers, addresses in passing (issue 9) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Route 17 should be a 4 lane hwy by now",
        "there is a 2 way street by the school",
        "the 2 court rooms on the third floor are full",
        "we walked 3 park trails last weekend",
    ],
)
def test_prose_with_a_suffix_word_is_no_address(text: str) -> None:
    """A small count before a suffix word and a suffix word without a direction or an
    abbreviation after it stay prose."""
    assert evidence_of(text, "street_address") == []


def test_the_bundled_ordinance_allows_the_citys_own_domain() -> None:
    """Kankakee § IV.1.1.3 publishes the city's domain; a resident's address stays personal."""
    assert evidence_of("Send questions to permits@citykankakee-il.gov", "email") == []
    found = evidence_of("Write to clerk@citykankakee-il.gov or to me, rgomez81@gmail.com", "email")
    assert [e.text for e in found] == ["rgomez81@gmail.com"]
    assert evidence_of("citykankakee-il.gov.verify@gmail.com wants your login", "email")


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I won't call you out on this one.  173.206.249.51",
        "I want the English version of the text! Thanks. 92.149.149.99",
        "Oxford University Press 1972 ISBN 0192151940, page 12",
        "[ISBN-10: 8487969402]",
        "Kyiv, 2009. ISBN 978-966-8764-96-7",
        "If you read the full text of PMID 12657413 you will see",
        "fulltext.htm;jsessionid=HSQHcPM!2092430889!181195628!8091!-1?index=1",
    ],
)
def test_ip_addresses_and_labelled_identifiers_are_no_phone_or_ssn(text: str) -> None:
    """An IP address after a word that cues a phone, a number after an identifier's label
    (ISBN, PMID), the head of a longer identifier and digits glued into a URL are no phone
    number or SSN."""
    assert evidence_of(text, "phone") == []
    assert evidence_of(text, "ssn") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Text me 815-555-0143.", "815-555-0143"),
        ("call 8155550143!", "8155550143"),
        ("Ask her, ISBN or not, at 815-555-0143", "815-555-0143"),
        ("His number is 815 555 0199, call him", "815 555 0199"),
    ],
)
def test_phones_next_to_the_new_exceptions_are_still_phones(text: str, phone: str) -> None:
    """A phone number at a sentence's end, after "!" or with a label far from it is still one."""
    assert [e.text for e in evidence_of(text, "phone")] == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "the 7/7 Tavistock Square bus bomb report",
        "the destruction of the Temple in 423 BCE way after the accepted dates",
        "for WikiProject Biography's Summer 2007 Assessment Drive.",
    ],
)
def test_dates_and_years_are_no_house_numbers(text: str) -> None:
    """A number in a date, a year after a year's cue and a street suffix followed by "after"
    make no street address, in capitals as in lower case."""
    assert evidence_of(text, "street_address") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("That's her dad.\nN277 N Brandenburg Ave\nMerrill", "N277 N Brandenburg Ave"),
        ("Street address......818 West Seventh Street", "818 West Seventh Street"),
        ("she lives in 45 Oak Street now", "45 Oak Street"),
    ],
)
def test_grid_addresses_and_addresses_after_dot_leaders_are_addresses(
    text: str, address: str
) -> None:
    """A grid house number ("N277") and a number after a dot leader or a cue that is no year's
    are still street addresses."""
    assert address in [e.text for e in evidence_of(text, "street_address")]


@pytest.mark.parametrize(
    "text",
    [
        "2015 Honda Civic $5000 obo call 815 555 0111",
        "Licensed and insured roofing, call 815-555-0144",
        "Brand new crib for sale, text me 815-555-0113",
    ],
)
def test_a_sellers_contact_is_read_beside_the_offer_solicitation_reads(text: str) -> None:
    """The phone detector asks the commercial offer's own reading (a price asked, an advert's
    words with its contact) whether the number is a seller's: the advert is cited under § V.2.9
    and the number is not personal information."""
    assert evidence_of(text, "phone") == []
    assert "V.2.9" in clauses(text)


def test_a_price_without_commas_is_a_price() -> None:
    """ "$5000 obo" is an asking price as "$4,500 obo" is."""
    assert evidence_of("2015 Honda Civic $5000 obo, message me", "commercial_offer") != []
