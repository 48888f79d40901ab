"""Threats and calls to unlawful acts the patterns still missed (issue 9, the thirteenth session;
Kankakee § V.2.2 threats, § V.2.6 violence and the violation of law; Marseilles § 39.52(B) and
(H); Montgomery County's threats and illegal activity), each family with several phrasings and
the harmless near-misses that share its words.

The families: threats in texting spellings with no subject ("gonna", "finna", "bout to"), the
slang of killings and visits ("smoke", "pop", "pull up on"), death promised for the next meeting;
a threat said by a question or a dare ("Wanna get hurt?", "try me and see what happens"); and a
window, a tire or a car broken, called for ("pop the tires on the squad cars"); a road blocked as
a protest stays no finding (civil disobedience, left to a person). The near-misses: races,
barbecues and games, agendas, reports of damage, and advice that goes on past its warning.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    assert_no_threat,
    assert_threat,
    assert_threat_case,
    evaluator,
    threat_family_cases,
)

#: Each family: threats in several phrasings (other words, targets and word orders).
THREATS: dict[str, list[str]] = {
    "texting, no subject": [
        "gonna break his jaw",
        "finna stomp u out",
        "bout to whoop ur ass",
        "gonna knock his teeth out",
    ],
    "killing and visiting slang": [
        "ima smoke that guy",
        "finna pop him",
        "i'm gonna pull up on him",
        "imma catch that dude outside",
    ],
    "death promised for the next meeting": [
        "u dead when i catch u",
        "you're finished once i find you",
        "ur gonna get jumped",
    ],
    "blows named by their slang": [
        "i'll beat the brakes off him",
        "imma slap the taste outta ur mouth",
    ],
    "a question with a threat": [
        "You wanna get hurt?",
        "Do you want to die?",
        "u tryna get shot?",
    ],
    "a dare": [
        "Try me and see what happens.",
        "Park in my driveway again and find out what happens.",
        "Say one more word and watch what happens.",
        "Keep pushing me and see what happens to you.",
        "Call my brother again and see what happens.",
    ],
    "property broken": [
        "Someone smash the windshields on the squad cars.",
        "let's flatten the tires on every city truck",
        "Y'all go key the judge's car.",
        "We should break the windows at the courthouse.",
    ],
}

#: Each family's near-misses: the same words, no threat.
SAFE: dict[str, list[str]] = {
    "texting, no subject": [
        "gonna beat the traffic if we leave now",
        "finna break my diet tonight",
        "gonna kill it at the talent show",
    ],
    "killing and visiting slang": [
        "ima smoke some ribs this weekend",
        "imma pull up to the meeting",
        "pull up the minutes from March",
        "we gonna smoke them friday night at the game",
        "I'll catch you at the meeting",
    ],
    "death promised for the next meeting": [
        "u dead serious?",
        "you done with the agenda?",
        "you gonna get jumped to the front of the line",
    ],
    "blows named by their slang": [
        "beat the brakes off the old truck going down the hill",
        "slap some paint on the old fence",
    ],
    "a question with a threat": [
        "You want to die on this hill? Fine.",
        "Want to get rich? Keep it simple.",
        "u want to die laughing? read the minutes",
    ],
    "a dare": [
        "Try the new bakery and see what happens to your diet.",
        "Raise taxes again and see what happens at the polls.",
        "Keep talking to your alderman and see what happens.",
        "Call the clerk again and see what happens, they're slow.",
        "see what happens at the meeting",
    ],
    "property broken": [
        "Someone smashed my windshield last night, did anyone see?",
        "The tires on the city trucks are bald.",
        "Key the code into the keypad at the door.",
        "We need to smash the record for donations this year.",
        "We should break the glass ceiling on the council.",
    ],
}

#: Every phrasing with its family and whether it threatens: the threats and their near-misses.
CASES = threat_family_cases(THREATS, SAFE)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat or a call to an unlawful act sent to review in
    every bundled city; its near-misses (a race, a barbecue, an agenda, a closure) are none."""
    assert_threat_case(text, threatens)


def test_texting_spellings_read_as_their_words() -> None:
    """The texting spellings of contractions.tsv read as the words they spell out."""
    from municipal_social_policy.reading import CONTRACTIONS

    assert CONTRACTIONS["finna"] == ("going", "to")
    assert CONTRACTIONS["tryna"] == ("trying", "to")
    assert CONTRACTIONS["outta"] == ("out", "of")
    assert CONTRACTIONS["boutta"] == ("about", "to")


def test_a_road_blocked_as_a_protest_is_left_to_a_person() -> None:
    """A call to block a road is civil disobedience (docs/explanation.md): no finding, while
    a call to break a city truck's windows is one."""
    for text in (
        "let's block the highway friday",
        "Everybody block the intersection at rush hour.",
        "We should shut down the interstate until they listen.",
    ):
        assert evaluator().evaluate(text).findings == (), text
    assert_threat("Block the highway Friday. Smash the windows of every city truck.")


_PROPERTY = st.sampled_from(["the squad cars", "the city trucks", "every cruiser", "his truck"])


@given(_PROPERTY, st.sampled_from(["Let's slash", "Somebody pop", "We should flatten", "Pop"]))
def test_tires_flattened_read_any_vehicle(vehicle: str, call: str) -> None:
    """A call to flatten a vehicle's tires is a call to damage property, whoever owns it; a
    report of a flat is none."""
    assert_threat(f"{call} the tires on {vehicle}.")
    assert_no_threat(f"The tires on {vehicle} went flat.")


@given(st.sampled_from(["gonna", "finna", "bout to", "ima", "imma"]))
def test_every_texting_intent_reads_a_fight(intent: str) -> None:
    """Each texting spelling of a plan reads a fight promised; the same with a race is none."""
    assert_threat(f"{intent} beat ur ass")
    assert_no_threat(f"{intent} beat the traffic")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside near-misses of its own."""
    assert THREATS.keys() == SAFE.keys()
    assert all(len(texts) >= 2 for texts in THREATS.values())
    assert all(len(texts) >= 2 for texts in SAFE.values())
