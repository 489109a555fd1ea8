"""How long the regression checks take: the decision snapshot of ``tests/corpus``, its difference, the
mutation check, with one process and with one per core, and the symbolic check of the rules (``check``).

    python benchmarks/regressions.py           # prints its own table
    python benchmarks/run.py                   # includes these rows in the full table

Each figure is the median of ``runs`` timings (the mutation check: of one run per process count,
as it takes seconds). It is a script, not a test: nothing fails on a slow run.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cooperation_rules import Rulebook
from cooperation_rules.tools.diff import diff_snapshots
from cooperation_rules.tools.mutation import MutationSetup, run_mutation
from cooperation_rules.tools.snapshot import read_corpus, take_snapshot

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def _median_s(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figures(runs: int = 5) -> list[tuple[str, str]]:
    """(figure, measured) for reading and snapshotting the corpus, diffing two snapshots, and the mutation check."""
    rulebook = Rulebook.load()
    corpus = read_corpus(CORPUS)
    records = take_snapshot(rulebook, corpus)
    rows = [
        (f"read_corpus, {len(records):,} records", f"{_median_s(lambda: read_corpus(CORPUS), runs) * 1000:.0f} ms"),
    ]
    for engine in ("python", "durable"):
        seconds = _median_s(lambda engine=engine: take_snapshot(rulebook, corpus, engine=engine), runs)
        rows.append((f"take_snapshot, {engine} engine", f"{seconds * 1000:.0f} ms ({len(records) / seconds:,.0f} records/s)"))
    rows.append(("diff_snapshots, no change", f"{_median_s(lambda: diff_snapshots(records, records), runs) * 1000:.0f} ms"))
    setup = MutationSetup(features=ROOT / "features", steps=ROOT / "tests" / "bdd" / "steps.py", corpus=CORPUS)
    for jobs in sorted({1, os.cpu_count() or 1}):
        report = run_mutation(setup, jobs=jobs)
        rows.append(
            (
                f"mutation check, {jobs} process{'es' if jobs != 1 else ''}",
                f"{report.seconds:.1f} s for {len(report.results)} mutants and {report.scenarios} scenarios",
            )
        )
    rows.append(_symbolic_check(rulebook, runs))
    return rows


def _symbolic_check(rulebook: Rulebook, runs: int) -> tuple[str, str]:
    """The symbolic check of every rule over every possible event (the ``check`` extra's z3); its peak memory too."""
    try:
        from cooperation_rules.tools.analysis import check_rules
    except ModuleNotFoundError:
        return ("symbolic check", "not measured: pip install 'cooperation-rules[check]'")
    import resource

    report = check_rules(rulebook)
    seconds = _median_s(lambda: check_rules(rulebook), runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (
        f"symbolic check, {report.rules} rules over {len(report.types)} event types",
        f"{seconds:.2f} s for {report.solver_checks:,} solver checks (process peak {peak:.0f} MB)",
    )


def main() -> int:
    print("| figure | measured |")
    print("|---|---|")
    for figure, measured in figures():
        print(f"| {figure} | {measured} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
