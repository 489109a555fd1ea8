"""Crash safety and concurrency of the SQLite ledger: a writer killed mid-batch, and two writers at once."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import cooperation_rules as cr

WRITER = Path(__file__).with_name("writer.py")


def _writer(db: Path, prefix: str, batches: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), prefix, str(batches), str(size)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_a_writer_killed_mid_batch_loses_no_acknowledged_event_and_leaves_no_half_batch(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    writer = _writer(db, "w", 1000, 25)
    assert writer.stdout is not None
    acked = []
    for line in writer.stdout:
        acked.append(int(line.split()[1]))
        if len(acked) == 8:
            break
    os.kill(writer.pid, signal.SIGKILL)  # in the middle of a later batch: the writer never stops between them
    writer.wait()
    assert writer.returncode == -signal.SIGKILL
    with cr.Ledger.open(str(db)) as ledger:
        size = ledger.checkpoint().size
        assert ledger.verify().ok
        held = {d.source_event_id for d in ledger.duties(dt.date(2026, 3, 2))}
    assert acked == list(range(8))
    # Every acknowledged batch is there whole; a batch cut by the kill is there whole or not at all.
    assert size % 25 == 0
    assert size >= 8 * 25
    assert {f"w-{b}-{n}" for b in range(8) for n in range(25)} <= held


def test_two_processes_recording_into_one_file_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    cr.Ledger.open(str(db)).close()  # the schema exists before the writers race
    writers = [_writer(db, prefix, 40, 5) for prefix in ("a", "b")]
    for w in writers:
        out, _ = w.communicate(timeout=600)
        assert w.returncode == 0
        assert out.split("\n")[-2] == "ack 39"
    with cr.Ledger.open(str(db)) as ledger:
        assert ledger.checkpoint().size == 2 * 40 * 5
        result = ledger.verify()
    assert (result.ok, result.checked) == (True, 400)
