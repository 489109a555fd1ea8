"""The embedded store: a SQLite file (or memory) through the standard library, in WAL mode with a busy timeout.

Each write is one ``BEGIN IMMEDIATE`` transaction: a second process waits for the first to commit, then sees its
entries, so two writers never fork the chain.
"""

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .migrations import migrate

#: How long a writer waits for another to commit, in milliseconds.
BUSY_TIMEOUT_MS = 30_000


class SqliteStore:
    """A ledger's tables in one SQLite database; ``?`` placeholders as written in the ledger's SQL."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")  # an acknowledged commit survives a crash of the machine too
        self.migrate()

    def migrate(self) -> None:
        """Create the schema, or upgrade an older one; ``LedgerSchemaError`` for a newer one."""
        migrate(self)

    def version(self) -> int:
        """The schema version of the store."""
        row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``), committed or rolled back whole."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._db.execute(sql, tuple(params))

    @staticmethod
    def in_order(table: str, alias: str, index: str) -> str:
        """``table``, named ``alias``, read through ``index``: SQLite's planner would otherwise prefer a narrower
        index and sort what it finds, reading every row the filter holds to give the first few."""
        return f"{table} {alias} INDEXED BY {index}"

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each of ``rows``."""
        self._db.executemany(sql, rows)

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of a query."""
        return list(self._db.execute(sql, tuple(params)).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """The first row of a query, or ``None``."""
        row = self._db.execute(sql, tuple(params)).fetchone()
        return None if row is None else tuple(row)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()
