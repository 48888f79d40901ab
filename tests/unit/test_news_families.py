"""Threats and identity attacks in the register of news comments (issue 9, the eleventh
session's merges, news; Kankakee § V.2.2 threats, § V.2.4 hate, § V.2.6 violence), each family
with several phrasings written here and the harmless near-misses that share its words.

The threat families: death idioms said as a person's due ("should be six feet under", "needs
to meet his maker", "should eat lead"); a death promised to whoever crosses the writer ("will
leave in a body bag", "going out feet first"); put in the ground; lethal ends a culprit should
meet ("should be burned alive"); death wished on a person named by a role ("I wish the governor
would drop dead", "hope he gets shanked in prison"); the writer as executioner ("first in line
to pull the trigger"); calls to kill said in code ("second amendment remedies", "the day of the
rope", "public hangings for the whole council", "the only good cop is a dead cop"). The
near-misses keep the legal line: a bill or a car met its maker, a sentence argued, the Second
Amendment argued, a phrase named or condemned, history, a trade, lead paint.

The identity-attack families: a predicate put first and the group after a comma ("terrorists,
all of them, these Muslims"), crimes and blights the frames did not list ("jihadis", "a drug
dealer", "bloodsuckers", "an invasive species"). The near-misses: a list of nouns, a report, a
party or a trade called the same names.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    assert_free,
    assert_hate,
    assert_no_threat,
    assert_threat,
    assert_threat_case,
    threat_family_cases,
)

#: Each family: threats in several phrasings (other words, targets, tenses and spellings).
THREATS: dict[str, list[str]] = {
    "a death idiom as a person's due": [
        "he should be six feet under by now",
        "that scumbag ought to be six feet under",
        "the commissioner should be put six feet under",
        "those goons need to be six feet under",
        "those traitors need to meet their maker",
        "people like that judge need to meet their maker sooner rather than later",
        "time for the senator to sleep with the fishes",
        "that guy should be sleeping with the fishes",
        "that punk should be pushing up daisies",
    ],
    "a bullet or lead as a person's due": [
        "that guy needs to catch a bullet",
        "the mayor should catch a few bullets",
        "that thug needs to catch some bullets",
        "looters should eat lead",
        "let them eat lead",
        "feed that guy some lead",
    ],
    "a dirt nap given": [
        "somebody needs to give that guy a dirt nap",
        "someone should send him on a dirt nap",
        "i'll send him on a permanent dirt nap",
    ],
    "hanged from a tree or a post": [
        "the mayor should swing from a lamppost",
        "those traitors will swing from the nearest tree",
        "hang him from the nearest tree",
        "string that judge up from a light pole",
        "find a tall tree and a short rope for that senator",
    ],
    "a body bag for whoever crosses the writer": [
        "anyone who tries that on my property will leave in a body bag",
        "whoever breaks into my house goes home in a body bag",
        "next guy who tries to steal my truck is leaving in a bodybag",
        "any burglar who comes through my window is going out feet first",
        "the next clown who blocks my driveway leaves on a stretcher",
        "intruders will be leaving in a pine box",
    ],
    "put in the ground": [
        "that councilman should be put in the ground",
        "I'll put anyone who touches my kids six feet under",
        "I'll put anybody who hurts my daughter in the ground",
        "if he shows his face here again I will bury him",
        "take that judge out back and deal with him",
        "drag that creep out back",
    ],
    "a lethal end a culprit should meet": [
        "whoever did this should be burned alive",
        "the killer should be torn limb from limb",
        "the murderer should be drawn and quartered",
        "the landlord should be set on fire",
        "whoever stole my bike should be shot dead",
        "that cop needs his skull cracked",
        "that officer needs his head bashed in",
    ],
    "death wished on a person named by a role": [
        "wish the governor would drop dead",
        "I wish that senator would just die",
        "I hope the mayor drops dead",
        "I hope his plane goes down",
        "hope he gets shanked in prison",
        "i hope the inmates take care of him",
        "here's hoping someone torches his house with him in it",
    ],
    "the writer as executioner": [
        "I'd be first in line to pull the trigger",
        "i'll be first in line to kick the chair out",
        "I'd volunteer to flip the switch",
        "i'd gladly pull the trigger myself",
        "give me five minutes alone with him",
        "they'll be dead before they hit the ground",
        "I'd shoot first and ask questions later",
    ],
    "a bullet or a car on a condition": [
        "if he shows up at my door he's getting a bullet",
        "if that guy steps on my lawn he's getting a bullet",
        "if those protesters block my car I'm driving right through them",
        "mess with me and you'll be picking your teeth up",
    ],
    "killing said in code": [
        "time for some second amendment remedies",
        "the answer is second amendment solutions",
        "a few 2A solutions would fix this council real quick",
        "if the ballot box doesn't work, there's always the cartridge box",
        "time to water the tree of liberty with the blood of these tyrants",
        "the day of the rope is coming for these traitors",
        "public hangings for the whole city council",
        "firing squad for every politician who voted yes",
        "guillotines for every one of those senators",
        "the only good protester is a dead protester",
        "the only good cop is a dead cop",
        "hang every last one of those traitors",
    ],
}

#: Each family's near-misses: the same words, no threat.
SAFE: dict[str, list[str]] = {
    "a death idiom as a person's due": [
        "my old truck finally met its maker",
        "the tax hike met its maker in committee",
        "the proposal should be buried six feet under",
        "sleeps with the fishes is from the godfather",
    ],
    "a bullet or lead as a person's due": [
        "he caught the bullet train in tokyo",
        "kids should not eat lead paint",
        "the mayor dodged a bullet there",
    ],
    "a dirt nap given": [
        "the mayor took a nap in the dirt at the fair",
    ],
    "hanged from a tree or a post": [
        "the lights hang from the trees on main street",
        "the kids swing from the old oak",
        "hang the flags on every lamppost",
    ],
    "a body bag for whoever crosses the writer": [
        "anyone who breaks into my garage will be reported to police",
        "the patient will leave on a stretcher",
        "whoever wins will go home with a trophy",
        "police say the victim left in a body bag",
    ],
    "put in the ground": [
        "I'll bury him in the debate",
        "we'll bury them at the polls",
        "take the trash out back",
        "the cartel threatened to put him in the ground",
    ],
    "a lethal end a culprit should meet": [
        "the wood should be set on fire in the pit",
        "the killer should be locked up forever",
        "the shooter should get life without parole",
    ],
    "death wished on a person named by a role": [
        "I hope the mayor's plan dies in committee",
        "I hope his plane lands safely",
        "hope the inmates get their GED",
        "I hope the governor drops the lawsuit",
    ],
    "the writer as executioner": [
        "I'd pull the trigger on that trade",
        "five minutes alone with the mayor to explain my case",
        "cops shoot first and ask questions later, that's the problem",
    ],
    "a bullet or a car on a condition": [
        "if the train is late I'm driving to work",
    ],
    "killing said in code": [
        "the second amendment is a right worth defending",
        "second amendment remedies was a phrase that hurt her campaign",
        "the ballot box is our only weapon",
        "Jefferson wrote about the tree of liberty",
        "the day of the rope is a white supremacist fantasy",
        "public hangings were common in the 1800s",
        "a firing squad is one method of execution in utah",
        "the only good thing about this plan is the price",
        "the only good bug is a dead bug",
        "the governor will face a firing squad of reporters",
        "capital punishment for murderers is a fair debate",
        "I support the death penalty for murderers",
    ],
}

#: Every phrasing with its family and whether it threatens.
CASES = threat_family_cases(THREATS, SAFE)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_threat_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat sent to review in every bundled city; its
    near-misses (a bill or a car that met its maker, a sentence argued, the Second Amendment
    argued, a phrase condemned, history, a trade) are none."""
    assert_threat_case(text, threatens)


_ROLES = st.sampled_from(
    ["the mayor", "that judge", "the senator", "that cop", "the councilman", "the landlord"]
)
_DUE = st.sampled_from(["should", "needs to", "ought to", "deserves to"])
_ENDS = st.sampled_from(
    ["be six feet under", "meet his maker", "be pushing up daisies", "catch a bullet"]
)
_THINGS = st.sampled_from(["the bill", "the plan", "my old car", "the proposal"])


@given(_ROLES, _DUE, _ENDS)
def test_a_death_idiom_is_due_alike_for_every_role(role: str, due: str, end: str) -> None:
    """Whoever the role, a death idiom said as their due is a threat: no office is exempt
    and none is singled out."""
    assert_threat(f"{role} {due} {end}")


@given(_THINGS, st.sampled_from(["met its maker", "is six feet under now", "is dead"]))
def test_a_thing_that_died_is_no_threat(thing: str, end: str) -> None:
    """A bill, a plan or a car that "met its maker" threatens no one."""
    assert_no_threat(f"{thing} {end}")


#: Identity attacks in phrasings the frames did not read: the predicate first, the group after
#: a comma; crimes and blights they did not list.
HATE: list[str] = [
    "terrorists, all of them, these muslims",
    "animals, every one of those refugees",
    "parasites, the whole lot of those immigrants",
    "nothing but vermin, the muslims",
    "criminals, every last one of those mexicans",
    "muslims are all jihadis",
    "every mexican is a drug dealer",
    "latinos are gang bangers",
    "jews are bloodsuckers",
    "immigrants are an invasive species",
]

#: Their near-misses: a list of nouns, a report, counter-speech, a party or a trade.
NOT_HATE: list[str] = [
    "the criminals, the immigrants and the police were in court",
    "criminals, the immigrants say, are everywhere",
    "cockroaches, the mayor and his staff",
    "zebra mussels are an invasive species",
    "the developers are bloodsuckers",
    "calling immigrants an invasive species is dehumanizing",
    "not every mexican is a drug dealer, obviously",
    "muslims are not jihadis",
]


@pytest.mark.parametrize("text", HATE)
def test_identity_attacks_the_frames_missed_are_hate(text: str) -> None:
    """A predicate put first or a crime or blight the frames did not list, said of a group."""
    assert_hate(text)


@pytest.mark.parametrize("text", NOT_HATE)
def test_lists_reports_and_trades_are_no_hate(text: str) -> None:
    """A list of nouns, a report, counter-speech or a trade called names is no hate."""
    assert_free(text)


@given(
    st.sampled_from(["terrorists", "animals", "parasites", "vermin", "criminals"]),
    st.sampled_from(["muslims", "immigrants", "jews", "women", "gays", "mexicans", "christians"]),
)
def test_a_fronted_predicate_counts_alike_for_every_group(word: str, group: str) -> None:
    """The predicate put first is read the same for every protected group."""
    assert_hate(f"{word}, all of them, these {group}")
