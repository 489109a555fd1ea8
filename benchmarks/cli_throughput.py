"""Throughput of ``cooperation-rules evaluate`` per engine, and in-process latency of ``Rulebook.evaluate``.

Writes examples/events.jsonl repeated to N lines (ids made unique) into a temporary file, runs
``cooperation-rules evaluate --engine E --lifecycle examples/lifecycle.json`` for each engine,
and prints wall-clock time, events per second and the child's peak resident set size. Then
times ``Rulebook.evaluate`` in-process on the example events and prints the median latency.

    python benchmarks/cli_throughput.py [--events N] [--rounds R]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "examples" / "events.jsonl"
LIFECYCLE = ROOT / "examples" / "lifecycle.json"
ENGINES = ("python", "durable")


@dataclass(frozen=True)
class Run:
    """One run of the command."""

    engine: str
    events: int
    seconds: float
    peak_rss_kib: int


def write_input(path: Path, count: int) -> None:
    """The example events repeated to ``count`` lines, each id made unique with a ``#n`` suffix."""
    examples = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            event = dict(examples[n % len(examples)])
            event["id"] = f"{event['id']}#{n}"
            out.write(json.dumps(event, ensure_ascii=False) + "\n")


def command() -> list[str]:
    """The installed console script beside this interpreter, or the module."""
    script = Path(sys.executable).parent / "cooperation-rules"
    if script.exists():
        return [str(script)]
    found = shutil.which("cooperation-rules")
    return [found] if found else [sys.executable, "-m", "cooperation_rules.cli"]


def run_cli(engine: str, source: Path, workdir: Path, expected: int) -> Run:
    """Run the command once; wait for exactly this child so its own peak RSS is read (``os.wait4``)."""
    out_path, err_path = workdir / f"out-{engine}.jsonl", workdir / f"err-{engine}.txt"
    args = [*command(), "evaluate", "--engine", engine, "--lifecycle", str(LIFECYCLE), str(source)]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {err_path.read_text(encoding='utf-8')[-2000:]}")
    with out_path.open("rb") as produced:
        lines = sum(1 for _ in produced)
    if lines != expected:
        raise SystemExit(f"{engine}: {lines} output lines for {expected} events")
    return Run(engine, expected, seconds, usage.ru_maxrss)  # kilobytes on Linux


def latencies(rounds: int) -> dict[str, list[float]]:
    """Per-call latency (µs) of ``Rulebook.evaluate`` on the typed example events, per engine."""
    from cooperation_rules import Lifecycle, Rulebook, parse_event

    rulebook = Rulebook.load()
    lifecycle = Lifecycle.from_file(LIFECYCLE)
    events = [parse_event(line) for line in EVENTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, list[float]] = {}
    for engine in ENGINES:
        for event in events:  # warm up: builds the engine
            rulebook.evaluate(event, lifecycle=lifecycle, engine=engine)
        samples: list[float] = []
        for _ in range(rounds):
            for event in events:
                start = time.perf_counter_ns()
                rulebook.evaluate(event, lifecycle=lifecycle, engine=engine)
                samples.append((time.perf_counter_ns() - start) / 1000)
        out[engine] = samples
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=100_000, help="lines of input per engine (default 100000)")
    parser.add_argument("--rounds", type=int, default=200, help="passes over the examples for the in-process latency")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cr-bench-") as tmp:
        workdir = Path(tmp)
        source = workdir / "events.jsonl"
        write_input(source, args.events)
        runs = [run_cli(engine, source, workdir, args.events) for engine in ENGINES]

    print(f"cooperation-rules evaluate --lifecycle examples/lifecycle.json ({' '.join(command())})")
    print(f"{'engine':<8} {'events':>9} {'seconds':>8} {'events/s':>9} {'peak RSS MiB':>12}")
    for r in runs:
        print(f"{r.engine:<8} {r.events:>9} {r.seconds:>8.2f} {r.events / r.seconds:>9.0f} {r.peak_rss_kib / 1024:>12.1f}")

    print()
    samples = latencies(args.rounds)
    per_round = len(samples[ENGINES[0]]) // args.rounds
    print(f"Rulebook.evaluate in-process, {args.rounds} x {per_round} example events, with lifecycle")
    print(f"{'engine':<8} {'calls':>7} {'median µs':>10} {'p95 µs':>8}")
    for engine, values in samples.items():
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"{engine:<8} {len(values):>7} {statistics.median(values):>10.1f} {p95:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
