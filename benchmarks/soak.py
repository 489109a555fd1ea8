"""A long run of the durable engine in one process: memory and the engine's own state stay flat.

Evaluates the realistic mix, cycled, ``--evaluations`` times (default 1,000,000) with the durable engine
and the example lifecycle, and prints one JSON object: the resident set size after the warm-up and at
every tenth of the run, the facts the C engine still holds at the end, and the evaluations per second.
The traps it keeps out of reach (see the notes on durable-rules): about 8 KB per live fact and a heap
that never shrinks, fact ids compared by a 32-bit hash, 1,024 sessions per ruleset.

    python benchmarks/soak.py [--evaluations N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from cooperation_rules import Lifecycle, Rulebook, parse_event
from cooperation_rules.engines.durable_rules import DurableEngine
from corpus import realistic_mix

ROOT = Path(__file__).resolve().parents[1]
LIFECYCLE = ROOT / "examples" / "lifecycle.json"


def rss_kib() -> int:
    """The current resident set size of this process (``VmRSS``), in KiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def soak(evaluations: int, distinct: int = 20_000) -> dict[str, object]:
    """Run the durable engine ``evaluations`` times; return the figures."""
    rulebook = Rulebook.load()
    lifecycle = Lifecycle.from_file(LIFECYCLE)
    events = [parse_event(e) for e in realistic_mix(distinct)]
    engine = rulebook.engine("durable")
    assert isinstance(engine, DurableEngine)
    for event in events:  # warm-up: every outcome seen once, allocator at its working size
        rulebook.evaluate(event, lifecycle=lifecycle, engine="durable")
    checkpoints: list[tuple[int, int]] = [(0, rss_kib())]
    step = max(evaluations // 10, 1)
    start = time.perf_counter()
    for n in range(1, evaluations + 1):
        rulebook.evaluate(events[n % distinct], lifecycle=lifecycle, engine="durable")
        if n % step == 0:
            checkpoints.append((n, rss_kib()))
    seconds = time.perf_counter() - start
    return {
        "evaluations": evaluations,
        "seconds": round(seconds, 2),
        "per_second": round(evaluations / seconds),
        "rss_kib": checkpoints,
        "live_facts": engine.live_facts(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--evaluations", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    print(json.dumps(soak(args.evaluations)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
