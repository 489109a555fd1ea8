"""Checking a log in ranges side by side: the same answer as one pass, whatever is broken and wherever."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cooperation_rules as cr
from cooperation_rules.ledger import verification
from cooperation_rules.ledger.stores import open_store

from .cases import transfer


def _events() -> list[dict[str, object]]:
    """Twelve entries: four transfers, each destroyed (discharging its duties), and four written requests."""
    out: list[dict[str, object]] = []
    for n in range(1, 5):
        out.append(transfer(id=f"t{n}", date=f"2026-03-0{n}"))
        out.append(
            {
                "type": "destruction",
                "id": f"d{n}",
                "date": "2027-01-05",
                "actor": "KZ",
                "transfer_id": f"t{n}",
                "reason": "no_longer_necessary",
            }
        )
        out.append(
            {"type": "request", "id": f"r{n}", "date": f"2026-04-0{n}", "actor": "CZ", "subject": "training", "form": "written"}
        )
    return out


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db = tmp_path / "l.db"
    with cr.Ledger.open(str(db)) as ledger:
        ledger.record_many(_events())
    return db


def _tamper(path: Path, *statements: str) -> None:
    db = sqlite3.connect(path)
    for table in ("entries", "duties", "discharges", "discharged"):
        for verb in ("update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    for sql in statements:
        db.execute(sql)
    db.commit()
    db.close()


def _verify(path: Path, workers: int, since: cr.Checkpoint | None = None) -> cr.Verification:
    with cr.Ledger.open(str(path)) as ledger:
        return ledger.verify(since=since, workers=workers)


def test_ranges_cut_the_log_into_nearly_equal_consecutive_parts() -> None:
    assert verification.ranges(12, 3) == [(1, 4), (5, 8), (9, 12)]
    assert verification.ranges(10, 3) == [(1, 3), (4, 6), (7, 10)]
    assert verification.ranges(2, 5) == [(1, 1), (2, 2)]
    assert verification.ranges(7, 1) == [(1, 7)]


def test_how_many_processes_check_a_log() -> None:
    cores = min(__import__("os").cpu_count() or 1, verification.MAX_WORKERS)
    assert verification.workers_for(verification.PARALLEL_FROM, None, shareable=True) == cores
    assert verification.workers_for(verification.PARALLEL_FROM - 1, None, shareable=True) == 1
    assert verification.workers_for(1_000_000, None, shareable=False) == 1  # memory: no other process sees it
    assert verification.workers_for(10, 3, shareable=True) == 3
    assert verification.workers_for(2, 5, shareable=True) == 2
    assert verification.workers_for(10, 0, shareable=True) == 1
    assert verification.workers_for(0, 4, shareable=True) == 1


@pytest.mark.parametrize("workers", [1, 3, 12])
def test_a_sound_log_is_sound_in_any_number_of_ranges(path: Path, workers: int) -> None:
    assert _verify(path, workers) == cr.Verification(ok=True, checked=12)


# With three ranges the log is cut at (1-4), (5-8), (9-12): these break it inside a range, at its first or last entry.
BREAKS: dict[str, tuple[tuple[str, ...], int, str]] = {
    "the first entry's body": (
        ("UPDATE entries SET body = replace(body, '2026-03-01', '2026-03-09') WHERE seq = 1",),
        1,
        "the entry's hash does not hold",
    ),
    "the body of an entry inside a range": (
        ("UPDATE entries SET body = replace(body, 'training', 'search_for_suspects') WHERE seq = 6",),
        6,
        "the entry's hash does not hold",
    ),
    "the previous hash a range's first entry stores": (
        ("UPDATE entries SET previous = 'sha256:' || substr('0000000000' || hash, 1, 64) WHERE seq = 5",),
        5,
        "the entry's hash does not hold",
    ),
    "the hash of a range's last entry": (
        ("UPDATE entries SET hash = 'sha256:' || substr(hash, 9) || '0' WHERE seq = 4",),
        4,
        "the entry's hash does not hold",
    ),
    "a range's first entry removed": (("DELETE FROM entries WHERE seq = 9",), 9, "entry 9 is missing"),
    "a range's last entry removed": (("DELETE FROM entries WHERE seq = 8",), 8, "entry 8 is missing"),
    "a duty in the last range": (
        ("UPDATE duties SET duty_json = replace(duty_json, '2031-01-01', '2041-01-01') WHERE seq = 10",),
        10,
        "duty {} differs",
    ),
    "a discharge in the middle range": (
        ("UPDATE discharges SET on_date = '2027-01-06' WHERE seq = 8",),
        8,
        "discharge of {} differs",
    ),
    "two breaks: the earlier is reported": (
        (
            "UPDATE entries SET body = replace(body, 'training', 'search_for_suspects') WHERE seq = 12",
            "UPDATE discharges SET on_date = '2027-01-06' WHERE seq = 5",
        ),
        5,
        "discharge of {} differs",
    ),
}


@pytest.mark.parametrize("what", sorted(BREAKS))
def test_a_break_is_reported_the_same_in_any_number_of_ranges(path: Path, what: str) -> None:
    statements, at, reason = BREAKS[what]
    _tamper(path, *statements)
    one = _verify(path, 1)
    assert (one.ok, one.broken_at) == (False, at)
    assert one.reason is not None and one.reason.startswith(reason.split("{}")[0]) and one.reason.endswith(reason.split("{}")[-1])
    for workers in (2, 3):
        assert _verify(path, workers) == one, workers


def test_a_suffix_chained_again_from_a_forged_link_is_found_where_the_ranges_join(path: Path) -> None:
    """A tamperer who rewrites entry 5 and chains every later entry again from it leaves each later range sound in
    itself: only the join with the entry before shows the break, at entry 5, as one pass shows it."""
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER entries_no_update")
    previous = "sha256:" + "f" * 64
    for seq, body in db.execute("SELECT seq, body FROM entries WHERE seq >= 5 ORDER BY seq").fetchall():
        hashed = "sha256:" + hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()
        db.execute("UPDATE entries SET previous = ?, hash = ? WHERE seq = ?", (previous, hashed, seq))
        previous = hashed
    db.commit()
    db.close()
    broken = cr.Verification(ok=False, checked=5, broken_at=5, reason="the entry's hash does not hold")
    for workers in (1, 2, 3):
        assert _verify(path, workers) == broken, workers


def test_a_checkpoint_in_a_later_range_is_checked_there(path: Path) -> None:
    with cr.Ledger.open(str(path)) as ledger:
        eleventh = ledger.verify(workers=1)
        assert eleventh.ok
    db = sqlite3.connect(path)
    head = db.execute("SELECT hash FROM entries WHERE seq = 11").fetchone()[0]
    db.close()
    assert _verify(path, 3, cr.Checkpoint(size=11, head=head)) == cr.Verification(ok=True, checked=12)
    wrong = _verify(path, 3, cr.Checkpoint(size=11, head="sha256:" + "1" * 64))
    assert wrong == cr.Verification(ok=False, checked=11, broken_at=11, reason="the checkpoint's head differs")
    longer = _verify(path, 3, cr.Checkpoint(size=13, head=head))
    assert longer == cr.Verification(ok=False, checked=12, broken_at=13, reason="the log is shorter than the checkpoint")


def test_the_other_ranges_are_checked_by_other_processes(path: Path, ranges_checked_here: list[tuple[int, int]]) -> None:
    here = ranges_checked_here
    assert _verify(path, 3) == cr.Verification(ok=True, checked=12)
    assert here == [(1, 4)]


@pytest.mark.parametrize("executable", ["/nonexistent/python3", "python3 ending at once", "/bin/false", "/usr/bin/uwsgi"])
def test_a_range_whose_process_fails_is_checked_here(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, executable: str, ranges_checked_here: list[tuple[int, int]]
) -> None:
    """A worker that cannot start, or ends without an answer, changes nothing but where its range is checked; a host
    embedding Python (``sys.executable`` not an interpreter) is never started as a worker."""
    if executable == "python3 ending at once":
        fake = tmp_path / "bin" / "python3"
        fake.parent.mkdir()
        fake.write_text("#!/bin/sh\nexit 1\n")
        fake.chmod(0o755)
        executable = str(fake)
    started: list[object] = []
    popen = subprocess.Popen

    def watched(*args: Any, **kw: Any) -> Any:
        started.append(args[0][0])
        return popen(*args, **kw)

    monkeypatch.setattr(subprocess, "Popen", watched)
    _tamper(path, "UPDATE discharges SET on_date = '2027-01-06' WHERE seq = 11")
    here = ranges_checked_here
    monkeypatch.setattr(sys, "executable", executable)
    result = _verify(path, 3)
    assert (result.ok, result.broken_at) == (False, 11)
    assert here == [(1, 4), (5, 8), (9, 12)]
    assert started == ([] if Path(executable).name in ("false", "uwsgi") else [executable, executable])


def test_a_worker_answering_for_another_range_is_not_believed(
    path: Path, monkeypatch: pytest.MonkeyPatch, ranges_checked_here: list[tuple[int, int]]
) -> None:
    here = ranges_checked_here
    real = verification._finish_worker

    def shifted(process: Any, span: tuple[int, int]) -> verification.RangeCheck | None:
        return real(process, (span[0] + 1, span[1]))

    monkeypatch.setattr(verification, "_finish_worker", shifted)
    assert _verify(path, 2) == cr.Verification(ok=True, checked=12)
    assert here == [(1, 6), (7, 12)]


def test_a_ledger_in_memory_is_checked_in_this_process(ranges_checked_here: list[tuple[int, int]]) -> None:
    here = ranges_checked_here
    with cr.Ledger.open(":memory:") as ledger:
        ledger.record_many(_events())
        assert ledger.verify(workers=4) == cr.Verification(ok=True, checked=12)
    assert here == [(1, 12)]


# Rows the entries do not name, and the counting copy of the discharges, checked after the chain. The twelve entries
# hold twenty duties (each transfer and each request has its own) and eight discharges (each destruction's two).


def _columns(path: Path, table: str) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    finally:
        db.close()


def _copy_row(path: Path, table: str, seq: int) -> str:
    """An INSERT of a copy of ``table``'s first row of entry 1, under another id and at entry ``seq``."""
    columns = _columns(path, table)
    values = [
        "'duty:' || substr('ffffffffffffffffffffffffffffffff', 1, 32)" if c == "duty_id" else str(seq) if c == "seq" else c
        for c in columns
    ]
    return f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {table} WHERE seq = 1 LIMIT 1"


def test_the_rows_beside_the_entries_are_what_the_test_log_says(path: Path) -> None:
    db = sqlite3.connect(path)
    counts = [db.execute(f"SELECT COUNT(*), MIN(seq), MAX(seq) FROM {t}").fetchone() for t in ("duties", "discharges")]
    db.close()
    assert counts == [(20, 1, 12), (8, 2, 11)]


@pytest.mark.parametrize("table", ["duties", "discharges"])
@pytest.mark.parametrize("seq", [3, 12, 13, 99])
def test_a_row_no_entry_names_is_found_inside_the_log_and_past_its_end(path: Path, table: str, seq: int) -> None:
    """A duty or discharge stored under an entry that does not name it (3, 12) is found at that entry; one stored
    under no entry at all (13, 99: past the last entry) is found once the chain is checked."""
    statement = _copy_row(path, table, seq)
    if table == "discharges":
        statement = statement.replace("WHERE seq = 1", "WHERE seq = 2")
    _tamper(path, statement)
    if seq <= 12:
        broken = cr.Verification(
            ok=False, checked=seq, broken_at=seq, reason="a duty or discharge the entry does not name is stored with it"
        )
    else:
        broken = cr.Verification(ok=False, checked=12, broken_at=12, reason="a duty or discharge belongs to no entry")
    for workers in (1, 3):
        assert _verify(path, workers) == broken, workers


def test_entries_appended_while_the_log_is_checked_are_left_to_the_next_check(path: Path) -> None:
    """The check counts the log's size first; entries recorded after that, with their duties and discharges, are not
    counted against the entries it checked (here: the size read when the log had nine entries)."""
    store = open_store(str(path))
    try:
        assert verification.verify(store, None, 9, None, 1) == cr.Verification(ok=True, checked=9)
        # The same rows past the ninth entry, with no entry of their own, still belong to no entry.
        _tamper(path, "DELETE FROM entries WHERE seq = 12")
        assert verification.verify(store, None, 9, None, 1) == cr.Verification(
            ok=False, checked=9, broken_at=9, reason="a duty or discharge belongs to no entry"
        )
    finally:
        store.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE discharged SET on_date = '2027-01-06' WHERE rowid = 1",
        "UPDATE discharged SET effective_due = '2041-01-01' WHERE rowid = 2",
        "DELETE FROM discharged WHERE rowid = 3",
        "INSERT INTO discharged SELECT 'duty:' || substr('ffffffffffffffffffffffffffffffff', 1, 32), on_date,"
        " effective_due, opened_on, survives, subject, parties FROM discharged WHERE rowid = 1",
    ],
)
def test_the_counting_copy_of_the_discharges_must_agree_with_them(path: Path, statement: str) -> None:
    _tamper(path, statement)
    reason = "the duties discharged, kept for counting, differ from the discharges"
    for workers in (1, 3):
        assert _verify(path, workers) == cr.Verification(ok=False, checked=12, broken_at=12, reason=reason), workers
