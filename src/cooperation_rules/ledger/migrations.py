"""The ledger's schema, version by version: a store is created at the newest and upgraded from an older one.

Every table is append-only: the triggers refuse an update or a delete (on PostgreSQL also a truncation, and the
privileges to do any of them are revoked), so that nothing recorded changes (the hash chain would show it; the store
refuses it first).
"""

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Final, Protocol

from ..catalogs import N_
from ..errors import LedgerSchemaError

#: The tables every version has, in SQL both stores read (``?`` placeholders, turned into ``%s`` for PostgreSQL).
_TABLES: Final[tuple[str, ...]] = (
    """CREATE TABLE entries (
        seq BIGINT PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL,
        event_date TEXT NOT NULL,
        actor TEXT NOT NULL,
        case_id TEXT NOT NULL,
        request_id TEXT,
        transfer_id TEXT,
        event_json TEXT NOT NULL,
        resolved_json TEXT NOT NULL,
        body TEXT NOT NULL,
        previous TEXT NOT NULL,
        hash TEXT NOT NULL)""",
    """CREATE TABLE duties (
        duty_id TEXT PRIMARY KEY,
        seq BIGINT NOT NULL,
        source_event_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        parties TEXT NOT NULL,
        opened_on TEXT NOT NULL,
        due TEXT,
        timing TEXT NOT NULL,
        effective_due TEXT,
        survives INTEGER NOT NULL,
        request_id TEXT,
        transfer_id TEXT,
        duty_json TEXT NOT NULL)""",
    """CREATE TABLE discharges (
        duty_id TEXT PRIMARY KEY,
        seq BIGINT NOT NULL,
        by_event_id TEXT NOT NULL,
        on_date TEXT NOT NULL)""",
)
_APPEND_ONLY = ("entries", "duties", "discharges")


def _sqlite_guards(tables: tuple[str, ...]) -> tuple[str, ...]:
    """SQLite: a trigger per table and verb refuses the change."""
    return tuple(
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {table} cannot be {done}'); END"
        for table in tables
        for verb, done in (("UPDATE", "updated"), ("DELETE", "deleted"))
    )


def _postgresql_guards(tables: tuple[str, ...]) -> tuple[str, ...]:
    """PostgreSQL: per table, a trigger refusing UPDATE, DELETE and TRUNCATE, and those privileges revoked."""
    return tuple(
        statement
        for table in tables
        for statement in (
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC, CURRENT_USER",
        )
    )


_SQLITE_GUARDS: Final = _sqlite_guards(_APPEND_ONLY)

#: PostgreSQL: a trigger refuses UPDATE, DELETE and TRUNCATE (even for the owner and a superuser), and the privileges
#: to do them are revoked from everyone, the owner included.
_POSTGRESQL_GUARDS: Final[tuple[str, ...]] = (
    """CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % cannot be changed by %', TG_TABLE_NAME, TG_OP;
    END $$""",
    *_postgresql_guards(_APPEND_ONLY),
)

#: Version 1 in the SQLite store (kept as written, for the test of an upgrade from it).
_V1: Final[tuple[str, ...]] = (*_TABLES, *_SQLITE_GUARDS)

#: Version 2: the indexes ``Ledger.duties`` answers from, and those that resolve references.
_V2: Final[tuple[str, ...]] = (
    "CREATE INDEX duties_effective_due ON duties (effective_due)",
    "CREATE INDEX duties_case ON duties (case_id)",
    "CREATE INDEX duties_request ON duties (request_id, kind)",
    "CREATE INDEX duties_transfer ON duties (transfer_id, kind)",
    "CREATE INDEX entries_type ON entries (event_type, seq)",
    "CREATE INDEX entries_transfer ON entries (transfer_id, event_type)",
    "CREATE INDEX discharges_date ON discharges (on_date)",
)

#: Version 3: the duties in the order they were opened, so that a first page of ``Ledger.duties`` reads only as many
#: rows as it needs; and the overdue ones by due day with what the filter reads, so that counting them reads no table.
_V3: Final[tuple[str, ...]] = (
    "CREATE INDEX duties_order ON duties (seq, duty_id)",
    "CREATE INDEX duties_due_cover ON duties (effective_due, opened_on, survives, duty_id)",
)

#: Version 4:
#: - the entry from which on the chain is hashed as ``chain.link`` (those before it, written by an older schema, keep
#:   ``chain.link_v1``);
#: - the parts many entries share (the quoted provisions and the findings of an outcome), kept once under their
#:   digest, which the entries' bodies name (so the chain covers them);
#: - the discharges by entry, so that checking the chain reads them a page at a time;
#: - the duties by the event that opened them, for the acts that perform the duties of one event;
#: - the subject of cooperation a duty's case serves, which a partial suspension reaches (unknown, so reached by
#:   none, for the duties recorded before);
#: - the duties discharged, each with the day and what the filters of ``Ledger.count_duties`` read of the duty, so
#:   that a count of the duties not yet discharged is two counts over an index each (those opened, less those
#:   discharged), never a lookup per duty; and the index the first count reads, which holds the filters' columns;
#: - no index on the due day alone, which the counting index begins with.
_V4_TABLES: Final[tuple[str, ...]] = (
    "CREATE TABLE parts (digest TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE chain_format (since_seq BIGINT NOT NULL)",
    "INSERT INTO chain_format (since_seq) SELECT COALESCE(MAX(seq), 0) + 1 FROM entries",
    "CREATE INDEX discharges_seq ON discharges (seq)",
    "CREATE INDEX duties_source ON duties (source_event_id, kind)",
    "ALTER TABLE duties ADD COLUMN subject TEXT",
    "DROP INDEX duties_due_cover",
    "CREATE INDEX duties_count ON duties (effective_due, opened_on, survives, subject, parties)",
    """CREATE TABLE discharged (
        duty_id TEXT PRIMARY KEY,
        on_date TEXT NOT NULL,
        effective_due TEXT,
        opened_on TEXT NOT NULL,
        survives INTEGER NOT NULL,
        subject TEXT,
        parties TEXT NOT NULL)""",
    "INSERT INTO discharged (duty_id, on_date, effective_due, opened_on, survives, subject, parties)"
    " SELECT x.duty_id, x.on_date, d.effective_due, d.opened_on, d.survives, d.subject, d.parties"
    " FROM discharges x JOIN duties d ON d.duty_id = x.duty_id",
    "CREATE INDEX discharged_count ON discharged (effective_due, on_date, opened_on, survives, subject, parties)",
    "DROP INDEX duties_effective_due",
)

#: The statements that bring a SQLite store from version ``i`` to ``i + 1``, in order.
_V4_GUARDED = ("parts", "chain_format", "discharged")
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (_V1, _V2, _V3, (*_V4_TABLES, *_sqlite_guards(_V4_GUARDED)))
#: The same for a PostgreSQL store.
POSTGRESQL_MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    (*_TABLES, *_POSTGRESQL_GUARDS),
    _V2,
    _V3,
    (*_V4_TABLES, *_postgresql_guards(_V4_GUARDED)),
)
#: The schema version this library writes.
SCHEMA_VERSION: Final = len(MIGRATIONS)


def pending(current: int, *, postgresql: bool = False) -> Sequence[tuple[int, tuple[str, ...]]]:
    """The migrations to apply to a store at version ``current``, each with the version it reaches."""
    migrations = POSTGRESQL_MIGRATIONS if postgresql else MIGRATIONS
    return [(i + 1, migrations[i]) for i in range(current, SCHEMA_VERSION)]


class _Store(Protocol):
    """What a store offers the migration: its name, a write transaction, and statements with ``?`` placeholders."""

    path: str

    def transaction(self) -> AbstractContextManager[None]: ...
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...
    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None: ...


def migrate(store: _Store, *, postgresql: bool = False) -> None:
    """Create the schema of ``store``, or upgrade an older one, in one transaction; ``LedgerSchemaError`` for a
    schema newer than this library knows."""
    with store.transaction():
        store.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = store.one("SELECT MAX(version) FROM schema_version")
        current = int(row[0]) if row and row[0] is not None else 0
        if current > SCHEMA_VERSION:
            raise LedgerSchemaError(
                N_(
                    "%(store)s: the ledger's schema is version %(found)s, newer than version %(known)s that this library"
                    " knows; upgrade cooperation-rules to open it"
                ),
                store=store.path,
                found=current,
                known=SCHEMA_VERSION,
            )
        for version, statements in pending(current, postgresql=postgresql):
            for statement in statements:
                store.execute(statement)
            store.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
