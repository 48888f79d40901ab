"""``msp validate`` and ``msp schema``: every message names the file; nearest names suggested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from municipal_social_policy._validate import validate
from municipal_social_policy.cli import main
from municipal_social_policy.schema import schema_text

MARSEILLES = Path(__file__).parents[2] / "examples" / "marseilles" / "ordinance.toml"


def broken(tmp_path: Path, old: str, new: str) -> str:
    """A copy of the Marseilles file with the first ``old`` replaced by ``new``; its path."""
    text = MARSEILLES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "city.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(path)


def test_a_toml_syntax_error_gives_file_line_and_column(tmp_path: Path) -> None:
    """A TOML error is reported as file:line:column, the way editors and compilers do."""
    path = tmp_path / "city.toml"
    path.write_text('name = "x"\nversion =\n', encoding="utf-8")
    valid, lines = validate(str(path))
    assert not valid
    assert lines == (f"{path}:2:10: not valid TOML: Invalid value",)


def test_a_misspelt_detector_id_suggests_the_nearest(tmp_path: Path) -> None:
    """An unknown detector id names the category and suggests the closest built-in id."""
    path = broken(tmp_path, 'id = "threat"', 'id = "thraet"')
    valid, lines = validate(path)
    assert not valid
    assert lines == (
        f"{path}: comment_policy.categories[1].detectors[0].id: no detector 'thraet';"
        " did you mean 'threat'?",
    )


def test_a_misspelt_key_suggests_the_field(tmp_path: Path) -> None:
    """An unknown key names the file, the table and the nearest field."""
    path = broken(tmp_path, "[retention_schedule]\nclause", "[retention_schedule]\nclaus")
    valid, lines = validate(path)
    assert not valid
    assert f"{path}: retention_schedule.clause: required, but missing" in lines
    (unknown,) = [line for line in lines if "unknown key" in line]
    assert unknown.startswith(f"{path}: retention_schedule: unknown key(s) claus")
    assert "did you mean 'clause' for 'claus'?" in unknown


def test_every_problem_line_names_the_file(tmp_path: Path) -> None:
    """Several problems: each line starts with the file."""
    path = broken(tmp_path, 'ceiling = "review"', 'ceiling = "delete"')
    path = broken(
        Path(path).parent, 'schedule = "the records', 'years = 0\nschedule = "the records'
    )
    _, lines = validate(path)
    assert lines
    assert all(line.startswith(f"{path}: ") for line in lines)


def test_the_cli_prints_valid_on_stdout_and_problems_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Exit 0 with a summary for a good file, 1 with the problems on stderr for a bad one."""
    assert main(["validate", "montgomery-county-oh"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("montgomery-county-oh: valid. 'Citizen Code of Conduct for Social Media'")
    path = broken(tmp_path, 'id = "threat"', 'id = "thraet"')
    assert main(["validate", path]) == 1
    assert f"{path}: comment_policy" in capsys.readouterr().err


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """``msp schema`` prints the JSON Schema, which parses and names its draft."""
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert out == schema_text()
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
