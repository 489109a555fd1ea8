"""Differential testing of the two engines on generated rules, not only on the bundled ones.

The bundled rules use some operators only in some ways (no bundled rule uses ``not_in``); the engines must agree on
every operator (``equals``, ``not_equals``, ``in``, ``not_in``, ``exists``, ``lt``, ``lte``, ``gt``, ``gte``), with
every fact present or absent. An absent fact satisfies only ``exists: false`` (docs/writing-rules.md, "Conditions").
Compiling a ruleset in durable-rules is slow, so each generated rule set is judged on several sets of facts, and the
example counts are kept small.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from conftest import require_durable
from cooperation_rules.engines import PythonEngine
from cooperation_rules.engines.durable_rules import DurableEngine
from cooperation_rules.rulefiles.schema import FactCondition, Rule
from strategies import fixed_examples

EVENT_TYPE = "request"
#: Facts of three kinds, as ``derive`` gives them: words, yes/no, whole numbers (day counts).
WORDS = ("alpha", "beta", "gamma")
NUMBERS = (-2, -1, 0, 1, 2, 30)
FACTS: dict[str, str] = {"word_a": "word", "word_b": "word", "flag_a": "bool", "flag_b": "bool", "days": "int"}


def _rule(index: int, when: list[dict[str, Any]]) -> Rule:
    return Rule.model_validate(
        {
            "id": f"art_99.generated_{index}",
            "applies_to": [EVENT_TYPE],
            "cites": ["art_9__para_1"],
            "applies_while": "always",
            "when": when,
            "explain": "A generated rule, to compare the engines.",
        }
    )


@st.composite
def _condition(draw: st.DrawFn) -> dict[str, Any]:
    fact = draw(st.sampled_from(sorted(FACTS)))
    kind = FACTS[fact]
    if kind == "word":
        op = draw(st.sampled_from(["equals", "not_equals", "in", "not_in", "exists"]))
        if op in ("in", "not_in"):
            return {"fact": fact, op: draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True))}
        if op == "exists":
            return {"fact": fact, "exists": draw(st.booleans())}
        return {"fact": fact, op: draw(st.sampled_from(WORDS))}
    if kind == "bool":
        op = draw(st.sampled_from(["equals", "not_equals", "in", "not_in", "exists"]))
        if op in ("in", "not_in"):
            return {"fact": fact, op: draw(st.lists(st.booleans(), min_size=1, max_size=2, unique=True))}
        return {"fact": fact, op: draw(st.booleans())}
    op = draw(st.sampled_from(["equals", "not_equals", "in", "not_in", "exists", "lt", "lte", "gt", "gte"]))
    if op in ("in", "not_in"):
        return {"fact": fact, op: draw(st.lists(st.sampled_from(NUMBERS), min_size=1, max_size=3, unique=True))}
    if op == "exists":
        return {"fact": fact, "exists": draw(st.booleans())}
    return {"fact": fact, op: draw(st.sampled_from(NUMBERS))}


def _value(kind: str) -> st.SearchStrategy[Any]:
    if kind == "word":
        return st.sampled_from(WORDS)
    if kind == "bool":
        return st.booleans()
    return st.sampled_from(NUMBERS)


#: Each fact present with a value of its kind, or absent.
_FACTS = st.fixed_dictionaries({}, optional={name: _value(kind) for name, kind in FACTS.items()})


def _engines(rules: list[Rule]) -> tuple[DurableEngine, PythonEngine]:
    """Both engines on ``rules``. Skipped, saying why, only where durable-rules cannot be imported: a ruleset the
    durable engine refuses to compile is a failure of the translation under test, never a reason to skip."""
    require_durable()
    return DurableEngine(rules), PythonEngine(rules)


@fixed_examples(150)
@given(
    rules=st.lists(st.lists(_condition(), min_size=1, max_size=3), min_size=1, max_size=4),
    fact_sets=st.lists(_FACTS, min_size=6, max_size=6),
)
def test_the_engines_fire_the_same_generated_rules_on_any_facts(
    rules: list[list[dict[str, Any]]], fact_sets: list[dict[str, Any]]
) -> None:
    built = [_rule(i, when) for i, when in enumerate(rules)]
    durable, python = _engines(built)
    for facts in [*fact_sets, {}]:
        event = {"type": EVENT_TYPE, **facts}
        assert durable.fired(EVENT_TYPE, event) == python.fired(EVENT_TYPE, event), (rules, facts)


# ----------------------------------------------------------------------------- every operator, by hand


#: (condition, facts, fires): the expected result written out from the meaning of each operator.
CASES: list[tuple[dict[str, Any], dict[str, Any], bool]] = [
    ({"fact": "word_a", "not_in": ["alpha", "beta"]}, {"word_a": "gamma"}, True),
    ({"fact": "word_a", "not_in": ["alpha", "beta"]}, {"word_a": "beta"}, False),
    ({"fact": "word_a", "not_in": ["alpha", "beta"]}, {}, False),  # an absent fact is in no list, and not outside one
    ({"fact": "word_a", "in": ["alpha", "beta"]}, {"word_a": "beta"}, True),
    ({"fact": "word_a", "in": ["alpha", "beta"]}, {}, False),
    ({"fact": "word_a", "not_equals": "alpha"}, {"word_a": "beta"}, True),
    ({"fact": "word_a", "not_equals": "alpha"}, {}, False),
    ({"fact": "word_a", "equals": "alpha"}, {}, False),
    ({"fact": "flag_a", "equals": False}, {"flag_a": False}, True),
    ({"fact": "flag_a", "equals": False}, {}, False),
    ({"fact": "flag_a", "not_in": [True]}, {"flag_a": False}, True),
    ({"fact": "flag_a", "not_in": [True]}, {}, False),
    ({"fact": "days", "not_in": [0, 1]}, {"days": 2}, True),
    ({"fact": "days", "not_in": [0, 1]}, {"days": 0}, False),
    ({"fact": "days", "not_in": [0, 1]}, {}, False),
    ({"fact": "days", "lt": 0}, {"days": -1}, True),
    ({"fact": "days", "lt": 0}, {"days": 0}, False),
    ({"fact": "days", "lte": 0}, {"days": 0}, True),
    ({"fact": "days", "lte": 0}, {"days": 1}, False),
    ({"fact": "days", "gt": 0}, {"days": 1}, True),
    ({"fact": "days", "gt": 0}, {"days": 0}, False),
    ({"fact": "days", "gte": 0}, {"days": 0}, True),
    ({"fact": "days", "gte": 0}, {"days": -1}, False),
    ({"fact": "days", "gte": 0}, {}, False),
    ({"fact": "days", "exists": True}, {"days": 0}, True),
    ({"fact": "days", "exists": True}, {}, False),
    ({"fact": "days", "exists": False}, {}, True),
    ({"fact": "days", "exists": False}, {"days": 0}, False),
]


def test_every_operator_fires_as_written_in_both_engines() -> None:
    """One rule per case, all compiled once; each case's facts fire exactly the rules that should fire."""
    rules = [_rule(i, [cond]) for i, (cond, _, _) in enumerate(CASES)]
    assert all(isinstance(r.when[0], FactCondition) for r in rules)
    durable, python = _engines(rules)
    for i, (cond, facts, fires) in enumerate(CASES):
        event = {"type": EVENT_TYPE, **facts}
        # Only the case's own rule is asked about: other rules' conditions may hold on the same facts.
        for engine in (python, durable):
            fired = engine.fired(EVENT_TYPE, event)
            assert (f"art_99.generated_{i}" in fired) is fires, (engine.name, cond, facts)
