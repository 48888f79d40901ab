"""The public test support for detector authors does what the project's own tests rely on."""

from __future__ import annotations

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing


@attrs.frozen
class _Narrow:
    """A detector of "fee" whose trigger wrongly needs "rehoming"."""

    id: str = "narrow"
    trigger = msp.Trigger(tokens=frozenset({"rehoming"}))

    def __call__(self, text: msp.NormalizedText, comment: msp.Comment) -> list[msp.Signal]:
        start = text.normalized.find("fee")
        if start < 0:
            return []
        return [msp.Signal(self.id, *text.span(start, start + 3), msp.Strength.JUDGMENT)]


def test_evidence_is_the_original_text_of_each_signal() -> None:
    """``evidence`` reads spans in the original text, disguises and case included."""
    assert testing.evidence(testing.build("threat"), "I WILL SH00T YOU") == ["I WILL SH00T YOU"]
    assert testing.evidence(testing.build("ssn"), "ssn 078-05-1123 ok") == ["078-05-1123"]


def test_signals_rejects_a_span_outside_the_text() -> None:
    """A detector reporting a span past the end fails ``signals`` with the offending signal."""

    def broken(text: msp.NormalizedText, comment: msp.Comment) -> list[msp.Signal]:
        return [msp.Signal("broken", 0, 99, msp.Strength.JUDGMENT)]

    with pytest.raises(AssertionError, match="is not a span of the original text"):
        testing.signals(broken, "short")


def test_assert_trigger_sound_catches_a_trigger_that_is_too_narrow() -> None:
    """A signal where the trigger fails is an AssertionError naming the text and the fix."""
    testing.assert_trigger_sound(_Narrow(), "a rehoming fee")
    testing.assert_trigger_sound(_Narrow(), "no charge")
    with pytest.raises(AssertionError, match="widen the trigger"):
        testing.assert_trigger_sound(_Narrow(), "a small fee")


def test_build_checks_options_as_the_evaluator_does() -> None:
    """``build`` refuses an option the detector does not take, with the option's path."""
    with pytest.raises(msp.DetectorOptionError) as caught:
        testing.build("threat", options={"colour": "red"})
    assert caught.value.problems[0].startswith("detector.options.colour: the detector 'threat'")


def test_evidence_of_filters_a_verdict_by_detector() -> None:
    """``evidence_of`` gives every finding's evidence, or one detector's."""
    verdict = msp.evaluate(msp.load("kankakee"), "I will shoot you. Call 815-555-0143")
    assert {e.detector for e in testing.evidence_of(verdict)} >= {"threat", "phone"}
    assert [e.text for e in testing.evidence_of(verdict, "phone")] == ["815-555-0143"]
