"""Threats as news comments write them that the patterns still missed (issue 9, the fourteenth
session, threat3; Kankakee § V.2.2 threats, § V.2.6 violence; Marseilles § 39.52(B) and (H);
Montgomery County's threats), each family with several phrasings and the harmless near-misses
that share its words.

The families: a person called a dead man in texting; death or the rope deserved by a person
named by an insult; a firing squad or a lynching called for a person; a warning of what is
coming; a beating foretold to the reader; blows ordered, wished or called for on a named
person's body; suicide urged; an excuse asked for; a hunt ordered; harm wished done before in
texting ("should of", "shoulda"); a named person to be taken out; property named with its
adjectives; protesters driven into. The near-misses keep the legal line: a head hung in shame,
the death penalty argued as policy, a firing squad of reporters, history, a vote, a clock
punched, a loan taken out, a report.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    assert_no_threat,
    assert_threat,
    assert_threat_case,
    threat_family_cases,
)

#: Each family: threats in several phrasings (other words, targets, tenses and spellings).
THREATS: dict[str, list[str]] = {
    "a dead man in texting": [
        "u a dead man walking",
        "hey you a dead man",
        "u a dead man when i see u",
    ],
    "death or the rope deserved by a villain": [
        "those thugs deserve to die",
        "the traitors deserve to hang",
        "that councilman deserves to swing.",
        "these goons deserve to die slowly",
    ],
    "a firing squad or a lynching": [
        "every one of those traitors should face a firing squad",
        "Alderman Lewis should face a firing squad for this.",
        "he needs a good old fashioned lynching",
        "bring back lynching for people like that",
        "time to grab the rope.",
    ],
    "what is coming": [
        "you have no idea what's coming to you",
        "u got no clue whats coming",
    ],
    "blows ordered or wished": [
        "Punch a cop.",
        "slap him!",
        "punch her in the mouth",
        "someone should kick Jones in the teeth",
        "I'd pay to see somebody smack Garcia in the face",
        "I hope he gets kicked in the teeth",
        "hopefully she gets punched in the nose",
    ],
    "a beating foretold to the reader": [
        "you're gonna get your ass kicked",
        "ur gonna get ur butt kicked",
        "keep it up and you'll get your butt whooped",
        "u want ur ass beat?",
        "gonna get yo ass kicked",
        "somebody should whoop his butt",
    ],
    "suicide urged": [
        "just commit suicide",
        "you should commit suicide already",
        "do the world a favor and die",
    ],
    "an excuse asked for": [
        "give me a reason to shoot you",
        "please give me an excuse to punch him",
    ],
    "a hunt ordered": [
        "Find them and kill them.",
        "track him down and shoot him",
    ],
    "harm wished done before, in texting": [
        "the cops should of shot him",
        "shoulda shot that guy",
    ],
    "a named person taken out": [
        "somebody needs to take out Smith",
        "someone should take Garcia out.",
    ],
    "property with its adjectives": [
        "someone should torch his new truck",
        "I'm gonna smash your brand new windshield",
        "let's burn their fancy boat",
    ],
    "protesters driven into": [
        "someone should drive into those protesters",
        "just plow through the marchers",
        "let's ram right into the demonstrators",
    ],
}

#: Each family's near-misses: the same words, no threat.
SAFE: dict[str, list[str]] = {
    "a dead man in texting": [
        "thank u a dead man walking is my fav movie",
        "he told you a dead man was found by the river",
    ],
    "death or the rope deserved by a villain": [
        "he deserves to hang his head in shame",
        "that painting deserves to hang in the library",
        "those thugs deserve to rot in prison",
        "the traitors deserve to lose the election",
    ],
    "a firing squad or a lynching": [
        "the coach will face a firing squad of reporters",
        "deserters once faced a firing squad in wartime",
        "the death penalty should apply to murderers",
        "the film is about a lynching in 1920",
        "those towns would bring back lynching if they could, that is the history",
        "time to get the rope for the tire swing",
    ],
    "what is coming": [
        "you have no idea what's coming in the budget",
        "you have no idea how good the new library is",
    ],
    "blows ordered or wished": [
        "punch the clock and go home",
        "slap a sticker on it",
        "Punch in your code at the door.",
        "Garcia will beat Smith in the polls",
        "I hope he gets kicked off the board",
        "I hope he gets hit in the wallet",
    ],
    "a beating foretold to the reader": [
        "you're going to get your butt kicked in the election",
        "you'll get your butt kicked at chess",
        "we're gonna get our butts kicked in the playoffs",
        "gonna get my butt kicked at the gym",
        "somebody should whoop his butt in the primary",
    ],
    "suicide urged": [
        "many veterans commit suicide every year",
        "don't commit suicide, call 988",
    ],
    "an excuse asked for": [
        "give me a reason to vote for you",
        "give me an excuse to skip the meeting",
    ],
    "a hunt ordered": [
        "find the bill and kill it",
        "track down the typo and kill it",
    ],
    "harm wished done before, in texting": [
        "you should of seen him at the meeting",
        "shoulda voted for him",
    ],
    "a named person taken out": [
        "somebody needs to take out the trash",
        "someone should take Mary out to dinner",
        "they should take out a loan",
    ],
    "property with its adjectives": [
        "someone should smash the old record",
        "we should burn the old files after seven years",
        "Someone smashed my new windshield last night, did anyone see?",
    ],
    "protesters driven into": [
        "a car drove into the crowd of protesters",
        "drive into the rally parking lot from the east side",
        "we should talk to the protesters",
    ],
}

#: Every phrasing with its family and whether it threatens.
CASES = threat_family_cases(THREATS, SAFE)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat sent to review in every bundled city; its
    near-misses (a shame, a sentence argued, history, a vote, a clock, a loan) are none."""
    assert_threat_case(text, threatens)


def test_the_legal_line_holds() -> None:
    """Idioms, reports of a threat, the death penalty argued and removal from office stay no
    threat beside the new families."""
    for text in (
        "I could kill for a coffee",
        "this traffic is killing me",
        "he said he would shoot us, so we called police",
        "the mayor should be voted out",
        "throw them out in November",
        "those thugs deserve the death penalty",
    ):
        assert_no_threat(text)


_BODY = st.sampled_from(["face", "mouth", "teeth", "nose", "jaw"])


@given(st.sampled_from(["Smith", "Garcia", "Alderman Lewis"]), _BODY)
def test_a_blow_on_a_named_persons_body_is_read_for_any_name(name: str, body: str) -> None:
    """A blow called for on a named person's body is a threat, whoever is named; the same name
    beaten in the polls is none."""
    assert_threat(f"someone should punch {name} in the {body}")
    assert_no_threat(f"someone should beat {name} in the polls")


@given(st.sampled_from(["thugs", "traitors", "goons", "punks"]))
def test_death_deserved_reads_any_villain(villain: str) -> None:
    """Death deserved by people named by an insult is a threat; prison deserved is none."""
    assert_threat(f"those {villain} deserve to die")
    assert_no_threat(f"those {villain} deserve to rot in prison")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside near-misses of its own."""
    assert THREATS.keys() == SAFE.keys()
    assert all(len(texts) >= 2 for texts in THREATS.values())
    assert all(len(texts) >= 2 for texts in SAFE.values())
