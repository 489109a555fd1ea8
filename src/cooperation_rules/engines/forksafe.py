"""Locks that a forked child gets released: a rulebook's lock must not hang a child forked mid-build.

``os.fork`` copies only the forking thread; a lock another thread held at that moment stays held in
the child for ever. The locks made here are kept in a weak set and re-initialised in the child
(``os.register_at_fork``), as the standard library does for its own; the set keeps no lock alive
and holds nothing of any rulebook.
"""

from __future__ import annotations

import os
import threading
import weakref
from typing import Any

_LOCKS: weakref.WeakSet[Any] = weakref.WeakSet()


def fork_safe_lock() -> threading.Lock:
    """A plain lock (``with`` it, so that an interrupt cannot leave it held), released in a forked child."""
    lock = threading.Lock()
    _LOCKS.add(lock)
    return lock


def _renew_all() -> None:
    for lock in list(_LOCKS):
        lock._at_fork_reinit()  # the standard library's own way of releasing its locks in a child


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_all)
