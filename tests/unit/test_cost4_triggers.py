"""Triggers that need every part their patterns need: a piracy link's host, an unlawful offer's
words beside the goods, every word of a judging phrase read as the hate reader reads it (issue 9:
a detector is called only when all its patterns need was found)."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.detectors.triggers import TriggerIndex
from municipal_social_policy.reading import RunTogether
from municipal_social_policy.scan import Scan


def _built(name: str) -> object:
    evaluator = msp.Evaluator(msp.load("kankakee"))
    return next(
        detector
        for rule in evaluator._rules
        for _, detector in rule.detectors
        if getattr(detector, "id", None) == name
    )


@pytest.fixture(scope="module")
def piracy() -> object:
    return _built("piracy")


@pytest.mark.parametrize(
    "text",
    [
        "grab it at https://thepiratebay.org/description.php?id=1",
        "it's on www.1337x.to, free",
        "it's on rarbg[.]to if you look",
        "get it: http://example.com/files/movie.torrent",
    ],
)
def test_a_piracy_link_is_still_read(piracy: msp.Detector, text: str) -> None:
    """A link to a piracy site, however written, or to a torrent file is signalled, and the
    trigger (a link and the site's name or ".torrent" in the text) holds for it."""
    assert testing.signals(piracy, text)
    testing.assert_trigger_sound(piracy, text)


@pytest.mark.parametrize(
    "text",
    [
        "Agenda for Tuesday: https://www.example.org/council/agenda",
        "Email me at pat.garcia29@comcast.net about Chestnut Street.",
        "See kankakee.gov/parks for the hours.",
    ],
)
def test_a_link_to_another_site_does_not_call_piracy(piracy: msp.Detector, text: str) -> None:
    """A link to a site that is no piracy host, with no other cue, calls no piracy reading."""
    trigger = piracy.trigger  # type: ignore[attr-defined]
    assert not trigger.holds(msp.normalize(text))


@pytest.fixture(scope="module")
def incitement() -> object:
    return _built("incitement")


@pytest.mark.parametrize(
    "text",
    [
        "Selling percs, 20 each. DM me.",
        "Got fake IDs for sale, $50, text 815-555-0100",
        "untaxed cartons of cigarettes for sale, cash only",
        "anyone need coke? i deliver",
        "stolen bikes for sale cheap, hmu",
    ],
)
def test_an_unlawful_offer_is_still_read(incitement: msp.Detector, text: str) -> None:
    """Goods marked unlawful beside an offer keep calling the detector: its trigger holds
    wherever it signals (the offer's part is one part, the first parts of its alternatives)."""
    testing.assert_trigger_sound(incitement, text)


def test_goods_without_an_offer_call_less(incitement: msp.Detector) -> None:
    """Goods named beside no word an offer opens with (a drug in a comment about overdoses) no
    longer call the detector for its unlawful offers."""
    trigger = incitement.trigger  # type: ignore[attr-defined]
    text = "There is not as much coverage about deaths from cocaine as from opioids."
    assert not trigger.holds(msp.normalize(text))


def test_a_part_that_cuts_words_holds_for_a_word_cut_from_another() -> None:
    """A part with a reader of words run together holds where the reader cuts one of its
    tokens from a written word ("ihate" is "i" and "hate"), where the word itself is written,
    and for a text with a masked word (its cuts are not read); not for another word."""
    reader = RunTogether(frozenset({"hate", "vermin"}), frozenset({"i", "all"}))
    part = msp.Trigger(tokens=frozenset({"hate"}), cuts=reader)
    plain = msp.Trigger(tokens=frozenset({"hate"}))
    for text, holds in [
        ("ihate them", True),
        ("we hate it", True),
        ("i h*te them", True),
        ("whatever", False),
        ("hatred", False),
    ]:
        assert part.holds(msp.normalize(text)) is holds, text
    assert not plain.holds(msp.normalize("ihate them"))


def test_the_scan_admits_a_word_cut_from_another() -> None:
    """The scan cuts a text's words once per reader and admits a detector whose parts hold by
    a cut word, exactly where the trigger holds (the index agrees)."""
    reader = RunTogether(frozenset({"hate", "vermin", "muslims"}), frozenset({"i", "are"}))
    trigger = msp.Trigger.all_of(
        msp.Trigger(tokens=frozenset({"vermin"}), cuts=reader),
        msp.Trigger(tokens=frozenset({"muslims"}), cuts=reader),
    )
    scan = Scan.of([trigger])
    index = TriggerIndex.of([trigger])
    for text, holds in [
        ("muslimsarevermin", False),  # one word cut once: "muslims" and "arevermin"
        ("muslims arevermin", True),
        ("vermin, muslims", True),
        ("ihate vermin", False),
        ("m*slims are vermin", True),
    ]:
        normalized = msp.normalize(text)
        assert trigger.holds(normalized) is holds, text
        assert bool(scan.admitted(scan.found(normalized))) is holds, text
        assert bool(index.called(normalized)) is holds, text


def test_cuts_need_tokens_and_one_reader() -> None:
    """A part that cuts words reads tokens; parts cut by two readers are no one part."""
    reader = RunTogether(frozenset({"hate"}))
    with pytest.raises(ValueError, match="give tokens too"):
        msp.Trigger(characters=frozenset("#"), cuts=reader)
    other = RunTogether(frozenset({"vermin"}))
    with pytest.raises(ValueError, match="different readers"):
        msp.Trigger.any_of(
            msp.Trigger(tokens=frozenset({"hate"}), cuts=reader),
            msp.Trigger(tokens=frozenset({"vermin"}), cuts=other),
        )


@pytest.fixture(scope="module")
def group_hate() -> object:
    return _built("group_hate")


@pytest.mark.parametrize(
    "text",
    [
        "ihate muslims",
        "keep the muslimscum out",
        "send them all back where they came from",
        "Mexicans are rapists",
        "gays should be banned from teaching",
        "j3ws are v3rmin",
        "m*slims are vermin",
        "Asians control the media",
        "those immigrants are animals",
    ],
)
def test_group_hate_is_still_read(group_hate: msp.Detector, text: str) -> None:
    """Hate said of a group, run together, disguised or masked, still calls the detector: its
    trigger holds wherever it signals."""
    assert testing.signals(group_hate, text)
    testing.assert_trigger_sound(group_hate, text)


@pytest.mark.parametrize(
    "text",
    [
        "Affordable supports for the elderly and aging population are needed in our community.",
        "Fairness for all. End discrimination against GLBTQ residents of Bowling Green.",
        "BG can't compete with Nashville or Louisville for young professionals",
    ],
)
def test_a_group_named_beside_one_word_of_a_phrase_calls_nothing(
    group_hate: msp.Detector, text: str
) -> None:
    """A group named beside a word of a judging phrase or a frame, but not all of one, no longer
    calls the detector (it was called for every such comment and found nothing)."""
    trigger = group_hate.trigger  # type: ignore[attr-defined]
    assert not trigger.holds(msp.normalize(text))
