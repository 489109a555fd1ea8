"""The Python engine: the rules of each event type compiled into one plain Python function.

Every fact it reads is looked up once, every condition is a Python expression, and nothing else
runs. It decides exactly as the durable-rules engine does (tested on the corpus and on generated
rules) and is the default engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, cast

from .protocol import Facts, rules_by_type

if TYPE_CHECKING:
    from ..rulefiles.schema import FactCondition, Operand, Rule

_COMPARE = {"lt": "<", "lte": "<=", "gt": ">", "gte": ">="}


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


def _same(source: _Source, var: str, value: Operand) -> str:
    """``var`` equals ``value`` and is of its type (True == 1 in Python: a yes/no fact never equals a number)."""
    if isinstance(value, bool):
        return f"{var} is {value}"
    return f"({var}.__class__ is {source.const(type(value))} and {var} == {source.const(value)})"


def _any_of(source: _Source, var: str, values: Iterable[Operand]) -> str:
    values = tuple(values)
    if all(type(v) is str for v in values):
        return f"({var}.__class__ is str and {var} in {source.const(frozenset(values))})"
    return "(" + " or ".join(_same(source, var, v) for v in values) + ")"


def _expression(source: _Source, cond: FactCondition) -> str:
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
        test = " and ".join(_expression(source, c) for c in rule.conditions) or "True"
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
        self._fired = {t: compile_rules(r for _, r in entries) for t, entries in rules_by_type(rules).items()}

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Ids of the rules whose conditions all hold."""
        compiled = self._fired.get(event_type)
        return compiled(facts) if compiled is not None else []
