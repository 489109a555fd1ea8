"""The Gherkin scenarios of ``features/``, read as data for the trace and the documentation site.

A feature file states the law as scenarios a lawyer can read; each scenario, and each row of a
Scenario Outline's Examples, is one test. This module reads the files with the Gherkin parser
that pytest-bdd itself uses and compiles them the same way, so that every test the run knows
appears here with its tags (the eIds of the provisions it exercises) and its rendered steps.

It also holds the record of a run (:class:`RunRecord`), which the test run writes and the
trace and the site read: for each scenario, keyed by the digest of its text, the outcome and the
rules that fired; and for the run, the commit, the version, the rulebook digest and the time. A
scenario whose text has changed since the run has no result in it: it has not been run as it stands.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import CooperationRulesError
from ..model.bounded import MAX_REPORT_BYTES, read_bounded
from .checkout import UNKNOWN_COMMIT

__all__ = [
    "UNKNOWN_COMMIT",
    "FeatureFileError",
    "RunRecord",
    "ScenarioResult",
    "SpecFeature",
    "SpecScenario",
    "SpecStep",
    "read_features",
    "scenario_key",
]


class FeatureFileError(CooperationRulesError):
    """A feature file that cannot be read or parsed; names the file and, where known, the line."""

    def __init__(self, file: str, message: str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


#: What a compiled step is, by the type the Gherkin compiler gives it (``And``/``But`` take the type before them).
_STEP_KINDS = {"Context": "given", "Action": "when", "Outcome": "then"}


class SpecStep(_Frozen):
    """One step as the scenario states it: its keyword (``Given``, ``And``, ...) and its rendered text.

    ``kind`` is ``given``, ``when`` or ``then`` (for ``And`` and ``But``, the kind of the step
    before), or ``None`` for a ``*`` step with nothing before it.
    """

    keyword: str
    text: str
    table: tuple[tuple[str, ...], ...] = ()
    kind: str | None = None


class SpecScenario(_Frozen):
    """One test: a Scenario, or one Examples row of a Scenario Outline."""

    key: str
    """``<feature file>:<line>``, the line of the scenario or of its Examples row; stable across runs."""
    feature: str
    """The feature file, relative to the folder the features were read from."""
    rule: str | None
    name: str
    line: int
    """The line of the Scenario (Outline) itself."""
    row_line: int | None
    tags: tuple[str, ...]
    """The tags without ``@``: the eIds of the provisions the scenario exercises."""
    steps: tuple[SpecStep, ...]

    @property
    def digest(self) -> str:
        """``sha256:`` over the scenario's text: its file, Rule, name, tags and every step with its table.

        Not its line: a scenario moved within its file keeps its result; one whose words changed does not.
        """
        text = json.dumps(
            [
                self.feature,
                self.rule,
                self.name,
                list(self.tags),
                [[s.keyword, s.text, [list(r) for r in s.table]] for s in self.steps],
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()

    @property
    def match_key(self) -> tuple[str, int, tuple[str, ...]]:
        """What a running test knows of itself: its file, its scenario line and its rendered steps."""
        return (self.feature, self.line, tuple(s.text for s in self.steps))


class SpecFeature(_Frozen):
    """A feature file: its name, description, and its scenarios in file order."""

    path: str
    name: str
    description: str
    scenarios: tuple[SpecScenario, ...]


def scenario_key(feature: str, line: int) -> str:
    """The key of a test: feature file and line (of the scenario, or of its Examples row)."""
    return f"{feature}:{line}"


def _index(node: Any, found: dict[str, Any]) -> None:
    """Every AST node with an ``id``, by id (steps, scenarios, rows, tags)."""
    if isinstance(node, dict):
        if "id" in node and isinstance(node["id"], str):
            found[node["id"]] = node
        for value in node.values():
            _index(value, found)
    elif isinstance(node, list):
        for value in node:
            _index(value, found)


def _rules_of(children: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Scenario id -> the name of the Rule that holds it."""
    owner: dict[str, str] = {}
    for child in children:
        if "rule" in child:
            for inner in child["rule"]["children"]:
                if "scenario" in inner:
                    owner[inner["scenario"]["id"]] = child["rule"]["name"]
    return owner


def parse_feature(text: str, path: str) -> SpecFeature:
    """Parse one feature file's text; ``path`` is how it is named in keys and errors."""
    try:
        document: dict[str, Any] = dict(Parser().parse(text))
    except (CompositeParserException, ParserError) as exc:
        errors = getattr(exc, "errors", None) or [exc]
        first = errors[0]
        line = (getattr(first, "location", None) or {}).get("line")
        message = str(first).split(": ", 1)[-1] if str(first).startswith("(") else str(first)
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise FeatureFileError(path, f"not valid Gherkin: {message}{more}", line=line) from exc
    feature = document.get("feature")
    if not feature:
        raise FeatureFileError(path, "holds no Feature")
    document["uri"] = path
    nodes: dict[str, Any] = {}
    _index(document, nodes)
    owner = _rules_of(feature.get("children", ()))
    scenarios = []
    for pickle in Compiler().compile(document):  # type: ignore[arg-type]
        scenario_node = nodes[pickle["astNodeIds"][0]]
        line = scenario_node["location"]["line"]
        row_line = pickle["location"]["line"] if len(pickle["astNodeIds"]) > 1 else None
        steps = []
        for step in pickle["steps"]:
            ast = nodes[step["astNodeIds"][0]]
            rows: tuple[tuple[str, ...], ...] = ()
            argument: dict[str, Any] = dict(step.get("argument", {}))
            if "dataTable" in argument:
                rows = tuple(tuple(c["value"] for c in r["cells"]) for r in argument["dataTable"]["rows"])
            kind = _STEP_KINDS.get(step.get("type", ""))
            steps.append(SpecStep(keyword=ast["keyword"].strip(), text=step["text"], table=rows, kind=kind))
        scenarios.append(
            SpecScenario(
                key=scenario_key(path, row_line or line),
                feature=path,
                rule=owner.get(scenario_node["id"]),
                name=pickle["name"],
                line=line,
                row_line=row_line,
                tags=tuple(dict.fromkeys(t["name"].removeprefix("@") for t in pickle["tags"])),
                steps=tuple(steps),
            )
        )
    return SpecFeature(
        path=path,
        name=feature["name"],
        description=(feature.get("description") or "").strip(),
        scenarios=tuple(scenarios),
    )


def read_features(folder: str | Path) -> tuple[SpecFeature, ...]:
    """Every ``*.feature`` file under ``folder``, in path order; keys name files relative to it."""
    root = Path(folder)
    if not root.is_dir():
        raise FeatureFileError(str(root), "is not a folder of feature files")
    features = []
    for path in sorted(root.rglob("*.feature")):
        relative = path.relative_to(root).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FeatureFileError(relative, f"cannot be read: {exc}") from exc
        features.append(parse_feature(text, relative))
    return tuple(features)


# --- The record of a run -----------------------------------------------------------------------


class ScenarioResult(_Frozen):
    """How one test ended in a run, and which rules fired in it."""

    key: str = ""
    """Where the scenario stood in that run (``<feature file>:<line>``), for a person reading the record."""
    outcome: str
    """``passed``, ``failed`` or ``skipped``."""
    rules: tuple[str, ...] = ()
    message: str | None = None


class RunRecord(_Frozen):
    """The results of one run of the scenarios, keyed by the digest of each scenario's text
    (:attr:`SpecScenario.digest`), and what the run was made of."""

    results: dict[str, ScenarioResult]
    commit: str = UNKNOWN_COMMIT
    """``git rev-parse HEAD`` of the checkout that ran, or ``unknown`` outside one."""
    version: str | None = None
    """``cooperation_rules.__version__`` of the run."""
    rulebook_digest: str | None = None
    """:attr:`Rulebook.digest` of the rules the scenarios were judged by."""
    time: dt.datetime | None = None
    """When the run ended (UTC)."""

    @classmethod
    def by_key(cls, features: Iterable[SpecFeature], results: Mapping[str, ScenarioResult], **run: Any) -> RunRecord:
        """A record of ``results`` given by scenario key (``file:line``) for the scenarios of ``features``; ``run``
        holds the run's fields (``commit``, ``version``, ``rulebook_digest``, ``time``)."""
        found: dict[str, ScenarioResult] = {}
        for scenario in (s for f in features for s in f.scenarios):
            if scenario.key in results:
                found[scenario.digest] = results[scenario.key].model_copy(update={"key": scenario.key})
        return cls(results=found, **run)

    def result_for(self, scenario: SpecScenario) -> ScenarioResult | None:
        """The result of ``scenario`` as its text stands now; ``None`` if it did not run, or ran with other words."""
        return self.results.get(scenario.digest)

    def changed_since(self, scenario: SpecScenario) -> bool:
        """Whether a scenario at the same place ran in this run with other words (and so shows as not run)."""
        return scenario.digest not in self.results and any(r.key == scenario.key for r in self.results.values())

    def stale(self, features: Iterable[SpecFeature], rulebook_digest: str, version: str, commit: str) -> list[str]:
        """Why this record is not the run of these scenarios, rules, version and commit; empty when it is."""
        reasons = []
        if self.rulebook_digest != rulebook_digest:
            reasons.append(f"the rules changed (run with {self.rulebook_digest}, now {rulebook_digest})")
        if self.version != version:
            reasons.append(f"the version changed (run with {self.version}, now {version})")
        if self.commit != commit:
            reasons.append(f"the commit changed (run at {self.commit}, now {commit})")
        missing = [s.key for f in features for s in f.scenarios if s.digest not in self.results]
        if missing:
            reasons.append(f"{len(missing)} scenario(s) not in the run, or changed since it: {', '.join(missing[:5])}")
        return reasons

    def dump(self, path: str | Path) -> None:
        """Write the record as JSON (sorted keys, so that equal runs give equal files)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = self.model_dump(mode="json", exclude_none=True)
        target.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> RunRecord:
        """Read a record written by :meth:`dump`; a missing or damaged file is a clear error."""
        source = Path(path)
        try:
            return cls.model_validate_json(read_bounded(source, MAX_REPORT_BYTES))
        except OSError as exc:
            raise FeatureFileError(str(source), f"no record of a run: {exc.strerror or exc}") from exc
        except ValidationError as exc:
            raise FeatureFileError(str(source), f"is not a record of a run: {exc.errors()[0]['msg']}") from exc
