"""Profanity (Kankakee § V.2.5) as people write it: words read off a profane stem or a
contraction, and dialect and texting spellings (issue 9, the fourteenth session).

Each family is judgment evidence, so a person reviews it and nothing is removed for it where the
plain word is only reviewed. Beside each family stand its near-misses: a mushroom, a tree, a
video site, a shop's name, a grade, the mild words the shared data's labellers did not count
("sucks", "damn", "what the heck") and a word that is only mentioned.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator
from municipal_social_policy.detectors.lexicon import read_sections


def v25(text: str) -> list[msp.Finding]:
    """The § V.2.5 findings of the Kankakee verdict on ``text``."""
    return [f for f in evaluator().evaluate(text).findings if f.clause.id == "V.2.5"]


def assert_reviewed(text: str) -> None:
    """``text`` is cited under § V.2.5 on judgment evidence and reviewed, not removed."""
    found = v25(text)
    assert found, text
    assert all(f.strength is msp.Strength.JUDGMENT for f in found), text
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW, text


def assert_allowed(text: str) -> None:
    """``text`` is no § V.2.5 finding and not removed."""
    assert not v25(text), text
    assert evaluator().evaluate(text).decision is not msp.Decision.REMOVE, text


@pytest.mark.parametrize(
    "text",
    [
        "What a fuckfest that budget hearing turned into.",
        "The new detour signs are fucktastic, said no one ever.",
        "The planning office doesn't know jackshit about drainage",
        "Welcome to Shitsville, population: every pothole on Elm",
        "total fuckwittery from the parking committee",
        "the shitlibs and the fuckwads on the board agree for once",
        "Those FUCKNUGGETS towed my car again",
        "this is BULLSSHIT and you know it",
        "what a shitbucket of a plan",
        "the sh1tstorm over the water rates",
    ],
)
def test_a_word_a_profane_stem_begins_or_ends_is_reviewed(text: str) -> None:
    """ "fuck", "shit", "cunt" and "bitch" at the start or end of a longer word make it profane."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shitake mushrooms are back at the Saturday market.",
        "shitakes and morels, five dollars a pound",
        "The altar was built of shittim wood, as Exodus says.",
        "I uploaded the council meeting to BitChute as well.",
        "Scunthorpe beat Kankakee's sister city at football.",
        "The pilot stayed in the cockpit during the air show.",
        "The assessor's assessment of my house is too high.",
        "We read Dickens in the library's book club.",
        "Dinner at Hell's Kitchen before the meeting",
        "The dam on the Kankakee River needs repairs.",
        "Dr. Libshitz spoke about the hospital's budget.",
        "a feckless council that never fixes anything",
    ],
)
def test_words_that_only_look_like_a_stem_compound_are_allowed(text: str) -> None:
    """The Scunthorpe problem: names, a mushroom, a tree and ordinary words stay clean."""
    assert_allowed(text)


@pytest.mark.parametrize(
    "text",
    [
        "this shit's getting old, fix the streetlights",
        "The fucker's parked in the bus lane again.",
        "that jackass's pickup blocks the alley every morning",
        "shit'll hit the fan when the water bills go out",
        "This bullshit's got to stop.",
        "the asshat'd better move his trailer",
        "The dumbass's excuse was that he didn't see the sign.",
    ],
)
def test_a_profane_word_with_a_contraction_is_reviewed(text: str) -> None:
    """A possessive or a contraction ("'s", "'ll", "'d") leaves the word as profane as it was."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought skates at Dick's Sporting Goods.",
        "The ship's captain spoke at the harbour festival.",
        "The night shift's over at seven.",
        "Mr. Cockburn's report on the sewer is online.",
        "the class's field trip to the courthouse",
        "Bass's Hardware closes early on Sunday",
    ],
)
def test_contractions_of_innocent_words_are_allowed(text: str) -> None:
    """A name or an ordinary word with "'s" is still no profanity."""
    assert_allowed(text)


@pytest.mark.parametrize(
    "text",
    [
        "no fookin way they raised the fees again",
        "this fuggin parking meter ate my quarters",
        "fckn ridiculous, the pool is closed AGAIN",
        "that's some shyt right there",
        "sheeit, the bridge is out",
        "btch please, nobody believes that",
        "Sonuvabitch, the plow buried my driveway",
        "some mothereffer stole my recycling bin",
        "what an f-ing joke this budget is",
        "the whole thing is a pisstake",
        "another half-assed patch job on Court Street",
        "the same old wankery from the zoning board",
        "sorry, I've bollocksed up the form",
    ],
)
def test_dialect_and_texting_spellings_are_reviewed(text: str) -> None:
    """Respellings that no disguise rule reads back to the expletive are listed as it is."""
    assert_reviewed(text)


@pytest.mark.parametrize(
    "text",
    [
        "My son got an F in math and an A in art.",
        "Cut the sod off the lawn before you lay the pavers.",
        "The fence is half assembled.",
        "the new bin schedule sucks",
        "damn these potholes",
        "what the heck happened to the bus stop",
        "hell no, I won't pay that fee",
        "holy crap, the library has a 3D printer now",
        "the word 'fuckfest' is not allowed here",
    ],
)
def test_near_misses_and_mild_words_are_not_removed(text: str) -> None:
    """A grade, turf, mild words the labellers did not count, and a mentioned word: never
    removed; the mild words and the grade are no finding at all."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is not msp.Decision.REMOVE, text
    if "fuckfest" not in text:
        assert not v25(text), text


_STEMS = read_sections("profanity_judgment.txt")["stems"]
_NOT_STEMS = frozenset(read_sections("profanity_judgment.txt")["not_stems"])


@given(
    stem=st.sampled_from(_STEMS),
    rest=st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=8),
    before=st.booleans(),
)
def test_any_word_a_stem_begins_or_ends_is_cited(stem: str, rest: str, before: bool) -> None:
    """Whatever a stem is run into, the word is cited under § V.2.5."""
    word = stem + rest if before else rest + stem
    if word in _NOT_STEMS:
        return
    assert v25(f"the council is one big {word} today"), word
