"""Unit tests for the families of the ``personal_attack`` detector (Kankakee § V.2.2): insults
said to a person or of one, each in phrasings written here, beside the near-misses that are no
attack (criticism of an office, a decision or an idea, § I.3; the writer's own failings; a
report or a quotation; a pet name; a word that names no person)."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence


def assert_reviewed(text: str) -> None:
    """An attack is a finding under § V.2.2 that a person reviews, never a removal."""
    verdict = evaluator().evaluate(text)
    found = [
        f for f in verdict.findings if any(e.detector == "personal_attack" for e in f.evidence)
    ]
    assert found, text
    assert {f.clause.id for f in found} == {"V.2.2"}
    assert all(f.strength is msp.Strength.JUDGMENT for f in found)
    for finding in found:
        assert all(text[e.start : e.end] == e.text for e in finding.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "You fool.",
        "you are a complete jerk",
        "You sir are a disgrace and a hypocrite.",
        "You're such an embarrassment to this town.",
        "Honestly, you are a joke.",
        "You blithering idiot, read the agenda.",
    ],
)
def test_an_insult_noun_said_to_the_reader(text: str) -> None:
    """A noun that insults a person, said to the reader ("you fool", "you are a disgrace")."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "you're pathetic",
        "You are so stupid.",
        "u r dumb",
        "Frankly you are just plain delusional.",
        "You're despicable, and everyone on this page knows it.",
    ],
)
def test_an_insulting_adjective_said_to_the_reader(text: str) -> None:
    """An adjective of the mind, the worth or the looks said of the reader ("you're pathetic")."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are you really this dumb?",
        "How stupid can you be?",
        "How could you be so ignorant?",
        "Are you stupid or something?",
        "What a clown you are.",
        "What a joke he is.",
        "I can't believe how ignorant you are!",
    ],
)
def test_an_insult_asked_or_exclaimed(text: str) -> None:
    """An insult said as a question or an exclamation is still said of the person."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody cares what you think, idiot.",
        "Get lost, creep.",
        "Go crawl back under your rock, troll.",
        "Moron, read the article before you comment.",
        "Pathetic loser!",
        "Idiot.",
        "hey idiot, the meeting was on Tuesday",
        "go away troll",
    ],
)
def test_a_vocative_or_a_dismissal_with_an_insult(text: str) -> None:
    """An insult noun set off as a form of address, alone, or after words sending someone
    away."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bob Smith is a pathetic little man.",
        "He is a disgrace to this town.",
        "My neighbor is a joke.",
        "She is incredibly stupid.",
        "They are idiots.",
        "These people are morons.",
        "Those clowns at the county office lost my form again.",
        "The idiots who wrote this ordinance never drove that road.",
        "Great, another moron running for alderman.",
        "Only an idiot would believe that.",
        "He sounds idiotic every time he speaks.",
        "They made themselves look like fools.",
    ],
)
def test_an_insult_said_of_a_person(text: str) -> None:
    """An insult said of someone named, pointed at or described, whoever they are."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your ignorance is astounding.",
        "Your sheer ignorance explains a lot.",
        "Your stupidity is showing again.",
        "Can't you read?",
        "Can you even read?",
        "Learn to read.",
        "You have no brain.",
    ],
)
def test_an_insult_of_a_persons_mind(text: str) -> None:
    """An attack on the reader's mind ("your ignorance is astounding", "can't you read?")."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        ("The mayor is stupid.", "My landlord is stupid."),
        ("Alderman Lewis is a joke.", "My neighbor is a joke."),
        ("Mayor, you are pathetic.", "Pat, you are pathetic."),
        ("The clerk is a disgrace.", "The cashier is a disgrace."),
    ],
)
def test_officials_and_residents_are_insulted_alike(official: str, resident: str) -> None:
    """Neutrality (§ I.3): the same insult of an official and of a resident is the same finding."""
    assert evidence(official, "personal_attack")
    assert evidence(resident, "personal_attack")
    assert evaluator().evaluate(official).decision is evaluator().evaluate(resident).decision


@pytest.mark.parametrize(
    ("about_a_matter", "of_the_person"),
    [
        ("Councilman Diaz is clueless about roads.", "Councilman Diaz is clueless."),
        ("You are delusional regarding the budget.", "You are delusional."),
        ("She is so dumb when it comes to crime.", "She is so dumb."),
        ("My neighbor is clueless about dogs.", "My neighbor is clueless."),
        ("He is totally ignorant concerning zoning law.", "He is totally ignorant."),
    ],
)
def test_an_adjective_on_what_a_person_knows_of_a_matter_is_no_attack(
    about_a_matter: str, of_the_person: str
) -> None:
    """An insulting adjective about a matter ("clueless about roads") judges what a person
    knows or thinks of it, criticism as "incompetent" is (§ I.3), for officials and residents
    alike; the same adjective said of the person alone is an attack."""
    assert not evidence(about_a_matter, "personal_attack")
    assert_reviewed(of_the_person)


@pytest.mark.parametrize(
    "text",
    [
        "This plan is stupid.",
        "That's a dumb argument.",
        "The council is incompetent.",
        "The mayor is doing a terrible job.",
        "What a stupid decision.",
        "The mayor's plan is idiotic.",
        "This proposal is a joke.",
        "The Board of Trustees is a joke.",
        "Your argument is stupid and your numbers are wrong.",
        "The city council is a disgrace for passing this.",
        "Firefighters are idiots.",
        "Most real estate agents are absolute bastards.",
    ],
)
def test_criticism_of_an_office_a_decision_or_an_idea_is_no_attack(text: str) -> None:
    """Criticism of an office, a body, a decision, a plan or an argument is protected speech
    (§ I.3): the insult must be said to or of a person, not of a whole class of people."""
    assert not evidence(text, "personal_attack")


@pytest.mark.parametrize(
    "text",
    [
        "I'm such an idiot.",
        "I was a fool to trust the forecast.",
        "I feel like an idiot for missing the deadline.",
        "It makes me look like a fool.",
        "We are fools for paying this much.",
        "He called me an idiot.",
        "She said you are stupid, but I disagree.",
        'He wrote "you are a moron" on the wall.',
        "You are not stupid for asking.",
        "He is not a fool.",
        "They treat you like you are stupid.",
        "We need to quit acting like idiots.",
    ],
)
def test_the_writers_own_a_report_a_quotation_or_a_denial_is_no_attack(text: str) -> None:
    """Self-deprecation, reported speech, a quotation and a negated insult attack no one here."""
    assert not evidence(text, "personal_attack")


@pytest.mark.parametrize(
    "text",
    [
        "You lucky dog!",
        "You silly goose.",
        "You fool yourself if you think the road will be fixed this year.",
        "You creep me out.",
        "You clown around too much.",
        "That was a fool's errand.",
        "It's fool's gold.",
        "That's weird.",
        "There are lots of options.",
        "Most of them are pretty disgusting, the vegan dishes I mean.",
        "The bitch won first place in the sporting dogs category.",
        "They are stupid rules and they are stupid to enforce.",
        "Watch out for mission creep.",
        "Motherfucker, that hurt!",
    ],
)
def test_pet_names_verbs_and_words_that_name_no_person_are_no_attack(text: str) -> None:
    """A pet name ("you lucky dog", "you silly goose": no insult word), an insult noun used as
    a verb or in an idiom ("you fool yourself", "a fool's errand"), a word a typo would read as
    an insult ("weird", "lots") and an adjective said of things are no attack."""
    assert not evidence(text, "personal_attack")


@pytest.mark.parametrize(
    "text",
    [
        "The chief is a corrupt piece of trash.",
        "Alderman Lewis is a lying sack of garbage.",
        "She is scum.",
        "He's still a pig.",
        "What a pathetic excuse for a human being.",
        "He is a sorry excuse for a mayor.",
        "You clearly have the IQ of a potato.",
        "He has the brains of a rock.",
        "Nobody would care if you disappeared.",
        "The town would be better off without you.",
        "Nobody likes you, Tom.",
        "Your mother should have swallowed you.",
        "Hey fatso, lay off the donuts.",
        "Go back to your trailer park, you inbred hick.",
    ],
)
def test_a_person_called_a_thing_told_they_are_unwanted_or_hailed_by_an_insult(
    text: str,
) -> None:
    """A person called a thing that insults ("a piece of trash", "a pig"), a mind compared to a
    thing's, a person told nobody wants them, a birth regretted, an insult as a greeting."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is garbage.",
        "This budget is a piece of trash.",
        "Nobody likes the new parking meters.",
        "Nobody wants you to leave.",
        "The town would be better off without the casino.",
        "Hey folks, the meeting is at 6.",
        "Hey guys, fools rush in.",
        "You have the right to an attorney.",
        "My mother should have sold the house in 2008.",
        "He is a man who loves animals.",
    ],
)
def test_a_thing_called_trash_or_a_town_better_off_without_a_thing_is_no_attack(
    text: str,
) -> None:
    """The same words said of a plan, a budget or a casino, or a greeting with no insult."""
    assert not evidence(text, "personal_attack")
