"""Threats, insults and untargeted vulgarity the patterns and word lists still missed (issue 9,
the eleventh session; Kankakee § V.2.2 threats and personal attacks, § V.2.5 profane language,
§ V.2.6 incitement), each family with several phrasings and the harmless near-misses that share
its words.

The threat families: warnings that context makes ("Your time is coming.", "I'd be careful if I were
you.", "Watch yourself, alderman."), a death foretold by a date ("you won't live to see
Christmas"), the racket's "nice car, shame if something happened to it", a hunt ("he'd better hope
I never find him"), people like the reader found dead, a killing wished done by someone ("I hope
someone slits his throat"), a person called a dead man, carried out or fed through a straw, a
family hinted at, guards needed, a vehicle driven into a protest and a mob sent to a home with
torches. The insult families: a crowd of insults ("what a room of losers", "such a bunch of
morons"). The vulgar families: "screw yourself", "a load of crap" (not "BS" nor "frickin", mild
words the labellers of the shared data did not count). The near-misses are the same words without a
threat or a vulgarity: encouragement, advice with a reason, slow projects, trees, elections,
funerals, surgery, screws, degrees, snowplows.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import assert_no_threat, assert_threat, cited, city_verdict, evidence

#: Each family: threats in several phrasings (other words, targets and word orders).
THREATS: dict[str, list[str]] = {
    "what is coming": [
        "Your time is coming.",
        "Your day is coming soon, traitor.",
        "Mark my words, your days are coming.",
    ],
    "advice that warns": [
        "I'd be careful if I were you.",
        "I would be very careful if I were the treasurer.",
        "I'd watch my back if I was the mayor.",
        "Watch yourself, alderman.",
        "You'd better watch yourself.",
    ],
    "death by a date": [
        "You won't live to see Christmas.",
        "That judge won't live to see Thanksgiving.",
        "The clerk won't see the end of the week.",
        "You will never make it to the end of the month, understand?",
    ],
    "the racket": [
        "Nice house you have, shame if something happened to it.",
        "Nice little shop you've got there, be a pity if anything happened to it.",
        "Nice truck, shame if something were to happen to it.",
    ],
    "a hunt": [
        "He'd better hope I never find him.",
        "You better pray we never catch you.",
        "She had better hope I don't see her at the meeting.",
    ],
    "found dead": [
        "People like you end up in ditches.",
        "Guys like him wind up in the river.",
        "Folks like that end up in a body bag.",
    ],
    "a killing wished done": [
        "I hope someone slits his throat.",
        "Hopefully somebody strangles that inspector.",
        "I hope someone kills the mayor.",
        "I pray somebody breaks his legs.",
        "I hope someone beats him up.",
        "Hope somebody beats up the chief.",
        "I hope someone beats the treasurer to death.",
    ],
    "a dead man": [
        "She's a dead woman.",
        "If you come back here, you're a dead man.",
        "The landlord is a dead man, I swear.",
    ],
    "carried out": [
        "If he shows up here again he won't be leaving on his own feet.",
        "They'll be carrying you out.",
        "Keep it up and you'll be eating through a straw.",
        "Talk to me like that again and you will be drinking through a straw.",
    ],
    "family hinted": [
        "Wouldn't want anything to happen to your kids.",
        "I would not want anything bad to happen to his wife.",
        "We wouldn't want something to happen to your house.",
    ],
    "the writer spared": [
        "Someone is going to get hurt and it won't be me.",
        "People will get killed, and it won't be us.",
        "If the board passes this, they'd better hire bodyguards.",
    ],
    "a vehicle into a protest": [
        "Someone should drive a truck into that rally.",
        "Just plow right through the protesters.",
        "Run your car through those demonstrators next time.",
    ],
    "a mob at a home": [
        "Time to go to the mayor's house with torches.",
        "Let's all show up at his door with pitchforks.",
        "Head over to the judge's home with torches tonight.",
        "Go to the assessor's house with rifles and make him listen.",
    ],
}

#: Each threat family's near-misses: the same words, no threat.
SAFE: dict[str, list[str]] = {
    "what is coming": [
        "Your time is coming to shine, keep practicing.",
        "Don't worry, your time is coming.",
        "Your day will come, hang in there.",
    ],
    "advice that warns": [
        "I'd be careful if I were you, the ice is thin.",
        "If I were you I'd watch your step on that ladder.",
        "Watch yourself on the icy stairs.",
    ],
    "death by a date": [
        "You won't live to see the new library finished at this rate.",
        "You won't see the end of this project in your lifetime.",
    ],
    "the racket": [
        "Shame if something happened to the old oak on Elm Street.",
        "Nice park, the new benches are great.",
    ],
    "a hunt": [
        "I hope I find him at the meeting.",
        "You better hope the bus is on time.",
    ],
    "found dead": [
        "People like him end up in the hospital because of these cuts.",
        "Kids like mine end up in the river every summer, swimming.",
    ],
    "a killing wished done": [
        "I hope someone beats him in the primary.",
        "I hope somebody beats the mayor at the polls next spring.",
        "Hope someone hits him with a lawsuit.",
        "I hope somebody executes the plan properly.",
        "I hope someone hangs the banner before Friday.",
        "I hope someone cuts his hair for the wedding.",
    ],
    "a dead man": [
        "The dead man was identified as a local resident.",
        "He's a dead man walking, politically.",
        "I'm a dead man if I miss this deadline.",
    ],
    "carried out": [
        "After the surgery he'll be eating through a straw for a week.",
        "The paramedics carried him out.",
    ],
    "family hinted": [
        "I wouldn't want anything to happen to the kids crossing there.",
        "Nothing happened to your kids, they are fine.",
    ],
    "the writer spared": [
        "The mayor's bodyguard was at the ribbon cutting.",
        "Someone got hurt at the crossing, it was not me.",
    ],
    "a vehicle into a protest": [
        "We had to plow through the crowd to get to the stage.",
        "The snowplows will plow through the parade route by 6 am.",
        "Drive past the rally on Main, it's great.",
    ],
    "a mob at a home": [
        "Bring flashlights or torches to the night walk at the park.",
        "Go to the mayor's house with a pie to welcome her.",
        "Head to the farm house with rifles for deer season.",
    ],
}

#: Insults said of a crowd of people, and the same words said of no one.
INSULTS = [
    "What a room of losers.",
    "What a gaggle of clowns.",
    "Such a bunch of morons running this town.",
    "Such a crowd of idiots at that meeting.",
]
NOT_INSULTS = [
    "I'm such an idiot, I forgot my keys.",
    "We're such fools for believing the forecast.",
    "The group of volunteers was great.",
    "What a room full of talent at the arts fair.",
]

#: Vulgarity aimed at no one (§ V.2.5), and the same words without it.
VULGAR = [
    "Screw yourself, buddy.",
    "What a load of crap.",
    "Such a pile of crap.",
    "That was a bunch of crap from start to finish.",
]
#: The same words without vulgarity, and mild words the shared data's labellers did not count
#: as offensive ("BS", "frickin": listed, they reviewed harmless comments and no untargeted one).
NOT_VULGAR = [
    "He has a BS in biology.",
    "Don't screw this up.",
    "We're going to screw that up if we rush it.",
    "Screw it into the frame tightly.",
    "Screw off the cap first.",
    "Freaking out about the budget vote.",
    "The BS and MS programs are open.",
    "That's BS.",
    "Frickin ridiculous.",
]

CITIES = ("kankakee", "marseilles", "montgomery-county-oh")


def _rows(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(family, text) for family, texts in table.items() for text in texts]


@pytest.mark.parametrize(("family", "text"), _rows(THREATS))
def test_the_families_are_threats(family: str, text: str) -> None:
    """Each phrasing of each family is a threat or a call to violence, sent to review."""
    assert_threat(text)


@pytest.mark.parametrize(("family", "text"), _rows(SAFE))
def test_the_near_misses_are_no_threat(family: str, text: str) -> None:
    """The same words without a threat: encouragement, advice, a report, a vote, a screw."""
    assert_no_threat(text)


@pytest.mark.parametrize("text", INSULTS)
def test_a_crowd_of_insults_is_a_personal_attack(text: str) -> None:
    """An insult noun after a word for a crowd names the people of the crowd (§ V.2.2)."""
    assert evidence(text, "personal_attack"), text


@pytest.mark.parametrize("text", NOT_INSULTS)
def test_the_writer_and_a_crowd_of_no_insult_are_none(text: str) -> None:
    """The writer's own "such an idiot", and a crowd of no insult, are no personal attack."""
    assert not evidence(text, "personal_attack"), text


@pytest.mark.parametrize("text", VULGAR)
def test_untargeted_vulgarity_is_profane_language(text: str) -> None:
    """Vulgarity aimed at no one is cited under § V.2.5 and reviewed, never removed."""
    assert cited(text, "profanity") == {"V.2.5"}, text
    assert city_verdict("kankakee", text).decision is msp.Decision.REVIEW, text


@pytest.mark.parametrize("text", NOT_VULGAR)
def test_the_same_words_without_vulgarity_are_none(text: str) -> None:
    """A degree, a screw, "freaking out" and the mild "BS" and "frickin" are no profane
    language."""
    assert not cited(text, "profanity"), text


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("family", sorted(THREATS))
def test_every_bundled_city_reviews_the_families(city: str, family: str) -> None:
    """Each bundled city sends each family to review, never removes it."""
    for text in THREATS[family]:
        assert city_verdict(city, text).decision is msp.Decision.REVIEW, (city, text)


_ROLES = st.sampled_from(
    ["him", "her", "the mayor", "that clerk", "the assessor", "Alderman Lewis", "the landlord"]
)


@given(_ROLES, st.sampled_from(["hope", "pray"]), st.sampled_from(["find", "catch", "see"]))
def test_a_hunt_reads_any_target(target: str, verb: str, act: str) -> None:
    """A hunt ("better hope I never find X") is a threat whoever X is, officials and residents."""
    assert_threat(f"You had better {verb} I never {act} {target}.")


@given(st.sampled_from(["Christmas", "Thanksgiving", "tomorrow", "Friday"]))
def test_a_death_by_a_date_reads_any_date(day: str) -> None:
    """A death by a date ("you won't live to see X") is a threat; a building by a date none."""
    assert_threat(f"You won't live to see {day}.")
    assert_no_threat(f"You won't live to see the new pool built by {day}.")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside near-misses of its own."""
    assert THREATS.keys() == SAFE.keys()
    assert all(len(texts) >= 3 for texts in THREATS.values())
    assert all(len(texts) >= 2 for texts in SAFE.values())
