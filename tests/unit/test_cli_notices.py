"""Tests for ``msp notice``: output and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

import municipal_social_policy as msp
from municipal_social_policy.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``msp *argv``: the exit status, standard output and standard error."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_notice_prints_the_disclaimer(capsys: pytest.CaptureFixture[str]) -> None:
    """``msp notice disclaimer`` prints the library's rendering of § VII, exit 0."""
    status, out, _ = run(capsys, "notice", "disclaimer", "--format", "text")
    assert status == 0
    assert out == msp.render_notice(msp.load("kankakee"), "disclaimer", format="text")


def test_notice_removal_from_a_verdict_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A verdict written by ``msp check --json`` gives the commenter's notice."""
    main(["check", "--json", "My SSN is 356-21-4476"])
    verdict = tmp_path / "verdict.json"
    verdict.write_text(capsys.readouterr().out, encoding="utf-8")
    status, out, _ = run(capsys, "notice", "removal", "--verdict", str(verdict), "--comment", "x")
    assert status == 0
    assert out.startswith("# Reporting/Removal of Unauthorized Comments")


def test_notice_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """2 for usage (removal without a verdict, unreadable file); 1 for a notice the ordinance
    cannot give (an allowed comment has no notice)."""
    status, _, err = run(capsys, "notice", "removal")
    assert (status, err) == (2, "msp notice: 'removal' needs --verdict FILE\n")
    status, _, err = run(capsys, "notice", "removal", "--verdict", str(tmp_path / "none.json"))
    assert status == 2
    assert "cannot read" in err
    main(["check", "--json", "Thanks for plowing"])
    allowed = tmp_path / "allowed.json"
    allowed.write_text(capsys.readouterr().out, encoding="utf-8")
    status, _, err = run(capsys, "notice", "removal", "--verdict", str(allowed))
    assert status == 1
    assert "no notify_commenter action" in err
