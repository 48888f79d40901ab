"""Tests for ``msp site check``: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from municipal_social_policy.cli import main

PROFILE = Path(__file__).parents[2] / "examples" / "kankakee" / "site-profile.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``msp *argv``: the exit status, standard output and standard error."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_gaps_exit_1_and_cite_clauses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A bare page: exit 1, every gap printed with its clause and the wording to add."""
    profile = tmp_path / "page.toml"
    profile.write_text('url = "https://fb.test/city"\nplatform = "facebook"\n', encoding="utf-8")
    status, out, _ = run(capsys, "site", "check", str(profile))
    assert status == 1
    assert out.startswith("https://fb.test/city (facebook): 16 gap(s) under Kankakee Ord. 2019-70.")
    assert "Kankakee Ord. 2019-70 § IV.1.2.6: missing opinions_not_city" in out
    assert "  Add: “A comment posted by a member of the public" in out
    assert "  Add: the text of `msp notice privacy`" in out


def test_complete_page_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """A page meeting every requirement: exit 0 and one line saying so."""
    status, out, _ = run(capsys, "site", "check", str(PROFILE))
    assert status == 0
    assert out.endswith("meets every requirement of Kankakee Ord. 2019-70.\n")


def test_json_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--json`` gives one object per gap, with the clause text and the wording to add."""
    profile = tmp_path / "page.json"
    profile.write_text(json.dumps({"url": "u", "platform": "x"}), encoding="utf-8")
    status, out, _ = run(capsys, "site", "check", "--json", str(profile))
    gaps = json.loads(out)
    assert status == 1
    assert gaps[-1]["clause"] == "IV.1.2.6.2"
    assert gaps[-1]["text"][0]["clause"] == "VIII.9.1"


def test_bad_profile_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing or invalid profile is a usage error naming the problem."""
    status, _, err = run(capsys, "site", "check", str(tmp_path / "none.toml"))
    assert status == 2
    assert "cannot read" in err
    bad = tmp_path / "bad.toml"
    bad.write_text('platform = "x"\n', encoding="utf-8")
    status, _, err = run(capsys, "site", "check", str(bad))
    assert (status, err) == (
        2,
        f"msp site check: {bad}: invalid site profile\n  url: required, but missing\n",
    )
