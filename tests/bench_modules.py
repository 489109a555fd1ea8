"""The modules of benchmarks/ that tests check or use (the floor, the realistic mix), loaded from their files."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


def load(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as module ``name`` (benchmarks/ is not on the test path)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
