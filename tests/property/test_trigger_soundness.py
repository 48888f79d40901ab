"""Triggers are necessary conditions: no built-in detector signals where its trigger fails.

The evaluator skips a detector whose trigger does not hold, so a trigger that is too narrow would
let a comment through unread. Here every built-in detector of the Kankakee ordinance is called
directly, trigger or not, on violations, their disguises, civic comments and arbitrary text.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
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


@st.composite
def _texts(draw: st.DrawFn) -> msp.Comment:
    kind = draw(st.sampled_from(("violation", "disguised", "civic", "any")))
    if kind in ("violation", "disguised"):
        comment = draw(mst.violating_comments()).comment
        if kind == "disguised":
            comment = msp.Comment(text=draw(mst.obfuscations(comment.text)))
        return comment
    if kind == "civic":
        return draw(mst.comments())
    return msp.Comment(text=draw(st.text(max_size=200)))


@given(comment=_texts())
def test_no_detector_signals_where_its_trigger_fails(comment: msp.Comment) -> None:
    """A detector whose trigger does not hold for a text finds nothing in it."""
    text = msp.normalize(comment.text)
    for detector in detectors():
        trigger = getattr(detector, "trigger", None)
        if trigger is not None and not trigger.holds(text):
            assert list(detector(text, comment)) == [], (detector, comment.text)


@given(comment=_texts())
def test_index_calls_exactly_the_detectors_whose_trigger_holds(comment: msp.Comment) -> None:
    """The index's one pass per comment agrees with testing each trigger on its own."""
    triggers = [getattr(detector, "trigger", None) for detector in detectors()]
    text = msp.normalize(comment.text)
    mask = TriggerIndex.of(triggers).called(text)
    for i, trigger in enumerate(triggers):
        assert bool(mask >> i & 1) is (trigger is None or trigger.holds(text))
