"""The benchmarks' floor (benchmarks/floor.py) decides as the library does, so that timing it against the engines is fair.

The floor is the Agreement's decisions written by hand without a rule engine; it must reach the same
verdict and the same duties (kind, bearer, Parties, due date, immediately, in the same order) as
``Rulebook.evaluate`` on the example events, on the benchmarks' realistic mix, and on any valid event.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import given

from bench_modules import load
from conftest import EXAMPLE_LINES, EXAMPLES
from cooperation_rules import Evaluation, Lifecycle, Rulebook, parse_event
from strategies import fixed_examples, lifecycles, valid_events

floor = load("floor")
corpus = load("corpus")


@cache
def _rulebook() -> Rulebook:
    return Rulebook.load()


def _decision(ev: Evaluation) -> tuple[Any, ...]:
    return ev.verdict, tuple((d.kind, d.bearer, d.parties, d.due, d.immediately) for d in ev.duties)


def _check(events: list[Any], lifecycle: Lifecycle | None) -> None:
    decide = floor.Floor(lifecycle).decide
    rb = _rulebook()
    for raw in events:
        event = parse_event(raw)
        assert decide(event) == _decision(rb.evaluate(event, lifecycle=lifecycle, engine="python")), event.id


@pytest.mark.parametrize("with_lifecycle", [False, True], ids=["presumed", "example-lifecycle"])
def test_the_floor_decides_the_examples_as_the_library(with_lifecycle: bool) -> None:
    _check(list(EXAMPLE_LINES), Lifecycle.from_file(EXAMPLES / "lifecycle.json") if with_lifecycle else None)


@pytest.mark.parametrize("with_lifecycle", [False, True], ids=["presumed", "example-lifecycle"])
def test_the_floor_decides_the_realistic_mix_as_the_library(with_lifecycle: bool) -> None:
    mix = corpus.realistic_mix(3_000, seed=11)
    assert {e["type"] for e in mix} >= {"request", "response", "transfer", "use", "onward_transfer", "retention_review"}
    _check(mix, Lifecycle.from_file(EXAMPLES / "lifecycle.json") if with_lifecycle else None)


@fixed_examples(600)
@given(event=valid_events(), lifecycle=lifecycles())
def test_the_floor_decides_any_valid_event_as_the_library(event: dict[str, Any], lifecycle: Lifecycle | None) -> None:
    _check([event], lifecycle)


def test_the_realistic_mix_is_valid_and_the_same_for_the_same_seed() -> None:
    first, again = corpus.realistic_mix(500, seed=3), corpus.realistic_mix(500, seed=3)
    assert first == again
    assert len({e["id"] for e in first}) == 500
    for e in first:
        parse_event(e)
