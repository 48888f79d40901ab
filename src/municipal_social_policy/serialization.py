"""Plain data in and out: ordinances and verdicts to and from JSON and TOML.

One cattrs converter does the work. Unknown keys are errors, so a typo in a city's file is
reported rather than ignored, and every problem is reported with its path::

    comment_policy.categories[3].ceiling: expected 'remove' or 'review', got 'delete'

This module is pure (strings in, objects out); reading files is :mod:`.loading`'s job.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import hashlib
import json
import tomllib
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, Literal, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from . import _toml
from .comment import Comment
from .exceptions import DataError, OrdinanceLoadError
from .ordinance import DetectorConfig, DetectorOptions, Ordinance
from .sections import Purpose
from .verdict import Action, Verdict

__all__ = [
    "Format",
    "content_digest",
    "dumps",
    "loads",
    "make_converter",
    "structure",
    "unstructure",
]

T = TypeVar("T", Ordinance, Verdict, Comment)

#: The text formats :func:`dumps` and :func:`loads` read and write.
Format = Literal["json", "toml"]


def make_converter() -> cattrs.Converter:
    """A converter for the library's types: enums by value, dates as ISO 8601, no extra keys."""
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=False)

    def structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
        try:
            return cls(value)
        except ValueError:
            allowed = [member.value for member in cls]
            expected = (
                " or ".join(map(repr, allowed))
                if len(allowed) == 2
                else "one of " + ", ".join(map(repr, allowed))
            )
            raise ValueError(f"expected {expected}, got {value!r}") from None

    def structure_str(value: object, _: type[str]) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {value!r}")
        return value

    def structure_int(value: object, _: type[int]) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected a whole number, got {value!r}")
        return value

    def structure_bool(value: object, _: type[bool]) -> bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r}")
        return value

    def structure_date(value: object, _: type[dt.date]) -> dt.date:
        if isinstance(value, dt.datetime):
            raise TypeError(f"expected a date (YYYY-MM-DD), got the date-time {value!r}")
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise ValueError(f"expected a date (YYYY-MM-DD), got {value!r}")

    def structure_datetime(value: object, _: type[dt.datetime]) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        raise ValueError(f"expected a date and time (ISO 8601), got {value!r}")

    converter.register_structure_hook_func(
        lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum), structure_enum
    )
    converter.register_unstructure_hook_func(
        lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum), lambda e: e.value
    )

    def tables(cls: type[Any]) -> Callable[[object, type[Any]], Any]:
        structure_fields = make_dict_structure_fn(cls, converter)

        def structure_table(value: object, _: type[Any]) -> Any:
            if not isinstance(value, Mapping):
                raise TypeError(f"expected a table (mapping), got {value!r}")
            return structure_fields(value, cls)

        return structure_table

    def lists(cls: type[Any]) -> Callable[[object, type[Any]], Any]:
        structure_items = homogenous_tuple_structure_factory(cls, converter)

        def structure_list(value: object, _: type[Any]) -> Any:
            # A string is iterable: without this check "V.2.1" would load as five ids.
            if not isinstance(value, list | tuple):
                raise TypeError(f"expected a list, got {value!r}")
            return structure_items(value, cls)

        return structure_list

    converter.register_structure_hook_factory(attrs.has, tables)
    converter.register_structure_hook_factory(is_sequence, lists)
    converter.register_structure_hook(str, structure_str)
    # A StrEnum such as Decision is also a str: without hooks of its own, the str hooks above
    # (the more specific by class) would load "remove" as a plain string.
    converter.register_structure_hook(enum.StrEnum, structure_enum)
    converter.register_unstructure_hook(enum.StrEnum, lambda e: e.value)
    converter.register_structure_hook(int, structure_int)
    converter.register_structure_hook(bool, structure_bool)
    converter.register_structure_hook(dt.date, structure_date)
    converter.register_structure_hook(dt.datetime, structure_datetime)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    configure_tagged_union(Action, converter, tag_name="type")
    # Detector options: any table of lists, strings, numbers and switches, checked against the
    # detector's declared options when an Evaluator is built; left out of the data when empty,
    # so an ordinance without options keeps its digest.
    converter.register_structure_hook(DetectorOptions, lambda value, _: DetectorOptions.of(value))
    converter.register_unstructure_hook(
        DetectorOptions,
        lambda options: {k: list(v) if isinstance(v, tuple) else v for k, v in options.items()},
    )
    converter.register_unstructure_hook(
        DetectorConfig,
        make_dict_unstructure_fn(DetectorConfig, converter, options=override(omit_if_default=True)),
    )
    # The guard's words, likewise left out when not tuned: a purpose section keeps its digest.
    converter.register_unstructure_hook(
        Purpose,
        make_dict_unstructure_fn(
            Purpose, converter, government_words=override(omit_if_default=True)
        ),
    )
    return converter


@cache
def _converter() -> cattrs.Converter:
    return make_converter()


def unstructure(obj: Ordinance | Verdict | Comment) -> dict[str, Any]:
    """``obj`` as plain data (dicts, lists, strings, numbers, ISO dates)."""
    data: dict[str, Any] = _converter().unstructure(obj)
    if isinstance(obj, Ordinance):
        for clause, entry in zip(obj.clauses, data["clauses"], strict=True):
            for key, value in obj.derived(clause).items():
                if entry[key] == value:
                    del entry[key]  # derived; written only when it differs
    return data


def structure(data: object, cls: type[T]) -> T:
    """Plain data as a ``cls``; raises :class:`DataError` listing every problem with its path."""
    error = OrdinanceLoadError if cls is Ordinance else DataError
    try:
        return _converter().structure(data, cls)
    except (ClassValidationError, IterableValidationError) as group:
        raise error(f"invalid {cls.__name__} data", tuple(_lines(group, ""))) from None
    except OrdinanceLoadError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise error(f"invalid {cls.__name__} data", (_describe(exc, ""),)) from None


def dumps(obj: Ordinance | Verdict | Comment, *, format: Format = "json") -> str:
    """``obj`` as a JSON (the default) or TOML document.

    :func:`loads` reads either back to an equal object without being told the format.
    """
    data = unstructure(obj)
    if format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: escape them so the text can be written
            text = json.dumps(data, indent=2) + "\n"
        return text
    if format == "toml":
        return _toml.dumps(data)
    raise ValueError(f"format: expected 'json' or 'toml', got {format!r}")


def loads(
    text: str | bytes,
    cls: type[T] = Ordinance,  # type: ignore[assignment]
    *,
    format: Format | None = None,
) -> T:
    """Read a ``cls`` (an :class:`Ordinance` by default) from a JSON or TOML document.

    Without ``format`` the document says what it is: one whose first character other than
    white space is ``{`` is JSON (no TOML document can start so), anything else is TOML. So
    ``loads(dumps(obj), type(obj))`` reads back whatever :func:`dumps` wrote, in either format.
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    text = text.removeprefix("\ufeff")
    if format is None:
        format = "json" if text.lstrip().startswith("{") else "toml"
    error = OrdinanceLoadError if cls is Ordinance else DataError
    try:
        if format == "toml":
            data: object = tomllib.loads(text)
        elif format == "json":
            data = json.loads(text)
        else:
            raise ValueError(
                f"format: expected 'json' or 'toml' (or None to detect it), got {format!r}"
            )
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise error(f"not valid {format.upper()}", (str(exc),)) from None
    return structure(data, cls)


def content_digest(ordinance: Ordinance) -> str:
    """The SHA-256 of the ordinance's canonical JSON: equal ordinances, equal digests."""
    canonical = json.dumps(
        unstructure(ordinance), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _describe(exc: BaseException, path: str) -> str:
    where = path.lstrip(".") or "(top level)"
    if isinstance(exc, ForbiddenExtraKeysError):
        keys = ", ".join(sorted(exc.extra_fields))
        known = [field.name for field in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        near = [
            f"{match[0]!r} for {key!r}"
            for key in sorted(exc.extra_fields)
            if (match := difflib.get_close_matches(key, known, n=1, cutoff=0.6))
        ]
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        return (
            f"{where}: unknown key(s) {keys}{hint}; check the spelling against the documented"
            " fields"
        )
    if isinstance(exc, KeyError):
        return f"{where}: required, but missing"
    if isinstance(exc, OrdinanceLoadError):
        return "; ".join(exc.problems)
    if isinstance(exc, AttributeError) and "items" in str(exc):
        return f"{where}: expected a table (mapping)"
    message = str(exc)
    if isinstance(exc, TypeError) and "object is not iterable" in message:
        message = "expected a list"
    elif isinstance(exc, TypeError) and "missing" in message and "required" in message:
        message = "required, but missing"
    return f"{where}: {message}"


def _lines(exc: BaseException, path: str) -> Iterator[str]:
    if isinstance(exc, IterableValidationError):
        items, rest = exc.group_exceptions()
        for sub, item in items:
            yield from _lines(sub, f"{path}[{item.index!r}]")
        for sub in rest:
            yield from _lines(sub, path)
    elif isinstance(exc, ClassValidationError):
        attributes, rest = exc.group_exceptions()
        for sub, attribute in attributes:
            yield from _lines(sub, f"{path}.{attribute.name}")
        for sub in rest:
            yield from _lines(sub, path)
    elif isinstance(exc, OrdinanceLoadError):
        yield from exc.problems
    else:
        yield _describe(exc, path)
