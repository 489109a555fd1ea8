"""The ledger's schema, version by version: a store is created at the newest and upgraded from an older one.

Every table is append-only: the triggers refuse an update or a delete, so that nothing recorded changes (the hash
chain would show it; the store refuses it first).
"""

from collections.abc import Sequence
from typing import Final

#: The tables every version has, and the append-only triggers (SQLite dialect; ``?`` placeholders).
_V1: Final[tuple[str, ...]] = (
    """CREATE TABLE entries (
        seq INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL,
        event_date TEXT NOT NULL,
        actor TEXT NOT NULL,
        case_id TEXT NOT NULL,
        request_id TEXT,
        transfer_id TEXT,
        event_json TEXT NOT NULL,
        body TEXT NOT NULL,
        previous TEXT NOT NULL,
        hash TEXT NOT NULL)""",
    """CREATE TABLE duties (
        duty_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
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
        seq INTEGER NOT NULL,
        by_event_id TEXT NOT NULL,
        on_date TEXT NOT NULL)""",
    *(
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {table} cannot be {done}'); END"
        for table in ("entries", "duties", "discharges")
        for verb, done in (("UPDATE", "updated"), ("DELETE", "deleted"))
    ),
)

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

#: The statements that bring a store from version ``i`` to ``i + 1``, in order.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (_V1, _V2)
#: The schema version this library writes.
SCHEMA_VERSION: Final = len(MIGRATIONS)


def pending(current: int) -> Sequence[tuple[int, tuple[str, ...]]]:
    """The migrations to apply to a store at version ``current``, each with the version it reaches."""
    return [(i + 1, MIGRATIONS[i]) for i in range(current, SCHEMA_VERSION)]
