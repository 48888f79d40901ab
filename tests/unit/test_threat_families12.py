"""Threats and vulgarity the patterns and word lists still missed (issue 9, the twelfth session;
Kankakee § V.2.2 threats, § V.2.5 profane content or language, § V.2.6 incitement), each family
with several phrasings and the harmless near-misses that share its words.

The threat families: a person taken out back by someone, blows that knock something out of a
person ("I'll slap the taste out of your mouth"), a weapon offered in a question ("How
would you like a brick through your window?"), lead eaten, a life forfeited for a deed, a
hanging watched, poison slipped into a person's food or drink, harm by someone's hand called a
good thing ("It would be great if somebody shot the mayor"), a stabbing or a shooting foretold to
the reader. The vulgar families: the middle-finger emoji (an obscene gesture is profane content),
"f'n" and "get the f out". The near-misses: chores, coupons, ducks and lead shot, soldiers'
lives, rope swings, garden poison, a chance to be "shot down", "drop dead gorgeous", and a letter
that names a road ("Route F off of Highway 17") or an exit, never "f off".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import (
    assert_no_threat,
    assert_threat,
    assert_threat_case,
    cited,
    city_verdict,
    threat_family_cases,
)

#: Each family: threats in several phrasings (other words, targets and word orders).
THREATS: dict[str, list[str]] = {
    "taken out back": [
        "Somebody should take that judge out back and deal with him.",
        "Someone needs to take the landlord out back.",
        "Somebody ought to take that referee out behind the barn.",
    ],
    "knocked out of a person": [
        "I'll slap the taste out of your mouth.",
        "I'm going to knock the teeth out of him.",
        "I will beat the living daylights out of you.",
    ],
    "a weapon offered": [
        "How would you like a brick through your window?",
        "How'd you like a bullet in your head, alderman?",
        "Would you like a fist in your face?",
        "How would the mayor like a rock through his windshield?",
    ],
    "lead eaten": [
        "Come near my property and you'll eat lead.",
        "You will be eating buckshot if you come back.",
        "That code officer is going to eat lead if he comes back.",
    ],
    "a life for a deed": [
        "The treasurer will pay for this with his life.",
        "You'll pay for that with your blood.",
        "Mark my words, the assessor will pay for it with his life.",
    ],
    "a hanging watched": [
        "I want to see the chief of police swinging from a rope.",
        "I'd love to watch the commissioner hanging from a lamppost.",
        "Can't wait to watch those trustees hanging from a lamppost.",
    ],
    "poison": [
        "Someone should put rat poison in his coffee.",
        "I'm going to slip antifreeze into her drink.",
        "Somebody spike his beer with cyanide.",
    ],
    "harm called a good thing": [
        "It'd be nice if someone shot the mayor.",
        "It would be great if somebody burned down city hall.",
        "Would be funny if someone stabbed that inspector.",
        "Wouldn't it be great if somebody shot the mayor?",
    ],
    "a stabbing foretold": [
        "If I see you at the park again you're getting stabbed.",
        "you're getting shot if you come back",
        "Show up at my shop again and you're getting jumped.",
    ],
}

#: Each threat family's near-misses: the same words, no threat.
SAFE: dict[str, list[str]] = {
    "taken out back": [
        "We need to take the trash out back.",
        "Someone should take the dog out back for a walk.",
    ],
    "knocked out of a person": [
        "We knocked the stuffing out of the Bears.",
        "I'll beat the dust out of the rugs.",
    ],
    "a weapon offered": [
        "How would you like a new light in your kitchen?",
        "How would you like a fist bump from the mascot?",
    ],
    "lead eaten": [
        "Ducks will eat lead shot from the pond.",
        "Old pipes make kids eat lead paint chips.",
    ],
    "a life for a deed": [
        "The soldiers paid with their lives.",
        "Drivers will pay with their lives if the road isn't fixed.",
        "The taxpayers will pay for this with their life savings.",
    ],
    "a hanging watched": [
        "I love to see the kids swinging from the rope swing.",
        "I watched the kids swinging from the tree.",
    ],
    "poison": [
        "Don't put rat poison in your garden.",
        "Put some cinnamon in his coffee.",
        "Spike your coffee with cinnamon.",
    ],
    "harm called a good thing": [
        "It would be great if someone fixed the mayor's roof.",
        "It would be great if somebody shot a video of the parade.",
        "Wouldn't it be great if somebody fixed the mayor's car?",
    ],
    "a stabbing foretold": [
        "You're getting shot at out there every night.",
        "You are getting your shot on Friday.",
        "You're getting shot down at the polls.",
        "You're not getting shot, relax.",
    ],
}

#: Vulgarity aimed at no one (§ V.2.5): an obscene gesture and minced expletives.
VULGAR = [
    "🖕",
    "🖕🏻🖕🏻",
    "Here's what I think of your ordinance 🖕",
    "Get the f out of here with that.",
    "shut your f'n mouth",
]
#: The same letters and signs without vulgarity: a letter that names a road, an exit or a lot,
#: another hand sign.
NOT_VULGAR = [
    "Route F off of Highway 17 is closed for repairs.",
    "Take County Road F off of Route 50.",
    "Exit F off the interstate.",
    "ROUTE F OFF OF HIGHWAY 17 CLOSED",
    "Park in Lot F off Main Street.",
    "Great job on the park 👍",
]

#: Every phrasing with its family and whether it threatens: the threats and their near-misses.
CASES = threat_family_cases(THREATS, SAFE)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat sent to review in every bundled city; its
    near-misses (chores, ducks, soldiers, swings, a garden, a vote) are none."""
    assert_threat_case(text, threatens)


@pytest.mark.parametrize(
    ("text", "vulgar"), [(t, True) for t in VULGAR] + [(t, False) for t in NOT_VULGAR]
)
def test_gestures_and_minced_expletives_but_no_road_letter(text: str, vulgar: bool) -> None:
    """The middle finger and minced expletives are cited under § V.2.5 and reviewed; a letter
    after "Route" names a road, and a thumbs-up is no gesture."""
    assert cited(text, "profanity") == ({"V.2.5"} if vulgar else set()), text
    if vulgar:
        assert city_verdict("kankakee", text).decision is msp.Decision.REVIEW, text


def test_the_letter_is_profane_without_a_place_word() -> None:
    """The same letter without a road before it is still the minced expletive."""
    assert cited("Just F off, mayor.", "profanity") == {"V.2.5"}
    assert cited("Go F off you clown", "profanity") == {"V.2.5"}


def test_drop_dead_is_a_threat_but_not_before_gorgeous() -> None:
    """A bare "Drop dead." is a threat; "drop dead gorgeous" and "drop dead simple" praise."""
    assert_threat("Drop dead.")
    assert_no_threat("Drop dead gorgeous sunset tonight.")
    assert_no_threat("Drop dead simple instructions.")


_TARGETS = st.sampled_from(
    [
        "the mayor",
        "that clerk",
        "the assessor",
        "Alderman Lewis",
        "the landlord",
        "every single one of those council people",
        "each and every one of those trustees",
        "every last one of those inspectors",
    ]
)


@given(_TARGETS, st.sampled_from(["should", "needs to", "ought to"]))
def test_taken_out_back_reads_any_target(target: str, modal: str) -> None:
    """A person taken out back is a threat whoever the person is, one or a body of them."""
    assert_threat(f"Somebody {modal} take {target} out back.")


@given(_TARGETS, st.sampled_from(["shot", "stabbed", "strangled"]))
def test_harm_called_good_reads_any_target(target: str, harm: str) -> None:
    """Harm by someone's hand called great is a threat whoever is harmed; thanks are none."""
    assert_threat(f"It would be great if someone {harm} {target}.")
    assert_no_threat(f"It would be great if someone thanked {target}.")


@given(st.sampled_from(["Route", "Exit", "Highway", "Lot", "Gate"]), st.sampled_from("FEB"))
def test_a_letter_after_a_place_word_is_a_name(place: str, letter: str) -> None:
    """A capital letter after a road, exit or lot word is that place's name, never an
    expletive."""
    assert not cited(f"Take {place} {letter} off of the main road.", "profanity")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside near-misses of its own."""
    assert THREATS.keys() == SAFE.keys()
    assert all(len(texts) >= 3 for texts in THREATS.values())
    assert all(len(texts) >= 2 for texts in SAFE.values())
