"""Every speed, memory and start-up figure of cooperation-rules, measured in one run, in one table, against its target.

    python benchmarks/run.py               # full run: 1,000,000-line CLI inputs, 1,000,000-evaluation durable soak
    python benchmarks/run.py --quick       # 100,000 lines, 100,000 soak evaluations, fewer samples
    python benchmarks/run.py --profile     # also a cProfile summary of each engine's in-process loop

First it checks that what is compared decides alike: the hand-written floor (``floor.py``) against the
library on the realistic mix (``corpus.py``) and the example events, the durable engine against the
Python one, and Cedar (``cedar/``, through cedarpy) against the library on the events of Art. 10 item 1
and Art. 11(2). A disagreement stops the run. Then it measures:

- ``Rulebook.evaluate`` in-process per engine, from a dict and from a parsed event: median and p99 of
  single calls (each timed alone), and evaluations per second over an untimed loop, on one thread;
- the floor on the same events, and each engine's time as a multiple of the floor's;
- the engines and Cedar on the ``use`` and ``onward_transfer`` events of the mix;
- ``cooperation-rules evaluate --lifecycle examples/lifecycle.json`` over the mix written as JSON Lines
  (``--events`` lines, and a tenth of that): events per second and the command's peak resident set
  size, read with ``os.wait4`` for that child alone; every input line must give one output line;
- a long durable run in a process of its own (``soak.py``): memory and live facts;
- the import time of the package and the start-up time of the command (median of separate processes,
  with byte code already compiled, as after ``pip install``);
- the regression checks (``regressions.py``): the decision snapshot of ``tests/corpus``, a difference,
  and the mutation check with one process and with one per core.

It is a script, not a test: figures depend on the machine and nothing fails on a slow run.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import corpus
import regressions
from cedar.peer import SHARED_TYPES, CedarPeer
from cooperation_rules import Lifecycle, Rulebook, parse_event
from cooperation_rules.model.events import Event
from floor import Floor

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
LIFECYCLE = ROOT / "examples" / "lifecycle.json"
EXAMPLES = ROOT / "examples" / "events.jsonl"
ENGINES = ("python", "durable")
TARGET_PER_SECOND = {"python": 50_000, "durable": 20_000}
TARGET_FLOOR_RATIO = 3.0
TARGET_RSS_MB = 200
TARGET_FLAT = 1.10  # peak RSS on the full input at most 10% above the peak on a tenth of it
TARGET_SOAK_GROWTH_MB = 5
TARGET_IMPORT_MS = 150


# ----------------------------------------------------------------------------- the table


@dataclass
class Row:
    """One line of the table: what, how much, against which target, and whether it is met."""

    figure: str
    value: str
    target: str = ""
    met: bool | None = None

    def cells(self) -> list[str]:
        verdict = "" if self.met is None else ("met" if self.met else "**missed**")
        return [self.figure, self.value, self.target, verdict]


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| figure | measured | target | |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    return "\n".join(lines)


def _n(value: float) -> str:
    return f"{value:,.0f}"


def _us(ns: float) -> str:
    return f"{ns / 1000:.1f} µs"


def machine() -> str:
    """What the figures were measured on."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = ", ".join(f"{p} {_version(p)}" for p in ("pydantic", "durable_rules", "cedarpy"))
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}; {versions}"
    )


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


# ----------------------------------------------------------------------------- checks before timing


def _decision(ev: Any) -> tuple[Any, ...]:
    return ev.verdict, tuple((d.kind, d.bearer, d.parties, d.due, d.immediately) for d in ev.duties)


def check(rulebook: Rulebook, events: Sequence[Event], lifecycle: Lifecycle) -> None:
    """The floor, both engines and Cedar decide alike; stop the run otherwise."""
    for life in (None, lifecycle):
        floor, peer = Floor(life), CedarPeer(life)
        for event in events:
            python = rulebook.evaluate(event, lifecycle=life, engine="python")
            durable = rulebook.evaluate(event, lifecycle=life, engine="durable")
            if python.model_dump(exclude={"engine"}) != durable.model_dump(exclude={"engine"}):
                raise SystemExit(f"the engines disagree on {event.id}")
            if floor.decide(event) != _decision(python):
                raise SystemExit(f"the floor disagrees with the library on {event.id}: {floor.decide(event)}")
            if event.type in SHARED_TYPES and peer.decide(event) is not python.verdict:
                raise SystemExit(f"Cedar disagrees with the library on {event.id}: {peer.decide(event)}")


# ----------------------------------------------------------------------------- in-process timing


@dataclass(frozen=True)
class Timing:
    """Single-call latencies (ns) and the throughput of an untimed loop."""

    samples: list[int]
    per_second: float

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p99(self) -> float:
        return statistics.quantiles(self.samples, n=100)[-1]


Contender = tuple[Callable[[Any], object], Sequence[Any]]


def race(contenders: dict[str, Contender], rounds: int) -> dict[str, Timing]:
    """Time each contender (a call and its inputs) round by round, all in each round, so that they share the
    machine's ups and downs: per round, one pass with each call timed alone (the latencies) and one untimed pass
    (the best of them gives the throughput)."""
    clock = time.perf_counter_ns
    samples: dict[str, list[int]] = {name: [] for name in contenders}
    best = dict.fromkeys(contenders, float("inf"))
    for call, inputs in contenders.values():  # warm up
        for item in inputs:
            call(item)
    for _ in range(rounds):
        for name, (call, inputs) in contenders.items():
            timed = samples[name]
            for item in inputs:
                start = clock()
                call(item)
                timed.append(clock() - start)
            start = clock()
            for item in inputs:
                call(item)
            best[name] = min(best[name], clock() - start)
    return {name: Timing(samples[name], len(inputs) / (best[name] / 1e9)) for name, (_, inputs) in contenders.items()}


def evaluator(rulebook: Rulebook, lifecycle: Lifecycle, engine: str) -> Callable[[Any], object]:
    """``rulebook.evaluate`` with this lifecycle and engine."""
    return lambda event: rulebook.evaluate(event, lifecycle=lifecycle, engine=engine)


def in_process(rulebook: Rulebook, mix: list[dict[str, Any]], lifecycle: Lifecycle, rounds: int) -> list[Row]:
    """Each engine and the floor, from a dict and from a parsed event; each engine as a multiple of the floor."""
    parsed = [parse_event(e) for e in mix]
    floor = Floor(lifecycle)
    contenders: dict[str, Contender] = {
        "floor parsed": (floor.decide, parsed),
        "floor dict": (lambda e: floor.decide(parse_event(e)), mix),
    }
    for engine in ENGINES:
        contenders[f"{engine} parsed"] = (evaluator(rulebook, lifecycle, engine), parsed)
        contenders[f"{engine} dict"] = (evaluator(rulebook, lifecycle, engine), mix)
    timings = race(contenders, rounds)
    rows: list[Row] = []
    for source, label in (("parsed", "a parsed event"), ("dict", "a dict")):
        floor_t = timings[f"floor {source}"]
        rows.append(
            Row(
                f"floor (hand-written, no engine), from {label}: median / p99; decisions/s",
                f"{_us(floor_t.median)} / {_us(floor_t.p99)}; {_n(floor_t.per_second)}",
            )
        )
        for engine in ENGINES:
            t = timings[f"{engine} {source}"]
            target = TARGET_PER_SECOND[engine]
            rows.append(
                Row(
                    f"{engine} `evaluate`, from {label}: median / p99; evaluations/s",
                    f"{_us(t.median)} / {_us(t.p99)}; {_n(t.per_second)}",
                    f"≥ {_n(target)}/s",
                    t.per_second >= target,
                )
            )
            ratio = floor_t.per_second / t.per_second
            rows.append(
                Row(
                    f"{engine} from {label}: time per event ÷ the floor's",
                    f"{ratio:.1f}x",
                    f"≤ {TARGET_FLOOR_RATIO:.0f}x",
                    ratio <= TARGET_FLOOR_RATIO,
                )
            )
    return rows


def shared_provisions(rulebook: Rulebook, mix: list[dict[str, Any]], lifecycle: Lifecycle, rounds: int) -> list[Row]:
    """The engines and Cedar on the events of Art. 10 item 1 and Art. 11(2)."""
    events = [parse_event(e) for e in mix if e["type"] in SHARED_TYPES]
    peer = CedarPeer(lifecycle)
    contenders: dict[str, Contender] = {"cedarpy": (peer.decide, events)}
    for engine in ENGINES:
        contenders[engine] = (evaluator(rulebook, lifecycle, engine), events)
    timings = race(contenders, rounds)
    start = time.perf_counter()
    peer.decide_batch(events)
    batch = len(events) / (time.perf_counter() - start)
    cedar = timings["cedarpy"]
    rows = [
        Row(
            f"cedarpy on {len(events):,} `use`/`onward_transfer` events: median / p99; decisions/s",
            f"{_us(cedar.median)} / {_us(cedar.p99)}; {_n(cedar.per_second)} (one batch call: {_n(batch)}/s)",
        )
    ]
    for engine in ENGINES:
        t = timings[engine]
        rows.append(
            Row(
                f"{engine} on the same events (parsed): median / p99; evaluations/s",
                f"{_us(t.median)} / {_us(t.p99)}; {_n(t.per_second)} ({t.per_second / cedar.per_second:.1f}x cedarpy)",
                "faster than cedarpy",
                t.per_second > cedar.per_second,
            )
        )
    return rows


def profile(rulebook: Rulebook, mix: list[dict[str, Any]], lifecycle: Lifecycle) -> str:
    """The functions that take the most time in each engine's in-process loop (from a parsed event)."""
    parsed = [parse_event(e) for e in mix]
    out = io.StringIO()
    for engine in ENGINES:
        for event in parsed:
            rulebook.evaluate(event, lifecycle=lifecycle, engine=engine)
        profiler = cProfile.Profile()
        profiler.enable()
        for event in parsed:
            rulebook.evaluate(event, lifecycle=lifecycle, engine=engine)
        profiler.disable()
        out.write(f"\n{engine}, {len(parsed):,} evaluations from parsed events, by own time:\n")
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(12)
    return out.getvalue()


# ----------------------------------------------------------------------------- the command, in processes


def command() -> list[str]:
    """The installed console script beside this interpreter, or the module."""
    script = Path(sys.executable).parent / "cooperation-rules"
    return [str(script)] if script.exists() else [sys.executable, "-m", "cooperation_rules.cli"]


def _environment() -> dict[str, str]:
    """This environment, with byte code written and read as after ``pip install``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True)
class CliRun:
    """One run of ``cooperation-rules evaluate``."""

    engine: str
    lines: int
    seconds: float
    peak_rss_mb: float


#: Runs a command as its own child and reports the child's peak RSS on its last standard error line. A child's
#: ``ru_maxrss`` counts the memory of the process it was forked from, so the command is forked from this small
#: interpreter (``-S``: no site packages) rather than from the benchmark, which holds the corpus and two engines.
_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\npeak_rss_kib={usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_cli(engine: str, source: Path, lines: int) -> CliRun:
    """Run the command on ``source``; count its output lines as they stream; read its own peak RSS."""
    args = [*command(), "evaluate", "--engine", engine, "--lifecycle", str(LIFECYCLE), str(source)]
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", _LAUNCHER, *args],
            stdout=subprocess.PIPE,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=_environment(),
        )
        assert proc.stdout is not None
        produced = 0
        while chunk := proc.stdout.read(1 << 20):
            produced += chunk.count(b"\n")
        proc.wait()
        seconds = time.perf_counter() - start
        err.seek(0)
        report = err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {report[-2000:]}")
    if produced != lines:
        raise SystemExit(f"{engine}: {produced} output lines for {lines} input lines")
    peak_kib = int(report.rsplit("peak_rss_kib=", 1)[1])
    return CliRun(engine, lines, seconds, peak_kib * 1024 / 1e6)  # ru_maxrss is in KiB on Linux


def cli(lines: int, workdir: Path) -> list[Row]:
    """The command over ``lines`` and ``lines // 10`` lines of the mix, per engine."""
    small = max(lines // 10, 1)
    sources = {}
    for n in (small, lines):
        sources[n] = workdir / f"events-{n}.jsonl"
        corpus.write_jsonl(sources[n], n)
    rows: list[Row] = []
    for engine in ENGINES:
        runs = {n: run_cli(engine, sources[n], n) for n in (small, lines)}
        full, tenth = runs[lines], runs[small]
        rows.append(
            Row(
                f"`cooperation-rules evaluate --engine {engine}`, {lines:,} lines: events/s; peak RSS",
                f"{_n(lines / full.seconds)}; {full.peak_rss_mb:.0f} MB",
                f"RSS < {TARGET_RSS_MB} MB",
                full.peak_rss_mb < TARGET_RSS_MB,
            )
        )
        growth = full.peak_rss_mb / tenth.peak_rss_mb
        rows.append(
            Row(
                f"{engine}: peak RSS, {small:,} → {lines:,} lines",
                f"{tenth.peak_rss_mb:.1f} → {full.peak_rss_mb:.1f} MB (x{growth:.2f}); {_n(small / tenth.seconds)} events/s",
                f"flat (≤ x{TARGET_FLAT:.2f})",
                growth <= TARGET_FLAT,
            )
        )
    return rows


def soak(evaluations: int) -> list[Row]:
    """``soak.py`` in a process of its own."""
    done = subprocess.run(
        [sys.executable, str(HERE / "soak.py"), "--evaluations", str(evaluations)],
        capture_output=True,
        text=True,
        check=True,
        env=_environment(),
        cwd=HERE,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    rss = [kib for _, kib in result["rss_kib"]]
    first, last = rss[1] if len(rss) > 1 else rss[0], rss[-1]
    growth_mb = (last - first) * 1024 / 1e6
    return [
        Row(
            f"durable, {evaluations:,} evaluations in one process: RSS after the first tenth → at the end; live facts",
            f"{first * 1024 / 1e6:.1f} → {last * 1024 / 1e6:.1f} MB (max {max(rss) * 1024 / 1e6:.1f}); "
            f"{result['live_facts']} live facts; {_n(result['per_second'])} evaluations/s",
            f"flat (≤ +{TARGET_SOAK_GROWTH_MB} MB), 0 facts",
            growth_mb <= TARGET_SOAK_GROWTH_MB and result["live_facts"] == 0,
        )
    ]


def _median_ms(args: list[str], runs: int) -> float:
    """Median wall time of ``args`` run ``runs`` times (after one untimed run that compiles the byte code)."""
    env = _environment()
    subprocess.run(args, capture_output=True, env=env, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, env=env, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _import_ms(runs: int) -> list[float]:
    code = "import time; t = time.perf_counter(); import cooperation_rules; print(time.perf_counter() - t)"
    env = _environment()
    subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    return [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout) * 1000
        for _ in range(runs)
    ]


def start_up(runs: int, workdir: Path) -> list[Row]:
    """Import time of the package; start-up of the command (one event evaluated, process start to exit)."""
    imports = _import_ms(runs)
    one = workdir / "one.jsonl"
    one.write_text(EXAMPLES.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    python_alone = _median_ms([sys.executable, "-c", "pass"], runs)
    rows = [
        Row(
            "`import cooperation_rules`: median (min) of separate processes",
            f"{statistics.median(imports):.0f} ms ({min(imports):.0f} ms)",
            f"< {TARGET_IMPORT_MS} ms",
            statistics.median(imports) < TARGET_IMPORT_MS,
        )
    ]
    for engine in ENGINES:
        ms = _median_ms([*command(), "evaluate", "--engine", engine, str(one)], runs)
        rows.append(
            Row(
                f"`cooperation-rules evaluate --engine {engine}` of one event: process start to exit, median",
                f"{ms:.0f} ms (the interpreter alone: {python_alone:.0f} ms)",
            )
        )
    return rows


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 CLI lines and soak evaluations, fewer samples")
    parser.add_argument("--events", type=int, help="CLI input lines (default 1,000,000; --quick 100,000)")
    parser.add_argument("--soak", type=int, help="durable evaluations in the soak (default 1,000,000; --quick 100,000)")
    parser.add_argument("--mix", type=int, help="distinct events of the realistic mix (default 20,000; --quick 5,000)")
    parser.add_argument("--rounds", type=int, help="passes over the mix per in-process figure (default 5; --quick 2)")
    parser.add_argument("--profile", action="store_true", help="print the cProfile summary of each engine's loop")
    args = parser.parse_args(argv)
    lines = args.events or (100_000 if args.quick else 1_000_000)
    soak_n = args.soak or (100_000 if args.quick else 1_000_000)
    distinct = args.mix or (5_000 if args.quick else 20_000)
    rounds = args.rounds or (2 if args.quick else 5)
    runs = 7 if args.quick else 15

    print(f"Measured on: {machine()}")
    print(f"Command: python benchmarks/run.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip())
    rulebook = Rulebook.load()
    lifecycle = Lifecycle.from_file(LIFECYCLE)
    mix = corpus.realistic_mix(distinct)
    examples = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    check(rulebook, [parse_event(e) for e in [*examples, *mix]], lifecycle)
    print(
        f"Checked: the floor, both engines and Cedar decide alike on {len(examples)} examples and {len(mix):,} generated"
        " events, with and without the example lifecycle."
    )
    gc.collect()
    rows = in_process(rulebook, mix, lifecycle, rounds)
    rows += shared_provisions(rulebook, mix, lifecycle, rounds)
    if args.profile:
        print(profile(rulebook, mix, lifecycle))
    with tempfile.TemporaryDirectory(prefix="cr-bench-") as tmp:
        workdir = Path(tmp)
        rows += cli(lines, workdir)
        rows += soak(soak_n)
        rows += start_up(runs, workdir)
    rows += [Row(figure, measured) for figure, measured in regressions.figures(runs=3 if args.quick else 5)]
    print(f"In-process figures: {distinct:,} events of the realistic mix x {rounds} passes, example lifecycle, one thread.")
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
