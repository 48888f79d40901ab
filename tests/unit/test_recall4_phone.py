"""The commercial offer test (§ V.2.9) reads a phone number as the ``phone`` detector does.

A sale whose only contact is a phone number is an advert; the phone number is the one the
``phone`` shapes of ``shapes.txt`` declare, so a number the personal-information detector does
not take for a phone (a range, an identifier, an SSN's shape) is no advert's contact either.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evidence_under
from municipal_social_policy.detectors.phones import phone_number


def _offered(text: str) -> bool:
    return "commercial_offer" in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "Brand new crib, never used, call 555-0111",
        "Licensed and insured, free estimates: 555-0143",
        "Cash only, pick up only. 555-0162",
        "Selling firewood, call 815-555-0111",
        "Selling firewood, call (815) 555-0111",
        "Selling firewood, call +1 815 555 0111",
        "Selling firewood, call me at 07405 077156",
    ],
)
def test_a_listing_with_a_phone_number_of_any_shape_is_an_offer(text: str) -> None:
    """A local seven-digit number is a phone for the offer test as for the phone detector."""
    assert phone_number(msp.normalize(text))
    assert _offered(text)


@pytest.mark.parametrize(
    "text",
    [
        # A range whose halves are both round is no local number.
        "Brand new houses on the east side sell for 250-1500 thousand.",
        # An identifier after its label is no phone.
        "Brand new copy, still in the plastic, ISBN 0192151940",
        # Three, two and four digits: the shape of an SSN, never a phone.
        "Brand new, works great, 078-05-1120",
    ],
)
def test_a_listing_with_a_number_that_is_no_phone_is_no_offer(text: str) -> None:
    """Without a phone (as the phone shapes read one), a price or a request, a cue is no advert."""
    assert not phone_number(msp.normalize(text))
    assert not _offered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call the water department at 555-0100 if your bill is wrong.",
        "My number is 555-0111, the clerk has it on file.",
    ],
)
def test_a_local_number_without_a_listing_is_no_offer(text: str) -> None:
    """A phone number alone, local or not, is no advert."""
    assert phone_number(msp.normalize(text))
    assert not _offered(text)
