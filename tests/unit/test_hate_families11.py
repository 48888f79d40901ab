"""Families of hate without a slur, and of counter-speech, added in the eighth session (Kankakee
§ V.2.4, issue 9).

Written as a probe of our own before the patterns: a group made the cause of a decline ("...
are the reason this town went downhill", "it's the ...' fault"), crime said to be brought by a
group, a duty a group is said never to do ("never pay their taxes", "don't want to work"), a
vice said to be its constant habit ("always cheating"), one member made the liar or the crook
of the group ("every single ... is a liar"), a group told to leave, places kept for one race
or religion ("whites only"), and disgust ("make me want to puke"). Beside them the false flags
the probe found, fixed as families: a view held by others ("anyone who thinks gays are sick
needs to educate themselves", "if you think ... , you are the problem"), an act the sentence
condemns ("Hating Muslims is wrong", "It is racist to tell immigrants to go home"), and a rule
of the past reported ("women were not allowed to vote until 1920"). A group that holds the
view stays the writer's subject ("Muslims who think they are my equal fill me with rage").
Every finding is JUDGMENT: review, never removal; every frame counts alike for every group.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, evaluator, never_removed

# Groups of several classes, majorities included; each names the whole group as a subject.
GROUPS = ("Muslims", "immigrants", "Mexicans", "Jews", "gay people", "black people", "whites")


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are the reason this town went downhill.",
        "Somalis are the main reason our neighborhood is a dump now.",
        "Jews are the cause of all our problems.",
        "The Chinese are responsible for every problem we have.",
        "Gypsies are responsible for most of the crime around here.",
        "Muslims are why Europe is falling apart.",
        "It's the Jews' fault.",
        "It is always the Mexicans' fault.",
        "Refugees brought crime to our town.",
        "Haitians brought disease to this town.",
    ],
)
def test_a_group_made_the_cause_of_a_decline_is_hate(text: str) -> None:
    """The group as the reason, cause or source of a decline, or the one at fault."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are the reason this town has great tacos.",
        "Immigrants are the reason crime dropped downtown.",
        "Immigrants are the reason our schools improved.",
        "Immigrants are why our farms are still running.",
        "Volunteers are the reason this town is not dying.",
        "Immigrants are responsible for crime prevention programs.",
        "It's not the immigrants' fault.",
        "It is the council's fault.",
        "Refugees brought new life to Main Street.",
        "The Somali families brought food to the shelter.",
    ],
)
def test_a_good_cause_a_decline_undone_or_no_group_is_no_blame(text: str) -> None:
    """No decline, a decline undone, a fault denied, no group, or a gift brought."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexicans never pay their taxes.",
        "Jews never pay their debts.",
        "Women never tell the truth.",
        "Arabs never wash.",
        "Immigrants won't learn English, period.",
        "Black people never work, they just collect welfare.",
        "Puerto Ricans don't want to work.",
        "Asians are always cheating.",
        "Indians are constantly scamming people.",
        "Gays are always whining.",
        "Every single Muslim is a liar.",
        "The average Mexican is a criminal.",
        "Every Jew is a crook.",
    ],
)
def test_a_duty_never_done_a_constant_vice_or_the_type_a_liar_is_hate(text: str) -> None:
    """A duty the group is said never to do, a vice said to be its habit, one member the
    type of a liar or a crook."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants never stop working.",
        "Women don't work in construction much.",
        "Seniors don't work, they are retired.",
        "My neighbors never pay their taxes on time.",
        "The Muslims I know never miss a day of work.",
        "Women are complaining about the potholes.",
        "Residents are always complaining about parking.",
        "Every single volunteer is a hero.",
        "The average immigrant works two jobs.",
        "Every politician is a crook.",
    ],
)
def test_work_news_no_group_or_one_person_is_no_habit(text: str) -> None:
    """A duty done, the sentence going on, age or gender at work, no group, a complaint
    reported without "always", one person, or no group at all."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jews need to leave.",
        "Somalis have to go.",
        "The Muslims gotta get out.",
        "Refugees need to disappear.",
        "Whites only.",
        "Whites only in this neighborhood.",
        "This pool should be for whites only.",
        "Christians only in this town!",
        "Mexicans make me want to puke.",
        "Blacks make me want to vomit.",
    ],
)
def test_told_to_leave_kept_out_or_disgust_is_hate(text: str) -> None:
    """A group told to leave, a place kept for one race or religion, disgust."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants need to go to the DMV first.",
        "Refugees have to leave their homes to survive.",
        "Muslims have to go to the mosque on Fridays.",
        "Women only swim hour is on Tuesdays.",
        "Seniors only housing is opening on Elm.",
        "Members only after 6.",
        "Disabled only parking spots are blue.",
        "Potholes make me want to vomit.",
        "Women weren't allowed to vote until 1920.",
        "Jews were not allowed to own land in many countries.",
        "Women were not welcome in the club until 1987.",
    ],
)
def test_an_errand_an_own_space_or_a_past_rule_is_no_exclusion(text: str) -> None:
    """Going somewhere, the spaces of gender, age or disability, no group, a rule of the past
    reported."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our town is overrun with Somalis.",
        "The neighborhood is crawling with illegals and Mexicans.",
        "This city is infested by immigrants now.",
        "Those blacks only care about themselves.",
        "Immigrants don't care about anyone but themselves.",
        "Jews only look out for their own.",
        "Many Muslims agree with stoning women.",
        "Mexicans celebrate the killing of cops.",
        "Muslims support terrorism.",
        "Blacks often have poor hygiene.",
        "Gypsies have no work ethic.",
        "Mexicans are all talk, no action.",
        "Muslim lives have no worth.",
        "A Mexican life has zero worth.",
        "Gay lives mean nothing.",
    ],
)
def test_overrun_selfish_approving_violence_or_without_habits_is_hate(text: str) -> None:
    """A place overrun by a group, a group caring only for its own, approving violence,
    lacking hygiene or a work ethic, all talk, lives worth nothing."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The park is overrun with geese.",
        "The festival was crawling with tourists.",
        "Parents only care about their kids.",
        "Women only care about their families.",
        "Immigrants support killing the bill.",
        "Most Muslims condemn the killing of civilians.",
        "Immigrants have a strong work ethic.",
        "The council is all talk.",
        "Immigrant lives mean nothing to this administration.",
        "Black lives matter.",
    ],
)
def test_no_group_a_family_or_a_virtue_is_no_stereotype(text: str) -> None:
    """No group, care for a family, a bill killed, violence condemned, a virtue, a body of
    government, a charge against those who hold lives cheap."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Those who think Mexicans don't belong here are wrong.",
        "Anyone who thinks gays are sick needs to educate themselves.",
        "People who think trans people are mentally ill need to read some science.",
        "Anybody who thinks Jews are greedy is an antisemite.",
        "Whoever believes women can't lead is living in the past.",
        "Those who hate gays should be ashamed.",
        "Someone who says immigrants are animals has never met one.",
        "If you think Muslims are animals, you are the problem.",
        "When people say Mexicans are lazy, I think of my dad's three jobs.",
    ],
)
def test_a_view_held_by_others_is_not_the_writers(text: str) -> None:
    """The group named inside the view of "anyone who thinks", "those who hate", "if you
    think": what they think, not what the writer says."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hating Muslims is wrong.",
        "Telling immigrants to go home is racist.",
        "Blaming immigrants for crime is lazy and wrong.",
        "Thinking women are inferior is sexist.",
        "Comparing refugees to rats is dehumanizing.",
        "Treating gays as sick is cruel.",
        "Banning Muslims is un-American.",
        "Hating women is not okay.",
        "It is wrong to hate Muslims.",
        "It's racist to tell immigrants to go home.",
        "It was unfair to blame immigrants for the layoffs.",
    ],
)
def test_an_act_the_sentence_condemns_is_counter_speech(text: str) -> None:
    """An act of hate as the subject of "is wrong", "is racist", "is not okay", or after "it
    is wrong to"."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims who think they are my equal fill me with rage.",
        "Trans people who think they are my equal fill me with so much rage.",
        "Hating Muslims is not wrong.",
        "Hating Muslims is natural.",
        "It is okay to hate Muslims.",
        "Deporting all Muslims is the right thing.",
        "Those who are Muslim are animals.",
    ],
)
def test_a_group_holding_a_view_or_an_act_approved_stays_hate(text: str) -> None:
    """The group itself as the holder, a verdict denied or approving, a holder who is of
    the group: still hate."""
    assert_hate(text)


@given(
    group=st.sampled_from(GROUPS),
    holder=st.sampled_from(("Anyone who thinks", "Those who believe", "People who say")),
    view=st.sampled_from(("are animals", "are criminals", "don't belong here")),
)
def test_any_group_inside_a_view_held_by_others_is_free(group: str, holder: str, view: str) -> None:
    """For every group and view, the view a generic holder holds is not the writer's claim,
    and the same words said by the writer are hate."""
    assert_free(f"{holder} {group} {view} are wrong.")
    assert_hate(f"{group.capitalize()} {view}.")


@given(
    group=st.sampled_from(GROUPS),
    act=st.sampled_from(("Hating", "Blaming", "Mocking")),
    verdict=st.sampled_from(("wrong", "racist", "not okay", "unacceptable")),
)
def test_any_act_against_any_group_condemned_is_never_removed(
    group: str, act: str, verdict: str
) -> None:
    """An act condemned is never removed, whatever the group, act or verdict."""
    never_removed("kankakee", f"{act} {group} is {verdict}.")


def test_families_go_to_review_never_removal() -> None:
    """Every new family is judgment: the verdict is review."""
    for text in ("Immigrants are the reason this town went downhill.", "Whites only."):
        assert evaluator().evaluate(text).decision.name == "REVIEW"


@given(
    group=st.sampled_from(GROUPS),
    verb=st.sampled_from(("condemn", "reject", "oppose", "denounce", "are against")),
    vice=st.sampled_from(("terrorism", "violence", "the violence", "extremism")),
)
def test_a_vice_a_group_stands_against_is_not_one_it_has(group: str, verb: str, vice: str) -> None:
    """A group said to condemn or oppose a vice is not said to have it; the vice said of the
    group is hate, whichever the group."""
    assert_free(f"{group.capitalize()} {verb} {vice}.")
    assert_free(f"Most {group} {verb} {vice}, like everyone else.")
    assert_hate(f"{group.capitalize()} love terrorism.")


@given(
    group=st.sampled_from(GROUPS),
    outing=st.sampled_from(
        ("get out more", "get out there and volunteer", "get out and vote", "get out the vote")
    ),
    modal=st.sampled_from(("need to", "should", "have to")),
)
def test_an_outing_is_no_expulsion(group: str, outing: str, modal: str) -> None:
    """ "Get out" followed by more, there or a vote is an outing, whichever the group; the
    same group told to get out of the country, or to get out and stay out, is still hate."""
    assert_free(f"{group.capitalize()} {modal} {outing}.")
    assert_hate(f"{group.capitalize()} need to get out of our country.")
    assert_hate(f"{group.capitalize()} need to get out and stay out.")


@given(group=st.sampled_from(GROUPS), preposition=st.sampled_from(("against", "toward", "towards")))
def test_racism_against_a_group_named_is_counter_speech(group: str, preposition: str) -> None:
    """ "Racism against <group> has no place here" condemns racism; the group told it has no
    place is still hate."""
    assert_free(f"Racism {preposition} {group} has no place in our town.")
    assert_hate(f"{group.capitalize()} have no place in our town.")
