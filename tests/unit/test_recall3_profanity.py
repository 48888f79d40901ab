"""Profanity (Kankakee § V.2.5): abbreviations, minced forms, oaths and compounds, for review.

Texting abbreviations of expletive phrases ("wtf", "fml"), "af" after an adjective, minced and
respelled forms ("effing", "fcuk"), the oaths and idioms that make "hell", "damn" and "crap"
expletives ("what the hell", "goddamn", "bull crap") and profane compounds ("shitpost") are
judgment evidence: a person reviews them, nothing is removed for them. The mild words alone,
their kind or mild idioms, and look-alikes ("the AF base", "the EFF", "damning evidence") are no
evidence at all.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator


def v25(text: str) -> list[msp.Finding]:
    """The § V.2.5 findings of the verdict on ``text``."""
    return [f for f in evaluator().evaluate(text).findings if f.clause.id == "V.2.5"]


def assert_reviewed(text: str) -> None:
    """``text`` is cited under § V.2.5 as judgment evidence only, and not removed."""
    found = v25(text)
    assert found, text
    assert all(f.strength is msp.Strength.JUDGMENT for f in found)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "wtf is going on with the water bill",
        "WTF!!! The road is closed again?",
        "Where tf are the snow plows",
        "fml, another boil order",
        "ffs just fix the potholes already",
        "idgaf what the council says",
        "Absolutely NFW.",
    ],
)
def test_texting_abbreviations_of_expletives_are_reviewed(text: str) -> None:
    """An abbreviation spells the expletive phrase it stands for."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "this plan is dumb af",
        "The council is corrupt AF",
        "It's cold af in the warming center",
        "these permit fees are ridiculous af",
    ],
)
def test_af_after_an_adjective_is_reviewed(text: str) -> None:
    """ "af" ("as fuck") intensifying an adjective."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "this effing road never gets fixed",
        "eff off with your parking tickets",
        "fking potholes everywhere",
        "fcuk this new parking meter",
        "the mothafuckin trash truck came at 5am",
        "what a sumbitch",
    ],
)
def test_minced_and_respelled_expletives_are_reviewed(text: str) -> None:
    """A minced form or a respelling reads as the expletive it spells: reviewed, not removed."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "What the hell is the city doing about the flooding?",
        "Where the hell did the bike lane go",
        "Get the hell out of our neighborhood with that plan",
        "go to hell",
        "This is goddamn ridiculous",
        "God damn it, the sirens again",
        "Dammit, missed the recycling pickup",
        "That's bull crap",
        "what a piece of crap",
    ],
)
def test_oaths_that_make_mild_words_expletives_are_reviewed(text: str) -> None:
    """ "hell", "damn" and "crap" in an oath or an expletive idiom."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "stop shitposting on the city page",
        "what an assclown",
        "for fucks sake fix the light",
        "What a dick.",
        "Bunch of pussies.",
    ],
)
def test_profane_compounds_are_reviewed(text: str) -> None:
    """Compounds of an expletive that the source lists lack."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was a hell of a commute this morning.",
        "The sermon was about heaven and hell.",
        "Damn, the road is closed again.",
        "Damn. You are right about the budget.",
        "That's crap, the budget was balanced.",
        "Someone who actually gives a damn about this town should run.",
        "Holy crap, the fireworks were great!",
        "The report is damning evidence of neglect.",
        "The damned souls in the painting are restored.",
        "AF Academy graduates visited the school.",
        "My initials are AF.",
        "The EFF filed a brief in the case.",
        "Hell yes, the park reopened!",
        "The intersection looks like hell after the storm.",
        "The TF met on Tuesday.",
        "lmao the parade float was great",
        "What the heck happened to the fountain?",
        "Pussy hats were everywhere at the march.",
        "The pussy willow by the library is blooming.",
        "Moby Dick is the book club's pick.",
        "Ask Dick Durbin's office about the grant.",
    ],
)
def test_mild_words_and_look_alikes_are_no_evidence(text: str) -> None:
    """Mild words alone, their kind or mild idioms, and look-alikes: no § V.2.5 finding."""
    assert v25(text) == []
    assert evaluator().evaluate(text).decision is msp.Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        'The word "wtf" has no place in a council agenda.',
        "He called the plan dumb af at the meeting.",
    ],
)
def test_mentioned_or_reported_abbreviations_are_judgment_at_most(text: str) -> None:
    """Talked about or reported, the new terms are still never a removal."""
    assert evaluator().evaluate(text).decision is not msp.Decision.REMOVE
