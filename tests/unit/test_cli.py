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
    assert "Protected speech (Kankakee Ord. 2019-70 § I.3)" in out


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


# --- msp evaluate ----------------------------------------------------------------------------

COMMENTS = Path(__file__).parents[2] / "examples" / "kankakee" / "comments.jsonl"


def test_evaluate_writes_one_verdict_per_row_and_a_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``evaluate`` on the example JSONL writes ten verdicts in input order to ``--output``, exits
    0, and prints the summary table (by decision and by clause, with citations) on stderr."""
    output = tmp_path / "verdicts.jsonl"
    status, out, err = run(capsys, "evaluate", str(COMMENTS), "--output", str(output))
    assert status == 0
    assert out == ""
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [record["line"] for record in records] == list(range(1, 11))
    assert records[2]["id"] == "fb-0003"
    verdict = msp.loads(json.dumps(records[2]["verdict"]), msp.Verdict, format="json")
    assert verdict.decision is msp.Decision.REMOVE
    assert "10 rows read, 10 evaluated, 0 failed in" in err
    assert "remove       4" in err
    assert "V.2.10     3  Kankakee Ord. 2019-70 § V.2.10" in err


def test_evaluate_reads_csv_and_writes_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A CSV input with renamed columns gives CSV output (chosen from the .csv suffix)."""
    source = tmp_path / "export.csv"
    source.write_text(
        "comment_id,message,who,when\n"
        "7,My SSN is 356-21-4476,J. Doe,2024-01-17T13:05\n"
        "8,See you at the meeting,Al,2024-01-18T10:00\n",
        encoding="utf-8",
    )
    output = tmp_path / "verdicts.csv"
    status, _, _ = run(
        capsys,
        "evaluate",
        str(source),
        "--output",
        str(output),
        "--id-column",
        "comment_id",
        "--text-column",
        "message",
        "--author-column",
        "who",
        "--posted-at-column",
        "when",
    )
    assert status == 0
    assert output.read_text(encoding="utf-8").splitlines() == [
        "id,line,decision,categories,clauses,evidence,retain_until",
        "7,2,remove,personal_information,V.2.10,ssn “356-21-4476” at 10-21,2027-12-31",
        "8,3,allow,,,,",
    ]


def test_evaluate_reads_standard_input_as_jsonl(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-`` reads JSONL from standard input (including nested Comment rows) and writes to
    standard output."""
    import io

    nested = json.dumps(json.loads(msp.dumps(msp.Comment(text="hello", id="n-1"))))
    data = f'{{"id": "f-1", "text": "\'; DROP TABLE comments; --"}}\n{nested}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    status, out, _ = run(capsys, "evaluate", "-")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["id"], r["verdict"]["decision"]) for r in records] == [
        ("f-1", "remove"),
        ("n-1", "allow"),
    ]


def test_evaluate_counts_malformed_rows_and_exits_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Malformed rows are reported on stderr with line number and reason, written to
    ``--errors``, left out of the output, and the run exits 3 after judging the rest."""
    source = tmp_path / "comments.jsonl"
    source.write_text(
        '{"id": "a", "text": "fine"}\n'
        '{"id": "b", "text": "broken\n'
        '{"id": "c", "text": "x", "posted_at": "last tuesday"}\n'
        '{"id": "d", "text": "also fine"}\n',
        encoding="utf-8",
    )
    errors = tmp_path / "errors.jsonl"
    status, out, err = run(capsys, "evaluate", str(source), "--errors", str(errors))
    assert status == 3
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "d"]
    assert "msp evaluate: line 2: not valid JSON" in err
    assert (
        "msp evaluate: line 3 (id c): posted_at: expected a date and time (ISO 8601),"
        " got 'last tuesday'" in err
    )
    assert "4 rows read, 2 evaluated, 2 failed" in err
    assert [json.loads(line)["line"] for line in errors.read_text().splitlines()] == [2, 3]


def test_evaluate_with_two_jobs_matches_one_job(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--jobs 2`` writes byte for byte what ``--jobs 1`` writes, in the same order."""
    source = tmp_path / "many.jsonl"
    source.write_text(COMMENTS.read_text(encoding="utf-8") * 30 + "not json\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        output = tmp_path / f"jobs{jobs}.jsonl"
        status, _, err = run(capsys, "evaluate", str(source), "-j", jobs, "-o", str(output))
        assert status == 3
        assert "300 rows read" not in err
        assert "301 rows read, 300 evaluated, 1 failed" in err
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 300


def test_evaluate_progress_only_when_asked_or_on_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Captured stderr is no terminal: no progress line by default; ``--progress`` forces one;
    ``--quiet`` leaves out the summary too."""
    output = str(tmp_path / "out.jsonl")
    _, _, plain = run(capsys, "evaluate", str(COMMENTS), "-o", output)
    _, _, forced = run(capsys, "evaluate", str(COMMENTS), "-o", output, "--progress")
    _, _, quiet = run(capsys, "evaluate", str(COMMENTS), "-o", output, "--quiet")
    assert "\r" not in plain
    assert "\r" in forced
    assert "rows/s" in forced
    assert quiet == ""


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["comments.txt"], "cannot tell the format of 'comments.txt'"),
        (["missing.jsonl"], "cannot read 'missing.jsonl'"),
        (["header.csv"], "no column 'text'"),
    ],
)
def test_evaluate_bad_usage_is_exit_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    message: str,
) -> None:
    """An unknown suffix, a missing file and a CSV without the text column are usage errors."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "header.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    status, out, err = run(capsys, "evaluate", *arguments)
    assert status == 2
    assert out == ""
    assert message in err


def test_evaluate_with_a_bad_ordinance_is_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A broken ordinance file stops ``evaluate`` before any row is read, with exit 1."""
    broken = tmp_path / "city.toml"
    broken.write_text('name = "x"\n', encoding="utf-8")
    status, out, err = run(capsys, "evaluate", str(COMMENTS), "--ordinance", str(broken))
    assert status == 1
    assert out == ""
    assert str(broken) in err


def test_evaluate_writes_lone_surrogates_as_valid_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A comment holding a lone surrogate (legal in JSON) still yields a readable JSON line."""
    source = tmp_path / "odd.jsonl"
    source.write_text('{"text": "hi \\ud800 there"}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    status, _, _ = run(capsys, "evaluate", str(source), "-o", str(output))
    assert status == 0
    assert json.loads(output.read_text(encoding="utf-8"))["verdict"]["decision"] == "allow"
