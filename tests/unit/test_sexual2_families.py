"""Sexual content in words (Kankakee § V.2.5, Marseilles § 39.52(D)): the families of
``sexual_content.phrases``, each with near-misses that must not flag.

Sexual remarks about a person's body and acts aimed at a person, offers and requests of sex or
sexting, and pointers to the writer's own adult material are JUDGMENT evidence that Kankakee
reviews under § V.2.5; health, education, news, anatomy in ordinary use, dating in general, the
city's own events, quotations, reports and negations are no evidence.
"""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.detectors import BUILTIN_DETECTORS, Detector


@cache
def kankakee() -> msp.Evaluator:
    """An evaluator for the bundled Kankakee ordinance, compiled once."""
    return msp.Evaluator(msp.load("kankakee"))


@cache
def detector() -> Detector:
    """The sexual-content detector with no city words."""
    return BUILTIN_DETECTORS["sexual_content"](msp.DetectorConfig("sexual_content"))


def evidence(text: str) -> list[tuple[str, msp.Strength]]:
    """(evidence text, strength) of every signal of the detector in ``text``."""
    found = detector()(msp.normalize(text), msp.Comment(text))
    return [(text[s.start : s.end], s.strength) for s in found]


def assert_sexual(text: str) -> None:
    """The detector finds judgment evidence, and Kankakee flags the comment under V.2.5 (a
    listed profane word may make it a removal under the profanity detector, never this one)."""
    found = evidence(text)
    assert found, text
    assert {strength for _, strength in found} == {msp.Strength.JUDGMENT}, found
    verdict = kankakee().evaluate(text)
    assert verdict.decision is not msp.Decision.ALLOW, text
    assert ("V.2.5", "sexual_content") in {
        (f.clause.id, e.detector) for f in verdict.findings for e in f.evidence
    }


def assert_not_sexual(text: str) -> None:
    """The detector finds nothing."""
    assert evidence(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "She has a nice rack, I'd tap that",
        "damn she's got a great booty",
        "nice tits on her",
        "look at those titties",
        "Damn, she is looking pretty hot... I'd hit that",
        "would tap that ass",
        "I'd bang her",
        "wanna shag you so bad",
        "she can sit on my face anytime",
        "ride my dick",
        "I want to see you naked",
        "I'd love to see her naked",
        "wanna see me naked?",
        "bet she's a freak in bed",
        "bet he's good in the sheets",
        "I bet she swallows",
        "you make me so hard",
        "show me your boobs",
        "Your mom is hot, I'd smash",
        "Nice legs, what time do they open?",
    ],
)
def test_sexual_remarks_and_acts_aimed_at_a_person(text: str) -> None:
    assert_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "That buck had a huge rack on him",
        "Nice bike rack outside the new library",
        "Great rack of ribs at the BBQ fest",
        "Chicken breasts on sale at the farmers market",
        "Free breast cancer screening for residents this month",
        "I would never tap that keg again",
        "He was fired for saying she had a nice rack",
        'The councilman was recorded saying "I\'d tap that" about a staffer',
        "My cat sat on my face this morning",
        "My daughter is wild in bed, she kicks all night",
        "Santa will be at the library, kids can sit on his lap",
        "The new budget will make you moan",
        "Bang your head against the wall with this council",
        "The kid fell and landed on his big butt.",
        "I'm going to get her undressed for her bath",
        "I'd smash that pothole record if I could",
        "The dog's legs are sore, what time does the vet open?",
        "Do you like it when Trump grabs your pussy? Is that what you teach your daughter?",
    ],
)
def test_bodies_and_beds_in_ordinary_use_are_not_evidence(text: str) -> None:
    assert_not_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "Looking for a hookup tonight, DM me",
        "anyone up for a quickie?",
        "DTF? hmu",
        "looking for fwb",
        "Any women in Kankakee want to hook up",
        "hmu for a good time",
        "text me for a fun time ladies",
        "hmu if you're horny",
        "wanna sext?",
        "let's sext",
        "send me some spicy pics",
        "send me your nudes",
        "Sugar daddy wanted, 500 a week allowance",
        "I'm looking for a sugar daddy",
        "be my sugar daddy",
        "Hot singles in your area",
        "horny wives want to meet you tonight",
        "bored housewife looking for fun",
        "married but lonely",
        "seeking nsa fun",
        "Looking for a friend with benefits",
        "wanna netflix and chill?",
    ],
)
def test_offers_and_requests_of_sex_and_sexting(text: str) -> None:
    assert_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife and I met on a dating app",
        "Looking for a campsite with full hookups",
        "Anyone got a hookup on Bears tickets?",
        "How much is a hookup fee for city water?",
        "Looking for a quickie divorce lawyer",
        "Need a threesome for Saturday's golf outing",
        "We printed the shirts with DTF transfers",
        "Call me for a good time to meet about the petition",
        "The city treats developers like a sugar daddy",
        "Congrats on the baby! Send pics!",
        "Send us your spicy pics from the chili cookoff!",
        "Lonely moms in your area, join our support group",
        "Single moms in your area can apply for childcare help",
        "Bored moms looking for fun things to do with kids this summer",
        "The pastor was charged after sexting a minor",
        "My ex keeps sexting me and I want it to stop",
        "The senior singles dance is at the rec center Friday",
        "The city's Valentine's dance is Saturday at the Civic Center",
        "I'm not looking for a hookup, just friends",
        "Netflix and chill at home tonight, too cold for the parade",
    ],
)
def test_dating_utilities_and_city_events_are_not_evidence(text: str) -> None:
    assert_not_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "check my OF",
        "subscribe to my fansly babe",
        "OF link in bio",
        "nudes in bio",
        "dm for nudes",
        "spicy pics on my page",
        "18+ content at my page",
        "18+ pics in my bio",
        "Want to see my naughty pics? Link in bio",
    ],
)
def test_pointers_to_the_writers_adult_material(text: str) -> None:
    assert_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "I posted 18 pics on my page of the parade",
        "The library's 18+ content filter blocks too much",
        "The event is open to residents 18 and over",
        "Someone keeps posting porn on my page, how do I report it?",
        "The council approved part of the budget",
        "Free STD testing at the health department on Thursday",
        "The former coach was charged with sexual assault",
        "My dirty boots after the mud run",
        "I see OnlyFans is in the news again",
    ],
)
def test_counts_filters_news_and_health_are_not_evidence(text: str) -> None:
    assert_not_sexual(text)


@pytest.mark.parametrize(
    "text",
    [
        "She has a nice rack, I'd tap that",
        "Looking for a hookup tonight, DM me",
        "hmu for a good time",
        "check my OF",
        "18+ content at my page",
    ],
)
def test_the_trigger_holds_for_every_family(text: str) -> None:
    """The evaluator calls the detector on each family's phrasing: its trigger holds there."""
    testing.assert_trigger_sound(detector(), text)
    trigger = getattr(detector(), "trigger", None)
    assert isinstance(trigger, msp.Trigger)
    assert trigger.holds(msp.normalize(text))
