"""A small TOML writer for the library's own data: tables, arrays of tables, and plain values.

Reading uses the standard library's ``tomllib``; writing is not in the standard library, and the
core depends on nothing but attrs, cattrs and regex, so this module writes the subset our
unstructured data uses (str, int, float, bool, date, datetime, lists, dicts; no ``None``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["dumps"]


def dumps(data: Mapping[str, Any]) -> str:
    """``data`` as a TOML document; ``None`` values are left out."""
    return "".join(_table(data, ())).lstrip("\n")


def _key(name: str) -> str:
    bare = name and all(c.isascii() and (c.isalnum() or c in "-_") for c in name)
    return name if bare else _string(name)


def _string(value: str) -> str:
    # A JSON string is a valid TOML basic string except for the escapes TOML lacks.
    # DEL is a control character TOML requires escaped and JSON leaves alone.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _is_table(value: object) -> bool:
    return isinstance(value, Mapping)


def _is_table_array(value: object) -> bool:
    return isinstance(value, list | tuple) and bool(value) and all(map(_is_table, value))


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value if item is not None) + "]"
    if isinstance(value, Mapping):
        items = ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items() if v is not None)
        return "{" + items + "}"
    raise TypeError(f"cannot write {value!r} of type {type(value).__name__} as TOML")


def _table(data: Mapping[str, Any], path: tuple[str, ...]) -> Iterator[str]:
    nested = []
    for name, value in data.items():
        if value is None:
            continue
        if _is_table(value) or _is_table_array(value):
            nested.append((name, value))
        else:
            yield f"{_key(name)} = {_value(value)}\n"
    for name, value in nested:
        header = ".".join(map(_key, (*path, name)))
        if _is_table(value):
            yield f"\n[{header}]\n"
            yield from _table(value, (*path, name))
        else:
            for item in value:
                yield f"\n[[{header}]]\n"
                yield from _table(item, (*path, name))
