"""Unit tests for copyright (Kankakee § V.2.13): piracy links and phrases, pasted articles.

All JUDGMENT evidence: REVIEW at most. A torrent of complaints, cracks in the sidewalk and a
short quotation with a copyright sign are not piracy.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator, evidence_under
from municipal_social_policy.detectors.copyright import _NOTICES

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
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    found = evidence_under(text, "V.2.13")
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
    assert evidence_under(text, "V.2.13") == []


@pytest.mark.parametrize("notice", sorted(_NOTICES))
def test_every_copyright_notice_in_a_long_comment_is_admitted_and_found(notice: str) -> None:
    """The evaluator calls the detector only when its trigger admits the comment: each notice,
    at the end of a long article, must be admitted and found."""
    article = "The council met on Monday to discuss the budget for the coming year. " * 8
    found = evidence_under(f"{article}{notice.capitalize()}.", "V.2.13")
    assert any(e.detector == "pasted_article" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Since it's paywalled, here's the whole article for everyone:",
        "I copied the full story below for those without a subscription.",
        "It's behind a paywall so I pasted it here. The council voted 5-2 on Monday...",
    ],
)
def test_a_writer_who_says_they_pasted_an_article_is_reviewed(text: str) -> None:
    assert [e.detector for e in evidence_under(text, "V.2.13")] == ["pasted_article"]


@pytest.mark.parametrize(
    "text",
    [
        "Ugh, the Journal's article is paywalled again.",
        "Here's the article: https://journal.example/news/123 (may be paywalled)",
        "Is the article paywalled for everyone?",
        "Here is the full text of the ordinance from the city's website.",
        "I never copied the article, I linked it.",
    ],
)
def test_complaints_links_and_questions_about_a_paywall_are_not_pasting(text: str) -> None:
    assert evidence_under(text, "V.2.13") == []


def test_a_free_download_of_a_film_or_album_is_piracy_evidence() -> None:
    found = evidence_under(
        "Free download of the new Taylor Swift album: mega.nz/file/abc123", "V.2.13"
    )
    assert [e.detector for e in found] == ["piracy"]


@pytest.mark.parametrize(
    "text",
    [
        "Pirated copy of the new Madden, full game download, works fine",
        "Free IPTV box, 20,000 channels, no cable bill ever again",
        "Jailbroken firesticks for sale, every channel and movie",
        "UFC tonight free stream link in my bio",
        "Free live stream of the Bulls game tonight, link below",
        "Anyone want the new Stephen King ebook? Got it from libgen, anyone?",
        "Download the new Pixar movie in 4K for free, torrent in the comments",
        "Full story since the Journal paywalled it: The county board voted Tuesday ...",
        "Copying the whole Tribune article here because nobody can get past the paywall",
    ],
)
def test_more_piracy_and_pasting_families(text: str) -> None:
    """Issue 9: a pirated copy, IPTV and jailbroken sticks, a free live stream, a piracy library
    named (asked or not), a torrent offered, a whole article pasted because of a paywall."""
    assert evidence_under(text, "V.2.13")


@pytest.mark.parametrize(
    "text",
    [
        "Is the library offering free movie streaming through Hoopla?",
        "Watch the Bears game free at the library's big screen party Sunday",
        "The library has free ebooks and audiobooks through Libby",
        "I copied the whole ordinance text here so people can read it",
        "The mp3 download of the mayor's speech is on the city site",
        "Reposting the city's flyer since not everyone follows the page",
    ],
)
def test_lawful_offers_public_texts_and_questions_are_no_piracy(text: str) -> None:
    """A question about a library service, a free public screening, public texts copied."""
    assert evidence_under(text, "V.2.13") == []


@pytest.mark.parametrize(
    "text",
    [
        "IPTV firestick loaded with every channel free, no cable needed",
        "Firesticks jailbroken, all channels free, message me",
        "Free Netflix accounts, message me for login",
        "Hulu logins for everyone who comments",
        "Here's the full pdf of the chemistry textbook, save your money",
        "Textbook pdfs free download in my google drive",
    ],
)
def test_copyright_families_of_residents_comments_flag(text: str) -> None:
    """Loaded streaming sticks written after the noun, shared subscription logins, and whole books
    copied as PDFs (§ V.2.13)."""
    assert "V.2.13" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "The library has free ebooks through the Libby app",
        "Can the city put the budget pdf on the website?",
        "Netflix raised its prices again",
        "The firestick I got for Christmas stopped working",
        "I bought the textbook at the college bookstore",
    ],
)
def test_copyright_near_misses_of_those_families_do_not_flag(text: str) -> None:
    """Talk about the same things that is no copyright: questions, reports, other senses."""
    assert "V.2.13" not in clauses(text)
