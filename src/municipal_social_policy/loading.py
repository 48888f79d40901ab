"""Finding and reading ordinance files: the I/O edge in front of :mod:`.serialization`.

``load`` takes a name or a path. A name is looked up first among the ordinances bundled with the
library (``kankakee``, ``marseilles``, ``montgomery-county-oh``), then among those other packages
register under the entry-point group ``municipal_social_policy.ordinances``. An entry point names
a callable that returns an :class:`Ordinance` or a :class:`History`, or a path or
:mod:`importlib.resources` file holding one.

A history file lists an ordinance's versions, oldest first, by paths relative to itself::

    versions = ["2018-36.toml", "2019-70.toml"]

``load_history`` returns all of them; ``load`` returns the version in force today, the one place
this library reads the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
import warnings
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from ._word_files import read_word_files
from .detectors.classes import ordinance_class_problems
from .exceptions import OrdinanceLoadError, OrdinanceNotFoundError
from .history import History
from .ordinance import GUARD_ID, Ordinance
from .serialization import Format, dumps, loads, structure

if TYPE_CHECKING:  # imported where entry points are read: it costs a twentieth of our import
    from importlib import metadata

__all__ = ["ENTRY_POINT_GROUP", "available", "dump", "load", "load_history"]

#: The entry-point group under which packages register ordinances by name.
ENTRY_POINT_GROUP = "municipal_social_policy.ordinances"

_BUNDLED = ("kankakee", "marseilles", "montgomery-county-oh")


def _bundled(name: str) -> Traversable:
    return resources.files("municipal_social_policy") / "ordinances" / f"{name}.toml"


def _format_of(path: str) -> Format:
    return "json" if path.lower().endswith(".json") else "toml"


def _read(
    resource: Traversable | Path, label: str, folder: Traversable | Path
) -> Ordinance | History:
    """The ordinance or history in ``resource``; a history's versions are read from ``folder``."""
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OrdinanceNotFoundError(f"no ordinance file at {label}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OrdinanceLoadError(f"{label}: cannot be read", (str(exc),)) from None
    format = _format_of(resource.name)
    try:
        data: object = tomllib.loads(text) if format == "toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError):
        data = None  # loads() below reports the error with its line
    try:
        if isinstance(data, dict) and set(data) == {"versions"}:
            return _history(data["versions"], label, folder)
        if isinstance(data, dict):
            data.pop("$schema", None)  # an editor's pointer to the JSON Schema
        if data is None:
            ordinance = loads(text, Ordinance, format=format)
        else:
            ordinance = structure(data, Ordinance)
    except OrdinanceLoadError as exc:
        raise OrdinanceLoadError(f"{label}: {exc.summary}", exc.problems) from None
    _warn_deprecated(ordinance, label)
    if isinstance(resource, Path):  # detector options may name word files beside it
        parent = resource.parent
        ordinance = read_word_files(
            ordinance, lambda path: (parent / path).read_text("utf-8"), label
        )
    problems = ordinance_class_problems(ordinance)
    if problems:
        raise OrdinanceLoadError(f"{label}: a protected class cannot be read", problems)
    return ordinance


def _warn_deprecated(ordinance: Ordinance, label: str) -> None:
    """Warn of the spellings this release still reads but the next will not."""
    for i, category in enumerate(ordinance.comment_policy.categories):
        for j, config in enumerate(category.detectors):
            if config.id == GUARD_ID:
                warnings.warn(
                    f"{label}: comment_policy.categories[{i}].detectors[{j}]: tuning the"
                    f" protected-speech guard as a detector {GUARD_ID!r} is deprecated and will"
                    " be removed in the next release; move its words to [purpose.government_words]"
                    " as add = [...] (its words) and remove = [...] (its allowed)",
                    DeprecationWarning,
                    stacklevel=4,
                )


def _history(names: object, label: str, folder: Traversable | Path) -> History:
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise OrdinanceLoadError(
            "invalid history", (f"versions: expected a list of file names, got {names!r}",)
        )
    versions = []
    for i, name in enumerate(names):
        version = _read(folder / name, f"{label} versions[{i}] ({name})", folder)
        if isinstance(version, History):
            raise OrdinanceLoadError(
                "invalid history", (f"versions[{i}]: {name!r} is itself a history",)
            )
        versions.append(version)
    try:
        return History(versions=tuple(versions))
    except (TypeError, ValueError) as exc:
        raise OrdinanceLoadError("invalid history", (str(exc),)) from None


def available() -> tuple[str, ...]:
    """The names :func:`load` accepts: bundled ordinances, then registered ones."""
    from importlib import metadata

    registered = sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))
    return _BUNDLED + tuple(name for name in registered if name not in _BUNDLED)


def load(source: str | os.PathLike[str]) -> Ordinance:
    """An ordinance by name (``"kankakee"``) or from a TOML or JSON file.

    For a history, the version in force today (or, if none is yet, the first to take effect);
    :func:`load_history` returns every version. Raises :class:`OrdinanceNotFoundError` (a
    ``LookupError``) for an unknown name or missing file, and :class:`OrdinanceLoadError` (a
    ``ValueError``) listing every problem of a bad file.
    """
    policy = _load(source)
    if isinstance(policy, Ordinance):
        return policy
    return policy.in_force(dt.date.today()) or policy.versions[0]  # the clock, at the edge


def load_history(source: str | os.PathLike[str]) -> History:
    """Every version of an ordinance, by name or path, as a :class:`History`.

    A file holding one ordinance gives a history of one version.
    """
    return History.of(_load(source))


def _load(source: str | os.PathLike[str]) -> Ordinance | History:
    if isinstance(source, str) and source in _BUNDLED:
        folder = resources.files("municipal_social_policy") / "ordinances"
        return _read(_bundled(source), f"bundled ordinance {source!r}", folder)
    text = os.fspath(source)
    looks_like_path = (
        not isinstance(source, str)
        or os.sep in text
        or "/" in text
        or text.endswith((".toml", ".json"))
    )
    if looks_like_path:
        return _read(Path(text), text, Path(text).parent)
    from importlib import metadata

    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP, name=text):
        return _from_entry_point(entry_point)
    raise OrdinanceNotFoundError(
        f"no ordinance named {text!r}; available: {', '.join(available())}."
        " Pass a path to a .toml or .json file to load your own."
    )


def _from_entry_point(entry_point: metadata.EntryPoint) -> Ordinance | History:
    target: Callable[[], object] = entry_point.load()
    found = target() if callable(target) else target
    if isinstance(found, Ordinance | History):
        return found
    if isinstance(found, str | os.PathLike):
        return _read(Path(found), os.fspath(found), Path(found).parent)
    if isinstance(found, Traversable):
        # A resources file's folder is not reachable from it: a history must be a path.
        return _read(found, f"{entry_point.value} ({found.name})", Path(str(found)).parent)
    raise OrdinanceLoadError(
        f"entry point {entry_point.name!r} ({entry_point.value}) gave {found!r};"
        " expected an Ordinance, a History, a path, or an importlib.resources file"
    )


def dump(ordinance: Ordinance, path: str | os.PathLike[str]) -> Path:
    """Write ``ordinance`` to ``path`` (TOML, or JSON for a ``.json`` name); returns the path.

    The file is written beside the target and renamed into place, so a failure never leaves a
    half-written ordinance behind.
    """
    target = Path(path)
    text = dumps(ordinance, format=_format_of(target.name))
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
