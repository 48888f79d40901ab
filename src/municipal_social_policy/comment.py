"""A public comment and its context, as the evaluator receives it."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

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


@attrs.frozen
class Author:
    """The author of a comment. Everything is optional: platforms export different things."""

    id: str = ""
    display_name: str = ""
    role: Role = Role.PUBLIC


@attrs.frozen
class Thread:
    """The post a comment answers: needed to judge whether a comment is off-topic."""

    topic: str = ""
    text: str = ""


@attrs.frozen
class Comment:
    """A comment on a city page.

    Only ``text`` is required. ``posted_at`` dates the retention period and picks the ordinance
    version in force; ``platform`` ("facebook", "twitter", ...) picks the platform referral.
    ``prior_violations`` is how many violations the author already has within the policy's ban
    period, as counted by the records ledger; it decides whether a ban applies.
    """

    text: str = attrs.field(validator=_text)
    author: Author = Author()
    platform: str = ""
    posted_at: dt.datetime | None = None
    thread: Thread | None = None
    site: str = ""
    id: str = ""
    prior_violations: int = 0
