"""The follow-up a policy prescribes, as typed data: how content is removed and retained, who
may be blocked, how a commenter appeals, and which platform rules a policy names.

Every type points at the clause it comes from, and every field is optional where real policies
are silent: a policy that names no appeal has no :class:`Appeal`, and nothing here invents one.
The vocabularies (:class:`RecordField`, :class:`CaptureMethod`, :class:`RemovalMethod`) are closed
sets, so a typo in a city's file is an error rather than a field nobody keeps.
"""

from __future__ import annotations

import enum

import attrs

__all__ = [
    "Appeal",
    "Ban",
    "Capture",
    "CaptureMethod",
    "PlatformStandard",
    "RecordField",
    "Removal",
    "RemovalMethod",
]


class RecordField(enum.Enum):
    """A part of a comment a retention record must keep."""

    #: The words (or media) of the comment itself.
    CONTENT = "content"
    TIME = "time"
    DATE = "date"
    #: Who posted it: the platform's name and id of the account.
    POSTER_IDENTITY = "poster_identity"
    #: Why it was rejected or removed (Marseilles: "a description of the reason").
    REASON = "reason"
    #: The platform and page it was posted on.
    PLATFORM = "platform"
    #: The address of the comment or of the post it answers.
    URL = "url"


class CaptureMethod(enum.Enum):
    """How a record of a comment is captured."""

    #: A third-party social-media archive service (Marseilles).
    ARCHIVE_SERVICE = "archive_service"
    #: A screen capture of the comment as posted (Marseilles, when no archive service is available).
    SCREEN_CAPTURE = "screen_capture"
    #: The platform's own export or download of the page's content.
    PLATFORM_EXPORT = "platform_export"
    #: A written copy of the comment made by staff.
    TRANSCRIPT = "transcript"


@attrs.frozen
class Capture:
    """One way of capturing a record, with the fields that way must also keep.

    A retention's captures are in order of preference: each applies when the ones before it are
    unavailable.
    """

    #: The way of capturing.
    method: CaptureMethod
    #: What this way must also keep, e.g. the reason.
    fields: tuple[RecordField, ...] = ()


class RemovalMethod(enum.Enum):
    """How content that breaks the policy is taken off the page."""

    #: Deleted from the page after it was posted.
    REMOVE = "remove"
    #: Hidden from the public but kept on the page (where the platform allows).
    HIDE = "hide"
    #: Rejected before it is posted, where the platform holds comments for approval.
    REJECT = "reject"


@attrs.frozen
class Removal:
    """The removal methods a policy allows, in the order it names them, and the clause saying so."""

    #: The clause naming the methods.
    clause: str
    #: The methods, in the policy's order of preference.
    methods: tuple[RemovalMethod, ...]


@attrs.frozen
class Ban:
    """Blocking a commenter after repeated violations.

    ``violations`` is the number of violations (this one included) at which the author is
    blocked: Montgomery County's "a second violation will result in being banned/blocked" is
    ``violations = 2``. ``within_days`` is the period the violations are counted in, or ``None``
    where the policy names none. Counting is the records ledger's job; the evaluator reads the
    count from :attr:`Comment.prior_violations <municipal_social_policy.Comment.prior_violations>`.
    """

    #: The clause stating the ban.
    clause: str
    #: The violation (this one included) at which the author is blocked.
    violations: int
    #: The period violations are counted in, where the policy names one.
    within_days: int | None = None


@attrs.frozen
class Appeal:
    """How a commenter may appeal a removal: who decides, how, and by when.

    Offered in the commenter's notice. Every part is optional but the clause, because policies
    that name an appeal rarely name all three.
    """

    #: The clause offering the appeal.
    clause: str
    #: Who decides the appeal.
    decided_by: str = ""
    #: How to appeal.
    how: str = ""
    #: How many days the commenter has to appeal.
    within_days: int | None = None


@attrs.frozen
class PlatformStandard:
    """A platform's rules a policy adopts or makes its users subject to.

    ``platform`` is empty for "the host site", whichever platform that is (Montgomery County:
    "the Terms of Service (TOS) of the host site").
    """

    #: The rules' name, e.g. ``Facebook Community Standards``.
    name: str
    #: The clause naming them.
    clause: str
    #: The platform; left out for the host site, whichever it is.
    platform: str = ""
    #: Where the rules are published.
    url: str = ""
