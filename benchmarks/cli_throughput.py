"""How fast ``cooperation-rules evaluate`` turns JSON Lines into evaluations, in full and compact output, on one core.

    python benchmarks/cli_throughput.py                 # 100,000 lines, each mode once
    python benchmarks/cli_throughput.py --lines 20000   # fewer lines
    python benchmarks/cli_throughput.py --profile       # also a cProfile summary of the compact run, in-process

The input is the events of ``tests/corpus/*.jsonl`` repeated, each copy with ids of its own (so no line is a
duplicate), until there are ``--lines`` of them; it is evaluated under ``examples/lifecycle.json``. The command
runs as a child process pinned to one core (``taskset -c 0`` where it exists), writing to a file; the figures are
lines per second (wall clock, start-up included), lines per second of the child's CPU time (a fairer figure on
a machine shared with other work), the child's peak resident set size (``os.wait4``), and the mean
size in bytes of one evaluation as written in each mode, with the receipt's share of the full one (the size
before receipts existed is the full size less the receipt).

It is a script, not a test: figures depend on the machine (and on what else it runs), and nothing fails on a slow
run; it stops only if the command fails or an output line is missing or not an evaluation.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
LIFECYCLE = ROOT / "examples" / "lifecycle.json"


def write_lines(path: Path, count: int) -> None:
    """``count`` valid events from the corpus, the k-th copy of the i-th event with id ``{i}-{k}``."""
    events = [json.loads(line) for file in sorted(CORPUS.glob("*.jsonl")) for line in file.read_text().splitlines() if line]
    with path.open("w") as out:
        for n in range(count):
            event = dict(events[n % len(events)])
            event["id"] = f"{n % len(events)}-{n // len(events)}"
            out.write(json.dumps(event, separators=(",", ":")) + "\n")


def command() -> list[str]:
    """The command line of ``cooperation-rules`` from this interpreter, pinned to core 0 where ``taskset`` exists."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    return [*pin, sys.executable, "-m", "cooperation_rules.cli"]


def run(source: Path, output: Path, *options: str) -> tuple[float, float, int]:
    """Seconds the command took over ``source`` (wall clock, then CPU) and its peak resident set size in KiB."""
    argv = [*command(), "evaluate", "--lifecycle", str(LIFECYCLE), *options, str(source)]
    started = time.perf_counter()
    with output.open("wb") as out:
        pid = os.posix_spawn(
            argv[0] if os.path.isabs(argv[0]) else shutil.which(argv[0]) or argv[0],
            argv,
            os.environ,
            file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1)],
        )
        _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"cooperation-rules evaluate {' '.join(options)} failed with status {status}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def sizes(output: Path, count: int) -> tuple[float, float]:
    """The mean size of an evaluation written (its line, ``"line"`` key and newline left out) and of its receipt."""
    total = receipt = lines = 0
    with output.open("rb") as records:
        for raw in records:
            record = json.loads(raw)
            if "verdict" not in record:
                raise SystemExit(f"not an evaluation: {raw[:200]!r}")
            lines += 1
            prefix = len(f'{{"line":{record["line"]},')
            total += len(raw) - prefix - 1 + 1  # the "{" the prefix replaced
            receipt += len(',"receipt":') + len(json.dumps(record["receipt"], separators=(",", ":"), ensure_ascii=False))
    if lines != count:
        raise SystemExit(f"{count} lines in, {lines} evaluations out")
    return total / lines, receipt / lines


def profile(source: Path) -> None:
    """A cProfile summary of ``evaluate --compact`` over ``source`` in this process (standard output discarded)."""
    from cooperation_rules.cli import main

    profiler = cProfile.Profile()
    sink = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with redirect_stdout(sink):
        profiler.runcall(main, ["evaluate", "--compact", "--lifecycle", str(LIFECYCLE), str(source)])
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lines", type=int, default=100_000, help="input lines (default: %(default)s)")
    parser.add_argument("--profile", action="store_true", help="also profile the compact run in-process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source, output = Path(tmp) / "events.jsonl", Path(tmp) / "out.jsonl"
        write_lines(source, args.lines)
        print(f"{args.lines:,} lines, one core ({' '.join(command()[:3]) if command()[0] == 'taskset' else 'not pinned'})")
        print("| output | lines/s (wall) | lines per CPU second | peak RSS (MiB) | mean evaluation (bytes) |")
        print("| --- | ---: | ---: | ---: | ---: |")
        before = []
        for name, options in (("compact (--compact)", ("--compact",)), ("full", ())):
            seconds, cpu, rss = run(source, output, *options)
            size, receipt = sizes(output, args.lines)
            before.append(f"| {name}, without its receipt (as before receipts) | | | | {size - receipt:,.0f} |")
            print(f"| {name} | {args.lines / seconds:,.0f} | {args.lines / cpu:,.0f} | {rss / 1024:.1f} | {size:,.0f} |")
        print("\n".join(before))
        if args.profile:
            profile(source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
