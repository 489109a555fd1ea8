"""What the rulebook asks of an engine, and what every engine shares.

An engine takes the flat facts of one event and returns the ids of the rules that fire, in
rulebook order. Engines see rules and facts only, never events: the rulebook derives the facts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from ..rulefiles.schema import FactValue

if TYPE_CHECKING:
    from ..rulefiles.schema import Rule

#: The facts of one event, by name.
Facts = Mapping[str, FactValue]


class RuleEngine(Protocol):
    """What the rulebook asks of an engine."""

    name: str

    def fired(self, event_type: str, facts: Facts) -> list[str]:
        """Ids of the rules for ``event_type`` whose conditions hold, in rulebook order."""
        ...


def rules_by_type(rules: Sequence[Rule]) -> dict[str, list[tuple[int, Rule]]]:
    """The rules of each event type, each with its position in the rulebook."""
    by_type: dict[str, list[tuple[int, Rule]]] = {}
    for index, rule in enumerate(rules):
        for t in rule.applies_to:
            by_type.setdefault(t, []).append((index, rule))
    return by_type
