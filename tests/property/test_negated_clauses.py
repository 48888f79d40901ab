"""The scope of a negator, as a property of whole comments: a negated clause that is complete
before a clause mark, "but", a dash or a sentence's end cancels nothing after it, and a negator in
the clause of what would be a finding cancels it, whatever the family (threats, personal attacks,
solicitation, campaigns)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp

# Complete clauses that hold a negator; none is a finding of its own.
_NEGATED = (
    "I don't care",
    "I'm not kidding",
    "You don't know anything",
    "Nobody asked",
    "I'm not a spammer",
    "Not gonna lie",
    "I never said that",
)
# What ends a clause, or opens a contrast.
_BOUNDARIES = (", ", " but ", ", but ", "; ", ". ", " - ", " — ")
# Findings said on their own, each with the detector that finds it.
_SAID = (
    ("I will kill you.", "threat"),
    ("I'm going to shoot you.", "threat"),
    ("you are an idiot.", "personal_attack"),
    ("you're pathetic.", "personal_attack"),
    ("check out my channel.", "self_promotion"),
    ("follow me on Instagram for more.", "self_promotion"),
    ("I endorse Kevin Walsh.", "campaign_advocacy"),
)
# The same findings negated in their own clause: "{negator} {said}" reads as a denial.
_DENIED = (
    ("I would never kill you.", "threat"),
    ("I'm not going to shoot you.", "threat"),
    ("I don't think you're an idiot.", "personal_attack"),
    ("you're not pathetic.", "personal_attack"),
    ("don't check out my channel.", "self_promotion"),
    ("never follow me on Instagram.", "self_promotion"),
    ("I don't endorse Kevin Walsh.", "campaign_advocacy"),
)


def _detectors(evaluator: msp.Evaluator, text: str) -> set[str]:
    verdict = evaluator.evaluate(text)
    return {e.detector for f in verdict.findings for e in f.evidence}


@given(
    negated=st.sampled_from(_NEGATED),
    boundary=st.sampled_from(_BOUNDARIES),
    said=st.sampled_from(_SAID),
)
def test_a_negated_clause_before_a_boundary_cancels_nothing_after_it(
    evaluator: msp.Evaluator, negated: str, boundary: str, said: tuple[str, str]
) -> None:
    """What follows a complete negated clause is found as it is found alone."""
    text, detector = said
    assert detector in _detectors(evaluator, text)
    assert detector in _detectors(evaluator, negated + boundary + text)


@given(
    lead=st.sampled_from(("", "Honestly, ", "Look, ", "To be clear, ")),
    denied=st.sampled_from(_DENIED),
)
def test_a_negator_in_the_findings_clause_cancels_it(
    evaluator: msp.Evaluator, lead: str, denied: tuple[str, str]
) -> None:
    """A negator in the clause of what would be a finding denies it, whatever comes before."""
    text, detector = denied
    assert detector not in _detectors(evaluator, lead + text)
