"""Threats and calls to violence as they are written under news stories and on a city's page
(issue 9; Kankakee § V.2.2 threats, § V.2.6 incitement of illegal acts), each family with
near-misses that must stay free.

The families: mob violence against a body of officials ("line the whole city council up against
a wall", "tar and feather the board"), curses of burning ("I hope they burn"), a building burned
with its people inside, ultimatums that end in blood, veiled threats ("accidents happen to people
who ask too many questions"), bullets as the fix ("nothing a little lead can't fix"), the Second
Amendment named as the remedy for officials, calls to arms and to vigilante violence. The
near-misses are what the same words say without a threat: criticism of officials, votes,
idioms, reports, history, safety warnings, the right to bear arms argued for, and the death
penalty argued for as policy. Every finding is judgment: review, never removal.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import assert_no_threat, assert_threat


@pytest.mark.parametrize(
    "text",
    [
        "Line the whole city council up against a wall.",
        "Tar and feather the whole board.",
        "Someone should hang the entire council.",
        "The whole board should be shot.",
        "I hope the whole council burns.",
        "I hope they burn.",
        "I hope they all fry.",
        "Time to get out the tar and feathers.",
        "Tar and feathers for every one of these councilmen.",
        "Drag them into the street.",
        "Take him out back.",
        "Hang every one of these traitors.",
        "Shoot all of those thugs.",
        "Those people need to be wiped off the face of the earth.",
        "Hanging is too good for them.",
        "Death is too good for him.",
    ],
)
def test_mob_violence_against_officials_and_groups_is_a_threat(text: str) -> None:
    """A body of officials named whole, burning wished, tar and feathers and the street."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vote them out.",
        "The council should be voted out, every one of them.",
        "Fire the chief.",
        "He should resign.",
        "He should hang his head in shame.",
        "They should all hang their heads in shame.",
        "The council should be tarred and feathered at the ballot box.",
        "Should he be hanged for that? Of course not.",
        "Nobody should be shot.",
        "Line the council members up for a photo after the ceremony.",
        "I hope the whole council resigns.",
        "I hope the council burns the midnight oil on this budget.",
        "I hope they burn the brush pile before the drought.",
        "Hope they burn calories at the new gym.",
        "The colonists tarred and feathered tax collectors in 1774.",
        "The museum has an exhibit on tar and feathers in colonial Boston.",
        "Drag the budget into the light so everyone can see it.",
        "Take him out back to see the new garden.",
        "Hang every one of these posters in the lobby.",
        "Smallpox was wiped off the face of the earth.",
        "Prison is too good for him.",
        "The death penalty is too good for him.",
    ],
)
def test_criticism_votes_idioms_and_history_are_no_mob_threat(text: str) -> None:
    """Criticism of officials, shame, a vote, a photo, an idiom of work, history: no threat."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Murderers should get the death penalty.",
        "Child killers deserve the death penalty.",
        "The shooter should be executed after a fair trial.",
        "If convicted, he should be executed.",
        "The death penalty should be abolished.",
        "Bring back the death penalty for drug dealers.",
    ],
)
def test_the_death_penalty_argued_as_policy_is_no_threat(text: str) -> None:
    """A court's sentence argued for or against is a policy view, either way (§ I.3)."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone should burn city hall down with them inside.",
        "Somebody ought to torch his house with him in it.",
        "Your house would burn nicely with your family in it.",
        "Someone should shoot up the next council meeting.",
        "Somebody needs to bomb that school board meeting.",
        "I'm going to bomb the church on Sunday.",
        "Firebomb the mosque.",
    ],
)
def test_a_building_burned_with_its_people_or_a_gathering_attacked_is_a_threat(text: str) -> None:
    """Harm to a building with the people in it, or to a gathering of people."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "The old mill burned down with the family inside, police said.",
        "The bomb squad cleared the meeting hall.",
        "The comedian bombed at the church talent show.",
        "I'm going to shoot up to the meeting after work.",
        "Someone should photograph the council meeting.",
    ],
)
def test_fires_reported_and_meetings_attended_are_no_threat(text: str) -> None:
    """A fire reported, a bomb squad, a comedian who bombed, a hurried trip: no threat."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the council passes this, there will be blood.",
        "Pass this ordinance and there will be blood in the streets.",
        "If you come near my kids again you won't walk away.",
        "Come near my family again and you'll disappear.",
        "You will get what's coming.",
        "Accidents happen to people who ask too many questions.",
        "Shame if something happened to it.",
        "You have no idea who you're messing with.",
        "You don't know who you're fucking with.",
        "Enjoy your last days.",
        "People like you tend to disappear.",
    ],
)
def test_ultimatums_and_veiled_threats_are_threats(text: str) -> None:
    """Blood promised on a condition, the reader's walking away no more, menace by allusion."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you come near my kids again, I'll call the police.",
        "If you come near my kids again I'll get a restraining order.",
        "There will be blood drives at the library on Saturday.",
        "If you donate, there will be blood tests available at the clinic.",
        "If the council passes this, there will be lawsuits.",
        "You won't walk away empty handed from the raffle.",
        "You will get what's coming in the mail next week.",
        "Accidents happen to people who don't wear seatbelts.",
        "Accidents happen, please slow down in the school zone.",
        "Shame if the festival gets cancelled.",
        "You have no idea who you're dealing with at the permit office, it's a maze.",
        "Enjoy your last days of summer.",
        "Enjoy your last day in office, mayor, you earned the rest.",
        "People like you make this town great.",
        "He said he would shoot us.",
        "The suspect threatened to burn down city hall, police said.",
    ],
)
def test_safety_warnings_lawful_answers_and_reports_are_no_veiled_threat(text: str) -> None:
    """The police called, blood drives, a raffle, the mail, a seatbelt warning, a report."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's what the second amendment is for.",
        "This is exactly what the Second Amendment is for.",
        "Second amendment solutions are looking better every day.",
        "The 2nd amendment exists for tyrants like this mayor.",
        "The second amendment was written for politicians like these.",
        "That's why the founders gave us the second amendment, to deal with tyrants like him.",
        "Time to water the tree of liberty.",
        "A few well placed rounds would fix this council.",
        "Nothing a little lead can't fix.",
        "If they come for our guns, we'll give them the bullets first.",
        "Maybe the mayor needs to meet the business end of a rifle.",
    ],
)
def test_the_second_amendment_or_bullets_named_as_the_remedy_is_a_threat(text: str) -> None:
    """Guns and bullets named as what officials should get."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "The second amendment protects the right to bear arms.",
        "The second amendment protects us against tyranny.",
        "The Second Amendment is for protecting our homes and families.",
        "That's what the second amendment is for: protecting my family from intruders.",
        "That's what the First Amendment is for.",
        "The second amendment protects people like you and me.",
        "I support the Second Amendment and so should the council.",
        "The tree of liberty quote is from a letter by Jefferson.",
        "A few rounds of talks would fix this council.",
        "Nothing a little paint can't fix.",
        "Nothing a little lead paint abatement can't fix.",
        "Give them bullets for the range day.",
        "Give him the lead on the project.",
        "I'd like to see the mayor face the business end of a recall petition.",
        "I keep a shotgun for home defense.",
    ],
)
def test_the_right_to_bear_arms_argued_for_is_no_threat(text: str) -> None:
    """The Second Amendment argued for, as a right or a defence, is a policy view (§ I.3)."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arm up.",
        "Arm up, the day of reckoning is near.",
        "Grab your guns and march on city hall.",
        "Time to grab our rifles and clean up this town.",
        "Since the cops won't do anything, we should handle these thugs ourselves.",
        "Time for the neighborhood to take matters into our own hands and deal with these punks.",
        "Someone should take care of the dealers on 5th street since the police won't.",
        "If the police won't stop them, we'll deal with them ourselves, with baseball bats.",
        "Time for some vigilante justice.",
        "Let's form a posse and hunt them down.",
        "Find out where he lives and pay him a visit.",
        "Let's go pay that judge a little visit.",
        "Let's pay the clerk a visit tonight.",
        "Let's round up a few guys and teach him a lesson.",
        "ARM UP HUMANS the DAY of RECKONING is NEAR",
        "Every able bodied man of voting age should do his part and kill one or even two.",
    ],
)
def test_calls_to_arms_and_to_vigilante_violence_are_findings(text: str) -> None:
    """Arms taken up against a place of government, people dealt with outside the law."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arm yourselves with the facts before the meeting.",
        "I hurt my arm up at the lake.",
        "Grab your friends and march on city hall Saturday to demand a vote.",
        "Bring your guns to the range, not to the meeting.",
        "Get your guns registered at the sheriff's office before March.",
        "We should take matters into our own hands and clean up the park on Saturday.",
        "Let's take matters into our own hands and call the state inspector.",
        "We'll handle the paperwork ourselves.",
        "Vigilante justice is never the answer.",
        "The neighborhood watch should call the police, not form a posse.",
        "Let's hunt down the best deals at the farmers market.",
        "Find out where he lives and send him a thank you card.",
        "Let's pay the mayor a visit at her office hours.",
        "Let's teach the council a lesson at the ballot box.",
        "Let's teach the kids a lesson about recycling.",
        "Someone should take care of the stray dogs since the city won't.",
        "Get the pitchforks out, the council raised taxes again.",
        "I had to arm up for the hike with bug spray and sunscreen.",
        "Do your part and kill the bill.",
        "Do your part and vote in November.",
    ],
)
def test_protest_cleanups_and_petitions_are_no_call_to_violence(text: str) -> None:
    """A march to demand a vote, a park cleanup, a visit at office hours, a vote: no finding."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I had a dog that acted like Donald Trump, I'd shoot it in the head.",
        "If I had a dog that behaved like the mayor I would put it down.",
        "If we had a horse that acted like that councilman, we'd have it put down.",
    ],
)
def test_a_person_likened_to_an_animal_to_be_shot_is_a_threat(text: str) -> None:
    """The harm said of an animal that stands for a person."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I had a dog that bit like that, I'd put it down.",
        "If I had a dog that acted like the mayor, I'd get it trained.",
        "My dog acts like the mayor: all bark, no bite.",
    ],
)
def test_an_animal_put_down_for_its_own_bite_or_a_joke_is_no_threat(text: str) -> None:
    """A dog's own bite, a dog trained, a joke that names no harm."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "All ride operators should be fired, sued and hanged.",
        "The whole board should be arrested, tried and shot.",
        "Assassinate all the customers!",
        "Burn in hell.",
        "Get a life and burn in Hell.",
        "Rot in hell, scum.",
    ],
)
def test_harm_ending_a_list_an_assassination_and_hell_ordered_are_threats(text: str) -> None:
    """A harm after other punishments, an assassination ordered, a curse said as an order."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "The contractor should be fired, sued and replaced.",
        "I'm going to shoot Sarah's wedding next week.",
        "And Lynch must be dumb as a stump cuz he looked absolutely clueless.",
        "Assassinate his character all you want, the facts remain.",
        "Assassinate my reputation if you like.",
        "Obamacare should be killed.",
        "Bill C-45 should be killed in committee.",
        "The song Burn in Hell is on their new album.",
        "I don't want anyone to burn in hell.",
    ],
)
def test_a_list_of_lawful_ends_a_photo_shoot_and_a_song_are_no_threat(text: str) -> None:
    """Lawful consequences, a photographer's shoot, a name, a bill killed, a song title."""
    assert_no_threat(text)
