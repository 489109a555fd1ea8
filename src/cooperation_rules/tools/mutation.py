"""Mutation testing of the rules: would the scenarios notice if a rule were wrong?

Every mutant of :mod:`.mutants` (one rule changed the way a careless edit would change it) is
loaded as a rulebook and judged:

1. ``refused``: the rule-file schema or the rulebook's checks refuse it; it can never be loaded.
2. ``killed``: some scenario of ``features/`` fails against it. Scenarios tagged with a provision
   the rule cites run first; the first failure decides, and it is reported (scenario and step).
3. Otherwise the mutant and the rules as they are evaluate the corpus (``tests/corpus``). When no
   verdict, duty, citation or finding changes on any event of it (the whole answer a person
   reads, the reasons of the explanation included: a rule that fires where it did not adds a
   reason, even when the verdict stays), the mutant is ``equivalent``: the reason says why (the
   rule fires on the same events with the same effect). A rule the corpus never reaches is not
   shown equivalent: it ``survived``.
4. Otherwise, with the snapshot check asked for, a mutant whose decisions differ from the approved
   snapshot is ``caught_by_snapshot``; else it ``survived``, with the events it changes.

The target is that the scenarios alone kill every mutant that is not equivalent or refused.

Mutants are judged by worker processes (``jobs``), each of which loads the rules, the scenarios
and the corpus once and then takes mutants by number until none is left.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from ..errors import CooperationRulesError, RuleFileError
from ..evaluation.answers import Duty, Evaluation
from ..law.agreement import Agreement
from ..law.lifecycle import Lifecycle
from ..law.provisions import Treaty
from ..model.vocabulary import Engine
from ..rulebook.rulebook import Rulebook
from ..rulefiles.reading import bundled_rules_dir, load_rule_files
from ..rulefiles.schema import RuleFile
from .diff import diff_snapshots
from .mutants import Mutant, MutationKind, apply_mutant, make_mutants
from .scenarios import ScenarioSuite
from .snapshot import CorpusSet, read_corpus, read_snapshot, take_snapshot

__all__ = ["MutantResult", "MutantStatus", "MutationError", "MutationReport", "MutationSetup", "run_mutation"]


class MutationError(CooperationRulesError):
    """Mutation testing cannot run: the rules, the scenarios, the corpus or a worker process failed."""


class MutantStatus(StrEnum):
    """How a mutant was judged."""

    KILLED = "killed"
    CAUGHT_BY_SNAPSHOT = "caught_by_snapshot"
    SURVIVED = "survived"
    EQUIVALENT = "equivalent"
    REFUSED = "refused"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MutantResult(_Frozen):
    """One mutant and its judgement: by what it was detected, or why it was not."""

    mutant: Mutant
    status: MutantStatus
    detected_by: str | None = None
    """The scenario (``file:line name``) that failed, or ``snapshot``."""
    detail: str
    """The failing step and its message; the reason it is equivalent or refused; the decisions it changes."""
    scenarios_run: int = 0


@dataclass(frozen=True)
class MutationSetup:
    """Where the rules, the scenarios, their step definitions, the corpus and (optionally) the approved snapshot are."""

    features: Path
    steps: Path | None
    rules: Path | None = None
    corpus: Path | None = None
    approved: Path | None = None
    """The approved snapshot: given, a mutant the scenarios miss is checked against it too."""

    def rules_dir(self) -> Path:
        return self.rules if self.rules is not None else bundled_rules_dir()


def _decisions(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(r["event"]): r for r in records}


def _brief(record: dict[str, Any] | None) -> str:
    if record is None:
        return "absent"
    if "error" in record:
        return f"no decision ({record['error'].get('kind')})"
    duties = ", ".join(
        f"{d['kind']} ({d['bearer']}" + (f", due {d['due']}" if d.get("due") else "") + ")" for d in record["duties"]
    )
    grounds = ", ".join(record.get("verdict_cites") or [])
    fired = ", ".join(str(f["rule"]) for f in record.get("findings") or ())
    return (
        f"{record['verdict']} (on {grounds or 'no provision'}); duties [{duties}]; cites [{', '.join(record['citations'])}]; "
        f"fired [{fired}]"
    )


class _Recording(Rulebook):
    """A rulebook that notes which rules fire in what it evaluates (``fired``), to order the scenarios per mutant."""

    def __init__(self, files: Sequence[tuple[str, RuleFile]], agreement: Agreement) -> None:
        super().__init__(files, agreement=agreement, engine=Engine.PYTHON)
        self.fired: set[str] = set()

    def evaluate(self, event: Any, **options: Any) -> Evaluation:
        evaluation = super().evaluate(event, **options)
        self.fired.update(f.rule for f in evaluation.findings)
        return evaluation

    def lifecycle_duties(self, lifecycle: Lifecycle, **options: Any) -> tuple[Duty, ...]:
        duties = super().lifecycle_duties(lifecycle, **options)
        self.fired.update(d.rule for d in duties)
        return duties


class _Judge:
    """What one process needs to judge mutants: the rules, the scenarios, the corpus and its decisions now."""

    def __init__(self, setup: MutationSetup) -> None:
        self.setup = setup
        self.files = [(f.name, f.content) for f in load_rule_files(setup.rules_dir())]
        self.agreement = Agreement.load(setup.rules_dir())
        self.mutants = make_mutants(self.files, self.agreement)
        self.rulebook = recording = _Recording(self.files, self.agreement)
        self.suite = ScenarioSuite.load(setup.features, setup.steps, self.rulebook)
        failures = []
        #: The rules that fire in each scenario, against the rules as they are.
        self.fired_in: list[frozenset[str]] = []
        for i in range(len(self.suite)):
            recording.fired.clear()
            failure = self.suite.run_one(i, recording)
            if failure is not None:
                failures.append(failure)
            self.fired_in.append(frozenset(recording.fired))
        if failures:
            first = failures[0]
            raise MutationError(
                f"{len(failures)} scenario(s) fail against the rules as they are, e.g. {first.key} ({first.name}): "
                f"{first.step}: {first.message}; mutation testing needs every scenario passing"
            )
        self.tags = [frozenset(s.tags) for s in self.suite.scenarios]
        self.corpus: tuple[CorpusSet, ...] = read_corpus(setup.corpus) if setup.corpus is not None else ()
        self.base = _decisions(take_snapshot(self.rulebook, self.corpus)) if self.corpus else {}
        self.approved = _decisions(read_snapshot(setup.approved)) if setup.approved is not None else None

    def order(self, mutant: Mutant) -> list[int]:
        """The scenarios most likely to kill the mutant first: those in which its rule fires, then those tagged with
        a provision it cites, then the others, each group in file order. The order changes only how soon a mutant
        is killed and by which scenario, never whether."""
        cited = set(mutant.provisions)
        fires = [i for i, rules in enumerate(self.fired_in) if mutant.rule_id in rules]
        chosen = set(fires)
        tagged = [i for i, tags in enumerate(self.tags) if tags & cited and i not in chosen]
        chosen.update(tagged)
        return fires + tagged + [i for i in range(len(self.tags)) if i not in chosen]

    def judge(self, index: int) -> MutantResult:
        mutant = self.mutants[index]
        if mutant.refused:
            return MutantResult(mutant=mutant, status=MutantStatus.REFUSED, detail=mutant.refusal or "refused")
        try:
            files, agreement = apply_mutant(self.files, self.agreement, mutant)
            rulebook = Rulebook(files, agreement=agreement, engine=Engine.PYTHON)
        except RuleFileError as exc:
            return MutantResult(mutant=mutant, status=MutantStatus.REFUSED, detail=f"the rulebook refuses it: {exc}")
        order = self.order(mutant)
        ran = 0
        for i in order:
            ran += 1
            failure = self.suite.run_one(i, rulebook)
            if failure is not None:
                return MutantResult(
                    mutant=mutant,
                    status=MutantStatus.KILLED,
                    detected_by=f"{failure.key} {failure.name}",
                    detail=f"{failure.step}: {failure.message}",
                    scenarios_run=ran,
                )
        if not self.corpus:
            return MutantResult(
                mutant=mutant, status=MutantStatus.SURVIVED, detail="no scenario fails; no corpus given", scenarios_run=ran
            )
        after = _decisions(take_snapshot(rulebook, self.corpus))
        changed = [key for key, record in self.base.items() if after.get(key) != record]
        if not changed:
            reached, reason = self.why_equivalent(mutant)
            status = MutantStatus.EQUIVALENT if reached else MutantStatus.SURVIVED
            return MutantResult(mutant=mutant, status=status, detail=reason, scenarios_run=ran)
        example = changed[0]
        aspects = sorted(
            {a.value for c in diff_snapshots(list(self.base.values()), list(after.values())).changes for a in c.aspects}
        )
        detail = (
            f"no scenario fails, but it changes the decisions on {len(changed)} of {len(self.base)} corpus records "
            f"({', '.join(aspects) or 'records'}), e.g. {example}: {_brief(self.base[example])} -> {_brief(after.get(example))}"
        )
        if self.approved is not None and after != self.approved:
            return MutantResult(
                mutant=mutant, status=MutantStatus.CAUGHT_BY_SNAPSHOT, detected_by="snapshot", detail=detail, scenarios_run=ran
            )
        return MutantResult(mutant=mutant, status=MutantStatus.SURVIVED, detail=detail, scenarios_run=ran)

    def why_equivalent(self, mutant: Mutant) -> tuple[bool, str]:
        """Why nothing a person reads changes on the corpus: the rule fires on the same records with the same effect.

        The snapshot records every finding, so when no record changed the mutated rule fires exactly where it did.
        ``False`` when it fires on no corpus record: then the corpus does not reach it, and the mutant is not shown
        to be equivalent.
        """
        rule = mutant.rule_id
        where = [k for k, record in self.base.items() if any(f["rule"] == rule for f in record.get("findings") or ())]
        total = len(self.base)
        if not where:
            return False, (
                f"no scenario fails, and the rule fires on none of the {total} corpus records, before or after the "
                "change: the corpus does not reach it, so nothing shows the change to be harmless"
            )
        what = {
            MutationKind.DROP_CONDITION: "the deleted condition holds wherever the others do",
            MutationKind.NEGATE_CONDITION: "the condition turned round selects the same events",
            MutationKind.SHIFT_BOUNDARY: "no day count or due date of the corpus lies on the moved boundary",
        }.get(mutant.kind, "the change gives the same effect there")
        return True, (
            f"the rule fires on the same {len(where)} corpus records as before, with the same effect, and {what}: "
            "no verdict, duty, citation or finding changes"
        )


def _serve(source: MutationSetup | _Judge, tasks: Any, results: Any) -> None:
    """A worker process: judge the mutants whose numbers arrive on ``tasks`` until ``None`` arrives.

    ``source`` is the parent's judge when the process was forked (it shares what the parent loaded),
    else the setup to load everything from.
    """
    try:
        judge = source if isinstance(source, _Judge) else _Judge(source)
    except Exception as exc:  # reported to the parent, which stops the run with it
        results.put(("error", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        index = tasks.get()
        if index is None:
            return
        try:
            results.put(("result", (index, judge.judge(index))))
        except Exception:
            results.put(("error", f"mutant {judge.mutants[index].id}: {traceback.format_exc(limit=3)}"))
            return


class MutationReport(_Frozen):
    """Every mutant's judgement, with what the run took."""

    results: tuple[MutantResult, ...]
    scenarios: int
    corpus_records: int
    jobs: int
    seconds: float

    def count(self, status: MutantStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def judged(self) -> int:
        """Mutants that could change a decision: all but the equivalent and the refused ones."""
        return len(self.results) - self.count(MutantStatus.EQUIVALENT) - self.count(MutantStatus.REFUSED)

    @property
    def score(self) -> float:
        """Share of the mutants that could change a decision killed by the scenarios alone (1.0: all)."""
        return self.count(MutantStatus.KILLED) / self.judged if self.judged else 1.0

    @property
    def missed(self) -> tuple[MutantResult, ...]:
        """Mutants that could change a decision and that no scenario kills."""
        return tuple(r for r in self.results if r.status in (MutantStatus.SURVIVED, MutantStatus.CAUGHT_BY_SNAPSHOT))

    def by_provision(self, treaty: Treaty) -> list[tuple[str, list[MutantResult]]]:
        """(eId, the mutants of the rules citing it), in treaty order; a mutant is listed under each provision its rule cites."""
        grouped: dict[str, list[MutantResult]] = {}
        for r in self.results:
            for eid in r.mutant.provisions:
                grouped.setdefault(eid, []).append(r)
        return sorted(grouped.items(), key=lambda item: treaty.order(item[0]) if item[0] in treaty else 10**6)

    def summary(self) -> dict[str, Any]:
        return {
            "mutants": len(self.results),
            **{status.value: self.count(status) for status in MutantStatus},
            "score": round(self.score, 4),
            "scenarios": self.scenarios,
            "corpus_records": self.corpus_records,
            "jobs": self.jobs,
            "seconds": round(self.seconds, 1),
        }

    def to_json(self, treaty: Treaty) -> str:
        """The report as JSON: the summary, the counts per provision, and every mutant (without its changed rule)."""
        provisions = [
            {"eid": eid, "label": treaty.provision(eid).label if eid in treaty else eid, **_counts(results)}
            for eid, results in self.by_provision(treaty)
        ]
        mutants = [
            {
                "id": r.mutant.id,
                "rule": r.mutant.rule_id,
                "kind": r.mutant.kind.value,
                "change": r.mutant.description,
                "provisions": list(r.mutant.provisions),
                "status": r.status.value,
                "detected_by": r.detected_by,
                "detail": r.detail,
            }
            for r in self.results
        ]
        return (
            json.dumps({"summary": self.summary(), "provisions": provisions, "mutants": mutants}, indent=1, sort_keys=True) + "\n"
        )


def _counts(results: Sequence[MutantResult]) -> dict[str, int]:
    return {"mutants": len(results), **{s.value: sum(1 for r in results if r.status is s) for s in MutantStatus}}


def format_report(report: MutationReport, treaty: Treaty, *, show_killed: bool = False) -> str:
    """The report for people: per provision, the mutants killed and, with each change, those not killed."""
    lines: list[str] = []
    for eid, results in report.by_provision(treaty):
        counts = _counts(results)
        label = treaty.provision(eid).label if eid in treaty else eid
        parts = [f"{counts[s.value]} {s.value.replace('_', ' ')}" for s in MutantStatus if counts[s.value]]
        lines.append(f"{label} [{eid}]: {counts['mutants']} mutants: {', '.join(parts)}")
        for r in results:
            if r.status is MutantStatus.KILLED and not show_killed:
                continue
            lines.append(f"  {r.status.value.upper().replace('_', ' ')}: {r.mutant.rule_id}: {r.mutant.description}")
            if r.detected_by:
                lines.append(f"    by {r.detected_by}")
            lines.append(f"    {r.detail}")
    s = report.summary()
    lines.append("")
    rules = len({r.mutant.rule_id for r in report.results})
    lines.append(
        f"{s['mutants']} mutants of {rules} rules: {s['killed']} killed by the scenarios, "
        f"{s['caught_by_snapshot']} caught only by the snapshot, {s['survived']} survived, {s['equivalent']} equivalent, "
        f"{s['refused']} refused by the rule checks"
    )
    lines.append(
        f"mutation score (killed by the scenarios / mutants that could change a decision): "
        f"{report.count(MutantStatus.KILLED)}/{report.judged} = {report.score:.1%}; "
        f"{report.scenarios} scenarios, {report.corpus_records} corpus records (events and lifecycles), "
        f"{report.jobs} process{'es' if report.jobs != 1 else ''}, {report.seconds:.1f} s"
    )
    return "\n".join(lines) + "\n"


def run_mutation(
    setup: MutationSetup,
    *,
    jobs: int | None = None,
    select: Callable[[Mutant], bool] | None = None,
) -> MutationReport:
    """Judge every mutant of the rules (those ``select`` accepts) with ``jobs`` processes (default: one per core)."""
    started = time.perf_counter()
    judge = _Judge(setup)  # checks everything loads, and judges in this process when one job is asked for
    indices = [i for i, m in enumerate(judge.mutants) if select is None or select(m)]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(indices) or 1))
    results: dict[int, MutantResult] = {}
    if jobs == 1:
        for i in indices:
            results[i] = judge.judge(i)
    else:
        results = _in_processes(judge, indices, jobs)
    return MutationReport(
        results=tuple(results[i] for i in indices),
        scenarios=len(judge.suite),
        corpus_records=len(judge.base),
        jobs=jobs,
        seconds=time.perf_counter() - started,
    )


def _in_processes(judge: _Judge, indices: Sequence[int], jobs: int) -> dict[int, MutantResult]:
    """Judge ``indices`` in ``jobs`` processes. Forked processes share the loaded ``judge`` (a mutant's rulebook is
    built in the worker, never in this process); where there is no fork, each process loads the setup again."""
    forked = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forked else multiprocessing.get_context("spawn")
    source: MutationSetup | _Judge = judge if forked else judge.setup
    tasks = context.Queue()
    answers = context.Queue()
    for i in indices:
        tasks.put(i)
    for _ in range(jobs):
        tasks.put(None)
    workers = [context.Process(target=_serve, args=(source, tasks, answers), daemon=True) for _ in range(jobs)]
    for w in workers:
        w.start()
    results: dict[int, MutantResult] = {}
    try:
        while len(results) < len(indices):
            try:
                kind, payload = answers.get(timeout=5)
            except queue.Empty:
                if not any(w.is_alive() for w in workers):
                    raise MutationError("every worker process ended before the mutants were judged") from None
                continue
            if kind == "error":
                raise MutationError(f"a worker process failed: {payload}")
            if kind == "result":
                index, result = payload
                results[index] = result
    finally:
        for w in workers:
            if w.is_alive():
                w.terminate()
            w.join(timeout=5)
    return results
