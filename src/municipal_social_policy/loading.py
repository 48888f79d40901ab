"""Finding and reading ordinance files: the I/O edge in front of :mod:`.serialization`.

``load`` takes a name or a path. A name is looked up first among the ordinances bundled with the
library (``kankakee``), then among those other packages register under the entry-point group
``municipal_social_policy.ordinances``. An entry point names a callable that returns an
:class:`Ordinance`, or a path or :mod:`importlib.resources` file holding one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ._word_files import read_word_files
from .exceptions import OrdinanceLoadError, OrdinanceNotFoundError
from .ordinance import Ordinance
from .serialization import Format, dumps, loads

__all__ = ["ENTRY_POINT_GROUP", "available", "dump", "load"]

#: The entry-point group under which packages register ordinances by name.
ENTRY_POINT_GROUP = "municipal_social_policy.ordinances"

_BUNDLED = ("kankakee",)


def _bundled(name: str) -> Traversable:
    return resources.files("municipal_social_policy") / "ordinances" / f"{name}.toml"


def _format_of(path: str) -> Format:
    return "json" if path.lower().endswith(".json") else "toml"


def _read(resource: Traversable | Path, label: str) -> Ordinance:
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OrdinanceNotFoundError(f"no ordinance file at {label}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OrdinanceLoadError(f"{label}: cannot be read", (str(exc),)) from None
    try:
        ordinance = loads(text, Ordinance, format=_format_of(resource.name))
    except OrdinanceLoadError as exc:
        raise OrdinanceLoadError(f"{label}: {exc.summary}", exc.problems) from None
    if isinstance(resource, Path):  # detector options may name word files beside it
        folder = resource.parent
        return read_word_files(ordinance, lambda path: (folder / path).read_text("utf-8"), label)
    return ordinance


def available() -> tuple[str, ...]:
    """The names :func:`load` accepts: bundled ordinances, then registered ones."""
    registered = sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))
    return _BUNDLED + tuple(name for name in registered if name not in _BUNDLED)


def load(source: str | os.PathLike[str]) -> Ordinance:
    """An ordinance by name (``"kankakee"``) or from a TOML or JSON file.

    Raises :class:`OrdinanceNotFoundError` (a ``LookupError``) for an unknown name or missing
    file, and :class:`OrdinanceLoadError` (a ``ValueError``) listing every problem of a bad file.
    """
    if isinstance(source, str) and source in _BUNDLED:
        return _read(_bundled(source), f"bundled ordinance {source!r}")
    text = os.fspath(source)
    looks_like_path = (
        not isinstance(source, str)
        or os.sep in text
        or "/" in text
        or text.endswith((".toml", ".json"))
    )
    if looks_like_path:
        return _read(Path(text), text)
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP, name=text):
        return _from_entry_point(entry_point)
    raise OrdinanceNotFoundError(
        f"no ordinance named {text!r}; available: {', '.join(available())}."
        " Pass a path to a .toml or .json file to load your own."
    )


def _from_entry_point(entry_point: metadata.EntryPoint) -> Ordinance:
    target: Callable[[], object] = entry_point.load()
    found = target() if callable(target) else target
    if isinstance(found, Ordinance):
        return found
    if isinstance(found, str | os.PathLike):
        return _read(Path(found), os.fspath(found))
    if isinstance(found, Traversable):
        return _read(found, f"{entry_point.value} ({found.name})")
    raise OrdinanceLoadError(
        f"entry point {entry_point.name!r} ({entry_point.value}) gave {found!r};"
        " expected an Ordinance, a path, or an importlib.resources file"
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
