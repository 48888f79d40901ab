"""Contractions written without their apostrophe ("youve", "hes", "thats") read as the words they
spell out, as "im" and "dont" did (issue 9, the seventeenth session); the words that are words
("ill", "well", "were", "its", "hell", "shed", "wed", "id") stay words."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from municipal_social_policy.reading import CONTRACTIONS

_UNMARKED = {
    "youve": "you have",
    "youll": "you will",
    "youd": "you would",
    "hes": "he is",
    "shes": "she is",
    "thats": "that is",
    "whats": "what is",
    "whos": "who is",
    "theres": "there is",
    "heres": "here is",
    "theyve": "they have",
    "theyll": "they will",
    "weve": "we have",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "itll": "it will",
    "thatll": "that will",
    "wouldve": "would have",
    "shouldve": "should have",
    "couldve": "could have",
}


@pytest.mark.parametrize(("form", "words"), sorted(_UNMARKED.items()))
def test_a_contraction_without_its_apostrophe_spells_out_its_words(form: str, words: str) -> None:
    """The reading spells the unmarked form out as the marked one's words."""
    assert CONTRACTIONS[form] == tuple(words.split())


@pytest.mark.parametrize(
    "word", ["ill", "well", "were", "its", "hell", "shell", "shed", "wed", "id"]
)
def test_a_word_that_is_a_word_is_not_read_as_a_contraction(word: str) -> None:
    """ "I was ill", "well said", "we were there", "its roof", "the shed" keep their words."""
    assert word not in CONTRACTIONS


@pytest.mark.parametrize(
    ("unmarked", "spelled"),
    [
        ("YOUVE BEEN WARNED", "you have been warned"),
        ("hes gonna get whats coming to him", "he is gonna get what is coming to him"),
        ("theres a bullet with your name on it", "there is a bullet with your name on it"),
        ("youll regret this mayor", "you will regret this mayor"),
    ],
)
def test_a_threat_reads_the_same_with_or_without_the_apostrophe(
    unmarked: str, spelled: str
) -> None:
    """A threat written in texting spelling is judged as the same words spelled out."""
    evaluator = msp.Evaluator(msp.load("kankakee"))
    found, expected = evaluator.evaluate(unmarked), evaluator.evaluate(spelled)
    assert found.decision == expected.decision
    assert {f.category for f in found.findings} == {f.category for f in expected.findings}
    assert "threats_harassment" in {f.category for f in expected.findings}
