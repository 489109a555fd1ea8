"""Makes the step definitions of ``steps.py`` and its fixtures visible to the scenarios of this folder,
and records the run: for every scenario, how it ended and which rules fired in it.

The record (``build/spec-results.json``) keys each scenario by the digest of its text and says
the commit, version and rulebook digest of the run and when it ended; it is what ``cooperation-rules trace`` and
``cooperation-rules docs build`` read as "the last run"; ``build/trace.json`` is the trace
matrix of the same run, as ``cooperation-rules trace --json`` prints it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Generator
from pathlib import Path

import pytest
from pytest_bdd.parser import Feature, Scenario

from cooperation_rules import Rulebook, __version__
from cooperation_rules.tools import steps
from cooperation_rules.tools.checkout import head_commit
from cooperation_rules.tools.spec import RunRecord, ScenarioResult, SpecScenario, read_features
from cooperation_rules.tools.tracing import build_trace

# pytest-bdd registers each step definition as a fixture in the module that defines it; pytest
# finds fixtures by scanning a conftest's namespace, so the step fixtures are copied here by name.
globals().update({name: value for name, value in vars(steps).items() if name.startswith("pytestbdd_") or name == "case"})

#: A folder of rules to judge instead of the bundled ones: lets a test run these scenarios under pytest against
#: changed rules, and compare with what ``cooperation_rules.scenarios`` finds running them itself.
RULES = os.environ.get("COOPERATION_RULES_RULES")


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    """One rulebook for the whole session (the bundled rules, or ``COOPERATION_RULES_RULES``); it keeps no state
    between evaluations."""
    return Rulebook.load(RULES)


ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
#: Where the record of the run is written; ``COOPERATION_RULES_RUN_RECORD`` moves it.
RECORD = Path(os.environ.get("COOPERATION_RULES_RUN_RECORD", ROOT / "build" / "spec-results.json"))
_REQUEST = pytest.StashKey[pytest.FixtureRequest]()
_RESULTS = pytest.StashKey[dict[str, ScenarioResult]]()
_INDEX = pytest.StashKey[dict[tuple[str, int, tuple[str, ...]], SpecScenario]]()
_RENDERED = pytest.StashKey[tuple[str, int, tuple[str, ...]]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_RESULTS] = {}
    config.stash[_INDEX] = {s.match_key: s for f in read_features(FEATURES) for s in f.scenarios}


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Feature, scenario: Scenario) -> None:
    """Remember, on the test item, which scenario of features/ it runs (file, line, rendered steps)."""
    where = Path(feature.filename).resolve().relative_to(FEATURES).as_posix()
    request.node.stash[_REQUEST] = request
    request.node.stash[_RENDERED] = (where, scenario.line_number, tuple(step.name for step in scenario.steps))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    rendered = item.stash.get(_RENDERED, None)
    if rendered is None or report.when not in ("setup", "call") or (report.when == "setup" and report.passed):
        return report
    spec = item.config.stash[_INDEX].get(rendered)
    if spec is None:  # a scenario the reading of features/ does not know: the lint tests name it
        return report
    fired: tuple[str, ...] = ()
    if report.when == "call":
        fired = item.stash[_REQUEST].getfixturevalue("case").fired
    message = None
    if not report.passed:
        message = str(report.longrepr).strip().splitlines()[-1][:300] if report.longrepr else report.outcome
    result = ScenarioResult(key=spec.key, outcome=report.outcome, rules=fired, message=message)
    item.config.stash[_RESULTS][spec.digest] = result
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    results = session.config.stash.get(_RESULTS, {})
    if not results:
        return
    rulebook = Rulebook.load(RULES)
    record = RunRecord(
        results=results,
        commit=head_commit(ROOT),
        version=__version__,
        rulebook_digest=rulebook.digest,
        time=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )
    record.dump(RECORD)
    trace = build_trace(rulebook, read_features(FEATURES), record)
    (RECORD.parent / "trace.json").write_text(trace.to_json(), encoding="utf-8")
