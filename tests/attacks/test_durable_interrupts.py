"""Item 1: an exception at any point of a durable evaluation leaves the engine answering as before.

CPython raises a pending signal right after a C call returns. Here an exception is injected after
each C call of the assert/start/complete/retract sequence, on events that fire one rule and events
that fire several, and thousands of answers are then checked against the Python engine; a
subprocess evaluates under a storm of real timer signals.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

from bench_modules import load
from conftest import ROOT
from cooperation_rules import Rulebook, parse_event
from cooperation_rules.engines.durable_rules import DurableEngine

pytest.importorskip("durable_rules_engine", reason="the durable extra is not installed")

corpus = load("corpus")
CALLS = ("assert_fact", "start_action_for_state", "complete_and_start_action", "retract_fact")


class Interrupted(BaseException):
    """Stands for KeyboardInterrupt: a BaseException that no ``except Exception`` catches."""


class _Tripwire:
    """The C module, raising once after the ``after``-th return of ``call``."""

    def __init__(self, module: Any, call: str, after: int) -> None:
        self._module, self._call, self._left = module, call, after

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._module, name)
        if name != self._call:
            return target

        def wrapped(*args: Any) -> Any:
            result = target(*args)
            self._left -= 1
            if self._left == 0:
                raise Interrupted(name)
            return result

        return wrapped


def _strip(ev: Any) -> dict[str, Any]:
    return dict(ev.decision())


@pytest.fixture(scope="module")
def events() -> list[Any]:
    return [parse_event(e) for e in corpus.realistic_mix(400, seed=11)]


def test_an_exception_after_every_c_call_leaves_the_answers_right(events: list[Any], monkeypatch: Any) -> None:
    rb = Rulebook.load()
    engine = rb.engine("durable")
    assert isinstance(engine, DurableEngine)
    reference = [_strip(rb.evaluate(e, engine="python")) for e in events]
    fired: list[int] = []
    with monkeypatch.context() as m:
        original = engine.fired
        m.setattr(engine, "fired", lambda t, f: fired.append(len(got := original(t, f))) or got)
        for ev in events:
            rb.evaluate(ev, engine="durable")
    several = [i for i, n in enumerate(fired) if n > 1]
    one = [i for i, n in enumerate(fired) if n == 1]
    assert several and one, "the mix holds events firing one rule and several"
    module = engine._engine  # private: the C module the engine calls
    injected = 0
    for call in CALLS:
        for after in (1, 2, 3):  # the first, second and third return of that call within one evaluation
            for i in (*one[:3], *several[:5]):
                engine._engine = _Tripwire(module, call, after)
                try:
                    rb.evaluate(events[i], engine="durable")
                except Interrupted:
                    injected += 1
                finally:
                    engine._engine = module
                for k, ev in enumerate(events):  # every later answer equals the Python engine's
                    assert _strip(rb.evaluate(ev, engine="durable")) == reference[k], (call, after, ev.id)
                assert engine.live_facts() == 0
    # assert/start/retract interrupt on every event, complete only where the event fires several rules
    assert injected >= 8 * 3 + 8 + 5


TIMER_STORM = textwrap.dedent(
    """
    import signal, sys
    from cooperation_rules import Rulebook, parse_event
    sys.path.insert(0, "benchmarks")
    import corpus

    class Tick(Exception):
        pass

    armed = False

    def tick(signum, frame):
        if armed:
            raise Tick()

    rb = Rulebook.load()
    events = [parse_event(e) for e in corpus.realistic_mix(300, seed=3)]
    reference = [rb.evaluate(e, engine="python").decision() for e in events]
    signal.signal(signal.SIGALRM, tick)
    interrupted = 0
    for seed in range(int(sys.argv[1])):
        done = 0
        while done < 3 * len(events):
            try:
                armed = True
                signal.setitimer(signal.ITIMER_REAL, 0.0001 * (1 + seed % 7), 0.0002)
                while done < 3 * len(events):
                    done += 1
                    rb.evaluate(events[done % len(events)], engine="durable")
                armed = False
            except Tick:
                armed = False  # a tick from here on is ignored
                interrupted += 1
        signal.setitimer(signal.ITIMER_REAL, 0)
        for k, e in enumerate(events):
            got = rb.evaluate(e, engine="durable").decision()
            assert got == reference[k], (seed, e.id)
    print(interrupted)
    """
)


def test_a_storm_of_timer_signals_neither_crashes_nor_changes_an_answer() -> None:
    done = subprocess.run([sys.executable, "-c", TIMER_STORM, "8"], capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 50, "the timers did interrupt evaluations"
