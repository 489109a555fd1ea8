"""The rulebook: the Agreement's text and rules loaded from ``rules/``, checked, and evaluated.

``Rulebook.load()`` reads every file of ``rules/`` (bundled with the package, or a folder
you name), validates each rule against the facts, event types and provisions it names, and
evaluates events with the engine you choose. A rulebook holds no state between
evaluations; two rulebooks never share anything.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from . import calendar
from .engines import RuleEngine, make_engine
from .errors import EngineUnavailable, RulebookGap, RuleFileError, UnknownProvision
from .evaluation import Citation, Duty, Evaluation, Finding
from .events import EVENT_TYPES, Event, _Event, parse_event
from .facts import DATE_FACTS, FACT_SPECS, LIFECYCLE, derive, lifecycle_facts
from .lifecycle import Lifecycle
from .rulefiles import Condition, Due, Rule, RuleFile, load_rule_file, rule_file_order
from .treaty import Provision, Treaty, label_for
from .vocabulary import Bearer, Engine, Party

PRESUMPTION = (
    "No lifecycle was given: the Agreement is presumed in force since its signature on 23 November 2017, "
    "with no suspension and no termination (Art. 18(1), final clause)."
)


def bundled_rules_dir() -> Path:
    """The ``rules/`` folder shipped in the wheel, or the checkout's ``rules/`` in development."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parents[1] / "rules"):
        if (candidate / "art_10.yaml").is_file():
            return candidate
    raise FileNotFoundError(f"no rules/ folder found beside {here} or in the source checkout")


def _check_condition(file: str, rule: Rule, index: int, cond: Condition) -> None:
    field = f"when.{index}"
    spec = FACT_SPECS.get(cond.fact)
    if spec is None:
        raise RuleFileError(file, f"unknown fact {cond.fact!r}", rule=rule.id, field=field + ".fact")
    missing = [t for t in rule.applies_to if t not in spec.types]
    if missing:
        raise RuleFileError(
            file, f"fact {cond.fact!r} does not exist for event type(s) {', '.join(missing)}", rule=rule.id, field=field + ".fact"
        )
    op, value = cond.operator, cond.operand
    if op == "exists":
        return
    values = value if op in ("in", "not_in") else (value,)
    if op in ("lt", "lte", "gt", "gte") and spec.kind != "int":
        raise RuleFileError(file, f"{op} compares numbers, but {cond.fact!r} is {spec.kind}", rule=rule.id, field=f"{field}.{op}")
    for v in values:
        ok = {
            "bool": isinstance(v, bool),
            "int": isinstance(v, int) and not isinstance(v, bool),
            "str": isinstance(v, str),
            "enum": isinstance(v, str) and v in spec.values,
        }[spec.kind]
        if not ok:
            allowed = f"; allowed: {', '.join(spec.values)}" if spec.kind == "enum" else ""
            raise RuleFileError(
                file, f"{v!r} is not a valid value of {cond.fact!r} ({spec.kind}){allowed}", rule=rule.id, field=f"{field}.{op}"
            )


def _check_rule(file: str, rule: Rule, treaty: Treaty) -> None:
    stem = file.removesuffix(".yaml")
    if not rule.id.startswith(stem + "."):
        raise RuleFileError(file, f"rule ids in {file} start with {stem + '.'!r}", rule=rule.id, field="id")
    for t in rule.applies_to:
        if t not in EVENT_TYPES and t != LIFECYCLE:
            raise RuleFileError(
                file,
                f"unknown event type {t!r}; expected one of: {', '.join((*EVENT_TYPES, LIFECYCLE))}",
                rule=rule.id,
                field="applies_to",
            )
    for eid in rule.cites:
        if eid not in treaty:
            raise RuleFileError(file, str(UnknownProvision(eid)), rule=rule.id, field="cites")
    for i, cond in enumerate(rule.when):
        _check_condition(file, rule, i, cond)
    for i, duty in enumerate(rule.duties):
        if duty.due is not None:
            have = DATE_FACTS.get(duty.due.from_)
            if have is None or any(t not in have for t in rule.applies_to):
                raise RuleFileError(
                    file,
                    f"no date {duty.due.from_!r} for these event types; dates: {', '.join(DATE_FACTS)}",
                    rule=rule.id,
                    field=f"duties.{i}.due.from",
                )
        if LIFECYCLE in rule.applies_to and duty.bearer is not Bearer.BOTH:
            raise RuleFileError(
                file, "a lifecycle duty has no actor: its bearer is 'both'", rule=rule.id, field=f"duties.{i}.bearer"
            )
    if rule.verdict is None and not rule.duties and LIFECYCLE in rule.applies_to:
        raise RuleFileError(file, "a lifecycle rule must give a duty", rule=rule.id)


def _due(due: Due | None, dates: Mapping[str, dt.date | None]) -> dt.date | None:
    if due is None:
        return None
    start = dates.get(due.from_)
    if start is None:
        return None
    return calendar.add_days(calendar.add_months(start, due.add_months), due.add_days)


def _parties(bearer: Bearer, actor: Party | None) -> tuple[Party, ...]:
    if bearer is Bearer.BOTH or actor is None:
        return (Party.CZ, Party.KZ)
    return (actor,) if bearer is Bearer.ACTOR else (actor.other,)


class Rulebook:
    """The Agreement's provisions and rules, and the engines that evaluate them."""

    def __init__(self, files: Iterable[tuple[str, RuleFile]], *, engine: Engine | str = Engine.AUTO) -> None:
        files = list(files)
        provisions: list[Provision] = []
        headings: dict[str, str] = {}
        eid_files: dict[str, str] = {}
        for name, rf in files:
            stem = name.removesuffix(".yaml")
            if rf.title:
                headings[stem] = rf.title
            for index, entry in enumerate(rf.text, start=1):
                if entry.eid in eid_files:
                    raise RuleFileError(
                        name, f"eId {entry.eid!r} is already used in {eid_files[entry.eid]}", field=f"text[{index}].eid"
                    )
                eid_files[entry.eid] = name
                label = entry.label or label_for(entry.eid)
                if label is None:
                    raise RuleFileError(name, f"eId {entry.eid!r} needs a label", field="text")
                provisions.append(
                    Provision(eid=entry.eid, label=label, text=entry.text, num=entry.num, binds_no_event=entry.binds_no_event)
                )
        self._treaty = Treaty(provisions, headings)  # eIds are unique: checked above, naming the file
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        for name, rf in files:
            for rule in rf.rules:
                if rule.id in seen:
                    raise RuleFileError(name, f"rule id already used in {seen[rule.id]}", rule=rule.id, field="id")
                seen[rule.id] = name
                _check_rule(name, rule, self._treaty)
                rules.append(rule)
        self._rules = tuple(rules)
        self._by_id = {r.id: r for r in rules}
        self._default_engine = Engine(engine)
        self._engines: dict[Engine, RuleEngine] = {}
        self._engines_lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path | None = None, *, engine: Engine | str = Engine.AUTO) -> Rulebook:
        """Load every ``*.yaml`` of ``path`` (default: the bundled ``rules/``)."""
        folder = Path(path) if path is not None else bundled_rules_dir()
        if not folder.is_dir():
            raise RuleFileError(str(folder), "not a folder of rule files")
        paths = sorted(folder.glob("*.yaml"), key=rule_file_order)
        if not paths:
            raise RuleFileError(str(folder), "no *.yaml rule files")
        return cls(((p.name, load_rule_file(p)) for p in paths), engine=engine)

    @property
    def treaty(self) -> Treaty:
        """The Agreement's text, provision by provision."""
        return self._treaty

    @property
    def rules(self) -> tuple[Rule, ...]:
        """All rules in rulebook order (file order, then order within the file)."""
        return self._rules

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id."""
        return self._by_id[rule_id]

    def provision(self, eid: str) -> Provision:
        """The provision with this eId; ``UnknownProvision`` otherwise."""
        return self._treaty.provision(eid)

    def engine(self, name: Engine | str | None = None) -> RuleEngine:
        """The engine called ``name`` (default: the rulebook's), built on first use."""
        wanted = Engine(name) if name is not None else self._default_engine
        with self._engines_lock:
            if wanted is Engine.AUTO:
                for candidate in (Engine.DURABLE, Engine.PYTHON):
                    try:
                        return self._build(candidate)
                    except EngineUnavailable:
                        continue
            return self._build(wanted)

    def _build(self, name: Engine) -> RuleEngine:
        built = self._engines.get(name)
        if built is None:
            built = make_engine(name.value, self._rules)
            self._engines[name] = built
        return built

    def _citations(self, eids: Iterable[str]) -> tuple[Citation, ...]:
        unique = sorted(set(eids), key=self._treaty.order)
        out = []
        for eid in unique:
            p = self._treaty.provision(eid)
            out.append(Citation(eid=p.eid, label=p.label, text=p.text))
        return tuple(out)

    def evaluate(
        self,
        event: Event | Mapping[str, Any] | str | bytes,
        *,
        lifecycle: Lifecycle | None = None,
        engine: Engine | str | None = None,
    ) -> Evaluation:
        """What the Agreement makes of ``event``: verdict, duties, findings, quoted law, assumptions."""
        typed = parse_event(event if isinstance(event, (_Event, str, bytes)) else dict(event))
        facts, dates = derive(typed, lifecycle)
        chosen = self.engine(engine)
        fired = [self._by_id[rid] for rid in chosen.fired(typed.type, facts)]
        verdicts = [r.verdict for r in fired if r.verdict is not None]
        if not verdicts:
            raise RulebookGap(f"no rule gives a verdict for event {typed.id!r} of type {typed.type!r}; facts: {facts}")
        verdict = max(verdicts, key=lambda v: v.precedence)
        assumptions: list[str] = [] if lifecycle is not None else [PRESUMPTION]
        for r in fired:
            if r.assumes and r.assumes not in assumptions:
                assumptions.append(r.assumes)
        return Evaluation(
            event_id=typed.id,
            event_type=typed.type,
            verdict=verdict,
            decided_by=tuple(r.id for r in fired if r.verdict is verdict),
            duties=self._duties(fired, typed.actor, dates),
            findings=tuple(
                Finding(
                    rule=r.id,
                    verdict=r.verdict,
                    duties=tuple(d.kind for d in r.duties),
                    explanation=r.explain,
                    citations=r.cites,
                )
                for r in fired
            ),
            citations=self._citations(eid for r in fired for eid in r.cites),
            assumptions=tuple(assumptions),
            engine=Engine(chosen.name),
        )

    def _duties(self, fired: Iterable[Rule], actor: Party | None, dates: Mapping[str, dt.date | None]) -> tuple[Duty, ...]:
        return tuple(
            Duty(
                kind=d.kind,
                bearer=d.bearer,
                parties=_parties(d.bearer, actor),
                due=_due(d.due, dates),
                immediately=d.immediately,
                rule=r.id,
                citations=r.cites,
            )
            for r in fired
            for d in r.duties
        )

    def lifecycle_duties(self, lifecycle: Lifecycle, *, engine: Engine | str | None = None) -> tuple[Duty, ...]:
        """Duties the Agreement's own life creates (Art. 13(1), (2): thirty days from entry into force)."""
        facts, dates = lifecycle_facts(lifecycle)
        fired = [self._by_id[rid] for rid in self.engine(engine).fired(LIFECYCLE, facts)]
        return self._duties(fired, None, dates)


@cache
def default_rulebook() -> Rulebook:
    """The bundled rulebook, loaded once per process. It is immutable from outside and keeps no
    state between evaluations, so sharing it is safe; load your own with ``Rulebook.load()``."""
    return Rulebook.load()


def evaluate(
    event: Event | Mapping[str, Any] | str | bytes,
    *,
    lifecycle: Lifecycle | None = None,
    engine: Engine | str = Engine.AUTO,
) -> Evaluation:
    """Evaluate ``event`` against the bundled rulebook (see ``Rulebook.evaluate``)."""
    return default_rulebook().evaluate(event, lifecycle=lifecycle, engine=engine)


def provision(eid: str) -> Provision:
    """The bundled text's provision with this eId (label and verbatim text)."""
    return default_rulebook().provision(eid)
