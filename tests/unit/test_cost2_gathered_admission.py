"""The signals gathered around an anchor are read only where one of their rules may hold
(issue 9, performance: the cost2 branch).

A signal read by ``detectors._judged.Within`` (here the police, a guard or a guarded place with
what makes it usable, the signal ``watch`` of ``detectors/near.tsv``) holds only where, near a
match of its anchor, every part of one rule matches. Its trigger once read the anchor and the
first part of any rule, so a comment about policing with one word of a weakness ("understaffed",
"hiding", "FYI") called ``safety_disclosure``. It is now built from the rules: the anchor, the
rule's first part, and a word of the rarest slot of each of the rule's other parts. It must stay
a necessary condition: wherever the signal holds, it does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.detectors._judged import Within
from municipal_social_policy.detectors.phrases import read_phrases
from municipal_social_policy.detectors.triggers import Trigger
from municipal_social_policy.testing import assert_trigger_sound, build, signals
from municipal_social_policy.text import normalize

_SAFETY = build("safety_disclosure")
_CONFIDENTIAL = build("non_public_information")

# The safety detector is the narrow families, or else the signal gathered around [watch].
_GATHERED: Within = _SAFETY.then  # type: ignore[attr-defined]


def _first_gate(signal: Within) -> Trigger:
    """The trigger a signal had before: its anchor's with the first part of any rule."""
    anchor = signal.anchor.trigger
    assert anchor is not None
    if not all(signal.rules):
        return anchor  # a rule of the anchor alone
    firsts = [signal.parts[rule[0]].trigger for rule in signal.rules]
    return anchor & Trigger.any_of(*(t for t in firsts if t is not None))


def _no_larger(signal: Within) -> bool:
    """The rules' trigger has about as many alternatives as the first parts' gate (a part given
    by the detector may add one or two), not one for each rule and each of its patterns."""
    return len(signal.trigger.needs) <= len(_first_gate(signal).needs) * 1.1 + 2


# Written before the change, from our own heads, in residents' registers: disclosures a rule reads
# (a weakness with a moment or a site, an invitation, a post with "now", an officer's home, a
# shielded person named, an insider's telling) and what residents say of policing every day.
_PROBES = [
    "heads up, the only deputy on nights goes off at 2am, after that nobody patrols the lake",
    "back gate at the water plant is unlocked every weekend lol",
    "cops sitting behind the BP on Court st RIGHT NOW, go the back way",
    "the camera at the impound lot is a dummy, go whenever",
    "that sgt lives on Maple by the school, white truck in the drive",
    "only 1 guard at the courthouse after 5, just saying",
    "my cousin at records says the kid in the Oakwood case is the Millers boy",
    "the victim in the Dayton St assault is Jenna R, she works at the Kroger",
    "thank you KPD for the quick response on my street last night",
    "we need more officers on patrol downtown, please fund it",
    "the camera on 5th is broken, can the city fix it?",
    "police announced a DUI checkpoint this weekend, be safe",
    "the sheriff's office says the case is under investigation",
]

# Written before the change, from our own heads: residents talking about policing with one word of
# a weakness, a warning or a post, and nothing a rule pairs it with (no moment, no site, no
# invitation). The gathered detector's own trigger holds for each; no rule can.
_ONE_SIDED = [
    "the police department is understaffed and that is the mayor's fault",
    "POLICE ARE SHORT STAFFED BECAUSE COUNCIL WONT PAY THEM",
    "the jail is understaffed, everybody knows it",
    "cops been hiding behind the church all week, total speed trap",
    "FYI the police chief is doing a town hall",
    "psa: police are hiring, apply online",
]


@pytest.mark.parametrize("text", _ONE_SIDED)
def test_a_comment_no_rule_can_hold_in_does_not_call_the_gathered_signals(text: str) -> None:
    normalized = normalize(text)
    assert _first_gate(_GATHERED).holds(normalized), "the probe no longer tests the gate"
    assert not _GATHERED.trigger.holds(normalized)
    assert not signals(_GATHERED, text)


@pytest.mark.parametrize(
    "text",
    [
        "only one officer on duty tonight for the whole north end lol",
        "Cops at Main & 5th right now, go around",
        "the old camera by the police station is fake, it was never wired up",
    ],
)
def test_a_comment_a_rule_holds_in_still_calls_them(text: str) -> None:
    """Each rule's parts, the anchor's included, admit the comment they signal in."""
    assert signals(_GATHERED, text)
    assert _GATHERED.trigger.holds(normalize(text))
    assert msp.Evaluator(msp.load("kankakee")).evaluate(text).findings


@pytest.mark.parametrize("text", _PROBES)
def test_the_triggers_hold_wherever_the_detectors_signal(text: str) -> None:
    assert_trigger_sound(_SAFETY, text)
    assert_trigger_sound(_GATHERED, text)
    assert_trigger_sound(_CONFIDENTIAL, text)
    for part in _CONFIDENTIAL.parts:  # type: ignore[attr-defined]
        assert_trigger_sound(part, text)


def _vocabulary() -> list[str]:
    """Every word of the public-safety phrase file's sets: what a drawn comment is made of, so
    that anchors and the groups of the rules meet in any order and number."""
    sets = read_phrases("public_safety.phrases").sets
    return sorted({word.replace("_", " ") for words in sets.values() for word in words})


_WORDS = _vocabulary()
_FILLER = ["the", "at", "on", "Main", "5th", "3am", "and", "is", "not", ",", ".", "right now"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _FILLER), min_size=2, max_size=14))
def test_drawn_comments_signal_only_where_the_trigger_holds(words: list[str]) -> None:
    text = " ".join(words)
    assert_trigger_sound(_GATHERED, text)
    for part in _CONFIDENTIAL.parts:  # type: ignore[attr-defined]
        assert_trigger_sound(part, text)


def test_the_rules_trigger_is_no_larger_than_the_first_parts_gate() -> None:
    """The rules that open with one part share its trigger: the scan indexes and compares as
    many alternatives as before, not one for each rule and each of the part's patterns."""
    assert _no_larger(_GATHERED)
    for part in _CONFIDENTIAL.parts:  # type: ignore[attr-defined]
        assert _no_larger(part)
