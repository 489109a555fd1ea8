"""The server store: PostgreSQL through psycopg 3 (the ``postgresql`` extra).

Appends are serialised by a transaction-scoped advisory lock taken first in every write transaction: whatever
number of processes record at once, each reads the head of the chain after the previous writer committed, so the
chain stays one line. The ledger's SQL is written with ``?`` placeholders; this store turns them into ``%s``.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..catalogs import N_
from ..errors import LedgerError
from .migrations import migrate

#: The advisory lock every append takes (an arbitrary constant: "ledger" in ASCII).
APPEND_LOCK = 0x6C6564676572


class PostgresqlStore:
    """A ledger's tables in a PostgreSQL database (the search path's first schema)."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise LedgerError(N_("a PostgreSQL ledger needs psycopg: pip install 'cooperation-rules[postgresql]'")) from None
        self.path = url.split("@")[-1]  # never the password
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise LedgerError(
                N_("cannot connect to the PostgreSQL ledger at %(server)s: %(reason)s"),
                server=self.path,
                reason=str(exc).strip()[:300],
            ) from None
        self._depth = 0
        self.migrate()

    @staticmethod
    def _sql(sql: str, params: Sequence[Any]) -> tuple[str, tuple[Any, ...] | None]:
        """The statement for psycopg: ``%s`` placeholders, and no parameters at all when there are none, so that a
        ``%`` in a statement without any (the append-only trigger's message) is left as written."""
        return (sql.replace("?", "%s"), tuple(params)) if params else (sql, None)

    def migrate(self) -> None:
        """Create the schema, or upgrade an older one; ``LedgerSchemaError`` for a newer one."""
        migrate(self, postgresql=True)

    def version(self) -> int:
        """The schema version of the store."""
        row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, serialised with every other append by the advisory lock."""
        # In pipeline mode: a statement whose result nobody reads (an insert) is sent without waiting for the
        # server's answer, and only a read waits, so a batch costs far fewer round trips.
        with self._db.pipeline(), self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (APPEND_LOCK,))
            yield

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._db.execute(*self._sql(sql, params))

    @staticmethod
    def in_order(table: str, alias: str, index: str) -> str:
        """``table``, named ``alias``, as it is: PostgreSQL's planner weighs a LIMIT, and takes no index hint."""
        return f"{table} {alias}"

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each of ``rows`` (psycopg pipelines them)."""
        with self._db.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), [tuple(r) for r in rows])

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of a query."""
        return [tuple(r) for r in self._db.execute(*self._sql(sql, params)).fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """The first row of a query, or ``None``."""
        row = self._db.execute(*self._sql(sql, params)).fetchone()
        return None if row is None else tuple(row)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()
