"""Threats written as families the patterns still missed (issue 9, the seventh session; Kankakee
§ V.2.2 threats, § V.2.6 incitement), each family with several phrasings and the harmless
near-misses that share its words.

The families: harm promised to whoever did something ("I'll kill whoever stole my bike"), harm
foretold to a person named by role ("the health inspector is going to get stabbed."), bones
broken, beatings "until he can't stand", blood made to flow, poisonings, bounties, harm wished on
a person's family, weapons made ready for a person, a death on a trespass ("if they come to my
door they'll leave in a body bag"), knowing a child's school or a person's hours, the "shame if
she went missing" of a protection racket, texting spellings, a crowd rammed, officials named as
a body with a modifier ("the whole zoning board"). The near-misses are the same words without a
threat: contests, courts, accidents and a parent's warnings, reports, gifts, hunting, photo
shoots, votes, care. Every finding is judgment: review, never removal, in every bundled city.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import assert_no_threat, assert_threat, city_verdict, never_removed

#: Each family: threats in several phrasings (other words, targets and word orders).
FAMILIES: dict[str, list[str]] = {
    "whoever did it": [
        "I'll kill whoever stole my bike.",
        "I'm going to stab whoever took my wallet.",
        "I'll hurt anyone who gets in my way.",
        "Whoever did this is going to die.",
        "Whoever slashed my tires is going to get shot.",
        "Whoever poisoned my dog is a dead man.",
        "Anyone who hurts my kid deserves a bullet.",
        "Whoever reported me deserves to get beaten.",
        "Whoever wrote this article deserves a beating.",
    ],
    "harm foretold to a person": [
        "The health inspector is going to get stabbed.",
        "The parking enforcement officer is going to get shot.",
        "That principal is going to get hurt.",
        "Councilwoman Diaz is going to get stabbed.",
        "u gon get shot",
    ],
    "bones broken": [
        "The umpire should have his neck snapped.",
        "The zoning chairman should have his jaw broken.",
        "You're going to have your legs broken.",
        "If he shows his face here again, he's getting his teeth knocked out.",
    ],
    "beaten senseless": [
        "Alderman Lewis should be beaten to a pulp.",
        "The landlord deserves to be beaten senseless.",
        "I'm going to beat the landlord until he can't stand.",
        "I'll beat that umpire until he can't walk.",
    ],
    "blood and life": [
        "I will make you bleed.",
        "I'm going to make the assessor bleed.",
        "If the council votes yes, I'll make sure every one of them bleeds.",
        "I'm going to choke the life out of you.",
        "I'll squeeze the life out of that clerk.",
    ],
    "poison": [
        "Somebody should poison the superintendent's coffee.",
        "I will poison the principal.",
        "Somebody needs to poison the mayor's drink.",
    ],
    "bounty and waiting": [
        "I'll give $500 to anyone who shoots the governor.",
        "I'll pay $1000 to whoever kills the sheriff.",
        "I will donate to anyone that shoots that senator.",
        "Can't wait until somebody finally kills that judge.",
        "I pray someone puts that senator in the ground.",
        "I hope somebody puts the treasurer six feet under.",
    ],
    "family wished harm": [
        "I hope your kids get hurt.",
        "I hope his daughter gets hurt.",
        "Hope the whole board gets cancer and dies.",
    ],
    "weapons made ready": [
        "I keep a shotgun by the door for people like you.",
        "I keep a pistol in the truck for scum like you.",
        "I've sharpened my machete just for you.",
        "Got a knife with your name carved on it.",
        "Got a bullet with the judge's name written on it.",
        "My Glock says you won't make it to the next meeting.",
        "I'm bringing my gun to the school board meeting and somebody is going to get hurt.",
    ],
    "death on a trespass": [
        "If they come to my door they'll leave in a body bag.",
        "If the cops come to my house they'll leave in a body bag.",
        "If the inspector sets foot on my land again he won't leave alive.",
        "When the assessor steps on my porch he won't leave alive.",
        "If that inspector comes back he's going to get shot.",
        "Anyone who tries that on my street won't walk away.",
        "Anybody who touches my truck won't walk away.",
        "Whoever keyed my car is going to lose some fingers when I find him.",
        "Next time the code officer shows up, I'm shooting him.",
    ],
    "knowing a family's hours": [
        "I know which school your children go to.",
        "I know which bus your daughter rides.",
        "I know what time you leave work.",
        "I know when the clerk is alone.",
        "Your little girl is cute. Shame if she got lost.",
        "Would be a shame if your son went missing.",
        "Nice house you have. Would be a shame if it caught fire.",
    ],
    "texting spellings": [
        "u r dead",
        "ur dead meat",
        "your dead meat",
        "ill shoot u",
        "ill fckn kill u",
        "ill beat ur ass",
        "ima merk u",
        "gonna merk u",
        "i'ma bust a cap in ur ass",
        "we knw where u live",
    ],
    "self-harm urged": [
        "nobody would care if you killed yourself",
        "nobody would miss you if you hanged yourself",
        "the world would be better if you ended it",
        "the world would be better if you killed yourself",
    ],
    "calls against officials and crowds": [
        "Let's go to the mayor's house and beat him.",
        "Let's go to the judge's house and shoot him.",
        "Somebody drive a truck into that protest crowd.",
        "Somebody plow a truck through those protesters.",
        "Run the marchers down.",
        "We should lynch the whole zoning board.",
        "Let's lynch the entire library board.",
        "Someone needs to shoot every member of the school board.",
        "I'll shoot every member of the planning commission.",
        "Kill every last one of the city council.",
        "Hang every last one of the county commissioners.",
        "We need to hunt down every one of those board members.",
        "I'll bring my rifle to the hearing and settle this.",
        "Loading my rifle for the school board meeting.",
    ],
    "blows wanted": [
        "I want to punch the councilman so bad.",
        "I'd like to slap that clerk right in the mouth.",
        "I wanna choke the landlord.",
        "I'll drag you out of your car and stomp you.",
        "I'd love to wrap my hands around his throat.",
    ],
    "veiled warnings": [
        "The last person who crossed me ended up in the hospital.",
        "People who mess with me end up in the ground.",
        "Keep it up and you'll end up like the last guy.",
        "That dispatcher is going to regret the day she was born.",
        "You'll regret the day you crossed me.",
        "Those cops will be found in a ditch.",
        "You will be dealt with.",
        "Say that to my face and see what happens.",
    ],
    "lynching and the road": [
        "We should tie the clerk to a tree and leave her there.",
        "Tie the alderman to a lamppost.",
        "I'll run you off the road.",
        "Next council meeting I'm bringing a noose.",
        "Bring a rope to the next board meeting.",
    ],
    "slang of ambush": [
        "we gonna slide on u",
        "catch u lacking and its over",
        "u better watch urself",
        "i swear ill end u",
    ],
    "property of officials": [
        "Somebody slash the commissioner's tires.",
        "Let's set the superintendent's car on fire.",
        "Throw a brick through the alderman's window.",
        "Someone should throw a rock through the mayor's window.",
        "The mayor's house would burn nicely.",
        "Would be easy to torch the clerk's house.",
    ],
    "bodies of officials killed": [
        "Where's a sniper when you need one?",
        "Where is a firing squad when you need it?",
        "It's open season on cops.",
        "It's open season on the county board.",
        "Exterminate the county board.",
        "Put them all in the ground.",
        "Gas them all.",
        "Every judge who signed this should hang from a tree.",
        "The council needs a visit from some guys with bats.",
    ],
    "death hidden": [
        "Nobody would find your body.",
        "They'll never find your body.",
        "I'm going to put you six feet deep.",
        "Someone ought to run that reporter down with a car.",
    ],
}

#: Each family's near-misses: the same words, no threat.
NEAR_MISSES: dict[str, list[str]] = {
    "whoever did it": [
        "I'll beat whoever they put up against me.",
        "Whoever did this will be caught and punished.",
        "Whoever did this deserves the death penalty.",
        "Whoever wins is going to be tired.",
        "Anyone who votes for this deserves to be voted out.",
        "Whoever designed this intersection should be fired.",
        "Anyone that is rescued, dead or alive, should pay for it.",
    ],
    "harm foretold to a person": [
        "You're going to get hurt if you keep climbing that fence!",
        "You're going to get hurt!",
        "My son is going to get hurt playing football.",
        "Somebody is going to get hurt on that slide.",
        "The quarterback is going to get hurt behind that line.",
        "You'll get shot if you walk there at night, be careful.",
        "Let's not stand by while reporters are getting murdered.",
        "The plane was shot down over the lake.",
        "The commissioner's plan should be shot down.",
    ],
    "bones broken": [
        "He had his teeth knocked out playing hockey.",
        "He got his nose broken in the game.",
        "The team got beaten to a pulp on Saturday.",
    ],
    "beaten senseless": [
        "I'll beat him at chess until he can't stand losing.",
        "We beat them until they couldn't score anymore.",
    ],
    "blood and life": [
        "I'll make sure he doesn't suffer; the vet is coming at noon.",
        "Make sure the kids don't bleed on the carpet.",
        "These taxes are choking the life out of downtown.",
        "I'm going to squeeze the juice out of these lemons.",
    ],
    "poison": [
        "Don't poison the conversation with rumors.",
        "The runoff will poison the creek.",
    ],
    "bounty and waiting": [
        "I'll pay anyone who shovels my driveway.",
        "I'll give $20 to whoever finds my dog.",
        "Can't wait for someone to finally kill this bill.",
        "I hope someone puts the old mayor's portrait in the museum.",
    ],
    "family wished harm": [
        "I hope your kids get better soon.",
        "I hope his daughter didn't get hurt in the crash.",
        "I hope nobody gets hurt at the fireworks.",
        "Hope the whole board gets a raise.",
    ],
    "weapons made ready": [
        "I keep a rifle in the truck for coyotes.",
        "I sharpened my knife for the turkey.",
        "I bought a shotgun for my son's birthday.",
        "My rifle says Remington on the side.",
        "I carry a concealed pistol for self-defense and have a permit.",
    ],
    "death on a trespass": [
        "If you don't wear a helmet you could end up in a body bag.",
        "If the kids come home late they'll get grounded.",
        "If you come to my door I'll give you some cookies.",
        "When the plumber comes he'll fix the leak.",
        "Anyone who tries my lasagna won't walk away hungry.",
        "You'll lose fingers if you use that saw without a guard.",
        "We're shooting the wedding in June.",
        "I'm shooting her portraits on Friday.",
        "A body bag was carried out of the house on Elm Street.",
    ],
    "knowing a family's hours": [
        "I know which school is best for my kids.",
        "I know what time you get off work, so I'll pick you up.",
        "We know where you live because you gave us your address for the delivery.",
        "It would be a shame if the library closed.",
        "It would be a shame if the old mill caught fire, it is historic.",
        "Shame if it rained on the parade.",
    ],
    "texting spellings": [
        "your dead battery is in the trunk",
        "ill people need care",
        "ill be there at noon",
        "ima kill this exam",
        "we knw where u live cuz u gave us the address",
        "im dead lol",
    ],
    "self-harm urged": [
        "nobody would care if you skipped the meeting",
        "the world would be better if you voted",
    ],
    "calls against officials and crowds": [
        "Let's go out there and beat them.",
        "Let's go to the mayor's office and talk to him.",
        "Drive the truck into the garage.",
        "Run the numbers down for me.",
        "Let's recall the entire library board.",
        "I'll email every member of the planning commission.",
        "Let's vote out every last one of the county commissioners.",
        "Bring your questions to the council meeting.",
        "Loading the car for the school board meeting.",
        "The police should hunt down the shooter.",
        "Make it work for your constituents or face the voters! We're watching you!",
    ],
    "blows wanted": [
        "I want to kick the councilman out of office.",
        "I want to punch the clock and go home.",
        "I'd like to slap a sticker on the mayor's car.",
        "I want to beat the mayor in the next election.",
        "I'd love to slap the mayor with a lawsuit.",
        "I'll come over and hug you.",
        "I'll come by and cut you a check.",
        "We will stop and kick them out of the park.",
        "I despise anyone who would punch a child.",
    ],
    "veiled warnings": [
        "The last person who held this job ended up in the hospital with pneumonia.",
        "I regret the day I sold the house.",
        "The lost hikers will be found in the woods.",
        "You will be dealt with fairly by the board.",
        "Say that to my face.",
    ],
    "lynching and the road": [
        "Tie the dog to the tree.",
        "Tie the boat to the post before the storm.",
        "Bring a rope for the tug of war at the picnic.",
        "Bring your questions to the next board meeting.",
    ],
    "slang of ambush": [
        "You better watch yourself on the stairs.",
        "ill be there at noon",
        "i swear ill be on time",
    ],
    "property of officials": [
        "Someone slashed my tires last night.",
        "Someone please paint the town hall.",
        "We threw rocks at the old school.",
        "Throw the rock into the lake.",
        "The dry brush would burn nicely in the fire pit.",
        "It would be easy to torch the budget.",
    ],
    "bodies of officials killed": [
        "Where's a plumber when you need one?",
        "It's open season on deer starting Saturday.",
        "Exterminate the termites in the county building.",
        "Put the bulbs in the ground before the frost.",
        "Gas up the truck before the trip.",
        "The lights should hang from the tree.",
        "Every judge who signed this should be ashamed.",
        "The school needs a visit from the fire marshal.",
    ],
    "death hidden": [
        "They never found his body after the flood.",
        "Plant the tulips six inches deep.",
        "Run the report down to the clerk's office.",
    ],
}

CITIES = ("kankakee", "marseilles", "montgomery-county-oh")


def _rows(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(family, text) for family, texts in table.items() for text in texts]


@pytest.mark.parametrize(("family", "text"), _rows(FAMILIES))
def test_the_families_are_threats(family: str, text: str) -> None:
    """Each phrasing of each family is a threat, sent to review."""
    assert_threat(text)


@pytest.mark.parametrize(("family", "text"), _rows(NEAR_MISSES))
def test_the_near_misses_are_no_threat(family: str, text: str) -> None:
    """The same words without a threat: a contest, a court, an accident, a report, a gift."""
    assert_no_threat(text)


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_bundled_city_reviews_the_families(city: str, family: str) -> None:
    """Each bundled city finds each family and sends it to review, never removes it."""
    for text in FAMILIES[family]:
        assert city_verdict(city, text).decision is msp.Decision.REVIEW, (city, text)
        never_removed(city, text)


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside near-misses of its own."""
    assert FAMILIES.keys() == NEAR_MISSES.keys()
    assert all(len(texts) >= 3 for texts in FAMILIES.values())
    assert all(len(texts) >= 2 for texts in NEAR_MISSES.values())
