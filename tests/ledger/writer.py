"""A writer process for the crash and concurrency tests: records numbered requests into a ledger.

``python writer.py DB PREFIX BATCHES SIZE`` records BATCHES batches of SIZE requests (ids PREFIX-<batch>-<n>), each
batch one ``record_many`` call, and prints ``ack <batch>`` once that call has returned (its transaction committed).
"""

from __future__ import annotations

import sys

from cooperation_rules import Ledger


def _request(event_id: str) -> dict[str, object]:
    return {"type": "request", "id": event_id, "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"}


def main(db: str, prefix: str, batches: int, size: int) -> None:
    with Ledger.open(db) as ledger:
        for b in range(batches):
            ledger.record_many(_request(f"{prefix}-{b}-{n}") for n in range(size))
            print(f"ack {b}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
