"""Unit tests for the quoted flag of the reading (:mod:`municipal_social_policy.reading`), which
the check ``quotation`` and the hate detectors read (issue 9).

A quotation inside a comment is reported speech; a comment that is one quotation from end to
end (a post pasted whole in quotation marks, as people paste tweets) is the writer's own words.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import categories
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize


def quoted(text: str) -> list[str]:
    """The words of ``text`` the reading marks as quoted."""
    normalized = normalize(text).normalized
    return [
        normalized[token.start : token.end]
        for sentence in read(normalize(text)).sentences
        for token in sentence
        if token.quoted
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Vote Garcia for Mayor!"', []),
        ("“Vote Garcia for Mayor!”", []),
        ('  "Vote Garcia for Mayor!"  ', []),
        ('"He said “no” twice"', ["no"]),
        ('"Cruz"" is slimy, ""safe"" is a code word"', ["safe"]),
        ('He said "vote Garcia" today', ["vote", "garcia"]),
        ('"Vote Garcia" signs were stolen', ["vote", "garcia"]),
        ('"a" and "b"', ["a", "b"]),
        (
            '"I will kill you," he said, "and I mean it."',
            ["i", "will", "kill", "you", "and", "i", "mean", "it"],
        ),
    ],
)
def test_a_comment_wrapped_whole_is_no_quotation(text: str, expected: list[str]) -> None:
    """The marks that wrap a whole comment quote nothing; quotations inside it (a doubled
    ``""`` is one mark there) and quotations within a sentence still do. A comment that opens
    and ends with a mark but closes one in between is no single quotation."""
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('gun safety" is a code word, not "safe" at all', ["safe"]),
        ('Cruz" is slimy. Vote Beto"', []),
    ],
)
def test_a_stray_closing_mark_opens_nothing(text: str, expected: list[str]) -> None:
    """A straight mark written after a word and before a space closes, and with nothing open it
    opens no quotation that would swallow the words after it."""
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Vote Garcia for Mayor!"',
        "“Re-elect Wells on November 5!”",
        '"@USER Cruz"" is slimy, decent Republicans need to VOTE For BETO"""',
    ],
)
def test_a_tweet_pasted_in_quotation_marks_keeps_its_campaign_finding(text: str) -> None:
    """A campaign appeal wrapped whole in quotation marks is the writer's own (§ V.2.12)."""
    assert "campaign_advocacy" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        'He said "vote Garcia for mayor" at the rally.',
        '"Vote for Patel" signs were stolen from my yard.',
        '"Vote Garcia," he said, "for Mayor."',
    ],
)
def test_a_quotation_inside_a_sentence_is_still_reported_speech(text: str) -> None:
    """A quotation among the writer's own words is reported, no appeal of the writer's."""
    assert "campaign_advocacy" not in categories(text)


def test_a_threat_pasted_whole_is_the_writers_own() -> None:
    """The rule is the reading's, for every detector: a threat wrapped whole in quotation marks
    is read as said, one quoted inside a report is not."""
    assert "threats_harassment" in categories('"I will kill you."')
    assert "threats_harassment" not in categories('He told me "I will kill you" and left.')
