"""The scope of a negator for the check ``negation`` (``detectors/checks.py``): a negator
negates within its own clause. A clause mark after the words of its clause, "but", a
semicolon, a dash or a new sentence ends its scope, so "You don't know anything, idiot." still
calls the reader an idiot; a negator cut off from what it negates by a parenthesis ("never, ever
hurt you") or a report broken by a comma ("I never said, ...") still negates.

The first tests read a phrase file written here, so they hold whatever the bundled word lists
say; the others read the bundled Kankakee ordinance, across the families that declare the check
(threats, personal attacks, solicitation, campaigns, piracy)."""

from __future__ import annotations

import pytest

from kankakee_verdicts import detectors
from municipal_social_policy.detectors.phrases import PhraseDetector, parse_phrases
from municipal_social_policy.text import normalize

_FILE = parse_phrases(
    "@negators = not never no nobody nothing\n"
    "@reporting = said say\n"
    "[g]\n"
    "checks: negation\n"
    "hurt you\n"
    "<word> <mark> fool $\n",
    "t.phrases",
)


def matched(text: str) -> bool:
    """Whether the toy group ``hurt you`` / ``..., fool`` keeps a match in ``text``."""
    return bool(list(PhraseDetector.of("t", _FILE, "g").spans(normalize(text))))


@pytest.mark.parametrize(
    "text",
    [
        "I will not hurt you",
        "I would never hurt you",
        "nobody will hurt you",
        "I would never, ever hurt you",
        "I will not, I repeat, hurt you",
        "Nobody, and I mean nobody, will hurt you",
        "I never said, hurt you",
        "you know I would not hurt you, right",
    ],
)
def test_a_negator_negates_in_its_clause_and_across_a_parenthesis(text: str) -> None:
    """A negator in the match's clause, or cut off from it by a parenthesis or a report's
    comma, negates the match."""
    assert not matched(text)


@pytest.mark.parametrize(
    "text",
    [
        "I do not care, I will hurt you",
        "I do not care but I will hurt you",
        "not me, I will hurt you",
        "no, I will hurt you",
        "like it or not, I will hurt you",
        "I am not kidding - I will hurt you",
        "you do not listen, fool",
        "you know nothing, fool",
        "nobody asked you, fool",
        "I never said that, fool",
    ],
)
def test_a_clause_mark_or_but_ends_the_scope_of_a_negator(text: str) -> None:
    """A negator whose clause is complete before a clause mark or "but" ("I do not care, ...";
    an answer "no, ..."; "or not, ..."; an object "know nothing, ...") leaves the next clause
    asserted."""
    assert matched(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can not wait, hurt you",
        "I can't wait to hurt you",
        "I cannot wait to hurt you",
        "it will not be long until they hurt you",
        "it won't be long before they hurt you",
        "no doubt they will hurt you",
        "I wouldn't mind if they hurt you",
        "I couldn't be happier to hurt you",
    ],
)
def test_a_negator_in_an_idiom_of_eagerness_negates_nothing(text: str) -> None:
    """ "can't wait", "won't be long", "no doubt", "wouldn't mind", "couldn't be happier" say
    eagerness or certainty (``[eager]`` of ``negation_scope.txt``): the match stands."""
    assert matched(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can not hurt you",
        "I will not hurt you long",
        "no one will hurt you",
        "I do not mind, not hurt you",
    ],
)
def test_the_same_negators_outside_the_idioms_still_negate(text: str) -> None:
    """The negators of those idioms still negate elsewhere: "can not hurt", "will not hurt"."""
    assert not matched(text)


def test_the_same_words_without_a_negator_match() -> None:
    """The near-misses above fail only through the negator: without one, each matches."""
    assert matched("I will hurt you")
    assert matched("you listen, fool")


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        # threats (§ V.2.2)
        ("I don't care, I will kill you.", "threat"),
        ("I'm not kidding, I'm going to shoot you.", "threat"),
        ("I'm not sure, but I think I will kill you.", "threat"),
        ("No, I will kill you.", "threat"),
        ("Like it or not, I will find you and kill you.", "threat"),
        # personal attacks (§ V.2.2)
        ("You don't know anything, idiot.", "personal_attack"),
        ("You don't get it, moron.", "personal_attack"),
        ("You know nothing, idiot.", "personal_attack"),
        ("Not gonna lie, you are an idiot.", "personal_attack"),
        ("Nothing personal, but you are an idiot.", "personal_attack"),
        ("You're nothing but an idiot.", "personal_attack"),
        # solicitation (§ V.2.9)
        ("My songs aren't perfect but check them out", "self_promotion"),
        ("Not sponsored, but check out my channel.", "self_promotion"),
        ("I'm not a spammer, follow me on Instagram for more", "self_promotion"),
        ("I don't sell anything, DM me for prices", "commercial_offer"),
        # campaigns (§ V.2.12)
        ("Not me, I endorse Kevin Walsh.", "campaign_advocacy"),
        ("Nobody asked, but I endorse Kevin Walsh.", "campaign_advocacy"),
        # piracy (§ V.2.13)
        ("Not a scam, pirated copy of the new game here.", "piracy"),
    ],
)
def test_a_negator_in_an_earlier_clause_cancels_nothing(text: str, detector: str) -> None:
    """What follows a complete negated clause is said: each family still finds it."""
    assert detector in detectors(text)


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("I would never hurt you.", "threat"),
        ("I would never, ever hurt you.", "threat"),
        ("Nobody, and I mean nobody, is going to kill you.", "threat"),
        ("I'm not going to hurt you, I promise.", "threat"),
        ("Please, don't kill yourself.", "threat"),
        ("Don't, please, kill yourself.", "threat"),
        ("I never said, I will kill you.", "threat"),
        ("Not because I want to hurt you, but because the law says so.", "threat"),
        ("I don't think you're an idiot.", "personal_attack"),
        ("I don't think you're an idiot, honestly.", "personal_attack"),
        ("You're not an idiot.", "personal_attack"),
        ("Don't subscribe to my channel", "self_promotion"),
        ("Don't forget to subscribe to my channel", "-"),
        ("We would never endorse Kevin Walsh.", "campaign_advocacy"),
        ("This is not a pirated copy of the game.", "piracy"),
    ],
)
def test_a_negation_in_the_matchs_clause_still_negates(text: str, detector: str) -> None:
    """A negator in the match's own clause, or cut off from it by a parenthesis, a comma after
    a report, or a "not because ..., but" whose match is before the "but", still negates ("don't
    forget to subscribe" is a request: two negatives, found as before)."""
    if detector == "-":
        assert "self_promotion" in detectors(text)
    else:
        assert detector not in detectors(text)
