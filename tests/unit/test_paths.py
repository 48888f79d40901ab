"""Unit tests for ``municipal_social_policy._paths``: one file under several names."""

from __future__ import annotations

import io
from pathlib import Path

from municipal_social_policy._paths import overwrite_problem, same_file


def test_same_file_follows_symbolic_and_hard_links(tmp_path: Path) -> None:
    """A file is the same as itself by another spelling, a symbolic link or a hard link; a file
    that does not exist yet is the same only under the same real path."""
    original = tmp_path / "a.jsonl"
    original.write_text("x", encoding="utf-8")
    (tmp_path / "soft").symlink_to(original)
    (tmp_path / "hard").hardlink_to(original)
    for alias in ("a.jsonl", "soft", "hard", "./x/../a.jsonl"):
        assert same_file(str(tmp_path / alias), str(original)), alias
    assert not same_file(str(tmp_path / "b.jsonl"), str(original))
    assert same_file(str(tmp_path / "new"), str(tmp_path / "." / "new"))
    assert same_file("-", "-")
    assert not same_file("-", str(original))


def test_overwrite_problem_names_the_option_and_the_danger(tmp_path: Path) -> None:
    """Each way to destroy data is named; safe combinations give ``None``."""
    source = str(tmp_path / "in.jsonl")
    Path(source).write_text("x", encoding="utf-8")
    stdin = io.StringIO()
    assert overwrite_problem(source, str(tmp_path / "out"), str(tmp_path / "err"), stdin) is None
    assert overwrite_problem(source, None, None, stdin) is None
    problem = overwrite_problem(source, source, None, stdin)
    assert problem is not None
    assert problem.startswith(f"--output {source!r} is the input file")
    problem = overwrite_problem(source, None, source, stdin)
    assert problem is not None
    assert problem.startswith("--errors")
    assert overwrite_problem(source, "out", "out", stdin) == (
        "--errors 'out' is also where the verdicts go; name another file"
    )
    assert overwrite_problem(source, None, "-", stdin) is not None
    with open(source, "rb") as redirected:
        assert overwrite_problem("-", source, None, redirected) is not None
