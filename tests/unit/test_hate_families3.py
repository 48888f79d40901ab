"""Families of hate without a slur added in the fourth session (Kankakee § V.2.4, issue 9).

Each family is a way online hate speaks of a protected group without a slur: the group as
things or bodies for use, ranked below others or made for service, told to keep to its place
or denied its rights, called the nation's enemy or disloyal, said never to fit in, called an
illness to cure or a sin, wished gone or better done without, refused work, service or a home
by the writer, too many of it in a place, its persecution approved, and the writer's own hatred
of a group a pronoun carries. Every finding is JUDGMENT: review, never removal. The near misses
are the same words where they are no hate: negated, reported, counter-speech, quoted, a group
that is no protected class (a party, officials), a policy, a thing.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import assert_free, assert_hate, evidence


@pytest.mark.parametrize(
    "text",
    [
        "Women are just objects.",
        "Honestly women are sex objects and nothing more.",
        "Women are baby factories.",
        "Trans women are just men in dresses.",
        "Women are our property.",
        "Women are the property of their husbands.",
    ],
)
def test_a_group_as_things_or_bodies_for_use_is_hate(text: str) -> None:
    """A group said to be objects, property or bodies for breeding or dressing up."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are objects of study in this course.",
        "Women are not objects.",
        "Saying women are sex objects is sexist.",
        "Immigrants damaged our property.",
        "The Muslims bought their property last year.",
        "Women are property owners now.",
        "The men in dresses at the parade were drag performers.",
    ],
)
def test_things_property_and_dresses_that_demean_no_group_are_free(text: str) -> None:
    """Objects of study, property owned or damaged, a negation, counter-speech, a report."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women are the weaker sex.",
        "Blacks are an inferior race.",
        "Women are made for cooking and cleaning.",
        "Women were meant for making babies, nothing else.",
        "Women are meant to serve men.",
        "Women exist only to please men.",
        "Girls can't do math.",
        "Women can't control their emotions.",
        "Women only want money.",
        "Women are hysterical.",
        "Jews are money hungry.",
        "Gays are sinners.",
    ],
)
def test_a_group_ranked_below_or_made_for_service_is_hate(text: str) -> None:
    """A group ranked below others, made or meant for service, or said to be unable to think."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The weaker team lost on Saturday.",
        "The ramp is made for wheelchairs.",
        "These two women are made for each other.",
        "Women are not the weaker sex.",
        "I don't think women are the weaker sex.",
        "Claiming girls can't do math is a sexist myth.",
        "The council can't do math on this budget.",
        "Fears of immigrants are irrational.",
        "The fans were hysterical after the game.",
    ],
)
def test_ranking_and_service_words_said_of_no_group_or_denied_are_free(text: str) -> None:
    """A team, a ramp, a couple; the claim negated, doubted or called sexist; the council."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women should know their place.",
        "Blacks need to be put in their place.",
        "Women should be seen and not heard.",
        "Women should just shut up.",
        "Gays should have no rights.",
        "Immigrants should not have any rights.",
        "Women should never have been given the vote.",
        "Muslims should lose the right to vote.",
    ],
)
def test_a_group_told_to_keep_its_place_or_denied_rights_is_hate(text: str) -> None:
    """A group told to keep to its place or be silent, or denied its rights or the vote."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants should know their rights.",
        "Women should have equal rights.",
        "Women should not have fewer rights than men.",
        "The mayor should shut up.",
        "Officials should know their place.",
        "Council members should lose the right to vote on their own raises.",
        "Some say women should know their place, which is a disgusting thing to say.",
    ],
)
def test_places_rights_and_silence_asked_of_no_group_are_free(text: str) -> None:
    """Rights known or equal, an official told to be quiet (protected criticism), a report."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are the enemy.",
        "Jews have dual loyalty.",
        "Immigrants are a fifth column.",
        "Muslims want war.",
        "Muslims are at war with the West.",
        "All muslims worship Satan.",
        "Muslims will never integrate.",
        "Immigrants refuse to assimilate into our culture.",
        "Somalis just don't fit in here.",
    ],
)
def test_a_group_called_the_enemy_disloyal_or_never_fitting_in_is_hate(text: str) -> None:
    """A group called the nation's enemy, disloyal, warlike, or said never to fit in."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not the enemy.",
        "Are Muslims the enemy?",
        "Democrats are the enemy.",
        "Republicans are traitors.",
        "The mayor is the enemy of this town.",
        "Immigrants do not integrate when no classes are offered.",
        "Refugees don't integrate easily without language support from the city.",
        "He said Muslims will never integrate, which is racist.",
    ],
)
def test_enemies_and_integration_said_of_no_group_or_with_a_cause_are_free(text: str) -> None:
    """Negated or asked, a party or an official (protected), a cause named, a report."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gays need to be cured.",
        "Trans people need conversion therapy.",
        "Being gay is a sin.",
        "Being trans is a mental illness.",
        "Homosexuality is an aberration.",
        "Trans people are delusional.",
    ],
)
def test_an_orientation_or_identity_called_an_illness_or_a_sin_is_hate(text: str) -> None:
    """Sexual orientation or gender identity called a sin, a disorder or an illness to cure."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cancer patients need to be cured.",
        "Gays are not sick.",
        "Being gay is not a sin.",
        "Being gay is not a choice.",
        "Being gay in a small town is hard.",
        "Conversion therapy is torture and should be banned.",
    ],
)
def test_illness_and_sin_said_of_no_group_or_denied_are_free(text: str) -> None:
    """Patients, the claim denied, a hardship described, a practice criticised."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "The world would be a better place without Muslims.",
        "This country would be better off without immigrants.",
        "I wish gays didn't exist.",
        "I wish women would all just disappear.",
        "I would never hire a woman.",
        "We don't rent to Mexicans.",
        "I refuse to serve gay people.",
        "Europe doesn't want Muslims here.",
        "Nobody wants immigrants in our town.",
        "Hitler was right about the Jews.",
    ],
)
def test_a_group_wished_gone_refused_or_unwanted_is_hate(text: str) -> None:
    """A group wished gone or better done without, refused work, service or a home by the
    writer, not wanted in a place, or its persecution approved."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The town would be poorer without immigrants.",
        "I wish racism did not exist.",
        "The landlord refused to rent to Black families.",
        "We don't hire illegal immigrants.",
        "I would never hire a contractor without a license.",
        "Hitler was wrong about everything.",
        "The city would be better without the new parking tax.",
        "We should not send immigrants back.",
    ],
)
def test_wishes_refusals_and_places_that_exclude_no_group_are_free(text: str) -> None:
    """A loss regretted, a bigotry wished gone, a landlord's refusal reported, the law on work
    permits, a contractor, a tax (policy is protected speech)."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Too many immigrants in this country.",
        "There are way too many Muslims here.",
        "This town has too many Mexicans.",
    ],
)
def test_too_many_of_a_group_in_a_place_is_hate(text: str) -> None:
    """Too many of a group in a place, said as the whole sentence."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Too many women in this country are underpaid.",
        "Too many black men in this country are in prison.",
        "There are too many old people in this town to close the clinic.",
        "The city has too many potholes.",
        "There are not too many immigrants here.",
    ],
)
def test_too_many_said_of_a_hardship_or_a_thing_is_free(text: str) -> None:
    """A sentence that goes on to name a hardship, a thing, a negation."""
    assert_free(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Women think they're special. I hate them.", True),
        ("Immigrants keep coming. I really despise them.", True),
        ("The new parking meters are broken. I hate them.", False),
        ("Muslims are my neighbours. I don't hate them.", False),
        ("I hate them.", False),
    ],
)
def test_the_writers_hatred_of_a_group_a_pronoun_carries_is_hate(text: str, found: bool) -> None:
    """ "I hate them" counts the group "them" carries from the sentence before; a thing
    carried, a negation, or no group named is no finding."""
    assert bool(evidence(text, "group_hate")) is found


@pytest.mark.parametrize(
    "text",
    [
        "Democrats are ruining this country.",
        "Liberals should know their place.",
        "Trump supporters will never integrate into civil society.",
        "The council should have no rights over our yards.",
        "Saying all Muslims are criminals is racist.",
        "Immigrants are not the enemy.",
        'The flyer said "women should know their place" and we took it down.',
    ],
)
def test_parties_officials_counter_speech_and_quotes_stay_free(text: str) -> None:
    """The families never read a party, supporters of a politician or the council (criticism is
    protected, § I.3), counter-speech, negation or a quotation as hate."""
    assert_free(text)


@pytest.mark.parametrize(
    "group",
    ["Women", "Muslims", "Immigrants", "Gay people", "Black people", "Disabled people", "Jews"],
)
def test_every_family_counts_alike_for_every_protected_group(group: str) -> None:
    """The same frame said of each protected group is read alike (viewpoint neutrality)."""
    for frame in (
        "{} should know their place.",
        "{} are the enemy.",
        "{} will never integrate.",
        "I wish {} did not exist.",
        "Too many {} in this country.",
    ):
        text = frame.format(group if frame.startswith("{}") else group.lower())
        assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Holocaust never happened.",
        "The holocaust was a hoax.",
        "The Holocaust didn't happen.",
        "Jews are behind every war.",
        "Muslims are behind all the wars.",
    ],
)
def test_the_holocaust_denied_and_wars_blamed_on_a_group_are_hate(text: str) -> None:
    """The Holocaust denied, and a people said to be behind the wars."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deniers claim the Holocaust never happened.",
        "Saying the Holocaust was a hoax is antisemitic.",
        "The Holocaust happened and we must remember it.",
        "Immigrants are the victims of the war.",
        "Muslims suffered in the war.",
    ],
)
def test_the_holocaust_reported_or_remembered_and_victims_of_war_are_free(text: str) -> None:
    """Denial reported or called antisemitic, the Holocaust remembered, a group as victims."""
    assert_free(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Being gay is disgusting.", True),
        ("Being trans is a sin.", True),
        ("Something I hate about being bisexual is the questions.", False),
        ("I'm tired of being trans in this town.", False),
        ("I hate being gay sometimes.", False),
    ],
)
def test_a_state_of_being_is_the_writers_own_after_a_feeling(text: str, found: bool) -> None:
    """ "Being gay" judged is hate; a feeling about being gay is the writer's own state, never
    hatred of a group."""
    assert bool(evidence(text, "group_hate")) is found


@pytest.mark.parametrize(
    "text",
    [
        "Muslims should be registered and tracked.",
        "Muslims should be put on a watch list.",
        "Gay people should not adopt children.",
        "Keep the gays away from our kids.",
        "Build the wall and keep the Mexicans out.",
        "Keep women out of politics.",
        "Women have no business in politics.",
        "Gay people are after our children.",
        "Indians are scammers.",
    ],
)
def test_a_group_registered_kept_away_or_cast_as_a_trade_of_crime_is_hate(text: str) -> None:
    """A group put on a register, kept from children or out of a place, said to be after
    children, or cast as swindlers."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants should be registered to vote.",
        "Elderly people should be monitored during the heat wave.",
        "Keep the children out of the street.",
        "Keep immigrants out of poverty with better wages.",
        "The council has no business in my backyard.",
        "Scammers are targeting seniors with fake tax calls.",
    ],
)
def test_registers_care_and_keeping_out_of_harm_are_free(text: str) -> None:
    """Voter registration, care for the old, children kept from a street, a group kept from
    poverty, the council told off (protected), seniors warned about scammers."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims keep coming. Violence is in their blood.",
        "Disabled people are defective.",
        "Autistic people are a waste of money.",
        "Gay people are a stain on society.",
        "Muslims are the dregs of society.",
    ],
)
def test_crime_in_the_blood_defects_and_stains_said_of_a_group_are_hate(text: str) -> None:
    """Crime said to be in a group's blood, a group called defective, a waste, a stain."""
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Violence is in the news again.",
        "Crime in their neighborhood is rising.",
        "Immigrants grow vegetables.",
        "Immigrants are vegetable farmers.",
        "The council is a waste of money.",
        "The new ramps for disabled people are defective.",
    ],
)
def test_blood_defects_and_waste_said_of_no_group_are_free(text: str) -> None:
    """News, a neighbourhood's crime, farming, the council (protected), a faulty ramp."""
    assert_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yo, if I'm going to hell for being homosexual, why did god make me like this?",
        "People mock me for being trans and it is disgusting.",
    ],
)
def test_a_state_of_being_after_a_preposition_is_someones_own(text: str) -> None:
    """ "For being homosexual", "for being trans": someone's own state, not the group judged."""
    assert not evidence(text, "group_hate")


@pytest.mark.parametrize(
    "text",
    [
        "Jews are behind all of this, follow the money.",
        "The Jews are pulling the strings.",
        "Muslims control everything in this town.",
        "Mexicans are behind it all.",
    ],
)
def test_a_group_said_to_be_behind_everything_is_a_conspiracy_frame(text: str) -> None:
    assert_hate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The developers are behind all of this.",
        "Jews are behind the new community center project.",
        "Immigrants run everything at the plant, they work hard.",
    ],
)
def test_a_body_behind_a_plan_or_a_group_at_work_is_no_conspiracy(text: str) -> None:
    assert_free(text)
