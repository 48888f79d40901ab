"""Families of identity attacks as news comments write them (identity, the tenth session;
Kankakee § V.2.4, issue 9), each with the harmless near-misses beside it.

"every last" before a member ("every last Mexican is a thief"); an order to go back to any
country, written in lower case or not ("go back to guatemala!"); a call made across two short
sentences ("No more mosques. Send them all back."); most of a group as the subject of a frame
("a significant proportion of Muslims support ..."); the blame of the cleft asked ("Was it those
Asians again?"); and a group said to care for no one else but its own. Beside them: an act done
to a group by force and condemned with compassion ("Locking up refugees is cruel"), the last
person met, a trip, things sent back, a church closed for a storm, a small share of a group,
a team, and the groups of gender and age, whom the blame of the cleft leaves alone. Every
finding is JUDGMENT: review, never removal; every frame counts alike for every group.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, assert_hate_in_city

# Groups of several classes, majorities included; each names the whole group as a subject.
GROUPS = ("Muslims", "immigrants", "Mexicans", "Jews", "gay people", "black people", "whites")
# Members of the same classes, for "every last ...".
MEMBERS = ("Muslim", "immigrant", "Mexican", "Jew", "Christian", "refugee", "Catholic")
# Nations of every continent, European and American ones included, in lower case as typed.
NATIONS = ("guatemala", "poland", "ireland", "nigeria", "vietnam", "canada", "syria", "peru")


@pytest.mark.parametrize(
    "text",
    [
        "Locking up refugees is cruel.",
        "Jailing immigrants is inhumane.",
        "Shunning gay teenagers is heartless.",
        "Detaining Muslim travelers at the airport is unconstitutional.",
        "Separating Haitian families is barbaric.",
    ],
)
def test_an_act_done_to_a_group_and_condemned_is_no_hate(text: str) -> None:
    """An act done to a group by force, condemned with a verdict of compassion: the verdict
    judges the act, not the group."""
    assert_free(text)


@given(st.sampled_from(GROUPS))
def test_an_act_condemned_and_an_act_approved_count_alike_for_every_group(group: str) -> None:
    """Condemned, an act done to any group is no hate; approved, a killing of it stays hate."""
    assert_free(f"Locking up {group} is cruel.")
    assert_hate(f"Killing {group} is fine.")


@pytest.mark.parametrize(
    "text",
    [
        "Every last Mexican is a thief.",
        "every last muslim should be deported",
        "Every last Catholic is a criminal.",
        "every last refugee should be deported",
    ],
)
def test_every_last_member_stands_for_the_group(text: str) -> None:
    """ "every last" before a member makes it the whole group, as "every" does."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The last Muslim I met was a doctor.",
        "Every last immigrant I know works two jobs.",
        "The last woman to leave should lock the door.",
        "The last refugee family arrived on Tuesday.",
    ],
)
def test_the_last_one_met_is_no_group(text: str) -> None:
    """ "the last ..." names a person, and a member who works names no frame."""
    assert_free(text)


@given(st.sampled_from(MEMBERS))
def test_every_last_counts_alike_for_every_member(member: str) -> None:
    """ "every last" and "every" read the same for every group's member."""
    assert_hate(f"Every last {member} is a thief.")
    assert_free(f"The last {member} I met was a thief.")


@pytest.mark.parametrize(
    "text",
    [
        "Go back to guatemala!",
        "go back to honduras where you belong",
        "Go back to Poland.",
        "go back to england already",
        "Get back to nigeria where you belong.",
        "Send them back to syria where they belong.",
    ],
)
def test_an_order_to_go_back_to_any_country_is_hate(text: str) -> None:
    """An order that is the whole sentence, or "where you belong", for any nation, written in
    lower case or not."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go back to Italy in the spring, it is lovely.",
        "I want to go back to Norway someday.",
        "Send the broken parts back to Germany.",
        "Go back to bed.",
        "Go back to Chicago.",
        "We should go back to Peru for the festival.",
    ],
)
def test_a_trip_or_things_sent_back_are_no_hate(text: str) -> None:
    """A trip advised or wished, things sent back, a bed and a city: no one expelled."""
    assert_free(text)


@given(st.sampled_from(NATIONS))
def test_every_nation_counts_alike(nation: str) -> None:
    """The order counts for every nation alike; the wish to go back counts for none."""
    assert_hate(f"Go back to {nation}!")
    assert_hate(f"go back to {nation} where you belong")
    assert_free(f"I would love to go back to {nation} next summer.")


@pytest.mark.parametrize(
    "text",
    [
        "No more mosques. Send them all back.",
        "Enough synagogues in this county! Ship them home.",
        "No more temples here. Deport them.",
        "Close the mosques. Kick them out.",
        "Not another church in our town. Send them all back.",
    ],
)
def test_a_call_across_two_short_sentences_is_hate(text: str) -> None:
    """A people's houses of worship refused in a short sentence, and "them" sent away in the
    next: one call written in two sentences."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "No more casinos. Send them to Joliet.",
        "The synagogue needs volunteers. Send them an email.",
        "No more mosques is a bigot's slogan. We welcome them here.",
        "The storm is coming, close the churches early and send them all home.",
        "Enough churches have closed. Send them our prayers.",
        "Our town has many mosques and churches. We welcome them all and send them our best.",
    ],
)
def test_two_sentences_without_anyone_sent_away_are_no_hate(text: str) -> None:
    """No house of worship, no one sent away, the slogan rejected, a church closed for a
    storm and its people sent home."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "A significant proportion of Muslims support killing gays.",
        "A huge percentage of Jews control the banks.",
        "A lot of Somalis support terrorism.",
        "The majority of Christians are secretly trying to impose their law.",
    ],
)
def test_most_of_a_group_as_the_subject_of_a_frame_is_hate(text: str) -> None:
    """ "the majority of", "a lot of", a share said to be large: most of the group, as "many"
    and "most" say it."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "A small number of immigrants commit crimes.",
        "A minority of Muslims support terrorism.",
        "The majority of immigrants work hard.",
        "A large share of refugees are children.",
        "Crimes against a lot of immigrants go unreported.",
    ],
)
def test_a_small_share_or_no_frame_is_no_hate(text: str) -> None:
    """A small share or a minority, most of a group with no frame, a group as an object."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was it those Asians again?",
        "was it the Somalis again",
        "Is it a Muslim again?",
        "Was it Mexicans again?",
    ],
)
def test_the_blame_of_the_cleft_asked_is_hate(text: str) -> None:
    """ "Was it those ... again?": a group blamed by a question, as "it's always the ...
    again" blames it."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was it the Cubs again?",
        "Was it the Mexicans who won again?",
        "Was it the women again?",
        "It is always the women again.",
        "Was it a woman again?",
        "Was it the kids again?",
    ],
)
def test_a_team_a_sentence_that_goes_on_and_gender_and_age_are_no_blame(text: str) -> None:
    """A team, a sentence that goes on, and the groups of gender and age, whom the cleft names
    at chores (the bar stands after "the")."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Those blacks don't care about anyone else but blacks.",
        "Jews never care about anyone except Jews.",
        "Whites do not care about anybody else but whites.",
        "Christians don't care about anyone else but their own.",
    ],
)
def test_a_group_said_to_care_for_no_one_else_is_hate(text: str) -> None:
    """A group said to care for no one else but its own, named again or not."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parents don't care about anyone else but their kids.",
        "Those nurses care about everyone else but themselves.",
        "Immigrants care about everyone else in town.",
    ],
)
def test_care_said_of_no_group_or_as_praise_is_no_hate(text: str) -> None:
    """No protected group, or care for others said as praise."""
    assert_free(text)


@pytest.mark.parametrize("city", ["kankakee", "marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("No more mosques. Send them all back.", True),
        ("go back to guatemala where you belong", True),
        ("Every last Mexican is a thief.", True),
        ("Locking up refugees is cruel.", False),
        ("I want to go back to Norway someday.", False),
    ],
)
def test_every_bundled_city_reads_the_families(city: str, text: str, hateful: bool) -> None:
    """The families read alike for each bundled city's hate clause; none is a removal."""
    assert_hate_in_city(city, text, hateful)
