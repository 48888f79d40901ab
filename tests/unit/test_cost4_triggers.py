"""Triggers that need every part their patterns need: a run's second word, a piracy link's host,
an unlawful offer's words beside the goods (issue 9: a detector is called only when all its
patterns need was found)."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.detectors.phrases import PhraseDetector, parse_phrases
from municipal_social_policy.detectors.triggers import TriggerIndex
from municipal_social_policy.reading import RunTogether
from municipal_social_policy.scan import Scan

_RUNS = """\
[sold]
checks:
@marks = background_check_free paper_trail_free serial_scratched
@goods = pistol pistols rifle
@goods ~3 @marks
selling ~2 @goods
"""


def _detector() -> PhraseDetector:
    return PhraseDetector.of("sold", parse_phrases(_RUNS, "test.phrases"), "sold")


def test_a_slot_of_runs_needs_a_second_word_of_one() -> None:
    """Every alternative of ``@marks`` is a run of several words: a match reads one whole, so
    its next word as ``anchor_word`` ranks them as well as its anchor; a slot of single words
    needs nothing more."""
    patterns = _detector().group.patterns
    assert patterns[0].run_needs == (frozenset({"check", "trail", "serial"}),)
    assert patterns[1].run_needs == ()


def test_a_slot_with_a_common_second_word_needs_nothing_more() -> None:
    """A run whose next word is a common one ("off the books": "off") shows nothing more than
    its anchor: its slot needs no second word."""
    file = parse_phrases(_RUNS.replace("serial_scratched", "off_the_books"), "test.phrases")
    assert file.groups["sold"].patterns[0].run_needs == ()


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("pistol, background check free, dm me", True),
        ("a rifle with no paper trail free, no questions", True),
        ("background checks are a pistol's paperwork", False),  # the run's anchor alone
        ("selling a pistol", True),  # another pattern
        ("pistol background chekc free", True),  # a typo is read as the word, in the trigger too
    ],
)
def test_the_trigger_needs_the_second_word(text: str, holds: bool) -> None:
    """The detector is called for a text that holds a second word of a run beside its anchor,
    and only there, and its trigger holds wherever it signals."""
    detector = _detector()
    assert detector.trigger.holds(msp.normalize(text)) is holds
    testing.assert_trigger_sound(detector, text)


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
