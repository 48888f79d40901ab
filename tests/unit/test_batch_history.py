"""Batch judging by date and by the author's record: ``batch.evaluate_records`` and
``msp evaluate`` judge each row by the version in force when it was posted, and read the
author's earlier violations from a ``prior_violations`` column for the ban a policy names."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import municipal_social_policy as msp
from municipal_social_policy import batch
from municipal_social_policy.cli import main

SSN = "My SSN is 356-21-4476"


def rows(*posted: str | None) -> str:
    """One JSONL row with the SSN per date (``None``: no date), ids r0, r1, ..."""
    lines = []
    for i, when in enumerate(posted):
        row: dict[str, object] = {"id": f"r{i}", "text": SSN}
        if when is not None:
            row["posted_at"] = when
        lines.append(json.dumps(row))
    return "\n".join(lines) + "\n"


def judge(
    text: str, policy: msp.Ordinance | msp.History, fmt: batch.InputFormat = "jsonl"
) -> tuple[list[dict[str, Any]], batch.Summary, list[batch.Outcome]]:
    """The verdict rows, the summary and the failed rows of a run."""
    output, failed = io.StringIO(), list[batch.Outcome]()
    summary = batch.evaluate_records(
        batch.read_records(io.BytesIO(text.encode("utf-8")), fmt),
        output,
        ordinance=policy,
        on_error=failed.append,
    )
    return [json.loads(line) for line in output.getvalue().splitlines()], summary, failed


def test_each_row_is_judged_by_the_version_in_force_when_posted(
    amended_kankakee: tuple[msp.Ordinance, msp.Ordinance],
) -> None:
    """Before 1 February 2025 an SSN is removed under 2019-70, from then on reviewed under
    2025-01; a row without a date gets the newest; one before 2019-70 took effect is allowed."""
    history = msp.History(versions=amended_kankakee)
    out, summary, failed = judge(
        rows("2025-01-31T12:00", "2025-02-01T12:00", None, "2010-05-01T08:00"), history
    )
    assert not failed
    got = [(r["verdict"]["decision"], r["verdict"]["ordinance"]["number"]) for r in out]
    assert got == [
        ("remove", "2019-70"),
        ("review", "2025-01"),
        ("review", "2025-01"),
        ("allow", "2019-70"),
    ]
    assert out[3]["verdict"]["notes"]
    assert dict(summary.decisions)[msp.Decision.REMOVE] == 1
    assert [clause for clause, _, _ in summary.clauses] == ["V.2.10"]


def test_with_two_jobs_the_history_gives_the_same_output(
    amended_kankakee: tuple[msp.Ordinance, msp.Ordinance],
) -> None:
    """The history travels to worker processes, which judge by date as this one does."""
    history = msp.History(versions=amended_kankakee)
    text = rows("2025-01-31T12:00", "2025-02-01T12:00") * 3
    outputs = []
    for jobs in (1, 2):
        output = io.StringIO()
        batch.evaluate_records(
            batch.read_records(io.BytesIO(text.encode("utf-8")), "jsonl"),
            output,
            ordinance=history,
            jobs=jobs,
            chunk_rows=2,
        )
        outputs.append(output.getvalue())
    assert outputs[0] == outputs[1]
    assert '"2019-70"' in outputs[0]


def test_prior_violations_column_lets_the_ban_fire() -> None:
    """Montgomery County bans at the second violation: a first offender's row gets no block, a
    row whose author has one earlier violation does, in JSONL and in CSV."""
    county = msp.load("montgomery-county-oh")
    jsonl = (
        json.dumps({"id": "a", "text": SSN})
        + "\n"
        + json.dumps({"id": "b", "text": SSN, "prior_violations": 1})
        + "\n"
    )
    csv = f'id,text,prior_violations\nc,"{SSN}",\nd,"{SSN}",1\n'
    for text, fmt, ids in ((jsonl, "jsonl", ("a", "b")), (csv, "csv", ("c", "d"))):
        out, _, failed = judge(text, county, fmt)  # type: ignore[arg-type]
        assert not failed
        kinds = {r["id"]: [a["type"] for a in r["verdict"]["actions"]] for r in out}
        assert "BlockAuthor" not in kinds[ids[0]]
        assert "BlockAuthor" in kinds[ids[1]]


@pytest.mark.parametrize("value", ["two", "-1", "1.5", True])
def test_a_bad_prior_violations_value_fails_its_row_naming_column_value_and_fix(
    value: object,
) -> None:
    """The row is reported with its line, the column, the value and the fix; the others are
    judged, and the failed row is counted, never dropped silently."""
    text = (
        json.dumps({"id": "ok", "text": SSN})
        + "\n"
        + json.dumps({"id": "bad", "text": SSN, "prior_violations": value})
        + "\n"
    )
    out, summary, failed = judge(text, msp.load("montgomery-county-oh"))
    assert [r["id"] for r in out] == ["ok"]
    assert summary.rows_failed == 1
    (outcome,) = failed
    assert (outcome.line, outcome.id) == (2, "bad")
    assert outcome.error is not None
    assert outcome.error.startswith("prior_violations: expected a whole number")
    assert repr(value) in outcome.error
    assert "msp records list --author" in outcome.error


def test_msp_evaluate_judges_by_the_history_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    amended_kankakee: tuple[msp.Ordinance, msp.Ordinance],
) -> None:
    """``msp evaluate --ordinance history.toml`` judges each row by its date, and reads the
    ``prior_violations`` column (renamed with --prior-violations-column)."""
    old, new = amended_kankakee
    msp.dump(old, tmp_path / "2019-70.toml")
    msp.dump(new, tmp_path / "2025-01.toml")
    history = tmp_path / "history.toml"
    history.write_text('versions = ["2019-70.toml", "2025-01.toml"]\n', encoding="utf-8")
    comments = tmp_path / "comments.jsonl"
    comments.write_text(rows("2025-01-31T12:00", "2025-02-01T12:00"), encoding="utf-8")
    status = main(["evaluate", str(comments), "--ordinance", str(history), "--quiet"])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [(r["verdict"]["decision"], r["verdict"]["ordinance"]["number"]) for r in out] == [
        ("remove", "2019-70"),
        ("review", "2025-01"),
    ]
    county = tmp_path / "county.csv"
    county.write_text(f'id,text,strikes\nx,"{SSN}",1\ny,"{SSN}",many\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    status = main(
        [
            "evaluate",
            str(county),
            "--ordinance",
            "montgomery-county-oh",
            "--prior-violations-column",
            "strikes",
            "--errors",
            str(errors),
            "--quiet",
        ]
    )
    captured = capsys.readouterr()
    assert status == 3
    (row,) = [json.loads(line) for line in captured.out.splitlines()]
    assert "BlockAuthor" in [a["type"] for a in row["verdict"]["actions"]]
    (error,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert (error["line"], error["id"]) == (3, "y")
    assert error["error"].startswith("strikes: expected a whole number")
    assert "line 3 (id y): strikes: expected" in captured.err
