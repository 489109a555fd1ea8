"""Traceability: every provision of the Agreement -> the rules that implement it -> the scenarios
that test it -> how they ended in the last run.

A row exists for every provision of the treaty, in treaty order. A provision that binds no event
(the Resolution's parts, the title, the preamble, Articles 14 to 16, the signatures) keeps the
reason recorded beside its text in ``rules/``. For every other provision (an *operative* one) the
gate requires at least one rule that cites it and at least one scenario that tests it and passed in
the last run; every rule must fire in at least one scenario of that run. A scenario tests a provision
when its steps assert that the decision cites it, or does not cite it ("the decision cites ...",
"the decision does not cite ...", "the verdict rests on ...", "the duty of ... rests on ..."); a tag
alone does not count, so that a provision is counted as tested only where a scenario says what the
decision makes of it.

A scenario tagged ``@check`` (``features/checks/``: a grid of combinations that checks the
software) is not a statement of the law: it is listed and must pass, and the rules that fire in it
count as fired, but it is not counted among the scenarios that test a provision, so that a grid of
"not governed" rows does not make a provision look tested.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from ..rulebook.rulebook import Rulebook
from ..text.printable import printable
from .featurelint import CHECK_TAG, asserted_labels
from .spec import RunRecord, ScenarioResult, SpecFeature, SpecScenario

__all__ = ["ProvisionTrace", "RuleTrace", "ScenarioTrace", "Trace", "TraceStatus", "build_trace"]


class TraceStatus(StrEnum):
    """Where a provision, rule or scenario stands; the order is from best to worst."""

    COVERED = "covered"
    """Implemented by a rule, and a scenario that tests it passed."""
    BINDS_NO_EVENT = "binds_no_event"
    """Decides no event, for the reason recorded beside its text."""
    NOT_RUN = "not_run"
    """Its scenarios have no result in the record of the last run."""
    FAILING = "failing"
    """No scenario that tests it passed in the last run."""
    NO_SCENARIO = "no_scenario"
    """No scenario asserts it cited or not cited (for a rule: it fired in no scenario)."""
    NO_RULE = "no_rule"
    """An operative provision that no rule cites."""


_WORST = list(TraceStatus)


def _worst(statuses: Iterable[TraceStatus]) -> TraceStatus:
    return max(statuses, key=_WORST.index, default=TraceStatus.COVERED)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScenarioTrace(_Frozen):
    """A scenario, where it is written, what it exercises and how it ended."""

    key: str
    feature: str
    name: str
    tags: tuple[str, ...]
    outcome: str | None
    """``passed``, ``failed``, ``skipped``, or ``None`` when the last run has no result for it."""
    rules: tuple[str, ...]
    """The rules that fired in it in the last run."""
    changed: bool = False
    """Its text changed since the last run, which ran it with other words: so it has no result."""
    asserts: tuple[str, ...] = ()
    """The eIds of the provisions its steps assert cited or not cited: the provisions it tests."""


class RuleTrace(_Frozen):
    """A rule, the provisions it cites, and the scenarios it fired in."""

    id: str
    cites: tuple[str, ...]
    scenarios: tuple[str, ...]
    status: TraceStatus


class ProvisionTrace(_Frozen):
    """One row of the matrix."""

    eid: str
    label: str
    parent: str | None
    operative: bool
    reason: str | None
    """Why the provision binds no event (``None`` for an operative one)."""
    rules: tuple[str, ...]
    scenarios: tuple[str, ...]
    """The scenarios that assert this provision cited or not cited (or, for an article made of parts, any of its
    parts), checks (``@check``) left out."""
    passed: int
    failed: int
    not_run: int
    status: TraceStatus


class Trace(_Frozen):
    """The matrix provision -> rules -> scenarios -> last result, and what the gate finds in it."""

    provisions: tuple[ProvisionTrace, ...]
    rules: tuple[RuleTrace, ...]
    scenarios: tuple[ScenarioTrace, ...]
    run_recorded: bool

    def _assembled(self) -> set[str]:
        """The articles made of parts (their rows stand as their worst part)."""
        return {p.parent for p in self.provisions if p.parent is not None}

    def to_json(self) -> str:
        """The matrix as JSON, keys sorted, so that equal traces give equal text."""
        return json.dumps(self.model_dump(mode="json"), indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    def provision(self, eid: str) -> ProvisionTrace:
        """The row of ``eid``; ``KeyError`` when the treaty has no such provision."""
        for row in self.provisions:
            if row.eid == eid:
                return row
        raise KeyError(eid)

    def problems(self) -> list[str]:
        """What the gate refuses: an operative provision without a rule or a passing scenario, a rule
        that fired in no scenario, a scenario that failed or did not run, an unrecorded run."""
        found: list[str] = []
        assembled = self._assembled()
        if not self.run_recorded:
            found.append("no run of the scenarios is recorded: run the tests first")
        for p in self.provisions:
            if not p.operative or p.status in (TraceStatus.COVERED, TraceStatus.BINDS_NO_EVENT):
                continue
            if p.eid in assembled:
                continue  # an article made of parts: its parts carry the finding
            found.append(f"{p.eid} ({p.label}): {_PROVISION_PROBLEM[p.status]}")
        for r in self.rules:
            if r.status is not TraceStatus.COVERED:
                found.append(f"rule {r.id}: {_RULE_PROBLEM[r.status]}")
        for s in self.scenarios:
            if s.changed:
                found.append(f"scenario {s.key} ({s.name}): changed since the run, not run as it stands")
            elif s.outcome is None and self.run_recorded:
                found.append(f"scenario {s.key} ({s.name}): did not run")
            elif s.outcome not in (None, "passed"):
                found.append(f"scenario {s.key} ({s.name}): {s.outcome}")
        return found

    def summary(self) -> dict[str, int]:
        """Counts for the first page: provisions by status (parts, not assembled articles), rules, scenarios."""
        assembled = self._assembled()
        leaves = [p for p in self.provisions if p.eid not in assembled]
        counts = {f"provisions_{s.value}": sum(1 for p in leaves if p.status is s) for s in TraceStatus}
        counts["provisions"] = len(leaves)
        counts["operative_provisions"] = sum(1 for p in leaves if p.operative)
        counts["rules"] = len(self.rules)
        counts["rules_covered"] = sum(1 for r in self.rules if r.status is TraceStatus.COVERED)
        counts["scenarios"] = len(self.scenarios)
        for outcome in ("passed", "failed", "skipped"):
            counts[f"scenarios_{outcome}"] = sum(1 for s in self.scenarios if s.outcome == outcome)
        counts["scenarios_not_run"] = sum(1 for s in self.scenarios if s.outcome is None)
        return counts


_PROVISION_PROBLEM = {
    TraceStatus.NO_RULE: "operative, but no rule cites it",
    TraceStatus.NO_SCENARIO: "no scenario asserts that the decision cites it, or does not cite it",
    TraceStatus.FAILING: "no scenario that asserts it cited or not cited passed",
    TraceStatus.NOT_RUN: "its scenarios did not run",
}
_RULE_PROBLEM = {
    TraceStatus.NO_SCENARIO: "fires in no scenario",
    TraceStatus.FAILING: "fires only in scenarios that failed",
    TraceStatus.NOT_RUN: "no run is recorded",
}


def _provision_status(operative: bool, rules: int, outcomes: list[str | None]) -> TraceStatus:
    if not operative:
        return TraceStatus.BINDS_NO_EVENT
    if rules == 0:
        return TraceStatus.NO_RULE
    if not outcomes:
        return TraceStatus.NO_SCENARIO
    if "passed" in outcomes:
        return TraceStatus.COVERED
    if all(o is None for o in outcomes):
        return TraceStatus.NOT_RUN
    return TraceStatus.FAILING


def build_trace(rulebook: Rulebook, features: Iterable[SpecFeature], record: RunRecord | None) -> Trace:
    """The matrix for ``rulebook``, the scenarios of ``features`` and the results of ``record``.

    A result counts for a scenario only if the run had its present words (``RunRecord.result_for``) and judged
    these rules (its ``rulebook_digest``, when it states one): otherwise the scenario has not been run as it is.
    """
    specs: list[SpecScenario] = [s for f in features for s in f.scenarios]
    if record is not None and record.rulebook_digest is not None and record.rulebook_digest != rulebook.digest:
        record = record.model_copy(update={"results": {}})  # a run of other rules says nothing of these
    # A result counts only for the words it was run with (RunRecord keys results by the scenario's text).
    results: dict[str, ScenarioResult | None] = {s.key: record.result_for(s) if record else None for s in specs}
    eid_of = {p.label: p.eid for p in rulebook.treaty}
    scenarios = tuple(
        ScenarioTrace(
            key=s.key,
            feature=s.feature,
            name=s.name,
            tags=s.tags,
            outcome=result.outcome if result is not None else None,
            rules=result.rules if result is not None else (),
            changed=record is not None and result is None and record.changed_since(s),
            asserts=tuple(
                dict.fromkeys(eid_of[label] for label in asserted_labels(step.text for step in s.steps) if label in eid_of)
            ),
        )
        for s in specs
        for result in (results[s.key],)
    )
    treaty = rulebook.treaty
    children: dict[str, list[str]] = {}
    for p in treaty:
        if p.parent is not None:
            children.setdefault(p.parent, []).append(p.eid)

    def family(eid: str) -> set[str]:
        found = {eid}
        for child in children.get(eid, ()):
            found |= family(child)
        return found

    citing: dict[str, list[str]] = {}
    for rule in rulebook.rules:
        for eid in rule.cited:
            citing.setdefault(eid, []).append(rule.id)
    rows: dict[str, ProvisionTrace] = {}
    # Parts first, then the articles assembled from them, which stand as their worst operative part.
    for p in sorted(treaty, key=lambda q: q.eid in children):
        eids = family(p.eid)
        leaves = [q for q in eids if q not in children]
        operative = any(treaty.provision(q).binds_no_event is None for q in leaves)
        tested = [s for s in scenarios if eids.intersection(s.asserts) and CHECK_TAG not in s.tags]
        rules = [r for q in sorted(eids, key=treaty.order) for r in citing.get(q, ())]
        outcomes = [s.outcome for s in tested]
        if p.eid in children:
            parts = [rows[q].status for q in leaves if rows[q].operative]
            status = _worst(parts) if operative else TraceStatus.BINDS_NO_EVENT
        else:
            status = _provision_status(operative, len(rules), outcomes)
        rows[p.eid] = ProvisionTrace(
            eid=p.eid,
            label=p.label,
            parent=p.parent,
            operative=operative,
            reason=None if operative else (p.binds_no_event or "Every part of it binds no event."),
            rules=tuple(dict.fromkeys(rules)),
            scenarios=tuple(s.key for s in tested),
            passed=outcomes.count("passed"),
            failed=sum(1 for o in outcomes if o not in (None, "passed")),
            not_run=outcomes.count(None),
            status=status,
        )
    rule_rows = []
    for rule in rulebook.rules:
        fired = [s for s in scenarios if rule.id in s.rules]
        if record is None:
            status = TraceStatus.NOT_RUN
        elif not fired:
            status = TraceStatus.NO_SCENARIO
        elif any(s.outcome == "passed" for s in fired):
            status = TraceStatus.COVERED
        else:
            status = TraceStatus.FAILING
        rule_rows.append(RuleTrace(id=rule.id, cites=rule.cited, scenarios=tuple(s.key for s in fired), status=status))
    ordered = tuple(rows[p.eid] for p in treaty)
    return Trace(provisions=ordered, rules=tuple(rule_rows), scenarios=scenarios, run_recorded=record is not None)


def format_trace(trace: Trace, problems: list[str] | None = None) -> str:
    """The matrix as text, one provision per line, then the summary and what the gate finds
    (``problems``, when the caller has them already)."""
    lines = []
    width = max(len(p.eid) for p in trace.provisions)
    for p in trace.provisions:
        indent = "  " if p.parent else ""
        if not p.operative:
            lines.append(f"{indent}{p.eid:<{width}}  {p.status.value:<14} {p.reason}")
            continue
        tested = f"{p.passed}/{len(p.scenarios)} scenarios passed"
        rules = ", ".join(p.rules) if p.parent or not p.scenarios or len(p.rules) < 4 else f"{len(p.rules)} rules"
        lines.append(f"{indent}{p.eid:<{width}}  {p.status.value:<14} {tested}; rules: {rules or 'none'}")
    s = trace.summary()
    lines.append("")
    lines.append(
        f"{s['provisions']} provisions: {s['operative_provisions']} operative, {s['provisions_covered']} covered, "
        f"{s['provisions_binds_no_event']} bind no event; {s['rules_covered']}/{s['rules']} rules fire in a passing "
        f"scenario; {s['scenarios_passed']}/{s['scenarios']} scenarios passed"
        + ("" if trace.run_recorded else " (no run recorded)")
    )
    problems = trace.problems() if problems is None else problems
    lines.append("gate: " + ("passed" if not problems else f"{len(problems)} problem(s)"))
    # Scenario names, outcomes and rule ids come from files and a results file: shown with any control
    # character escaped, so that no line of the report can be forged by them.
    lines.extend(f"  - {p}" for p in problems)
    return "\n".join(printable(line) for line in lines) + "\n"
