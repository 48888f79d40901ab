"""``msp evaluate --ledger`` and ``msp records``, on SQLite and a real PostgreSQL server.

The durability tests run the real command in a subprocess and kill it with SIGKILL while it
works: the ledger must still verify and hold every flagged verdict the output already shows.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import municipal_social_policy as msp
from municipal_social_policy import retention
from municipal_social_policy._cli_records import EXIT_BROKEN
from municipal_social_policy.cli import main

if TYPE_CHECKING:
    from conftest import RawSQL

ACTIONS = ("list", "show", "decide", "hold", "release", "dispose", "verify", "export")
TEXTS = (
    "My SSN is 356-21-4476, call me about my water bill",
    "'; DROP TABLE comments; --",
    "Thanks to the crews who fixed the potholes on Court Street",
    "You can reach me at 815-555-0143 about the meeting",
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write_comments(path: Path, rows: int, *, prefix: str = "r") -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(rows):
            row = {
                "id": f"{prefix}{number}",
                "text": TEXTS[number % len(TEXTS)],
                "author_id": f"fb:{number % 7}",
                "platform": "facebook",
                "posted_at": "2024-05-10T09:30:00",
                "permalink": f"https://facebook.com/city/posts/1?comment={number}",
            }
            out.write(json.dumps(row) + "\n")
    return path


def flagged_ids(output: Path) -> list[str]:
    """The ids of the non-allow verdicts in a JSONL output, complete lines only."""
    ids = []
    for line in output.read_text(encoding="utf-8").split("\n")[:-1]:
        data = json.loads(line)
        if data["verdict"]["decision"] != "allow":
            ids.append(data["id"])
    return ids


def msp_command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "municipal_social_policy", *argv]


# --- help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ACTIONS)
def test_every_records_command_has_help_with_an_example(
    capsys: pytest.CaptureFixture[str], action: str
) -> None:
    """``msp records ACTION --help`` shows an example command line for that action."""
    with pytest.raises(SystemExit) as exit_:
        main(["records", action, "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert f"example:\n  msp records {action} " in out
    assert "--ledger URL" in out


def test_records_help_lists_every_action_and_the_exit_statuses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``msp records --help`` names each action and what exit status 4 means."""
    with pytest.raises(SystemExit):
        main(["records", "--help"])
    out = capsys.readouterr().out
    assert all(action in out for action in ACTIONS)
    assert "4 verify found the ledger altered" in out


def test_evaluate_help_names_the_ledger_option(capsys: pytest.CaptureFixture[str]) -> None:
    """``msp evaluate --help`` offers ``--ledger URL``."""
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    assert "--ledger URL" in capsys.readouterr().out


def test_records_without_a_ledger_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --ledger or $MSP_LEDGER, ``msp records`` exits 2 and says how to name one."""
    monkeypatch.delenv("MSP_LEDGER", raising=False)
    status, _, err = run(capsys, "records", "list")
    assert status == 2
    assert "--ledger URL" in err


# --- a whole cycle ---------------------------------------------------------------------------


def test_evaluate_into_a_ledger_then_work_on_it_with_records(
    capsys: pytest.CaptureFixture[str], ledger_url: str, tmp_path: Path
) -> None:
    """evaluate --ledger keeps every flagged row; list, show, decide, hold, release, dispose,
    verify and export then work on that ledger."""
    source = write_comments(tmp_path / "comments.jsonl", 12)
    output = tmp_path / "verdicts.jsonl"
    status, _, _ = run(
        capsys, "evaluate", str(source), "-o", str(output), "-q", "--ledger", ledger_url
    )
    assert status == 0
    flagged = flagged_ids(output)
    assert len(flagged) == 9
    ledger_arg = ("--ledger", ledger_url)
    status, out, _ = run(capsys, "records", "list", "--json", *ledger_arg)
    listed = [json.loads(line) for line in out.splitlines()]
    assert [item["comment_id"] for item in listed] == flagged
    assert listed[0]["permalink"] == "https://facebook.com/city/posts/1?comment=0"
    status, out, _ = run(capsys, "records", "list", "--clause", "V.2.14", *ledger_arg)
    assert status == 0
    assert len(out.splitlines()) == 1 + 3  # the header and r1, r5, r9
    status, out, _ = run(capsys, "records", "show", "--comment", "r0", *ledger_arg)
    assert "356-21-4476" in out
    assert "Kankakee Ord. 2019-70 § V.2.10" in out
    status, out, _ = run(
        capsys, "records", "decide", "1", "removed", "--reviewer", "J. Doe", *ledger_arg
    )
    assert status == 0
    assert "record 1 removed by J. Doe" in out
    status, out, _ = run(
        capsys, "records", "hold", "--author", "fb:0", "--reason", "Smith v. City", *ledger_arg
    )
    assert status == 0
    hold = int(out.split()[1].rstrip(":"))
    status, out, _ = run(capsys, "records", "hold", "--list", *ledger_arg)
    assert "Smith v. City" in out
    status, out, _ = run(capsys, "records", "release", str(hold), *ledger_arg)
    assert status == 0
    status, out, _ = run(capsys, "records", "dispose", "--as-of", "2026-01-01", *ledger_arg)
    assert status == 0
    assert out.startswith("0 records disposed of")  # kept until 2027-12-31
    production = tmp_path / "production"
    status, out, _ = run(
        capsys, "records", "export", str(production), "--decision", "remove", *ledger_arg
    )
    assert status == 0
    manifest = json.loads((production / "manifest.json").read_text())
    assert manifest["count"] == 6
    status, out, _ = run(
        capsys,
        "records",
        "verify",
        "--anchor",
        str(production / "manifest.json"),
        *ledger_arg,
    )
    assert status == 0
    assert out.startswith("ok: ")


def test_verify_exits_4_and_names_the_entry_when_a_row_was_edited(
    capsys: pytest.CaptureFixture[str],
    ledger_url: str,
    raw_sql: RawSQL,
    evaluator: msp.Evaluator,
) -> None:
    """A ledger edited behind its back fails ``msp records verify`` with exit status 4."""
    comments = [msp.Comment(text=TEXTS[0], id=f"c{n}") for n in range(3)]
    with retention.open(ledger_url) as ledger:
        ledger.record_many((c, evaluator.evaluate(c)) for c in comments)
    raw_sql("DELETE FROM msp_ledger_entries WHERE sequence = 2")
    status, out, _ = run(capsys, "records", "verify", "--ledger", ledger_url)
    assert status == EXIT_BROKEN
    assert "first broken entry: 2" in out


def test_records_on_a_missing_sqlite_file_fails_without_creating_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A typo in the path is reported (exit 1); no empty ledger appears."""
    path = tmp_path / "typo.db"
    status, _, err = run(capsys, "records", "verify", "--ledger", f"sqlite:///{path}")
    assert status == 1
    assert "no ledger at" in err
    assert not path.exists()


# --- durability ------------------------------------------------------------------------------


@pytest.mark.parametrize("lines", [0, 1, 40, 150])
def test_kill_9_leaves_a_ledger_that_verifies_and_holds_every_reported_verdict(
    ledger_url: str, tmp_path: Path, lines: int
) -> None:
    """SIGKILL of ``msp evaluate --ledger`` at several moments (before any output, after the
    first verdict, and later) leaves a verifying ledger holding every flagged verdict written."""
    source = write_comments(tmp_path / "comments.jsonl", 3000)
    output = tmp_path / "verdicts.jsonl"
    process = subprocess.Popen(
        msp_command("evaluate", str(source), "-o", str(output), "-q", "--ledger", ledger_url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        written = output.read_bytes().count(b"\n") if output.exists() else 0
        if written >= lines and (lines or output.exists()):
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    process.stderr.close() if process.stderr else None
    reported = flagged_ids(output)
    assert len(reported) >= lines * 3 // 4 - 1
    with retention.open(ledger_url) as ledger:
        assert ledger.verify().ok, ledger.verify().render()
        kept = {record.comment_id for record in ledger.records()}
    assert set(reported) <= kept


def test_jobs_2_appends_every_flagged_row_safely(ledger_url: str, tmp_path: Path) -> None:
    """With two worker processes the ledger holds exactly the flagged rows, and verifies."""
    source = write_comments(tmp_path / "comments.jsonl", 800)
    output = tmp_path / "verdicts.jsonl"
    result = subprocess.run(
        msp_command(
            "evaluate", str(source), "-o", str(output), "-q", "--jobs", "2", "--ledger", ledger_url
        ),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with retention.open(ledger_url) as ledger:
        assert ledger.verify().ok
        kept = [record.comment_id for record in ledger.records()]
    assert sorted(kept) == sorted(flagged_ids(output))
    assert len(kept) == 600


def test_two_processes_append_to_one_ledger_at_once(ledger_url: str, tmp_path: Path) -> None:
    """Two ``msp evaluate --ledger`` runs on the same ledger at the same time interleave
    their entries into one chain that verifies, losing none."""
    with retention.open(ledger_url):
        pass  # created once, so that both runs start appending at once
    runs = []
    for name in ("a", "b"):
        source = write_comments(tmp_path / f"{name}.jsonl", 200, prefix=name)
        runs.append(
            subprocess.Popen(
                msp_command(
                    "evaluate", str(source), "-o", os.devnull, "-q", "--ledger", ledger_url
                ),
                stderr=subprocess.PIPE,
            )
        )
    for process in runs:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    with retention.open(ledger_url) as ledger:
        assert ledger.verify().ok
        kept = [record.comment_id for record in ledger.records()]
    assert len(kept) == len(set(kept)) == 300
    assert {k[0] for k in kept} == {"a", "b"}
