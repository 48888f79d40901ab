"""Violence in others' wording (issue 9, the fifteenth session, threat3; Kankakee § V.2.2
threats, § V.2.6 violence; Marseilles § 39.52(B) and (H); Montgomery County's threats): the
constructions news comments and hate posts use that the families before read only in part,
each with several phrasings written here and the harmless near-misses that share its words.

The families: orders opened by a greeting or a name ("hey dude, go kill him"); death told to
the reader as due; insults written as two words ("scum bag"); a beating, burning or hanging
deserved; blows wished in the passive on a person ("she needs to be slapped") or on a group
("women should be beaten"); a person thrown from a height; a person set on fire; a spray of
bullets ordered ("gun them down"); a head cut off; people sent to the gas chambers or the
camps; people sent home in body bags; acid thrown at a person; a beating asked of someone;
violence promised to a group's members; the traitors lined up against a wall; the reader dared
to keep talking and told where that ends; and the orders, calls and wishes of the older
families said of a protected group that the threat targets do not name ("kill all the
feminists"). The near-misses keep the legal line: an office lost, a vote, jail and impeachment
wished, a fine, a bus or a team one is thrown off, a grill on fire, a lawn mowed, a scolding,
funding cut off, summer camp, a pet put down by a vet, a bill killed, a pastime, advice.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import assert_no_threat, assert_threat_case, threat_family_cases

#: Each family: threats in several phrasings (other words, targets, word orders and spellings).
THREATS: dict[str, list[str]] = {
    "blows wished in the passive": [
        "that punk needs to be pistol whipped",
        "she really needs to be bitch slapped",
        "the referee should get punched",
        "HE NEEDS TO BE SMACKED",
        "that creep ought to be horsewhipped",
    ],
    "blows wished on a group": [
        "women should be beaten",
        "muslims deserve to be punched",
        "immigrants ought to be kicked and whipped",
        "gay people should get beaten",
    ],
    "thrown from a height": [
        "gays should be thrown off buildings",
        "he deserves to be thrown off a bridge",
        "that traitor should be pushed off the tallest building in town",
        "toss the bastard off a cliff",
    ],
    "set on fire": [
        "set him on fire",
        "somebody light that creep on fire",
        "they should be set on fire",
        "the mayor deserves to be set ablaze",
    ],
    "a spray of bullets ordered": [
        "gun them down",
        "mow them all down",
        "just gun the bastards down",
    ],
    "a head cut off": [
        "chop their heads off",
        "cut off his head",
        "somebody blow his head off",
        "lop their heads off already",
    ],
    "the gas chambers and the camps": [
        "send them to the gas chambers",
        "put them all in concentration camps",
        "ship the immigrants to the death camps",
        "they belong in the gas chamber",
    ],
    "sent home in body bags": [
        "send them back in body bags",
        "ship him home in a coffin",
    ],
    "acid thrown at a person": [
        "someone should throw acid on her",
        "splash acid in his face",
    ],
    "a beating asked of someone": [
        "somebody give that punk a beating",
        "someone needs to give him a good whooping",
        "can somebody give this idiot a proper thrashing",
    ],
    "violence promised to a group's members": [
        "i will punch all feminists",
        "i'm going to shoot all the immigrants",
    ],
    "the traitors against a wall": [
        "line the traitors up against the wall",
        "line those thugs up against a wall",
    ],
    "the reader dared to keep talking": [
        "keep talking and you'll end up in a ditch",
        "keep running your mouth and you will end up in the morgue",
    ],
    "an order opened by a greeting or a name": [
        "Hey man,  Just commit suicide and end your misery.",
        "hey dude, go kill him",
        "yo bro shoot that punk",
        "Larry, go castrate the idiot",
    ],
    "death told to the reader as due": [
        "you're old, it's time to die already",
        "time for you to die",
    ],
    "an insult written as two words": [
        "somebody should shoot that scum bag",
        "hang the dirt bags",
    ],
    "beaten, burned or hanged, deserved": [
        "that scumbag deserves to be beaten",
        "these people deserve to burn",
        "I hope they all burn alive",
        "he needs to get his ass beaten",
        "those traitors deserve to hang",
    ],
    "older families said of a group": [
        "kill all the feminists",
        "someone should shoot the atheists",
        "i hope all the atheists die",
        "feminists deserve to die",
        "let's hang the feminists",
    ],
}

#: Harmless texts that share the families' words.
NEAR_MISSES: dict[str, list[str]] = {
    "an office, a vote, the law": [
        "the mayor should be voted out",
        "he should be fired",
        "she needs to be impeached",
        "he should be jailed for this",
        "the clerk should be slapped with a fine",
        "the governor must be beaten in november",
        "that senator needs to be kicked out of office",
    ],
    "thrown off, set on fire, mowed": [
        "he should be thrown off the bus",
        "she got thrown off the team",
        "the kids set the grill on fire",
        "somebody needs to mow the lawn down by the river",
        "gun the engine and go",
    ],
    "a scolding, funding, a camp, a pet": [
        "my boss will bite my head off",
        "they cut off their funding",
        "send the kids to summer camp",
        "the vet had to put our old dog down",
        "the bill should be killed in committee",
    ],
    "a greeting, an errand, a program": [
        "hey guys, shoot me an email",
        "Hey folks, kill the bill!",
        "its time for this program to die",
        "Bob, just shoot him a text",
    ],
    "a vote, a game, a pastime, a thing": [
        "Trump must be beaten",
        "they deserve to hang out with us",
        "the old bleachers deserve to burn",
        "the bears deserve to get their butts kicked on sunday",
        "I hope you burn calories",
    ],
    "advice and talk": [
        "keep it up and you'll end up in the hospital, wear a helmet",
        "keep talking to your neighbors, it helps",
        "someone should give the volunteers a hand",
    ],
}


@pytest.mark.parametrize(("family", "text", "threatens"), threat_family_cases(THREATS, NEAR_MISSES))
def test_threat3_family(family: str, text: str, threatens: bool) -> None:
    """Every phrasing of a family is a threat in every bundled city; every near-miss is none."""
    assert_threat_case(text, threatens)


@pytest.mark.parametrize(
    "text",
    [
        "he said they should be thrown off buildings, which is vile",
        "no one should be set on fire",
        "nobody deserves to be thrown off a bridge",
    ],
)
def test_threat3_reported_or_negated(text: str) -> None:
    """A report, a condemnation or a negation of the families is no threat."""
    assert_no_threat(text)
