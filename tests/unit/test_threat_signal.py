"""The broad threat signal (issue 9, the thirteenth session, threat; Kankakee § V.2.2 threats,
§ V.2.6 violence; Marseilles § 39.52(B) and (H); Montgomery County's threats): within one
clause, a TARGET (a pronoun, a name, a role noun with its determiner, a body of officials
named whole, a person's family, house, car or pet), a HARM outcome (death, dying, hanging, a
beating, a bullet, burning, "dead meat", "what happens", "pay for this", "catch you alone") and
a MODALITY that makes it a threat or a wish (the future, a wish or a pleasure to see it, a
harm deserved, a condition, "wait till"), in the orders English allows.

These probes were written before the patterns, from the phrasings residents use, not from any
data set's rows. The near-misses keep every existing check and the legal line: criticism of an
official or of a policy (§ I.3), an election lost, a game or a sport, medical and accident news,
the writer's own despair (self-harm talk threatens no one else), a natural consequence, a
negation, a report, a question and a warning of danger.
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

#: Each family: threats in several phrasings, registers and word orders.
THREATS: dict[str, list[str]] = {
    "death foretold to the target": [
        "you gonna die",
        "YOU ARE GOING TO DIE",
        "ur gonna die tonight",
        "u r gonna die bitch",
        "you're going to die soon, count on it",
        "YOUR GONNA DIE",
        "Councilman Diaz is going to die",
        "the mayor is gonna die, mark my words",
        "that clerk will be dead by friday",
        "you will be dead by the next meeting",
        "that judge is dead meat",
        "your dead meat pal",
    ],
    "harm promised on a condition": [
        "keep it up and see what happens to your car",
        "keep it up and see what happens",
        "keep it up and you'll get hurt",
        "keep running your mouth and see what happens to your family",
        "one more word and you're dead",
        "try that again and see what happens to your kids",
        "show your face at city hall again and you'll get hurt",
        "if you come back here you're dead",
        "keep it up alderman, and see what happens to your house",
    ],
    "harm the writer would love to see": [
        "i'd love to see the mayor hanging from a tree",
        "I would love to see him swinging from a rope",
        "can't wait to see that clerk in a body bag",
        "Id pay good money to see the council beaten",
        "nothing would make me happier than seeing the judge dead",
        "I want to see every one of them hanging from a lamppost",
        "would love to see that cop get shot",
        "I'm gonna enjoy watching you die",
        "would be nice to see the mayor in a coffin",
    ],
    "the writer waits for a chance": [
        "wait til I catch you alone",
        "just wait until I get my hands on you",
        "wait till i catch u in the parking lot",
        "you wait until we catch him alone",
        "wait until I find you after the meeting, you're done",
        "can't wait till the mayor gets shot",
    ],
    "harm deserved by a target": [
        "the whole council deserves a beating",
        "that cop deserves a bullet",
        "the whole school board deserves a good beating",
        "every one of those commissioners deserves a bullet",
        "the entire city council deserves to hang",
        "the zoning board deserves a beating",
        "the council should all be hanging from lampposts",
        "somebody should hurt that clerk",
    ],
    "a harm foretold to a target": [
        "that mayor is gonna catch a bullet",
        "the clerk is gonna get shot one of these days",
        "your family is going to get hurt",
        "your car is going to burn tonight",
        "your dog is gonna get hurt",
        "the whole council is gonna hang for this",
        "you will pay for this",
        "the mayor is gonna pay for this, I promise you",
        "you'll pay for what you did, mark my words",
        "that cop will be bleeding on the pavement soon",
        "the clerk is gonna catch a beating",
    ],
    "violence a third person is foretold to do": [
        "he'll shoot you",
        "he will kick you in the teeth",
        "my son will punch you in the face",
        "the sheriff is gonna kick that clerk in the ass",
        "Hey, go kill the mayor",
        "End him.",
        "just end her",
        "hey shoot them",
    ],
    "harm wished on a target's house, car or pet": [
        "i hope your house burns down",
        "hope your car gets torched tonight",
        "I hope your dog gets run over",
        "hope the mayors house burns with him in it",
    ],
}

#: The same threats in the register residents type them: capitals, texting, dropped letters.
REGISTERS: list[str] = [
    "U GONNA DIE",
    "ur dead meat alderman",
    "wait til we catch u alone",
    "the whole council deserves a beatin",
    "I'd luv to see the mayor hangin from a tree",
    "wud love to see the mayor swinging from a rope",
    "mayor ur gonna pay for this",
    "keep it up and see what happens to ur car",
]

#: The near-misses of each family: the same words, no threat.
NEAR_MISSES: dict[str, list[str]] = {
    "death foretold to the target": [
        "you're gonna die laughing when you see this",
        "we're all going to die someday",
        "my phone is gonna die, I'll call you later",
        "the bill is going to die in committee",
        "the mayor's plan is dead on arrival",
        "you will die of boredom at that meeting",
        "if you eat that ghost pepper you're gonna die lol",
        "the doctors say he is going to die within the month",
        "this policy will kill small business",
        "that idea is dead meat after tonight's vote",
    ],
    "harm promised on a condition": [
        "keep it up and see what happens in November",
        "keep it up and you'll get voted out",
        "keep raising taxes and see what happens to the housing market",
        "keep ignoring potholes and see what happens to your car",
        "try emailing the clerk and see what happens",
        "if you park there your car will get towed",
        "keep up the good work, council",
        "one more tax hike and I'm moving to Indiana",
    ],
    "harm the writer would love to see": [
        "I'd love to see the mayor lose",
        "I'd love to see the mayor hanging out at the farmers market",
        "would love to see lights hanging from the trees downtown",
        "can't wait to see the council voted out",
        "I'd love to see the mayor's portrait hanging in city hall",
        "I would love to see the whole council replaced",
        "can't wait to see that new park finished",
        "nice to see the mayor dead wrong again",
        "would love to see the mayor beaten by a write-in",
        "it would be nice to see the council burn through less money",
        "I love seeing the kids hanging from the monkey bars",
        "love to see the kids swinging from the rope swing at the park",
    ],
    "the writer waits for a chance": [
        "wait til you see the new park",
        "wait until I catch my breath",
        "can't wait till I catch up with you at the meeting",
        "just wait until you get your tax bill",
        "wait til I catch the bus, then I'll call",
        "can't wait till the mayor gets voted out",
    ],
    "harm deserved by a target": [
        "the whole council deserves a beating at the polls",
        "our team deserves a win",
        "the council deserves criticism for this",
        "the mayor deserves to be voted out",
        "the Bears deserved the beating they got on Sunday",
        "this proposal deserves a quick death",
        "someone should hurt the mayor's chances",
        "someone should hurt his feelings for once",
    ],
    "a harm foretold to a target": [
        "he's gonna get a shot at the title",
        "you're gonna get your flu shot at the clinic",
        "your taxes are going to go up again",
        "we'll kill them on Friday night",
        "the Bears are gonna get killed on Sunday",
        "taxpayers will pay for this",
        "you will pay for this with higher water bills",
        "who is going to pay for this?",
        "the mayor is gonna pay for this at the ballot box",
        "your car is going to get towed if you park there",
        "you'll get shot if you walk down that alley at night, be careful",
    ],
    "violence a third person is foretold to do": [
        "my wife will kill me",
        "your mom is gonna kill you when she sees this",
        "the cops will shoot you if you run",
        "the clerk will shoot you a reply by Friday",
        "he will shoot you an email with the agenda",
        "hey, go kill it at the 5K on Saturday",
        "hey just kill the engine when you park",
        "end it already, the meeting is three hours long",
        "end the program",
        "your going to die of laughter at the council minutes",
    ],
    "harm wished on a target's house, car or pet": [
        "I hope your house didn't flood",
        "hope your car gets fixed soon",
        "I hope your dog gets better",
        "hope the mayors house sells quickly",
    ],
}

#: Harmless text in the same register: criticism of officials and policies, elections, sports,
#: medical and accident news, the writer's own despair, a negation, a report, a question.
HARMLESS: list[str] = [
    "the council should be voted out",
    "this policy will kill small business",
    "the mayor's plan is dead on arrival",
    "I'd love to see the mayor lose",
    "we'll kill them on Friday night",
    "the mayor is going to get crushed in the next election",
    "a man died after his car hit a tree on Route 50",
    "the victim was beaten and later died at the hospital",
    "I just want to die, this week has been awful",
    "I'm gonna die if I have to sit through another meeting",
    "I wish I was dead",
    "nobody wants to see the mayor hanging from a tree",
    "I would never hurt your car",
    "he said he would kill me, and the police did nothing",
    "is the mayor going to die in office like the last one?",
    "the council will pay for this when the audit comes out",
    "the aldermen deserve a raise",
    "you'll die when you see the new water bills",
    "I'd love to see the mayor hangin out downtown",
    "the council deserves a good talking to",
    "the mayor is dead set on this plan",
]

CASES = threat_family_cases(THREATS, NEAR_MISSES)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat sent to review in every bundled city; its
    near-misses (an election, a game, a natural consequence, medical news, a thing or a policy
    said to die) are none."""
    assert_threat_case(text, threatens)


@pytest.mark.parametrize("text", REGISTERS)
def test_threats_in_the_register_residents_type(text: str) -> None:
    """Capitals, texting spellings and dropped letters do not hide a threat."""
    assert_threat(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_criticism_news_and_despair_are_no_threat(text: str) -> None:
    """Criticism of officials and of policies, elections, sports, accidents, the writer's own
    despair, negation, a report and a question: no threat."""
    assert_no_threat(text)


_TARGETS = st.sampled_from(
    ["the mayor", "that clerk", "the whole council", "Alderman Lewis", "you", "the zoning board"]
)


@given(_TARGETS, st.sampled_from(["a beating", "a bullet", "to hang", "to die"]))
def test_harm_deserved_reads_alike_for_every_target(target: str, harm: str) -> None:
    """Whoever the target, an official, a body of officials or a resident, harm deserved is a
    threat: no office is exempt and none is singled out."""
    assert_threat(f"{target} deserves {harm}")


@given(_TARGETS, st.sampled_from(["to lose", "to be voted out", "a recall", "better"]))
def test_a_defeat_deserved_is_no_threat(target: str, defeat: str) -> None:
    """An election lost or a recall deserved is criticism, protected whoever is named."""
    assert_no_threat(f"{target} deserves {defeat}")


@given(_TARGETS, st.sampled_from(["hanging from a tree", "in a body bag", "beaten"]))
def test_harm_one_would_love_to_see_reads_alike_for_every_target(target: str, harm: str) -> None:
    """The pleasure of seeing any target harmed is a wish of harm."""
    assert_threat(f"I'd love to see {target} {harm}")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is a family: at least four phrasings and four near-misses each, and more than
    fifty of each in all."""
    assert set(THREATS) == set(NEAR_MISSES)
    for family, texts in THREATS.items():
        assert len(texts) >= 4, family
        assert len(NEAR_MISSES[family]) >= 4, family
    assert sum(map(len, THREATS.values())) >= 50
    assert sum(map(len, NEAR_MISSES.values())) + len(HARMLESS) >= 50
