"""Families of hate the ninth session's second hate probe found unread (hate2; Kankakee § V.2.4,
issue 9), each with the harmless near-misses beside it.

A group ordered out of a place named by its name ("get the Somalis out of Kankakee", any town,
county or state written with a capital), a people's houses of worship refused and "them" sent
home ("no more mosques here, send them all home"), and an adjective that names the people it
describes after "the" ("the mentally ill should be locked up", "the blind are useless"). Beside
them: things, teams and officials put out of a place, history, a negated call, a people leaving
of their own will, no house of worship, no one sent away, and services, parking, reports and
policy for "the mentally ill", "the blind" and "the elderly". Every finding is JUDGMENT: review,
never removal; every frame counts alike for every group.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, assert_hate_in_city

# Groups of several classes, majorities included; each names the whole group as a subject.
GROUPS = ("Muslims", "immigrants", "Mexicans", "Jews", "gay people", "black people", "whites")
# Places named by their name, the bundled cities' and others; none is known to a pattern.
PLACES = ("Kankakee", "Bradley", "Peoria", "Marseilles", "Dayton", "Huber Heights", "Joliet")


@pytest.mark.parametrize(
    "text",
    [
        "Get the Pakistanis out of Bradley.",
        "we gotta run these Muslims out of Peoria",
        "Throw the Haitians out of Joliet already.",
        "Time to boot the refugees out of Kettering.",
        "We have to chase the Jews out of Huber Heights.",
        "Kick all the Somalis out of America.",
        "Somebody should drive the gays out of Illinois.",
    ],
)
def test_a_group_ordered_out_of_a_named_place_is_hate(text: str) -> None:
    """An order or a call to put a group out of a town, county or state named by its name."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Get the garbage trucks out of Bradley.",
        "Kick the Cubs out of Wrigley Field.",
        "Throw the mayor out of City Hall in the next election.",
        "Back in 1925 a mob drove the Italians out of Peoria.",
        "Get the refugees out of the cold and into a shelter in Joliet.",
        "Lots of Haitians moved out of Springfield this year.",
        "We should get the immigrants out of the heat and into cooling centers in Peoria.",
    ],
)
def test_things_teams_history_and_help_out_of_a_place_are_no_hate(text: str) -> None:
    """No group put out, a team or an official, history told, a rescue, a move of their own."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "No more mosques in Bradley, send them all home.",
        "Enough temples in this county, ship them back.",
        "Stop building synagogues and deport them right back.",
        "Close every mosque and kick them out.",
        "not another gurdwara in our town, send em home",
    ],
)
def test_worship_refused_and_them_sent_home_is_hate(text: str) -> None:
    """A people's houses of worship refused and "them", the worshippers, sent away."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "No more vape shops in Bradley, send them all to the county line.",
        "The temple needs drivers on Sunday, send them a message.",
        "No more mosques is a bigot's slogan; we welcome them here.",
        "Enough churches have closed; send them our prayers.",
        "The synagogue's youth group went home after the game.",
    ],
)
def test_worship_without_anyone_sent_away_is_no_hate(text: str) -> None:
    """No house of worship, no one sent away, the slogan rejected, prayers sent."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mentally ill ought to be locked away for good.",
        "The blind are a waste of money.",
        "The mentally disabled are a burden on everyone.",
        "The mentally ill are animals and should be caged.",
        "the blind are parasites",
        "The autistic are subhuman.",
    ],
)
def test_an_adjective_naming_people_in_a_frame_is_hate(text: str) -> None:
    """An adjective naming people ("the mentally ill", "the blind") as the group a frame judges."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Funding for the mentally ill was cut again.",
        "Crosswalks for the blind should beep.",
        "The elderly need rides to the clinic.",
        "The mentally ill deserve treatment instead of jail cells.",
        "The blind spot on Route 17 is dangerous.",
        "He is mentally ill and needs care.",
        "Too many of the mentally ill end up locked up because there are no beds.",
    ],
)
def test_services_policy_and_reports_for_them_are_no_hate(text: str) -> None:
    """Services, policy and reports about the people, and the words as adjectives."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep guns away from felons and the mentally ill.",
        "Background checks stop sales to criminals or the mentally ill.",
        "Ammo should never end up in the hands of the mentally ill or terrorists.",
        "Those gunmen are hell bent on killing.",
    ],
)
def test_a_list_after_a_preposition_and_an_idiom_are_no_hate(text: str) -> None:
    """A word of contempt listed beside a group after a preposition names both and calls
    neither the other; "hell bent" is an idiom."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants and other criminals are ruining this town.",
        "Muslims and terrorists, same thing.",
        "The mentally ill are hell to live next to.",
    ],
)
def test_a_group_made_one_of_them_or_judged_is_still_hate(text: str) -> None:
    """A group made "one of them", a list opening the sentence, and "hell" said of a group."""
    assert_hate(text)


@given(st.sampled_from(GROUPS))
def test_a_list_counts_alike_for_every_group(group: str) -> None:
    """Listed after a preposition beside criminals, no group is judged; called criminals,
    every group is."""
    assert_free(f"Take the guns away from criminals and {group}.")
    assert_hate(f"{group.capitalize()} are criminals.")


@given(st.sampled_from(GROUPS), st.sampled_from(PLACES))
def test_a_named_place_counts_alike_for_every_group(group: str, place: str) -> None:
    """Ordered out of any place named, every group is hate; the same order for trucks is not,
    and the same words told as history are not."""
    assert_hate(f"Get the {group} out of {place}.")
    assert_hate(f"We need to kick the {group} out of {place}.")
    assert_free(f"Get the trucks out of {place}.")
    assert_free(f"In 1920 they drove the {group} out of {place}.")


@pytest.mark.parametrize("city", ["kankakee", "marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("Get the Somalis out of Bradley.", True),
        ("No more mosques in our town, send them home.", True),
        ("The mentally ill should be locked up.", True),
        ("Get the trucks out of Bradley.", False),
        ("Parking for the disabled should be closer.", False),
    ],
)
def test_every_bundled_city_reads_the_families(city: str, text: str, hateful: bool) -> None:
    """The families read alike for each bundled city's hate clause; none is a removal."""
    assert_hate_in_city(city, text, hateful)
