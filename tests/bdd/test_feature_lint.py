"""Strictness checks over features/ that pytest-bdd does not make by itself.

pytest-bdd silently keeps only the last of two scenarios with the same name, passes a scenario
without steps, never collects a feature file outside the ``scenarios()`` paths, lets the last
matching step definition win when two match, and never reports unused step definitions. The
checks below read the features with the gherkin-official parser (the one pytest-bdd uses) and
compile them to pickles, one pickle per scenario or Examples row, as pytest-bdd runs them.

Each check is a function returning the problems it finds; it is run over features/ and, on small
inline features, shown to catch what it is meant to catch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from pytest_bdd.parsers import StepParser
from pytest_bdd.scenario import scenario_wrapper_template_registry

from cooperation_rules import Rulebook
from cooperation_rules.tools import steps
from cooperation_rules.tools.featurelint import CHECK_TAG, citation_tag_problems, outline_title_problems

from . import test_features

FEATURES = Path(__file__).resolve().parents[2] / "features"
#: Tags allowed although they are not eIds of the treaty: ``check`` marks a grid that checks the software
#: (features/checks/), which the trace and the site do not count as a statement of the law.
TAG_WHITELIST: frozenset[str] = frozenset({CHECK_TAG})
PICKLE_STEP_TYPES = {"Context": "given", "Action": "when", "Outcome": "then"}


@dataclass(frozen=True)
class ParsedFeature:
    path: str
    document: dict[str, Any]
    pickles: list[dict[str, Any]]


@dataclass(frozen=True)
class StepDefinition:
    kind: str
    parser: StepParser
    function: str

    def __str__(self) -> str:
        return f"{self.kind} {self.parser.name!r} ({self.function})"


def parse_feature(text: str, path: str) -> ParsedFeature:
    document: dict[str, Any] = dict(Parser().parse(text))
    document["uri"] = path
    return ParsedFeature(path, document, list(Compiler().compile(document)))  # type: ignore[arg-type]


def feature_paths() -> list[Path]:
    """Every file under features/ whose name says it is a feature (any case, hidden folders too)."""
    return sorted(p for p in FEATURES.rglob("*") if p.is_file() and ".feature" in p.name.lower())


def features() -> list[ParsedFeature]:
    return [parse_feature(p.read_text(encoding="utf-8"), str(p)) for p in feature_paths()]


def step_definitions() -> list[StepDefinition]:
    """The step definitions of the bundled steps module, as its ``STEPS`` registry recorded them."""
    found = [StepDefinition(str(d.type), d.parser, d.step_func.__name__) for d in steps.STEPS.definitions]
    return sorted(found, key=lambda d: (d.kind, d.function))


def _scenarios(children: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for child in children:
        if "scenario" in child:
            yield child["scenario"]
        elif "rule" in child:
            yield from _scenarios(child["rule"]["children"])


def _tags(children: Iterable[dict[str, Any]]) -> Iterator[tuple[int, str]]:
    for child in children:
        node = child.get("scenario") or child.get("rule") or {}
        for tag in node.get("tags", ()):
            yield tag["location"]["line"], tag["name"].removeprefix("@")
        for examples in node.get("examples", ()):
            for tag in examples.get("tags", ()):
                yield tag["location"]["line"], tag["name"].removeprefix("@")
        if "rule" in child:
            yield from _tags(child["rule"]["children"])


# --- The checks -------------------------------------------------------------------------------------


def duplicate_scenario_names(f: ParsedFeature) -> list[str]:
    """pytest-bdd keys scenarios by name in a feature (across Rules): a second one hides the first."""
    seen: dict[str, int] = {}
    problems = []
    for sc in _scenarios(f.document.get("feature", {}).get("children", ())):
        line = sc["location"]["line"]
        if sc["name"] in seen:
            problems.append(f"{f.path}:{line}: scenario {sc['name']!r} repeats the name of line {seen[sc['name']]}")
        seen.setdefault(sc["name"], line)
    return problems


def scenarios_without_steps(f: ParsedFeature) -> list[str]:
    """A scenario with no steps of its own (a Background does not count), or one that yields no pickle."""
    problems = []
    pickled = {node for p in f.pickles for node in p["astNodeIds"]}
    for sc in _scenarios(f.document.get("feature", {}).get("children", ())):
        where = f"{f.path}:{sc['location']['line']}: scenario {sc['name']!r}"
        if not sc["steps"]:
            problems.append(f"{where} has no steps")
        if sc["id"] not in pickled:
            problems.append(f"{where} yields no test (Examples without rows)")
    return problems


def pickles_without_eid(f: ParsedFeature, treaty_eids: frozenset[str]) -> list[str]:
    """Every scenario, and every Examples row, carries at least one eId of the provisions it exercises."""
    return [
        f"{f.path}:{p['location']['line']}: {p['name']!r} carries no eId tag"
        for p in f.pickles
        if not any(t["name"].removeprefix("@") in treaty_eids for t in p["tags"])
    ]


def tags_not_eids(f: ParsedFeature, treaty_eids: frozenset[str]) -> list[str]:
    """Every tag written anywhere (feature, rule, scenario, examples) is an eId of the treaty."""
    feature = f.document.get("feature", {})
    tags = [(t["location"]["line"], t["name"].removeprefix("@")) for t in feature.get("tags", ())]
    tags += list(_tags(feature.get("children", ())))
    return [
        f"{f.path}:{line}: tag @{tag} is not an eId of the Agreement"
        for line, tag in tags
        if tag not in treaty_eids and tag not in TAG_WHITELIST
    ]


def step_matching(parsed: Sequence[ParsedFeature], definitions: Sequence[StepDefinition]) -> tuple[list[str], set[int]]:
    """Problems (undefined, ambiguous, unknown keyword, unfilled placeholder) and the definitions used."""
    problems: list[str] = []
    used: set[int] = set()
    for f in parsed:
        for p in f.pickles:
            for s in p["steps"]:
                where = f"{f.path}:{p['location']['line']}: {p['name']!r}: step {s['text']!r}"
                kind = PICKLE_STEP_TYPES.get(s["type"])
                if kind is None:
                    problems.append(f"{where} has no Given/When/Then type ({s['type']})")
                    continue
                if "<" in s["text"] and ">" in s["text"]:
                    problems.append(f"{where} keeps an Outline placeholder")
                hits = [i for i, d in enumerate(definitions) if d.kind == kind and d.parser.is_matching(s["text"])]
                used.update(hits)
                if not hits:
                    problems.append(f"{where} matches no {kind} step definition")
                elif len(hits) > 1:
                    problems.append(f"{where} is ambiguous: {', '.join(str(definitions[i]) for i in hits)}")
    return problems, used


# --- Run over features/ --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parsed() -> list[ParsedFeature]:
    found = features()
    assert found, f"no feature files under {FEATURES}"
    return found


@pytest.fixture(scope="module")
def treaty_eids() -> frozenset[str]:
    return frozenset(p.eid for p in Rulebook.load().treaty)


def _collected() -> dict[str, int]:
    """Feature file -> number of tests test_features.py collected from it."""
    counts: dict[str, int] = {}
    for value in vars(test_features).values():
        template = scenario_wrapper_template_registry.get(value) if callable(value) else None
        if template is None:
            continue
        rows = sum(len(list(ex.as_contexts())) for ex in template.examples) or 1
        path = str(Path(template.feature.filename).resolve())
        counts[path] = counts.get(path, 0) + rows
    return counts


def test_every_feature_file_is_collected_with_every_scenario(parsed: list[ParsedFeature]) -> None:
    collected = _collected()
    problems = []
    for f in parsed:
        path = str(Path(f.path).resolve())
        if path not in collected:
            problems.append(f"{f.path} is never collected (pytest-bdd only reads *.feature outside hidden folders)")
        elif collected[path] != len(f.pickles):
            problems.append(f"{f.path}: {len(f.pickles)} scenarios and Examples rows, but {collected[path]} tests collected")
    known = {str(Path(f.path).resolve()) for f in parsed}
    problems += [f"{p} is collected but is not under features/" for p in collected if p not in known]
    assert not problems, "\n".join(problems)


def test_no_two_scenarios_share_a_name(parsed: list[ParsedFeature]) -> None:
    problems = [p for f in parsed for p in duplicate_scenario_names(f)]
    assert not problems, "\n".join(problems)


def test_every_scenario_has_steps(parsed: list[ParsedFeature]) -> None:
    problems = [p for f in parsed for p in scenarios_without_steps(f)]
    assert not problems, "\n".join(problems)


def test_every_scenario_carries_an_eid_tag(parsed: list[ParsedFeature], treaty_eids: frozenset[str]) -> None:
    problems = [p for f in parsed for p in pickles_without_eid(f, treaty_eids)]
    assert not problems, "\n".join(problems)


def test_every_tag_is_an_eid_of_the_treaty(parsed: list[ParsedFeature], treaty_eids: frozenset[str]) -> None:
    problems = [p for f in parsed for p in tags_not_eids(f, treaty_eids)]
    assert not problems, "\n".join(problems)


def test_every_step_matches_exactly_one_definition(parsed: list[ParsedFeature]) -> None:
    problems, _ = step_matching(parsed, step_definitions())
    assert not problems, "\n".join(problems)


def test_every_step_definition_is_used(parsed: list[ParsedFeature]) -> None:
    definitions = step_definitions()
    assert definitions, "no step definitions found in steps.py"
    _, used = step_matching(parsed, definitions)
    unused = [str(d) for i, d in enumerate(definitions) if i not in used]
    assert not unused, "step definitions no feature uses:\n" + "\n".join(unused)


def test_step_definitions_stay_few() -> None:
    """pytest-bdd tries every definition on every step: keep the vocabulary small."""
    assert len(step_definitions()) <= 60


# --- The checks catch what they are meant to catch ---------------------------------------------------

BAD = """\
@art_9__para_1
Feature: bad
  Rule: r
    @art_9__para_1
    Scenario: twice
      Given the case is urgent
    @art_99 @art_9__para_2
    Scenario Outline: outline without rows <x>
      Given the case is <x>
      Examples:
        | x |
  Rule: s
    Scenario: twice
      Given the case is urgent
    @art_17
    Scenario: empty
"""


def test_the_checks_catch_bad_features() -> None:
    eids = frozenset({"art_9__para_1", "art_9__para_2", "art_17"})
    bad = parse_feature(BAD, "bad.feature")
    assert duplicate_scenario_names(bad) == ["bad.feature:13: scenario 'twice' repeats the name of line 5"]
    no_steps = scenarios_without_steps(bad)
    assert any("'empty' has no steps" in p for p in no_steps)
    assert any("'outline without rows <x>' yields no test" in p for p in no_steps)
    assert tags_not_eids(bad, eids) == ["bad.feature:7: tag @art_99 is not an eId of the Agreement"]
    untagged = parse_feature("Feature: f\n  Scenario: s\n    Given the case is urgent\n", "f.feature")
    assert pickles_without_eid(untagged, eids) == ["f.feature:2: 's' carries no eId tag"]
    assert pickles_without_eid(bad, eids) == []  # the feature's tag reaches every scenario


def test_step_matching_finds_undefined_ambiguous_and_unused_steps() -> None:
    from pytest_bdd import parsers

    definitions = [
        StepDefinition("given", parsers.re(r"the case is (?P<u>urgent|not urgent)"), "urgency"),
        StepDefinition("given", parsers.re(r"the case is .+"), "catch_all"),
        StepDefinition("then", parsers.re(r"never used"), "unused"),
    ]
    f = parse_feature(
        "Feature: f\n  Scenario: s\n    Given the case is urgent\n    And something else\n    Then the case is urgent\n",
        "f.feature",
    )
    problems, used = step_matching([f], definitions)
    assert any("ambiguous" in p and "urgency" in p and "catch_all" in p for p in problems)
    assert any("'something else' matches no given step definition" in p for p in problems)
    assert any("'the case is urgent' matches no then step definition" in p for p in problems)
    assert used == {0, 1}
    outline = parse_feature("Feature: f\n  Scenario Outline: o\n    Given the case is <x>\n", "f.feature")
    problems, _ = step_matching([outline], definitions[:1])
    assert problems == [
        "f.feature:2: 'o': step 'the case is <x>' keeps an Outline placeholder",
        "f.feature:2: 'o': step 'the case is <x>' matches no given step definition",
    ]


# --- Tags agree with citations; outline titles agree with their rows -----------------------------------


@pytest.fixture(scope="module")
def eids_by_label() -> dict[str, str]:
    return {p.label: p.eid for p in Rulebook.load().treaty}


def test_every_cited_provision_is_a_tag_and_every_tag_is_cited_or_explained(eids_by_label: dict[str, str]) -> None:
    problems = [
        p for path in feature_paths() for p in citation_tag_problems(path.read_text(encoding="utf-8"), str(path), eids_by_label)
    ]
    assert not problems, "\n".join(problems)


def test_no_outline_title_contradicts_its_rows() -> None:
    problems = [p for path in feature_paths() for p in outline_title_problems(path.read_text(encoding="utf-8"), str(path))]
    assert not problems, "\n".join(problems)


TAGGED = """\
Feature: f
  @art_9__para_5
  Scenario: tagged 9(5), cites 9(2)
    Given the case is urgent
    Then the decision cites only "Article 9(2)"

  @art_9__para_2 @art_9__para_5
  Scenario: set aside
    Given the case is urgent
    Then the decision cites only "Article 9(2)"
    And the decision does not cite "Article 9(5)"

  # Tagged beyond its citations: the refusal's notice is what the scenario is about.
  @art_9__para_2 @art_9__para_5
  Scenario: explained
    Given the case is urgent
    Then the decision cites only "Article 9(2)"

  @check @art_9__para_2 @art_17
  Scenario: a check
    Given the case is urgent
    Then the decision cites only "Article 9(2)"

  @art_18__para_2
  Scenario: no citation stated
    Given the case is urgent
"""

OUTLINE = """\
Feature: f
  @art_17
  Scenario Outline: A suspension; <act> on 20 March 2026
    Given <act>

    Examples:
      | act                          |
      | a request on 20 March 2026   |
      | a request on 15 March 2026   |

  @art_17
  Scenario Outline: Entry into force on 1 September 2018; a request on <day>
    Given a request on <day> and entry into force on 1 September 2018

    Examples:
      | day              |
      | 1 September 2018 |
"""


def test_the_tag_and_title_checks_catch_bad_features() -> None:
    labels = {"Article 9(2)": "art_9__para_2", "Article 9(5)": "art_9__para_5", "Article 17": "art_17"}
    assert citation_tag_problems(TAGGED, "t.feature", labels) == [
        "t.feature:3: 'tagged 9(5), cites 9(2)' cites art_9__para_2 without the tag(s)",
        "t.feature:3: 'tagged 9(5), cites 9(2)' is tagged art_9__para_5 but neither cites them, nor says the decision "
        "does not cite them, nor states why (# Tagged beyond its citations: ...)",
    ]
    assert outline_title_problems(OUTLINE, "o.feature") == [
        "o.feature:8: 'A suspension; a request on 20 March 2026 on 20 March 2026': the title writes 20 March 2026 "
        "and its row writes it again",
        "o.feature:9: 'A suspension; a request on 15 March 2026 on 20 March 2026' states 20 March 2026, which its steps do not",
    ]
