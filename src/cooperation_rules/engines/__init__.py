"""The engines that decide which rules fire: the compiled Python engine (the default) and durable-rules.

Both take the flat facts of one event and return the ids of the rules that fire, in rulebook
order, and they always agree. durable-rules is optional (``pip install 'cooperation-rules[durable]'``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .compiled import PythonEngine
from .protocol import Facts, RuleEngine

if TYPE_CHECKING:
    from ..rulefiles.schema import Rule

__all__ = ["Facts", "PythonEngine", "RuleEngine", "make_engine"]


def make_engine(name: str, rules: Sequence[Rule]) -> RuleEngine:
    """Build the engine called ``name`` (``durable`` or ``python``)."""
    if name == "durable":
        from .durable_rules import DurableEngine  # durable-rules is imported only when it is asked for

        return DurableEngine(rules)
    if name == "python":
        return PythonEngine(rules)
    raise ValueError(f"unknown engine {name!r}; expected 'auto', 'durable' or 'python'")
