"""Families of stereotypes said of a group (hate3, the tenth session; Kankakee § V.2.4, issue 9),
each with the harmless near-misses beside it.

A group said unable to do a job or a skill ("women can't run a road crew", "no woman could ever
run a city", "Muslims can never be good cops"); habits and traits said to be a group's ("Blacks
often have poor habits", "Mexicans tend to have bad hygiene"); a crime framed as typical of a
group ("another violent immigrant killing a local man"). Beside them: a law ("immigrants can't
vote in local elections"), the past ("women couldn't vote before 1920"), a service denied ("kids
with autism can't get services here"), one person ("my sister can't run a crew alone"), a
hardship or health ("many seniors have poor access to transit", "men often have heart
disease"), news of a victim ("another Black man shot by police"), officials and parties, and
counter-speech. Every finding is JUDGMENT: review, never removal; every frame counts alike for
every group.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, assert_hate_in_city

# Groups of several classes, majorities and men included; each names the whole group.
GROUPS = (
    "women",
    "men",
    "whites",
    "black people",
    "Christians",
    "Muslims",
    "old people",
    "immigrants",
    "Mexicans",
    "gay people",
)
# Members of the same classes, for "no ... could ever" and "another ...".
MEMBERS = ("woman", "Muslim", "Christian", "immigrant", "Mexican", "Jew", "Asian", "Catholic")
# A skill and its matter, as "<group> can't <skill>" says it.
SKILLS = (
    "run a road crew",
    "manage a business",
    "lead a team",
    "do math",
    "fly planes",
    "run this city",
)
# The ways of saying "unable".
UNABLE = ("can't", "cannot", "can never", "will never be able to")
# Habits and traits of conduct or character, as "<group> have <trait>" says it.
TRAITS = ("poor habits", "bad hygiene", "no manners", "loose morals", "poor work habits")


@pytest.mark.parametrize(
    "text",
    [
        "women can't run a road crew",
        "Honestly, Mexicans can't run a business.",
        "Black people can never manage a budget",
        "Muslims will never be able to run this country",
        "old people cannot do math",
        "men can't run a classroom, they're too impatient",
        "whites can't cook",
        "Asians can't drive a car",
        "women can't fight",
        "Mexicans can never learn",
    ],
)
def test_a_group_said_unable_to_do_a_job_is_hate(text: str) -> None:
    """A group said unable to do a job, a trade or a skill, whatever the group and the verb."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "no woman could ever run a city",
        "no Asian could ever lead an army",
        "No Mexican will ever be a competent engineer.",
        "no Christians could ever run a business",
        "gays cannot be good soldiers",
        "women can never be good bosses and everyone knows it",
        "Muslims can never be good cops",
        "no Black will ever be a good mayor",
    ],
)
def test_no_member_could_ever_and_unfit_for_a_role_are_hate(text: str) -> None:
    """ "no <member> could ever ..." makes one member the group; a role denied to a group."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "women can't be paid less by law",
        "immigrants can't vote in local elections",
        "my sister can't run a crew alone",
        "women couldn't vote before 1920",
        "women couldn't run a business before 1970",
        "kids with autism can't get services here",
        "immigrants can't run for office",
        "immigrants can't be police officers in this state",
        "women can't run a crew alone in winter",
        "It's a myth that women can't lead",
        "Who says women can't run a road crew?",
        "People who say women can't be good engineers are wrong",
        "Trump can't run a business",
        "Republicans can't run a city",
        "the council can't run a road crew",
        "politicians can never manage a budget",
        "no one can run a business alone",
        "women can't cook tonight because the stove is broken",
        "blind people can't read the new parking signs",
        "asylum seekers can't work until their case is heard",
    ],
)
def test_a_law_the_past_a_service_a_person_or_an_office_is_no_hate(text: str) -> None:
    """A rule of law, history, a service denied, one person, counter-speech, an official, a
    party or a council: no group said unable by nature."""
    assert_free(text)


@given(st.sampled_from(GROUPS), st.sampled_from(UNABLE), st.sampled_from(SKILLS))
def test_incapacity_counts_alike_for_every_group(group: str, unable: str, skill: str) -> None:
    """Said unable, every group alike; the same words said of a law's reach stay free."""
    assert_hate(f"{group} {unable} {skill}")


@given(st.sampled_from(MEMBERS))
def test_no_member_counts_alike_for_every_group(member: str) -> None:
    """ "no <member> could ever run a city" for every group; "no one" is nobody's group."""
    assert_hate(f"no {member} could ever run a city")


@pytest.mark.parametrize(
    "text",
    [
        "Blacks often have poor habits",
        "Mexicans tend to have bad hygiene",
        "Muslims usually have no manners",
        "gays have loose morals",
        "whites have poor work habits",
        "Christians always have bad attitudes",
        "men often have poor habits",
        "Immigrants typically have terrible behavior.",
    ],
)
def test_habits_and_traits_said_of_a_group_are_hate(text: str) -> None:
    """Habits and traits of conduct or character said to be a whole group's."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "many seniors have poor access to transit",
        "immigrants often have trouble finding housing",
        "men often have heart disease",
        "kids have bad habits",
        "seniors have poor eyesight",
        "My neighbors have bad habits.",
        "Politicians always have bad habits.",
    ],
)
def test_hardship_health_children_and_no_group_are_no_hate(text: str) -> None:
    """A hardship spoken of, health statistics, growing up, or no protected group."""
    assert_free(text)


@given(st.sampled_from(GROUPS), st.sampled_from(TRAITS))
def test_habits_count_alike_for_every_group(group: str, trait: str) -> None:
    """A habit said to be a group's, every group alike; its hardship stays free."""
    assert_hate(f"{group} often have {trait}")
    assert_free(f"{group} often have trouble finding housing")


@pytest.mark.parametrize(
    "text",
    [
        "another violent immigrant killing a local man",
        "yet another Muslim rapist",
        "another savage Black thug",
        "another Mexican killing an innocent girl",
        "Another crazed Christian attacking a clinic.",
        "another violent woman killing her husband",
    ],
)
def test_a_crime_framed_as_typical_of_a_group_is_hate(text: str) -> None:
    """ "another <member> <crime>": the crime said to be the group's habit."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "another immigrant family opening a bakery",
        "another Jewish shooting",
        "another Black man shot by police",
        "another man stabbing his neighbor",
        "another Muslim doctor joins the hospital",
        "another senator lying to voters",
    ],
)
def test_a_victim_a_good_deed_or_one_person_is_no_typical_crime(text: str) -> None:
    """The group as victim, a good deed, one man in the news, or an official."""
    assert_free(text)


@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("those people are white trash", True),
        ("Muslim trash", True),
        ("those people are trailer trash", False),
        ("the Chinese trash cans are broken", False),
        ("we bought white trash bags", False),
        ("Mexican trash pickup is on Tuesday", False),
    ],
)
def test_group_trash_of_people_not_of_things(text: str, hateful: bool) -> None:
    """ "<group> trash" said of people judges them; a trailer is no protected class, and a
    thing named "trash can" or "trash bags" is no insult."""
    if hateful:
        assert_hate(text)
    else:
        assert_free(text)


@pytest.mark.parametrize("city", ["kankakee", "marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("women can't run a road crew", True),
        ("Blacks often have poor habits", True),
        ("another violent immigrant killing a local man", True),
        ("immigrants can't vote in local elections", False),
        ("many seniors have poor access to transit", False),
    ],
)
def test_every_bundled_city_reads_the_families(city: str, text: str, hateful: bool) -> None:
    """The families read alike for each bundled city's hate clause; none is a removal."""
    assert_hate_in_city(city, text, hateful)
