"""The verdict: a recommendation with everything needed to act on it and to audit it.

A verdict is data. It names the decision, the findings it rests on (each citing its clause and
pointing at the words in the original text), the guards that applied, and the follow-up the
ordinance requires. ``explain()`` renders it for a clerk.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TypeAlias

import attrs

from .ordinance import Clause, Statute
from .procedure import Appeal, Capture, RemovalMethod

__all__ = [
    "Action",
    "BlockAuthor",
    "Decision",
    "Evidence",
    "Finding",
    "Guard",
    "NotifyCommenter",
    "NotifyCommunicationsOffice",
    "OrdinanceReference",
    "ReferToLawEnforcement",
    "ReferToPlatform",
    "RemoveComment",
    "RetainRecord",
    "Strength",
    "Verdict",
]


class Decision(enum.StrEnum):
    """What the evaluator recommends. Ordered: ``ALLOW < REVIEW < REMOVE``.

    A member is its string value (``Decision.REMOVE == "remove"``), so it compares with what a
    JSON or CSV file holds. Order is by severity, not by spelling, and a string that names a
    decision is ordered the same way: ``Decision.REVIEW < "remove"``.
    """

    ALLOW = "allow"
    REVIEW = "review"
    REMOVE = "remove"

    @property
    def rank(self) -> int:
        """0 for allow, 1 for review, 2 for remove."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank >= rank


def _rank_of(other: object) -> int | None:
    # Severity, not alphabetical order (str's), which would put "remove" before "review".
    if isinstance(other, str):
        try:
            return Decision(other).rank
        except ValueError:
            # Falling back to str's order would answer silently, and wrongly.
            raise TypeError(
                f"cannot order a Decision against {other!r}: expected 'allow', 'review' or 'remove'"
            ) from None
    return None


_RANK = {Decision.ALLOW: 0, Decision.REVIEW: 1, Decision.REMOVE: 2}


class Strength(enum.Enum):
    """How much a finding proves on its own."""

    #: Verifiable from the text alone: an SSN, a Luhn-valid card, a payload, listed profanity.
    MECHANICAL = "mechanical"
    #: Needs a person's judgment (context, intent, truth).
    JUDGMENT = "judgment"


@attrs.frozen
class Evidence:
    """Where in the ORIGINAL comment text a detector found something: ``text[start:end]``."""

    start: int
    end: int
    text: str
    detector: str


@attrs.frozen
class Finding:
    """A category found in a comment, the clause it breaks, and the evidence.

    ``action`` is what this finding alone calls for: ``REMOVE`` only for mechanical evidence in a
    category whose ceiling allows removal, ``REVIEW`` otherwise. ``category`` is the category's
    code; ``category_name`` its name in the ordinance, for people (empty in verdicts archived
    before it was recorded). ``also`` holds the category's further clauses when it rests on
    several.
    """

    category: str
    clause: Clause
    evidence: tuple[Evidence, ...]
    strength: Strength
    action: Decision
    category_name: str = ""
    also: tuple[Clause, ...] = ()


@attrs.frozen
class Guard:
    """A safeguard that applied to the comment, e.g. protected speech (Kankakee § I.3)."""

    code: str
    clause: Clause
    note: str


@attrs.frozen
class NotifyCommunicationsOffice:
    """Tell the city's communications office about the comment (Kankakee § VI.1)."""

    clause: Clause
    upon: Decision = Decision.REVIEW


@attrs.frozen
class RetainRecord:
    """Keep a record of the comment: the listed ``fields`` until ``retain_until``.

    ``retain_until`` is ``None`` when the comment carries no date (keep the record until its
    date is established) or when the policy keeps records ``per_schedule``, a named records
    retention schedule, rather than for a number of years. ``capture`` lists the ways to capture
    the record, in order of preference. Retention comes before removal; nothing is disposed of
    early.
    """

    clause: Clause
    also: tuple[Clause, ...]
    schedule: Clause
    fields: tuple[str, ...]
    retain_until: dt.date | None = None
    upon: Decision = Decision.REVIEW
    per_schedule: str | None = None
    capture: tuple[Capture, ...] = ()


@attrs.frozen
class NotifyCommenter:
    """Tell the commenter the comment was removed and why (Kankakee § VI.2).

    ``appeal`` is the appeal procedure to offer, where the policy names one.
    """

    clause: Clause
    message: str
    upon: Decision = Decision.REMOVE
    appeal: Appeal | None = None
    appeal_clause: Clause | None = None


@attrs.frozen
class ReferToLawEnforcement:
    """Refer the comment to law enforcement (Kankakee § VI.4), with the statutes involved."""

    clause: Clause
    agency: str
    statutes: tuple[Statute, ...]
    upon: Decision = Decision.REMOVE


@attrs.frozen
class ReferToPlatform:
    """Report the comment to the platform whose terms it breaks (Kankakee § VI.5 or § VI.6)."""

    clause: Clause
    platform: str
    terms_name: str
    terms_url: str
    upon: Decision = Decision.REMOVE


@attrs.frozen
class RemoveComment:
    """Take the comment off the page by one of ``methods``, in the policy's order of preference."""

    clause: Clause
    methods: tuple[RemovalMethod, ...]
    upon: Decision = Decision.REMOVE


@attrs.frozen
class BlockAuthor:
    """Block or ban the author: this comment is their ``violations``-th violation.

    The policy blocks at ``threshold`` violations, counted within ``within_days`` where it names
    a period. The count comes from the comment (the records ledger counts); the evaluator does not.
    """

    clause: Clause
    violations: int
    threshold: int
    within_days: int | None = None
    upon: Decision = Decision.REMOVE


#: Any follow-up action. ``upon`` says from which decision on it applies: ``REVIEW`` actions are
#: due as soon as the comment is flagged, ``REMOVE`` actions once it is removed.
Action: TypeAlias = (
    NotifyCommunicationsOffice
    | RetainRecord
    | NotifyCommenter
    | ReferToLawEnforcement
    | ReferToPlatform
    | RemoveComment
    | BlockAuthor
)


@attrs.frozen
class OrdinanceReference:
    """Which ordinance, in which encoding, a verdict was reached under.

    ``effective`` is the date the version took effect, naming it among the versions of a
    :class:`~municipal_social_policy.History`; ``None`` for a policy that states no date.
    """

    name: str
    number: str
    version: str
    digest: str
    citation_prefix: str
    effective: dt.date | None = None


@attrs.frozen
class Verdict:
    """The evaluator's recommendation for one comment.

    ``decision`` is the highest ``action`` of any finding (``ALLOW`` when there is none), and at
    least ``REVIEW`` when ``errors`` is not empty: a detector that could not finish never lets a
    comment through unread. ``notes`` are diagnostics about the input (e.g. a comment older than
    the ordinance). Both are kept apart from the reasons, the findings.
    """

    decision: Decision
    findings: tuple[Finding, ...]
    actions: tuple[Action, ...]
    guards: tuple[Guard, ...]
    ordinance: OrdinanceReference
    notes: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The clauses the findings rest on, each once, in finding order."""
        cited = (clause for f in self.findings for clause in (f.clause, *f.also))
        return tuple({clause.id: clause for clause in cited}.values())

    def explain(self) -> str:
        """The verdict in plain text, for a clerk."""
        from ._explain import explain

        return explain(self)
