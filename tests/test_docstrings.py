"""The examples in the library's docstrings run, and show what they say (``doctest``)."""

from __future__ import annotations

import builtins
import doctest
import importlib
import pkgutil
from collections.abc import Iterator

import pytest

import cooperation_rules


def _modules() -> list[str]:
    """Every module of the library proper (the tooling has no examples to run and needs its extra)."""
    return sorted(
        info.name
        for info in pkgutil.walk_packages(cooperation_rules.__path__, prefix="cooperation_rules.")
        if not info.name.startswith("cooperation_rules.tools") and info.name != "cooperation_rules.__main__"
    )


@pytest.fixture
def _builtins_kept() -> Iterator[None]:
    """doctest's display hook leaves the last value in ``builtins._``; other tests check that nothing set it."""
    had = hasattr(builtins, "_")
    yield
    if not had and hasattr(builtins, "_"):
        del builtins._


@pytest.mark.usefixtures("_builtins_kept")
def test_every_docstring_example_runs_as_written() -> None:
    attempted = 0
    failures: list[str] = []
    for name in ["cooperation_rules", *_modules()]:
        module = importlib.import_module(name)
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
        attempted += result.attempted
        if result.failed:
            failures.append(f"{name}: {result.failed} of {result.attempted} examples fail")
    assert failures == []
    # The package's own example and the calendar's: if they disappear, this test must notice.
    assert attempted >= 6
