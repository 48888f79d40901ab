"""More families of threats and calls to violence (issue 9; Kankakee § V.2.2 threats, § V.2.6
calls to violence), each with near-misses that must stay free.

The families: joy or approval at violence done to a person ("glad he got shot"), ultimatums
("touch my car and you'll be sorry"), veiled threats ("people have gone missing for less"),
harm wished on a person's family, death told to the reader as an order ("eat shit and die"),
threats of the writer's own doing ("I'm gonna find out where you live"), weapons named at a
person, blows and assassins called for, and a threat to the reader said after a pet is named
("touch my dog and I will end you"). The near-misses are what the same words say without a
threat: relief, sport, advice, slogans, elections and harsh criticism of officials, which is
protected speech (§ I.3) and never a finding. Every finding is judgment: review, never removal.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import assert_no_threat, assert_threat


@pytest.mark.parametrize(
    "text",
    [
        "Glad he got shot.",
        "I'm so happy someone finally punched him.",
        "Good riddance, I'm glad he's dead.",
        "Good, hope it hurt.",
        "He had it coming.",
        "He deserved every punch.",
        "He deserved to be beaten.",
        "Good, I hope he suffered.",
        "Whoever shot him deserves a medal.",
        "One less scumbag breathing.",
        "They should have finished him off.",
        "Too bad the bullet missed.",
    ],
)
def test_joy_or_approval_at_violence_done_to_a_person_is_a_threat(text: str) -> None:
    """Violence done to a person met with joy, approval or regret that it was not finished."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm glad nobody got hurt.",
        "I'm glad he was only shot in the leg and survived.",
        "Glad he got fired.",
        "Glad the mayor got voted out.",
        "I'm glad the mayor is dead set against the tax.",
        "Glad the alderman got knocked out of the race.",
        "I'm glad the officer wasn't killed.",
        "I hope it didn't hurt.",
        "I hope it helps.",
        "He deserved every vote he got.",
        "He deserved to be beaten in the election.",
        "Whoever fixed the potholes on Main deserves a medal.",
        "One less car on the road.",
        "Too bad he missed the meeting.",
    ],
)
def test_relief_a_firing_an_election_or_a_miss_is_no_threat(text: str) -> None:
    """Relief that no one was hurt, a firing, a vote, a medal for a repair, a missed meeting."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Step on my lawn and you'll be sorry.",
        "Mess with my family and you're finished.",
        "Lay a hand on her and you won't walk again.",
        "Come near my kids again and you're dead.",
        "Say that again and see what happens.",
        "Keep talking and you'll find out what happens.",
        "Stop undoing my edits or die!",
        "Show up here again and you'll leave in an ambulance.",
        "Touch my dog and I will end you.",
        "If you hurt my cat I'll kill you.",
    ],
)
def test_an_ultimatum_to_the_reader_is_a_threat(text: str) -> None:
    """An order, then what befalls the reader who disobeys (a pet named first is no target)."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Try the new recipe and see what happens.",
        "Come to the festival and you won't be sorry.",
        "Keep it up and you'll win the election.",
        "Touch base with the clerk and you'll be done in no time.",
        "Live free or die.",
        "Adapt or die.",
        "Get vaccinated or die trying.",
        "We need to kick them out of office.",
        "We will hurt them at the polls.",
        "I'll cut him some slack.",
        "The feral cats are back. Someone should shoot them.",
    ],
)
def test_advice_a_slogan_or_an_election_is_no_ultimatum(text: str) -> None:
    """Advice, an invitation, a motto, a vote; and harm called for on animals stays free."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "People have gone missing for less.",
        "Accidents happen to people like you.",
        "You messed with the wrong family.",
        "Be careful who you mess with.",
        "Watch your step, it may be your last.",
        "That will be the last mistake you ever make.",
        "You'll be sleeping with the fishes.",
        "Keep it up and you'll be wearing cement shoes.",
        "Snitches get stitches.",
        "You're living on borrowed time.",
        "Better start looking over your shoulder.",
        "Don't make me come find you.",
        "I'm gonna find out where you live.",
        "If I knew where you lived, I would pay you a visit.",
    ],
)
def test_a_veiled_threat_is_a_threat(text: str) -> None:
    """Menace said by idiom or allusion, without naming the harm."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "People have died for less than a broken leg in rural hospitals.",
        "People have been fired for less.",
        "Be careful on the ice, accidents happen.",
        "That may be your last chance to vote early.",
        "This will be your last day at the office.",
        "You're living on a fixed income.",
        "Always look over your shoulder when backing out.",
        "Don't make me come to another meeting about this.",
        "I'm going to find out where the meeting is.",
        "Let's pay the mayor a visit at his office hours.",
    ],
)
def test_danger_to_no_one_a_deadline_or_a_visit_to_an_office_is_no_threat(text: str) -> None:
    """Danger to no one in particular, the last chance to vote, office hours."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope to God your kids are trapped inside burning cars.",
        "I hope your family dies.",
        "Hope your wife gets cancer.",
        "I hope your kids suffer.",
    ],
)
def test_harm_wished_on_a_persons_family_is_a_threat(text: str) -> None:
    """Death, disease or suffering wished on the reader's family."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope your family is safe.",
        "I hope your kids get the vaccine.",
        "I hope your kids enjoy the new park.",
        "I hope your family gets well soon.",
    ],
)
def test_safety_or_care_wished_on_a_family_is_no_threat(text: str) -> None:
    """Safety, a vaccine, a park, a recovery."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die.",
        "Just die already.",
        "Eat shit and die.",
        "Why don't you fuck off and die.",
        "Go die and rot.",
        "I want to dance on your grave.",
        "Please have me notified when you die.",
        "You shall suffer.",
        "Try killing yourself.",
        "Can't you find anything better to do, like killing yourself?",
    ],
)
def test_death_told_to_the_reader_is_a_threat(text: str) -> None:
    """Death or self-harm told to the reader as an order, a wish or a promise."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Hard is a Christmas movie.",
        "I could just die of embarrassment.",
        "I would just die if they cancelled the parade.",
        "Do or die.",
        "We'll dance on the grave of this bill.",
        "Let me know when you die your hair again.",
        "If the mill closes, you will suffer.",
        "Smoking is like killing yourself slowly.",
    ],
)
def test_an_idiom_a_film_or_a_forecast_of_death_is_no_threat(text: str) -> None:
    """A film, the writer's own embarrassment, a motto, a bill, hair dye, a forecast."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will destroy you.",
        "I'll hunt you down.",
        "The man that will track you down and kill you.",
        "I will exact my revenge on him.",
        "I'll make you pay.",
        "I'll make your life a living hell.",
        "I'll take a bat to your car.",
        "Someone should take a crowbar to his kneecaps.",
        "I'll key your car.",
        "I will smash every window in your house.",
        "I'll put you through a wall.",
        "I'll rearrange your face.",
        "I'll break every bone in your body.",
        "I have a 9mm that says otherwise.",
        "I've got a 12 gauge full of buckshot for you.",
        "I'm cleaning my gun and thinking about you.",
        "Where I come from we shoot people like you.",
        "We hang those people.",
    ],
)
def test_harm_of_the_writers_own_doing_is_a_threat(text: str) -> None:
    """Harm to a person or their property promised, or a weapon named at them."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will destroy you in the debate.",
        "I will destroy your argument.",
        "We will hunt down the documents.",
        "We will have our revenge at the polls.",
        "We'll make them pay at the ballot box.",
        "Take a hammer to the budget.",
        "I'm cleaning my gun for hunting season.",
        "Here's a bullet point for you.",
        "We shoot photos of people like you every day.",
        "We hang those pictures in the hall.",
    ],
)
def test_a_debate_an_election_or_a_budget_is_no_threat(text: str) -> None:
    """A debate, documents, the polls, a budget cut, hunting, a slide, photographs."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone needs to beat some sense into him.",
        "Somebody should take care of that mayor permanently.",
        "That councilman needs a bullet.",
        "Somebody should break his legs.",
        "Drag him into the street and beat him.",
        "Garbage like you should be incinerated.",
        "They should wrap him in a sheet and slide him off into the ocean.",
        "Somebody should slap that smug clerk.",
        "Just run them over.",
        "He needs to be taken out.",
        "Off with their heads!",
        "Bring out the guillotines.",
        "Sounds like a job for a second amendment remedy.",
        "Tree, rope, some assembly required.",
        "He needs a dirt nap.",
        "Police should shoot to kill.",
        "Where's Lee Harvey Oswald when you need him?",
        "I know people who can make you disappear.",
        "Let's pay him a little visit at his house.",
    ],
)
def test_a_call_to_harm_a_person_is_a_threat(text: str) -> None:
    """Blows, a killing, an assassin, a disappearance or a visit home called for."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone should kick him off the council.",
        "Somebody should slap a fine on him.",
        "He needs to be taken out of office.",
        "The trash needs to be taken out.",
        "Take care of the mayor's request first.",
        "The slide needs a bullet point.",
        "Garbage like this should be incinerated.",
        "Where's a voting booth when you need one?",
        "We can make him disappear in November.",
        "The second amendment protects gun owners.",
        "The second amendment solution is more training, not more guns.",
        "We need a kick-butt woman in charge.",
        "The mayor is a corrupt fool and should resign.",
    ],
)
def test_a_removal_from_office_an_errand_or_criticism_is_no_threat(text: str) -> None:
    """Removal from office, a fine, the trash, an election, and criticism (§ I.3)."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to mess you up.",
        "I'm gonna beat your ass.",
        "I'll beat the living daylights out of you.",
        "Somebody ought to put a boot up his ass.",
        "I hope someone caves his head in.",
        "If he shows his face here again he won't leave in one piece.",
        "Meet me outside and we'll settle this.",
        "You better hope I never see you in person.",
        "If I ever meet you in person, you're done.",
        "Touch my car again and you'll end up in the hospital.",
        "Keep talking and you'll be next.",
        "Hope you like hospital food.",
        "You'll never see another birthday.",
        "Every one of you will pay in blood.",
        "Police should just open fire on them.",
        "Somebody lynch this guy.",
        "We'll see how brave you are with a gun in your face.",
    ],
)
def test_a_fight_or_the_hospital_promised_is_a_threat(text: str) -> None:
    """A beating promised or wished, a fight called, the hospital or death foretold."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will mess them up at the polls.",
        "They beat us in the finals.",
        "The parcel won't arrive in one piece.",
        "You won't see another dime from me.",
        "You're next in line at the clerk's window.",
        "Keep it up and you'll be next in line for a promotion.",
        "The police opened fire on the suspect.",
        "Somebody kill me now.",
        "Let's settle this at the next council meeting.",
        "Meet me outside the library at noon.",
        "Enjoy your last days in office.",
        "I hope you like hospital food jokes.",
        "With a gun to my head I wouldn't vote for him.",
        "If I ever see you at the market, you will be sorry you missed the pie.",
    ],
)
def test_an_election_a_game_or_a_meeting_is_no_fight(text: str) -> None:
    """The polls, a final, a parcel, a queue, a police report, a meeting, the end of a term."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    ("template", "threat"),
    [
        ("Glad {} got shot.", True),
        ("Somebody should slap {}.", True),
        ("{} needs a dirt nap.", True),
        ("Glad {} got voted out.", False),
        ("Someone should kick {} off the council.", False),
    ],
)
@pytest.mark.parametrize("target", ["the mayor", "the alderman", "my neighbor", "that resident"])
def test_an_official_and_a_resident_are_treated_alike(
    template: str, threat: bool, target: str
) -> None:
    """An official and a resident are treated alike (§ I.3): the same words decide the same."""
    text = template.format(target)
    if threat:
        assert_threat(text)
    else:
        assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I know where the mayor's kids go to school.",
        "I know where Alderman Lewis's wife works.",
        "I know where the clerk's family lives.",
    ],
)
def test_knowing_where_a_persons_family_is_found_is_a_threat(text: str) -> None:
    assert_threat(text)


def test_knowing_where_ones_own_kids_go_is_no_threat() -> None:
    assert_no_threat("I know where my kids go to school, the buses are always late.")


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't be sad if the council chambers burned down with all of them inside.",
        "I hope city hall blows up with them in it.",
        "I wouldn't mind if the courthouse burned down with everyone inside.",
    ],
)
def test_a_building_wished_destroyed_with_people_inside_is_a_threat(text: str) -> None:
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "The house burned down with the family inside, so sad.",
        "I hope the old factory burns down, it's an eyesore.",
        "I would be sad if the library burned down with all those books inside.",
    ],
)
def test_a_fire_reported_or_a_building_alone_is_no_threat(text: str) -> None:
    assert_no_threat(text)
