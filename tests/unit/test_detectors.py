"""Unit tests for the built-in detectors, run through ``msp.evaluate`` on the Kankakee ordinance.

Personal information is § V.2.10, profanity § V.2.5 and cyber attacks § V.2.14. SSNs, Luhn-valid
cards, injection payloads and listed profanity are mechanical evidence (REMOVE); phone numbers,
emails and street addresses need a person (REVIEW).
"""

from __future__ import annotations

from importlib import resources

import attrs
import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, kankakee
from municipal_social_policy.testing import evidence_of

WORD_LIST = resources.files("municipal_social_policy.detectors") / "profanity.txt"
needs_word_list = pytest.mark.skipif(
    not WORD_LIST.is_file(), reason="detectors/profanity.txt has not landed yet"
)


def judge(text: str, ordinance: msp.Ordinance | None = None) -> msp.Verdict:
    """The verdict on ``text`` under ``ordinance`` (Kankakee by default)."""
    return evaluator().evaluate(text) if ordinance is None else msp.evaluate(ordinance, text)


def detectors_of(verdict: msp.Verdict) -> set[str]:
    """The ids of the detectors behind a verdict's evidence."""
    return {item.detector for item in evidence_of(verdict)}


def assert_single_finding(verdict: msp.Verdict, category: str, clause_id: str) -> msp.Finding:
    """The verdict's one finding, checked to be of ``category`` citing ``clause_id``."""
    assert [(f.category, f.clause.id) for f in verdict.findings] == [(category, clause_id)]
    return verdict.findings[0]


def with_profanity_config(config: msp.DetectorConfig) -> msp.Ordinance:
    """Kankakee with the profanity category's detector configured by ``config``."""
    ordinance = kankakee()
    categories = tuple(
        attrs.evolve(category, detectors=(config,)) if category.code == "profanity" else category
        for category in ordinance.comment_policy.categories
    )
    policy = attrs.evolve(ordinance.comment_policy, categories=categories)
    return attrs.evolve(ordinance, comment_policy=policy)


# --- social security numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("My SSN is 356-21-4476", "356-21-4476"),
        ("my social is 356 21 4476.", "356 21 4476"),
        ("356-21-4476", "356-21-4476"),
        ("(SSN: 078-05-1123)", "078-05-1123"),
        ("SSN ３５６-２１-４４７６ ok", "３５６-２１-４４７６"),
        ("Straße, SSN\u200b 356-21-4476!", "356-21-4476"),
    ],
)
def test_ssn_is_removed_and_its_span_covers_exactly_the_number(text: str, ssn: str) -> None:
    """An SSN is mechanical evidence under § V.2.10, and the evidence is exactly the number."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REMOVE
    finding = assert_single_finding(verdict, "personal_information", "V.2.10")
    assert finding.strength is msp.Strength.MECHANICAL
    [evidence] = evidence_of(verdict, "ssn")
    assert (evidence.start, evidence.end) == (text.index(ssn), text.index(ssn) + len(ssn))
    assert evidence.text == ssn


@pytest.mark.parametrize(
    "text",
    [
        "000-12-3456",  # area 000 is never issued
        "666-12-3456",  # area 666 is never issued
        "912-12-3456",  # areas 900-999 are never issued
        "987 65 4321",
        "123-00-4567",  # group 00 is never issued
        "123-45-0000",  # serial 0000 is never issued
        "356-21 4476",  # mixed separators
        "356 21-4476",
        "35621-4476",
        "1356-21-4476",  # part of a longer number
        "356-21-44761",
        "078-05-1120",  # voided by the SSA after it was printed on a wallet insert
        "219-09-9999",  # voided: printed in an SSA pamphlet
        "123-45-6789",  # the placeholder
    ],
)
def test_not_an_ssn(text: str) -> None:
    """Numbers that cannot be SSNs, or are not written like one, are not SSN evidence."""
    verdict = judge(text)
    assert "ssn" not in detectors_of(verdict)
    assert verdict.decision is not msp.Decision.REMOVE


@pytest.mark.parametrize("text", ["815-555-0143", "(815) 555-0143", "815 555 0143"])
def test_phone_number_is_not_an_ssn(text: str) -> None:
    """A phone number is a phone number, never an SSN."""
    verdict = judge(text)
    assert detectors_of(verdict) == {"phone"}


# --- payment cards ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "card",
    ["4111 1111 1111 1111", "4012-8888-8888-1881", "378282246310005", "5555555555554444"],
)
def test_luhn_valid_card_is_removed(card: str) -> None:
    """A Luhn-valid card number (Visa, Amex, Mastercard test numbers) is mechanical evidence."""
    text = f"my card is {card} thanks"
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REMOVE
    assert_single_finding(verdict, "personal_information", "V.2.10")
    [evidence] = evidence_of(verdict, "payment_card")
    assert evidence.text == card
    assert evidence.start == text.index(card)


@pytest.mark.parametrize(
    "number",
    [
        "4111 1111 1111 1112",  # last digit off: fails the Luhn check
        "5555555555554445",
        "0000000000000000",  # passes Luhn, but is no card
        "0000 0000 0000 0000",
        "4111 1111 1111",  # too short
    ],
)
def test_not_a_card(number: str) -> None:
    """A number failing the Luhn check, all zeros, or too short is no card evidence."""
    verdict = judge(f"reference {number}")
    assert "payment_card" not in detectors_of(verdict)
    assert verdict.decision is not msp.Decision.REMOVE


# --- phone, email, street address: judgment -----------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    ["(815) 555-0143", "815-555-0143", "815.555.0143", "+1 815 555 0143", "８１５-５５５-０１４３"],
)
def test_phone_number_is_review_not_remove(phone: str) -> None:
    """A phone number is personal information only a person can judge: REVIEW, never REMOVE."""
    text = f"Call me at {phone} tonight"
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REVIEW
    finding = assert_single_finding(verdict, "personal_information", "V.2.10")
    assert finding.strength is msp.Strength.JUDGMENT
    assert finding.action is msp.Decision.REVIEW
    [evidence] = evidence_of(verdict, "phone")
    assert evidence.text in phone  # the country code "+1" may be left out
    assert sum(char.isdigit() for char in evidence.text) >= 10


@pytest.mark.parametrize(
    "email", ["jane.doe@example.com", "j+news@mail.kankakee.il.us", "ＪＯＥ@example.com"]
)
def test_email_is_review(email: str) -> None:
    """An email address is judgment evidence under § V.2.10: REVIEW."""
    text = f"write to {email} please"
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REVIEW
    assert_single_finding(verdict, "personal_information", "V.2.10")
    [evidence] = evidence_of(verdict, "email")
    assert evidence.text == email


@pytest.mark.parametrize(
    "address",
    [
        "123 Main Street",
        "45 N. Schuyler Ave",
        "1600 Court St",
        "8 East Oak Drive",
        # Mail boxes and rural addresses, in any case
        "PO Box 412",
        "P.O. Box 1187",
        "Post Office Box 9",
        "po box 77",
        "RR 2 Box 145",
        "Rural Route 3, Box 88",
        "r.r. 1 box 12a",
        "HC 1 Box 5",
        "2455 N 4000W Rd",
    ],
)
def test_street_address_is_review(address: str) -> None:
    """A street address is judgment evidence under § V.2.10: REVIEW."""
    text = f"She lives at {address} with her kids"
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REVIEW
    assert_single_finding(verdict, "personal_information", "V.2.10")
    [evidence] = evidence_of(verdict, "street_address")
    assert evidence.text.rstrip(".") == address.rstrip(".")
    assert evidence.start == text.index(address)


@pytest.mark.parametrize(
    "text",
    [
        "I drove 5 miles down the road",
        "We waited 20 minutes on the street",
        "3 cheers for the parks department",
        "the 2nd avenue of approach",
        "Put it in box 3 of the form",
        "Help! Box 12 of the archive is missing",
        "We need 2 more boxes of paper",
        "The ballot box 4 blocks away is closed",
    ],
)
def test_numbers_in_prose_are_not_addresses(text: str) -> None:
    """A number followed by ordinary words is not a street address."""
    verdict = judge(text)
    assert "street_address" not in detectors_of(verdict)


# --- cyber attacks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        "'; DROP TABLE comments; --",
        "' OR '1'='1",
        "admin'--",
        "1 UNION SELECT null, username FROM users",
        "' AND SLEEP(5)",
        "1; DROP TABLE users",
        "' or 1=1 --",
    ],
)
def test_sql_injection_is_removed_citing_v_2_14(payload: str) -> None:
    """SQL-injection syntax is mechanical evidence of a cyber attack: REMOVE under § V.2.14."""
    verdict = judge(payload)
    assert verdict.decision is msp.Decision.REMOVE
    finding = assert_single_finding(verdict, "cyber_attack", "V.2.14")
    assert finding.strength is msp.Strength.MECHANICAL
    assert detectors_of(verdict) == {"sql_injection"}


@pytest.mark.parametrize(
    "text",
    [
        "1 BY 1 INCH PILLOWS",
        "The union selected a new steward",
        "Drop by the table at the fair; delete from your calendar the old date",
        "I'd pick option 1 or 2 = same thing",
        "Select your union representative by Friday",
        "I'll update the table; it's fine",
        "Don't drop the ball -- we're counting on you",
    ],
)
def test_sql_words_in_prose_are_allowed(text: str) -> None:
    """Prose that uses SQL keywords as English words is not an attack."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "I love 'cats' and 'dogs' like crazy",
        'We sang "Happy" and "Joy" like pros',
        "Sleep (8 hours) is important for kids",
        "Benchmark (2023) results were published",
        "The plant runs until May; shutdown follows in June",
    ],
)
def test_quoted_words_and_sql_function_names_in_prose_are_allowed(text: str) -> None:
    """Quoted words joined by 'and'/'or', and words like sleep or shutdown, are not attacks."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.ALLOW
    assert "sql_injection" not in detectors_of(verdict)


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(document.cookie)",
        "<iframe src=//evil>",
        "<svg onload=alert(1)>",
        "<ＳＣＲＩＰＴ>alert(1)</ＳＣＲＩＰＴ>",
        "<scr\u200bipt>alert(1)</script>",
    ],
)
def test_script_injection_is_removed_citing_v_2_14(payload: str) -> None:
    """HTML/script injection, even obfuscated, is mechanical evidence under § V.2.14."""
    verdict = judge(f"nice post {payload}")
    assert verdict.decision is msp.Decision.REMOVE
    assert_single_finding(verdict, "cyber_attack", "V.2.14")
    assert "script_injection" in detectors_of(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "I <3 Kankakee",
        "a < b and c > d",
        "JavaScript is my favourite language",
        "freedom of expression (First Amendment)",
        "The script for the play is great",
        "Use the <b>bold</b> button",
    ],
)
def test_harmless_markup_look_alikes_are_allowed(text: str) -> None:
    """Angle brackets, the word JavaScript and parentheses are not script injection."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()


# --- evidence spans -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My SSN is 356-21-4476 and card 4111 1111 1111 1111",
        "Ｍｙ ＳＳＮ: ３５６-２１-４４７６; call (815) 555-0143",
        "Straße\u200b\u202e 45 N. Schuyler Ave, jane@example.com",
        "ﬁne '; DROP TABLE comments; -- <script>alert(1)</script>",
        "ǅ ß İ 356 21 4476 javascript:alert(document.cookie)",
    ],
)
def test_evidence_always_indexes_the_original_text(text: str) -> None:
    """For every piece of evidence, ``text[start:end]`` is its text and the span is in bounds."""
    verdict = judge(text)
    evidence = [item for finding in verdict.findings for item in finding.evidence]
    assert evidence
    for item in evidence:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text


# --- profanity ----------------------------------------------------------------------------------


@needs_word_list
@pytest.mark.parametrize("text", ["fuck this", "Fuck this", "FUCK THIS", "well, fuck."])
def test_expletives_are_judgment_evidence_citing_v_2_5(text: str) -> None:
    """An expletive is cited under § V.2.5 as judgment evidence: a person decides (REVIEW)."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REVIEW
    finding = assert_single_finding(verdict, "profanity", "V.2.5")
    assert finding.strength is msp.Strength.JUDGMENT
    [evidence] = finding.evidence
    assert evidence.text.casefold() == "fuck"


@needs_word_list
@pytest.mark.parametrize(
    ("text", "word"), [("blowjob pics here", "blowjob"), ("Nice TITTIES", "TITTIES")]
)
def test_obscene_terms_are_removed_citing_v_2_5(text: str, word: str) -> None:
    """An explicitly sexual term is mechanical evidence under § V.2.5: REMOVE."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REMOVE
    finding = assert_single_finding(verdict, "profanity", "V.2.5")
    assert finding.strength is msp.Strength.MECHANICAL
    listed = [evidence.text for evidence in finding.evidence if evidence.detector == "profanity"]
    assert listed == [word]


@needs_word_list
def test_a_masked_word_that_fits_an_expletive_reads_as_one() -> None:
    """ "motherfuc*a" fits the obscene "motherfucca" and the expletive "motherfucka": REVIEW."""
    verdict = judge("motherfuc*a this")
    assert verdict.decision is msp.Decision.REVIEW
    finding = assert_single_finding(verdict, "profanity", "V.2.5")
    assert finding.strength is msp.Strength.JUDGMENT
    assert judge("motherfucca this").decision is msp.Decision.REMOVE


@needs_word_list
@pytest.mark.parametrize(
    "text",
    ["Scunthorpe", "Middlesex", "Essex", "Cockburn", "assessment", "classic", "Dickinson"],
)
def test_place_names_and_words_containing_profanity_are_allowed(text: str) -> None:
    """The Scunthorpe problem: a word that merely contains a listed word is not profanity."""
    verdict = judge(f"I visited {text} last week")
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()


@needs_word_list
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ｆｕｃｋ this", "ｆｕｃｋ"),  # fullwidth letters
        ("f\u200bu\u200bc\u200bk this", "f\u200bu\u200bc\u200bk"),  # zero-width spaces
        ("fu\u0441k this", "fu\u0441k"),  # Cyrillic es for c
        ("\u202efuck\u202c this", "fuck"),  # bidi override
    ],
)
def test_obfuscated_profanity_is_still_found(text: str, word: str) -> None:
    """Fullwidth letters, zero-width spaces, look-alikes and bidi controls do not hide a word."""
    verdict = judge(text)
    assert verdict.decision is msp.Decision.REVIEW  # an expletive: judgment evidence
    finding = assert_single_finding(verdict, "profanity", "V.2.5")
    [evidence] = finding.evidence
    assert evidence.text == word
    assert evidence.start == text.index(word)


@needs_word_list
def test_city_can_add_words() -> None:
    """A city's ``words`` extend the shipped list, matched case-insensitively, phrases included."""
    ordinance = with_profanity_config(
        msp.DetectorConfig("profanity", words=("Kankaboozle", "holy moly"))
    )
    assert judge("you kankaboozle", ordinance).decision is msp.Decision.REMOVE
    verdict = judge("Holy   Moly!", ordinance)
    assert verdict.decision is msp.Decision.REMOVE
    [evidence] = assert_single_finding(verdict, "profanity", "V.2.5").evidence
    assert evidence.text == "Holy   Moly"
    assert judge("fuck this", ordinance).decision is msp.Decision.REVIEW  # the list still applies
    assert judge("you kankaboozle").decision is msp.Decision.ALLOW  # other cities unaffected


@needs_word_list
def test_city_can_allow_words() -> None:
    """A city's ``allowed`` words are exempt from the shipped list for that city only."""
    ordinance = with_profanity_config(msp.DetectorConfig("profanity", allowed=("Shit",)))
    assert judge("oh shit, the parade", ordinance).decision is msp.Decision.ALLOW
    assert judge("fuck this", ordinance).decision is msp.Decision.REVIEW
    assert judge("oh shit, the parade").decision is msp.Decision.REVIEW


def test_a_city_phrase_of_disguised_words_matches_in_any_spelling() -> None:
    """A ten-word phrase a city adds is found whatever spelling each word takes, and a run of
    disguised words that is not the phrase is not: spellings are followed word by word."""
    phrase = " ".join(f"w{i}rd" for i in range(10))
    ordinance = with_profanity_config(msp.DetectorConfig(id="profanity", words=(phrase,)))
    spelled = " ".join(f"w{i}rd" if i % 2 else f"W{i}RD" for i in range(10))
    assert evidence_of(judge(spelled, ordinance), "profanity")[0].text == spelled
    broken = spelled.replace("w5rd", "w5rx")
    assert evidence_of(judge(broken, ordinance), "profanity") == []
