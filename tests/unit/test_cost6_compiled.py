"""A trigger asked by a detector itself is read by a scan compiled for it, with the answers of
``Trigger.holds``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors.solicitation import offer_detector
from municipal_social_policy.detectors.triggers import Trigger
from municipal_social_policy.scan import compiled

WORDS = ("sale", "call", "me", "free", "drugs", "$", "40", "k1ll", "b*tch", "the")
TRIGGER = Trigger.any_of(
    Trigger.all_of(Trigger(tokens=frozenset({"sale"})), Trigger(tokens=frozenset({"call"}))),
    Trigger.all_of(Trigger(characters=frozenset("$")), Trigger(digits=2)),
    Trigger.all_of(Trigger(tokens=frozenset({"kill"})), Trigger(tokens=frozenset({"me", "free"}))),
    Trigger.all_of(Trigger(tokens=frozenset({"bitch"})), Trigger(length=12)),
)


@given(text=st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join))
def test_the_compiled_test_holds_where_the_trigger_holds(text: str) -> None:
    """Words, characters, computed conditions, disguised and masked words: the compiled test
    says what ``Trigger.holds`` says."""
    normalized = msp.normalize(text)
    assert compiled(TRIGGER)(normalized) is TRIGGER.holds(normalized)


@pytest.mark.parametrize(
    ("text", "holds"),
    [("sale, call me", True), ("call me", False), ("$40", True), ("k1ll me", True), ("", False)],
)
def test_the_compiled_test_of_examples(text: str, holds: bool) -> None:
    """Each alternative holds only with every one of its parts."""
    assert compiled(TRIGGER)(msp.normalize(text)) is holds


@pytest.mark.parametrize(
    "text",
    [
        "Selling firewood $80 a cord, call 815-555-0111",
        "Brand new mower, asking $250. Text me",
        "Most drugs except meth should be free & government controlled.",
        "Call me at 815-228-9704 about the TIF district.",
        "The council meets Tuesday about the levy.",
    ],
)
def test_an_offer_is_read_where_its_trigger_holds(text: str) -> None:
    """``offers`` gives the offer's spans where its trigger holds, and nothing elsewhere."""
    offer = offer_detector("commercial_offer")
    normalized = msp.normalize(text)
    assert offer.trigger is not None
    expected = list(offer.spans(normalized)) if offer.trigger.holds(normalized) else []
    assert list(offer.offers(msp.normalize(text))) == expected


def test_an_advert_is_an_offer() -> None:
    """A seller's advert is read as an offer (the test above compares more than empty lists)."""
    offer = offer_detector("commercial_offer")
    assert list(offer.offers(msp.normalize("Selling firewood $80 a cord, call 815-555-0111")))
