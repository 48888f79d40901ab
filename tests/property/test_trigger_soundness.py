"""Triggers are necessary conditions: no built-in detector signals where its trigger fails.

The evaluator skips a detector whose trigger does not hold, so a trigger that is too narrow would
let a comment through unread. Here every built-in detector of the Kankakee ordinance is called
directly, trigger or not, on violations, their disguises, civic comments and arbitrary text.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.detectors import Detector
from municipal_social_policy.detectors.triggers import TriggerIndex


@cache
def detectors() -> tuple[Detector, ...]:
    """Every detector the Kankakee ordinance configures, built as the evaluator builds them."""
    ordinance = msp.load("kankakee")
    return tuple(
        msp.detectors.BUILTIN_DETECTORS[config.id](config)
        for category in ordinance.comment_policy.categories
        for config in category.detectors
    )


@given(comment=testing.trigger_soundness_comments())
def test_no_detector_signals_where_its_trigger_fails(comment: msp.Comment) -> None:
    """A detector whose trigger does not hold for a text finds nothing in it."""
    for detector in detectors():
        testing.assert_trigger_sound(detector, comment)


@cache
def index() -> TriggerIndex:
    """The index of those detectors' triggers, compiled once (it is immutable)."""
    return TriggerIndex.of([getattr(detector, "trigger", None) for detector in detectors()])


@given(comment=testing.trigger_soundness_comments())
def test_index_calls_exactly_the_detectors_whose_trigger_holds(comment: msp.Comment) -> None:
    """The index's one pass per comment agrees with testing each trigger on its own."""
    triggers = [getattr(detector, "trigger", None) for detector in detectors()]
    text = msp.normalize(comment.text)
    mask = index().called(text)
    for i, trigger in enumerate(triggers):
        assert bool(mask >> i & 1) is (trigger is None or trigger.holds(text))


# Price-like text round the commercial offer's "$" and "%": amounts, cut words, units, terms and
# contacts, glued or spaced, in any case.
_PRICE_PIECES = (
    *("$", "＄", "%", "50", "5", "4,500", "80.00", "１０", " ", "  ", ".", ",", "/", "-", "!"),
    *("off", "OFF", "discount", "offer", "each", "a", "per", "cord", "hr", "obo", "asking"),
    *("just", "for", "fee", "sale", "selling", "brand new", "call", "815-555-0143", "dm me"),
)


_PRICE_CUTS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(("$", "＄", "")),
        st.sampled_from(("5", "50", "10.5", "１０", "100")),
        st.sampled_from(("", " ", "  ")),
        st.sampled_from(("%", "", " %")),
        st.sampled_from(("", " ")),
        st.sampled_from(("off", "OFF", "discount", "offer", "Discount!", "of")),
    ),
)
_PRICE_TEXTS = st.lists(st.one_of(_PRICE_CUTS, st.sampled_from(_PRICE_PIECES)), max_size=8)


@settings(max_examples=300)
@given(text=_PRICE_TEXTS.map("".join))
def test_the_commercial_offer_signals_only_where_a_price_or_a_cut_admits_it(text: str) -> None:
    """A "$" is read only with a digit and a "%" only with "off" or "discount": the offer's
    trigger holds wherever it finds a price cut or an asking price."""
    for detector in detectors():
        if getattr(detector, "id", None) == "commercial_offer":
            testing.assert_trigger_sound(detector, text)
