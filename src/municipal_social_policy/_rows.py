"""Rows of a JSONL or CSV export as :class:`~municipal_social_policy.Comment` objects.

Pure: a mapping in, a comment out, or a :class:`~municipal_social_policy.DataError` whose problems
name the row's own columns. Public through :mod:`municipal_social_policy.batch`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from .comment import Author, Comment, Role, Thread
from .exceptions import DataError
from .serialization import structure

__all__ = ["Columns", "comment_from_row", "lookup"]

_MISSING = object()


def _frozen(names: Iterable[str]) -> frozenset[str]:
    return frozenset(names)


@attrs.frozen
class Columns:
    """Which column (CSV) or key (JSONL) holds each part of a comment.

    Only ``text`` must be present in a row. ``author`` holds the display name, or a whole
    author object (``{"id": ..., "display_name": ..., "role": ...}``) as
    :func:`~municipal_social_policy.dumps` writes it; ``thread`` holds the text of the post the
    comment answers, or a ``{"topic": ..., "text": ...}`` object. ``prior_violations`` holds
    how many violations the author already has within the policy's ban period (a whole number,
    as the records ledger counts them), for the ban a policy names.
    """

    text: str = "text"
    author: str = "author"
    author_id: str = "author_id"
    role: str = "role"
    platform: str = "platform"
    posted_at: str = "posted_at"
    thread: str = "thread"
    site: str = "site"
    id: str = "id"
    prior_violations: str = "prior_violations"
    required: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)

    @required.validator
    def _check_required(self, _: attrs.Attribute[frozenset[str]], value: frozenset[str]) -> None:
        unknown = sorted(value - _FIELDS)
        if unknown:
            raise ValueError(
                f"required: expected names of columns ({', '.join(sorted(_FIELDS))}),"
                f" got {unknown!r}"
            )

    def renamed(self) -> tuple[tuple[str, str], ...]:
        """``(field, column)`` for every column not under its default name, text excepted."""
        return tuple(
            (field, getattr(self, field))
            for field in _ORDER
            if field != "text" and getattr(self, field) != field
        )


_ORDER = (
    "text",
    "id",
    "author",
    "author_id",
    "role",
    "platform",
    "posted_at",
    "thread",
    "site",
    "prior_violations",
)
_FIELDS = frozenset(_ORDER)
_DEFAULT_COLUMNS = Columns()


def lookup(row: Mapping[str, object], name: str, default: object = None) -> object:
    """The value of column ``name`` in ``row``; a dotted name not in the row is a path into
    nested objects (``from.name``). ``default`` when there is no such value."""
    value = row.get(name, _MISSING)
    if value is not _MISSING:
        return value
    if "." not in name:
        return default
    current: object = row
    for part in name.split("."):
        if not isinstance(current, Mapping):
            return default
        current = current.get(part, _MISSING)
        if current is _MISSING:
            return default
    return current


def comment_from_row(
    row: Mapping[str, object], columns: Columns | None = None, *, platform: str | None = None
) -> Comment:
    """The comment one row holds, in the flat-column form or the nested ``Comment`` form.

    Keys other than the named columns are ignored; empty strings and ``null`` count as absent
    (except for the text). ``platform``, when given, is the platform of every row, whatever its
    platform column says. Raises :class:`~municipal_social_policy.DataError` whose ``problems``
    name the row's own columns, e.g. ``posted_at: expected a date and time (ISO 8601), got
    'yesterday'``.
    """
    columns = columns or _DEFAULT_COLUMNS
    text = lookup(row, columns.text, _MISSING)
    if text is _MISSING:
        raise DataError("invalid row", (f"{columns.text}: required, but missing",))

    def get(name: str) -> object:
        return lookup(row, name)

    author = get(columns.author)
    nested = isinstance(author, Mapping)
    if not nested:
        author = {
            field: value
            for field, value in (
                ("display_name", author),
                ("id", _identifier(get(columns.author_id))),
                ("role", get(columns.role)),
            )
            if value is not None and value != ""
        }
    data: dict[str, object] = {"text": text, "author": author}
    for field, column in (
        ("platform", columns.platform),
        ("posted_at", columns.posted_at),
        ("site", columns.site),
        ("id", columns.id),
    ):
        value = get(column)
        if value is not None and value != "":
            data[field] = value
    if "id" in data:
        data["id"] = _identifier(data["id"])
    count = get(columns.prior_violations)
    if count is not None and count != "":
        data["prior_violations"] = _count(count, columns.prior_violations)
    if platform is not None:
        data["platform"] = platform
    thread = get(columns.thread)
    if thread is not None and thread != "":
        data["thread"] = {"text": thread} if isinstance(thread, str) else thread
    comment = _plain_comment(data)
    if comment is not None:
        return comment
    try:
        return structure(data, Comment)
    except DataError as exc:
        names = _column_names(columns, nested=nested)
        problems = tuple(_rename(problem, names) for problem in exc.problems)
        raise DataError("invalid row", problems) from None


def _column_names(columns: Columns, *, nested: bool) -> dict[str, str]:
    """Comment field paths to the row's column names, to word errors in the user's terms."""
    names = {
        field.name: getattr(columns, field.name, field.name) for field in attrs.fields(Comment)
    }
    names["author"] = columns.author
    if not nested:
        names |= {
            "author.display_name": columns.author,
            "author.id": columns.author_id,
            "author.role": columns.role,
        }
    return names


_AUTHOR_KEYS = frozenset(attrs.fields_dict(Author))
_THREAD_KEYS = frozenset(attrs.fields_dict(Thread))


def _plain_comment(data: Mapping[str, object]) -> Comment | None:
    """The comment, built directly when every value is a plain string of the expected form;
    ``None`` otherwise, to take the converter's path, which explains what is wrong.

    The converter is exact but slow next to evaluation; most rows need no more than this.
    """
    text, author, thread, posted = (
        data.get(key) for key in ("text", "author", "thread", "posted_at")
    )
    if not (isinstance(text, str) and isinstance(author, dict) and _plain(author, _AUTHOR_KEYS)):
        return None
    if thread is not None and not (isinstance(thread, dict) and _plain(thread, _THREAD_KEYS)):
        return None
    platform, site, identifier = data.get("platform", ""), data.get("site", ""), data.get("id", "")
    prior = data.get("prior_violations", 0)
    if not (isinstance(platform, str) and isinstance(site, str) and isinstance(identifier, str)):
        return None
    if posted is not None and not isinstance(posted, str):
        return None
    try:
        role = Role(author.get("role", Role.PUBLIC.value))
        when = None if posted is None else dt.datetime.fromisoformat(posted)
    except ValueError:
        return None
    return Comment(
        text=text,
        author=Author(**{**author, "role": role}),
        platform=platform,
        posted_at=when,
        thread=None if thread is None else Thread(**thread),
        site=site,
        id=identifier,
        prior_violations=prior if isinstance(prior, int) else 0,
    )


def _count(value: object, column: str) -> int:
    """A count of earlier violations: a whole number, or its digits in a CSV cell."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return int(value.strip())
    raise DataError(
        "invalid row",
        (
            f"{column}: expected a whole number of the author's earlier violations (0 or more),"
            f" got {value!r}; give the count of their records in the retention ledger (msp records"
            " list --author ID), or leave it empty for none",
        ),
    )


def _plain(data: dict[str, object], keys: frozenset[str]) -> bool:
    return data.keys() <= keys and all(type(value) is str for value in data.values())


def _identifier(value: object) -> object:
    # Platforms export numeric ids; they are still ids, not numbers.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _rename(problem: str, names: Mapping[str, str]) -> str:
    path, separator, rest = problem.partition(": ")
    if not separator:
        return problem
    if path in names:
        return f"{names[path]}: {rest}"
    head, dot, tail = path.partition(".")
    return f"{names[head]}{dot}{tail}: {rest}" if head in names else problem
