"""Families of private small talk and private requests under a road-work thread, cited under the
off-topic clause of every bundled city (issue 9, the twelfth session, offtopic).

Each family is a form of a private matter (condition 4 of ``detectors/off_topic.py``): a team's
season talked over, a private service or a spare thing asked for, a family's milestone, a
weekday's greeting, a film or a show judged, a concert gone to, a diet's pitch and one's own
things sold. Each flags only under a thread it shares no word with and only when it names
nothing of the city's business; the near-misses beside them answer the thread, name the city's
business (a sidewalk, the council, the leaves the city collects) or are the thread's own talk,
and are never cited under the clause nor removed.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    KANKAKEE,
    OFF_TOPIC_CLAUSES,
    CityFamily,
    city_evaluator,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # A team's staff, season, trades and form.
    "sports_talk": (
        OFF_TOPIC_CLAUSES,
        [
            "The Cubs badly need a new pitching coach",
            "Packers look unstoppable this season",
            "can't believe the Bulls traded their best player",
            "Yankees bullpen choked again last night",
            "The Lakers fired their coach lol",
            "the Browns defense is a mess",
            "Go Dodgers!!",
        ],
        [
            "Bears fans, the resurfacing on Main Street will slow game day traffic",
            "the coach of the high school team asked the council about the field",
            "the city fired the paving contractor last season",
        ],
    ),
    # A private service or a spare thing asked for.
    "private_requests": (
        OFF_TOPIC_CLAUSES,
        [
            "can somebody recommend a good dentist",
            "Could you recommend a pediatrician who takes new patients",
            "looking for a dependable babysitter for Saturday nights",
            "need a roofer, any suggestions?",
            "anyone know a decent mechanic who won't rip me off",
            "Does anybody have a spare stroller I could borrow",
            "in search of a math tutor for my 8th grader",
        ],
        [
            "looking for a contractor to fix my sidewalk when this is done",
            "can someone recommend a way to report a pothole",
            "does anyone have a map of the detours on Main Street?",
            "Does anyone have a spare leaf bag? I ran out",
        ],
    ),
    # A family's milestone, a weekday's greeting.
    "milestones_and_greetings": (
        OFF_TOPIC_CLAUSES,
        [
            "My granddaughter graduates from nursing college Friday!",
            "our son turned 21 today",
            "so proud of my daughter, first day at her new job",
            "my wife retired today after 30 years at the hospital",
            "Happy Thursday everybody",
            "happy hump day yall",
            "TGIF!!!",
        ],
        [
            "my son drives Main Street to work, how long are the detours?",
            "so proud of our road crews this week",
            "Happy Friday to the crews on Main Street, thank you",
        ],
    ),
    # A film, a show or an album judged; a concert or a game gone to.
    "shows_and_outings": (
        OFF_TOPIC_CLAUSES,
        [
            "Who else thinks the new Batman movie was boring?",
            "the new Olivia Rodrigo album is amazing",
            "that new Netflix series is awful honestly",
            "who else watched the finale last night",
            "Who's going to the Chris Stapleton concert?",
            "anybody going to the Bulls game Friday",
        ],
        [
            "who else thinks the resurfacing was done badly last time",
            "the new traffic lights on Main Street are terrible",
            "Who's going to the council meeting on the detours?",
        ],
    ),
    # A diet's pitch; one's own things sold; a reader sent to the inbox.
    "pitches_and_sales": (
        OFF_TOPIC_CLAUSES,
        [
            "Down 25 lbs with these shakes, message me",
            "I lost 40 pounds in three months, ask me how",
            "Trying to sell my boat before winter, DM if interested",
            "want to sell our old camper, runs great",
            "inbox me for prices on custom cakes",
        ],
        [
            "will the detours on Main Street hurt the shops that sell there?",
            "the city should sell the old garage on Main Street",
            "message me if you know when Main Street reopens",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


@pytest.mark.parametrize(
    "text",
    [
        "Packers look unstoppable this season",
        "can somebody recommend a good dentist",
        "Happy Thursday everybody",
        "the new Olivia Rodrigo album is amazing",
    ],
)
def test_without_a_thread_or_on_its_own_thread_small_talk_is_no_finding(text: str) -> None:
    """Conditions 1 and 2: without the post it answers, or answering a post it shares a word
    with, small talk is never off-topic."""
    kankakee = city_evaluator(KANKAKEE)
    assert not kankakee.evaluate(msp.Comment(text=text)).findings, text
    own = msp.Thread(topic="Open thread", text=text)
    cited = {f.clause.id for f in kankakee.evaluate(msp.Comment(text=text, thread=own)).findings}
    assert "V.2.1" not in cited, text
