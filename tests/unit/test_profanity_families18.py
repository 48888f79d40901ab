"""Profanity (Kankakee § V.2.5) with its letters hidden by other signs than "*" (issue 9, the
eighteenth session): two hyphens or more, as newspapers print it ("f--k", "f-----g"), and number
signs ("f#ck", "b#tch") after a word's first letters.

A masked word is read as the listed word it fits, as "f**k" always was, with that word's
strength. Beside the family stand its near-misses: dashes typed between words ("so--like"), a
hyphenated word, anchors of wiki links ("WP:CSD#T"), hashtags run together, a musical key and
the one hyphen of "f-in" ("an F-in math").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under
from municipal_social_policy.words import MASK, words


@pytest.mark.parametrize(
    "text",
    [
        "What the f--k is the parks board doing with our money?",
        "This f---ing detour has been up for six months",
        "the council is a bunch of f-----g clowns",
        "that plan is s--t and everyone knows it",
        "Stop being such an a--hole about the parking spaces",
        "F#ck this new fee schedule",
        "sh#t like this is why nobody votes",
        "the mayor is a lying b#tch",
        "what an a##hole move by the zoning office",
        "F--K the snow route map",
    ],
)
def test_letters_hidden_by_hyphens_or_number_signs_are_read(text: str) -> None:
    """The word read is the listed one the masked word fits; cited under § V.2.5."""
    assert evidence_under(text, "V.2.5"), text


@pytest.mark.parametrize(
    "text",
    [
        "The budget--which nobody read--passed anyway.",
        "It was so--like--weird to see the mayor there.",
        "I--I don't know what to say about the new library.",
        "or--in other words--the road stays closed",
        "See WP:CSD#T and WP:NOT#PLOT before you tag it.",
        "#go#team #vote#yes on the school levy",
        "Play the anthem in F#m and the march in C#.",
        "He got an F-in math again, poor kid.",
        "a well-known, long-standing, city-owned lot",
        "fix the T--intersection at Elm and 4th",
        "the shop at http://xn--mnchen-3ya.de sells nothing rude",
    ],
)
def test_dashes_anchors_keys_and_hashtags_are_no_mask(text: str) -> None:
    """Dashes between words, wiki anchors, hashtags and keys hide no listed word."""
    assert not evidence_under(text, "V.2.5"), text
    assert evaluator().evaluate(text).decision is not msp.Decision.REMOVE, text


@pytest.mark.parametrize(
    ("written", "masked"),
    [("f--k", "f**k"), ("f-----g", "f*****g"), ("sh#t", "sh*t"), ("a##hole", "a**hole")],
)
def test_the_signs_are_read_as_masks_in_place(written: str, masked: str) -> None:
    """The word keeps its span; its first form writes the signs as the mask."""
    (word,) = words(written)
    assert (word.start, word.end) == (0, len(written))
    assert word.forms[0] == masked


@given(
    opening=st.text("abcdefgh", min_size=4, max_size=8),
    signs=st.sampled_from(["--", "---", "#", "##"]),
    rest=st.text("abcdefgh", min_size=1, max_size=6),
)
def test_a_long_opening_is_a_dash_between_words(opening: str, signs: str, rest: str) -> None:
    """Four letters or more before the signs make two words, as written: no mask."""
    found = words(f"{opening}{signs}{rest}")
    assert all(MASK not in form for word in found for form in word.forms)


@pytest.mark.parametrize(
    "text",
    [
        "Read the f------g article!",
        "Read the f---ing article!",
        "grab them by the pu##y, he said",
        "what a c##t",
        "you f#cking idiots",
        "get your f------g hands off the budget",
    ],
)
def test_letters_hidden_by_signs_are_never_removed_for(text: str) -> None:
    """A newspaper prints "f------g" whatever the word's length: the obscene term a sign-masked
    word fits ("felching" for eight letters) is a guess, so it is judged, never removed."""
    verdict = evaluator().evaluate(text)
    strengths = {f.strength for f in verdict.findings if f.clause.id == "V.2.5"}
    assert strengths == {msp.Strength.JUDGMENT}, text
    assert verdict.decision is msp.Decision.REVIEW, text
