"""Personal attacks, harassment of one person and two kinds of impersonation by families
(issue 9, the eleventh session, harass; Kankakee § V.2.2 personal attacks and harassment and
Montgomery County's threats and harassment, Kankakee § V.2.7 impersonation).

Each family is written several ways, beside near-misses that must not be cited under its clause
and are never removed: a person named with where they live or what they do and called an insult
noun with an insulting adjective; a person said to be "nothing but" a parasite or a troll; a mind
compared to a box of rocks; the reader called new names; one person's page reported until it is
gone, their address or workplace posted for the crowd, their boss sent for; self-harm urged in
other words; the mayor's office claimed. The near-misses keep the line: an animal or a thing
called a name, criticism of a speech, of behaviour in general or of an official's conduct, a
report of harassment, a crowd sent to a public meeting, a past or a family tie to the city.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    IMPERSONATION_CLAUSES,
    PERSONAL_ATTACK_CLAUSES,
    CityFamily,
    clauses,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # A person placed by street or job, then called an insult noun with a harsh adjective.
    "placed_person_insulted": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "Marge on Locust Street is a spiteful old witch",
            "the clerk at the license office is a lazy useless slug",
            "Terry from the body shop is a crooked little rat",
            "the new hire at the front counter is a brainless twit",
            "Gail in the thread below is a two faced backstabbing snake",
        ],
        [
            "Marge on Locust Street dressed up as a witch for the parade",
            "the clerk at the license office found a rat in the basement",
            "she is a good witch in the school play",
            "the thing in the shed was a big rat",
        ],
    ),
    # "Nothing but" an insult or a parasite, said of a person.
    "nothing_but_a_person": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "Ken is nothing but a leech on his family",
            "that guy is nothing more than a troll",
            "you are nothing but a parasite",
            "she's nothing but a drunk and a bum",
        ],
        [
            "the plan is nothing but a money grab",
            "the levy is nothing but a giveaway to developers",
            "this thread is nothing but trolling",
        ],
    ),
    # A mind compared to a box of rocks.
    "dumb_as_rocks": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "Hank is dumber than a box of rocks",
            "she is as dumb as a bag of hammers",
            "you're dumber than a sack of bricks",
        ],
        [
            "that rock wall is as old as the town",
            "the box of rocks fell off the truck",
        ],
    ),
    # The reader called new names with adjectives.
    "reader_called_names": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "you spiteful little snake",
            "you greasy old rat",
            "what a petty bitter old man you are",
            "you are one dumb hick",
            "you talk like an idiot",
        ],
        [
            "you lucky dog",
            "you sweet little angel",
            "what a kind old man you are",
            "you little rascal, you ate all the cookies",
        ],
    ),
    # One person's page reported away, their address or work posted, their boss sent for.
    "one_person_harassed": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "let's all report her page until it gets taken down",
            "keep flagging his profile till facebook bans him",
            "somebody post where he lives",
            "someone drop his home address",
            "everyone find her employer and get her fired",
            "go on her page and let her have it",
            "let's dogpile his comments",
        ],
        [
            "someone reported her page and it was taken down",
            "please don't post where he lives",
            "somebody post where the meeting is",
            "let's all show up at the council meeting and tell them what we think",
            "email your alderman and tell them how you feel",
        ],
    ),
    # Self-harm urged in other words.
    "self_harm_urged": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "nobody would miss you",
            "do us all a favor and end it",
            "go jump off a roof",
            "we'd all be better off if you jumped off a bridge",
        ],
        [
            "I'd miss you if you moved away",
            "nobody would miss the old parking garage",
            "we jumped off the bridge into the river as kids",
        ],
    ),
    # The mayor's office claimed, or the mayor addressing everyone.
    "mayors_office_claimed": (
        IMPERSONATION_CLAUSES,
        [
            "this is the mayor, everyone please stay home tonight",
            "I'm from the mayor's office, the fireworks show is cancelled",
            "I'm calling from city hall: your trash pickup is moved to Friday",
            "I work at the mayor's office and I can confirm the library is closing",
        ],
        [
            "I called the mayor's office and they said the pool opens Friday",
            "this is the mayor's fault, everyone knows it",
            "I'm from the north side and the roads are awful",
        ],
    ),
    # A past or a family tie is no claim to speak for the city.
    "past_or_family_tie": (
        IMPERSONATION_CLAUSES,
        [
            "I'm a Kankakee cop and I can tell you the response times are fine",
        ],
        [
            "I'm a retired cop and I can tell you the response times are fine",
            "I'm an ex cop and I can assure you they do their best",
            "I used to work for the city and the plows always did Elm first",
            "my husband is a firefighter and they're understaffed",
            "as a former alderman, I think the new plan is a mistake",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


_PETS = ["dog", "cat", "puppy", "kitten", "parrot", "rooster", "goat", "horse"]
_NAMES = ["lazy slob", "idiot", "stubborn old brat", "jerk", "miserable old goat"]


@given(st.sampled_from(["my", "our", "the"]), st.sampled_from(_PETS), st.sampled_from(_NAMES))
def test_an_animal_called_a_name_is_no_personal_attack(owner: str, pet: str, name: str) -> None:
    article = "an" if name[0] in "aeiou" else "a"
    text = f"{owner} {pet} is {article} {name}"
    assert "V.2.2" not in clauses(text), text
