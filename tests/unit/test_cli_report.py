"""Tests for ``msp report``: the page it writes and its exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from municipal_social_policy.cli import main

COMMENTS = Path(__file__).parents[2] / "examples" / "kankakee" / "comments.jsonl"


def test_report_from_evaluate_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``msp evaluate`` then ``msp report --comments``: exit 0, one article per flagged row,
    evidence highlighted in the original text."""
    verdicts, page = tmp_path / "verdicts.jsonl", tmp_path / "report.html"
    assert main(["evaluate", str(COMMENTS), "-o", str(verdicts), "-q"]) == 0
    status = main(["report", str(verdicts), "--comments", str(COMMENTS), "-o", str(page)])
    assert status == 0
    html = page.read_text(encoding="utf-8")
    assert html.count('<article class="comment"') == 5
    assert "My SSN is <mark" in html
    assert "<img" not in html  # fb-0008 is an <img onerror=...> payload, shown as text


def test_report_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """2 for an unreadable or malformed verdicts file, naming the file and line."""
    assert main(["report", str(tmp_path / "none.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"line": 1, "id": "a", "error": "x"}\nnot json\n', encoding="utf-8")
    assert main(["report", str(bad)]) == 2
    assert f"msp report: {bad}, line 2: not a JSON line" in capsys.readouterr().err
