"""The ``msp`` command line: check, validate, clauses, and its errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import municipal_social_policy as msp
from municipal_social_policy.cli import main

KANKAKEE = Path(__file__).parents[2] / "examples" / "kankakee" / "ordinance.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_ssn_is_remove_citing_v_2_10_with_the_span(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The acceptance example: an SSN is a removal under § V.2.10, and the output shows the SSN."""
    status, out, _ = run(capsys, "check", "My SSN is 356-21-4476")
    assert status == 0
    assert out.startswith("REMOVE")
    assert "§ V.2.10" in out
    assert "“356-21-4476” at characters 10-21" in out
    assert msp.load("kankakee").clause("V.2.10").text.split()[0] in out


def test_check_criticism_of_the_mayor_is_allow(capsys: pytest.CaptureFixture[str]) -> None:
    """The acceptance example: criticism of an official is allowed, with the guard reported."""
    status, out, _ = run(capsys, "check", "The mayor is doing a terrible job and should resign")
    assert status == 0
    assert out.startswith("ALLOW")
    assert "protected_speech" in out
    assert "§ I.3" in out


def test_check_sql_injection_is_remove_citing_v_2_14(capsys: pytest.CaptureFixture[str]) -> None:
    """The acceptance example: an SQL-injection payload is a removal under § V.2.14."""
    status, out, _ = run(capsys, "check", "'; DROP TABLE comments; --")
    assert status == 0
    assert out.startswith("REMOVE")
    assert "§ V.2.14" in out


def test_check_json_is_a_verdict_that_loads_back(capsys: pytest.CaptureFixture[str]) -> None:
    """``--json`` prints the verdict as JSON that reads back to a Verdict with the same findings."""
    status, out, _ = run(
        capsys,
        "check",
        "--json",
        "--platform",
        "twitter",
        "--posted-at",
        "2024-05-10T09:30",
        "'; DROP TABLE comments; --",
    )
    assert status == 0
    data = json.loads(out)
    assert data["decision"] == "remove"
    verdict = msp.loads(out, msp.Verdict, format="json")
    assert [finding.clause.id for finding in verdict.findings] == ["V.2.14"]
    referral = next(a for a in verdict.actions if isinstance(a, msp.ReferToPlatform))
    assert referral.terms_url == "https://twitter.com/tos"
    retain = next(a for a in verdict.actions if isinstance(a, msp.RetainRecord))
    assert retain.retain_until is not None
    assert retain.retain_until.year == 2027


def test_check_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-`` as the text reads the comment from standard input."""
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("My SSN is 356-21-4476"))
    status, out, _ = run(capsys, "check", "-")
    assert status == 0
    assert out.startswith("REMOVE")


def test_check_takes_an_ordinance_path(capsys: pytest.CaptureFixture[str]) -> None:
    """``--ordinance`` accepts a path to an ordinance file."""
    status, out, _ = run(capsys, "check", "--ordinance", str(KANKAKEE), "hello")
    assert status == 0
    assert out.startswith("ALLOW")


def test_unknown_ordinance_is_exit_1_with_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown ordinance name fails with exit 1 and lists the names that exist."""
    status, out, err = run(capsys, "check", "--ordinance", "springfield", "hello")
    assert status == 1
    assert out == ""
    assert "'springfield'" in err
    assert "kankakee" in err


def test_bad_posted_at_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A date that is not ISO 8601 is a usage error (exit 2) that shows the expected form."""
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--posted-at", "yesterday", "hello"])
    assert exit_info.value.code == 2
    assert "ISO 8601" in capsys.readouterr().err


def test_validate_reports_every_problem_of_a_bad_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``validate`` on a broken file exits 1 and names the file, the path and the value."""
    text = KANKAKEE.read_text(encoding="utf-8")
    broken = tmp_path / "city.toml"
    broken.write_text(text.replace('ceiling = "remove"', 'ceiling = "delete"', 1), encoding="utf-8")
    status, _, err = run(capsys, "validate", str(broken))
    assert status == 1
    assert str(broken) in err
    assert "ceiling: expected 'remove' or 'review', got 'delete'" in err


def test_validate_accepts_kankakee(capsys: pytest.CaptureFixture[str]) -> None:
    """``validate`` on the Kankakee file reports it valid, with its clause count and digest."""
    status, out, _ = run(capsys, "validate", str(KANKAKEE))
    ordinance = msp.load(KANKAKEE)
    assert status == 0
    assert "valid" in out
    assert f"{len(ordinance.clauses)} clauses" in out
    assert ordinance.digest in out


def test_clauses_lists_every_clause_once(capsys: pytest.CaptureFixture[str]) -> None:
    """``clauses`` prints one line per clause, starting with its id, in document order."""
    status, out, _ = run(capsys, "clauses")
    ids = [line.split()[0] for line in out.splitlines()]
    assert status == 0
    assert ids == [clause.id for clause in msp.load("kankakee").clauses]


def test_python_dash_m_runs_the_same_command() -> None:
    """``python -m municipal_social_policy`` is the same command line as ``msp``."""
    result = subprocess.run(
        [sys.executable, "-m", "municipal_social_policy", "check", "My SSN is 356-21-4476"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("REMOVE")


def test_lone_surrogates_are_printed_not_crashed(capsys: pytest.CaptureFixture[str]) -> None:
    """A comment holding a lone surrogate still yields a verdict on the console."""
    status, out, _ = run(capsys, "check", "hello \ud800 world")
    assert status == 0
    assert out.startswith("ALLOW")
