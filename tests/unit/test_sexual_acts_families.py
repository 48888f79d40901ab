"""Sexual content told in words (Kankakee § V.2.5): sex acts in slang, a person's body remarked
on, a person greeted as sexy or called a hoe, and sex pitched near the reader (issue 9, the
eleventh session's merges); each family beside the near-misses that must stay free.

The verbs of these acts all have an everyday sense ("gave him a head start", "the car was
jacked off the ground", "banged her head", "got laid off", "my phone went down on me"), so the
patterns of ``sexual_content.phrases`` read an act only with its object and what follows it.
Every finding is judgment evidence: a person reviews it.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator
from municipal_social_policy.detectors import BUILTIN_DETECTORS, Detector


@cache
def detector() -> Detector:
    """The sexual-content detector with no city words."""
    return BUILTIN_DETECTORS["sexual_content"](msp.DetectorConfig("sexual_content"))


def evidence(text: str) -> list[msp.Strength]:
    """The strength of every signal of the detector in ``text``."""
    return [s.strength for s in detector()(msp.normalize(text), msp.Comment(text))]


def assert_sexual(text: str) -> None:
    """The detector finds judgment evidence only, and Kankakee cites § V.2.5 for review at least."""
    found = evidence(text)
    assert found, text
    assert set(found) == {msp.Strength.JUDGMENT}, text
    verdict = evaluator().evaluate(text)
    assert verdict.decision is not msp.Decision.ALLOW, text
    assert "V.2.5" in {f.clause.id for f in verdict.findings}, text


def assert_not_sexual(text: str) -> None:
    """The detector finds nothing, and Kankakee removes nothing."""
    assert evidence(text) == [], text
    assert evaluator().evaluate(text).decision is not msp.Decision.REMOVE, text


@pytest.mark.parametrize(
    "text",
    [
        "the new tenant gives great head, ask anybody",
        "she gave him head in the parking garage",
        "some creep was jerking off at the splash pad",
        "a guy jacked off in the reading room again",
        "she sucked him off behind the concession stand",
        "we were shagging all night after the parade",
        "I shagged her at the county fair",
        "they were humping on the slide at Cobb Park",
        "I boned him last weekend",
        "he railed her at the afterparty",
        "I want to bang your wife while you sit through the budget hearing",
        "I'd plow his girlfriend any day",
        "gonna nail ur sister tonight",
        "wanna bang tonight?",
        "I'd pound her all night",
        "just trying to get laid tonight, ladies",
        "he went down on her in the back row",
        "come over and ride me",
        "blow me, zoning board",
        "the mayor can blow me",
        "he came all over her face",
        "I'd love to get in her pants",
        "she deepthroated the mic at karaoke",
    ],
)
def test_sex_acts_told_in_slang(text: str) -> None:
    """An act of sex in slang, with its partner or its time, place or manner."""
    assert_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "she gave me a head start on the paperwork",
        "call the head office; he gives head counts every Monday",
        "the truck was jacked off the ground to change a tire",
        "the tree crew spent all day whacking off the dead limbs",
        "I banged my head on the low door of the annex",
        "she banged her car door on the pole",
        "they screwed him on the appraisal",
        "the pitcher nailed him in the elbow",
        "the champion pounded him in the fourth round",
        "they were screwing in the new light fixtures",
        "my laptop went down on me during the livestream",
        "she went down on her knees to pick up the coins",
        "he got laid off from the foundry last spring",
        "the new water main got laid in August",
        "the view will blow me away",
        "blow me a kiss from the float",
        "he reached into his pants pocket for the receipt",
        "the dog humped the sofa again",
        "we were banging on the door of the clerk's office",
        "residents were railing at the board all evening",
        "the cupboard door banged him in the head",
        "teens are going to have sex anyway, so teach them about condoms",
        "the bill would ban sexting between minors",
    ],
)
def test_everyday_senses_of_the_verbs_are_not_evidence(text: str) -> None:
    """The same verbs in their everyday senses, and sex named in a policy debate."""
    assert_not_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "the rack on that cashier is unbelievable",
        "did you see the boobs on that waitress",
        "nice cleavage at the hearing, alderwoman",
        "hey sexy, message me",
        "hi sexy lady",
        "she's a total hoe",
        "you are such a thot",
        "hot singles near you want to meet",
        "horny housewives near you",
        "naughty wives are waiting for you, click below",
        "girls stripping live on webcam, tap the link",
    ],
)
def test_bodies_greetings_names_and_pitches(text: str) -> None:
    """A person's body remarked on, a person greeted as sexy or called a hoe, sex pitched."""
    assert_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "the rack on that pickup holds four kayaks",
        "quartz has no cleavage, feldspar has perfect cleavage",
        "hey, sexy new benches on the riverwalk!",
        "the renovated depot is sexy now",
        "I bought a hoe and a rake at the hardware store",
        "the hoe at the community garden snapped",
        "lonely seniors near you can call the helpline",
        "the strip mall near you is getting a new webcam for security",
    ],
)
def test_tools_minerals_and_helplines_are_not_evidence(text: str) -> None:
    """A bike rack, a mineral's cleavage, a thing called sexy, a garden hoe, a helpline."""
    assert_not_sexual(text)


_VERBS = ["banged", "smashed", "screwed", "nailed", "pounded", "humped", "railed", "boned"]
_NOUNS = ["head", "car", "door", "knee", "window", "fence", "mailbox", "shin", "elbow", "trailer"]


@given(
    st.sampled_from(_VERBS), st.sampled_from(["her", "his", "my", "your"]), st.sampled_from(_NOUNS)
)
def test_a_thing_after_the_pronoun_is_never_an_act(verb: str, owner: str, noun: str) -> None:
    """A verb of sex followed by a possessive and a thing is a blow or a repair, never sex."""
    assert evidence(f"he {verb} {owner} {noun} on the way home") == []


@given(st.sampled_from(["banged", "humped", "shagged", "boned"]), st.sampled_from(["her", "him"]))
def test_an_act_with_a_person_and_a_time_is_read(verb: str, target: str) -> None:
    """The same verbs with a person and a time are read, whichever the verb and the person."""
    assert evidence(f"I {verb} {target} last night") == [msp.Strength.JUDGMENT]


def v25(text: str) -> list[msp.Finding]:
    """The § V.2.5 findings of the Kankakee verdict on ``text``."""
    return [f for f in evaluator().evaluate(text).findings if f.clause.id == "V.2.5"]


@pytest.mark.parametrize(
    "text",
    [
        "go f yourself, council",
        "just go f urself",
        "eff yourself and your tax hike",
        "what a pussy move",
    ],
)
def test_minced_retorts_and_slang_compounds_are_reviewed(text: str) -> None:
    """The bare letter before "yourself" and "pussy move" are profane, for review."""
    found = v25(text)
    assert found, text
    assert all(f.strength is msp.Strength.JUDGMENT for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "the pussy willows by the pond are out",
        "the F in the grade was yours",
        "the moving company will move your piano",
        "lmfao the agenda is four pages of nothing",
    ],
)
def test_willows_grades_and_laughter_are_not_profane(text: str) -> None:
    """A willow, a grade and laughter that the data's labellers did not count stay free."""
    assert not v25(text), text
