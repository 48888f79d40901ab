"""Where the retention ledger keeps its entries: SQLite (the default) or PostgreSQL, by URL.

One table of entries, ordered by ``sequence``, and a one-row table holding the chain's head. The
two databases differ only in placeholders, in how a writer takes the ledger for itself (SQLite
``BEGIN IMMEDIATE``; PostgreSQL a table lock) and in the driver; everything else is the same SQL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

from .exceptions import LedgerURLError

__all__ = [
    "COLUMNS",
    "ENTRIES",
    "HEAD",
    "INDEXED",
    "TOMBSTONE_COLUMNS",
    "Store",
    "connect",
    "redact",
]

#: The table names; prefixed so that a ledger can live in a vendor's existing database.
ENTRIES = "msp_ledger_entries"
HEAD = "msp_ledger_head"

#: The columns a record is found by, derived from its body (a decision's outcome uses
#: ``decision``; other entries leave them empty).
INDEXED = (
    "comment_id",
    "author_id",
    "decision",
    "clauses",
    "posted_at",
    "retain_until",
    "ordinance_digest",
)
#: Every column of an entry, in table order.
COLUMNS = (
    "sequence",
    "kind",
    "recorded_at",
    *INDEXED,
    "subject",
    "body",
    "body_digest",
    "previous",
    "hash",
)
#: The columns a disposed-of record keeps; its disposal entry holds their values.
TOMBSTONE_COLUMNS = ("comment_id", "decision", "clauses", "ordinance_digest", "retain_until")

_SCHEMA = (
    f"""CREATE TABLE IF NOT EXISTS {ENTRIES} (
        sequence BIGINT PRIMARY KEY,
        kind TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        comment_id TEXT,
        author_id TEXT,
        decision TEXT,
        clauses TEXT,
        posted_at TEXT,
        retain_until TEXT,
        ordinance_digest TEXT,
        subject BIGINT,
        body TEXT,
        body_digest TEXT NOT NULL,
        previous TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    # One record per comment and ordinance: recording is idempotent, even across processes.
    f"""CREATE UNIQUE INDEX IF NOT EXISTS {ENTRIES}_record
        ON {ENTRIES} (comment_id, ordinance_digest) WHERE kind = 'record'""",
    f"CREATE INDEX IF NOT EXISTS {ENTRIES}_author ON {ENTRIES} (author_id)",
    f"CREATE INDEX IF NOT EXISTS {ENTRIES}_subject ON {ENTRIES} (subject)",
    f"CREATE INDEX IF NOT EXISTS {ENTRIES}_kind ON {ENTRIES} (kind, sequence)",
    f"""CREATE TABLE IF NOT EXISTS {HEAD} (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sequence BIGINT NOT NULL,
        hash TEXT NOT NULL,
        format INTEGER NOT NULL
    )""",
)


class _Cursor(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class Store:
    """A connection to one ledger database, with the transactions the ledger needs."""

    def __init__(
        self, connection: Any, dialect: Literal["sqlite", "postgresql"], description: str
    ) -> None:
        self._connection = connection
        self.dialect = dialect
        #: The URL without its password, for messages.
        self.description = description

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one statement; its rows (empty for a statement that returns none)."""
        cursor = self._connection.execute(self._sql(sql), tuple(params))
        return list(cursor.fetchall()) if cursor.description is not None else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each of ``rows`` (PostgreSQL: pipelined, one round trip)."""
        if not rows:
            return
        if self.dialect == "sqlite":
            self._connection.executemany(sql, rows)
        else:
            with self._connection.cursor() as cursor:
                cursor.executemany(self._sql(sql), rows)

    @contextlib.contextmanager
    def transaction(self, *, write: bool) -> Iterator[Store]:
        """A transaction; a writing one holds the ledger alone until it ends."""
        if self.dialect == "sqlite":
            self._connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        elif write:
            self._connection.execute("BEGIN")
            self._connection.execute(f"LOCK TABLE {ENTRIES} IN EXCLUSIVE MODE")
        else:
            self._connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield self
        except BaseException:
            with contextlib.suppress(Exception):
                self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def create_schema(self, genesis: str) -> None:
        """Create the tables if they do not exist yet; safe when several processes start at once."""
        if self.dialect == "sqlite":
            self._connection.execute("BEGIN IMMEDIATE")
        else:
            self._connection.execute("BEGIN")
            # CREATE ... IF NOT EXISTS races in PostgreSQL; one creator at a time.
            self._connection.execute("SELECT pg_advisory_xact_lock(7303551890071404817)")
        try:
            for statement in _SCHEMA:
                self._connection.execute(statement)
            self._connection.execute(
                self._sql(
                    f"INSERT INTO {HEAD} (id, sequence, hash, format) VALUES (1, 0, ?, 1)"
                    " ON CONFLICT (id) DO NOTHING"
                ),
                (genesis,),
            )
        except BaseException:
            with contextlib.suppress(Exception):
                self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def exists(self) -> bool:
        """Whether the ledger's tables are there."""
        if self.dialect == "sqlite":
            rows = self.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (HEAD,))
        else:
            rows = self.execute("SELECT to_regclass(?)", (HEAD,))
            rows = [row for row in rows if row[0] is not None]
        return bool(rows)

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()


def redact(url: str) -> str:
    """``url`` without a password."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def connect(url: str, *, create: bool) -> Store:
    """Open the ledger database ``url`` names: ``sqlite:///path.db`` or ``postgresql://...``."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "sqlite":
        return _sqlite(url, create=create)
    if scheme in {"postgresql", "postgres"}:
        return _postgresql(url)
    raise LedgerURLError(
        f"ledger URL: expected sqlite:///path.db or postgresql://user@host/database, got {url!r};"
        " for a file in the current directory write sqlite:///records.db"
    )


def _sqlite(url: str, *, create: bool) -> Store:
    if not url.startswith("sqlite:///"):
        raise LedgerURLError(
            f"ledger URL: expected three slashes after 'sqlite:' (sqlite:///records.db, or"
            f" sqlite:////absolute/path.db), got {url!r}"
        )
    path = urllib.parse.unquote(url.removeprefix("sqlite:///").split("?", 1)[0])
    if not path:
        raise LedgerURLError(f"ledger URL: no file named in {url!r}; write sqlite:///records.db")
    if path != ":memory:" and not create and not Path(path).exists():
        raise LedgerURLError(
            f"ledger URL: no ledger at {path!r} (from {url!r}); check the path, or record"
            " into it first with msp evaluate --ledger"
        )
    try:
        if path != ":memory:" and create:
            # The records hold personal data: a new ledger is readable by its owner only (SQLite
            # gives its -wal and -shm files the same permissions).
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        # isolation_level=None: the ledger begins and commits its own transactions.
        connection = sqlite3.connect(path, isolation_level=None, timeout=60.0)
    except (OSError, sqlite3.Error) as error:
        raise LedgerURLError(f"ledger URL: cannot open {path!r} from {url!r}: {error}") from None
    connection.execute("PRAGMA busy_timeout = 60000")
    # WAL lets readers work while a process appends; FULL makes each commit reach the disk.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    return Store(connection, "sqlite", url)


def _postgresql(url: str) -> Store:
    try:
        import psycopg
    except ImportError:
        raise LedgerURLError(
            f"ledger URL {redact(url)!r} needs psycopg 3; install it with"
            " pip install 'municipal_social_policy[postgres]'"
        ) from None
    try:
        connection = psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        raise LedgerURLError(f"ledger URL: cannot connect to {redact(url)!r}: {error}") from None
    return Store(connection, "postgresql", redact(url))
