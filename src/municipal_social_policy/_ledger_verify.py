"""Verify a retention ledger: every hash, every body, every sequence number and the head.

What each check finds: a row whose content was edited (its body no longer matches its digest, or
an indexed column no longer matches its body); a row edited together with its digest (its hash
no longer matches); a deleted row (a gap in the sequence numbers, and the next row no longer
follows); rows moved to other sequence numbers (their hashes cover the number); rows deleted from
the end (the head no longer matches); content deleted without a disposal entry. A rewrite of the
whole chain from some entry on, head included, is caught only against a head hash kept elsewhere,
such as an export's manifest: pass it as an ``anchor``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import attrs

from ._ledger_entries import GENESIS, body_digest, entry_hash, record_columns
from ._ledger_store import ENTRIES, HEAD, INDEXED, TOMBSTONE_COLUMNS, Store

__all__ = ["Verification", "verify"]

_PAGE = 1000
#: At most this many problems are listed; ``problem_count`` says how many there were.
MAX_PROBLEMS = 100


@attrs.frozen
class Verification:
    """What :meth:`Ledger.verify` found.

    ``ok`` is true when there is no problem; ``problems`` lists them (each naming its entry),
    ``first_broken`` is the lowest sequence number involved, ``entries`` the number of entries
    read and ``head`` the chain's head (sequence number, hash) as the ledger records it.
    """

    entries: int
    head: tuple[int, str]
    problems: tuple[str, ...]
    first_broken: int | None
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        """Whether the ledger verified: no problem at all."""
        return not self.problems

    def render(self) -> str:
        """The report in plain text, as ``msp records verify`` prints it."""
        if self.ok:
            return (
                f"ok: {self.entries:,} entries, chain intact; head {self.head[0]} {self.head[1]}\n"
            )
        more = self.problem_count - len(self.problems)
        lines = [
            f"BROKEN: {self.problem_count:,} problems in {self.entries:,} entries;"
            f" first broken entry: {self.first_broken}",
            *(f"  {problem}" for problem in self.problems),
        ]
        if more > 0:
            lines.append(f"  ... and {more:,} more")
        return "\n".join(lines) + "\n"


class _Findings:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.count = 0
        self.first: int | None = None

    def add(self, sequence: int, message: str) -> None:
        self.count += 1
        self.first = sequence if self.first is None else min(self.first, sequence)
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"entry {sequence}: {message}")


def verify(store: Store, anchors: Iterable[tuple[int, str]] = ()) -> Verification:
    """Read every entry of ``store`` in order and check the chain; see the module docstring."""
    anchored = dict(anchors)
    with store.transaction(write=False) as snapshot:
        head_rows = snapshot.execute(f"SELECT sequence, hash FROM {HEAD} WHERE id = 1")
        last_rows = snapshot.execute(f"SELECT MAX(sequence) FROM {ENTRIES}")
    head = (int(head_rows[0][0]), str(head_rows[0][1])) if head_rows else (0, GENESIS)
    last = int(last_rows[0][0] or 0) if last_rows else 0
    # Entries appended while this runs are beyond the snapshot and are not read.
    end = max(head[0], last)
    findings = _Findings()
    previous, expected, entries = GENESIS, 1, 0
    # A tombstone's hash and kept columns, and what its disposal entry says they were.
    tombstones: dict[int, tuple[str, dict[str, object]]] = {}
    disposals: dict[int, tuple[str, dict[str, object]]] = {}
    after = 0
    while after < end:
        with store.transaction(write=False) as reading:
            rows = reading.execute(
                f"SELECT sequence, kind, recorded_at, {', '.join(INDEXED)}, subject, body,"
                f" body_digest, previous, hash FROM {ENTRIES}"
                f" WHERE sequence > ? AND sequence <= ? ORDER BY sequence LIMIT {_PAGE}",
                (after, end),
            )
        if not rows:
            break
        for row in rows:
            sequence, kind, recorded_at = row[0], row[1], row[2]
            columns = dict(zip(INDEXED, row[3:10], strict=True))
            subject, body, digest, stored_previous, stored_hash = row[10:]
            entries += 1
            if sequence != expected:
                missing = expected if sequence > expected else sequence
                findings.add(
                    missing,
                    f"missing: the entries jump from {expected - 1} to {sequence}"
                    if sequence > expected
                    else f"out of order: found after entry {expected - 1}",
                )
            if stored_previous != previous:
                findings.add(sequence, "does not follow the entry before it (its previous hash)")
            if entry_hash(sequence, kind, recorded_at, stored_previous, digest) != stored_hash:
                findings.add(sequence, "its hash does not match its contents (edited or moved)")
            if sequence in anchored and anchored[sequence] != stored_hash:
                findings.add(sequence, f"its hash differs from the anchor {anchored[sequence]}")
            if body is None:
                if kind == "record":
                    kept = {name: columns[name] for name in TOMBSTONE_COLUMNS}
                    tombstones[sequence] = (stored_hash, kept)
                else:
                    findings.add(sequence, f"the content of this {kind} entry was deleted")
            elif body_digest(body) != digest:
                findings.add(sequence, f"its {kind} content was edited (digest differs)")
            else:
                _check_body(findings, sequence, kind, body, columns, subject, disposals)
            previous, expected = stored_hash, sequence + 1
        after = rows[-1][0]
    if head[0] != expected - 1 or head[1] != previous:
        findings.add(
            expected,
            f"the ledger ends at entry {expected - 1} but its head is entry {head[0]}"
            " (entries were deleted from the end, or the head was altered)",
        )
    for sequence in sorted(anchored):
        if sequence > expected - 1:
            findings.add(sequence, "anchored, but no longer in the ledger")
    for sequence, (chained, kept) in sorted(tombstones.items()):
        disposal = disposals.get(sequence)
        if disposal is None or disposal[0] != chained:
            findings.add(sequence, "its content was deleted without a disposal entry")
        elif disposal[1] != kept:
            findings.add(sequence, "its tombstone differs from what its disposal entry kept")
    return Verification(
        entries=entries,
        head=head,
        problems=tuple(findings.problems),
        first_broken=findings.first,
        problem_count=findings.count,
    )


def _check_body(
    findings: _Findings,
    sequence: int,
    kind: str,
    body: str,
    columns: dict[str, object],
    subject: object,
    disposals: dict[int, tuple[str, dict[str, object]]],
) -> None:
    data = json.loads(body)
    if kind == "record":
        derived = record_columns(data)
        for name in INDEXED:
            if columns[name] != derived[name]:
                findings.add(sequence, f"its {name} column differs from its content")
        return
    # Outside records only a decision's outcome is indexed (violations() counts by it).
    expected: dict[str, object] = dict.fromkeys(INDEXED)
    if kind == "decision":
        expected["decision"] = data.get("outcome")
    for name in INDEXED:
        if columns[name] != expected[name]:
            findings.add(sequence, f"its {name} column differs from its content")
    if kind in {"decision", "disposal", "release"}:
        target = data.get("hold" if kind == "release" else "record")
        if subject != target or not isinstance(target, int) or target >= sequence:
            findings.add(sequence, f"its {kind} refers to entry {subject!r}, expected {target!r}")
        if kind == "disposal" and isinstance(target, int):
            disposals[target] = (data["record_hash"], data.get("kept", {}))
