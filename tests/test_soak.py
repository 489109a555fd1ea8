"""A long run of the durable engine, bounded for CI: what the engine keeps stays bounded, and it keeps deciding.

durable-rules keeps about 8 KB per live fact and never gives its heap back, compares fact and session ids
by a 32-bit hash, and allows 1,024 sessions per ruleset (see the notes on durable-rules). The engine
asserts one fact per evaluation with a small cycling id, in one session, and retracts it: after tens of
thousands of evaluations the C engine holds no fact, its session state is as it was, the process has not
grown, and every evaluation still equals the Python engine's. ``benchmarks/soak.py`` runs the same for a
million evaluations and reports the figures; nothing here measures time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench_modules import load
from conftest import EXAMPLES
from cooperation_rules import Lifecycle, Rulebook, parse_event
from cooperation_rules.engines.durable_rules import DurableEngine
from cooperation_rules.rulebook.outcomes import MAX_OUTCOMES

corpus = load("corpus")
EVALUATIONS = 100_000
#: Growth allowed to the process over the run: a leaked fact (8 KB) per evaluation would be 800 MB.
GROWTH_KIB = 16 * 1024


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _sessions(engine: DurableEngine) -> dict[str, str]:
    """The state of the one session of each ruleset that has one. Private access: the library has no use for it.

    A ruleset that never received a fact has no session: durable-rules answers error 309 (ERR_SID_NOT_FOUND).
    """
    states = {}
    for event_type, handle in engine._handles.items():
        try:
            states[event_type] = engine._engine.get_state(handle, None)
        except engine._engine.error as exc:
            assert "error code: 309" in str(exc)
    return states


def _without_engine(ev: Any) -> dict[str, Any]:
    return dict(ev.decision())


def test_a_hundred_thousand_durable_evaluations_keep_the_engine_state_bounded() -> None:
    rb = Rulebook.load()
    engine = rb.engine("durable")
    assert isinstance(engine, DurableEngine)
    events = [parse_event(e) for e in corpus.realistic_mix(2_000, seed=5)]
    lifecycles: list[Lifecycle | None] = [Lifecycle.from_file(EXAMPLES / "lifecycle.json"), None]
    reference = [[_without_engine(rb.evaluate(e, lifecycle=lc, engine="python")) for e in events] for lc in lifecycles]
    for e in events:  # every ruleset gets its session, the allocator its working size
        rb.evaluate(e, engine="durable")
    sessions, start = _sessions(engine), _rss_kib()
    live: list[int] = []
    for n in range(EVALUATIONS):
        i, j = n % len(events), (n // len(events)) % 2
        got = rb.evaluate(events[i], lifecycle=lifecycles[j], engine="durable")
        assert _without_engine(got) == reference[j][i], f"evaluation {n}: {events[i].id}"
        if n % 10_000 == 0:
            live.append(engine.live_facts())
    live.append(engine.live_facts())
    assert live == [0] * len(live), "no fact outlives its evaluation"
    assert _sessions(engine) == sessions, "one session per ruleset, its state unchanged"
    assert _rss_kib() - start < GROWTH_KIB, "the process does not grow with the number of evaluations"
    assert len(rb._outcomes) <= MAX_OUTCOMES  # private: what the rulebook remembers is bounded


def test_what_a_rulebook_remembers_stops_at_its_bound(monkeypatch: Any) -> None:
    """Past ``MAX_OUTCOMES`` combinations of fired rules, outcomes are computed each time, and still right."""
    monkeypatch.setattr("cooperation_rules.rulebook.rulebook.MAX_OUTCOMES", 3)
    rb = Rulebook.load()
    events = [parse_event(e) for e in corpus.realistic_mix(300, seed=6)]
    first = [rb.evaluate(e, engine="python") for e in events]
    assert len(rb._outcomes) == 3
    assert [rb.evaluate(e, engine="python") for e in events] == first
    fresh = Rulebook.load()
    assert first == [fresh.evaluate(e, engine="python") for e in events]
