"""The retention ledger: an append-only, hash-chained record of every flagged comment.

Kankakee §§ IV.1.2.4 and VI.2 require that removed content be retained "including the time, date
and identity of the poster", and the retention schedule keeps it "for (3) calendar years". The
ledger keeps one :class:`Record` per comment that is not ``allow``; a reviewer's outcome, a legal
hold, its release and a disposal are new entries, never changes. Each entry's hash covers the
previous entry's, so :meth:`Ledger.verify` finds an edited, deleted or reordered row.

>>> import datetime as dt
>>> import municipal_social_policy as msp
>>> ordinance = msp.load("kankakee")
>>> comment = msp.Comment(text="My SSN is 356-21-4476", id="c1",
...                       posted_at=dt.datetime(2024, 5, 10, 9, 30))
>>> with msp.retention.open("sqlite:///:memory:") as ledger:
...     record = ledger.record(comment, msp.evaluate(ordinance, comment))
...     record.sequence, record.decision.value, record.clauses, record.retain_until
...     ledger.verify().ok
(1, 'remove', ('V.2.10',), datetime.date(2027, 12, 31))
True

The ledger is an edge: it reads the clock (``clock``, UTC by default) to stamp the time each entry
is recorded, and nothing else. ``sqlite:///path.db`` needs nothing installed;
``postgresql://...`` needs the ``postgres`` extra (psycopg 3).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs

from . import _ledger_export
from . import _ledger_query as query
from ._ledger_chain import Chain
from ._ledger_entries import (
    GENESIS,
    Hold,
    Record,
    Review,
    ReviewOutcome,
    comment_key,
    record_body,
    record_columns,
    record_from_body,
    timestamp,
)
from ._ledger_export import Manifest
from ._ledger_store import ENTRIES, HEAD, TOMBSTONE_COLUMNS, Store, connect
from ._ledger_verify import Verification, verify
from .comment import Comment
from .exceptions import LedgerError, LedgerURLError, UnknownRecordError
from .verdict import Decision, Verdict

__all__ = [
    "Hold",
    "Ledger",
    "Manifest",
    "Record",
    "Review",
    "ReviewOutcome",
    "Verification",
    "open",
]

_PAGE = 500


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _library_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("municipal_social_policy")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def open(
    url: str, *, create: bool = True, clock: Callable[[], dt.datetime] | None = None
) -> Ledger:
    """Open (and with ``create``, create if needed) the ledger at ``url``.

    ``sqlite:///records.db`` (relative), ``sqlite:////var/lib/records.db`` (absolute),
    ``sqlite:///:memory:`` or ``postgresql://user@host/database``. ``clock`` gives the time each
    entry is recorded (default: now, in UTC). Raises
    :class:`~municipal_social_policy.LedgerURLError` for a URL that names no usable database.
    """
    store = connect(url, create=create)
    try:
        if create:
            store.create_schema(GENESIS)
        elif not store.exists():
            raise LedgerURLError(
                f"ledger URL: {store.description!r} holds no ledger; record into it first with"
                " msp evaluate --ledger"
            )
    except BaseException:
        store.close()
        raise
    return Ledger(store, clock or _utc_now)


class Ledger:
    """An open retention ledger. Use it as a context manager, or call :meth:`close`."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock
        self._version = _library_version()

    # --- life --------------------------------------------------------------------------------

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection. Everything recorded is already committed."""
        self._store.close()

    @property
    def url(self) -> str:
        """The ledger's URL, without a password."""
        return self._store.description

    # --- appending ---------------------------------------------------------------------------

    def _now(self) -> str:
        moment = self._clock()
        if moment.tzinfo is None:
            raise LedgerError(
                f"clock: expected a time-zone-aware datetime, got {moment!r}; return"
                " datetime.now(datetime.UTC)"
            )
        return timestamp(moment)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Chain]:
        """A write transaction with the chain's head read once and written once."""
        with self._store.transaction(write=True) as store:
            chain = Chain(store, self._now)
            yield chain
            chain.flush()

    def record(self, comment: Comment, verdict: Verdict, *, permalink: str = "") -> Record | None:
        """Keep ``comment`` and its ``verdict``; ``None`` for an ``allow`` verdict.

        Idempotent: a comment already recorded under the same ordinance digest returns the
        record kept the first time. A comment without an id is kept under the digest of its text,
        author, platform, time and page.
        """
        recorded = self.record_many([(comment, verdict, permalink)])
        return recorded[0] if recorded else None

    def record_many(
        self, items: Iterable[tuple[Comment, Verdict] | tuple[Comment, Verdict, str]]
    ) -> tuple[Record, ...]:
        """Keep every flagged ``(comment, verdict[, permalink])`` in one transaction.

        Returns the records of the flagged ones, in order (the earlier record for a comment
        already kept). Nothing of the batch is kept unless all of it is.
        """
        flagged = [item for item in items if item[1].decision is not Decision.ALLOW]
        if not flagged:
            return ()
        out: list[Record] = []
        with self._writing() as chain:
            keys = {(comment_key(item[0]), item[1].ordinance.digest) for item in flagged}
            known = self._known(chain.store, keys)
            for item in flagged:
                comment, verdict = item[0], item[1]
                key = (comment_key(comment), verdict.ordinance.digest)
                if key not in known:
                    permalink = item[2] if len(item) == 3 else ""
                    body = record_body(
                        comment, verdict, permalink=permalink, library_version=self._version
                    )
                    sequence, at, chained, previous = chain.append(
                        "record", body, record_columns(body)
                    )
                    known[key] = record_from_body(sequence, at, chained, previous, body)
                out.append(known[key])
        return tuple(out)

    def _known(self, store: Store, keys: set[tuple[str, str]]) -> dict[tuple[str, str], Record]:
        """The records already kept under any of ``keys`` (comment id, ordinance digest)."""
        ids = sorted({comment_id for comment_id, _ in keys})
        found: dict[tuple[str, str], Record] = {}
        for start in range(0, len(ids), _PAGE):
            part = ids[start : start + _PAGE]
            where = f"kind = 'record' AND comment_id IN ({', '.join('?' * len(part))})"
            for record in self._select(store, where, tuple(part)):
                key = (record.comment_id, record.ordinance_digest)
                if key in keys:
                    found[key] = record
        return found

    # --- reading -----------------------------------------------------------------------------

    def _select(self, store: Store, where: str, params: tuple[Any, ...]) -> list[Record]:
        rows = store.execute(
            f"SELECT {query.RECORD_COLUMNS} FROM {ENTRIES} WHERE {where} ORDER BY sequence",
            params,
        )
        return [query.record(row) for row in rows]

    def records(
        self,
        *,
        author: str | None = None,
        clause: str | None = None,
        decision: Decision | str | None = None,
        since: dt.date | dt.datetime | None = None,
        until: dt.date | dt.datetime | None = None,
        comment_id: str | None = None,
    ) -> Iterator[Record]:
        """The records, in the order they were kept, that match every filter given.

        ``author`` is an author id; ``clause`` a clause id the record cites; ``since``
        (inclusive) and ``until`` (exclusive) bound the time the comment was posted. Records
        are read a page at a time, so memory does not grow with the ledger.
        """
        where, params = query.filters(author, clause, decision, since, until, comment_id)
        for record, _ in self._pages(where, params):
            yield record

    def _pages(self, where: str, params: tuple[Any, ...]) -> Iterator[tuple[Record, str | None]]:
        """The matching records with their stored bodies, a page at a time."""
        after = 0
        while True:
            with self._store.transaction(write=False) as store:
                rows = store.execute(
                    f"SELECT {query.RECORD_COLUMNS} FROM {ENTRIES} WHERE {where} AND sequence > ?"
                    f" ORDER BY sequence LIMIT {_PAGE}",
                    (*params, after),
                )
            yield from ((query.record(row), row[4]) for row in rows)
            if len(rows) < _PAGE:
                return
            after = rows[-1][0]

    def get(self, key: int | str) -> Record:
        """The record with sequence number ``key`` (an int) or comment id ``key`` (a str).

        A comment id recorded under several ordinance versions gives the latest record.
        """
        column = "sequence" if isinstance(key, int) else "comment_id"
        where, params = f"kind = 'record' AND {column} = ?", (key,)
        with self._store.transaction(write=False) as store:
            found = self._select(store, where, params)
        if not found:
            what = "sequence number" if isinstance(key, int) else "comment id"
            raise UnknownRecordError(
                f"record: no record has {what} {key!r}; list them with msp records list"
            )
        return found[-1]

    def reviews(self, record: Record | int | None = None) -> tuple[Review, ...]:
        """The reviewers' outcomes, in order; only those about ``record`` when it is given."""
        params: tuple[int, ...]
        where, params = "kind = 'decision'", ()
        if record is not None:
            where = "kind = 'decision' AND subject = ?"
            params = (_sequence(record),)
        with self._store.transaction(write=False) as store:
            rows = store.execute(
                f"SELECT sequence, subject, recorded_at, hash, body FROM {ENTRIES}"
                f" WHERE {where} ORDER BY sequence",
                params,
            )
        return tuple(query.review(row) for row in rows)

    def outcomes(self) -> dict[int, ReviewOutcome]:
        """The latest reviewer's outcome of every reviewed record, by sequence number."""
        return {review.record: review.outcome for review in self.reviews()}

    def holds(self, *, active: bool = True) -> tuple[Hold, ...]:
        """The legal holds, in order: only those not released unless ``active`` is false."""
        with self._store.transaction(write=False) as store:
            return query.holds(store, active=active)

    @property
    def head(self) -> tuple[int, str]:
        """The chain's head: the last entry's sequence number and hash (0 and zeros if empty)."""
        with self._store.transaction(write=False) as store:
            rows = store.execute(f"SELECT sequence, hash FROM {HEAD} WHERE id = 1")
        return (int(rows[0][0]), str(rows[0][1])) if rows else (0, GENESIS)

    # --- reviewing, holding, disposing -------------------------------------------------------

    def decide(
        self, record: Record | int, outcome: ReviewOutcome | str, *, reviewer: str, note: str = ""
    ) -> Review:
        """Record a reviewer's ``outcome`` ("removed" or "restored") for ``record``, as a new entry.

        The latest outcome counts; an earlier one stays in the ledger.
        """
        try:
            outcome = ReviewOutcome(outcome)
        except ValueError:
            raise LedgerError(
                f"outcome: expected 'removed' or 'restored', got {outcome!r}"
            ) from None
        if not reviewer.strip():
            raise LedgerError(f"reviewer: expected the reviewer's name, got {reviewer!r}")
        sequence = _sequence(record)
        with self._writing() as chain:
            target = self._select(chain.store, "kind = 'record' AND sequence = ?", (sequence,))
            if not target:
                raise UnknownRecordError(f"record: no record has sequence number {sequence!r}")
            body = {
                "record": sequence,
                "record_hash": target[0].digest,
                "outcome": outcome.value,
                "reviewer": reviewer,
                "note": note,
            }
            entry, at, chained, _ = chain.append(
                "decision", body, {"decision": outcome.value}, subject=sequence
            )
        return Review(
            entry, sequence, outcome, reviewer, note, dt.datetime.fromisoformat(at), chained
        )

    def hold(self, selection: Iterable[Record | int], reason: str, *, by: str = "") -> Hold:
        """Put a legal hold on the selected records: none is disposed of until it is released."""
        sequences = tuple(sorted({_sequence(item) for item in selection}))
        if not sequences:
            raise LedgerError("selection: expected at least one record to hold, got none")
        if not reason.strip():
            raise LedgerError(f"reason: expected why the records are held, got {reason!r}")
        with self._writing() as chain:
            found = {
                row[0]
                for start in range(0, len(sequences), _PAGE)
                for row in chain.store.execute(
                    f"SELECT sequence FROM {ENTRIES} WHERE kind = 'record' AND sequence IN"
                    f" ({', '.join('?' * len(sequences[start : start + _PAGE]))})",
                    sequences[start : start + _PAGE],
                )
            }
            missing = [s for s in sequences if s not in found]
            if missing:
                raise UnknownRecordError(
                    f"selection: no record has sequence number {missing[0]!r}"
                    f"{f' (and {len(missing) - 1} more)' if len(missing) > 1 else ''}"
                )
            body = {"records": list(sequences), "reason": reason, "by": by}
            entry, at, _, _ = chain.append("hold", body)
        return Hold(entry, sequences, reason, by, dt.datetime.fromisoformat(at))

    def release(self, hold: Hold | int, *, reason: str = "", by: str = "") -> Hold:
        """Release a legal hold; returns it, ``released``."""
        sequence = hold.sequence if isinstance(hold, Hold) else hold
        with self._writing() as chain:
            current = {h.sequence: h for h in query.holds(chain.store, active=False)}.get(sequence)
            if current is None:
                raise UnknownRecordError(
                    f"hold: no hold has sequence number {sequence!r}; list them with"
                    " msp records hold --list"
                )
            if current.released:
                raise LedgerError(f"hold: hold {sequence} was already released")
            body = {"hold": sequence, "reason": reason, "by": by}
            chain.append("release", body, subject=sequence)
        return attrs.evolve(current, released=True)

    def dispose(self, as_of: dt.date) -> tuple[Record, ...]:
        """Delete the content of every record whose ``retain_until`` is before ``as_of``.

        A record under a legal hold, or without a ``retain_until``, is kept. Each disposed-of
        record leaves a tombstone (see :class:`Record`) and a ``disposal`` entry in the chain.
        ``as_of`` may not be later than today by the ledger's clock: nothing is disposed of early.
        """
        if isinstance(as_of, dt.datetime) or not isinstance(as_of, dt.date):
            raise LedgerError(f"as_of: expected a date such as 2028-01-01, got {as_of!r}")
        today = self._clock().date()
        if as_of > today:
            raise LedgerError(
                f"as_of: {as_of.isoformat()} is after today ({today.isoformat()}); records are"
                " disposed of only once their retention has run"
            )
        disposed: list[Record] = []
        with self._writing() as chain:
            store = chain.store
            held = {s for hold in query.holds(store, active=True) for s in hold.records}
            due = store.execute(
                f"SELECT {query.RECORD_COLUMNS} FROM {ENTRIES} WHERE kind = 'record'"
                " AND body IS NOT NULL AND retain_until IS NOT NULL AND retain_until < ?"
                " ORDER BY sequence",
                (as_of.isoformat(),),
            )
            for row in due:
                record = query.record(row)
                if record.sequence in held:
                    continue
                body = {
                    "record": record.sequence,
                    "record_hash": record.digest,
                    "as_of": as_of.isoformat(),
                    # What the tombstone keeps, so that verify() can check it.
                    "kept": dict(zip(TOMBSTONE_COLUMNS, row[5:], strict=True)),
                }
                chain.append("disposal", body, subject=record.sequence)
                disposed.append(query.tombstone(record))
            store.executemany(
                f"UPDATE {ENTRIES} SET body = NULL, author_id = NULL, posted_at = NULL"
                " WHERE sequence = ?",
                [(record.sequence,) for record in disposed],
            )
        return tuple(disposed)

    # --- checking and producing --------------------------------------------------------------

    def verify(self, *, anchors: Iterable[tuple[int, str]] = ()) -> Verification:
        """Check the whole chain: every hash, every body, every sequence number, the head.

        ``anchors`` are ``(sequence, hash)`` pairs kept elsewhere (an export's manifest holds
        the head's): each must still be in the chain, which catches a rewrite of the chain.
        """
        return verify(self._store, anchors)

    def violations(self, author_id: str, *, since: dt.date | dt.datetime | None = None) -> int:
        """How many of ``author_id``'s records a reviewer confirmed ("removed" as latest outcome).

        ``since`` counts only comments posted then or later (Kankakee § VI.3, repeat violators).
        """
        where, params = query.filters(author_id, None, None, since, None, None)
        with self._store.transaction(write=False) as store:
            rows = store.execute(
                f"SELECT subject, decision FROM {ENTRIES} WHERE kind = 'decision' AND subject IN"
                f" (SELECT sequence FROM {ENTRIES} WHERE {where}) ORDER BY sequence",
                params,
            )
        latest = dict(rows)
        return sum(outcome == ReviewOutcome.REMOVED.value for outcome in latest.values())

    def export(
        self,
        destination: str | Path,
        *,
        author: str | None = None,
        clause: str | None = None,
        decision: Decision | str | None = None,
        since: dt.date | dt.datetime | None = None,
        until: dt.date | dt.datetime | None = None,
    ) -> Manifest:
        """Write a public-records production of the selected records into ``destination``.

        The directory gets ``records.jsonl`` (each entry with its hashes, body and reviews),
        ``records.csv`` (one row per record) and ``manifest.json`` (count, period, ordinance
        digests, the chain's head, the files' digests, whether the ledger verified). The filters
        are those of :meth:`records`. Existing files are never overwritten.
        """
        filters = {
            "author": author,
            "clause": clause,
            "decision": Decision(decision).value if decision is not None else None,
            "since": since.isoformat() if since is not None else None,
            "until": until.isoformat() if until is not None else None,
        }
        head = self.head
        report = self.verify()
        latest = {review.record: review for review in self.reviews()}
        where, params = query.filters(author, clause, decision, since, until, None)
        selected = (
            (record, body)
            for record, body in self._pages(f"{where} AND sequence <= ?", (*params, head[0]))
        )
        return _ledger_export.write(
            Path(destination),
            selected,
            latest,
            filters=filters,
            head=head,
            verified=report.ok,
            generated_at=self._now(),
            library_version=self._version,
        )


def _sequence(item: Record | int) -> int:
    if isinstance(item, Record):
        return item.sequence
    if isinstance(item, int) and not isinstance(item, bool):
        return item
    raise LedgerError(f"record: expected a Record or a sequence number, got {item!r}")
