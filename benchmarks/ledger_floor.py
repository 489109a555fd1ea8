"""The floor under the ledger's recording rate on SQLite: the rows that recorded events left in the store, written
again into a fresh ledger's schema, 1,000 events a transaction, with nothing else done (no judging, no encoding,
no hashing, no resolving): only ``executemany`` of finished rows, in WAL mode with ``synchronous = FULL`` as the
ledger runs. With ``--bare`` the secondary indexes (those the queries of duties, cases and references read) are
dropped first, to show what they cost.

    python benchmarks/ledger_floor.py [--events 100000] [--bare]

The events are those of ``benchmarks/ledger.py``, recorded first with ``record_many`` (not timed). Wall-clock
figures on a shared machine: compare runs on the same machine only.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cooperation_rules import Ledger
from ledger import cases

TABLES = ("entries", "duties", "discharges", "discharged")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000, help="events recorded, then their rows written again")
    parser.add_argument("--bare", action="store_true", help="drop the secondary indexes before writing")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    source, target = Path(folder.name, "source.db"), Path(folder.name, "target.db")
    events = list(itertools.islice(cases(7), args.events))
    with Ledger.open(str(source)) as ledger:
        for start in range(0, len(events), 1000):
            ledger.record_many(events[start : start + 1000])
    Ledger.open(str(target)).close()  # the schema, as the ledger creates it
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    if args.bare:
        for (name,) in dst.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall():
            dst.execute(f"DROP INDEX {name}")
    columns = {t: [r[1] for r in src.execute(f"PRAGMA table_info({t})")] for t in TABLES}
    # Each table's rows grouped by the entry they belong to (the duties discharged, by their discharge's entry).
    by_entry: dict[str, dict[int, list[tuple[object, ...]]]] = {t: {} for t in TABLES}
    for table in ("entries", "duties", "discharges"):
        at = columns[table].index("seq")
        for row in src.execute(f"SELECT {', '.join(columns[table])} FROM {table}"):
            by_entry[table].setdefault(int(row[at]), []).append(row)
    seq_of_discharge = dict(src.execute("SELECT duty_id, seq FROM discharges").fetchall())
    for row in src.execute(f"SELECT {', '.join(columns['discharged'])} FROM discharged"):
        by_entry["discharged"].setdefault(int(seq_of_discharge[row[0]]), []).append(row)
    size = max(by_entry["entries"])
    inserts = {t: f"INSERT INTO {t} ({', '.join(columns[t])}) VALUES ({', '.join('?' * len(columns[t]))})" for t in TABLES}
    began = time.perf_counter()
    for first in range(1, size + 1, 1000):
        dst.execute("BEGIN IMMEDIATE")
        for table in TABLES:
            rows = [r for seq in range(first, first + 1000) for r in by_entry[table].get(seq, [])]
            if rows:
                dst.executemany(inserts[table], rows)
        dst.execute("COMMIT")
    took = time.perf_counter() - began
    counts = ", ".join(f"{sum(map(len, by_entry[t].values())):,} {t}" for t in TABLES)
    print(f"{size:,} entries ({counts}) written {'without the secondary indexes ' if args.bare else ''}in {took:.1f} s:"
          f" {size / took:,.0f} events/s, {took / size * 1e6:.0f} µs an event")  # fmt: skip
    src.close()
    dst.close()
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
