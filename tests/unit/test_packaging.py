"""What the package promises about itself: the files it ships and the versions it declares."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

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


def pyproject() -> dict[str, Any]:
    """The parsed ``pyproject.toml``."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def floors() -> dict[str, str]:
    """Each runtime dependency, and the Hypothesis extra, with the floor it declares."""
    project = pyproject()["project"]
    requirements = [*project["dependencies"], *project["optional-dependencies"]["hypothesis"]]
    found = {}
    for requirement in requirements:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([0-9.]+)", requirement)
        assert match, f"{requirement!r}: declare a floor (name>=version) and nothing else"
        found[match[1].lower()] = match[2]
    return found


def pins() -> dict[str, str]:
    """The versions the lowest-versions CI job installs, from ``.ci/lowest.txt``."""
    lines = (ROOT / ".ci" / "lowest.txt").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("==") for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip().lower(): version.strip() for name, version in pairs}


def release(version: str) -> tuple[int, ...]:
    """``"25.4"`` as ``(25, 4, 0)``: versions compared with their missing parts as zeros."""
    parts = tuple(int(part) for part in version.split("."))
    return parts + (0,) * (3 - len(parts))


def test_the_lowest_versions_job_installs_exactly_the_declared_floors() -> None:
    """``.ci/lowest.txt`` pins every runtime dependency at the floor ``pyproject.toml`` declares,
    so the CI job that installs it proves the floors users get."""
    declared, pinned = floors(), pins()
    assert set(declared) == {"attrs", "cattrs", "regex", "hypothesis"}
    assert pinned.keys() == declared.keys()
    for name, floor in declared.items():
        assert release(pinned[name]) == release(floor), (name, floor, pinned[name])


def test_cattrs_floor_is_above_the_releases_that_fail() -> None:
    """cattrs 24.1-25.1 does not import with this package and 25.2-25.3 fail its tests."""
    assert release(floors()["cattrs"]) >= (26, 1, 0)


def test_the_build_backend_writes_the_license_metadata() -> None:
    """``license-files`` needs hatchling 1.26, and the PEP 639 ``License-Expression`` and
    ``License-File`` fields hatchling 1.27; an older floor would build wrong metadata or fail."""
    requires = pyproject()["build-system"]["requires"]
    assert requires == ["hatchling>=1.27"]
    assert pyproject()["project"]["license-files"]


def test_every_python_version_classified_is_tested() -> None:
    """Each ``Python :: 3.X`` classifier is the version CI runs first (``requires-python``'s
    floor) or one the CI script runs the tests on."""
    project = pyproject()["project"]
    claimed = {
        c.rpartition(" :: ")[2]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tested = {project["requires-python"].removeprefix(">=")}
    tested |= set(re.findall(r'step "tests on Python (3\.\d+)"', script))
    assert claimed == tested


def test_the_project_links_to_its_source_issues_and_changelog() -> None:
    """The package index shows where the code, the issue tracker and the changelog are."""
    urls = pyproject()["project"]["urls"]
    assert {"Documentation", "Source", "Issues", "Changelog"} <= urls.keys()
    assert all(url.startswith("https://") for url in urls.values())
