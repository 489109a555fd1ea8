"""Two evaluators of the same compiled rules: durable-rules, and plain Python.

Both take the flat facts of one event and return the ids of the rules that fire, in
rulebook order.

The Python engine compiles the rules of each event type into one function: every fact it
reads is looked up once, every condition is a Python expression, and nothing else runs.

The durable engine follows the measured traps of durable-rules 2.0.28 and talks to its C
module, ``durable_rules_engine``, directly: the package's ``Host`` serialises the engine's
state to JSON and parses the result back for every rule that fires, and starts two timer
threads per host; here each rulebook owns its rulesets (one per event type), a fact is
encoded once, asserted, its fired rules read from the engine's action queue, and retracted,
with small cycling ids, fired rules de-duplicated (an ``$or`` fires once per true branch),
and a lock around the engine (its C calls are not safe to interleave).
"""

from __future__ import annotations

import itertools
import json
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

from .errors import EngineFault, EngineUnavailable
from .facts import Scalar

if TYPE_CHECKING:
    from .rulefiles import Condition, Rule

Facts = Mapping[str, Scalar]
_COMPARE = {"lt": "<", "lte": "<=", "gt": ">", "gte": ">="}


class RuleEngine(Protocol):
    """What the rulebook asks of an engine."""

    name: str

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Ids of the rules for ``event_type`` whose conditions hold, in rulebook order."""
        ...


def _rules_by_type(rules: Sequence[Rule]) -> dict[str, list[tuple[int, Rule]]]:
    by_type: dict[str, list[tuple[int, Rule]]] = {}
    for index, rule in enumerate(rules):
        for t in rule.applies_to:
            by_type.setdefault(t, []).append((index, rule))
    return by_type


# ----------------------------------------------------------------------------- plain Python


class _Source:
    """The text of one compiled function, and the constants it names (values never enter the text)."""

    def __init__(self) -> None:
        self.constants: dict[str, object] = {"_ABSENT": _ABSENT}
        self.reads: dict[str, str] = {}

    def const(self, value: object) -> str:
        name = f"c{len(self.constants)}"
        self.constants[name] = value
        return name

    def fact(self, name: str) -> str:
        """The local variable holding fact ``name`` (``_ABSENT`` when the facts lack it)."""
        if name not in self.reads:
            self.reads[name] = f"v{len(self.reads)}"
        return self.reads[name]


_ABSENT = object()


def _same(source: _Source, var: str, value: Scalar) -> str:
    """``var`` equals ``value`` and is of its type (True == 1 in Python: a yes/no fact never equals a number)."""
    if isinstance(value, bool):
        return f"{var} is {value}"
    return f"({var}.__class__ is {source.const(type(value))} and {var} == {source.const(value)})"


def _any_of(source: _Source, var: str, values: Iterable[Scalar]) -> str:
    values = tuple(values)
    if all(type(v) is str for v in values):
        return f"({var}.__class__ is str and {var} in {source.const(frozenset(values))})"
    return "(" + " or ".join(_same(source, var, v) for v in values) + ")"


def _expression(source: _Source, cond: Condition) -> str:
    """One condition as a Python expression: an absent fact satisfies only ``exists: false``."""
    var, op, value = source.fact(cond.fact), cond.operator, cond.operand
    if op == "exists":
        return f"{var} is not _ABSENT" if value else f"{var} is _ABSENT"
    if op == "equals":
        return _same(source, var, value)
    if op == "not_equals":
        return f"({var} is not _ABSENT and not {_same(source, var, value)})"
    if op == "in":
        return _any_of(source, var, value)
    if op == "not_in":
        return f"({var} is not _ABSENT and not {_any_of(source, var, value)})"
    return f"({var}.__class__ is int and {var} {_COMPARE[op]} {source.const(value)})"


def compile_rules(rules: Iterable[Rule]) -> Callable[[Facts], list[str]]:
    """One function that returns the ids of ``rules`` (all of one event type) whose conditions hold, in order.

    Generated as Python source, as ``dataclasses`` does: each fact is read once, each rule is one ``if``.
    Only generated names enter the source; fact names, values and rule ids are constants beside it.
    """
    source = _Source()
    tests = []
    for rule in rules:
        test = " and ".join(_expression(source, c) for c in rule.when) or "True"
        tests.append(f"    if {test}:\n        fired.append({source.const(rule.id)})\n")
    reads = "".join(f"    {var} = get({source.const(name)}, _ABSENT)\n" for name, var in source.reads.items())
    text = "def fired(facts):\n    get = facts.get\n    fired = []\n" + reads + "".join(tests) + "    return fired\n"
    namespace = dict(source.constants)
    exec(compile(text, "<compiled rules>", "exec"), namespace)
    return cast(Callable[[Facts], list[str]], namespace["fired"])


class PythonEngine:
    """Evaluates the compiled conditions directly: no rule engine, same decisions."""

    name = "python"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._fired = {t: compile_rules(r for _, r in entries) for t, entries in _rules_by_type(rules).items()}

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Ids of the rules whose conditions all hold."""
        compiled = self._fired.get(event_type)
        return compiled(facts) if compiled is not None else []


# ----------------------------------------------------------------------------- durable-rules


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
    for event_type, entries in _rules_by_type(rules).items():
        for index, rule in entries:
            # Every rule has a positive condition on a real field (the type), so that it never
            # matches the engine's own state fact.
            terms = [{"type": event_type}, *(durable_condition(c) for c in rule.when)]
            engine_name = f"r{index}"
            names[engine_name] = rule.id
            rulesets.setdefault(f"{prefix}{event_type}", {})[engine_name] = {
                "all": [{"m": {"$and": terms}}],
                "pri": index,
            }
    return rulesets, names


# Result codes of durable_rules_engine.assert_fact besides 0, handled (rules.h).
_NOT_HANDLED = 1
_OBSERVED = 2


def _delete_rulesets(module: Any, handles: Iterable[int]) -> None:
    """Free the C engine's memory for rulesets no engine can reach any more."""
    for handle in handles:
        module.delete_ruleset(handle)


class DurableEngine:
    """Runs the rules in durable-rules, on rulesets of its own (one per event type), without background threads."""

    name = "durable"

    def __init__(self, rules: Sequence[Rule]) -> None:
        try:
            import durable.engine  # noqa: F401 - the package's binding: where it cannot import, neither can the engine
            import durable_rules_engine  # type: ignore[import-not-found]  # the C module under durable.engine
        except Exception as exc:  # ImportError, or undefined symbols on newer Pythons
            raise EngineUnavailable(
                f"the durable-rules engine cannot be imported here ({exc}); use engine='python', which reaches the same decisions"
            ) from exc
        self._engine: Any = durable_rules_engine
        prefix = "cr_"
        rulesets, self._names = durable_rulesets(rules, prefix)
        self._handles: dict[str, int] = {}
        try:
            for name, definition in rulesets.items():
                self._handles[name.removeprefix(prefix)] = durable_rules_engine.create_ruleset(
                    name, json.dumps(definition, ensure_ascii=False)
                )
        finally:
            weakref.finalize(self, _delete_rulesets, durable_rules_engine, tuple(self._handles.values())).atexit = False
        self._order = {rule.id: i for i, rule in enumerate(rules)}
        self._lock = threading.Lock()
        self._ids = itertools.cycle(range(1, 1001))
        self._encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Assert the facts, collect the rules that fire, retract the facts."""
        handle = self._handles.get(event_type)
        if handle is None:
            return []
        fact = dict(facts)
        with self._lock:
            fact["id"] = next(self._ids)
            names = self._run(handle, self._encode(fact))
        return sorted({self._names[n] for n in names}, key=self._order.__getitem__)

    def _run(self, handle: int, fact: str) -> list[str]:
        """The engine names of the rules ``fact`` fires (with repeats); the fact is retracted before returning."""
        engine = self._engine
        result, state = engine.assert_fact(handle, fact)
        if result == _NOT_HANDLED:  # no rule matched: the engine keeps nothing
            return []
        if result == _OBSERVED:
            raise EngineFault(f"durable-rules already holds a fact identical to {fact[:200]}")
        names: list[str] = []
        started = False
        try:
            pending = engine.start_action_for_state(handle, state)
            started = pending is not None
            action: str | None = pending[1] if pending is not None else None
            while action is not None:
                names.append(self._action_name(action))
                action = engine.complete_and_start_action(handle, state)
            started = False
        finally:
            if started:  # interrupted between two actions: release the engine's state before retracting
                engine.abandon_action(handle, state)
            engine.retract_fact(handle, fact)
        return names

    def _action_name(self, action: str) -> str:
        """The rule an action runs: the engine writes it as ``{"<name>":{"m":<fact>}}``."""
        if action.startswith('{"'):
            name = action[2 : action.find('"', 2)]
            if name in self._names:
                return name
        return str(next(iter(json.loads(action))))  # pragma: no cover - a format the engine has not been seen to write

    def live_facts(self) -> int:
        """Facts the C engine still holds across this engine's rulesets (0 between evaluations)."""
        total = 0
        with self._lock:
            for handle in self._handles.values():
                try:
                    total += len(json.loads(self._engine.get_facts(handle, None)))
                except self._engine.error as exc:
                    if "error code: 309" not in str(exc):  # ERR_SID_NOT_FOUND: the ruleset never received a fact
                        raise
        return total


def make_engine(name: str, rules: Sequence[Rule]) -> RuleEngine:
    """Build the engine called ``name`` (``durable`` or ``python``)."""
    if name == "durable":
        return DurableEngine(rules)
    if name == "python":
        return PythonEngine(rules)
    raise ValueError(f"unknown engine {name!r}; expected 'auto', 'durable' or 'python'")
