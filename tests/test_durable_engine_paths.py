"""The durable engine's paths that a sound evaluation never takes, each driven on purpose and checked by its state.

A fault inside the C engine leaves the event type's ruleset to be compiled afresh before its next use, and a
ruleset that was used cleanly is kept; a fact the engine says it holds already is a fault naming the fact; an
assertion that matches but starts no action fires nothing and leaves nothing behind; on the main thread the
interrupting signals are held back while a fact is in the engine, and the mask is put back after. (The attack
tests do the same at scale, with an exception after every C call and a storm of real signals.)
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import Any

import pytest

from conftest import durable_engine, require_durable
from cooperation_rules import Rulebook
from cooperation_rules.engines.durable_rules import _DEFERRED, DurableEngine
from cooperation_rules.errors import EngineFault

#: Art. 12: costs not agreed in advance. The rule ``art_12.costs_not_agreed`` fires on these facts.
CLAIM = {"type": "cost_claim", "id": "c1", "date": "2025-06-30", "actor": "CZ", "agreed_in_advance": False}
FACTS = {"type": "cost_claim", "agreed_in_advance": False, "data_protection_applies": True}


class _Module:
    """The C module, with some of its calls replaced."""

    def __init__(self, module: Any, **replaced: Callable[..., Any]) -> None:
        self._module, self._replaced = module, replaced

    def __getattr__(self, name: str) -> Any:
        return self._replaced.get(name) or getattr(self._module, name)


@pytest.fixture
def rulebook() -> Rulebook:
    require_durable()
    return Rulebook.load()


def test_a_fault_inside_the_engine_has_the_ruleset_compiled_afresh_before_its_next_use(rulebook: Rulebook) -> None:
    engine = durable_engine(rulebook)
    expected = rulebook.evaluate(CLAIM, engine="python").decision()
    ruleset = engine._rulesets["cost_claim"]  # private: the state is the point of the test
    assert rulebook.evaluate(CLAIM, engine="durable").decision() == expected
    handle = ruleset.handle
    assert rulebook.evaluate(CLAIM, engine="durable").decision() == expected
    assert (ruleset.clean, ruleset.handle) == (True, handle)  # used cleanly: kept as it is

    real = engine._engine

    def failing(*_: Any) -> Any:
        raise RuntimeError("the engine failed")

    engine._engine = _Module(real, assert_fact=failing)
    with pytest.raises(RuntimeError, match="the engine failed"):
        rulebook.evaluate(CLAIM, engine="durable")
    assert (ruleset.clean, ruleset.handle) == (False, handle)  # left as it was, to be replaced
    engine._engine = real
    assert rulebook.evaluate(CLAIM, engine="durable").decision() == expected
    assert ruleset.clean is True and ruleset.handle != handle  # compiled afresh
    renewed = ruleset.handle
    assert rulebook.evaluate(CLAIM, engine="durable").decision() == expected
    assert ruleset.handle == renewed
    assert engine.live_facts() == 0


def test_a_fact_the_engine_holds_already_is_a_fault_naming_it(rulebook: Rulebook) -> None:
    engine = durable_engine(rulebook)
    real = engine._engine
    asserted: list[str] = []

    def observed(handle: int, fact: str) -> tuple[int, int]:
        asserted.append(fact)
        return 2, 0  # ERR_FACT_OBSERVED

    engine._engine = _Module(real, assert_fact=observed)
    long_facts = {**FACTS, "subject": "x" * 300}
    with pytest.raises(EngineFault) as raised:
        engine.fired("cost_claim", long_facts)
    assert str(raised.value) == f"durable-rules already holds a fact identical to {asserted[0][:200]}"
    assert len(asserted[0]) > 300 and asserted[0].startswith('{"type":"cost_claim"')
    engine._engine = real
    assert engine.fired("cost_claim", FACTS) == ["art_12.costs_not_agreed"]


def test_a_match_that_starts_no_action_fires_nothing_and_is_retracted(rulebook: Rulebook) -> None:
    engine = durable_engine(rulebook)
    real = engine._engine
    retracted: list[str] = []

    def retract(handle: int, fact: str) -> Any:
        retracted.append(fact)
        return real.retract_fact(handle, fact)

    engine._engine = _Module(real, start_action_for_state=lambda *_: None, retract_fact=retract)
    assert engine.fired("cost_claim", FACTS) == []
    assert len(retracted) == 1 and '"agreed_in_advance":false' in retracted[0]
    engine._engine = real
    assert engine.live_facts() == 0
    assert engine.fired("cost_claim", FACTS) == ["art_12.costs_not_agreed"]


def test_on_the_main_thread_interrupting_signals_wait_while_a_fact_is_in_the_engine(
    rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = durable_engine(rulebook)
    assert threading.current_thread() is threading.main_thread()
    real = signal.pthread_sigmask
    before = real(signal.SIG_BLOCK, ())
    calls: list[tuple[int, frozenset[int]]] = []

    def recording(how: int, mask: Any) -> Any:
        calls.append((how, frozenset(mask)))
        return real(how, mask)

    monkeypatch.setattr(signal, "pthread_sigmask", recording)
    assert engine.fired("cost_claim", FACTS) == ["art_12.costs_not_agreed"]
    assert calls == [(signal.SIG_BLOCK, frozenset()), (signal.SIG_BLOCK, _DEFERRED), (signal.SIG_SETMASK, before)]
    assert real(signal.SIG_BLOCK, ()) == before  # the mask put back as it was

    calls.clear()
    answers: list[list[str]] = []
    worker = threading.Thread(target=lambda: answers.append(engine.fired("cost_claim", FACTS)))
    worker.start()
    worker.join()
    assert answers == [["art_12.costs_not_agreed"]]
    assert calls == []  # another thread: Python runs no handler there, nothing to hold back


def test_an_engine_dropped_gives_its_rulesets_back_to_the_pool(rulebook: Rulebook) -> None:
    """Compiled rulesets are shared by every engine whose rules give the same definitions; an engine no longer
    referenced stops using them (they stay compiled, idle, for the next)."""
    import gc

    engine = DurableEngine(rulebook.rules)
    rulesets = list(engine._rulesets.values())
    using = [r.users for r in rulesets]
    assert len(rulesets) > 20 and min(using) >= 1
    del engine
    gc.collect()
    assert [r.users for r in rulesets] == [n - 1 for n in using]
    assert all(r.handle is not None for r in rulesets)


def test_an_action_is_named_in_the_form_the_engine_writes_and_in_any_other_json(rulebook: Rulebook) -> None:
    """The engine writes an action as ``{"<name>":{"m":<fact>}}``, read without parsing; any other JSON object (spaces,
    another order, a name the rules do not know) is parsed and named by its first key."""
    engine = durable_engine(rulebook)
    name = next(iter(engine._names))
    assert engine._action_name(f'{{"{name}":{{"m":{{"id":1}}}}}}') == name
    assert engine._action_name(f' {{ "{name}" : {{"m": {{"id": 1}}}}}}') == name
    assert engine._action_name('{"not_a_rule":{"m":{}}}') == "not_a_rule"
    # A name with an escaped quote: read without parsing, it would end at the backslash.
    assert engine._action_name('{"a\\"b":{"m":{}}}') == 'a"b'
    assert engine._action_name(f'{{"{name}\\"x":{{"m":{{}}}}}}') == f'{name}"x'


def test_the_duties_of_the_agreements_life_are_decided_by_the_engine_asked(
    rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Art. 13(1), (2): the duties due thirty days from entry into force (1 September 2018, the later of the two
    notifications of 14 June and 20 July 2018 under Art. 18(1)), decided by the durable engine when it is asked."""
    import datetime as dt

    from cooperation_rules import Lifecycle
    from cooperation_rules.rulebook.facts import lifecycle_facts

    lifecycle = Lifecycle(notifications_received=[dt.date(2018, 6, 14), dt.date(2018, 7, 20)])
    facts, dates = lifecycle_facts(lifecycle, rulebook.agreement)
    # the day the Agreement's own life counts from is its entry into force, under both names a rule may use
    assert (facts, dates) == (
        {"type": "lifecycle", "entry_into_force_known": True},
        {"entry_into_force": dt.date(2018, 9, 1), "date": dt.date(2018, 9, 1)},
    )
    asked: list[str] = []
    fired = DurableEngine.fired

    def recording(self: DurableEngine, event_type: str, facts: Any) -> list[str]:
        asked.append(event_type)
        return fired(self, event_type, facts)

    monkeypatch.setattr(DurableEngine, "fired", recording)
    durable = rulebook.lifecycle_duties(lifecycle, engine="durable")
    assert asked == ["lifecycle"]
    assert durable == rulebook.lifecycle_duties(lifecycle, engine="python")
    assert asked == ["lifecycle"]
    assert {d.due for d in durable} == {dt.date(2018, 10, 1)}
