"""The server store: PostgreSQL through psycopg 3 (the ``postgresql`` extra).

Appends are serialised by a transaction-scoped advisory lock taken first in every write transaction: whatever
number of processes record at once, each reads the head of the chain after the previous writer committed, so the
chain stays one line. The ledger's SQL is written with ``?`` placeholders; this store turns them into ``%s``.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import LedgerError, LedgerSchemaError
from .migrations import SCHEMA_VERSION, pending

#: The advisory lock every append takes (an arbitrary constant: "ledger" in ASCII).
APPEND_LOCK = 0x6C6564676572


class PostgresqlStore:
    """A ledger's tables in a PostgreSQL database (the search path's first schema)."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise LedgerError("a PostgreSQL ledger needs psycopg: pip install 'cooperation-rules[postgresql]'") from None
        self.path = url.split("@")[-1]  # never the password
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise LedgerError(f"cannot connect to the PostgreSQL ledger at {self.path}: {str(exc).strip()[:300]}") from None
        self._depth = 0
        self.migrate()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def migrate(self) -> None:
        """Create the schema, or upgrade an older one; ``LedgerSchemaError`` for a newer one."""
        with self.transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
            current = int(row[0]) if row and row[0] is not None else 0
            if current > SCHEMA_VERSION:
                raise LedgerSchemaError(
                    f"{self.path}: the ledger's schema is version {current}, newer than version {SCHEMA_VERSION}"
                    " that this library knows; upgrade cooperation-rules to open it"
                )
            for version, statements in pending(current, postgresql=True):
                for statement in statements:
                    self._db.execute(statement)
                self._db.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))

    def version(self) -> int:
        """The schema version of the store."""
        row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, serialised with every other append by the advisory lock."""
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (APPEND_LOCK,))
            yield

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._db.execute(self._sql(sql), tuple(params))

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of a query."""
        return [tuple(r) for r in self._db.execute(self._sql(sql), tuple(params)).fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """The first row of a query, or ``None``."""
        row = self._db.execute(self._sql(sql), tuple(params)).fetchone()
        return None if row is None else tuple(row)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()
