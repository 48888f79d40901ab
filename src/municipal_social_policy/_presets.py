"""Presets for common comment exports: the platform and the column names each one uses.

The presets are data, in ``presets/exports.toml`` beside this module, each with the source of
its names. Public through :mod:`municipal_social_policy.batch`.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import attrs

__all__ = ["Preset", "preset", "presets"]


@attrs.frozen
class Preset:
    """One export's layout: its ``platform``, its ``columns`` (``(field, column)`` pairs, as
    :class:`~municipal_social_policy.batch.Columns` names the fields) and the ``source`` of the
    names."""

    name: str
    platform: str
    columns: tuple[tuple[str, str], ...]
    source: str


@cache
def presets() -> tuple[Preset, ...]:
    """Every preset, in file order."""
    text = (resources.files(__package__) / "presets" / "exports.toml").read_text("utf-8")
    return tuple(
        Preset(name, entry["platform"], tuple(entry["columns"].items()), entry["source"])
        for name, entry in tomllib.loads(text).items()
    )


def preset(name: str) -> Preset:
    """The preset called ``name``; raises ``LookupError`` naming the presets there are."""
    for found in presets():
        if found.name == name:
            return found
    known = ", ".join(found.name for found in presets())
    raise LookupError(f"preset: expected one of {known}, got {name!r}")
