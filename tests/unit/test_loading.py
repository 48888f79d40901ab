"""Unit tests for ``msp.load``, ``msp.dump`` and ``msp.available``: names, paths, entry points."""

from __future__ import annotations

import os
import shutil
import sys
import types
from collections.abc import Callable
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, cast

import pytest

import municipal_social_policy as msp
from municipal_social_policy.loading import ENTRY_POINT_GROUP

KANKAKEE_TOML = Path(__file__).parents[2] / "examples" / "kankakee" / "ordinance.toml"
PLUGIN_MODULE = "msp_test_city_plugin"


@cache
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance, loaded once (it is immutable)."""
    return msp.load("kankakee")


def register(monkeypatch: pytest.MonkeyPatch, name: str, target: object) -> None:
    """Register ``target`` under ``name`` in the ordinance entry-point group, for this test only.

    ``target`` lives in a throw-away module so that ``EntryPoint.load()`` really imports it.
    """
    module = types.ModuleType(PLUGIN_MODULE)
    module.target = target  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, PLUGIN_MODULE, module)
    entry_point = metadata.EntryPoint(
        name=name, value=f"{PLUGIN_MODULE}:target", group=ENTRY_POINT_GROUP
    )
    real = metadata.entry_points

    def entry_points(**params: Any) -> metadata.EntryPoints:
        if params.get("group") != ENTRY_POINT_GROUP:
            return cast(metadata.EntryPoints, real(**params))
        return metadata.EntryPoints([entry_point]).select(**params)

    monkeypatch.setattr(metadata, "entry_points", entry_points)


# --- bundled and by path ------------------------------------------------------------------------


def test_load_bundled_kankakee() -> None:
    """``load("kankakee")`` gives Ordinance 2019-70 of the City of Kankakee."""
    ordinance = msp.load("kankakee")
    assert isinstance(ordinance, msp.Ordinance)
    assert ordinance.number == "2019-70"
    assert ordinance.jurisdiction.name == "City of Kankakee"
    assert ordinance.amends == "2018-36"


def test_bundled_ordinance_is_the_example_file() -> None:
    """The bundled ordinance is the documented example file, value for value."""
    assert msp.load(str(KANKAKEE_TOML)) == kankakee()


def test_available_includes_kankakee() -> None:
    """``available()`` lists the bundled names."""
    assert "kankakee" in msp.available()


@pytest.mark.parametrize("as_path", [str, Path])
def test_load_by_path(tmp_path: Path, as_path: Callable[[str], str | Path]) -> None:
    """A copy of the file elsewhere loads by str or Path, and equals the bundled ordinance."""
    copy = tmp_path / "city.toml"
    shutil.copyfile(KANKAKEE_TOML, copy)
    assert msp.load(as_path(str(copy))) == kankakee()


def test_load_by_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare file name ending in .toml is a path, not an ordinance name."""
    shutil.copyfile(KANKAKEE_TOML, tmp_path / "springfield.toml")
    monkeypatch.chdir(tmp_path)
    assert msp.load("springfield.toml") == kankakee()


@pytest.mark.parametrize("suffix", [".toml", ".json", ".JSON"])
def test_dump_then_load_round_trips(tmp_path: Path, suffix: str) -> None:
    """``dump`` writes TOML or (by the .json suffix) JSON that ``load`` reads back equal."""
    target = tmp_path / f"city{suffix}"
    written = msp.dump(kankakee(), target)
    assert written == target
    assert target.is_file()
    assert msp.load(target) == kankakee()
    assert msp.load(target).digest == kankakee().digest


@pytest.mark.parametrize(("suffix", "first"), [(".json", "{"), (".toml", "name = ")])
def test_dump_picks_the_format_from_the_suffix(tmp_path: Path, suffix: str, first: str) -> None:
    """A .json target gets JSON, anything else TOML."""
    target = msp.dump(kankakee(), tmp_path / f"city{suffix}")
    assert target.read_text(encoding="utf-8").startswith(first)


def test_dump_leaves_no_partial_file_behind(tmp_path: Path) -> None:
    """After a successful dump the directory holds the target and nothing else."""
    msp.dump(kankakee(), tmp_path / "city.toml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["city.toml"]


def test_dump_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    """Dumping over an existing file replaces it entirely."""
    target = tmp_path / "city.toml"
    target.write_text("garbage " * 100_000, encoding="utf-8")
    msp.dump(kankakee(), target)
    assert msp.load(target) == kankakee()


def test_failed_dump_leaves_no_partial_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the file cannot be put in place, dump raises and leaves nothing half-done behind."""
    target = tmp_path / "city.toml"
    target.write_text("old", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        msp.dump(kankakee(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["city.toml"]
    assert target.read_text(encoding="utf-8") == "old"


def test_dump_into_a_missing_directory_fails_cleanly(tmp_path: Path) -> None:
    """Dumping into a directory that does not exist raises OSError and creates nothing."""
    with pytest.raises(FileNotFoundError):
        msp.dump(kankakee(), tmp_path / "missing" / "city.toml")
    assert list(tmp_path.iterdir()) == []


# --- not found and bad files --------------------------------------------------------------------


def test_unknown_name_is_not_found_and_lists_available_names() -> None:
    """An unknown name raises OrdinanceNotFoundError (a LookupError) listing the names there are."""
    assert issubclass(msp.OrdinanceNotFoundError, LookupError)
    with pytest.raises(msp.OrdinanceNotFoundError) as caught:
        msp.load("springfield")
    message = str(caught.value)
    assert "'springfield'" in message
    assert "kankakee" in message
    assert ".toml" in message  # says how to load one's own file


@pytest.mark.parametrize("name", ["missing.toml", "missing.json", "sub/missing"])
def test_missing_file_is_not_found_and_names_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A path to no file raises OrdinanceNotFoundError naming the path."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(msp.OrdinanceNotFoundError) as caught:
        msp.load(name)
    assert name in str(caught.value)


def test_bad_file_errors_name_the_file(tmp_path: Path) -> None:
    """Every problem of a bad file is reported, and the summary names the file."""
    bad = tmp_path / "city.toml"
    text = KANKAKEE_TOML.read_text(encoding="utf-8")
    bad.write_text(text.replace('number = "2019-70"', "number = 2019", 1), encoding="utf-8")
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load(bad)
    assert str(bad) in caught.value.summary
    assert caught.value.problems == ("number: expected a string, got 2019",)


def test_file_that_is_not_toml_names_the_file(tmp_path: Path) -> None:
    """A file with a TOML syntax error is a ValueError whose summary names the file."""
    bad = tmp_path / "city.toml"
    bad.write_text("name = [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"city\.toml: not valid TOML") as caught:
        msp.load(bad)
    assert str(bad) in str(caught.value)


def test_file_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    """Undecodable bytes are an OrdinanceLoadError naming the file, not a UnicodeDecodeError."""
    bad = tmp_path / "city.toml"
    bad.write_bytes(b'name = "\xff\xfe"\n')
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load(bad)
    assert str(bad) in caught.value.summary


def test_a_directory_is_not_an_ordinance(tmp_path: Path) -> None:
    """Loading a directory is an error of the library's own kind, naming the path."""
    with pytest.raises(msp.MunicipalSocialPolicyError) as caught:
        msp.load(tmp_path)
    assert str(tmp_path) in str(caught.value)


# --- entry points -------------------------------------------------------------------------------


def test_entry_point_callable_returning_an_ordinance(monkeypatch: pytest.MonkeyPatch) -> None:
    """A registered callable returning an Ordinance is loaded by its name."""
    register(monkeypatch, "springfield", kankakee)
    assert msp.load("springfield") is kankakee()


def test_entry_point_naming_an_ordinance_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point may name an Ordinance object itself rather than a callable."""
    register(monkeypatch, "springfield", kankakee())
    assert msp.load("springfield") is kankakee()


@pytest.mark.parametrize("as_path", [str, Path])
def test_entry_point_returning_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_path: Callable[[str], str | Path]
) -> None:
    """A registered callable returning a path (str or Path) to a file is read from that file."""
    path = msp.dump(kankakee(), tmp_path / "springfield.json")
    register(monkeypatch, "springfield", lambda: as_path(str(path)))
    assert msp.load("springfield") == kankakee()


def test_entry_point_returning_a_package_resource(monkeypatch: pytest.MonkeyPatch) -> None:
    """A registered callable may return an importlib.resources file."""
    resource = resources.files("municipal_social_policy") / "ordinances" / "kankakee.toml"
    register(monkeypatch, "springfield", lambda: resource)
    assert msp.load("springfield") == kankakee()


@pytest.mark.parametrize("garbage", [42, None, {"name": "springfield"}, b"name = 'x'"])
def test_entry_point_returning_garbage(monkeypatch: pytest.MonkeyPatch, garbage: object) -> None:
    """Anything but an Ordinance, a path or a resource is an OrdinanceLoadError naming it."""
    register(monkeypatch, "springfield", lambda: garbage)
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load("springfield")
    message = str(caught.value)
    assert "'springfield'" in message
    assert f"{PLUGIN_MODULE}:target" in message
    assert repr(garbage) in message


def test_entry_point_returning_a_bad_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin's file with problems is reported like any bad file, naming it."""
    bad = tmp_path / "springfield.toml"
    bad.write_text("name = [\n", encoding="utf-8")
    register(monkeypatch, "springfield", lambda: str(bad))
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        msp.load("springfield")
    assert str(bad) in caught.value.summary


def test_entry_point_returning_a_missing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plugin pointing at no file gives OrdinanceNotFoundError naming the path."""
    missing = tmp_path / "gone.toml"
    register(monkeypatch, "springfield", lambda: missing)
    with pytest.raises(msp.OrdinanceNotFoundError) as caught:
        msp.load("springfield")
    assert str(missing) in str(caught.value)


def test_registered_names_are_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """``available()`` lists the bundled names first, then the registered ones."""
    register(monkeypatch, "springfield", kankakee)
    names = msp.available()
    assert names[0] == "kankakee"
    assert "springfield" in names


def test_unknown_name_message_lists_registered_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """The not-found message lists registered names as well as bundled ones."""
    register(monkeypatch, "springfield", kankakee)
    with pytest.raises(msp.OrdinanceNotFoundError) as caught:
        msp.load("shelbyville")
    assert "springfield" in str(caught.value)
    assert "kankakee" in str(caught.value)


def test_bundled_name_wins_over_a_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin cannot shadow a bundled ordinance by registering the same name."""
    register(monkeypatch, "kankakee", lambda: 42)
    assert msp.load("kankakee") == kankakee()
    assert msp.available().count("kankakee") == 1
