"""Threats in the register of news comments, a second pass by families (issue 9, the twelfth
session's merges, threat; Kankakee § V.2.2 threats, § V.2.6 violence; Marseilles § 39.52(B)
and (H); Montgomery County's threats), each family with several phrasings written here and the
harmless near-misses that share its words.

The families: harm regretted as out of reach ("too bad we can't just shoot him"); hunted down
and put to death; a person already dead who does not know it; harm promised to the reader who
comes back; a blow a person needs where it hurts; a beating foretold to the reader in a gerund
("enjoy getting your ass kicked"); the writer's pleasure in pulling the trigger;
rounds promised to whoever crosses the writer; an end only a killing gives ("floating in the
river"); a lesson taught with a blunt weapon; lethal force on a crowd or a class of people;
rope and trees said to be ready; the world done a favour by a killing; blows or death ordered on
a person named by a politics, whichever it is ("Punch a Nazi!", "slap a liberal today"); harm
called for on people named as villains ("someone should kill those thugs"); and threats said after
an idiom of eagerness, whose negator denies nothing ("I can't wait for the day of the rope",
"it won't be long until ...", "no doubt ..."). The near-misses keep the legal line: a dinner, a
bill or fireworks, a fugitive brought to justice, a mall that is dead, advice, a team spurred, a
trade, a report of a shooting, a river floated, a ballot, grass mowed, a rope swing, a favour of
kindness, eagerness for a parade.
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

#: Each family: threats in several phrasings (other words, targets, word orders and spellings).
THREATS: dict[str, list[str]] = {
    "harm regretted as out of reach": [
        "too bad they can't just take the guy out back and shoot him",
        "too bad we can't hang traitors anymore",
        "shame we can't just shoot these people",
        "pity nobody has the guts to shoot him",
        "it's a shame they don't hang people like him anymore",
        "such a shame nobody has the balls to shoot that creep",
        "unfortunately we can't legally kill the guy",
        "it's a shame we can't shoot looters on sight",
        "what a pity we can't just string these thugs up anymore",
    ],
    "hunted down and put to death": [
        "these thugs must be hunted down and disposed of",
        "the traitors need to be hunted down and exterminated",
        "those goons deserve to be hunted down and strung up",
        "every one of those councilmen should be hunted down and executed",
        "the scumbags have to be hunted down and wiped out",
    ],
    "already dead and does not know it": [
        "you're already dead and you don't even know it",
        "you are a dead man, you just don't know it yet",
        "that senator is already dead, he just doesn't know it",
        "those punks are already dead, they don't know it yet",
    ],
    "harm promised to the reader who comes back": [
        "you'll get shot if you come around here again",
        "you're gonna get hurt if you show your face here",
        "you will be shot if you set foot on my land",
        "you'll get stabbed if you ever come back to this block",
        "you're getting jumped next time you show up",
    ],
    "a blow a person needs where it hurts": [
        "this guy needs a good kick in the nuts",
        "those thugs need a kick in the teeth",
        "you need a kick in the face",
        "the mayor could use a good punch in the mouth",
        "he needs a good cock punch",
        "that punk deserves a swift knee to the groin",
        "that feller needs a swift kick in the groin",
        "that bloke deserves a good beating",
    ],
    "the writer's pleasure in pulling the trigger": [
        "i'd love to pull the trigger on that guy",
        "I would be glad to pull the trigger for you",
        "i would happily pull the trigger on him",
        "I'd be honored to pull the trigger on the governor",
    ],
    "a beating foretold to the reader in a gerund": [
        "no doubt getting your butt kicked along the way",
        "enjoy getting your ass kicked, punk",
        "have fun gettin ur ass whooped when i see u",
        "probably getting your butt stomped before the night is over",
    ],
    "rounds promised to whoever crosses the writer": [
        "anyone who breaks into my house is getting two in the chest",
        "whoever comes through that door gets a face full of buckshot",
        "any looter who tries it will catch three in the back",
        "anyone who comes at me is getting a face full of lead",
        "I'll empty my clip into anyone who tries it",
        "I'd unload my shotgun into whoever touches my truck",
        "whoever tries it will meet my friends Smith and Wesson",
    ],
    "an end only a killing gives": [
        "that mayor is going to end up floating in the river",
        "keep talking and you'll end up face down in a ditch",
        "you'll wind up in a shallow grave",
        "you'll be found floating in the harbor",
        "the commissioner will end up at the bottom of the lake",
    ],
    "a lesson taught with a blunt weapon": [
        "someone needs to teach that punk a lesson with a baseball bat",
        "somebody should wipe that smirk off his face with a shovel",
        "I'll teach him a lesson with my fists",
        "we should teach the landlord a lesson with a tire iron",
        "i'd knock that grin off her face with a brick",
    ],
    "lethal force on a crowd or a class of people": [
        "those protesters should be mowed down",
        "the rioters need to be gunned down",
        "they should shoot looters on sight",
        "police should shoot the looters on sight",
        "a few rounds into that crowd would fix the problem",
        "some bullets into that mob would settle it",
    ],
    "rope and trees said to be ready": [
        "there are plenty of trees and plenty of rope",
        "we've got enough trees and enough rope for all of them",
        "lots of lampposts in this town and lots of rope",
    ],
    "the world done a favour by a killing": [
        "someone should do the world a favor and take him out",
        "do us all a favour and put that animal down",
        "somebody do society a favor and shoot the creep",
        "do the world a favor and put that scumbag down",
    ],
    "blows or death ordered on a person named by a politics": [
        "Punch a nazi!",
        "punch a commie",
        "go punch a trumper",
        "slap a liberal today",
        "shoot every republican you see",
        "punch every democrat you see",
        "time to start shooting nazis",
        "kill all the fascists",
    ],
    "harm called for on people named as villains": [
        "someone should kill those thugs",
        "we should shoot those punks",
        "somebody ought to hang that goon",
        "we need to kill those savages",
    ],
    "a threat after an idiom of eagerness": [
        "I can't wait for the day of the rope",
        "I cannot wait for the day of the rope",
        "it won't be long until we start shooting them",
        "no doubt you'll be getting your butt kicked before long",
        "can't wait till they hang him",
        "it won't be long until someone puts a bullet in him",
        "only a matter of time before somebody puts a round in that guy",
    ],
}

#: The near-misses of each family: same words, no threat.
NEAR_MISSES: dict[str, list[str]] = {
    "harm regretted as out of reach": [
        "too bad we can't take him out for dinner",
        "shame we can't shoot the fireworks this year",
        "too bad we can't kill the bill",
        "it's a shame they don't hang the decorations anymore",
        "too bad nobody had the guts to shoot the movie there",
        "too bad we can't hang the banner up",
    ],
    "hunted down and put to death": [
        "the escaped prisoners must be hunted down and brought to justice",
        "the bug must be hunted down and fixed",
        "the old furniture must be hunted down and disposed of",
    ],
    "already dead and does not know it": [
        "the mall is already dead, it just doesn't know it yet",
        "that plan is already dead, it just doesn't know it",
    ],
    "harm promised to the reader who comes back": [
        "you'll get hurt if you lift that box wrong",
        "you'll get shot if you point a gun at police",
        "you'll get killed if you drive that fast",
        "you'll get hurt if you come back to work too soon after surgery",
    ],
    "a blow a person needs where it hurts": [
        "the councilman needs a swift kick in the pants",
        "the Broncos need a swift kick in the butt",
        "the team needs a kick in the pants",
        "the economy needs a shot in the arm",
        "the fella at the counter needs a raise",
    ],
    "the writer's pleasure in pulling the trigger": [
        "i'd love to pull the trigger on that trade",
        "I'd love to pull the trigger on a new car",
        "I'm happy to pull the trigger for you on this purchase",
    ],
    "a beating foretold to the reader in a gerund": [
        "enjoy getting your butt kicked at chess",
        "have fun getting your butt kicked in the playoffs",
        "I remember getting my butt kicked in the playoffs",
    ],
    "rounds promised to whoever crosses the writer": [
        "the officer took two in the chest during the raid",
        "the deer took one in the heart at eighty yards",
        "I emptied my clip at the range today",
    ],
    "an end only a killing gives": [
        "those leaves will end up floating down the river",
        "the mayor will end up at the bottom of the polls",
        "you'll end up floating down the river on a tube if you're not careful",
    ],
    "a lesson taught with a blunt weapon": [
        "teach the kids a lesson with a video",
        "the voters will wipe that smirk off his face with their ballots",
    ],
    "lethal force on a crowd or a class of people": [
        "the grass should be mowed down to two inches",
        "the officer was gunned down last night",
        "in the game you should shoot zombies on sight",
    ],
    "rope and trees said to be ready": [
        "there are plenty of trees and enough rope for a swing",
        "plenty of trees and plenty of rope for a ropes course",
    ],
    "the world done a favour by a killing": [
        "do the world a favor and take him out to dinner",
        "do yourself a favor and put the phone down",
        "do us a favor and shoot the mayor an email",
    ],
    "blows or death ordered on a person named by a politics": [
        "I'll shoot a conservative estimate over to the board",
        "add a liberal dose of salt",
        "shoot a liberal arts major an email",
        "kill a democrat bill",
        "the nazis killed millions",
        "beat a republican in the primary",
        "we beat every democrat in the county last night",
    ],
    "harm called for on people named as villains": [
        "everyone should beat those punks at chess",
        "someone should jail those thugs",
        "we should beat those thugs in the playoffs",
    ],
    "a threat after an idiom of eagerness": [
        "I can't wait for the parade",
        "I couldn't be happier for the team",
        "it won't be long until the snow melts",
        "no doubt the council will kill the proposal",
        "he kept a bullet in the chamber until someone put a lock on it",
    ],
}

#: Harmless text in the same register, whatever family its words recall: sports, games,
#: cooking, history, a crime reported, idioms, fiction, the law of self-defence, a threat
#: reported as news.
HARMLESS: list[str] = [
    "the Cubs are going to kill it this season",
    "I could kill for a coffee right now",
    "shoot me an email when the minutes are posted",
    "she's killing it on the council's budget committee",
    "brown the onions, then beat the eggs until they are stiff",
    "the Union army hanged the spies in 1862",
    "police say the suspect shot two men outside the bar on Friday",
    "in the novel the detective shoots the killer in the last chapter",
    "the castle doctrine lets you use deadly force against an intruder in your home",
    "he told police he would kill her, according to the complaint",
    "the mayor should be voted out in November",
    "lock him up, the jury said guilty on all counts",
    "the senator deserves to lose his seat",
]

CASES = threat_family_cases(THREATS, NEAR_MISSES)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat sent to review in every bundled city; its
    near-misses (a dinner, a bill, a fugitive brought to justice, advice, a team spurred, a
    trade, a report, a ballot, a rope swing, a favour of kindness) are none."""
    assert_threat_case(text, threatens)


@pytest.mark.parametrize("text", HARMLESS)
def test_the_register_of_news_comments_is_no_threat(text: str) -> None:
    """Idioms, games, cooking, history, fiction, a crime or a threat reported, the law argued,
    an election wished lost: no threat."""
    assert_no_threat(text)


_PARTISANS = st.sampled_from(
    ["nazi", "commie", "liberal", "conservative", "republican", "democrat", "trumper", "leftist"]
)


@given(st.sampled_from(["punch", "slap", "shoot"]), _PARTISANS)
def test_a_blow_ordered_on_any_politics_is_a_threat(blow: str, partisan: str) -> None:
    """Viewpoint does not matter: a blow ordered on one person named by any politics is a
    threat, whichever side it names."""
    assert_threat(f"{blow} a {partisan}!")


_TARGETS = st.sampled_from(["the mayor", "that judge", "the senator", "those looters", "him"])
_REGRETS = st.sampled_from(["too bad", "it's a shame", "unfortunately"])
_HARMS = st.sampled_from(["shoot", "hang", "kill"])


@given(_REGRETS, _HARMS, _TARGETS)
def test_harm_regretted_reads_alike_for_every_target(regret: str, harm: str, target: str) -> None:
    """Whoever the target, a killing regretted as out of reach is a threat: no office is
    exempt and none is singled out."""
    assert_threat(f"{regret} we can't just {harm} {target}")


@given(_REGRETS, st.sampled_from(["the bill", "the proposal", "the old oak", "the engine"]))
def test_a_thing_out_of_reach_is_no_threat(regret: str, thing: str) -> None:
    """A bill or a tree that cannot be killed or cut down threatens no one."""
    assert_no_threat(f"{regret} we can't just kill {thing}")


@given(st.sampled_from(["I can't wait", "I cannot wait", "I could not wait"]))
def test_an_eager_negator_does_not_cancel_the_threat(eager: str) -> None:
    """ "can't wait" is eagerness: the threat after it stands."""
    assert_threat(f"{eager} for the day of the rope")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is a family: at least three phrasings and two near-misses each."""
    assert set(THREATS) == set(NEAR_MISSES)
    for family, texts in THREATS.items():
        assert len(texts) >= 3, family
        assert len(NEAR_MISSES[family]) >= 2, family
