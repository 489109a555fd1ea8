"""The checks of ``cooperation-rules check``: what holds of the rules for every possible event, not only for examples.

For each event type, the solver is asked about the model of ``model.py``: whether some possible
event gets no verdict (a gap, Art. 18 and every operative provision must decide each act), whether
rules with different verdicts can fire together (the precedence of ``Verdict`` then decides),
whether a rule, a condition or a listed value can never matter, and whether a duty can be both
immediate and dated, dated before the act, doubled, or given with a verdict that makes it
meaningless. Every finding that an event shows comes with one (a witness), built and derived
again so that the model is checked against ``derive()`` by each finding it makes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import z3
from z3 import z3util

from ...errors import RulebookGap
from ...model.vocabulary import Bearer, Verdict
from ...rulebook.facts import FACT_SPECS, LIFECYCLE
from ...rulebook.rulebook import Rulebook
from ...rulefiles.schema import FactCondition, Rule
from .model import DATES, TypeModel, build_type_model
from .witness import Witness, build_witness, derived_facts

#: Gap regions reported per event type at most (each with its witness); more are counted.
MAX_GAPS = 20
#: Verdicts that make the duties of a rule that permits (or gives no verdict) meaningless when they win.
_DENYING = (Verdict.PROHIBITED, Verdict.NOT_APPLICABLE)


@dataclass
class Finding:
    """One thing the check found: its kind, the rules and event types involved, what it means, an event that shows it."""

    kind: str
    rules: tuple[str, ...]
    types: tuple[str, ...]
    message: str
    severity: str = "warning"
    witness: Witness | None = None
    allowed: str | None = None
    """The reading that allows it (``allows`` in a rule file), if any."""
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "severity": self.severity,
            "rules": list(self.rules),
            "types": list(self.types),
            "message": self.message,
        }
        if self.allowed is not None:
            out["allowed"] = self.allowed
        if self.witness is not None:
            out["witness"] = {"event": self.witness.event, "lifecycle": self.witness.lifecycle}
        out.update(self.detail)
        return out


@dataclass
class CheckReport:
    """What ``check`` found on a rulebook: findings, how many solver checks it took and how long."""

    findings: list[Finding] = field(default_factory=list)
    types: tuple[str, ...] = ()
    rules: int = 0
    solver_checks: int = 0
    seconds: float = 0.0

    @property
    def errors(self) -> list[Finding]:
        """Findings that fail the check: gaps, dead rules, a model that disagrees with ``derive()``."""
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        """Findings to read, not allowed by a reading."""
        return [f for f in self.findings if f.severity == "warning" and f.allowed is None]

    @property
    def readings(self) -> list[Finding]:
        """Findings a rule file allows, with the reading that allows them."""
        return [f for f in self.findings if f.allowed is not None]

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def about(self, prefix: str) -> list[Finding]:
        """Findings naming a rule whose id starts with ``prefix`` (``art_10.``: those of Article 10)."""
        return [f for f in self.findings if any(r.startswith(prefix) for r in f.rules)]

    def to_json(self) -> dict[str, Any]:
        return {
            "rules": self.rules,
            "types": list(self.types),
            "solver_checks": self.solver_checks,
            "seconds": round(self.seconds, 3),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "readings": len(self.readings),
            "findings": [f.to_json() for f in self.findings],
        }


def describe(cond: FactCondition) -> str:
    """A condition as written in a rule file: ``{fact: necessary, equals: false}``."""
    value = cond.operand
    shown = "[" + ", ".join(_word(v) for v in value) + "]" if isinstance(value, tuple) else _word(value)
    return f"{{fact: {cond.fact}, {cond.operator}: {shown}}}"


def _word(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Checker:
    """The checks of one event type, sharing one solver whose base is what ``derive()`` makes certain."""

    def __init__(self, rulebook: Rulebook, model: TypeModel, report: CheckReport) -> None:
        self.rulebook, self.m, self.report = rulebook, model, report
        self.solver = z3.Solver()
        self.solver.add(*model.base)
        self.fires = {r.id: model.rule(r) for r in model.rules}

    def sat(self, *formulas: z3.BoolRef) -> z3.ModelRef | None:
        """A solution of the base and ``formulas``, or ``None`` when there is none."""
        self.report.solver_checks += 1
        if self.solver.check(*formulas) == z3.sat:
            return self.solver.model()
        return None

    def possible(self, *formulas: z3.BoolRef) -> bool:
        """Some possible event satisfies ``formulas`` (the solution itself is not needed)."""
        self.report.solver_checks += 1
        return bool(self.solver.check(*formulas) == z3.sat)

    def witness(self, solution: z3.ModelRef) -> Witness | None:
        """An event showing ``solution``, checked against ``derive()``; a disagreement is a finding of its own."""
        if self.m.event_type == LIFECYCLE:
            return None
        facts = self.m.facts_of(solution)
        try:
            w = build_witness(self.m.event_type, facts, self.rulebook.agreement)
            got = derived_facts(w, self.rulebook.agreement)
        except Exception as exc:  # any failure to realise a solution is the model's disagreement with the events
            self._disagree(facts, f"no event has these facts ({type(exc).__name__}: {exc})")
            return None
        if self.rulebook.engine("python").fired(self.m.event_type, got) != [
            r.id for r in self.m.rules if z3.is_true(solution.eval(self.fires[r.id], model_completion=True))
        ] or any(got.get(k) != v for k, v in facts.items() if k not in ("language",)):
            self._disagree(facts, f"derive() gives {dict(sorted(got.items()))}", w)
        return w

    def _disagree(self, facts: dict[str, Any], why: str, w: Witness | None = None) -> None:
        self.report.findings.append(
            Finding(
                "model_disagrees",
                (),
                (self.m.event_type,),
                f"the model's event {dict(sorted(facts.items()))} is not what derive() makes of its witness: {why}",
                severity="error",
                witness=w,
            )
        )


def _allowed(rulebook: Rulebook, ids: Sequence[str], *, directed: bool = False) -> str | None:
    """The reason a rule file gives for this combination of rules, if it allows it.

    An allowance on rule A naming rule B accepts what A does when B fires too: A's verdict prevailing
    over B's (a conflict is ``(winner, loser)``), or A's duties standing under B's verdict (``(duty
    rule, deciding rule)``); those findings are ``directed`` and only their first rule's allowances
    count. Otherwise (rules with the same conditions, the same duty twice) any rule's allowance of
    another counts, and a finding of one rule needs the rule's allowance of itself.
    """
    for a in ids[:1] if directed else ids:
        for allowance in rulebook.rule(a).allows:
            others = [b for b in ids if b != a] or [a]
            if allowance.rule in others:
                return f"{a}: {allowance.reason}"
    return None


def _verdict_rules(rules: Iterable[Rule]) -> list[Rule]:
    return [r for r in rules if r.verdict is not None]


def _gaps(c: _Checker) -> None:
    """Regions of events that no rule gives a verdict, each the smallest set of condition outcomes that keeps it so."""
    m = c.m
    verdicts = [c.fires[r.id] for r in _verdict_rules(m.rules)]
    any_verdict = z3.Or(verdicts) if verdicts else z3.BoolVal(False)
    atoms: dict[str, tuple[z3.BoolRef, str]] = {}
    for r in m.rules:
        for cond in r.conditions:
            atoms.setdefault(describe(cond), (m.condition(cond), describe(cond)))
    blocked: list[z3.BoolRef] = []
    found = 0
    while True:
        solution = c.sat(z3.Not(any_verdict), *blocked)
        if solution is None:
            break
        found += 1
        cube = [
            (
                expr if z3.is_true(solution.eval(expr, model_completion=True)) else z3.Not(expr),
                text,
                z3.is_true(solution.eval(expr, model_completion=True)),
            )
            for expr, text in atoms.values()
        ]
        kept = list(cube)
        for literal in cube:  # drop what the region does not need: the rest still gives no verdict
            trial = [k for k in kept if k is not literal]
            if not c.possible(any_verdict, *(k[0] for k in trial)):
                kept = trial
        region = z3.And([k[0] for k in kept]) if kept else z3.BoolVal(True)
        blocked.append(z3.Not(region))
        if found > MAX_GAPS:
            continue
        w = c.witness(solution)
        confirmed = None
        if w is not None:
            event, lifecycle = w.typed()
            try:
                c.rulebook.evaluate(event, lifecycle=lifecycle, engine="python")
                confirmed = False
            except RulebookGap:
                confirmed = True
        where = " and ".join(text if holds else f"not {text}" for _, text, holds in kept) or "every event"
        c.report.findings.append(
            Finding(
                "gap",
                (),
                (m.event_type,),
                f"no rule gives a verdict when {where}",
                severity="error",
                witness=w,
                detail={"region": [{"condition": t, "holds": h} for _, t, h in kept], "evaluate_refuses": confirmed},
            )
        )
    if found > MAX_GAPS:
        c.report.findings.append(
            Finding("gap", (), (m.event_type,), f"and {found - MAX_GAPS} more regions without a verdict", severity="error")
        )


def _dead(c: _Checker, dead: dict[str, dict[str, list[str]]]) -> set[str]:
    """Rules that never fire on this type, recorded in ``dead`` (rule, type: the conditions that cannot hold together)."""
    out: set[str] = set()
    for r in c.m.rules:
        if c.possible(c.fires[r.id]):
            continue
        out.add(r.id)
        names = [z3.Bool(f"__c{i}") for i in range(len(r.conditions))]
        core_solver = z3.Solver()
        core_solver.add(*c.m.base)
        for name, cond in zip(names, r.conditions, strict=True):
            core_solver.add(z3.Implies(name, c.m.condition(cond)))
        c.report.solver_checks += 1
        core: list[str] = []
        if core_solver.check(*names) == z3.unsat:
            index = {str(n): i for i, n in enumerate(names)}
            core = [describe(r.conditions[index[str(n)]]) for n in core_solver.unsat_core()]
        dead.setdefault(r.id, {})[c.m.event_type] = core
    return out


def _conditions(c: _Checker, dead_here: set[str]) -> None:
    """Conditions implied by the others (with what ``derive()`` makes certain), and listed values that never matter."""
    m = c.m
    for r in m.rules:
        if r.id in dead_here:
            continue
        conds = r.conditions
        for i, cond in enumerate(conds):
            others = [m.condition(o) for j, o in enumerate(conds) if j != i]
            if not c.possible(*others, z3.Not(m.condition(cond))):
                own = "applies_while" if i == 0 and len(conds) > len(r.when) else f"when.{i - (len(conds) - len(r.when))}"
                c.report.findings.append(
                    Finding(
                        "implied_condition",
                        (r.id,),
                        (m.event_type,),
                        f"{r.id}: {own} {describe(cond)} always holds when the rule's other conditions do: it never matters",
                        allowed=_allowed(c.rulebook, (r.id,)),
                    )
                )
            if cond.operator in ("in", "not_in") and isinstance(cond.operand, tuple):
                for value in cond.operand:
                    if not c.possible(*others, m.condition(FactCondition(fact=cond.fact, equals=value))):
                        what = "lets the rule fire" if cond.operator == "in" else "is ever excluded"
                        c.report.findings.append(
                            Finding(
                                "dead_value",
                                (r.id,),
                                (m.event_type,),
                                f"{r.id}: {describe(cond)}: the value {value} never {what}",
                            )
                        )


def _conflicts(c: _Checker, pairs: dict[tuple[str, str], Finding]) -> None:
    """Rules with different verdicts that fire on one event; the higher precedence decides."""
    rules = _verdict_rules(c.m.rules)
    for i, a in enumerate(rules):
        for b in rules[i + 1 :]:
            assert a.verdict is not None and b.verdict is not None
            if a.verdict == b.verdict:
                continue
            key = (a.id, b.id)
            if key in pairs:
                if c.possible(c.fires[a.id], c.fires[b.id]):
                    pairs[key].types = (*pairs[key].types, c.m.event_type)
                continue
            solution = c.sat(c.fires[a.id], c.fires[b.id])
            if solution is None:
                continue
            winner, loser = (a, b) if a.verdict.precedence > b.verdict.precedence else (b, a)
            # An event on which this pair's precedence is the answer, when there is one.
            solution = c.sat(c.fires[a.id], c.fires[b.id], *_no_higher(c, winner)) or solution
            pairs[key] = Finding(
                "conflict",
                (winner.id, loser.id),
                (c.m.event_type,),
                f"{winner.id} ({winner.verdict}) and {loser.id} ({loser.verdict}) fire together; "
                f"precedence gives {winner.verdict}",
                witness=c.witness(solution),
                allowed=_allowed(c.rulebook, (winner.id, loser.id), directed=True),
                detail={"decides": str(winner.verdict)},
            )


def _never_decides(c: _Checker, decides: dict[str, bool]) -> None:
    """Verdict rules that never fire without another of the same or a higher precedence: the verdict is never theirs."""
    rules = _verdict_rules(c.m.rules)
    for r in rules:
        assert r.verdict is not None
        rivals = [
            c.fires[o.id]
            for o in rules
            if o.id != r.id and o.verdict is not None and o.verdict.precedence >= r.verdict.precedence
        ]
        if not c.possible(c.fires[r.id]):
            continue
        alone = c.possible(c.fires[r.id], *(z3.Not(x) for x in rivals))
        decides[r.id] = decides.get(r.id, False) or alone


def _same_conditions(c: _Checker) -> None:
    """Groups of rules that fire on exactly the same events of this type.

    Rules are compared only when they agree on an event where each of them fires: two rules that
    differ on one of those events cannot have the same conditions, and most pairs differ there.
    """
    samples = {r.id: c.sat(c.fires[r.id]) for r in c.m.rules}
    rules = [r for r in c.m.rules if samples[r.id] is not None]
    models = [m for m in samples.values() if m is not None]
    prints = {r.id: tuple(bool(z3.is_true(m.eval(c.fires[r.id], model_completion=True))) for m in models) for r in rules}
    group: dict[str, str] = {}
    for i, a in enumerate(rules):
        if a.id in group:
            continue
        group[a.id] = a.id
        for b in rules[i + 1 :]:
            if b.id in group or prints[a.id] != prints[b.id]:
                continue
            if not c.possible(z3.Xor(c.fires[a.id], c.fires[b.id])):
                group[b.id] = a.id
    members: dict[str, list[str]] = {}
    for rid, head in group.items():
        members.setdefault(head, []).append(rid)
    for ids in members.values():
        if len(ids) > 1:
            c.report.findings.append(
                Finding(
                    "same_conditions",
                    tuple(ids),
                    (c.m.event_type,),
                    f"{', '.join(ids)} fire on exactly the same events",
                    allowed=_allowed(c.rulebook, ids),
                )
            )


def _overlap(a: Bearer, b: Bearer) -> bool:
    return a is Bearer.BOTH or b is Bearer.BOTH or a is b


def _offset_days(rule: Rule, index: int, rulebook: Rulebook) -> int:
    """The least number of days a due date lies after the date it counts from (a month is at least 28 days)."""
    due = rule.duties[index].due
    assert due is not None
    period = rulebook.agreement.periods.get(due.period) if due.period is not None else None
    months = due.add_months + (period.months if period is not None else 0)
    days = due.add_days + (period.days if period is not None else 0)
    return days + 28 * months


def _duties(c: _Checker) -> None:
    """Duties both immediate and dated, dated before the act, given twice, or given with a verdict that denies the act."""
    m, report, rulebook = c.m, c.report, c.rulebook
    for r in m.rules:
        for i, duty in enumerate(r.duties):
            if duty.immediately and duty.due is not None and c.possible(c.fires[r.id]):
                report.findings.append(
                    Finding(
                        "duty_immediate_and_dated",
                        (r.id,),
                        (m.event_type,),
                        f"{r.id}: {duty.kind} is due immediately and on {duty.due.from_}",
                        allowed=_allowed(rulebook, (r.id,)),
                    )
                )
            if duty.due is None:
                continue
            before = _dated_before(c, r, i)
            if before is not None:
                solution, how = before
                report.findings.append(
                    Finding(
                        "duty_before_act",
                        (r.id,),
                        (m.event_type,),
                        f"{r.id}: {duty.kind} can fall due before the act ({how})",
                        witness=c.witness(solution),
                        allowed=_allowed(rulebook, (r.id,)),
                    )
                )
    duty_rules = [r for r in m.rules if r.duties]
    for a in duty_rules:
        for b in m.rules:
            if a.id == b.id:
                continue
            both = c.fires[a.id], c.fires[b.id]
            if (
                b.verdict in _DENYING
                and (a.verdict is None or a.verdict.precedence < b.verdict.precedence)
                and (solution := c.sat(*both, *_no_higher(c, b))) is not None
            ):
                kinds = ", ".join(sorted({str(d.kind) for d in a.duties}))
                report.findings.append(
                    Finding(
                        "duty_with_denying_verdict",
                        (a.id, b.id),
                        (m.event_type,),
                        f"{a.id} gives {kinds} while {b.id} decides {b.verdict}",
                        witness=c.witness(solution),
                        allowed=_allowed(rulebook, (a.id, b.id), directed=True),
                    )
                )
            if b.id < a.id or not b.duties:
                continue
            shared = [(da, db) for da in a.duties for db in b.duties if da.kind is db.kind and _overlap(da.bearer, db.bearer)]
            if not shared or (solution := c.sat(*both)) is None:
                continue
            for da, db in shared:
                timed = {_timing(da), _timing(db)}
                kind = "duty_immediate_and_dated" if {"immediately", "dated"} <= timed else "duty_twice"
                report.findings.append(
                    Finding(
                        kind,
                        (a.id, b.id),
                        (m.event_type,),
                        f"{a.id} and {b.id} both give {da.kind} ({_when(da)}; {_when(db)}) on one event",
                        witness=c.witness(solution),
                        allowed=_allowed(rulebook, (a.id, b.id)),
                    )
                )


def _timing(duty: Any) -> str:
    """``immediately``, ``dated`` (or both: ``dated``), or ``open``."""
    return "dated" if duty.due is not None else "immediately" if duty.immediately else "open"


def _when(duty: Any) -> str:
    if duty.immediately and duty.due is not None:
        return f"immediately, due {duty.due.from_}"
    if duty.immediately:
        return "immediately"
    return f"due {duty.due.from_}" if duty.due is not None else "no deadline"


def _no_higher(c: _Checker, winner: Rule) -> list[z3.BoolRef]:
    """No rule with a higher precedence than ``winner``'s fires: its verdict is the answer."""
    assert winner.verdict is not None
    return [
        z3.Not(c.fires[o.id]) for o in c.m.rules if o.verdict is not None and o.verdict.precedence > winner.verdict.precedence
    ]


def _dated_before(c: _Checker, rule: Rule, index: int) -> tuple[z3.ModelRef, str] | None:
    """A possible event on which the rule's ``index``-th duty falls due before the event's day, and how."""
    m = c.m
    due = rule.duties[index].due
    assert due is not None
    date = DATES[due.from_]
    if date.never_before:
        return None
    offset = _offset_days(rule, index, c.rulebook)
    conditions = [c.fires[rule.id]]
    if date.given_by is not None and m.has(date.given_by):
        conditions.append(m.holds(date.given_by))
    if date.days_from_event is not None and m.has(date.days_from_event):
        s = m.sym(date.days_from_event)
        solution = c.sat(*conditions, s.present, s.value + offset < 0)
        return (solution, f"{date.days_from_event} + {offset} < 0") if solution is not None else None
    if date.after_statuses:
        if m.event_type == LIFECYCLE or not m.has("agreement_status"):
            return None
        conditions.append(m.is_in("agreement_status", [s.value for s in date.after_statuses]))
        how = f"{due.from_} is before the event's day once the Agreement has entered into force"
    else:
        how = f"{due.from_} is any day, the model counts no days to it"
    if offset > 0 and date.after_statuses:
        how += f" and {offset} days have passed"
    solution = c.sat(*conditions)
    return (solution, how) if solution is not None else None


def check_rules(rulebook: Rulebook) -> CheckReport:
    """Every finding of the check on ``rulebook``'s rules, over all possible events of every type.

    Raises ``UnknownFact`` when a fact of the catalogue has no symbolic form (the model would fall behind ``derive()``).
    """
    start = time.perf_counter()
    types = (*FACT_SPECS["type"].values, LIFECYCLE)
    report = CheckReport(types=tuple(types), rules=len(rulebook.rules))
    dead: dict[str, dict[str, list[str]]] = {}
    pairs: dict[tuple[str, str], Finding] = {}
    decides: dict[str, bool] = {}
    for event_type in types:
        rules = [r for r in rulebook.rules if event_type in r.applies_to]
        model = build_type_model(event_type, rules, rulebook.agreement)
        c = _Checker(rulebook, model, report)
        if event_type != LIFECYCLE:
            _gaps(c)
        dead_here = _dead(c, dead)
        _conditions(c, dead_here)
        _conflicts(c, pairs)
        _never_decides(c, decides)
        _same_conditions(c)
        _duties(c)
    report.findings.extend(pairs.values())
    for r in rulebook.rules:
        cores = dead.get(r.id, {})
        types_dead = list(cores)
        if not types_dead:
            continue
        core = sorted({text for texts in cores.values() for text in texts})
        everywhere = len(types_dead) == len(r.applies_to)
        where = "any event" if everywhere else f"an event of type {', '.join(types_dead)}"
        report.findings.append(
            Finding(
                "dead_rule" if everywhere else "dead_for_type",
                (r.id,),
                tuple(types_dead),
                f"{r.id} never fires on {where}: {' and '.join(core) or 'its conditions'} cannot hold together",
                severity="error" if everywhere else "warning",
                detail={"conditions": core},
            )
        )
    for r in rulebook.rules:
        if r.verdict is not None and r.id in decides and not decides[r.id]:
            report.findings.append(
                Finding(
                    "never_decides",
                    (r.id,),
                    tuple(t for t in r.applies_to),
                    f"{r.id} ({r.verdict}) always fires with a rule of the same or a higher precedence: "
                    "its verdict never decides",
                    allowed=_allowed(rulebook, (r.id,)),
                )
            )
    report.findings = _merged(report.findings)
    order = {"model_disagrees": 0, "gap": 1, "dead_rule": 2}
    report.findings.sort(key=lambda f: (f.severity != "error", order.get(f.kind, 9), f.kind, f.types, f.rules))
    report.seconds = time.perf_counter() - start
    return report


class _Formula:
    """One formula of the model and the facts it reads, with its truth remembered for each of their values."""

    def __init__(self, formula: z3.BoolRef, model: TypeModel) -> None:
        self.formula, self.model = formula, model
        owners = {str(v): name for name, sym in model.facts.items() for v in (sym.present, sym.value)}
        self.facts = sorted({owners[str(v)] for v in z3util.get_vars(formula)})
        self.known: dict[tuple[object, ...], bool] = {}

    def holds(self, facts: Mapping[str, Any]) -> bool:
        key = tuple((type(facts[f]), facts[f]) if f in facts else None for f in self.facts)
        truth = self.known.get(key)
        if truth is None:
            pairs = self.model.assignment({f: facts[f] for f in self.facts if f in facts}, only=self.facts)
            truth = self.known[key] = bool(z3.is_true(z3.simplify(z3.substitute(self.formula, *pairs))))
        return truth


def _merged(findings: list[Finding]) -> list[Finding]:
    """One finding for what several event types show alike (a rule of many types), with all their types."""
    out: dict[tuple[object, ...], Finding] = {}
    for f in findings:
        if f.kind in ("gap", "model_disagrees"):
            out[(id(f),)] = f
            continue
        key = (f.kind, f.rules, f.message, f.severity, f.allowed)
        kept = out.get(key)
        if kept is None:
            out[key] = f
        else:
            kept.types = (*kept.types, *(t for t in f.types if t not in kept.types))
    return list(out.values())


class Oracle:
    """The model's own answer for one event: which rules fire on its facts, or ``None`` when the model rules them out.

    What keeps the model honest: on every event the engines evaluate, the facts ``derive()`` gives
    must satisfy the model's constraints (or the model would hide events that happen) and the model
    must fire exactly the rules the engines fire.
    """

    def __init__(self, rulebook: Rulebook) -> None:
        self._rulebook = rulebook
        self._models: dict[str, tuple[TypeModel, list[_Formula], list[tuple[str, _Formula]]]] = {}

    def fired(self, event_type: str, facts: Mapping[str, Any]) -> list[str] | None:
        """The ids of the rules that fire on ``facts`` by the model, in rulebook order."""
        entry = self._models.get(event_type)
        if entry is None:
            rules = [r for r in self._rulebook.rules if event_type in r.applies_to]
            model = build_type_model(event_type, rules, self._rulebook.agreement)
            base = [_Formula(b, model) for b in model.base]
            entry = self._models[event_type] = (model, base, [(r.id, _Formula(model.rule(r), model)) for r in rules])
        model, base, formulas = entry
        if not all(b.holds(facts) for b in base):
            return None
        return [rid for rid, formula in formulas if formula.holds(facts)]
