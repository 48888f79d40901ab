"""Families of threats read from real news comments (issue 9), each with near-misses that must
stay free (Kankakee § V.2.2 threats, § V.2.6 calls to violence).

Each family is a way of wishing, approving, promising or calling for harm to a person: harm the
writer would love to see, curses and death wishes, a death met with indifference or joy, blows
called for ("someone needs to knock him out"), armed response promised to whoever comes, calls
to take up arms or to start killing people, the rope or the bullet as a person's due. The
near-misses are what the same words say without a threat: news and history of violence,
idioms, sport, elections, and criticism of officials, which is protected speech (§ I.3) and
never a finding. Every finding is judgment: review, never removal.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import THREATS, assert_no_threat, assert_threat, evidence


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see that judge hanged.",
        "Would really like to see the landlord strung up.",
        "I can't wait to see him swing.",
        "Can't wait to see that clown in a body bag.",
        "I'd pay good money to see them all lined up and shot.",
        "I would love to see the assessor fry.",
    ],
)
def test_harm_the_writer_would_love_to_see_is_a_threat(text: str) -> None:
    """Harm to a person the writer would love, like or pay to see, or cannot wait to see."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see him voted out in November.",
        "I'd love to see them shot down in the primary.",
        "I would love to see the photos she shot at the fair.",
        "I'd love to see him get a shot at the title.",
        "I can't wait to see the mayor in the parade.",
        "I'd love to see the senator hang out with residents more often.",
        "I'd love to see the council die on that hill.",
    ],
)
def test_an_election_a_photograph_or_an_idiom_seen_is_no_threat(text: str) -> None:
    """A vote, a photograph, a chance, a parade or an idiom the writer would like to see."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "May he burn in hell.",
        "May they all die screaming.",
        "May you suffer.",
        "I hope the landlord drowns.",
        "I hope that clerk suffers.",
        "Hope she bleeds out.",
        "I hope they die slowly.",
        "Too bad he never died.",
        "What a shame the judge didn't die.",
        "The world would be better if he were dead.",
        "We'd all be better off with the sheriff dead.",
    ],
)
def test_a_curse_or_a_death_wish_is_a_threat(text: str) -> None:
    """Death and torment wished as a curse, a death regretted as not having happened, the world
    better with a person dead."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "May he rest in peace.",
        "May the best team win.",
        "I hope the bill dies in committee.",
        "I hope the garden doesn't drown in all this rain.",
        "I hope he suffers the consequences at the ballot box.",
        "I hope they don't suffer.",
        "Too bad the tomato plants didn't survive.",
        "The city would be better if the council were dead serious about potholes.",
        "We'd all be better off if he were gone from office.",
        "I'd rather be dead than red.",
        "They deserve the death penalty.",
        "He died in 1998 after a long illness.",
    ],
)
def test_a_blessing_a_failed_bill_or_a_sentence_is_no_death_wish(text: str) -> None:
    """A blessing, a bill or a garden that dies, consequences at the polls, a court's sentence,
    an obituary."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't shed a tear if he died.",
        "I would not shed a single tear if the landlord got shot.",
        "I wouldn't mind if someone shot him.",
        "I would not care if they all died.",
        "Nobody would miss him if he died tomorrow.",
        "I'd throw a party if the commissioner died.",
    ],
)
def test_a_death_met_with_indifference_or_joy_is_a_threat(text: str) -> None:
    """A person's death, or a shooting, the writer would not mind or would celebrate."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Republicans don't care if you die.",
        "This bill says we don't care if you die without insurance.",
        "I wouldn't shed a tear if he retired.",
        "I wouldn't mind if someone shot me an email.",
        "Nobody sheds a tear when a homeless man dies.",
        "We will celebrate his life when he dies.",
        "They threw a party when he died, as he had asked.",
        "I wouldn't care if my kids died of boredom at the meeting.",
    ],
)
def test_criticism_of_a_policy_or_a_wake_is_no_death_wish(text: str) -> None:
    """A charge that others do not care (criticism of a policy, § I.3), a retirement, an email,
    a wake, boredom."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone needs to knock him out cold.",
        "I'll punch your lights out.",
        "Somebody should knock his teeth in.",
        "Next time I see the referee I'll knock his teeth out.",
        "Someone needs to slap that smirk off his face.",
        "Someone should run him over with a truck.",
        "Somebody should put the neighbor down like a rabid dog.",
        "Somebody ought to put a bullet in that clown.",
        "Hopefully someone takes him out.",
        "Somebody please take him out.",
        "Someone needs to assassinate the governor.",
        "I'm going to beat the hell out of you.",
        "Tar and feather the mayor.",
    ],
)
def test_a_blow_called_for_or_promised_is_a_threat(text: str) -> None:
    """Blows, a knockout, a running over or a killing wanted, called for or promised."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our team will knock them out of the playoffs.",
        "The boxer knocked him out in the third round.",
        "Someone should knock on his door and ask.",
        "Someone needs to put him down for two tickets.",
        "Someone should run over to the store.",
        "Somebody should end this meeting.",
        "Wipe that smile off your face and get to work.",
        "He beat the hell out of the Yankees last night.",
        "That beats the hell out of me.",
        "Assassinate his character all you want, the facts remain.",
        "Hopefully someone takes him out to dinner for his birthday.",
        "Lincoln was assassinated in 1865.",
    ],
)
def test_sport_errands_idioms_and_history_are_no_blows(text: str) -> None:
    """A knockout in a tournament, a knock on a door, an errand, an idiom, history."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you come on my land you will get shot.",
        "You'll get a bullet if you set foot on my property.",
        "Anyone who breaks into my house is going to get shot.",
        "Anyone who comes for my guns will get a bullet.",
        "Looters will be shot.",
        "When the looting starts, the shooting starts.",
        "I have a rifle ready for anyone who comes through that door.",
        "We'll greet them with buckshot.",
        "If they show up, we'll meet them with bullets.",
    ],
)
def test_armed_response_promised_is_a_threat(text: str) -> None:
    """Shooting promised to whoever comes on the writer's property, or ready for them."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "I keep a shotgun for hunting ducks.",
        "My rifle is ready for deer season.",
        "If you come to my house you will get a cake.",
        "Anyone who walks into my house will get a warm welcome.",
        "The police said trespassers will be prosecuted.",
        "The sheriff's office reported that the suspect was armed.",
        "They met the protesters with water and snacks.",
        "When the looting started, the police arrived.",
    ],
)
def test_guns_kept_welcomes_and_reports_are_no_armed_threat(text: str) -> None:
    """A gun kept for hunting, a welcome, a prosecution, a police report."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's time to start shooting politicians.",
        "Time to kill the politicians.",
        "Time to start hanging traitors.",
        "We need to start shooting looters.",
        "We need to take up arms against these people.",
        "Time to take up arms.",
        "Arm yourselves.",
        "Shoot up the dealers.",
        "Kill, kill, kill!",
        "They should dump him in the river.",
        "Dump the traitors in the ocean.",
        "The mayor will be first against the wall.",
        "Traitors get the rope.",
        "Give them the rope.",
        "Every one of them deserves a bullet.",
        "You're going to pay for this with your life.",
    ],
)
def test_a_call_to_kill_people_or_their_due_is_a_threat(text: str) -> None:
    """Calls to start killing people, to take up arms, the rope or the bullet as a person's due."""
    assert_threat(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's time to kill the bill.",
        "Kill the filibuster.",
        "Time to start shooting hoops.",
        "It's time to start shooting the new commercial.",
        "We should start hunting for a new city manager.",
        "The colonists took up arms against the British.",
        "Arm yourselves with the facts before the hearing.",
        "People who shoot up heroin need treatment, not jail.",
        "The politicians should be voted out.",
        "The politician was shot in 1968.",
        "Throw the bums out.",
        "They should dump him in the next election.",
        "Give him enough rope and he will hang himself with his own budget.",
        "That slide deserves a bullet point.",
        "You're going to pay for this with higher taxes.",
        "You will pay for this with your life savings.",
        "The mayor is a corrupt idiot and should resign.",
        "He should be hung out to dry by the voters.",
    ],
)
def test_bills_hoops_history_and_elections_are_no_call_to_kill(text: str) -> None:
    """A bill, a sport, a film shoot, a search, history, drug use, an election, an idiom,
    higher taxes, and harsh criticism of officials (protected, § I.3)."""
    assert_no_threat(text)


@pytest.mark.parametrize(
    ("template", "threat"),
    [
        ("I'd love to see {} hanged.", True),
        ("I wouldn't shed a tear if {} died.", True),
        ("Someone needs to knock {} out cold.", True),
        ("I'd love to see {} voted out.", False),
        ("{} should resign.", False),
    ],
)
@pytest.mark.parametrize("target", ["the mayor", "the alderman", "my neighbor", "that resident"])
def test_the_target_makes_no_difference(template: str, threat: bool, target: str) -> None:
    """An official and a resident are treated alike (§ I.3): the same words decide the same."""
    assert bool(evidence(template.format(target), *THREATS)) is threat
