"""The rulebook: the Agreement's text and rules loaded from ``rules/``, checked, and evaluated.

``Rulebook.load()`` reads every file of ``rules/`` (bundled with the package, or a folder
you name), validates each rule against the facts, event types and provisions it names, and
evaluates events with the engine you choose. No evaluation changes what another decides: a
rulebook remembers only what does not depend on the event (the engines it built, what each
combination of fired rules decides, the day-by-day status under the last lifecycle), and
two rulebooks never share anything.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from pydantic import BaseModel

from . import calendar
from .authentic import AuthenticTextFile, index_authentic_texts, read_authentic_texts
from .engines import RuleEngine, make_engine
from .errors import N_, EngineUnavailable, RulebookGap, RuleFileError, UnknownProvision
from .evaluation import Citation, Duty, Evaluation, Finding
from .events import EVENT_TYPES, Event, _Event, parse_event
from .facts import DATE_FACTS, FACT_SPECS, LIFECYCLE, Timeline, derive, lifecycle_facts
from .lifecycle import Lifecycle
from .treaty import Provision, Treaty, label_for
from .vocabulary import Bearer, Engine, Party, Verdict

if TYPE_CHECKING:  # rule files are read (with PyYAML) only when a rulebook is loaded
    from .rulefiles import Condition, Due, Rule, RuleFile

PRESUMPTION = N_(
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


_Model = TypeVar("_Model", bound=BaseModel)


@cache
def _field_names(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(model.model_fields)


class _SharedDict(dict[str, Any]):
    """A dict no one can change: a dict held by a part of the answer (a citation's other authentic texts) that a
    rulebook builds once and shares between all its evaluations, so that no evaluation changes another."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("this mapping is shared by every evaluation of the rulebook and cannot be changed")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[dict[str, Any]]]:
        return dict, (dict(self),)  # a copy (copy, deepcopy, pickle) is a plain dict again

    def copy(self) -> dict[str, Any]:
        return dict(self)


def _shared(instance: _Model) -> _Model:
    """``instance`` with each of its dicts made unchangeable, to be shared between evaluations."""
    values = {name: _SharedDict(v) if isinstance(v, dict) else v for name, v in instance.__dict__.items()}
    return _instance(type(instance), values, set(instance.__pydantic_fields_set__))


def _instance(model: type[_Model], values: dict[str, Any], fields_set: set[str]) -> _Model:
    """What pydantic's ``model_construct`` makes of complete, valid values (pydantic 2: ``__dict__`` holds the fields)."""
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


def _trusted(model: type[_Model], values: dict[str, Any]) -> _Model:
    """An instance of ``model`` from values that are complete and valid already, without validating them again.

    The parts of an evaluation are built from validated rules, provisions and events. This is what
    pydantic's ``model_construct`` does, without its field-by-field resolution of aliases and defaults
    (which costs more than validating); when ``values`` does not name exactly the model's fields,
    ``model_construct`` is used after all.
    """
    if values.keys() != _field_names(model):
        return model.model_construct(**values)
    return _instance(model, values, set(values))


class _Effect:
    """What one rule adds to an evaluation, built once per rulebook: its finding, its quoted law, its duties."""

    __slots__ = ("assumes", "citations", "dated", "finding", "id", "precedence", "templates", "verdict")

    def __init__(self, rule: Rule, citations: tuple[tuple[int, Citation], ...]) -> None:
        self.id = rule.id
        self.verdict = rule.verdict
        self.precedence = rule.verdict.precedence if rule.verdict is not None else -1
        self.assumes = rule.assumes
        self.citations = citations  # (treaty order, citation), in treaty order
        self.finding = Finding(
            rule=rule.id,
            verdict=rule.verdict,
            duties=tuple(d.kind for d in rule.duties),
            explanation=rule.explain,
            citations=rule.cites,
        )
        #: The duties for each actor with no due date yet; ``dated`` marks the ones whose date is computed.
        self.templates: dict[Party | None, tuple[Duty, ...]] = {
            actor: tuple(
                Duty(
                    kind=d.kind,
                    bearer=d.bearer,
                    parties=_parties(d.bearer, actor),
                    due=None,
                    immediately=d.immediately,
                    rule=rule.id,
                    citations=rule.cites,
                )
                for d in rule.duties
            )
            for actor in (Party.KZ, Party.CZ, None)
        }
        self.dated = tuple(d.due for d in rule.duties)

    def duties(self, actor: Party | None, dates: Mapping[str, dt.date | None]) -> tuple[Duty, ...]:
        """The rule's duties for an act of ``actor`` (``None``: the Agreement's own life) on these dates."""
        templates = self.templates[actor]
        if not any(self.dated):
            return templates
        out = []
        for template, due in zip(templates, self.dated, strict=True):
            day = _due(due, dates)
            out.append(template if day is None else _trusted(Duty, {**template.__dict__, "due": day}))
        return tuple(out)


class _Outcome:
    """What a set of fired rules decides, whatever the event: verdict, deciding rules, findings, quoted law, assumptions."""

    __slots__ = ("assumptions", "citations", "decided_by", "effects", "findings", "undated", "verdict")

    def __init__(self, fired: Sequence[_Effect], presumed: bool) -> None:
        self.effects = tuple(fired)
        verdict: Verdict | None = None
        precedence = -1
        for e in fired:
            if e.precedence > precedence:
                verdict, precedence = e.verdict, e.precedence
        self.verdict = verdict
        self.decided_by = tuple(e.id for e in fired if e.verdict is verdict)
        self.findings = tuple(e.finding for e in fired)
        merged = {order: c for e in fired for order, c in e.citations}
        self.citations = tuple(merged[order] for order in sorted(merged))  # treaty order, no duplicates
        assumptions: list[str] = [PRESUMPTION] if presumed else []
        for e in fired:
            if e.assumes and e.assumes not in assumptions:
                assumptions.append(e.assumes)
        self.assumptions = tuple(assumptions)
        #: The duties by actor when none of them has a date to compute, else ``None``.
        self.undated: dict[Party | None, tuple[Duty, ...]] | None = None
        if not any(d for e in fired for d in e.dated):
            self.undated = {actor: tuple(d for e in fired for d in e.templates[actor]) for actor in (Party.KZ, Party.CZ, None)}

    def duties(self, actor: Party | None, dates: Mapping[str, dt.date | None]) -> tuple[Duty, ...]:
        """The duties for an act of ``actor`` on these dates, in rule order."""
        if self.undated is not None:
            return self.undated[actor]
        return tuple(duty for e in self.effects for duty in e.duties(actor, dates))


#: Most outcomes a rulebook remembers: each is a combination of rules that fired together; the bundled rules
#: give a few hundred. Beyond it, outcomes are computed each time and memory stays bounded.
MAX_OUTCOMES = 4096


class Rulebook:
    """The Agreement's provisions and rules, and the engines that evaluate them."""

    def __init__(
        self,
        files: Iterable[tuple[str, RuleFile]],
        *,
        engine: Engine | str = Engine.AUTO,
        authentic_texts: Iterable[AuthenticTextFile] = (),
    ) -> None:
        files = list(files)
        provisions: list[Provision] = []
        headings: dict[str, str] = {}
        eid_files: dict[str, str] = {}
        for name, rf in files:
            stem = name.removesuffix(".yaml")
            if rf.title:
                headings[stem] = rf.title
            elif any(entry.eid.startswith("art_") for entry in rf.text):
                raise RuleFileError(name, "the file of an article needs its heading as 'title'", field="title")
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
        # The other authentic texts (Kazakh, Czech, Russian) by eId, quoted beside the English one.
        self._authentic = index_authentic_texts(authentic_texts, self._treaty)
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
        # Engines by the name asked for (``auto`` included), each with the name it records; filled on first use.
        self._chosen: dict[str, tuple[RuleEngine, Engine]] = {}
        cited = {eid: _shared(self._citation(eid)) for eid in {eid for r in rules for eid in r.cites}}
        self._effects = {
            r.id: _Effect(r, tuple((self._treaty.order(eid), cited[eid]) for eid in sorted(set(r.cites), key=self._treaty.order)))
            for r in rules
        }
        # The lifecycle of the last evaluation and its day-by-day status. Replaced, never changed in place: a
        # thread that reads it sees one lifecycle's timeline or another's, and checks which before using it.
        self._timeline = Timeline(None)
        # What each combination of fired rules decides (with or without the presumption), computed on first use.
        # Entries are immutable and a pure function of their key: threads that race on one compute the same.
        self._outcomes: dict[tuple[bool, tuple[str, ...]], _Outcome] = {}

    @classmethod
    def load(cls, path: str | Path | None = None, *, engine: Engine | str = Engine.AUTO) -> Rulebook:
        """Load every ``*.yaml`` of ``path`` (default: the bundled ``rules/``)."""
        folder = Path(path) if path is not None else bundled_rules_dir()
        from .rulefiles import load_rule_files

        return cls(load_rule_files(folder), engine=engine, authentic_texts=read_authentic_texts(folder))

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
        return self._choose(name)[0]

    def _choose(self, name: Engine | str | None) -> tuple[RuleEngine, Engine]:
        """The engine called ``name`` and the name it records in an evaluation."""
        wanted = self._default_engine if name is None else name
        chosen = self._chosen.get(wanted) if isinstance(wanted, str) else None
        if chosen is not None:
            return chosen
        wanted = Engine(wanted)
        with self._engines_lock:
            built: RuleEngine | None = None
            if wanted is Engine.AUTO:
                for candidate in (Engine.DURABLE, Engine.PYTHON):
                    try:
                        built = self._build(candidate)
                        break
                    except EngineUnavailable:
                        continue
            if built is None:
                built = self._build(wanted)
            chosen = self._chosen[wanted] = (built, Engine(built.name))
        return chosen

    def _build(self, name: Engine) -> RuleEngine:
        built = self._engines.get(name)
        if built is None:
            built = make_engine(name.value, self._rules)
            self._engines[name] = built
        return built

    def _citation(self, eid: str) -> Citation:
        """The quotation of one provision, as every evaluation that cites it shows it."""
        p = self._treaty.provision(eid)
        return Citation(eid=p.eid, label=p.label, text=p.text, authentic_texts=dict(self._authentic.get(eid, {})))

    def _outcome(self, fired: Sequence[str], presumed: bool) -> _Outcome:
        """What the rules ``fired`` decide together, remembered for the next event that fires the same."""
        key = (presumed, tuple(fired))
        outcome = self._outcomes.get(key)
        if outcome is None:
            outcome = _Outcome([self._effects[rid] for rid in fired], presumed)
            if len(self._outcomes) < MAX_OUTCOMES:
                self._outcomes[key] = outcome
        return outcome

    def evaluate(
        self,
        event: Event | Mapping[str, Any] | str | bytes,
        *,
        lifecycle: Lifecycle | None = None,
        engine: Engine | str | None = None,
    ) -> Evaluation:
        """What the Agreement makes of ``event``: verdict, duties, findings, quoted law, assumptions."""
        typed = event if isinstance(event, _Event) else parse_event(event if isinstance(event, (str, bytes)) else dict(event))
        timeline = self._timeline
        if timeline.lifecycle is not lifecycle:
            timeline = self._timeline = Timeline(lifecycle)
        facts, dates = derive(typed, lifecycle, timeline)
        chosen, engine_name = self._choose(engine)
        outcome = self._outcome(chosen.fired(typed.type, facts), lifecycle is None)
        if outcome.verdict is None:
            raise RulebookGap(f"no rule gives a verdict for event {typed.id!r} of type {typed.type!r}; facts: {facts}")
        return _trusted(
            Evaluation,
            {
                "event_id": typed.id,
                "event_type": typed.type,
                "verdict": outcome.verdict,
                "decided_by": outcome.decided_by,
                "duties": outcome.duties(typed.actor, dates),
                "findings": outcome.findings,
                "citations": outcome.citations,
                "assumptions": outcome.assumptions,
                "engine": engine_name,
            },
        )

    def lifecycle_duties(self, lifecycle: Lifecycle, *, engine: Engine | str | None = None) -> tuple[Duty, ...]:
        """Duties the Agreement's own life creates (Art. 13(1), (2): thirty days from entry into force)."""
        facts, dates = lifecycle_facts(lifecycle)
        return self._outcome(self.engine(engine).fired(LIFECYCLE, facts), False).duties(None, dates)


@cache
def default_rulebook() -> Rulebook:
    """The bundled rulebook, loaded once per process. It is immutable from outside and no evaluation
    changes what another decides, so sharing it is safe; load your own with ``Rulebook.load()``."""
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
