"""Which store a ledger's address names: SQLite in memory or in a file, or a PostgreSQL server."""

from ..catalogs import N_
from ..errors import LedgerError
from .postgresql_store import PostgresqlStore
from .sqlite_store import SqliteStore


def open_store(url: str) -> SqliteStore | PostgresqlStore:
    """The store at ``url``: ``:memory:``, ``sqlite:///path.db`` (``sqlite:///`` alone: in memory), a file path, or
    ``postgresql://...``; ``LedgerError`` for an address of another kind."""
    if url == ":memory:":
        return SqliteStore(":memory:")
    if url.startswith("sqlite:///"):
        return SqliteStore(url.removeprefix("sqlite:///") or ":memory:")
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresqlStore(url)
    if "://" in url:
        raise LedgerError(
            N_("unknown ledger address %(address)s: expected :memory:, sqlite:///path.db or a file path"), address=repr(url)
        )
    return SqliteStore(url)
