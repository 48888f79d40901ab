"""Triggers that need every part their patterns need: a piracy link's host, an unlawful offer's
words beside the goods (issue 9: a detector is called only when all its patterns need was
found)."""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing


@cache
def _built(name: str) -> msp.Detector:
    return testing.build(name)


@pytest.mark.parametrize(
    "text",
    [
        "grab it at https://thepiratebay.org/description.php?id=1",
        "it's on www.1337x.to, free",
        "it's on rarbg[.]to if you look",
        "get it: http://example.com/files/movie.torrent",
    ],
)
def test_a_piracy_link_is_still_read(text: str) -> None:
    """A link to a piracy site, however written, or to a torrent file is signalled, and the
    trigger (a link and the site's name or ".torrent" in the text) holds for it."""
    piracy = _built("piracy")
    assert testing.signals(piracy, text)
    testing.assert_trigger_sound(piracy, text)


def test_a_city_s_own_piracy_host_is_read() -> None:
    """A host the city adds (``words``) is read as the listed ones, and its links hold the
    trigger; the shipped list alone does not."""
    text = "all the new movies on zorbflix.net/new"
    assert not testing.signals(_built("piracy"), text)
    added = testing.build("piracy", words=["zorbflix"])
    assert testing.signals(added, text)
    testing.assert_trigger_sound(added, text)


@pytest.mark.parametrize(
    "text",
    [
        "Agenda for Tuesday: https://www.example.org/council/agenda",
        "Email me at pat.garcia29@comcast.net about Chestnut Street.",
        "See kankakee.gov/parks for the hours.",
    ],
)
def test_a_link_to_another_site_does_not_call_piracy(text: str) -> None:
    """A link to a site that is no piracy host, with no other cue, calls no piracy reading."""
    trigger = _built("piracy").trigger  # type: ignore[attr-defined]
    assert not trigger.holds(msp.normalize(text))


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
def test_an_unlawful_offer_is_still_read(text: str) -> None:
    """Goods marked unlawful beside an offer keep calling the detector: its trigger holds
    wherever it signals (the offer's part is one part, the first parts of its alternatives)."""
    incitement = _built("incitement")
    assert testing.signals(incitement, text)
    testing.assert_trigger_sound(incitement, text)


def test_goods_without_an_offer_call_less() -> None:
    """Goods named beside no word an offer opens with (a drug in a comment about overdoses) no
    longer call the detector for its unlawful offers."""
    trigger = _built("incitement").trigger  # type: ignore[attr-defined]
    text = "There is not as much coverage about deaths from cocaine as from opioids."
    assert not trigger.holds(msp.normalize(text))


def test_first_parts_hold_wherever_the_trigger_does() -> None:
    """``Trigger.first_parts`` is one part, the first parts of the alternatives merged: it holds
    for every text one alternative holds for, and for no text that holds no first part."""
    trigger = msp.Trigger.any_of(
        msp.Trigger.all_of(msp.Trigger(tokens=frozenset({"sell"})), msp.Trigger(digits=2)),
        msp.Trigger.all_of(
            msp.Trigger(tokens=frozenset({"dm"})), msp.Trigger(tokens=frozenset({"me"}))
        ),
    )
    first = trigger.first_parts()
    assert not first.alternatives
    for text in ("sell it for 20", "dm me", "sell", "just dm"):
        normalized = msp.normalize(text)
        assert first.holds(normalized)
        if trigger.holds(normalized):
            assert first.holds(normalized)
    assert not first.holds(msp.normalize("call me for 20"))
