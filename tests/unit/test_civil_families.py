"""A civic right denied through a pronoun or to every member, and a third person's beating
foretold (issue 9, the thirteenth session, civil; Kankakee § V.2.4, § V.2.2 / § V.2.6), each
family in phrasings written here with the harmless near-misses beside them.

The families read: a pronoun that carries a group named before into the civic-rights frame
("The Sikhs opened a temple downtown. They should never be allowed to vote."), read by the class
of the group it carries, so the law's own lines stay argued policy through a pronoun too
("Teenagers aren't ready. They should not be allowed to vote."); "not one" and "no" making one
member the whole group in that frame ("not one Jew should hold public office", "no Muslim should
ever set foot in this town"); and a beating foretold of a third person ("he's gonna get his ass
kicked", "sooner or later someone will beat him to a pulp"), not a contest ("... in the
election", "... on Sunday").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    assert_free,
    assert_hate,
    assert_hate_in_city,
    assert_threat_case,
    evaluator,
    threat_family_cases,
)
from municipal_social_policy.detectors.group_slot import GroupPhrase

CITIES = ["kankakee", "marseilles", "montgomery-county-oh"]

#: Each family: identity attacks in several phrasings (other groups, verbs and word orders).
ATTACKS: dict[str, list[str]] = {
    "a pronoun carrying a group into the civic-rights frame": [
        "There are more Muslims in town every year. They should never be allowed to vote.",
        "A lot of Jews live on the east side now. They should never be allowed to vote.",
        "Women make up half of the electorate. They should never be allowed to run for office.",
        "Black families keep buying on our street. They shouldn't even be allowed to own property.",
        "Catholics run the school board now. They should be barred from holding office.",
        "The Hindus opened a temple downtown. None of them should be allowed to vote.",
        "The Sikhs built a gurdwara. Not one of them should be allowed to hold office.",
        "Asians are everywhere in this city. They should never be allowed to vote here.",
        "Why? Muslims should not be allowed to vote.",
        "How come we are not allowed to shoot Muslims?",
        "As for the Mormons, they should never be allowed to serve on juries.",
    ],
    "one member made the group by 'not one' or 'no'": [
        "Not one Muslim should ever be allowed to vote.",
        "Not one Jew should hold public office in this country.",
        "not one single Catholic should be allowed to run for mayor",
        "Not one Mexican can be trusted.",
        "No Muslim should ever set foot in this town.",
        "Not one single Sikh should be let into this country.",
        "No black man should ever serve on a jury.",
        "No woman should ever hold elected office.",
    ],
    "vices listed as a group's ways": [
        "Jews lie, cheat and steal.",
        "Women lie and cheat.",
        "Muslims lie and they kill.",
        "Catholics lie, cheat and steal, always have.",
        "gypsies cheat and rob everyone",
    ],
}

#: Harmless near-misses: news, counter-speech, the law's own lines, questions, reports.
NEAR_MISSES: dict[str, list[str]] = {
    "a pronoun carrying a group into the civic-rights frame": [
        "Teenagers are not mature enough. They should not be allowed to vote.",
        "Illegal immigrants broke the law. They should not be allowed to vote.",
        "Seniors with dementia worry me. They should not be allowed to vote.",
        "Women won the vote in 1920. Before that they were not allowed to vote.",
        "The Jews of Germany were stripped of their rights. They were not allowed to vote.",
        "Muslims pay taxes too. They should never be denied the right to vote.",
        "Jews are citizens. The idea that they should not be allowed to vote is vile.",
        "The board members lied to us. They should be barred from holding office.",
        "The Senate Republicans blocked it. They should never be allowed to hold office again.",
        "Felons lose many rights. They should not be allowed to own guns.",
        "Immigrants pay taxes here. They should be allowed to vote in city elections.",
        "Some say Jews should not be allowed to vote. That is vile bigotry.",
        "The Hindus opened a temple downtown. None of them were allowed to vote back then.",
        "Muslims pay taxes like anyone else. Why should they not be allowed to vote?",
        "Why should women not be allowed to hold office?",
        "How come gays are not allowed to marry here?",
    ],
    "one member made the group by 'not one' or 'no'": [
        "Not one Muslim was hurt in the fire.",
        "Not one Jew voted for the measure.",
        "No Muslim should ever be denied the right to vote.",
        "No woman should ever have to fear walking home.",
        "No child should ever go hungry.",
        "No immigrant should ever be allowed to vote before naturalisation.",
        "Not one senator should be allowed to vote on his own pay raise.",
        "Not one Muslim is a criminal because of his faith.",
        "Not a single woman was on the ballot this year.",
        "No black man should ever be shot by police for a traffic stop.",
        "No teenager should ever set foot in that bar.",
    ],
    "vices listed as a group's ways": [
        "Kids lie and cheat on tests.",
        "Politicians lie and cheat.",
        "Immigrants lie low and cheat death.",
        "Jews do not lie, cheat and steal.",
        "It's a myth that Jews lie, cheat and steal.",
        "The claim that women lie and cheat is sexist garbage.",
        "Muslims pray and fast during Ramadan.",
    ],
}

#: A beating foretold of a third person, in several phrasings.
THREATS: list[str] = [
    "He's gonna get his ass kicked.",
    "He's going to get his butt kicked if he keeps mouthing off like that.",
    "Your neighbor is going to get his ass whooped.",
    "She is going to get her ass beat one of these days.",
    "Those kids are gonna get their asses kicked.",
    "They're going to get their asses beat if they come back here.",
    "Mark my words, that guy is gonna get the shit kicked out of him.",
    "The clerk is going to get beaten up if she keeps this up.",
    "One day somebody will knock him out cold.",
    "Sooner or later someone will beat him to a pulp.",
    "Someone is going to beat that guy senseless one of these days.",
    "lol he gonna get his ass whooped",
    "He's going to get his substantial butt kicked.",
    "She's gonna get her sorry butt whooped.",
]

#: A contest, a vote, a court or an ouster: no beating.
NO_THREATS: list[str] = [
    "He's going to get his butt kicked in the election.",
    "They are going to get their butts kicked in the general election.",
    "He is going to get his butt kicked at the ballot box.",
    "The Packers are going to get their butts kicked on Sunday.",
    "He's going to get his butt kicked by the voters.",
    "He's going to get his butt kicked out of office.",
    "The mayor is going to get the hell beaten out of him in the runoff.",
    "Our defense is going to get beaten up by their running game.",
    "The mayor is going to get beat in the primary.",
    "Somebody will beat him to the punch.",
    "Someone is going to knock him out of the race.",
    "Someone is going to beat that record soon.",
    "Somebody please kill this thread.",
    "Someone please kill this bill.",
    "My grandson is going to get his butt kicked by his older cousins in Monopoly.",
]


@pytest.mark.parametrize(("family", "text", "hateful"), threat_family_cases(ATTACKS, NEAR_MISSES))
def test_each_phrasing_reads_as_its_family(family: str, text: str, hateful: bool) -> None:
    """Each attack is hate aimed at a group, sent to review; each near-miss shares the family's
    words and is no hate speech."""
    if hateful:
        assert_hate(text)
    else:
        assert_free(text)


@pytest.mark.parametrize(
    ("family", "text", "threatens"),
    threat_family_cases({"a beating foretold": THREATS}, {"a contest lost": NO_THREATS}),
)
def test_a_beating_foretold_of_a_third_person_is_a_threat(
    family: str, text: str, threatens: bool
) -> None:
    """A beating foretold of a person is a threat in every bundled city; a contest, a vote or an
    ouster is no beating."""
    assert_threat_case(text, threatens)


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("The Sikhs opened a temple downtown. They should never be allowed to vote.", True),
        ("Not one Jew should hold public office in this country.", True),
        ("Teenagers are not mature enough. They should not be allowed to vote.", False),
        ("Not one Muslim was hurt in the fire.", False),
    ],
)
def test_every_bundled_city_reads_the_families(city: str, text: str, hateful: bool) -> None:
    """The families read alike for each bundled city's hate clause; none is a removal."""
    assert_hate_in_city(city, text, hateful)


# The groups of the classes the rights frame reads, and those it leaves to the law; a pronoun
# carries the class of its group, so every group of a class is read alike through it.
_READ = ["Muslims", "Jews", "Catholics", "Women", "Gay people", "Black people", "Asians", "Hindus"]
_LAW = ["Teenagers", "Seniors", "Immigrants", "Refugees", "Disabled people", "Children"]
_LEADS = [
    "{} moved into the old neighborhood last year.",
    "There are more {} in town every year.",
]
_DENIALS = [
    "They should never be allowed to vote.",
    "They should not be allowed to hold office.",
    "None of them should be allowed to vote.",
]


@given(st.sampled_from(_READ), st.sampled_from(_LEADS), st.sampled_from(_DENIALS))
def test_a_pronoun_carries_every_group_of_the_classes_read(
    group: str, lead: str, denial: str
) -> None:
    """A right denied through a pronoun reads for every group of race, religion, gender or
    orientation named before."""
    text = f"{lead.format(group)} {denial}"
    assert "V.2.4" in {f.clause.id for f in evaluator().evaluate(text).findings}, text


@given(st.sampled_from(_LAW), st.sampled_from(_LEADS), st.sampled_from(_DENIALS))
def test_a_pronoun_carries_the_law_s_own_lines(group: str, lead: str, denial: str) -> None:
    """Through a pronoun too, age, citizenship and disability are argued, not hate."""
    assert_free(f"{lead.format(group)} {denial}")


_VICES = ["{} lie, cheat and steal.", "{} lie and cheat."]


@given(st.sampled_from(_READ), st.sampled_from(_VICES))
def test_listed_vices_read_every_group(group: str, frame: str) -> None:
    """A list of vices reads alike for every group of the classes read."""
    text = frame.format(group)
    assert "V.2.4" in {f.clause.id for f in evaluator().evaluate(text).findings}, text


_MEMBERS = ["Muslim", "Jew", "Catholic", "woman", "gay man", "Black man", "Hindu", "Sikh"]
_NONE = ["Not one {} should ever be allowed to vote.", "Not one {} should hold public office."]


@given(st.sampled_from(_MEMBERS), st.sampled_from(_NONE))
def test_not_one_member_stands_for_every_group(member: str, frame: str) -> None:
    """ "Not one" makes a member of every group stand for the whole group."""
    text = frame.format(member)
    assert "V.2.4" in {f.clause.id for f in evaluator().evaluate(text).findings}, text


def test_a_group_slot_admits_the_classes_a_pronoun_carries() -> None:
    """``admits`` judges classes given, as ``counts`` judges the classes of the words."""
    phrase = GroupPhrase(
        {"women": (("women",),), "seniors": (("seniors",),)},
        classes={"women": frozenset({"gender"}), "seniors": frozenset({"age"})},
        unless=frozenset({"age"}),
    )
    assert phrase.admits(frozenset({"gender"}))
    assert phrase.admits(frozenset({"gender", "age"}))
    assert not phrase.admits(frozenset({"age"}))
    assert not phrase.admits(frozenset())  # a pronoun that carries no group
    assert phrase.counts(["women"]) is phrase.admits(frozenset({"gender"}))
