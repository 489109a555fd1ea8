"""What only the PostgreSQL store does: its triggers and privileges, and four writers keeping one chain."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import cooperation_rules as cr

WRITER = Path(__file__).with_name("writer.py")
TRANSFER = {
    "type": "transfer", "id": "t1", "date": "2026-03-02", "actor": "CZ", "categories": ["identity"],
    "purpose": "suppressing_criminal_activity", "destruction_term": "2031-01-01",
}  # fmt: skip


def test_the_store_refuses_updates_deletes_and_truncation(fresh_postgresql: Callable[[], str]) -> None:
    import psycopg

    url = fresh_postgresql()
    with cr.Ledger.open(url) as ledger:
        ledger.record(TRANSFER)
    with psycopg.connect(url, autocommit=True) as db:
        for sql in ("UPDATE entries SET body = 'x'", "DELETE FROM duties", "TRUNCATE discharges", "UPDATE parts SET json = 'x'"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                db.execute(sql)  # type: ignore[arg-type]
        # Beside the triggers, the privilege to change a recorded row is revoked from PUBLIC (and from the owner,
        # though a superuser, as this test server's user, holds every privilege: the triggers refuse it all the same).
        for table in ("entries", "duties", "discharges", "parts"):
            row = db.execute(
                "SELECT has_table_privilege('public', %s, 'UPDATE'), has_table_privilege('public', %s, 'DELETE')",
                (table, table),
            ).fetchone()
            assert row == (False, False)
    with cr.Ledger.open(url) as ledger:
        assert ledger.verify().ok


def test_a_newer_schema_is_refused(fresh_postgresql: Callable[[], str]) -> None:
    import psycopg

    url = fresh_postgresql()
    cr.Ledger.open(url).close()
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("INSERT INTO schema_version VALUES (7)")
    with pytest.raises(cr.LedgerSchemaError, match="version 7, newer than version 4"):
        cr.Ledger.open(url)


def test_four_processes_recording_at_once_keep_one_linear_chain(fresh_postgresql: Callable[[], str]) -> None:
    url = fresh_postgresql()
    cr.Ledger.open(url).close()  # the schema exists before the writers race
    writers = [
        subprocess.Popen(
            [sys.executable, str(WRITER), url, prefix, "25", "4"], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
        )
        for prefix in ("a", "b", "c", "d")
    ]
    for w in writers:
        out, _ = w.communicate(timeout=600)
        assert w.returncode == 0
        assert out.split("\n")[-2] == "ack 24"
    with cr.Ledger.open(url) as ledger:
        result = ledger.verify()
        ids = {d.source_event_id for d in ledger.duties(dt.date(2026, 3, 2))}
    assert (result.ok, result.checked) == (True, 4 * 25 * 4)
    assert ids == {f"{p}-{b}-{n}" for p in "abcd" for b in range(25) for n in range(4)}


def test_a_writer_killed_mid_batch_loses_no_acknowledged_event(fresh_postgresql: Callable[[], str]) -> None:
    import signal

    url = fresh_postgresql()
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), url, "w", "1000", "25"], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert writer.stdout is not None
    acked = []
    for line in writer.stdout:
        acked.append(int(line.split()[1]))
        if len(acked) == 5:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    with cr.Ledger.open(url) as ledger:
        size = ledger.checkpoint().size
        result = ledger.verify()
        ids = {d.source_event_id for d in ledger.duties(dt.date(2026, 3, 2))}
    assert result.ok
    assert size % 25 == 0
    assert {f"w-{b}-{n}" for b in range(5) for n in range(25)} <= ids


def test_a_long_log_is_checked_in_ranges_by_other_processes_too(
    fresh_postgresql: Callable[[], str], ranges_checked_here: list[tuple[int, int]]
) -> None:
    """The worker processes open the server from the address given on their standard input, password and all."""
    import psycopg

    url = fresh_postgresql()
    with cr.Ledger.open(url) as ledger:
        ledger.record_many([{**TRANSFER, "id": f"t{n}"} for n in range(1, 10)])
        assert ledger.verify(workers=1) == cr.Verification(ok=True, checked=9)
    here = ranges_checked_here
    here.clear()
    with cr.Ledger.open(url) as ledger:
        assert ledger.verify(workers=3) == cr.Verification(ok=True, checked=9)
    assert here == [(1, 3)]
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("ALTER TABLE entries DISABLE TRIGGER USER")
        db.execute("UPDATE entries SET body = replace(body, 't8', 't88') WHERE seq = 8")
    with cr.Ledger.open(url) as ledger:
        broken = ledger.verify(workers=3)
    assert broken == cr.Verification(ok=False, checked=8, broken_at=8, reason="the entry's hash does not hold")
    assert here == [(1, 3), (1, 3)]
