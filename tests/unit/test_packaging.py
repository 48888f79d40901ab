"""What the package promises about itself: the files it ships and the versions it declares."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import municipal_social_policy as msp

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "src" / "municipal_social_policy"


def bundled_names() -> list[str]:
    """The names of the ordinance files in the package's ``ordinances/`` folder."""
    return sorted(path.stem for path in (PACKAGE / "ordinances").glob("*.toml"))


def test_kankakee_is_bundled() -> None:
    """The bundled folder holds Kankakee, so the tests below check at least one file."""
    assert "kankakee" in bundled_names()


@pytest.mark.parametrize("name", bundled_names())
def test_bundled_ordinance_is_a_real_file(name: str) -> None:
    """The packaged ordinance is a regular file: a symlink ships as a bare path where symlinks
    are not checked out (Windows), and the wheel would carry that path instead of the ordinance."""
    path = PACKAGE / "ordinances" / f"{name}.toml"
    assert not path.is_symlink(), f"{path} is a symlink; copy the real file instead"
    assert path.is_file()
    assert msp.load(name) == msp.load(path)


@pytest.mark.parametrize("name", bundled_names())
def test_example_copy_is_byte_identical_to_the_bundled_file(name: str) -> None:
    """``examples/<name>/ordinance.toml`` is the same bytes as the bundled file; the package's
    copy is the original, so after an edit there, copy it over the example."""
    bundled = (PACKAGE / "ordinances" / f"{name}.toml").read_bytes()
    example = ROOT / "examples" / name / "ordinance.toml"
    assert example.read_bytes() == bundled, (
        f"{example} differs from the bundled ordinance; run"
        f" cp src/municipal_social_policy/ordinances/{name}.toml examples/{name}/ordinance.toml"
    )


def test_the_installed_resource_is_the_ordinance_not_a_path() -> None:
    """What :mod:`importlib.resources` serves is TOML text, not the 41-byte target of a link."""
    text = (resources.files("municipal_social_policy") / "ordinances" / "kankakee.toml").read_text(
        encoding="utf-8"
    )
    assert len(text) > 10_000
    assert "[[clauses]]" in text
