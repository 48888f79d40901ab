"""Unit tests for ``unrelated_to_thread``: off-topic comments (Kankakee § V.2.1).

Only with the thread, only to REVIEW, never from keywords alone (PETA v. Tabak): a signal needs a
thread, no word in common with it, nothing within the city's business, and the form of a private
matter (a sales pitch, a personal message). Any civic subject, from any viewpoint, is in scope.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator

ROAD_WORK = msp.Thread(topic="Road work on Schuyler Avenue", text="Lanes close Monday to Friday.")


def v21(text: str, thread: msp.Thread | None = ROAD_WORK) -> list[msp.Evidence]:
    """The V.2.1 evidence in the verdict on ``text`` answering ``thread``, spans checked."""
    verdict = evaluator().evaluate(msp.Comment(text=text, thread=thread))
    found = [e for f in verdict.findings if f.clause.id == "V.2.1" for e in f.evidence]
    assert all(text[e.start : e.end] == e.text for e in found)
    assert all(f.action is msp.Decision.REVIEW for f in verdict.findings if f.clause.id == "V.2.1")
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Check out my store, 20% off all candles!",
        "Happy birthday sis, love you!",
        "Lost my cat, a grey tabby, please message me",
        "Make money from your couch with crypto, DM me",
    ],
)
def test_private_matters_unrelated_to_thread_and_city_are_reviewed(text: str) -> None:
    """A sales pitch or a personal message sharing nothing with the thread or the city."""
    assert v21(text)
    verdict = evaluator().evaluate(msp.Comment(text=text, thread=ROAD_WORK))
    assert verdict.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday to the road crew, thanks for fixing Schuyler!",  # shares the thread
        "When will the potholes on Court St be fixed?",  # another civic subject is in scope
        "The mayor should resign over the budget.",  # criticism, in scope
        "Animal testing is cruel and the city should say so.",  # a view, in scope
        "This is great!",  # no marker of a private matter
        # the river is the city's business when the comment speaks of it, not where it only
        # places the lost pet ("near the river": see test_a_place_only_locates_a_private_matter)
        "Lost my dog, and the river trail is still flooded, please help",
        "Congrats to my daughter's team on the Kankakee title!",  # the city's own name
    ],
)
def test_in_scope_or_unmarked_comments_are_not_signals(text: str) -> None:
    """Anything touching the thread or the city, or without a private-matter form, is allowed."""
    assert v21(text) == []


def test_without_a_thread_nothing_is_off_topic() -> None:
    """Condition 1: the detector never guesses the topic from the comment alone."""
    assert v21("Check out my store, 20% off all candles!", thread=None) == []
    assert v21("Happy birthday sis!", thread=msp.Thread()) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The mayor is doing a great job with snow removal.", "The mayor is doing a terrible job."),
        ("Thank you, council, for the festival.", "Shame on you, council, for the festival."),
        ("My neighbor deserves thanks for the trash pickup.", "The mayor should resign."),
    ],
)
def test_praise_and_criticism_of_anyone_are_alike_in_scope(first: str, second: str) -> None:
    """Neutrality: a view of the city, an official or a resident is never off-topic."""
    assert v21(first) == v21(second) == []
    one = evaluator().evaluate(msp.Comment(text=first, thread=ROAD_WORK))
    two = evaluator().evaluate(msp.Comment(text=second, thread=ROAD_WORK))
    assert one.decision is two.decision


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Ch3ck out my st0re, new candles every week!", "Ch3ck out my st0re"),
        ("Check out: My candles, every scent!", "Check out: My"),
        ("i miss u so much babe", "i miss u"),
        ("Follow meee for daily memes", "Follow meee"),
        ("Subscribe to my channel please", "Subscribe to my channel"),
    ],
)
def test_disguised_and_texting_spellings_of_a_private_matter_are_read(
    text: str, marker: str
) -> None:
    """Leetspeak, punctuation between the words, texting spellings and stretched letters do not
    hide the form of a private matter; the evidence is the whole phrase."""
    assert [e.text for e in v21(text)] == [marker]


@pytest.mark.parametrize(
    "text",
    [
        "Cryptography lectures at the library were fascinating.",
        "I will not follow Medmos on this one.",
        "The ancient crypts under the cathedral are beautiful.",
        "We walked for a very long time.",
    ],
)
def test_words_that_only_begin_like_a_marker_are_not_signals(text: str) -> None:
    """A marker is whole words: "cryptography" is not "crypto", "follow Medmos" is not "follow
    me", "crypts" is no typo of "cryptos"."""
    assert v21(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Happy 40th birthday to my amazing wife!",
        "Happy Mother's Day to all the moms out there",
        "Missing my orange cat since Sunday, he answers to Milo",
        "Lost my black lab by the gas station, please share",
        "RIP uncle Joe, we love you",
        "RIP grandpa, gone but never forgotten",
        "Prayers for my aunt, she goes in for surgery tomorrow",
        "Anybody recommend a good dentist?",
        "Best lasagna recipe anyone?",
        "Go Bears!!!",
        "Celebrating 10 years with this guy today",
        "What's everyone's favorite wings spot?",
    ],
)
def test_more_personal_messages_unrelated_to_the_thread_are_reviewed(text: str) -> None:
    """Issue 9: greetings with a word between, losses and prayers, recommendations asked,
    recipes, cheering a team, anniversaries, favourite food."""
    assert v21(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go Bears! Will the lane closures end before the game on Sunday?",
        "Happy birthday to the new police chief, and thanks for the crosswalk on Schuyler",
        "Anybody recommend a good detour while Schuyler Avenue is closed?",
        "Prayers for the crew working on the road in this heat",
    ],
)
def test_personal_forms_about_the_thread_or_the_city_are_not_off_topic(text: str) -> None:
    """The same forms sharing a word with the thread or naming the city's business."""
    assert v21(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lost my dog near the river, please help",
        "Lost my cat near the park, grey tabby, answers to Milo",
        "Lost my keys at the library parking lot, blue lanyard",
        "Found a black and white kitten behind the school, anyone missing one?",
    ],
)
def test_a_place_only_locates_a_private_matter(text: str) -> None:
    """A word of the city's business just after a preposition of place only says where the
    private matter happened: it does not put the comment within the site's scope."""
    assert v21(text) != []


def test_an_agent_is_no_place() -> None:
    """ "By the city" names who did it, not where: the comment is within the site's scope."""
    assert v21("My son just got hired by the city, so proud!") == []
