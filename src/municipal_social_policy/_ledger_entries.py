"""The retention ledger's entries as data: what a record holds, how an entry is hashed and chained.

Pure: the time an entry is recorded and the library's version come in as arguments. The ledger
(:mod:`municipal_social_policy.retention`) stores what this module builds and reads it back.

Every entry has a ``kind`` and a body, a JSON object written canonically (sorted keys, no spaces,
ASCII only, so that a lone surrogate or a NUL in a comment survives every database). Its hash is
``sha256`` over the sequence number, the kind, the time recorded, the previous entry's hash and
the body's own digest, one per line: a disposed-of record keeps its body digest, so the chain
still verifies once its content is gone.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Mapping
from typing import Any

import attrs

from .comment import Comment
from .verdict import Decision, Evidence, RetainRecord, Verdict

__all__ = [
    "GENESIS",
    "Hold",
    "Record",
    "Review",
    "ReviewOutcome",
    "body_digest",
    "canonical",
    "comment_key",
    "entry_hash",
    "record_body",
    "record_columns",
    "record_from_body",
    "timestamp",
]

#: The ``previous`` hash of the first entry.
GENESIS = "sha256:" + "0" * 64


class ReviewOutcome(enum.Enum):
    """What a person decided about a flagged comment."""

    #: The comment was taken down (Kankakee § V.2).
    REMOVED = "removed"
    #: The comment stays up, or was put back.
    RESTORED = "restored"


@attrs.frozen
class Record:
    """One flagged comment as the ledger keeps it (Kankakee §§ IV.1.2.4, VI.2).

    ``digest`` is this entry's hash in the chain, ``previous`` the hash of the entry before it.
    ``retain_until`` is the last day the record must be kept, or ``None`` when the comment carried
    no date (then ``schedule`` names the retention schedule that applies once it is known). A
    record disposed of after its retention (``disposed``) keeps only its sequence, comment id,
    decision, clause ids, ordinance digest, ``retain_until``, time recorded and hashes: its text,
    author and evidence are gone.
    """

    sequence: int
    comment_id: str
    decision: Decision
    clauses: tuple[str, ...]
    ordinance_digest: str
    retain_until: dt.date | None
    recorded_at: dt.datetime
    digest: str
    previous: str
    text: str = ""
    author_id: str = ""
    author_name: str = ""
    platform: str = ""
    permalink: str = ""
    site: str = ""
    posted_at: dt.datetime | None = None
    categories: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    ordinance_name: str = ""
    ordinance_number: str = ""
    ordinance_version: str = ""
    library_version: str = ""
    schedule: str = ""
    disposed: bool = False


@attrs.frozen
class Review:
    """A reviewer's outcome for a record: a new entry, never a change to the record."""

    sequence: int
    record: int
    outcome: ReviewOutcome
    reviewer: str
    note: str
    recorded_at: dt.datetime
    digest: str


@attrs.frozen
class Hold:
    """A legal hold: while it is not ``released``, none of its ``records`` is disposed of."""

    sequence: int
    records: tuple[int, ...]
    reason: str
    by: str
    recorded_at: dt.datetime
    released: bool = False


def canonical(body: Mapping[str, Any]) -> str:
    """``body`` as canonical JSON: sorted keys, no spaces, ASCII only."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def body_digest(text: str) -> str:
    """The SHA-256 of a canonical body."""
    return "sha256:" + hashlib.sha256(text.encode("ascii")).hexdigest()


def entry_hash(sequence: int, kind: str, recorded_at: str, previous: str, digest: str) -> str:
    """The chained hash of one entry."""
    line = f"{sequence}\n{kind}\n{recorded_at}\n{previous}\n{digest}"
    return "sha256:" + hashlib.sha256(line.encode("utf-8")).hexdigest()


def timestamp(moment: dt.datetime) -> str:
    """A moment as the ledger writes it: ISO 8601, in UTC when the moment has a time zone.

    A naive moment is written as given, so times compare as written.
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.isoformat(timespec="microseconds")


def comment_key(comment: Comment) -> str:
    """The id a record is kept under: the comment's own id, or the digest of its content."""
    if comment.id:
        return comment.id
    content = {
        "author": [comment.author.id, comment.author.display_name],
        "platform": comment.platform,
        "posted_at": comment.posted_at.isoformat() if comment.posted_at else None,
        "site": comment.site,
        "text": comment.text,
    }
    return body_digest(canonical(content))


def record_body(
    comment: Comment, verdict: Verdict, *, permalink: str, library_version: str
) -> dict[str, Any]:
    """What the ledger keeps of one flagged comment, as plain data."""
    retain = next((a for a in verdict.actions if isinstance(a, RetainRecord)), None)
    return {
        "comment": {
            "id": comment_key(comment),
            "text": comment.text,
            "author": {
                "id": comment.author.id,
                "display_name": comment.author.display_name,
                "role": comment.author.role.value,
            },
            "platform": comment.platform,
            "permalink": permalink,
            "posted_at": comment.posted_at.isoformat() if comment.posted_at else None,
            "site": comment.site,
        },
        "decision": verdict.decision.value,
        "categories": list(dict.fromkeys(finding.category for finding in verdict.findings)),
        "clauses": [{"id": c.id, "citation": c.citation} for c in verdict.clauses],
        "evidence": [
            {
                "clause": finding.clause.id,
                "start": item.start,
                "end": item.end,
                "text": item.text,
                "detector": item.detector,
            }
            for finding in verdict.findings
            for item in finding.evidence
        ],
        "ordinance": {
            "name": verdict.ordinance.name,
            "number": verdict.ordinance.number,
            "version": verdict.ordinance.version,
            "digest": verdict.ordinance.digest,
        },
        "library_version": library_version,
        # Ord. 2019-70 § VI.2 and the retention schedule: kept until this day.
        "retain_until": retain.retain_until.isoformat() if retain and retain.retain_until else None,
        # A named records schedule where the policy keeps records "per schedule", else the
        # clause that sets the retention period.
        "schedule": (retain.per_schedule or retain.schedule.citation) if retain else "",
    }


def record_columns(body: Mapping[str, Any]) -> dict[str, str | None]:
    """The columns the ledger indexes a record body by, derived from the body alone."""
    comment = body["comment"]
    posted = comment["posted_at"]
    return {
        "comment_id": comment["id"],
        "author_id": comment["author"]["id"],
        "decision": body["decision"],
        "clauses": framed(clause["id"] for clause in body["clauses"]),
        "posted_at": timestamp(dt.datetime.fromisoformat(posted)) if posted else None,
        "retain_until": body["retain_until"],
        "ordinance_digest": body["ordinance"]["digest"],
    }


def framed(ids: Any) -> str:
    """Clause ids as one column, each framed by spaces so ``LIKE '% V.2.5 %'`` finds one."""
    return " " + " ".join(ids) + " "


def record_from_body(
    sequence: int, recorded_at: str, digest: str, previous: str, body: Mapping[str, Any]
) -> Record:
    """A :class:`Record` read back from its stored body."""
    comment = body["comment"]
    return Record(
        sequence=sequence,
        comment_id=comment["id"],
        decision=Decision(body["decision"]),
        clauses=tuple(clause["id"] for clause in body["clauses"]),
        ordinance_digest=body["ordinance"]["digest"],
        retain_until=dt.date.fromisoformat(body["retain_until"]) if body["retain_until"] else None,
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        digest=digest,
        previous=previous,
        text=comment["text"],
        author_id=comment["author"]["id"],
        author_name=comment["author"]["display_name"],
        platform=comment["platform"],
        permalink=comment["permalink"],
        site=comment["site"],
        posted_at=dt.datetime.fromisoformat(comment["posted_at"]) if comment["posted_at"] else None,
        categories=tuple(body["categories"]),
        citations=tuple(clause["citation"] for clause in body["clauses"]),
        evidence=tuple(
            Evidence(item["start"], item["end"], item["text"], item["detector"])
            for item in body["evidence"]
        ),
        ordinance_name=body["ordinance"]["name"],
        ordinance_number=body["ordinance"]["number"],
        ordinance_version=body["ordinance"]["version"],
        library_version=body["library_version"],
        schedule=body["schedule"],
    )
