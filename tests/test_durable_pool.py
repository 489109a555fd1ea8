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


def test_a_new_ruleset_numbers_its_facts_from_one_to_a_thousand_and_round_again() -> None:
    entry: Any = _Compiled(FakeEngine(), "request", "rules")
    ids = [next(entry.ids) for _ in range(1001)]
    assert ids[:3] == [1, 2, 3] and ids[999] == 1000 and ids[1000] == 1


def test_a_forked_child_gets_fresh_locks_and_compiles_afresh_what_another_thread_was_using() -> None:
    """``os.fork`` copies only the forking thread: a lock another thread held stays held in the child, and the ruleset
    it guarded may hold a fact. The pool's hook, run in the child, replaces every lock and marks that ruleset."""
    engine, pool = FakeEngine(), _Pool()
    busy = pool.take(engine, "request", "rules A")
    idle = pool.take(engine, "response", "rules B")
    old_locks = (pool.lock, busy.lock, idle.lock)
    busy.lock.acquire()  # another thread was evaluating with it when the process forked
    pool.after_fork_in_child()
    assert (busy.clean, idle.clean) == (False, True)
    assert all(new is not old for new, old in zip((pool.lock, busy.lock, idle.lock), old_locks, strict=True))
    assert not busy.lock.locked() and not idle.lock.locked()
    with pool.lock, pool.lock:  # re-entrant, as the pool's own lock must be
        assert pool.take(engine, "request", "rules A") is busy


def test_a_fork_safe_lock_held_when_the_process_forks_is_free_in_the_child() -> None:
    from cooperation_rules.engines.forksafe import _renew_all, fork_safe_lock

    held, free = fork_safe_lock(), fork_safe_lock()
    held.acquire()
    _renew_all()  # what the child runs after a fork
    assert not held.locked() and not free.locked()
    with held:
        assert held.locked()
