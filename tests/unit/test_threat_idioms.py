"""Threats said by idiom or allusion (Kankakee § V.2.2, calls to destroy buildings § V.2.6).

The patterns under "Idioms and allusions" in ``threats.phrases`` (words in
``threat_idioms.txt``) find five families, each in many phrasings and with any person as the
target: death idioms ("you'll go home in a body bag"), weapons named at a person ("you'll find
out what my rifle is for"), menacing warnings ("the clerks better watch their backs"), stalking
("I know where the assessor lives") and the destruction of buildings ("I'll torch the library").
Figures of speech with no person, warnings of danger to nobody in particular, negated, quoted
and reported forms are not findings; every finding is judgment (review), never removal.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence
from municipal_social_policy.detectors.phrases import read_phrases

# The detectors whose evidence these tests read.
THREATS = ("threat", "incitement")

# Who a threat names: role nouns with a determiner, titles with a name, pronouns, quantified
# groups. Each as a subject and as an object.
_ROLES = (
    "clerk",
    "inspector",
    "trash collectors",
    "city manager",
    "tax assessor",
    "building inspector",
    "alderman",
    "councilwoman",
    "meter maid",
    "code enforcer",
    "cops",
    "sheriff",
    "mayor",
    "neighbor",
)
_DETERMINERS = ("the", "that", "this", "those", "your", "his")


@st.composite
def targets(draw: st.DrawFn, subject: bool) -> str:
    """A noun phrase naming a person: "that inspector", "Alderman Lewis", "he"/"him"."""
    kind = draw(st.sampled_from(("role", "title", "pronoun", "group")))
    if kind == "role":
        return f"{draw(st.sampled_from(_DETERMINERS))} {draw(st.sampled_from(_ROLES))}"
    if kind == "title":
        title = draw(st.sampled_from(("Alderman", "Inspector", "Mayor", "Officer", "Trustee")))
        return f"{title} {draw(st.sampled_from(('Lewis', 'Jo Smith', 'Ramirez')))}"
    if kind == "group":
        return f"every one of {draw(st.sampled_from(('them', 'those clerks', 'the inspectors')))}"
    pronouns = ("he", "she", "they", "you") if subject else ("him", "her", "them", "you")
    return draw(st.sampled_from(pronouns))


# Each family in many phrasings; {s} is a subject, {o} an object.
SUBJECT_IDIOMS = (
    "if {s} shows up again {s} is going home in a body bag",
    "keep it up and {s} will leave in a pine box",
    "{s} is gonna end up in a coffin",
    "{s} will be carried out in a casket",
    "{s} will be pushing up daisies by spring",
    "{s} is going to be taking a dirt nap",
    "{s} will be six feet under by the vote",
    "{s} will be sleeping with the fishes",
    "{s} is going to end up dead",
    "one more ticket and {s} will wind up dead",
    "{s} will not make it home tonight",
    "{s} won't make it out of that meeting alive",
    "{s} won't leave city hall alive",
    "keep it up and {s} will meet their maker",
    "{s} is about to catch these hands",
    "{s} is gonna catch a bullet",
)
OBJECT_IDIOMS = (
    "I'm going to put {o} in the ground",
    "I will put {o} in an early grave",
    "we're gonna put {o} in the hospital",
    "someone needs to put {o} six feet under",
    "somebody should put {o} in a body bag",
    "I'm going to take {o} out back",
    "I will send {o} to the morgue",
    "we're going to send {o} to meet their maker",
    "I'll make sure {o} never walks again",
    "I'll take {o} out for good",
    "I'm locked and loaded for {o}",
    "my rifle is loaded and ready for {o}",
    "there's a bullet with {o}'s name on it",
    "I've got a shotgun with {o}'s name on it",
    "something bad is going to happen to {o}",
    "something terrible might happen to {o}",
    "I know where {o} lives",
    "we know where {o} sleeps",
    "I'm coming for {o}",
    "we are coming after {o}",
)
# No target, or the writer's weapon, building or warning as the threat.
PLAIN_IDIOMS = (
    "keep it up and you'll find out what my shotgun is for",
    "one more letter and you will find out what my AR is for",
    "my AR-15 is loaded and waiting",
    "my glock is locked and loaded for you",
    "I have a bullet with your name on it",
    "say hello to my twelve gauge",
    "you'll meet my baseball bat",
    "I'm going to introduce you to my shotgun",
    "you better watch your back",
    "the inspectors better watch their backs",
    "watch your back, alderman",
    "you'd better watch your step",
    "consider yourself warned",
    "you won't see it coming",
    "you'll never see it coming",
    "you won't know what hit you",
    "I'll be waiting for you outside",
    "we'll be waiting for him after the meeting",
    "I know what car you drive",
    "I'm going to torch the council chambers",
    "I'm gonna burn down the library",
    "I will blow up city hall",
    "I'll burn the police station to the ground",
    "we're going to set the courthouse on fire",
    "I'm about to shoot up the school",
    "I'll blow his house up",
    "someone should torch the fire station",
    "somebody needs to blow up the post office",
    "let's torch the town hall",
    "burn down city hall",
)


@given(idiom=st.sampled_from(SUBJECT_IDIOMS), target=targets(subject=True))
def test_every_death_idiom_is_found_with_any_person(idiom: str, target: str) -> None:
    """A person who will go home in a body bag, end up dead, not make it home: any person."""
    text = idiom.format(s=target)
    assert evidence(text, *THREATS), text
    assert evidence(text[0].upper() + text[1:] + ".", *THREATS), text


@given(idiom=st.sampled_from(OBJECT_IDIOMS), target=targets(subject=False))
def test_every_idiom_with_an_object_is_found_with_any_person(idiom: str, target: str) -> None:
    """Put in the ground, a bullet with a name, coming for, knowing where one lives."""
    text = idiom.format(o=target)
    assert evidence(text, *THREATS), text


@pytest.mark.parametrize("text", PLAIN_IDIOMS)
def test_weapons_warnings_stalking_and_arson_are_found(text: str) -> None:
    """Each family, written many ways; the evidence is the words of the original text."""
    found = evidence(text, *THREATS)
    assert found
    assert all(text[e.start : e.end] == e.text for e in found)


@pytest.mark.parametrize("text", PLAIN_IDIOMS[:6] + OBJECT_IDIOMS[:4])
def test_idioms_are_reviewed_never_removed(text: str) -> None:
    """Strength stays judgment: a true threat needs a mental state software cannot see."""
    assert evaluator().evaluate(text.format(o="the clerk")).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # Figures of speech with no person.
        "This ordinance is killing downtown.",
        "The budget is a bomb.",
        "My kid killed it at the fair.",
        "That proposal is dead on arrival.",
        "The council torched the budget.",
        "Burn down the old rules and start over.",
        "The new zoning code will be six feet under by summer.",
        "That plan is going home in a body bag.",
        "Let's torch the old parking minimums.",
        "We should blow up the whole permit process.",
        "The mayor's budget blew up in his face.",
        "I'm going to burn down the town hall meeting with facts.",
        "I'm going to bomb this exam.",
        "We need to burn this whole broken system to the ground.",
        "I'm going to burn the old rules to the ground.",
        "I got another parking ticket and I'm going to burn it.",
        "We should blow it up and start over.",
        "We should put the clerk in the ground floor office so residents can reach her.",
        "We need to put the nurses in the hospital lobby during the drive.",
        "You can meet my dog at the park.",
        "We will send the inspectors to the hospital to check the fire codes.",
        "The kids are about to catch the bus home.",
        "The mayor will catch a lot of heat for this.",
        "I'll make sure the clerk never loses a form again.",
        "The new library will blow up the budget.",
        # Hyperbole about waiting.
        "You'll be six feet under before they fix Main Street.",
        "You'll be pushing up daisies before this city finishes the library.",
        "Residents will be pushing up daisies before the bridge is fixed.",
        # Elections, views and places.
        "We need to take out these incumbents in November.",
        "He's going to get his butt kicked in November.",
        "Vote them out.",
        "We're coming for your seats in November.",
        "We are coming for her seat next spring.",
        "I know where the mayor stands on this.",
        "I know where the library is.",
        "We know where the council meets.",
        # Care and safety, to nobody in particular.
        "Watch your back on that icy sidewalk.",
        "Watch your back when you lift those bins.",
        "Someone is going to end up dead at that crossing.",
        "A kid will end up dead if they don't fix that light.",
        "People won't make it home before dark if the route is cut.",
        "My kids won't make it home in time for dinner with this detour.",
        "Something bad will happen to someone if nobody fixes the railing.",
        "I'll be waiting for the inspector at 9 tomorrow.",
        "We'll put my mom in the hospital on Monday.",
        "The doctor says smoking will put you in an early grave.",
        "Take out the trash before Tuesday.",
        "Somebody needs to take out the trash.",
        "Someone should take out the mayor's pet project.",
        "This is your last warning to register for the 5K.",
        "Keep it up and you'll end up in the hospital, wear a helmet.",
        "I'm going to take my kids out for ice cream.",
        "My rifle is loaded and ready for deer season.",
        # History and news.
        "The old mill burned down in 1987.",
        "Police say the man threatened to burn down city hall.",
        "Grandpa was buried in a pine box in 1952.",
        "Firefighters put out the blaze at the library.",
        # Negation.
        "Nobody should put anyone in a body bag.",
        "I would never put you in the hospital.",
        "I'm not going to torch anything.",
    ],
)
def test_figures_of_speech_warnings_and_news_are_not_threats(text: str) -> None:
    """No person threatened, nobody in particular, a report or a negation: no finding."""
    assert evidence(text, *THREATS) == []


_NEGATED = (
    ("I'm going to put {o} in the ground", "I'm not going to put {o} in the ground"),
    ("I will put {o} in the hospital", "I would never put {o} in the hospital"),
    ("I know where {o} lives", "I don't know where {o} lives"),
    ("I'm coming for {o}", "I'm not coming for {o}"),
    ("I'm locked and loaded for {o}", "I'm not locked and loaded for {o}"),
    ("I'm going to torch the library", "I'm not going to torch the library"),
)


@given(pair=st.sampled_from(_NEGATED), target=targets(subject=False))
def test_negated_idioms_are_not_found(pair: tuple[str, str], target: str) -> None:
    """The same words negated are no threat ("I would never put him in the hospital")."""
    threat, negated = (text.format(o=target) for text in pair)
    assert evidence(threat, *THREATS), threat
    assert evidence(negated, *THREATS) == [], negated


@given(
    idiom=st.sampled_from([idiom for idiom in SUBJECT_IDIOMS if idiom.startswith("{s}")]),
    target=targets(subject=True),
    frame=st.sampled_from(
        (
            'The villain laughs. "{}"',
            '"{}," the villain says in the movie.',
            "Police said the caller told her that {} and hung up.",
            "The officer said the suspect wrote {} on the wall.",
        )
    ),
)
def test_quoted_and_reported_idioms_are_not_found(idiom: str, target: str, frame: str) -> None:
    """A quotation or a report of someone else's words is not the writer's threat."""
    assert evidence(frame.format(idiom.format(s=target)), *THREATS) == []


@given(
    idiom=st.sampled_from(OBJECT_IDIOMS + SUBJECT_IDIOMS),
    pair=st.sampled_from((("the mayor", "the neighbor"), ("Alderman Lewis", "the plumber"))),
)
def test_an_official_and_a_resident_are_treated_alike(idiom: str, pair: tuple[str, str]) -> None:
    """Who is threatened makes no difference (§ I.3): the same words, the same decision."""
    official, resident = (idiom.format(o=who, s=who) for who in pair)
    assert evaluator().evaluate(official).decision is evaluator().evaluate(resident).decision


def test_a_negator_the_pattern_names_is_part_of_what_it_says() -> None:
    """ "you won't see it coming" is no negation of itself; "I won't hurt you" still is."""
    assert evidence("You won't see it coming, clerk.", *THREATS)
    assert evidence("I won't hurt you.", *THREATS) == []
    assert evidence("I never said you won't see it coming.", *THREATS) == []


def test_a_set_named_in_several_files_holds_the_words_of_all() -> None:
    """threat_idioms.txt adds head nouns to threat_terms.tsv's person and property."""
    sets = read_phrases("threats.phrases").sets
    assert {"clerk", "meter_maid"} <= sets["person"]
    assert {"house", "council_chambers", "library"} <= sets["property"]


@pytest.mark.parametrize(
    "text",
    [
        "That deputy is going to get what's coming to him, count on it.",
        "Somebody ought to teach that building inspector a lesson.",
        "If they close the pool again, somebody's gonna get shot.",
        "I hope somebody runs over the meter maid.",
        "Hope the commissioner's truck blows up in his driveway.",
        "The next cop who tickets me is getting a bullet.",
        "Those clerks deserve to be dragged through the streets.",
    ],
)
def test_comeuppance_lessons_foretold_killings_and_wished_harm_are_found(text: str) -> None:
    assert evidence(text, *THREATS) != []


@pytest.mark.parametrize(
    "text",
    [
        "You're going to get what's coming to you in November, alderman, at the ballot box.",
        "The kids should teach their parents a lesson about recycling.",
        "If they don't fix that slide, somebody's gonna get hurt.",
        "I hope somebody beats the Bears this weekend.",
        "I hope the old mill burns down, it's an eyesore.",
        "Everyone gets a bullet point list of the changes.",
    ],
)
def test_elections_lessons_accidents_and_games_are_not_threats(text: str) -> None:
    assert evidence(text, *THREATS) == []
