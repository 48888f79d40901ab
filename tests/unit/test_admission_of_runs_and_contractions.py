"""Triggers that need a run's every word, and a contraction's part that stands for the word
(issue 9).

A trigger may hold where its detector finds nothing, never the other way round: each detector
whose admission was made tighter is called on phrasings it flags (its trigger must hold there,
and it must still flag) and on everyday comments that share one of its words (its trigger must
not hold there, so the evaluator does not call it).
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import trigger_holds
from municipal_social_policy import testing
from municipal_social_policy.reading import CONTRACTIONS, quick_sources


@pytest.mark.parametrize(
    ("detector", "text"),
    [
        ("incitement", "Someone should set fire to the police station."),
        ("incitement", "Let's set fire to city hall."),
        ("incitement", "Set fire to the courthouse tonight."),
        ("incitement", "Time to set fire to the mayor's office"),
        ("incitement", "Fire bomb the station."),
        ("incitement", "Somebody needs to fire bomb city hall."),
        ("incitement", "Someone should fire bomb the council meeting."),
        ("threat", "I'm going to set fire to your house"),
        ("threat", "I'll fire bomb your office"),
    ],
)
def test_fire_set_or_bombed_still_admits_and_flags(detector: str, text: str) -> None:
    """ "Set fire to" and "fire bomb" are read word by word: every word stands, so they flag."""
    assert trigger_holds(detector, text)
    assert testing.evidence(testing.build(detector), text)


@pytest.mark.parametrize(
    "text",
    [
        "The fire at the old warehouse was put out fast.",
        "Too many cars speeding on Main.",
        "Stronger enforcement of junk cars in yards.",
    ],
)
def test_a_fire_or_cars_beside_a_building_does_not_admit_incitement(text: str) -> None:
    """ "fire" and a building, "cars", "key" and a place: no call to damage anything."""
    assert not trigger_holds("incitement", text)


@pytest.mark.parametrize(
    "text",
    [
        "The new fire station is a mess again.",
        "Fire drill at the school today, pick up is at 3.",
        "Place housing as a key consideration in planning.",
        "People throw their trash out the car window.",
    ],
)
def test_a_fire_or_cars_beside_a_building_gives_no_incitement(text: str) -> None:
    """The signals that read any unlawful act beside any speech act (near.tsv's ``urged``,
    issue 9, the sixteenth session) admit these, an act's word and a call's word being there
    ("fire", "station"; "place", "planning"; "throw", "trash"): the detector is called and finds
    nothing (docs/performance.md counts the calls)."""
    assert trigger_holds("incitement", text)
    assert not testing.evidence(testing.build("incitement"), text)


@pytest.mark.parametrize(
    "text",
    [
        "I am the mayor of Kankakee and I approve this.",
        "I'm the city clerk, so listen to me.",
        "im the police chief here",
        "As your mayor, I say no.",
    ],
)
def test_a_first_person_claim_still_admits_and_flags(text: str) -> None:
    """ "I am", "I'm", "im" before an office's title are read."""
    assert trigger_holds("official_claim", text)
    assert testing.evidence(testing.build("official_claim"), text)


@pytest.mark.parametrize(
    "text",
    [
        "I think the police need more training.",
        "I paid the clerk twice for the permit.",
        "I told the council about the potholes.",
        "I hope the mayor reads this.",
    ],
)
def test_i_and_a_title_without_am_does_not_admit_a_claim(text: str) -> None:
    """ "I" and a title are no claim to hold an office: the detector is not called."""
    assert not trigger_holds("official_claim", text)


def test_a_contraction_shows_a_word_by_its_own_part() -> None:
    """ "am" is shown by "i'm"'s "m", "i'ma"'s "ma" or "im", never by the "i" of "I" alone;
    "is" by the "s" of "it's", not by its "it"."""
    assert {"am", "m", "ma", "im"} <= quick_sources("am", {})
    assert "i" not in quick_sources("am", {})
    assert "s" in quick_sources("is", {})
    assert "it" not in quick_sources("is", {})
    assert "won" in quick_sources("will", {})


@pytest.mark.parametrize("contraction", sorted(CONTRACTIONS))
def test_every_contraction_shows_each_word_it_spells_out(contraction: str) -> None:
    """A text that holds a contraction holds one quick source of each word it spells out."""
    parts = set(contraction.split("'"))
    for word in CONTRACTIONS[contraction]:
        assert parts & quick_sources(word, {}), (contraction, word)
