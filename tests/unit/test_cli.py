"""The ``msp`` command line: check, validate, clauses, and its errors."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
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
    rows = output.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "id,line,decision,categories,clauses,evidence,retain_until,actions,notice"
    assert rows[1].startswith(
        "7,2,remove,personal_information,V.2.10,ssn “356-21-4476” at 10-21,2027-12-31,"
    )
    assert rows[2] == "8,3,allow,,,,,,"


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


# --- msp evaluate: rows never lost or altered ---------------------------------------------------


def test_evaluate_refuses_to_write_over_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``-o`` naming the input (directly, through a symbolic link or a hard link) is exit 2,
    and the input is left exactly as it was."""
    source = tmp_path / "c.jsonl"
    source.write_text(COMMENTS.read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(source)
    (tmp_path / "hard.jsonl").hardlink_to(source)
    for target in ("c.jsonl", "link.jsonl", "hard.jsonl", "./sub/../c.jsonl"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        for option in ("-o", "--errors"):
            status, out, err = run(capsys, "evaluate", str(source), option, str(tmp_path / target))
            assert status == 2, (option, target)
            assert "is the input file" in err
            assert out == ""
    assert source.read_bytes() == before


def test_evaluate_refuses_standard_input_redirected_from_the_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``msp evaluate - -o c.jsonl < c.jsonl`` is refused too, before the file is emptied."""
    source = tmp_path / "c.jsonl"
    source.write_text('{"text": "hello"}\n', encoding="utf-8")
    with source.open("rb") as stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
        status, _, err = run(capsys, "evaluate", "-", "-o", str(source))
    assert status == 2
    assert "is the input file" in err
    assert source.read_text(encoding="utf-8") == '{"text": "hello"}\n'


def test_evaluate_refuses_one_file_for_verdicts_and_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``-o`` and ``--errors`` naming the same file (also through a link) is exit 2, and
    nothing is written."""
    target = tmp_path / "out.jsonl"
    (tmp_path / "alias.jsonl").symlink_to(target)
    status, _, err = run(
        capsys,
        "evaluate",
        str(COMMENTS),
        "-o",
        str(target),
        "--errors",
        str(tmp_path / "alias.jsonl"),
    )
    assert status == 2
    assert "also where the verdicts go" in err
    assert not target.exists()
    status, _, err = run(capsys, "evaluate", str(COMMENTS), "--errors", "-")
    assert status == 2


def test_evaluate_never_prints_a_traceback_for_a_row(tmp_path: Path) -> None:
    """A 5,000-digit integer and 100,000 levels of nesting, with two worker processes: each is a
    reported row (with its line), every good row is written, and no traceback is printed."""
    source = tmp_path / "hostile.jsonl"
    source.write_text(
        '{"id": "1", "text": "fine"}\n'
        '{"id": "2", "text": "x", "n": ' + "7" * 5000 + "}\n"
        '{"id": "3", "text": "x", "n": '
        + "[" * 100_000
        + "]" * 100_000
        + "}\n"
        + "".join(f'{{"id": "{n}", "text": "fine"}}\n' for n in range(4, 9)),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "municipal_social_policy", "evaluate", str(source), "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 3
    assert "line 2: not valid JSON" in result.stderr
    assert "line 3: not valid JSON: nested too deeply to read" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "1",
        "4",
        "5",
        "6",
        "7",
        "8",
    ]


def _descendants(pid: int) -> set[int]:
    """The live processes below ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat_file.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_evaluate_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    """``kill -9`` of ``msp evaluate --jobs 2`` leaves no worker behind: each notices its
    parent is gone and exits."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "municipal_social_policy",
            "evaluate",
            "-",
            "--jobs",
            "2",
            "--input-format",
            "jsonl",
            "-o",
            str(tmp_path / "out.jsonl"),
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None
    try:
        # More than a chunk, so that the pool starts; stdin stays open, so the parent waits.
        process.stdin.write(b'{"text": "hello"}\n' * 600)
        process.stdin.flush()
        workers: set[int] = set()
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _descendants(process.pid)
        assert len(workers) >= 2
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 60
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in workers if _alive(pid)]
    finally:
        process.stdin.close()
        process.kill()
        process.wait()


# --- msp evaluate: exports from real platforms --------------------------------------------------


def test_evaluate_a_named_column_missing_from_a_csv_header_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--posted-at-column created_at`` on an export whose column is ``created_time`` stops
    with exit 2 and the columns there are, instead of blank retention dates."""
    source = tmp_path / "export.csv"
    source.write_text("id,text,created_time\n1,hello,2024-01-01T10:00\n", encoding="utf-8")
    status, out, err = run(capsys, "evaluate", str(source), "--posted-at-column", "created_at")
    assert status == 2
    assert out == ""
    assert "created_at" in err
    assert "columns: id, text, created_time" in err
    status, _, err = run(capsys, "evaluate", str(source), "--id-column", "comment_id")
    assert status == 2
    assert "the id column 'comment_id'" in err


def test_evaluate_jsonl_rows_lacking_a_named_column_are_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """For JSONL, a named column that rows lack is a warning with the count of such rows."""
    source = tmp_path / "export.jsonl"
    source.write_text(
        '{"text": "a", "created_time": "2024-01-01"}\n{"text": "b", "created_at": "2024-01-01"}\n',
        encoding="utf-8",
    )
    status, _, err = run(capsys, "evaluate", str(source), "--posted-at-column", "created_at")
    assert status == 0
    assert "msp evaluate: warning: 1 of 2 rows have no value in column 'created_at'" in err


def test_evaluate_reads_a_windows_1252_csv_with_its_encoding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A CSV saved by Excel on Windows (Windows-1252, curly quotes and accents) loses no row with
    ``--encoding cp1252``; without it, the rows it cannot read are reported, naming the option."""
    source = tmp_path / "excel.csv"
    rows = [f"{n},Caf\xe9 \u201cgreat\u201d job \u2013 n\xb0{n}" for n in range(300)]
    source.write_bytes(("id,text\n" + "\n".join(rows) + "\n").encode("cp1252"))
    output = tmp_path / "out.jsonl"
    status, _, err = run(capsys, "evaluate", str(source), "--encoding", "cp1252", "-o", str(output))
    assert status == 0
    assert "300 rows read, 300 evaluated, 0 failed" in err
    assert output.read_text(encoding="utf-8").count('"decision":"allow"') == 300
    status, _, err = run(capsys, "evaluate", str(source), "-o", str(output))
    assert status == 3
    assert "--encoding" in err
    status, _, err = run(capsys, "evaluate", str(source), "--encoding", "utf-16")
    assert status == 2
    assert "cannot be read as utf-16" in err


def test_evaluate_detects_csv_on_standard_input_and_its_delimiter(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input starting with a CSV header is read as CSV, with its semicolons."""
    data = "id;text\n1;My SSN is 356-21-4476\n2;hello, all\n"
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data.encode())))
    )
    status, out, _ = run(capsys, "evaluate", "-", "-q")
    assert status == 0
    assert [json.loads(line)["verdict"]["decision"] for line in out.splitlines()] == [
        "remove",
        "allow",
    ]


def test_evaluate_a_facebook_graph_export_with_the_preset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--preset facebook`` reads Graph API rows (``message``, ``from.name``, ``created_time``),
    refers to Facebook under § VI.6, and ``--keep`` carries columns into the CSV, escaped."""
    source = tmp_path / "graph.jsonl"
    source.write_text(
        json.dumps(
            {
                "id": "10_1",
                "message": "My SSN is 356-21-4476",
                "from": {"name": '=HYPERLINK("http://x")', "id": "77"},
                "created_time": "2024-01-17T13:05:00+0000",
                "permalink_url": "https://facebook.com/10_1",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.csv"
    status, _, _ = run(
        capsys,
        "evaluate",
        str(source),
        "--preset",
        "facebook",
        "-o",
        str(output),
        "--keep",
        "permalink_url,from.name",
    )
    assert status == 0
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, row = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    fields = dict(zip(header, row, strict=True))
    assert fields["retain_until"] == "2027-12-31"
    assert fields["actions"].endswith("refer_to_platform VI.6")
    assert "City of Kankakee Facebook page" in fields["notice"]
    assert fields["permalink_url"] == "https://facebook.com/10_1"
    assert fields["from.name"] == '\'=HYPERLINK("http://x")'
    assert ',"\'=HYPERLINK(""http://x"")"' in raw.decode("utf-8-sig")


def test_evaluate_a_fixed_platform_for_the_whole_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--platform x`` makes every row an X post: the referral cites § VI.5.1."""
    source = tmp_path / "x.jsonl"
    source.write_text('{"text": "My SSN is 356-21-4476", "platform": "ring"}\n', encoding="utf-8")
    status, out, _ = run(capsys, "evaluate", str(source), "--platform", "x", "--compact", "-q")
    assert status == 0
    row = json.loads(out.splitlines()[1])
    assert {"type": "ReferToPlatform", "clause": "VI.5.1"}.items() <= row["actions"][-1].items()


@pytest.mark.parametrize("command", ["check", "evaluate"])
def test_an_unknown_platform_is_exit_2_listing_the_known_ones(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``--platform myspace`` is a usage error that lists the platforms there are."""
    target = "hello" if command == "check" else str(COMMENTS)
    status, out, err = run(capsys, command, "--platform", "myspace", target)
    assert status == 2
    assert out == ""
    assert "got 'myspace'" in err
    for name in ("twitter", "x", "instagram", "linkedin", "ring", "facebook", "nextdoor"):
        assert name in err


def test_evaluate_compact_writes_the_ordinance_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--compact``: the ordinance on the first line only; rows cite clause ids and are far
    smaller than full verdicts."""
    compact = tmp_path / "compact.jsonl"
    full = tmp_path / "full.jsonl"
    assert run(capsys, "evaluate", str(COMMENTS), "--compact", "-o", str(compact))[0] == 0
    assert run(capsys, "evaluate", str(COMMENTS), "-o", str(full))[0] == 0
    lines = [json.loads(line) for line in compact.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["ordinance"]["digest"] == msp.load("kankakee").digest
    assert [row["line"] for row in lines[1:]] == list(range(1, 11))
    assert lines[3]["findings"][0]["clause"] == "V.2.10"
    assert compact.stat().st_size * 4 < full.stat().st_size


def test_evaluate_counts_empty_comments_as_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Photo and sticker replies (no text) are skipped and counted as such, and the run is 0."""
    source = tmp_path / "replies.csv"
    source.write_text("id,text\n1,\n2,Thanks!\n3,\n", encoding="utf-8")
    status, out, err = run(capsys, "evaluate", str(source))
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["2"]
    assert "3 rows read, 1 evaluated, 0 failed, 2 skipped (no text)" in err


# --- the command line itself --------------------------------------------------------------------


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``msp --version`` prints the package's version and exits 0."""
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"msp {version('municipal_social_policy')}\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Thanks for fixing the road", 0),
        ("Call me at 815-555-0143", 1),
        ("My SSN is 356-21-4476", 2),
    ],
)
def test_check_exit_code_is_the_decision(
    capsys: pytest.CaptureFixture[str], text: str, status: int
) -> None:
    """``msp check --exit-code``: 0 allow, 1 review, 2 remove; without it, 0."""
    assert run(capsys, "check", "--exit-code", text)[0] == status
    assert run(capsys, "check", text)[0] == 0


def test_every_command_and_option_has_help() -> None:
    """Each subcommand and each of its options and arguments carries a help text."""
    from municipal_social_policy.cli import _parser

    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helped = {choice.dest for choice in commands._choices_actions if choice.help}
    assert helped == set(commands.choices)
    for name, command in [("msp", parser), *commands.choices.items()]:
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"


def test_evaluate_reads_excel_unicode_text_by_its_byte_order_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Excel's "Unicode Text" (UTF-16 with a byte-order mark, tab-separated) is read without
    options beyond the format, every row judged."""
    source = tmp_path / "export.txt"
    source.write_bytes("id\ttext\n1\tMy SSN is 356-21-4476\n2\tMerci, très bien\n".encode("utf-16"))
    status, out, err = run(capsys, "evaluate", str(source), "--input-format", "csv")
    assert status == 0
    assert [json.loads(line)["verdict"]["decision"] for line in out.splitlines()] == [
        "remove",
        "allow",
    ]
    assert "2 rows read, 2 evaluated, 0 failed" in err
