"""Two evaluators of the same compiled rules: durable-rules, and plain Python.

Both take the flat facts of one event and return the ids of the rules that fire, in
rulebook order. The durable engine follows the measured traps of durable-rules 2.0.28:
a private host without timer threads, one ruleset per event type, facts asserted and
retracted per evaluation with small cycling ids, fired rules de-duplicated (an ``$or``
fires once per true branch), and a lock around the host (its C calls are not safe to
interleave).
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import operator
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from .errors import EngineUnavailable
from .facts import Scalar
from .rulefiles import Condition, Rule

Facts = Mapping[str, Scalar]
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}


class RuleEngine(Protocol):
    """What the rulebook asks of an engine."""

    name: str

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Ids of the rules for ``event_type`` whose conditions hold, in rulebook order."""
        ...


def _same(a: object, b: object) -> bool:
    # True == 1 in Python: a yes/no fact never equals a number.
    return type(a) is type(b) and a == b


def _predicate(cond: Condition) -> Callable[[Facts], bool]:
    name, op, value = cond.fact, cond.operator, cond.operand
    if op == "exists":
        return (lambda f: name in f) if value else (lambda f: name not in f)
    if op == "equals":
        return lambda f: name in f and _same(f[name], value)
    if op == "not_equals":
        return lambda f: name in f and not _same(f[name], value)
    if op == "in":
        return lambda f: name in f and any(_same(f[name], v) for v in value)
    if op == "not_in":
        return lambda f: name in f and not any(_same(f[name], v) for v in value)
    compare = _COMPARE[op]
    return lambda f: name in f and type(f[name]) is int and compare(f[name], value)


class PythonEngine:
    """Evaluates the compiled conditions directly: no rule engine, same decisions."""

    name = "python"

    def __init__(self, rules: Sequence[Rule]) -> None:
        table: dict[str, list[tuple[str, tuple[Callable[[Facts], bool], ...]]]] = {}
        for rule in rules:
            preds = tuple(_predicate(c) for c in rule.when)
            for t in rule.applies_to:
                table.setdefault(t, []).append((rule.id, preds))
        self._table = {t: tuple(v) for t, v in table.items()}

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Ids of the rules whose conditions all hold."""
        return [rid for rid, preds in self._table.get(event_type, ()) if all(p(facts) for p in preds)]


def durable_condition(cond: Condition) -> dict[str, Any]:
    """One condition in the durable-rules JSON ruleset syntax (which has no ``$in`` and no ``$ne``)."""
    name, op, value = cond.fact, cond.operator, cond.operand
    present = {"$ex": {name: 1}}
    if op == "exists":
        return present if value else {"$nex": {name: 1}}
    if op == "equals":
        return {name: value}
    if op == "not_equals":
        return {"$and": [present, {"$neq": {name: value}}]}
    if op == "in":
        return {"$or": [{name: v} for v in value]} if len(value) > 1 else {name: value[0]}
    if op == "not_in":
        return {"$and": [present, *({"$neq": {name: v}} for v in value)]}
    return {"$and": [present, {f"${op}": {name: value}}]}


def durable_rulesets(rules: Sequence[Rule], prefix: str) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The durable-rules ruleset definitions (one per event type) and the map from engine names to rule ids."""
    rulesets: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for index, rule in enumerate(rules):
        for t in rule.applies_to:
            # Every rule has a positive condition on a real field (the type), so that it never
            # matches the engine's own state fact.
            terms = [{"type": t}, *(durable_condition(c) for c in rule.when)]
            engine_name = f"r{index}"
            names[engine_name] = rule.id
            rulesets.setdefault(f"{prefix}{t}", {})[engine_name] = {
                "all": [{"m": {"$and": terms}}],
                "pri": index,
            }
    return rulesets, names


class DurableEngine:
    """Runs the rules in durable-rules on a private host (one per rulebook, no background threads)."""

    name = "durable"

    def __init__(self, rules: Sequence[Rule]) -> None:
        try:
            from durable import engine as durable_engine
        except Exception as exc:  # ImportError, or undefined symbols on newer Pythons
            raise EngineUnavailable(
                f"the durable-rules engine cannot be imported here ({exc}); use engine='python', which reaches the same decisions"
            ) from exc

        class _QuietHost(durable_engine.Host):  # type: ignore[misc]
            """A host without the two timer threads every ``Host()`` starts."""

            def _run(self) -> None:
                return None

        self._not_handled = durable_engine.MessageNotHandledException
        self._prefix = "cr_"
        rulesets, self._names = durable_rulesets(rules, self._prefix)
        self._order = {rule.id: i for i, rule in enumerate(rules)}
        self._lock = threading.Lock()
        self._current: list[str] = []
        definitions = copy.deepcopy(rulesets)  # register_rulesets mutates its input
        for ruleset in definitions.values():
            for engine_name, body in ruleset.items():
                body["run"] = self._action(engine_name)
        self._host = _QuietHost()
        self._host.register_rulesets(definitions)
        self._types = frozenset(name[len(self._prefix) :] for name in rulesets)
        self._ids = itertools.cycle(range(1, 1001))

    def _action(self, engine_name: str) -> Callable[[Any], None]:
        def record(_closure: Any) -> None:
            self._current.append(engine_name)

        return record

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Assert the facts, collect the rules that fire, retract the facts."""
        if event_type not in self._types:
            return []
        ruleset = self._prefix + event_type
        with self._lock:
            fact = dict(facts)
            fact["id"] = next(self._ids)
            self._current = []
            handled = True
            try:
                self._host.assert_fact(ruleset, fact)
            except self._not_handled:
                handled = False
            fired = self._current
            self._current = []
            if handled:
                with contextlib.suppress(self._not_handled):
                    self._host.retract_fact(ruleset, fact)
        ids = {self._names[n] for n in fired}
        return sorted(ids, key=self._order.__getitem__)


def make_engine(name: str, rules: Sequence[Rule]) -> RuleEngine:
    """Build the engine called ``name`` (``durable`` or ``python``)."""
    if name == "durable":
        return DurableEngine(rules)
    if name == "python":
        return PythonEngine(rules)
    raise ValueError(f"unknown engine {name!r}; expected 'auto', 'durable' or 'python'")
