"""A public comment and its context, as the evaluator receives it."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .exceptions import DataError

__all__ = ["Author", "Comment", "Role", "Thread"]


class Role(enum.Enum):
    """Who wrote a comment, as far as the ordinance cares."""

    #: A member of the public.
    PUBLIC = "public"
    #: City personnel (Kankakee § III: employees, volunteers, interns, elected officials).
    PERSONNEL = "personnel"
    #: The city's own official account.
    OFFICIAL_ACCOUNT = "official_account"


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(
            f"{type(instance).__name__}.{attribute.name}: expected str, got {value!r}"
            f" of type {type(value).__name__}; convert it with str() or decode the bytes first"
        )


def _role(value: Role | str) -> Role:
    if isinstance(value, Role):
        return value
    if isinstance(value, str):
        try:
            return Role(value)
        except ValueError:
            allowed = ", ".join(repr(role.value) for role in Role)
            raise DataError(
                "invalid Author", (f"role: expected one of {allowed}, got {value!r}",)
            ) from None
    raise TypeError(f"Author.role: expected a Role or its value as a str, got {value!r}")


@attrs.frozen
class Author:
    """The author of a comment. Everything is optional: platforms export different things.

    ``role`` also accepts its value as a string (``"personnel"``).
    """

    id: str = attrs.field(default="", validator=_text)
    display_name: str = attrs.field(default="", validator=_text)
    role: Role = attrs.field(default=Role.PUBLIC, converter=_role)


def _author(value: Author | str | None) -> Author:
    # A bare string is what a platform export calls the author: a name, not an account id.
    if isinstance(value, Author):
        return value
    if isinstance(value, str):
        return Author(display_name=value)
    if value is None:
        return Author()
    raise TypeError(
        f"Comment.author: expected an Author or a display name (str), got {value!r} of type"
        f" {type(value).__name__}; build one with Author(id=..., display_name=..., role=...)"
    )


def _posted_at(value: dt.datetime | str | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise DataError(
                "invalid Comment",
                (f"posted_at: expected a date and time (ISO 8601), got {value!r}",),
            ) from None
    if isinstance(value, dt.date):
        raise TypeError(
            f"Comment.posted_at: expected a datetime, got the date {value!r}; the time of day"
            " matters for the record, so pass dt.datetime(...) or an ISO 8601 string"
        )
    raise TypeError(
        f"Comment.posted_at: expected a datetime or an ISO 8601 string, got {value!r}"
        f" of type {type(value).__name__}"
    )


def _thread(instance: object, attribute: attrs.Attribute[Thread | None], value: object) -> None:
    if value is not None and not isinstance(value, Thread):
        raise TypeError(
            f"Comment.thread: expected a Thread or None, got {value!r} of type"
            f" {type(value).__name__}; build one with Thread(topic=..., text=...)"
        )


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(
            f"Comment.{attribute.name}: expected a whole number of 0 or more, got {value!r} of"
            f" type {type(value).__name__}; the records ledger's violations() counts them"
        )


@attrs.frozen
class Thread:
    """The post a comment answers: needed to judge whether a comment is off-topic."""

    topic: str = attrs.field(default="", validator=_text)
    text: str = attrs.field(default="", validator=_text)


@attrs.frozen
class Comment:
    """A comment on a city page.

    Only ``text`` is required. ``posted_at`` dates the retention period and picks the ordinance
    version in force; ``platform`` ("facebook", "twitter", ...) picks the platform referral.

    Two conveniences, applied when the comment is built: ``author`` may be a string, the
    author's display name (``Author(display_name=...)``), and ``posted_at`` may be an ISO 8601
    string (``"2024-05-10T09:30"``). Any other value of the wrong type raises ``TypeError``
    naming the field, and an unreadable date raises :class:`DataError`, at construction rather
    than later inside a detector.

    ``prior_violations`` is how many violations the author already has within the policy's ban
    period, as counted by the records ledger; it decides whether a ban applies.
    """

    text: str = attrs.field(validator=_text)
    author: Author = attrs.field(default=Author(), converter=_author)
    platform: str = attrs.field(default="", validator=_text)
    posted_at: dt.datetime | None = attrs.field(default=None, converter=_posted_at)
    thread: Thread | None = attrs.field(default=None, validator=_thread)
    site: str = attrs.field(default="", validator=_text)
    id: str = attrs.field(default="", validator=_text)
    prior_violations: int = attrs.field(default=0, validator=_count)
