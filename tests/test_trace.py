"""The trace: provision -> rules -> scenarios -> last result, and the gate CI runs on it."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cooperation_rules
from conftest import FEATURES, ROOT
from cooperation_rules import Rulebook
from cooperation_rules.cli import main
from cooperation_rules.rulefiles.reading import bundled_rules_dir
from cooperation_rules.tools.checkout import head_commit
from cooperation_rules.tools.spec import FeatureFileError, RunRecord, ScenarioResult, SpecFeature, parse_feature, read_features
from cooperation_rules.tools.tracing import TraceStatus, build_trace

ONE_FEATURE = """\
Feature: Training
  Rule: Article 8 — training

    @art_8__intro @art_8__point_1 @art_8__point_2
    Scenario Outline: A request about <subject>
      Given the Czech Republic sends Kazakhstan a written request about <subject> on 2 March 2026
      When the act is assessed under the Agreement
      Then the request is permitted
      And the decision cites "Article 8, introductory words" and "Article 8, item 1"

      Examples:
        | subject  |
        | training |
        | sending experts |
"""


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load()


def _all_passed(features: tuple[SpecFeature, ...], fired: dict[str, tuple[str, ...]] | None = None) -> RunRecord:
    rules = fired or {}
    keys = [s.key for f in features for s in f.scenarios]
    return RunRecord.by_key(features, {k: ScenarioResult(outcome="passed", rules=rules.get(k, ())) for k in keys})


def test_every_provision_of_the_treaty_is_a_row_in_treaty_order(rulebook: Rulebook) -> None:
    trace = build_trace(rulebook, read_features(FEATURES), None)
    assert [row.eid for row in trace.provisions] == [p.eid for p in rulebook.treaty]
    assert len(trace.provisions) == 98


def test_provisions_that_bind_no_event_keep_their_recorded_reason(rulebook: Rulebook) -> None:
    trace = build_trace(rulebook, read_features(FEATURES), None)
    for p in rulebook.treaty.leaves:
        row = trace.provision(p.eid)
        if p.binds_no_event:
            assert row.status is TraceStatus.BINDS_NO_EVENT and row.reason == p.binds_no_event and not row.operative
        else:
            assert row.operative and row.reason is None
    assert trace.provision("art_14").reason is not None
    assert trace.provision("art_10").operative  # an article made of parts is operative when a part is


def test_the_bundled_features_tag_every_operative_provision_and_rules_cite_it(rulebook: Rulebook) -> None:
    """The part of the gate that needs no run: every operative provision has a rule and a tagged scenario."""
    features = read_features(FEATURES)
    trace = build_trace(rulebook, features, _all_passed(features))
    missing = [f"{p.eid}: {p.status.value}" for p in trace.provisions if p.operative and p.status is not TraceStatus.COVERED]
    assert not missing, missing


def test_scenarios_are_read_one_per_example_row_with_their_tags_and_rule() -> None:
    feature = parse_feature(ONE_FEATURE, "training.feature")
    assert [s.key for s in feature.scenarios] == ["training.feature:13", "training.feature:14"]
    first = feature.scenarios[0]
    assert first.name == "A request about training"
    assert first.rule == "Article 8 — training"
    assert first.tags == ("art_8__intro", "art_8__point_1", "art_8__point_2")
    assert first.line == 5 and first.row_line == 13
    assert [s.keyword for s in first.steps] == ["Given", "When", "Then", "And"]
    assert first.steps[0].text.endswith("written request about training on 2 March 2026")


def test_a_feature_that_cannot_be_parsed_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.feature").write_text("Feature: f\n  Scenario: s\n    Given x\n  Examples oops\n", encoding="utf-8")
    with pytest.raises(FeatureFileError) as err:
        read_features(tmp_path)
    assert err.value.file == "bad.feature"
    assert err.value.line == 4
    assert str(err.value).startswith("bad.feature:4: not valid Gherkin: expected: ")
    assert "got 'Examples oops'" in str(err.value)


def _one_feature_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "training.feature").write_text(ONE_FEATURE, encoding="utf-8")
    return folder


def test_the_gate_names_untested_provisions_and_rules_without_a_scenario(tmp_path: Path, rulebook: Rulebook) -> None:
    features = read_features(_one_feature_dir(tmp_path))
    record = _all_passed(features, {"training.feature:13": ("art_8.subject_training",)})
    trace = build_trace(rulebook, features, record)
    problems = trace.problems()
    # Tagged with Article 8, item 2 but asserting nothing of it: a tag alone does not make a provision tested.
    assert "art_8__point_2 (Article 8, item 2): no scenario asserts that the decision cites it, or does not cite it" in problems
    assert not any(p.startswith("art_8__point_1 ") for p in problems)
    assert "rule art_10.transfer: fires in no scenario" in problems
    assert not any("art_8.subject_training" in p for p in problems)
    assert trace.provision("art_8__point_1").status is TraceStatus.COVERED
    assert trace.provision("art_8").status is TraceStatus.NO_SCENARIO  # its worst operative part
    assert trace.rules[[r.id for r in trace.rules].index("art_8.subject_training")].scenarios == ("training.feature:13",)


def test_a_failing_scenario_leaves_its_provision_uncovered(tmp_path: Path, rulebook: Rulebook) -> None:
    features = read_features(_one_feature_dir(tmp_path))
    record = RunRecord.by_key(
        features,
        {
            "training.feature:13": ScenarioResult(outcome="failed", rules=("art_8.subject_training",), message="boom"),
            "training.feature:14": ScenarioResult(outcome="failed"),
        },
    )
    trace = build_trace(rulebook, features, record)
    assert trace.provision("art_8__point_1").status is TraceStatus.FAILING
    assert trace.provision("art_8__point_1").failed == 2
    problems = trace.problems()
    assert "art_8__point_1 (Article 8, item 1): no scenario that asserts it cited or not cited passed" in problems
    assert "rule art_8.subject_training: fires only in scenarios that failed" in problems
    assert "scenario training.feature:13 (A request about training): failed" in problems


def test_a_scenario_whose_words_changed_since_the_run_counts_as_not_run(tmp_path: Path, rulebook: Rulebook) -> None:
    """The record keys results by the scenario's text: changing the expected verdict in place loses the result."""
    folder = _one_feature_dir(tmp_path)
    before = read_features(folder)
    record = _all_passed(before, {"training.feature:13": ("art_8.subject_training",)})
    feature = folder / "training.feature"
    feature.write_text(ONE_FEATURE.replace("Then the request is permitted", "Then the request is prohibited"), "utf-8")
    after = read_features(folder)
    assert [s.key for s in after[0].scenarios] == ["training.feature:13", "training.feature:14"]  # same places
    trace = build_trace(rulebook, after, record)
    assert [(s.key, s.outcome, s.changed) for s in trace.scenarios] == [
        ("training.feature:13", None, True),
        ("training.feature:14", None, True),
    ]
    assert trace.provision("art_8__point_1").status is TraceStatus.NOT_RUN
    assert "scenario training.feature:13 (A request about training): changed since the run, not run as it stands" in (
        trace.problems()
    )


def test_a_scenario_moved_to_another_line_keeps_its_result(tmp_path: Path, rulebook: Rulebook) -> None:
    folder = _one_feature_dir(tmp_path)
    record = _all_passed(read_features(folder))
    (folder / "training.feature").write_text("# A comment above moves every line down.\n" + ONE_FEATURE, "utf-8")
    trace = build_trace(rulebook, read_features(folder), record)
    assert [(s.key, s.outcome) for s in trace.scenarios] == [("training.feature:14", "passed"), ("training.feature:15", "passed")]


def test_a_run_of_other_rules_says_nothing_of_these(tmp_path: Path, rulebook: Rulebook) -> None:
    features = read_features(_one_feature_dir(tmp_path))
    other = "sha256:" + "0" * 64
    record = RunRecord.by_key(features, {"training.feature:13": ScenarioResult(outcome="passed")}, rulebook_digest=other)
    trace = build_trace(rulebook, features, record)
    assert [s.outcome for s in trace.scenarios] == [None, None]
    same = record.model_copy(update={"rulebook_digest": rulebook.digest})
    assert [s.outcome for s in build_trace(rulebook, features, same).scenarios] == ["passed", None]


def test_docs_fresh_says_whether_the_record_is_the_run_of_things_as_they_are(
    tmp_path: Path, rulebook: Rulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _one_feature_dir(tmp_path)
    features = read_features(folder)
    results = {k: ScenarioResult(outcome="passed") for k in ("training.feature:13", "training.feature:14")}
    run = {"rulebook_digest": rulebook.digest, "version": cooperation_rules.__version__, "commit": head_commit(ROOT)}
    RunRecord.by_key(features, results, **run).dump(tmp_path / "run.json")
    args = ["docs", "fresh", "--features", str(folder), "--results", str(tmp_path / "run.json")]
    assert main(args) == 0
    assert "the run on file is of the scenarios and rules as they are" in capsys.readouterr().out
    RunRecord.by_key(features, results, **{**run, "version": "0.0.1"}).dump(tmp_path / "run.json")
    assert main(args) == 1
    assert "the version changed (run with 0.0.1, now " in capsys.readouterr().err
    RunRecord.by_key(features, {"training.feature:13": results["training.feature:13"]}, **run).dump(tmp_path / "run.json")
    assert main(args) == 1
    assert "1 scenario(s) not in the run, or changed since it: training.feature:14" in capsys.readouterr().err
    assert main(["docs", "fresh", "--features", str(folder), "--results", str(tmp_path / "none.json")]) == 1
    assert "no results of a run at " in capsys.readouterr().err


def test_without_a_record_nothing_counts_as_tested(rulebook: Rulebook) -> None:
    trace = build_trace(rulebook, read_features(FEATURES), None)
    problems = trace.problems()
    assert problems[0] == "no run of the scenarios is recorded: run the tests first"
    assert trace.provision("art_10__point_5").status is TraceStatus.NOT_RUN
    assert trace.summary()["scenarios_not_run"] == trace.summary()["scenarios"] > 100


def test_an_operative_provision_no_rule_cites_is_refused(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), rules)
    art_8 = rules / "art_8.yaml"
    art_8.write_text(art_8.read_text(encoding="utf-8").split("\nrules:")[0] + "\nrules: []\n", encoding="utf-8")
    rulebook = Rulebook.load(rules)
    features = read_features(FEATURES)
    trace = build_trace(rulebook, features, _all_passed(features))
    assert trace.provision("art_8__point_3").status is TraceStatus.NO_RULE
    assert "art_8__point_3 (Article 8, item 3): operative, but no rule cites it" in trace.problems()


def test_a_record_of_a_run_survives_a_round_trip_and_a_damaged_one_is_named(tmp_path: Path) -> None:
    record = RunRecord(
        results={"sha256:" + "a" * 64: ScenarioResult(key="a.feature:3", outcome="passed", rules=("art_9.written_request",))},
        commit="0" * 40,
        version="1.2.3",
        rulebook_digest="sha256:" + "b" * 64,
        time=dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC),
    )
    record.dump(tmp_path / "run.json")
    assert '"time": "2026-03-02T10:30:00Z"' in (tmp_path / "run.json").read_text(encoding="utf-8")
    assert RunRecord.load(tmp_path / "run.json") == record
    (tmp_path / "bad.json").write_text('{"results": {"a.feature:3": {"outcome": 1}}}', encoding="utf-8")
    with pytest.raises(FeatureFileError, match=r"bad\.json: is not a record of a run"):
        RunRecord.load(tmp_path / "bad.json")
    with pytest.raises(FeatureFileError, match="no record of a run"):
        RunRecord.load(tmp_path / "missing.json")


# --- The command --------------------------------------------------------------------------------------


def test_trace_check_passes_on_a_complete_run_and_prints_every_provision(
    tmp_path: Path, rulebook: Rulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    features = read_features(FEATURES)
    fired = {s.key: tuple(r.id for r in rulebook.rules) for f in features for s in f.scenarios[:1]}
    _all_passed(features, fired).dump(tmp_path / "run.json")
    assert main(["trace", "--check", "--features", str(FEATURES), "--results", str(tmp_path / "run.json")]) == 0
    out = capsys.readouterr().out
    for p in rulebook.treaty:
        assert p.eid in out
    assert "gate: passed" in out


def test_trace_check_fails_with_the_problems_and_json_is_the_matrix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    features = _one_feature_dir(tmp_path)
    args = ["trace", "--features", str(features), "--results", str(tmp_path / "none.json")]
    assert main([*args, "--check"]) == 1
    err = capsys.readouterr().err
    assert "no run of the scenarios is recorded" in err and "art_10__point_5" in err
    assert main([*args, "--json"]) == 0  # without --check the matrix is printed and the status is 0
    data = json.loads(capsys.readouterr().out)
    assert [p["eid"] for p in data["provisions"]][:3] == ["resolution__title", "resolution__note_1", "resolution__intro"]
    assert data["run_recorded"] is False


def test_trace_names_a_damaged_record_and_a_missing_features_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "run.json").write_text("not json", encoding="utf-8")
    assert main(["trace", "--features", str(FEATURES), "--results", str(tmp_path / "run.json")]) == 2
    assert "run.json: is not a record of a run" in capsys.readouterr().err
    assert main(["trace", "--features", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder of feature files" in capsys.readouterr().err


def test_the_test_run_records_every_scenario_with_its_result_and_the_rules_that_fired(tmp_path: Path) -> None:
    """The Gherkin run writes the record the trace and the site read (here into a temporary file)."""
    record_path = tmp_path / "spec-results.json"
    env = {**os.environ, "COOPERATION_RULES_RUN_RECORD": str(record_path)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/bdd/test_features.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    record = RunRecord.load(record_path)
    features = read_features(FEATURES)
    keys = {s.key for f in features for s in f.scenarios}
    assert {r.key for r in record.results.values()} == keys
    assert all(r.outcome == "passed" for r in record.results.values())
    eighteen_three = next(
        s for f in features for s in f.scenarios if "art_18__para_3" in s.tags and s.name.startswith("Until entry into force")
    )
    assert "art_18.not_yet_in_force" in record.results[eighteen_three.digest].rules
    # The run says what it was: the rules it judged, the version, the commit of this checkout and when it ended.
    assert record.rulebook_digest == Rulebook.load().digest
    assert record.version == cooperation_rules.__version__
    assert record.commit == head_commit(ROOT)
    assert record.time is not None and record.time.tzinfo is not None
    trace = json.loads((tmp_path / "trace.json").read_text(encoding="utf-8"))
    assert trace["run_recorded"] is True
    assert not build_trace(Rulebook.load(), features, record).problems()


def test_trace_check_refuses_a_scenario_whose_tags_disagree_with_its_citations(
    tmp_path: Path, rulebook: Rulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "features"
    shutil.copytree(FEATURES, folder)
    text = (folder / "requests.feature").read_text(encoding="utf-8")
    # The first scenario cites Article 9(2) among others; without its tag the gate must refuse it.
    (folder / "requests.feature").write_text(text.replace("@art_9__para_1 @art_9__para_2", "@art_9__para_1", 1), encoding="utf-8")
    features = read_features(folder)
    fired = {s.key: tuple(r.id for r in rulebook.rules) for f in features for s in f.scenarios[:1]}
    _all_passed(features, fired).dump(tmp_path / "run.json")
    assert main(["trace", "--check", "--features", str(folder), "--results", str(tmp_path / "run.json")]) == 1
    err = capsys.readouterr().err
    assert "requests.feature:" in err and "cites art_9__para_2 without the tag(s)" in err


@pytest.mark.parametrize("failed", [0, 1, 2])
def test_trace_check_fails_on_one_problem_and_passes_on_none(
    tmp_path: Path, rulebook: Rulebook, capsys: pytest.CaptureFixture[str], failed: int
) -> None:
    """A complete run passes the gate; one failing scenario (whose provisions and rules other scenarios cover) is
    exactly one problem and fails it; two are two."""
    features = read_features(FEATURES)
    scenarios = [s for f in features for s in f.scenarios]
    fired = {scenarios[0].key: tuple(r.id for r in rulebook.rules)}
    record = _all_passed(features, fired)
    # The last scenarios, tagged with provisions that other passing scenarios are tagged with too.
    tags_elsewhere = {tag for s in scenarios[:-2] for tag in s.tags}
    chosen = [s for s in scenarios[-2:] if set(s.tags) <= tags_elsewhere][:failed]
    assert len(chosen) == failed
    results = dict(record.results)
    for s in chosen:
        results[s.digest] = ScenarioResult(outcome="failed", message="boom", key=s.key)
    RunRecord(results=results).dump(tmp_path / "run.json")
    trace = build_trace(rulebook, features, RunRecord(results=results))
    assert len(trace.problems()) == failed
    code = main(["trace", "--check", "--features", str(FEATURES), "--results", str(tmp_path / "run.json")])
    err = capsys.readouterr().err
    assert code == (1 if failed else 0)
    if failed == 0:
        assert err == ""
    else:
        word = "problem" if failed == 1 else "problems"
        assert f"cooperation-rules: the trace gate finds {failed} {word}\n" in err
        assert err.count("\n  - scenario ") == failed
