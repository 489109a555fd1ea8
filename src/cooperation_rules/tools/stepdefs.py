"""A record of step definitions, kept by the module that defines them, for running scenarios outside pytest.

A steps module writes its steps with ``STEPS.given``, ``STEPS.when`` and ``STEPS.then`` of a
``StepRegistry`` of its own: each is pytest-bdd's own decorator (so pytest runs the features as
usual) that also records the definition in ``STEPS.definitions``, in the order written. The
mutation check reads that record to run the same scenarios against hundreds of rulebooks
(``tools.scenarios``), instead of reaching into pytest-bdd's internal registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from pytest_bdd.parsers import StepParser

StepKind = Literal["given", "when", "then"]
#: The module of the step definitions of the bundled features, shipped with the tools.
BUNDLED_STEPS = "cooperation_rules.tools.steps"
_Function = TypeVar("_Function", bound=Callable[..., Any])


@dataclass(frozen=True)
class StepDefinition:
    """One step definition: its kind, its parser, the function, and the fixture it sets."""

    type: StepKind
    parser: StepParser
    step_func: Callable[..., Any]
    target_fixture: str | None


@dataclass
class StepRegistry:
    """The step definitions of one module, in the order they are written."""

    definitions: list[StepDefinition] = field(default_factory=list)

    def given(self, name: str | StepParser, *, target_fixture: str | None = None) -> Callable[[_Function], _Function]:
        """pytest-bdd's ``given``, recorded."""
        return self._step("given", name, target_fixture)

    def when(self, name: str | StepParser, *, target_fixture: str | None = None) -> Callable[[_Function], _Function]:
        """pytest-bdd's ``when``, recorded."""
        return self._step("when", name, target_fixture)

    def then(self, name: str | StepParser, *, target_fixture: str | None = None) -> Callable[[_Function], _Function]:
        """pytest-bdd's ``then``, recorded."""
        return self._step("then", name, target_fixture)

    def _step(self, kind: StepKind, name: str | StepParser, target_fixture: str | None) -> Callable[[_Function], _Function]:
        import pytest_bdd
        from pytest_bdd.parsers import string

        parser = string(name) if isinstance(name, str) else name
        # stacklevel 2: pytest-bdd puts its step fixture in the namespace of the module that applies the decorator,
        # one frame above this function's ``register``.
        decorator = getattr(pytest_bdd, kind)(parser, target_fixture=target_fixture, stacklevel=2)

        def register(function: _Function) -> _Function:
            self.definitions.append(StepDefinition(kind, parser, function, target_fixture))
            decorator(function)
            return function

        return register
