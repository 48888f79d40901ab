"""Families of hate without a slur, and of harmless speech about hate, added in the ninth
session (Kankakee § V.2.4, issue 9).

Written as a probe of our own before the patterns, in the register of news comments: crime said
to come from a group, a crime pinned on a group by a cleft, costs blamed on it, a group behind
every attack or plot, people sent "back to their shithole countries" or run out of town, a
group unfit to lead or vote, good only as servants, denied to be real women or men, an insult
to God, a plot said in secret, bankers of a people pulling the strings, a people brought in to
replace "us"; "their kind" opening a sentence after a group named before. Beside them the false
flags fixed as families: a feeling spoken of rather than felt ("Hatred of immigrants has no
place here"), an act the writer rejects ("I'm tired of people blaming immigrants"), what is
done to a group ("how gay kids get bullied", "immigrants are treated like animals"), an
exclusion named as history ("Segregation meant ..."), a negated subject before an expulsion
("No one should be told to go back ..."), a people's own wish to return, and animals named as
animals ("service animals"). Every finding is JUDGMENT: review, never removal; every frame
counts alike for every group.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import assert_free, assert_hate, assert_hate_in_city

# Groups of several classes, majorities included; each names the whole group as a subject.
GROUPS = ("Muslims", "immigrants", "Mexicans", "Jews", "gay people", "black people", "whites")


@pytest.mark.parametrize(
    "text",
    [
        "All the crime on the north side comes from the Haitians.",
        "Most of the drugs in this county come from Mexicans.",
        "Every time there's a shooting downtown it's the Somalis again.",
        "Whenever there is a stabbing, it's always the Haitians.",
        "It's always the immigrants.",
        "Immigrants are why our taxes keep going up.",
        "Refugees are the reason rents are through the roof.",
        "Muslims are behind every terror attack.",
        "The Jews started both world wars.",
    ],
)
def test_crime_and_costs_pinned_on_a_group_are_hate(text: str) -> None:
    """Crime sourced to a group, a cleft after a crime, rising costs blamed, a group behind
    every attack or war."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most of the crime comes from a few repeat offenders.",
        "Crime comes from poverty, not from immigrants.",
        "Whenever there is a festival, it's the Mexicans who cook the best food.",
        "It's always the council.",
        "Immigrants are why our taxes went down.",
        "Muslims are behind the fight against terrorism.",
        "Immigrants are behind the crime prevention program.",
    ],
)
def test_crime_and_costs_without_a_group_blamed_are_no_hate(text: str) -> None:
    """No group, a cause that is no group, a cleft that goes on, a fall, a fight against."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ship the Haitians back to their shithole countries.",
        "Send them to their filthy backward country.",
        "Pack them all up and send them back to Africa.",
        "Let's run the Somalis out of town.",
        "We need to drive the Arabs out of this country.",
        "Chase the gays out of our neighborhood.",
    ],
)
def test_people_sent_back_or_run_out_are_hate(text: str) -> None:
    """An insulted homeland, a continent of origin, a group run out of a place as an order."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees hope to go back to their country when the war ends.",
        "Many want to return to their homeland one day.",
        "They ran the Jews out of town in 1900, a shameful history.",
        "The mayor should be run out of town.",
        "We need to get the kids out of the heat.",
        "Get the trucks out of our neighborhood.",
        "Send the forms back to China.",
    ],
)
def test_a_return_wished_a_history_or_no_group_is_no_expulsion(text: str) -> None:
    """A people's own wish to return, history told, an official, no group."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are not cut out for leadership.",
        "Blacks are just not smart enough to vote.",
        "Immigrants are not capable of rational thought.",
        "Filipinos are only good as maids.",
        "Mexicans are only good for cheap labor.",
        "Lesbians are not real women.",
        "Gay men will never be real men.",
        "Transgenders are an insult to God.",
        "Muslims are a disgrace to this country.",
        "Trans kids are just attention seekers.",
        "Mentally ill people should be locked away.",
        "People in wheelchairs are useless.",
    ],
)
def test_a_group_unfit_servile_or_an_insult_is_hate(text: str) -> None:
    """Unfit to lead or vote, good only as servants, denied their sex, an affront to God."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seniors are not fit to drive at night, says the DMV.",
        "Immigrants are good for the economy.",
        "Mannequins are not real women.",
        "The new law is an insult to women.",
        "Trans kids are not attention seekers.",
        "Mentally ill people deserve good care.",
        "People in wheelchairs need better sidewalks.",
    ],
)
def test_fitness_worth_and_care_said_otherwise_are_no_hate(text: str) -> None:
    """No role of mind, no "only", no group the subject, negated, care."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are secretly trying to impose Sharia law.",
        "The Jews are quietly taking over the banks.",
        "The Jews are pulling the strings in Washington.",
        "Jewish bankers control the government.",
        "The Chinese are buying up our farmland to take over.",
        "Mexicans are pouring in to outnumber us.",
        "Immigrants are being brought in to replace white Americans.",
        "More Mexicans moved into the apartments. Their kind brings nothing but crime.",
        "Jews bought the old factory. Typical, their kind owns everything.",
    ],
)
def test_plots_in_secret_and_replacement_are_hate(text: str) -> None:
    """A plot said in secret, strings pulled, a take-over, "us" replaced; "their kind"."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are secretly hoping for a snow day.",
        "Jewish bankers founded the hospital in 1902.",
        "Immigrants are moving here to work.",
        "Immigrants are brought in to replace retiring workers.",
        "Republicans are secretly trying to take over the school board.",
        "I have met their kind before and they were lovely.",
    ],
)
def test_plots_without_a_group_or_a_take_over_are_no_hate(text: str) -> None:
    """No plot, no control, no take-over, no protected group, "their kind" as an object."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hatred of immigrants has no place here.",
        "Hatred toward Muslims has no place in Kankakee.",
        "Contempt for gay people is not a Kankakee value.",
        "The hate directed at Asian Americans during covid was shameful.",
        "Disgust for transgender people is learned, not natural.",
        "Hate toward Jews is rising, according to the ADL.",
        "Anger at Muslims after the attack was understandable but misplaced.",
        "I'm tired of people blaming immigrants for everything.",
        "Stop comparing immigrants to animals.",
        "We need to stop blaming refugees for our problems.",
        "It's disgusting how gay kids get bullied in our schools.",
        "I hate that immigrants are treated so badly.",
        "I hate how disabled people are treated at the DMV.",
        "Immigrants are treated like animals here.",
        "Muslims are portrayed as terrorists in the movies.",
        "Segregation meant black people were not allowed in this pool.",
        "The end of segregation opened the pool to Black families.",
        "No one should be told to go back where they came from.",
        "Service animals for disabled swimmers are welcome at the pool.",
    ],
)
def test_hate_spoken_of_rejected_or_suffered_is_no_hate(text: str) -> None:
    """A feeling as a topic, an act rejected, harm done to a group, history, a negated
    subject, animals as animals: counter-speech and reports, not the writer's hate."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "My hatred of immigrants is justified.",
        "Hatred of immigrants is natural.",
        "I have nothing but contempt for gay people.",
        "Immigrants should be treated like animals.",
        "We need segregation, blacks ruin everything.",
        "I hope they go back where they came from.",
        "Immigrants need to go back to their country.",
    ],
)
def test_hate_owned_approved_or_wished_stays_hate(text: str) -> None:
    """The writer's own feeling, a feeling approved, a treatment wished, a return demanded."""
    assert_hate(text)


@given(st.sampled_from(GROUPS))
def test_a_feeling_spoken_of_counts_alike_for_every_group(group: str) -> None:
    """Spoken of, a feeling of hatred is no hate of any group; owned, it is, for every group."""
    assert_free(f"Hatred of {group} has no place here.")
    assert_free(f"I'm tired of people blaming {group} for everything.")
    assert_hate(f"My hatred of {group} is justified.")


@given(st.sampled_from(GROUPS))
def test_the_new_frames_count_alike_for_every_group(group: str) -> None:
    """The frames of this session read every group, capitalised or not."""
    assert_hate(f"{group.capitalize()} are only good as maids.")
    assert_hate(f"{group.capitalize()} are behind every terror attack.")
    assert_hate(f"{group.capitalize()} are secretly trying to take over the government.")
    assert_hate(f"All the crime here comes from the {group}.")
    assert_free(f"{group.capitalize()} are treated like animals here.")


@pytest.mark.parametrize("city", ["kankakee", "marseilles", "montgomery-county-oh"])
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("Filipinos are only good as maids.", True),
        ("Hatred of immigrants has no place here.", False),
        ("Segregation meant black people were not allowed in this pool.", False),
    ],
)
def test_every_bundled_city_reads_the_families(city: str, text: str, hateful: bool) -> None:
    """The families read alike for each bundled city's hate clause; none is a removal."""
    assert_hate_in_city(city, text, hateful)
