"""Off-topic small talk under a city thread (Kankakee § V.2.1), only to review.

Sports chatter, chain messages and recipes are forms of small talk; like a sales pitch they
flag only under a thread they share no word with, and only when they name nothing of the city's
business (the module's four conditions). The same words about the city, or without a thread,
flag nothing.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator

ROAD_WORK = msp.Thread(topic="Road work on Schuyler Avenue", text="Lanes close Monday to Friday.")


def v21(text: str, thread: msp.Thread | None = ROAD_WORK) -> list[msp.Finding]:
    """The § V.2.1 findings of the verdict on ``text`` answering ``thread``."""
    verdict = evaluator().evaluate(msp.Comment(text=text, thread=thread))
    return [f for f in verdict.findings if f.clause.id == "V.2.1"]


SMALL_TALK = [
    "What a game last night!",
    "Bears won 24-17, what a finish",
    "Cubs lost again lol",
    "Final score 3-2 Sox",
    "Anyone in a fantasy football league?",
    "Super Bowl party at my place!",
    "Copy and paste this to your wall, don't share",
    "Share this with 10 friends or you'll have bad luck for 7 years",
    "Type amen if you agree",
    "Preheat the oven to 350 and bake for 25 minutes",
    "Add 2 cups of flour and a tablespoon of sugar",
]


@pytest.mark.parametrize("text", SMALL_TALK)
def test_small_talk_unrelated_to_the_thread_is_reviewed(text: str) -> None:
    """Sports, chain messages and recipes under a road-work thread: review, never removal."""
    found = v21(text)
    assert found
    assert all(f.strength is msp.Strength.JUDGMENT for f in found)
    verdict = evaluator().evaluate(msp.Comment(text=text, thread=ROAD_WORK))
    assert verdict.decision is msp.Decision.REVIEW


@pytest.mark.parametrize("text", SMALL_TALK[:4])
def test_without_a_thread_nothing_is_off_topic(text: str) -> None:
    """Condition 1: without the post a comment answers, nothing is off-topic."""
    assert v21(text, None) == []


def test_small_talk_on_its_own_thread_is_on_topic() -> None:
    """Condition 2: a comment sharing a word with its thread answers it."""
    game = msp.Thread(topic="Watch the big game at the park", text="Bears game on the big screen.")
    assert v21("Bears won 24-17, what a finish", game) == []


@pytest.mark.parametrize(
    "text",
    [
        "What a game the council is playing with our taxes",
        "The high school game was moved because of the road closure, final score 21-7",
        "Great game last night, but the stadium parking was a mess and the police were great",
        "Share this with 10 neighbors: the lanes close Monday",
        "Add 2 cups of salt to the sidewalk before the freeze",
        "The mayor lost the vote 5-2",
    ],
)
def test_the_same_words_about_the_city_are_in_scope(text: str) -> None:
    """Condition 3: a comment naming the city's business is within the site's scope."""
    assert v21(text) == []
