"""Reading the retention ledger's rows back: records, tombstones, reviews, holds, filters."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ._ledger_entries import (
    Hold,
    Record,
    Review,
    ReviewOutcome,
    framed,
    record_from_body,
    timestamp,
)
from ._ledger_store import ENTRIES, TOMBSTONE_COLUMNS, Store
from .exceptions import LedgerError
from .verdict import Decision

__all__ = ["RECORD_COLUMNS", "filters", "holds", "record", "review", "tombstone"]

#: The columns :func:`record` reads: the entry, its body, then what a tombstone keeps.
RECORD_COLUMNS = f"sequence, recorded_at, hash, previous, body, {', '.join(TOMBSTONE_COLUMNS)}"


def record(row: tuple[Any, ...]) -> Record:
    sequence, recorded_at, chained, previous, body = row[:5]
    if body is not None:
        return record_from_body(sequence, recorded_at, chained, previous, json.loads(body))
    comment_id, decision, clauses, digest, retain_until = row[5:]
    return Record(
        sequence=sequence,
        comment_id=comment_id or "",
        decision=Decision(decision),
        clauses=tuple((clauses or "").split()),
        ordinance_digest=digest or "",
        retain_until=dt.date.fromisoformat(retain_until) if retain_until else None,
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        digest=chained,
        previous=previous,
        disposed=True,
    )


def tombstone(record: Record) -> Record:
    return Record(
        sequence=record.sequence,
        comment_id=record.comment_id,
        decision=record.decision,
        clauses=record.clauses,
        ordinance_digest=record.ordinance_digest,
        retain_until=record.retain_until,
        recorded_at=record.recorded_at,
        digest=record.digest,
        previous=record.previous,
        disposed=True,
    )


def review(row: tuple[Any, ...]) -> Review:
    sequence, subject, recorded_at, chained, body = row
    data = json.loads(body)
    return Review(
        sequence=sequence,
        record=subject,
        outcome=ReviewOutcome(data["outcome"]),
        reviewer=data["reviewer"],
        note=data["note"],
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        digest=chained,
    )


def holds(store: Store, *, active: bool) -> tuple[Hold, ...]:
    rows = store.execute(
        f"SELECT sequence, kind, recorded_at, subject, body FROM {ENTRIES}"
        " WHERE kind IN ('hold', 'release') ORDER BY sequence"
    )
    released = {row[3] for row in rows if row[1] == "release"}
    holds = []
    for sequence, kind, recorded_at, _, body in rows:
        if kind != "hold" or (active and sequence in released):
            continue
        data = json.loads(body)
        holds.append(
            Hold(
                sequence=sequence,
                records=tuple(data["records"]),
                reason=data["reason"],
                by=data["by"],
                recorded_at=dt.datetime.fromisoformat(recorded_at),
                released=sequence in released,
            )
        )
    return tuple(holds)


def _moment(value: dt.date | dt.datetime, name: str) -> str:
    if isinstance(value, dt.datetime):
        return timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise LedgerError(f"{name}: expected a date or datetime, got {value!r}")


def filters(
    author: str | None,
    clause: str | None,
    decision: Decision | str | None,
    since: dt.date | dt.datetime | None,
    until: dt.date | dt.datetime | None,
    comment_id: str | None,
) -> tuple[str, tuple[Any, ...]]:
    where = ["kind = 'record'"]
    params: list[Any] = []
    if author is not None:
        where.append("author_id = ?")
        params.append(author)
    if comment_id is not None:
        where.append("comment_id = ?")
        params.append(comment_id)
    if clause is not None:
        where.append("clauses LIKE ? ESCAPE '\\'")
        escaped = clause.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{framed([escaped])}%")
    if decision is not None:
        try:
            value = Decision(decision).value
        except ValueError:
            raise LedgerError(
                f"decision: expected 'review' or 'remove', got {decision!r}"
            ) from None
        where.append("decision = ?")
        params.append(value)
    if since is not None:
        where.append("posted_at >= ?")
        params.append(_moment(since, "since"))
    if until is not None:
        where.append("posted_at < ?")
        params.append(_moment(until, "until"))
    return " AND ".join(where), tuple(params)
