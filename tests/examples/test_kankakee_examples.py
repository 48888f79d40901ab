"""Golden verdicts for the sample comments in ``examples/kankakee/comments.jsonl``.

The expectations are written from the ordinance, not from running the evaluator: each row says
what § V.2 and the design's mechanical-vs-judgment rule require, and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import municipal_social_policy as msp

EXAMPLES = Path(__file__).parents[2] / "examples" / "kankakee"
SEED = Path(__file__).parents[3] / "shared" / "seeds" / "002_a0f43031640df652.txt"

#: id -> (decision, clauses cited, why)
EXPECTED = {
    "fb-0001": ("allow", [], "thanks to a city crew: no clause applies"),
    "fb-0002": ("allow", [], "criticism of an official is protected (§ I.3)"),
    "fb-0003": ("remove", ["V.2.10"], "an SSN is mechanical evidence of personal information"),
    "tw-0004": ("remove", ["V.2.14"], "an SQL-injection payload is a cyber attack"),
    "ig-0005": ("review", ["V.2.10"], "a phone number may be the commenter's own: judgment"),
    "fb-0006": ("allow", [], "criticism of a council vote is protected (§ I.3)"),
    "li-0007": ("allow", [], "praise of city staff: no clause applies"),
    "fb-0008": ("remove", ["V.2.14"], "an event-handler script payload is a cyber attack"),
    "ring-0009": ("allow", [], "a street name without a house number is no one's address"),
    "fb-0010": ("remove", ["V.2.10"], "a Luhn-valid card number is mechanical evidence"),
}


def _samples() -> list[msp.Comment]:
    lines = (EXAMPLES / "comments.jsonl").read_text(encoding="utf-8").splitlines()
    return [msp.loads(line, msp.Comment, format="json") for line in lines if line.strip()]


def test_every_sample_has_an_expectation() -> None:
    """The golden table covers exactly the sample file's comments."""
    assert sorted(comment.id for comment in _samples()) == sorted(EXPECTED)


@pytest.mark.parametrize("comment", _samples(), ids=lambda comment: comment.id)
def test_sample_verdict(evaluator: msp.Evaluator, comment: msp.Comment) -> None:
    """Each sample gets the decision and the clauses the ordinance calls for."""
    decision, clauses, why = EXPECTED[comment.id]
    verdict = evaluator.evaluate(comment)
    assert verdict.decision.value == decision, why
    assert [finding.clause.id for finding in verdict.findings] == clauses, why


def test_removed_samples_are_retained_until_the_end_of_the_third_calendar_year(
    evaluator: msp.Evaluator,
) -> None:
    """Every removal carries a retention record to 31 December three years after posting."""
    for comment in _samples():
        verdict = evaluator.evaluate(comment)
        if verdict.decision is not msp.Decision.REMOVE:
            continue
        assert comment.posted_at is not None
        (retain,) = [a for a in verdict.actions if isinstance(a, msp.RetainRecord)]
        assert retain.retain_until == comment.posted_at.date().replace(
            year=comment.posted_at.year + 3, month=12, day=31
        )


@pytest.mark.skipif(not SEED.exists(), reason="the shared seeds are not beside this checkout")
def test_source_copy_is_the_seed() -> None:
    """The ordinance text in examples/ is byte for byte the seed it was copied from."""
    source = EXAMPLES / "source" / "ordinance-2019-70.txt"
    assert source.read_bytes() == SEED.read_bytes()
