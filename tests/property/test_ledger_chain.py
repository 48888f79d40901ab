"""The retention ledger keeps any flagged comment exactly, and no single tampering goes unseen."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import retention
from municipal_social_policy import strategies as mst

_EVALUATOR = msp.Evaluator(msp.load("kankakee"))


def _clock() -> dt.datetime:
    return dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


TAMPERINGS = {
    "text": 'UPDATE msp_ledger_entries SET body = replace(body, \'"text":"\', \'"text":"x\')'
    " WHERE sequence = ?",
    "column": "UPDATE msp_ledger_entries SET decision = 'review' WHERE sequence = ?",
    "time": "UPDATE msp_ledger_entries SET recorded_at = '2020-01-01' WHERE sequence = ?",
    "delete": "DELETE FROM msp_ledger_entries WHERE sequence = ?",
    "previous": "UPDATE msp_ledger_entries SET previous = hash WHERE sequence = ?",
    "content": "UPDATE msp_ledger_entries SET body = NULL WHERE sequence = ?",
}


@contextlib.contextmanager
def new_ledger() -> Iterator[tuple[retention.Ledger, Path]]:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "records.db"
        with retention.open(f"sqlite:///{path}", clock=_clock) as ledger:
            yield ledger, path


@given(st.lists(mst.violating_comments(), min_size=1, max_size=5))
def test_any_flagged_comment_is_kept_exactly_and_the_chain_verifies(
    violations: list[mst.Violation],
) -> None:
    """Whatever the text (any Unicode, obfuscations), a record reads back equal, and verifies."""
    with new_ledger() as (ledger, _):
        kept = {}
        for number, violation in enumerate(violations):
            comment = msp.Comment(
                text=violation.comment.text,
                author=violation.comment.author,
                platform=violation.comment.platform,
                posted_at=violation.comment.posted_at,
                id=f"c{number}",
            )
            verdict = _EVALUATOR.evaluate(comment)
            record = ledger.record(comment, verdict)
            assert (record is None) == (verdict.decision is msp.Decision.ALLOW)
            if record is not None:
                kept[record.sequence] = (comment, verdict)
        for record in ledger.records():
            comment, verdict = kept[record.sequence]
            assert record.text == comment.text
            assert record.author_id == comment.author.id
            assert record.decision is verdict.decision
            assert record.clauses == tuple(clause.id for clause in verdict.clauses)
        assert ledger.verify().ok


@given(
    size=st.integers(min_value=2, max_value=6),
    data=st.data(),
    tampering=st.sampled_from(sorted(TAMPERINGS)),
)
def test_any_single_tampering_is_found_at_its_entry(
    size: int, data: st.DataObject, tampering: str
) -> None:
    """Editing, deleting or un-chaining any one entry breaks verification at that entry."""
    target = data.draw(st.integers(min_value=1, max_value=size), label="target")
    with new_ledger() as (ledger, path):
        comments = [msp.Comment(text="My SSN is 356-21-4476", id=f"c{n}") for n in range(size)]
        ledger.record_many((c, _EVALUATOR.evaluate(c)) for c in comments)
        assert ledger.verify().ok
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute(TAMPERINGS[tampering], (target,))
            connection.commit()
        report = ledger.verify()
        assert not report.ok
        assert report.first_broken == target, report.problems
