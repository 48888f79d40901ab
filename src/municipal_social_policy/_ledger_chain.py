"""Appending to the retention ledger's chain: entries hashed, linked and written in one go.

Used inside one write transaction, which holds the ledger alone: the head is read when it
starts, each entry's hash covers the previous one, and :meth:`Chain.flush` inserts the entries
and moves the head, a round trip per batch rather than several per entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._ledger_entries import GENESIS, body_digest, canonical, entry_hash
from ._ledger_store import COLUMNS, ENTRIES, HEAD, Store

__all__ = ["Chain"]

_INSERT = f"INSERT INTO {ENTRIES} ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class Chain:
    """The entries appended in one write transaction.

    The head is read once when it starts and written once by :meth:`flush`, and the rows are
    inserted together: a round trip per batch, not four per entry.
    """

    def __init__(self, store: Store, now: Callable[[], str]) -> None:
        self.store = store
        self._now = now
        last = store.execute(f"SELECT sequence, hash FROM {ENTRIES} ORDER BY sequence DESC LIMIT 1")
        self.sequence, self.hash = (int(last[0][0]), str(last[0][1])) if last else (0, GENESIS)
        self._rows: list[tuple[Any, ...]] = []

    def append(
        self,
        kind: str,
        body: dict[str, Any],
        columns: dict[str, Any] | None = None,
        subject: int | None = None,
    ) -> tuple[int, str, str, str]:
        """Add one entry: (sequence, recorded_at, hash, previous)."""
        sequence, previous, recorded_at = self.sequence + 1, self.hash, self._now()
        text = canonical(body)
        digest = body_digest(text)
        chained = entry_hash(sequence, kind, recorded_at, previous, digest)
        values = dict.fromkeys(COLUMNS) | (columns or {})
        values |= {
            "sequence": sequence,
            "kind": kind,
            "recorded_at": recorded_at,
            "subject": subject,
            "body": text,
            "body_digest": digest,
            "previous": previous,
            "hash": chained,
        }
        self._rows.append(tuple(values[name] for name in COLUMNS))
        self.sequence, self.hash = sequence, chained
        return sequence, recorded_at, chained, previous

    def flush(self) -> None:
        """Insert the entries added and move the head to the last."""
        if self._rows:
            self.store.executemany(_INSERT, self._rows)
            self.store.execute(
                f"UPDATE {HEAD} SET sequence = ?, hash = ? WHERE id = 1", (self.sequence, self.hash)
            )
            self._rows = []
