"""The case ledger's speed on SQLite or PostgreSQL: batches, one event per transaction, duties and verify over a
large log.

python benchmarks/ledger.py [--events 100000] [--single 2000] [--large 1000000] [--db PATH|postgresql://...]

1. ``--events`` realistic events recorded with ``record_many`` in batches of 1,000 (one transaction each);
2. ``--single`` more recorded one per transaction with ``record``;
3. the ledger filled up to ``--large`` events (0 skips it), then ``duties(as_of, status="overdue")``: the first page
   of 50 and the count, each asked twice (from the disk, then from memory), and ``verify()`` of the whole log, by
   default (one process per core for a long log) and in one process.

On PostgreSQL: ``scripts/with-postgresql sh -c 'python benchmarks/ledger.py --db "$COOPERATION_RULES_TEST_POSTGRESQL_URL"'``
(a throwaway server of its own, as the tests use).

The events are cases as two authorities would log them: requests (some oral and urgent, then confirmed in writing)
and their answers (some refusals, then their notices), transfers of personal data with a destruction term, uses of
the data (some for another purpose, some after a consent), retention reviews and destructions, every reference to
an event recorded before it. Timings are wall-clock on a shared machine: compare runs on the same machine only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cooperation_rules import Ledger

Event = dict[str, Any]
START = dt.date(2019, 1, 1)
SUBJECTS = ["information_on_crimes", "search_for_suspects", "search_for_missing_persons", "training", "illegal_migration"]
CATEGORIES = ["identity", "contact_details", "travel_document", "photograph", "location", "financial", "health"]
PURPOSES = ["suppressing_criminal_activity", "related_procedures", "public_order_and_security"]


def cases(seed: int, first: int = 0) -> Iterator[Event]:
    """An endless stream of linked events, each case's acts in order, days advancing slowly over the years."""
    r = random.Random(seed)
    n = first
    while True:
        n += 1
        day = START + dt.timedelta(days=(n // 40) % 4700)
        iso = day.isoformat
        actor, other = r.choice([("CZ", "KZ"), ("KZ", "CZ")])
        if r.random() < 0.5:
            oral = r.random() < 0.2
            request = {"type": "request", "id": f"req-{n}", "date": iso(), "actor": actor, "subject": r.choice(SUBJECTS),
                       "form": "oral" if oral else "written", "urgent": oral}  # fmt: skip
            yield request
            if oral:
                yield {"type": "written_confirmation", "id": f"conf-{n}", "date": iso(), "actor": actor, "request_id": f"req-{n}"}
            refused = r.random() < 0.15
            yield {"type": "response", "id": f"resp-{n}", "date": iso(), "actor": other, "request_id": f"req-{n}",
                   "outcome": "refused" if refused else "fulfilled", "grounds": ["security"] if refused else []}  # fmt: skip
            if refused and r.random() < 0.8:
                yield {"type": "refusal_notice", "id": f"refn-{n}", "date": iso(), "actor": other, "request_id": f"req-{n}"}
        else:
            term = (day + dt.timedelta(days=r.randint(200, 3000))).isoformat()
            yield {"type": "transfer", "id": f"tr-{n}", "date": iso(), "actor": actor, "purpose": r.choice(PURPOSES),
                   "categories": r.sample(CATEGORIES, r.randint(1, 3)), "destruction_term": term}  # fmt: skip
            if r.random() < 0.3:
                yield {
                    "type": "consent",
                    "id": f"cons-{n}",
                    "date": iso(),
                    "actor": actor,
                    "transfer_id": f"tr-{n}",
                    "purpose": "other",
                }
            yield {"type": "use", "id": f"use-{n}", "date": iso(), "actor": other, "transfer_id": f"tr-{n}",
                   "purpose": "other" if r.random() < 0.3 else r.choice(PURPOSES)}  # fmt: skip
            if r.random() < 0.4:
                yield {"type": "retention_review", "id": f"rev-{n}", "date": iso(), "actor": other, "transfer_id": f"tr-{n}",
                       "still_necessary": r.random() < 0.7}  # fmt: skip
            if r.random() < 0.5:
                yield {"type": "destruction", "id": f"des-{n}", "date": iso(), "actor": other, "transfer_id": f"tr-{n}",
                       "reason": "no_longer_necessary"}  # fmt: skip


def take(stream: Iterator[Event], k: int) -> list[Event]:
    return [next(stream) for _ in range(k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="events recorded in batches of 1,000")
    parser.add_argument("--single", type=int, default=2_000, help="events recorded one per transaction")
    parser.add_argument("--large", type=int, default=1_000_000, help="size of the log for duties and verify (0: skip)")
    parser.add_argument("--db", help="SQLite file or postgresql:// address to use (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory()
    db = args.db or str(Path(folder.name) / "ledger.db")
    stream = cases(2026)
    recorded = 0
    with Ledger.open(db) as ledger:
        t = time.perf_counter()
        while recorded < args.events:
            batch = take(stream, min(1000, args.events - recorded))
            ledger.record_many(batch)
            recorded += len(batch)
        took = time.perf_counter() - t
        print(f"record_many, batches of 1,000: {recorded:,} events in {took:.1f} s, {recorded / took:,.0f} events/s")
        t = time.perf_counter()
        for event in take(stream, args.single):
            ledger.record(event)
        took = time.perf_counter() - t
        recorded += args.single
        print(f"record, one event per transaction: {args.single:,} events in {took:.1f} s, {args.single / took:,.0f} events/s")
        if args.large:
            t = time.perf_counter()
            while recorded < args.large:
                batch = take(stream, min(1000, args.large - recorded))
                ledger.record_many(batch)
                recorded += len(batch)
            print(f"filled to {recorded:,} events in {time.perf_counter() - t:.0f} s")
        size = ledger.checkpoint().size
        as_of = dt.date(2031, 6, 1)
        # Each asked twice: first as the store's pages come from the disk, then as they sit in memory.
        for when in ("first", "again"):
            t = time.perf_counter()
            page = ledger.duties(as_of, status="overdue", limit=50)
            first = time.perf_counter() - t
            t = time.perf_counter()
            count = ledger.count_duties(as_of, status="overdue")
            counted = time.perf_counter() - t
            print(f"duties(as_of, status='overdue') over {size:,} events ({when}): first page of {len(page)} in"
                  f" {first * 1000:.0f} ms; count {count:,} in {counted * 1000:.0f} ms")  # fmt: skip
        for label, workers in (("verify()", None), ("verify(workers=1)", 1)):
            t = time.perf_counter()
            result = ledger.verify(workers=workers)
            took = time.perf_counter() - t
            print(f"{label} of {result.checked:,} events: ok={result.ok} in {took:.1f} s, {result.checked / took:,.0f} events/s")
    folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
