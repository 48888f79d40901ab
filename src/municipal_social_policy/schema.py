"""The JSON Schema of an ordinance file, generated from the types.

Editors that read JSON Schema validate and complete a city's TOML or JSON file as it is typed; the
package ships the schema as ``ordinance.schema.json`` and ``msp schema`` prints it. It is derived
from the attrs classes, so it cannot drift from what :func:`~municipal_social_policy.load`
accepts: a key the types do not have is an error in both, and a key with a default is optional in
both. Descriptions come from the classes' docstrings and the ``#:`` comments above their fields.
Checks that span several keys (every clause id a section names exists, ids are unique) are the
loader's; the schema describes each value.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import json
import re
import types
import typing
from typing import Any

import attrs

from .ordinance import DetectorOptions, Ordinance

__all__ = ["SCHEMA_ID", "ordinance_schema", "schema_text"]

#: The ``$id`` of the shipped schema.
SCHEMA_ID = "https://municipal-social-policy.readthedocs.io/ordinance.schema.json"

_SCALARS: dict[object, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
    dt.datetime: {"type": "string", "format": "date-time"},
}


#: A detector's options: any table of names to word lists, strings, whole numbers and switches.
#: Which names a detector takes is checked against its declaration when the file is used.
_DETECTOR_OPTIONS: dict[str, Any] = {
    "type": "object",
    "description": (
        "The options a city gives one detector, by name (see the detector reference): word"
        " lists, the path of a word file (the option's name followed by _file), whole numbers"
        " and switches."
    ),
    "additionalProperties": {
        "anyOf": [
            {"type": "array", "items": {"type": "string"}},
            {"type": "string"},
            {"type": "integer"},
            {"type": "boolean"},
        ]
    },
}


def ordinance_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an ordinance file, as plain data."""
    definitions: dict[str, Any] = {}
    root = _object(Ordinance, definitions)
    # An editor's pointer to this schema in a JSON file; the loader ignores it.
    root["properties"] = {
        "$schema": {"type": "string", "description": "The schema this file follows."},
        **root["properties"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Municipal social-media policy (municipal_social_policy ordinance file)",
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def schema_text() -> str:
    """The schema as the JSON text the package ships (two-space indent, a final newline)."""
    return json.dumps(ordinance_schema(), ensure_ascii=False, indent=2) + "\n"


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    paragraph = doc.split("\n\n")[0]
    return " ".join(paragraph.split())


@functools.cache
def _field_comments(cls: type) -> dict[str, str]:
    """The ``#:`` comment lines directly above each field of ``cls``, by field name."""
    try:
        lines = inspect.getsource(cls).splitlines()
    except (OSError, TypeError):  # pragma: no cover - source always ships with the package
        return {}
    found: dict[str, str] = {}
    pending: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        match = re.match(r"^\s{4}(\w+): ", line)
        if match and pending:
            found[match.group(1)] = " ".join(pending)
        pending = []
    return found


def _object(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    comments = _field_comments(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        schema = dict(_type(hints[field.name], definitions))
        if field.name in comments:
            schema["description"] = comments[field.name]
        default = field.default
        if default is attrs.NOTHING:
            required.append(field.name)
        elif default is not None and not isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            schema["default"] = _plain(default)
        properties[field.name] = schema
    result: dict[str, Any] = {
        "type": "object",
        "description": _summary(cls),
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        result["required"] = required
    return result


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _type(hint: object, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        if len(present) == 1:
            # Optional: leave the key out (TOML has no null); JSON may also say null.
            return {"anyOf": [_type(present[0], definitions), {"type": "null"}]}
        return {"anyOf": [_type(argument, definitions) for argument in present]}
    if origin is tuple:
        return {"type": "array", "items": _type(arguments[0], definitions)}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {
                "description": _summary(hint),
                "enum": [member.value for member in hint],
            }
        return {"$ref": f"#/$defs/{name}"}
    if hint is DetectorOptions:
        # Written as a table of option names, whatever the type holds them in.
        if "DetectorOptions" not in definitions:
            definitions["DetectorOptions"] = _DETECTOR_OPTIONS
        return {"$ref": "#/$defs/DetectorOptions"}
    if isinstance(hint, type) and attrs.has(hint):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {}  # a placeholder first: types may refer to themselves
            definitions[name] = _object(hint, definitions)
        return {"$ref": f"#/$defs/{name}"}
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    raise TypeError(f"no JSON Schema for the type {hint!r}")  # pragma: no cover - a new type
