"""The durable-rules engine: the same rules run in durable-rules 2.0.28 (the ``durable`` extra).

It follows the measured traps of durable-rules 2.0.28 and talks to its C module,
``durable_rules_engine``, directly: the package's ``Host`` serialises the engine's state to JSON
and parses the result back for every rule that fires, and starts two timer threads per host; here
a fact is encoded once, asserted, its fired rules read from the engine's action queue, and
retracted, with small cycling ids, fired rules de-duplicated (an ``$or`` fires once per true
branch), and a lock around each compiled ruleset (its C calls are not safe to interleave).

Three process-level facts of the C engine shape the rest:

- **Interrupts.** CPython raises a pending signal right after a C call returns, so a
  ``KeyboardInterrupt`` or a timer's exception can land between assert, start, complete and
  retract. The sequence is one critical section: on the main thread the usual signals are held
  back (``signal.pthread_sigmask``) until it ends, and whatever exception still lands inside it
  leaves the ruleset marked unclean; an unclean ruleset is deleted and compiled afresh before its
  next use. ``abandon_action`` is never called (followed by a retract it corrupts the heap).
- **Memory.** Deleting a ruleset that has received facts leaves about 140 KB of C session state
  behind. Compiled rulesets are therefore shared, process-wide, between rulebooks whose rules for
  an event type compile to the same definition, and the most recently used ones are kept when no
  rulebook holds them any more (``IDLE_RULESETS``), so that loading and dropping the same rules in
  a loop compiles them once.
- **Fork.** A child forked while another thread evaluates inherits that thread's lock held and its
  ruleset mid-sequence; ``os.register_at_fork`` gives the child fresh locks and marks such
  rulesets unclean.

The shared rulesets are the one process-wide state of the engines: each is a pure function of its
definition, every evaluation runs under that ruleset's own lock, and no answer depends on which
rulebook compiled it.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..catalogs import N_
from ..errors import EngineFault, EngineUnavailable
from .protocol import Facts, rules_by_type

if TYPE_CHECKING:
    from ..rulefiles.schema import FactCondition, Rule

#: The most rules of one event type the engine compiles: durable-rules 2.0.28 refuses a ruleset of
#: more than 256 rules (error 108), and of more than 128 when they hold lists of values (error 107).
MAX_RULES_PER_TYPE = 256

_CANNOT_IMPORT = N_(
    "the durable-rules engine cannot be imported here (%(reason)s); install it with "
    "pip install 'cooperation-rules[durable]' (Python 3.11 or 3.12, with a C compiler), "
    "or use engine='python', which reaches the same decisions"
)
_TOO_MANY_RULES = N_(
    "the durable-rules engine holds at most %(limit)d rules per event type; %(event_type)s has %(rules)d; "
    "use engine='python', which has no such limit"
)
_CANNOT_COMPILE = N_(
    "the durable-rules engine cannot compile the rules of %(event_type)s (%(reason)s); it holds at most "
    "%(limit)d rules per event type, fewer with lists of values; use engine='python', which has no such limit"
)

#: Compiled rulesets kept after the last rulebook using them is dropped (about 140 KB each once used).
IDLE_RULESETS = 64


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

# The signals held back on the main thread while a fact is in the engine: those a program or a
# person sends to interrupt it. Their handlers run as soon as the section ends.
_DEFERRED = frozenset(
    s
    for s in (
        getattr(signal, name, None) if hasattr(signal, "pthread_sigmask") else None
        for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGALRM", "SIGVTALRM", "SIGPROF", "SIGUSR1", "SIGUSR2", "SIGCHLD")
    )
    if s is not None
)


class _Compiled:
    """One ruleset compiled in the C engine, shared by every rulebook whose rules give the same definition."""

    def __init__(self, module: Any, name: str, definition: str) -> None:
        self.module = module
        self.name = name
        self.definition = definition
        self.lock = threading.Lock()
        self.users = 0
        self.handle: int | None = None
        # False while a fact may be in the engine: an exception that leaves it so means compile afresh.
        self.clean = True
        self.ids = itertools.cycle(range(1, 1001))
        self._compile()

    def _compile(self) -> None:
        try:
            self.handle = self.module.create_ruleset(self.name, self.definition)
        except self.module.error as exc:
            raise EngineUnavailable(
                _CANNOT_COMPILE, event_type=self.name.removeprefix(_PREFIX), reason=str(exc), limit=MAX_RULES_PER_TYPE
            ) from None

    def renew(self) -> None:
        """Replace a ruleset left mid-sequence by an exception with a fresh one (under ``lock``)."""
        stale, self.handle = self.handle, None
        if stale is not None:
            self.module.delete_ruleset(stale)
        self.ids = itertools.cycle(range(1, 1001))
        self._compile()
        self.clean = True

    def delete(self) -> None:
        """Free the ruleset (no rulebook holds it any more)."""
        stale, self.handle = self.handle, None
        if stale is not None:
            self.module.delete_ruleset(stale)


_PREFIX = "cr_"


class _Pool:
    """The compiled rulesets of the process, by definition; idle ones kept up to ``IDLE_RULESETS``."""

    def __init__(self) -> None:
        self.lock = threading.RLock()  # re-entrant: a rulebook's finalizer may run during a lookup
        self.compiled: dict[tuple[str, str], _Compiled] = {}
        self.idle: OrderedDict[tuple[str, str], None] = OrderedDict()

    def take(self, module: Any, name: str, definition: str) -> _Compiled:
        key = (name, definition)
        with self.lock:
            entry = self.compiled.get(key)
            if entry is None:
                entry = self.compiled[key] = _Compiled(module, name, definition)
            entry.users += 1
            self.idle.pop(key, None)
            return entry

    def give_back(self, entries: Sequence[_Compiled]) -> None:
        with self.lock:
            for entry in entries:
                entry.users -= 1
                if entry.users == 0:
                    self.idle[(entry.name, entry.definition)] = None
            while len(self.idle) > IDLE_RULESETS:
                key, _ = self.idle.popitem(last=False)
                self.compiled.pop(key).delete()

    def after_fork_in_child(self) -> None:
        """Fresh locks in a forked child; a ruleset another thread of the parent was using is compiled afresh."""
        self.lock = threading.RLock()
        for entry in self.compiled.values():
            if entry.lock.locked():
                entry.clean = False
            entry.lock = threading.Lock()


_POOL = _Pool()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_POOL.after_fork_in_child)


class DurableEngine:
    """Runs the rules in durable-rules, on compiled rulesets (one per event type), without background threads."""

    name = "durable"

    def __init__(self, rules: Sequence[Rule]) -> None:
        try:
            import durable.engine  # noqa: F401 - the package's binding: where it cannot import, neither can the engine
            import durable_rules_engine  # type: ignore[import-not-found]  # the C module under durable.engine
        except Exception as exc:  # ImportError, or undefined symbols on newer Pythons
            raise EngineUnavailable(_CANNOT_IMPORT, reason=str(exc)) from exc
        for event_type, entries in rules_by_type(rules).items():
            if len(entries) > MAX_RULES_PER_TYPE:
                raise EngineUnavailable(_TOO_MANY_RULES, limit=MAX_RULES_PER_TYPE, event_type=event_type, rules=len(entries))
        self._engine: Any = durable_rules_engine
        rulesets, self._names = durable_rulesets(rules, _PREFIX)
        self._rulesets: dict[str, _Compiled] = {}
        try:
            for name, definition in rulesets.items():
                text = json.dumps(definition, ensure_ascii=False, sort_keys=True)
                self._rulesets[name.removeprefix(_PREFIX)] = _POOL.take(durable_rules_engine, name, text)
        finally:
            weakref.finalize(self, _POOL.give_back, tuple(self._rulesets.values())).atexit = False
        self._order = {rule.id: i for i, rule in enumerate(rules)}
        self._encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode

    @property
    def _handles(self) -> dict[str, int | None]:
        """The C engine's handle of each event type's ruleset (for tests that talk to the C engine directly)."""
        return {event_type: ruleset.handle for event_type, ruleset in self._rulesets.items()}

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Assert the facts, collect the rules that fire, retract the facts."""
        ruleset = self._rulesets.get(event_type)
        if ruleset is None:
            return []
        fact = dict(facts)
        # The interrupting signals are held back on the main thread, where Python runs their handlers. No
        # context manager: an interrupt landing right after the mask changes must still find it restored.
        deferring = _DEFERRED and threading.current_thread() is threading.main_thread()
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, ()) if deferring else None  # the mask, unchanged
        try:
            if deferring:
                # A signal caught before this call raises as it returns: before the lock, with no fact asserted.
                signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
            with ruleset.lock:  # a ``with`` on the lock itself: nothing can raise between acquiring and entering
                if not ruleset.clean:
                    ruleset.renew()
                fact["id"] = next(ruleset.ids)
                encoded = self._encode(fact)
                # Any exception from here to the end (an interrupt raised by a handler on another thread's behalf,
                # a fault of the engine) leaves the ruleset unclean: it is compiled afresh before its next use
                # rather than repaired.
                ruleset.clean = False
                names = self._run(ruleset.handle, encoded)
                ruleset.clean = True
        finally:
            if previous is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        return sorted({self._names[n] for n in names}, key=self._order.__getitem__)

    def _run(self, handle: int | None, fact: str) -> list[str]:
        """The engine names of the rules ``fact`` fires (with repeats); the fact is retracted before returning."""
        engine = self._engine
        result, state = engine.assert_fact(handle, fact)
        if result == _NOT_HANDLED:  # no rule matched: the engine keeps nothing
            return []
        if result == _OBSERVED:
            raise EngineFault(f"durable-rules already holds a fact identical to {fact[:200]}")
        names: list[str] = []
        pending = engine.start_action_for_state(handle, state)
        action: str | None = pending[1] if pending is not None else None
        while action is not None:
            names.append(self._action_name(action))
            action = engine.complete_and_start_action(handle, state)
        engine.retract_fact(handle, fact)
        return names

    def _action_name(self, action: str) -> str:
        """The rule an action runs: the engine writes it as ``{"<name>":{"m":<fact>}}``."""
        if action.startswith('{"'):
            name = action[2 : action.find('"', 2)]
            if name in self._names:
                return name
        return str(next(iter(json.loads(action))))  # a form the engine has not been seen to write

    def live_facts(self) -> int:
        """Facts the C engine still holds across this engine's clean rulesets (0 between evaluations)."""
        total = 0
        for ruleset in self._rulesets.values():
            with ruleset.lock:
                if not ruleset.clean or ruleset.handle is None:
                    continue  # compiled afresh before its next use
                try:
                    total += len(json.loads(self._engine.get_facts(ruleset.handle, None)))
                except self._engine.error as exc:
                    if "error code: 309" not in str(exc):  # ERR_SID_NOT_FOUND: the ruleset never received a fact
                        raise
        return total
