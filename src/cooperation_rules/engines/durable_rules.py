"""The durable-rules engine: the same rules run in durable-rules 2.0.28 (the ``durable`` extra).

It follows the measured traps of durable-rules 2.0.28 and talks to its C module,
``durable_rules_engine``, directly: the package's ``Host`` serialises the engine's state to JSON
and parses the result back for every rule that fires, and starts two timer threads per host; here
each rulebook owns its rulesets (one per event type), a fact is encoded once, asserted, its fired
rules read from the engine's action queue, and retracted, with small cycling ids, fired rules
de-duplicated (an ``$or`` fires once per true branch), and a lock around the engine (its C calls
are not safe to interleave).
"""

from __future__ import annotations

import itertools
import json
import threading
import weakref
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import EngineFault, EngineUnavailable
from .protocol import Facts, rules_by_type

if TYPE_CHECKING:
    from ..rulefiles.schema import FactCondition, Rule


def durable_condition(cond: FactCondition) -> dict[str, Any]:
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
    for event_type, entries in rules_by_type(rules).items():
        for index, rule in entries:
            # Every rule has a positive condition on a real field (the type), so that it never
            # matches the engine's own state fact.
            terms = [{"type": event_type}, *(durable_condition(c) for c in rule.conditions)]
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
                f"the durable-rules engine cannot be imported here ({exc}); install it with "
                f"pip install 'cooperation-rules[durable]' (Python 3.11 or 3.12, with a C compiler), "
                f"or use engine='python', which reaches the same decisions"
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
