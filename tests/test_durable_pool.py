"""The durable engine's pool of compiled rulesets, driven with a stand-in for the C module: shared while used, kept
idle up to a bound, the oldest idle one freed first, a compile error named for the event type it concerns."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from cooperation_rules.engines.durable_rules import _PREFIX, IDLE_RULESETS, _Compiled, _Pool
from cooperation_rules.errors import EngineUnavailable


class FakeEngine:
    """What the pool calls of durable-rules' C module, recorded."""

    class error(Exception):  # noqa: N801, N818 - the C module's name for its errors
        pass

    def __init__(self) -> None:
        self.handles = itertools.count(100)
        self.created: list[str] = []
        self.deleted: list[int] = []

    def create_ruleset(self, name: str, definition: str) -> int:
        if definition == "too big":
            raise self.error("error code: 101")
        self.created.append(name)
        return next(self.handles)

    def delete_ruleset(self, handle: int) -> None:
        self.deleted.append(handle)


def test_a_ruleset_is_shared_while_used_and_kept_idle_after() -> None:
    engine, pool = FakeEngine(), _Pool()
    first = pool.take(engine, "request", "rules A")
    again = pool.take(engine, "request", "rules A")
    assert first is again and first.users == 2 and engine.created == ["request"]
    pool.give_back([first])
    assert first.users == 1 and not pool.idle
    pool.give_back([again])
    assert first.users == 0 and list(pool.idle) == [("request", "rules A")]
    assert pool.take(engine, "request", "rules A") is first and not pool.idle  # taken again: not idle
    assert engine.deleted == []


def test_past_the_bound_the_oldest_idle_ruleset_is_freed() -> None:
    engine, pool = FakeEngine(), _Pool()
    entries = [pool.take(engine, f"type{i}", f"rules {i}") for i in range(IDLE_RULESETS + 2)]
    handles = [e.handle for e in entries]
    pool.give_back(entries)
    assert len(pool.idle) == IDLE_RULESETS
    assert engine.deleted == handles[:2]  # the first two given back, the oldest, are freed
    assert ("type0", "rules 0") not in pool.compiled and ("type2", "rules 2") in pool.compiled
    assert entries[0].handle is None
    entries[0].delete()  # freeing twice frees nothing more
    assert engine.deleted == handles[:2]


def test_a_ruleset_that_does_not_compile_names_its_event_type() -> None:
    with pytest.raises(EngineUnavailable, match=r"cannot compile the rules of request \(error code: 101\); it holds at most"):
        _Compiled(FakeEngine(), _PREFIX + "request", "too big")


def test_a_renewed_ruleset_frees_the_old_one_and_counts_from_one() -> None:
    engine = FakeEngine()
    entry: Any = _Compiled(engine, "request", "rules")
    old = entry.handle
    next(entry.ids), next(entry.ids)
    entry.clean = False
    entry.renew()
    assert engine.deleted == [old] and entry.handle not in (None, old) and entry.clean is True
    assert next(entry.ids) == 1
    assert (entry.users, [next(entry.ids) for _ in range(999)][-1]) == (0, 1000)
    assert next(entry.ids) == 1  # ids go round from 1 to 1,000


def test_a_ruleset_compiled_afresh_is_clean_and_renewing_one_replaces_its_handle() -> None:
    """A new ruleset holds no fact (``clean``): its first use runs it as compiled, without compiling it again; one left
    mid-sequence is renewed, the stale handle freed and a new one compiled."""
    engine = FakeEngine()
    compiled = _Compiled(engine, _PREFIX + "request", "rules A")
    assert (compiled.handle, compiled.clean, engine.created, engine.deleted) == (100, True, [_PREFIX + "request"], [])
    compiled.clean = False
    compiled.renew()
    assert (compiled.handle, compiled.clean, engine.deleted) == (101, True, [100])
    assert engine.created == [_PREFIX + "request", _PREFIX + "request"]
