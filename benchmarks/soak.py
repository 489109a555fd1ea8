"""A long run of the durable engine in one process: memory and the engine's own state stay flat.

Evaluates the realistic mix, cycled, ``--evaluations`` times (default 1,000,000) with the durable engine
and the example lifecycle, and prints one JSON object: the resident set size after the warm-up and at
every tenth of the run, the facts the C engine still holds at the end, and the evaluations per second.
The traps it keeps out of reach (see the notes on durable-rules): about 8 KB per live fact and a heap
that never shrinks, fact ids compared by a 32-bit hash, 1,024 sessions per ruleset.

With ``--rulebooks N`` it measures instead, for each engine, the resident set size over N rulebooks
loaded, made to evaluate every event type once and dropped; and with ``--interrupts N``, N
evaluations interrupted by a timer signal, every later answer checked against the Python engine.

    python benchmarks/soak.py [--evaluations N] [--rulebooks N] [--interrupts N]
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
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


def rulebook_loads(engine: str, loads: int) -> dict[str, object]:
    """Resident memory over ``loads`` rulebooks that each evaluate every event type of the mix once, then go."""
    events = [parse_event(e) for e in realistic_mix(200, seed=1)]
    samples: list[int] = []
    for n in range(loads + 5):
        if n == 5:  # the allocator has its working size
            gc.collect()
            samples.append(rss_kib())
        rb = Rulebook.load()
        for e in events:
            rb.evaluate(e, engine=engine)
        del rb
        if n > 5 and (n - 5) % max(1, loads // 10) == 0:
            gc.collect()
            samples.append(rss_kib())
    gc.collect()
    samples.append(rss_kib())
    return {"engine": engine, "rulebooks": loads, "rss_mb": [round(k / 1024, 1) for k in samples]}


def interrupt_storm(interrupts: int) -> dict[str, object]:
    """Durable evaluations interrupted by SIGALRM until ``interrupts`` landed; then every answer checked."""

    class TickError(Exception):
        pass

    armed = [False]

    def tick(signum: int, frame: object) -> None:
        if armed[0]:
            raise TickError

    rb = Rulebook.load()
    events = [parse_event(e) for e in realistic_mix(300, seed=3)]
    reference = [rb.evaluate(e, engine="python").model_dump(exclude={"engine"}) for e in events]
    signal.signal(signal.SIGALRM, tick)
    landed = done = 0
    while landed < interrupts:
        try:
            armed[0] = True
            signal.setitimer(signal.ITIMER_REAL, 0.0001 * (1 + landed % 7), 0.0002)
            while True:
                done += 1
                rb.evaluate(events[done % len(events)], engine="durable")
        except TickError:
            armed[0] = False
            landed += 1
    signal.setitimer(signal.ITIMER_REAL, 0)
    wrong = sum(rb.evaluate(e, engine="durable").model_dump(exclude={"engine"}) != reference[k] for k, e in enumerate(events))
    return {"interrupts": landed, "evaluations": done, "wrong_answers_after": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--evaluations", type=int, default=1_000_000)
    parser.add_argument("--rulebooks", type=int, default=0)
    parser.add_argument("--interrupts", type=int, default=0)
    args = parser.parse_args(argv)
    if args.rulebooks:
        for engine in ("durable", "python"):
            print(json.dumps(rulebook_loads(engine, args.rulebooks)))
    if args.interrupts:
        print(json.dumps(interrupt_storm(args.interrupts)))
    if not (args.rulebooks or args.interrupts):
        print(json.dumps(soak(args.evaluations)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
