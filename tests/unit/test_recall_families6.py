"""Families of identity attacks and threats added in the sixth session (issue 9; Kankakee
§ V.2.4 hate, § V.2.2 threats), each with near-misses that must stay free.

Identity attacks: one member made the type of the whole group ("Typical Mexican.", "that's a
Jew for you"), a crime's unnamed culprit guessed to be of a group ("no description of the perps,
so they must be black", "let me guess, another Muslim"), and a group said to be deadlier than a
danger named before it ("if the food doesn't kill you, the immigrants will"), a group rounded
up, put in camps or sent to the ovens, or something to be done about it ("someone should do
something about those Mexicans"), and the slogans of a race war. Threats: a
person's family said to be unsafe or next ("your family won't be safe", "you'll be next"), and
harm promised to the next person who does a thing ("the next guy who parks here gets shot").
The near-misses are the same words with no group or no harm: food, a season, a politician, a
queue, a ticket, a warning about a road, the guess denied, a report and counter-speech. Every
finding is judgment: review, never removal.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import assert_free, assert_hate, assert_no_threat, assert_threat


@pytest.mark.parametrize(
    "text",
    [
        "Typical Mexican.",
        "typical Muslim",
        "How typical of a Muslim.",
        "So typical of those immigrants.",
        "That's a Jew for you.",
        "That's Muslims for you.",
        "What do you expect from a Mexican?",
        "What else can you expect from those immigrants?",
    ],
)
def test_one_member_made_the_type_of_the_group_is_hate(text: str) -> None:
    """A member's name said as the whole sentence after "typical", "that's ... for you" or
    "what do you expect from"."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Typical Mexican food.",
        "How typical of a Mexican summer.",
        "Typical politician.",
        "That's a politician for you.",
        "That's a mayor for you.",
        "What do you expect from a Mexican restaurant in Iowa?",
        'Saying "typical Mexican" is racist.',
    ],
)
def test_a_members_thing_or_a_person_of_no_group_is_no_type(text: str) -> None:
    """The sentence goes on past the member's name, or names no protected group."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "No description of the perps so they must be black.",
        "The shooter must have been a Muslim.",
        "Let me guess, another Muslim.",
        "What are the odds the shooter was a Muslim?",
        "I bet the attacker was an immigrant.",
        "No description of the suspect, so you know he's black.",
    ],
)
def test_a_culprit_guessed_to_be_of_a_group_is_hate(text: str) -> None:
    """An unnamed culprit's group guessed, with no more to go on than the group."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was a Hispanic man in his 30s, police said.",
        "Let me guess, another tax hike.",
        "The perps must not be black.",
        "No description of the suspect was released.",
        "The odds the shooter was caught are low.",
        "What are the odds the mayor was involved?",
        "The suspects must be found.",
    ],
)
def test_a_culprit_described_or_a_guess_with_no_group_is_free(text: str) -> None:
    """A description reported, a guess with no group, a guess denied."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the food doesn't kill you, the immigrants will.",
        "If the heat won't get you, the Muslims will.",
    ],
)
def test_a_group_deadlier_than_a_danger_is_hate(text: str) -> None:
    """A group said to finish what a danger named before it does not."""
    assert_hate(text)


def test_a_danger_with_no_group_is_free() -> None:
    """The same sentence about insects names no group."""
    assert_free("If the heat doesn't get you, the mosquitoes will.")


@pytest.mark.parametrize(
    "text",
    [
        "Your family won't be safe.",
        "Your kids will not be safe.",
        "Your family will never be safe again.",
        "You'll be next.",
        "Your family will be next.",
        "You'd better watch your kids.",
        "You better protect your family.",
    ],
)
def test_a_family_said_to_be_unsafe_or_next_is_a_threat(text: str) -> None:
    """A person's family said to be unsafe, next, or in need of watching, as the whole
    sentence."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your kids won't be safe on that road.",
        "You'd better watch your kids at the pool.",
        "You will be next in line.",
        "You'll be next to speak.",
        "I hope your family is safe.",
        "Is your family safe?",
        "Your family will not be safe if the council cuts the police budget.",
    ],
)
def test_a_warning_a_queue_or_a_wish_of_safety_is_no_threat(text: str) -> None:
    """The sentence goes on with a place, a queue or a condition of policy."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "The next person who says that gets a fist to the face.",
        "The next one who touches my car gets a bullet.",
        "Next guy who parks here gets shot.",
        "The next one to touch my car is getting a bat to the head.",
    ],
)
def test_harm_promised_to_the_next_person_is_a_threat(text: str) -> None:
    """A blow, a weapon or a shooting promised to whoever does the thing next."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "The next person who parks here gets a ticket.",
        "The next caller gets a free shirt.",
        "The next person who speaks gets a minute.",
        "The next person who gets shot in this city will be on the council's conscience.",
        "Women who get shot by partners need help.",
    ],
)
def test_a_ticket_or_a_prize_for_the_next_person_is_no_threat(text: str) -> None:
    """What the next person gets is no harm."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Round up all the immigrants.",
        "Round the Mexicans up.",
        "Time to round up the Muslims.",
        "We should round up the Jews and put them in camps.",
        "Put all the Muslims in camps.",
        "Send them all to the ovens.",
        "Into the ovens with them.",
        "Someone should do something about those Mexicans.",
        "It's hunting season on immigrants.",
        "The day of the rope is coming.",
        "Race war now!",
    ],
)
def test_a_group_rounded_up_or_sent_to_camps_is_hate(text: str) -> None:
    """An order or a call to round a group up, to camps or ovens, or to deal with it."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government put Japanese Americans in camps during the war.",
        "Put the cookies in the oven.",
        "We should round up volunteers for the cleanup.",
        "Time to clean out the garage.",
        "We should not round up the immigrants.",
        "Why would anyone want to round up all the Muslims?",
        "Someone should do something about the homeless shelter funding.",
        "Someone should do something about the Mexicans.",
        "It's open season on deer.",
        "The day of the rope is a neo-Nazi fantasy.",
    ],
)
def test_history_a_recipe_a_refusal_or_no_group_is_free(text: str) -> None:
    """A report of history, an oven for food, volunteers, a negation, a question, a slogan
    named."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are all the same.",
        "Mexicans are all the same, lazy and dirty.",
        "Muslims are not real Americans.",
        "Immigrants will never be real Canadians.",
        "The Jewish conspiracy controls everything.",
        "A Jewish cabal runs the banks.",
        "Zionist occupied government.",
        "The gay agenda is destroying our kids.",
        "A woman's place is in the kitchen.",
        "Women's place is in the home.",
        "Go back to the trees.",
    ],
)
def test_a_group_all_alike_denied_the_nation_or_plotting_is_hate(text: str) -> None:
    """A group said to be all alike, to be no real citizens, to plot, or kept to the home."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are all the same to the algorithm.",
        "Immigrants are not real estate agents.",
        "A woman's place is wherever she wants.",
        "The city's agenda is destroying downtown.",
        "The Jewish community runs the food bank.",
        "Let's go back to the trees we planted.",
        "You people on the council are all the same.",
    ],
)
def test_a_group_described_or_no_group_is_free(text: str) -> None:
    """The sentence goes on with no insult, or names no protected group."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to pay you a visit.",
        "Expect a visit from us.",
        "I'll see you soon, real soon.",
        "I'll be outside your house.",
        "I'm outside your house right now.",
        "We're watching your family.",
        "I'm sharpening my knife.",
        "My gun is loaded and ready.",
        "Your car might have an accident.",
        "Your house would burn nicely.",
        "Hope you have good insurance on that house.",
        "I'd hate for something to happen to your kids.",
        "You have until Friday or else.",
        "You won't live to see Christmas.",
        "You'll be sorry.",
    ],
)
def test_intimidation_said_whole_is_a_threat(text: str) -> None:
    """A visit, a presence at the door, a weapon made ready, an accident foretold, an
    ultimatum, said as the whole sentence."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll pay you a visit at the office hours.",
        "Expect a visit from the inspector next week.",
        "See you soon!",
        "I'll be outside your house at five to pick you up.",
        "We are watching the council closely.",
        "We are watching you, council.",
        "I'm sharpening my pencils.",
        "My gun is locked in a safe.",
        "My rifle is loaded for deer season.",
        "Your car might have an accident if you text and drive.",
        "I hope you have good insurance on your house, flood season is coming.",
        "You have until Friday to file.",
        "You will not live to see the bridge finished at this rate.",
        "You'll be sorry you missed the fair.",
        "You'll be sorry you voted for him.",
    ],
)
def test_a_visit_a_warning_or_a_watchdog_is_no_threat(text: str) -> None:
    """The sentence goes on with an errand, a reason or a deadline of paperwork, or a
    watchdog speaks to officials."""
    assert_no_threat(text)
