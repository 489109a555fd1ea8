"""The floor under ``cooperation-rules evaluate --compact`` on one core: what the parts it cannot skip cost alone.

    python benchmarks/cli_floor.py                 # 100,000 lines
    python benchmarks/cli_floor.py --lines 20000   # fewer lines

Over the input of ``benchmarks/cli_throughput.py`` (the corpus repeated, each copy with ids of its own), in this
process, the best of three CPU times of each part alone:

- **read and validate**: the file split into lines, each line validated from its bytes into a typed event by a
  ``TypeAdapter`` of the public event union (pydantic's ``validate_json``, in Rust), nothing else;
- **write**: each line's compact answer, serialised beforehand (not timed), written to a file;
- **evaluate**: ``Rulebook.evaluate`` of the typed events under ``examples/lifecycle.json``, nothing read or
  written.

Their sum is what one line costs before the command does anything of its own (line numbers, duplicate ids,
error records, the exit status, and serialising the answer): no command that validates every line and evaluates
it with this rulebook can go faster on this machine. It prints each part in microseconds a line and the rate
each floor allows. Figures depend on the machine and on what else it runs; nothing fails on a slow run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import TypeAdapter

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_throughput import LIFECYCLE, write_lines
from cooperation_rules import AnyEvent, Lifecycle, Rulebook
from cooperation_rules.evaluation.wire import WireWriter


def best_of_three(work: Callable[[], object]) -> float:
    """The least CPU time, in seconds, of three runs of ``work``."""
    times = []
    for _ in range(3):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lines", type=int, default=100_000, help="input lines (default: %(default)s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source, output = Path(tmp) / "events.jsonl", Path(tmp) / "out.jsonl"
        write_lines(source, args.lines)
        adapter: TypeAdapter[AnyEvent] = TypeAdapter(AnyEvent)
        rulebook = Rulebook.load()
        lifecycle = Lifecycle.model_validate_json(LIFECYCLE.read_bytes())

        def read() -> list[AnyEvent]:
            with source.open("rb") as lines:
                return [adapter.validate_json(line) for line in lines]

        events = read()
        writer = WireWriter(compact=True)
        answers = [writer.dumps(rulebook.evaluate(e, lifecycle=lifecycle), line=n) + "\n" for n, e in enumerate(events, start=1)]

        def write() -> None:
            with output.open("w", encoding="utf-8") as out:
                for answer in answers:
                    out.write(answer)

        def evaluate() -> None:
            for event in events:
                rulebook.evaluate(event, lifecycle=lifecycle)

        parts = {"read and validate": best_of_three(read), "write": best_of_three(write), "evaluate": best_of_three(evaluate)}
    n = args.lines
    print(f"{n:,} lines, in this process, best of three CPU times")
    print("| part | µs a line | lines/s |")
    print("| --- | ---: | ---: |")
    for name, seconds in parts.items():
        print(f"| {name} | {seconds / n * 1e6:.1f} | {n / seconds:,.0f} |")
    floor = parts["read and validate"] + parts["write"]
    print(f"| floor without evaluating (read, validate, write) | {floor / n * 1e6:.1f} | {n / floor:,.0f} |")
    total = floor + parts["evaluate"]
    print(f"| floor with this rulebook's evaluation | {total / n * 1e6:.1f} | {n / total:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
