"""Vulgar slang, crude retorts and personal attacks in a news comment's register (issue 9).

Profanity (Kankakee § V.2.5): vulgar slang for sex and the body that the source lists lack, the
runs that make "dick", "cock", "pussy" and "butt" slang ("his dick", "no pussy", "butthurt"),
compound insults built on a vulgar word ("douchenozzle", "shitgibbon") and crude retorts said
without a listed word ("up yours", "kiss my butt", "shove it up your ..."): judgment evidence, a
person reviews them, nothing is removed for them. The bare words with another sense (a name, a
rooster, a cat, a seat), everyday sentences that share a retort's words ("the dog will bite
me", "suck it up"), place names and clinical words are no evidence.

Personal attacks (§ V.2.2): an insult noun said of anyone after an article and a few words
("harper was a giant jerk", "Kerry has always been an incompetent fool"), the reader called an
insult noun with any words between ("you Vancouver idiot."), minds and worth ("you are brain
dead", "you are repugnant") and more insult nouns ("milksop", "twerp"). Criticism of a decision,
a policy or an office, the writer's own failings, a report, a quotation and a whole class are
no attack.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator


def cited(text: str, clause: str) -> list[msp.Finding]:
    """The findings of the verdict on ``text`` that cite ``clause``."""
    return [f for f in evaluator().evaluate(text).findings if f.clause.id == clause]


def assert_reviewed(text: str, clause: str) -> None:
    """``text`` is cited under ``clause`` as judgment evidence only, and not removed."""
    found = cited(text, clause)
    assert found, text
    assert all(f.strength is msp.Strength.JUDGMENT for f in found), text
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW, text


def attacked(text: str) -> bool:
    """Whether the ``personal_attack`` detector gives evidence on ``text``."""
    verdict = evaluator().evaluate(text)
    return any(e.detector == "personal_attack" for f in verdict.findings for e in f.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Ain't no pussy good enough to make me vote for him",
        "He's butt hurt just like the rest of them.",
        "Liberals being butthurt for 19 months is not an impeachable offense.",
        "You can stick your dick up your own agenda.",
        "the councilman sent a dick pic to a staffer",
        "That was a real dick move by the landlord.",
        "this guy needs a good cock punch",
        "what a douchenozzle",
        "Shitgibbons, all of them.",
    ],
)
def test_vulgar_slang_is_reviewed_under_v25(text: str) -> None:
    """Slang for sex and the body and compound insults on a vulgar word: review, § V.2.5."""
    assert_reviewed(text, "V.2.5")


@pytest.mark.parametrize(
    "text",
    [
        "Up yours, buddy.",
        "Kiss my butt, Mr. Know-it-all.",
        "You can stick it where the sun don't shine.",
        "Take your survey and shove it up your nose.",
        "Tell the county to suck my balls.",
        "JFC, fix the road already",
        "kma, I am done with this page",
    ],
)
def test_crude_retorts_abbreviations_and_oaths_are_reviewed(text: str) -> None:
    """Crude retorts said without a listed word, texting abbreviations and oaths: review."""
    assert_reviewed(text, "V.2.5")


@pytest.mark.parametrize(
    "text",
    [
        "The pussy willows are blooming early this year.",
        "Cock fighting should be banned in the county.",
        "Dick Durbin voted against the bill.",
        "My butt hurt after riding the new bike lane.",
        "The mosquitoes eat me alive every summer.",
        "Just suck it up and pay the fee.",
        "The dog will bite me if I go in that yard.",
        "That view would blow me away.",
        "Scunthorpe, Middlesex and Cockburn are all places.",
        "The doctor examined the patient's penis for a rash.",
        "What the heck is going on at city hall?",
        "Damn right we will vote.",
        "It's up to you and yours.",
        "The new bike lanes are a pain in the neck.",
    ],
)
def test_other_senses_idioms_places_and_health_talk_are_no_profanity(text: str) -> None:
    """A name, a rooster, a cat, a literal seat, an everyday sentence, a place, health talk and
    a mild idiom are no evidence under § V.2.5."""
    assert not cited(text, "V.2.5"), text


@pytest.mark.parametrize(
    "text",
    [
        "harper was a giant jerk.",
        "Trump is such a vacuous buffoon.",
        "John Kerry has always been an incompetent fool.",
        "The new alderman is a weak and spineless milksop.",
        "Much worse than today, you Vancouver idiot.",
        "see how that works you one sided bias idiot?",
        "Nice try, you smug little twerp.",
        "You are brain dead.",
        "He is brain-dead.",
        "You low-IQ troll.",
        "You are repugnant.",
        "it's a waste of time to answer these sorts of morons.",
        "You really are an idiot.",
        "LMAO! your an idiot!",
        "ur so stupid",
        "stop lying idiot",
        "wake up morons",
        "And our idiot Prime Minister has signed it.",
        "The IDIOT president has degraded our water.",
        "the moron mayor is at it again",
    ],
)
def test_insults_of_a_person_in_a_news_comments_register(text: str) -> None:
    """An insult noun of anyone after an article, the reader called an insult noun with any
    words between, minds and worth: a personal attack, review under § V.2.2."""
    assert attacked(text), text
    assert_reviewed(text, "V.2.2")


@pytest.mark.parametrize(
    "text",
    [
        "This decision is idiotic.",
        "This plan is a joke.",
        "The council's vote was a clown show.",
        "This ordinance is brain-dead policy.",
        "That was a fool's errand.",
        "This policy is a magnet for idiots.",
        "The new law is a gift to speeders.",
        "I have been such an idiot about this.",
        "I was a complete fool back then.",
        "We were total idiots to trust them.",
        "Firefighters are idiots.",
        "He called me an idiot.",
        "The mayor is not an idiot.",
        "He is no fool.",
        "It is an idiot-proof design.",
        "The answer is a clown costume for the parade.",
        "This is a scumbag move by the council.",
        "The budget is stupid.",
        "Thank you, you and your crew did great work.",
        'The word "moron" was once a clinical term.',
        "I am sorry for being a royal jerk last week.",
        "Maybe he was right in calling you Wikipedia trolls.",
        "He is the village idiot.",
        "Any idiot knows this.",
        "I am surrounded by idiots.",
        "Liars and idiots.",
        "Don't use the word idiot.",
        "He called me idiot.",
        "The TV is an idiot box.",
        "He creeps people out.",
        "It's a clown car of candidates.",
        "Republicans are a bunch of fools.",
        "your so called expert is wrong",
        "Your a new resident? Welcome!",
        "She knows she looks good, she's a bad bitch.",
        "It's really not okay to be calling people camel fucker.",
    ],
)
def test_criticism_own_failings_reports_and_things_are_no_attack(text: str) -> None:
    """Criticism of a decision, a policy or an office, the writer's own failings, a report, a
    negation, a class and a thing: no personal attack."""
    assert not attacked(text), text
