"""A crime told with its published or public source named after it is a report, as one named
before it is (Kankakee Ord. 2019-70 § V.2.3; the check ``news`` and ``crime_reports.txt
[attribution]``, issue 9, the sixteenth session); the same claim without a source stays a
finding for review."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp

_EVALUATOR = msp.Evaluator(msp.load("kankakee"))

CLAIMS = [
    "Tom Becker was convicted of battery in 2019",
    "Mike Brennan was arrested for DUI last spring",
    "Sheila Dunn has a record for fraud",
]
SOURCES = [
    "per the Daily Journal",
    "it was in the paper",
    "it's public record",
    "look at the court docket",
    "as reported by WGN",
]


def _cites_defamation(text: str) -> bool:
    verdict = _EVALUATOR.evaluate(text)
    return "V.2.3" in {finding.clause.id for finding in verdict.findings}


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_claim_without_a_source_is_cited(claim: str) -> None:
    assert _cites_defamation(claim)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("claim", CLAIMS)
def test_a_source_named_after_the_claim_makes_it_a_report(claim: str, source: str) -> None:
    assert not _cites_defamation(f"{claim}, {source}")
