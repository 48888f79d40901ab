"""Unit tests for copyright (Kankakee § V.2.13): piracy links and phrases, pasted articles.

All JUDGMENT evidence: REVIEW at most. A torrent of complaints, cracks in the sidewalk and a
short quotation with a copyright sign are not piracy.
"""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp


@cache
def kankakee() -> msp.Evaluator:
    """An evaluator for the bundled Kankakee ordinance, compiled once."""
    return msp.Evaluator(msp.load("kankakee"))


def v213(text: str) -> list[msp.Evidence]:
    """The § V.2.13 evidence in the verdict on ``text``."""
    verdict = kankakee().evaluate(text)
    return [e for f in verdict.findings if f.clause.id == "V.2.13" for e in f.evidence]


ARTICLE = ("The council met on Tuesday to discuss the riverfront plan. " * 12) + (
    "Copyright © 2024 Example Media. All rights reserved. This material may not be published,"
    " broadcast, rewritten or redistributed."
)


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Watch the full movie online free here", "piracy"),
        ("http://thepiratebay.se/torrent/10626835/Some.Film.2014.DVDSCR", "piracy"),
        ("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a", "piracy"),
        ("grab it at https://files.example.com/new-album.torrent", "piracy"),
        ("Photoshop keygen and cracked apk inside", "piracy"),
        (ARTICLE, "pasted_article"),
    ],
)
def test_piracy_and_pasted_articles_are_reviewed(text: str, detector: str) -> None:
    """Piracy links and phrases, and whole pasted articles, are REVIEW under § V.2.13."""
    verdict = kankakee().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    found = v213(text)
    assert detector in {e.detector for e in found}
    for item in found:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "text",
    [
        "A torrent of complaints about the water rates",
        "There are cracks in the sidewalk on Court Street",
        "The movie night in the park was great",
        "Photo © 2024 Jane Doe",
        "The library should buy more films and albums",
        "The mayor completely botched the summer festival.",
    ],
)
def test_ordinary_words_are_not_piracy(text: str) -> None:
    """Words that piracy phrases use are nothing outside those phrases."""
    assert v213(text) == []


def test_every_copyright_notice_holds_a_word_of_the_trigger() -> None:
    """The detector's trigger names a word of each notice it looks for; keep the two in step."""
    from municipal_social_policy.detectors.copyright import _NOTICES, PastedArticleDetector

    words = PastedArticleDetector.trigger.tokens
    assert all(not words.isdisjoint(notice.replace(",", " ").split()) for notice in _NOTICES)
