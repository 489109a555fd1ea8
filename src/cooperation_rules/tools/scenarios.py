"""The scenarios of ``features/`` run against any rulebook, outside pytest, for mutation testing.

pytest runs each scenario once, against the rules as they are. Mutation testing runs the same
scenarios against hundreds of rulebooks, each with one rule changed; starting pytest for each
would cost seconds a rulebook. A :class:`ScenarioSuite` instead matches every step of every
scenario to its step definition once, as pytest-bdd would (same parsers, same arguments), and
then runs the step functions directly: a scenario is a list of calls.

The step definitions are the ones the tests use (``cooperation_rules.tools.steps``, or a module
of one's own given by its file): functions written with ``STEPS.given``/``when``/``then`` of a
``StepRegistry`` (pytest-bdd's decorators, recorded). The module also defines
``scenario_fixtures(rulebook)``, which returns the fixtures one scenario's steps take (the
rulebook under test and a fresh case); a step may take those fixtures and its parsed arguments,
nothing else. A step that raises fails its scenario, as under pytest.

Needs pytest-bdd (the ``tools`` extra), which parses the steps.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..errors import CooperationRulesError
from .spec import SpecFeature, SpecScenario, read_features
from .stepdefs import BUNDLED_STEPS, StepDefinition, StepRegistry

if TYPE_CHECKING:
    from ..rulebook.rulebook import Rulebook

__all__ = ["ScenarioFailure", "ScenarioSuite", "StepDefinitionError", "load_steps_module"]

#: The function of a steps module that gives one scenario's fixtures.
FIXTURES_FUNCTION = "scenario_fixtures"
#: The ``StepRegistry`` of a steps module that records its step definitions.
REGISTRY_ATTRIBUTE = "STEPS"


class StepDefinitionError(CooperationRulesError):
    """The step definitions cannot run the scenarios: a module that cannot be loaded, a step that no
    definition (or more than one) matches, a step that takes a fixture no one gives."""


class ScenarioFailure(BaseModel):
    """A scenario that failed: which (key ``file:line``, name), at which step, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    name: str
    step: str
    message: str


@dataclass(frozen=True)
class _Call:
    """One step, matched: the function, its parsed arguments, the fixtures it takes, and where it leaves its result."""

    text: str
    function: Callable[..., object]
    arguments: Mapping[str, object]
    fixtures: tuple[str, ...]
    target_fixture: str | None


@dataclass(frozen=True)
class _Plan:
    scenario: SpecScenario
    calls: tuple[_Call, ...]


def load_steps_module(path: str | Path | None = None) -> ModuleType:
    """Import the step definitions of ``path`` (a ``.py`` file) as a module of its own; ``None``: the bundled steps.

    The module is registered in ``sys.modules`` under a name made from its path, so that its
    functions can be found again by a worker process; loading the same file twice gives the same module.
    """
    if path is None:
        return importlib.import_module(BUNDLED_STEPS)
    source = Path(path).resolve()
    if not source.is_file():
        raise StepDefinitionError(f"{path}: no such file of step definitions")
    name = "cooperation_rules_steps_" + hashlib.sha256(str(source).encode()).hexdigest()[:12]
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(name, source)
    if spec is None or spec.loader is None:  # pragma: no cover - a .py file always has a loader
        raise StepDefinitionError(f"{path}: cannot be loaded as Python")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[name]
        raise StepDefinitionError(f"{path}: loading the step definitions failed: {type(exc).__name__}: {exc}") from exc
    if not callable(getattr(module, FIXTURES_FUNCTION, None)):
        del sys.modules[name]
        raise StepDefinitionError(f"{path}: defines no {FIXTURES_FUNCTION}(rulebook) giving a scenario's fixtures")
    return module


def _definitions(module: ModuleType) -> list[StepDefinition]:
    """The step definitions ``module`` recorded in its ``STEPS`` (a ``StepRegistry``), in the order they were written."""
    registry = getattr(module, REGISTRY_ATTRIBUTE, None)
    if not isinstance(registry, StepRegistry):
        raise StepDefinitionError(
            f"{module.__name__} keeps no {REGISTRY_ATTRIBUTE} = StepRegistry() recording its step definitions "
            "(write them with STEPS.given, STEPS.when and STEPS.then)"
        )
    return list(registry.definitions)


def _match(definitions: Sequence[StepDefinition], scenario: SpecScenario, kind: str | None, text: str) -> StepDefinition:
    candidates = [ctx for ctx in definitions if ctx.type in (None, kind) and ctx.parser.is_matching(text)]
    if len(candidates) != 1:
        what = "no step definition" if not candidates else f"{len(candidates)} step definitions"
        raise StepDefinitionError(f"{scenario.key} ({scenario.name}): {what} match {kind or 'the'} step {text!r}")
    return candidates[0]


def _plan(definitions: Sequence[StepDefinition], scenario: SpecScenario, fixtures: frozenset[str]) -> _Plan:
    calls = []
    for step in scenario.steps:
        ctx = _match(definitions, scenario, step.kind, step.text)
        parameters = inspect.signature(ctx.step_func).parameters
        parsed = ctx.parser.parse_arguments(step.text) or {}
        arguments: dict[str, object] = {name: value for name, value in parsed.items() if name in parameters}
        if "datatable" in parameters and step.table:
            arguments["datatable"] = [list(row) for row in step.table]
        wanted = tuple(name for name in parameters if name not in arguments)
        unknown = [name for name in wanted if name not in fixtures]
        if unknown:
            raise StepDefinitionError(
                f"{scenario.key}: step {step.text!r} ({ctx.step_func.__name__}) takes {', '.join(unknown)}, "
                f"which {FIXTURES_FUNCTION} does not give (it gives: {', '.join(sorted(fixtures))})"
            )
        calls.append(_Call(step.text, ctx.step_func, arguments, wanted, ctx.target_fixture))
    return _Plan(scenario, tuple(calls))


class ScenarioSuite:
    """Every scenario of a folder of features, each step matched once to its step definition."""

    def __init__(self, features: Iterable[SpecFeature], steps: ModuleType, rulebook: Rulebook) -> None:
        """Match the steps of ``features`` to the definitions of ``steps``; ``rulebook`` is only asked for
        the names of the fixtures the module gives (``scenario_fixtures(rulebook)``)."""
        self._steps = steps
        make = getattr(steps, FIXTURES_FUNCTION, None)
        if not callable(make):
            raise StepDefinitionError(f"{steps.__name__} defines no {FIXTURES_FUNCTION}(rulebook)")
        self._make_fixtures: Callable[[Rulebook], Mapping[str, object]] = make
        given = frozenset(self._make_fixtures(rulebook))
        definitions = _definitions(steps)
        if not definitions:
            raise StepDefinitionError(f"{steps.__name__} defines no step with pytest-bdd's given/when/then")
        self._plans = tuple(_plan(definitions, s, given) for f in features for s in f.scenarios)

    @classmethod
    def load(cls, features: str | Path, steps: str | Path | None, rulebook: Rulebook) -> ScenarioSuite:
        """The scenarios of the folder ``features`` with the step definitions of the file ``steps`` (``None``: bundled)."""
        return cls(read_features(features), load_steps_module(steps), rulebook)

    @property
    def scenarios(self) -> tuple[SpecScenario, ...]:
        """The scenarios in order: feature files by path, then scenarios (and Examples rows) in file order."""
        return tuple(p.scenario for p in self._plans)

    def __len__(self) -> int:
        return len(self._plans)

    def run_one(self, index: int, rulebook: Rulebook) -> ScenarioFailure | None:
        """Run scenario ``index`` against ``rulebook``: ``None`` when it passes, else how it fails."""
        plan = self._plans[index]
        fixtures = dict(self._make_fixtures(rulebook))
        for call in plan.calls:
            try:
                result = call.function(**call.arguments, **{name: fixtures[name] for name in call.fixtures})
            except Exception as exc:  # a step that raises fails its scenario, whatever it raises
                message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                return ScenarioFailure(key=plan.scenario.key, name=plan.scenario.name, step=call.text, message=message[:300])
            if call.target_fixture is not None:
                fixtures[call.target_fixture] = result
        return None

    def run(
        self, rulebook: Rulebook, *, order: Sequence[int] | None = None, stop_at_first_failure: bool = False
    ) -> list[ScenarioFailure]:
        """Run the scenarios (all, or those of ``order`` in that order) against ``rulebook``; the failures."""
        failures = []
        for index in range(len(self._plans)) if order is None else order:
            failure = self.run_one(index, rulebook)
            if failure is not None:
                failures.append(failure)
                if stop_at_first_failure:
                    break
        return failures
