"""A city's ``allowed`` and ``words`` are honoured by every built-in detector, on any comment."""

from __future__ import annotations

from functools import cache, lru_cache

from hypothesis import given

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
from municipal_social_policy import testing
from municipal_social_policy.detectors import Detector
from municipal_social_policy.detectors.catalogue import BUILTIN_SPECS
from municipal_social_policy.words import PLAIN

_COMMON_ALLOWED = sorted(
    i for i, spec in BUILTIN_SPECS.items() if spec.allowed is None and i != "protected_speech"
)


# Detectors are immutable and pure, so each configuration is built once, not once per example:
# building every detector takes about a second.


@lru_cache(maxsize=256)
def _allowing(detector_id: str, *allowed: str) -> Detector:
    """The built-in detector ``detector_id``, allowing ``allowed``."""
    return testing.build(detector_id, allowed=allowed)


@cache
def _with_words(detector_id: str) -> Detector:
    """The built-in detector ``detector_id``, given a city's words."""
    return testing.build(detector_id, words=["zorblax", "free money"])


@given(violation=mst.violating_comments())
def test_allowing_a_word_of_the_evidence_drops_the_signal(violation: mst.Violation) -> None:
    """For detectors with the common ``allowed``, no signal holds a word the city allowed."""
    comment = violation.comment
    for detector_id in _COMMON_ALLOWED:
        found = testing.evidence(_allowing(detector_id), comment)
        for text in found:
            words = PLAIN.findall(text.casefold())
            if not words:
                continue
            tuned = _allowing(detector_id, words[0])
            assert text not in testing.evidence(tuned, comment), (detector_id, text)


@given(comment=testing.trigger_soundness_comments())
def test_a_detector_with_a_citys_words_keeps_a_sound_trigger(comment: msp.Comment) -> None:
    """The trigger of a detector given ``words`` holds wherever one of them is signalled."""
    for detector_id in ("threat", "ssn", "campaign_advocacy", "spam_flood"):
        detector = _with_words(detector_id)
        testing.assert_trigger_sound(detector, comment)
        testing.assert_trigger_sound(detector, msp.Comment(text=comment.text + " free money"))
