"""Mutation testing: the mutants made of a rule, the scenarios run outside pytest, and the judgement of each mutant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cooperation_rules import Agreement, Rulebook, RuleFileError
from cooperation_rules.rulefiles.reading import load_rule_files
from cooperation_rules.rulefiles.schema import FactCondition, RuleFile
from cooperation_rules.tools.mutants import MutationKind, apply_mutant, make_mutants
from cooperation_rules.tools.mutation import MutantStatus, MutationError, MutationSetup, format_report, run_mutation
from cooperation_rules.tools.scenarios import ScenarioSuite, StepDefinitionError
from cooperation_rules.tools.snapshot import read_corpus, take_snapshot, write_snapshot

ROOT = Path(__file__).resolve().parents[1]
#: The bundled step definitions (``cooperation_rules.tools.steps``).
STEPS = None
AGREEMENT = Agreement.bundled()


def _files() -> list[tuple[str, RuleFile]]:
    return [(f.name, f.content) for f in load_rule_files(ROOT / "rules")]


RULE = RuleFile.model_validate(
    {
        "rules": [
            {
                "id": "art_10.example",
                "applies_to": ["retention_review"],
                "cites": ["art_10__point_5", "art_10__point_6"],
                "applies_while": "in_force_or_suspended",
                "when": [
                    {"fact": "still_necessary", "equals": True},
                    {"fact": "days_until_destruction_term", "gt": 0},
                ],
                "verdict": "prohibited",
                "duties": [{"kind": "must_destroy", "bearer": "counterpart", "due": {"from": "destruction_term"}}],
                "explain": "An example rule with every part a mutant can change.",
            },
            {
                "id": "art_10.single",
                "applies_to": ["use"],
                "cites": ["art_10__point_1"],
                "explain": "A rule with one citation and nothing else.",
            },
        ]
    }
)


def test_mutants_of_a_rule_are_the_careless_edits() -> None:
    mutants = [m for m in make_mutants([("art_10.yaml", RULE)]) if m.rule_id == "art_10.example"]
    kinds = [m.kind for m in mutants]
    # 2 conditions: dropped and negated each; the day count moved both ways; 3 other verdicts; the duty's
    # kind swapped once and its bearer changed twice; its due date moved both ways; each of 2 citations dropped.
    assert kinds.count(MutationKind.DROP_CONDITION) == 2
    assert kinds.count(MutationKind.NEGATE_CONDITION) == 2
    assert kinds.count(MutationKind.SHIFT_BOUNDARY) == 4
    assert kinds.count(MutationKind.SWAP_VERDICT) == 3
    assert kinds.count(MutationKind.SWAP_DUTY_KIND) == 1
    assert kinds.count(MutationKind.CHANGE_BEARER) == 2
    assert kinds.count(MutationKind.DROP_CITATION) == 2
    assert kinds.count(MutationKind.DROP_DUTY) == 1
    assert kinds.count(MutationKind.TOGGLE_IMMEDIATELY) == 1
    assert kinds.count(MutationKind.DROP_EVENT_TYPE) == 0  # the rule names one event type; none is left to drop
    assert kinds.count(MutationKind.CHANGE_PHASE) == 2  # in_force_or_suspended -> in_force, -> always
    assert len({m.id for m in mutants}) == len(mutants)
    by_id = {m.id: m.rule for m in mutants}
    negated = by_id["art_10.example/negate_condition/when2"]
    assert negated is not None and negated.when[1].operator == "lte" and negated.when[1].operand == 0
    assert by_id["art_10.example/negate_condition/when1"].when[0].operator == "not_equals"  # type: ignore[union-attr]
    assert by_id["art_10.example/shift_boundary/when2+1"].when[1].operand == 1  # type: ignore[union-attr]
    assert by_id["art_10.example/shift_boundary/duty1-due-1"].duties[0].due.add_days == -1  # type: ignore[union-attr]
    assert [c.fact for c in by_id["art_10.example/drop_condition/when1"].when] == ["days_until_destruction_term"]  # type: ignore[union-attr]
    assert {by_id[f"art_10.example/swap_verdict/{v}"].verdict for v in ("permitted", "needs_consent", "not_applicable")} == {  # type: ignore[union-attr]
        "permitted",
        "needs_consent",
        "not_applicable",
    }
    assert by_id["art_10.example/change_bearer/duty1-both"].duties[0].bearer == "both"  # type: ignore[union-attr]
    assert by_id["art_10.example/swap_duty_kind/duty1"].duties[0].kind != "must_destroy"  # type: ignore[union-attr]
    assert by_id["art_10.example/drop_citation/art_10__point_5"].cites == ("art_10__point_6",)  # type: ignore[union-attr]
    assert by_id["art_10.example/drop_duty/duty1"].duties == ()  # type: ignore[union-attr]
    assert by_id["art_10.example/toggle_immediately/duty1"].duties[0].immediately is True  # type: ignore[union-attr]
    for m in mutants:  # each mutant changes its rule and nothing but its rule
        assert m.rule is not None and m.rule != RULE.rules[0]
        assert m.rule.id == "art_10.example" and m.rule.explain == RULE.rules[0].explain


def test_an_event_type_is_dropped_only_from_a_rule_that_names_several() -> None:
    two = RULE.model_copy(
        update={"rules": (RULE.rules[1].model_copy(update={"id": "art_10.two", "applies_to": ("use", "onward_transfer")}),)}
    )
    dropped = [m for m in make_mutants([("art_10.yaml", two)]) if m.kind is MutationKind.DROP_EVENT_TYPE]
    assert [(m.id, m.rule.applies_to if m.rule else None) for m in dropped] == [
        ("art_10.two/drop_event_type/use", ("onward_transfer",)),
        ("art_10.two/drop_event_type/onward_transfer", ("use",)),
    ]


def test_a_value_is_dropped_from_a_list_of_two_or_more() -> None:
    listed = RULE.model_copy(
        update={
            "rules": (
                RULE.rules[1].model_copy(
                    update={
                        "id": "art_10.listed",
                        "when": (
                            FactCondition.model_validate({"fact": "purpose", "in": ["other", "related_procedures"]}),
                            FactCondition.model_validate({"fact": "purpose", "not_in": ["other"]}),
                        ),
                    }
                ),
            )
        }
    )
    dropped = [m for m in make_mutants([("art_10.yaml", listed)]) if m.kind is MutationKind.DROP_VALUE]
    assert [(m.id, m.rule.when[0].operand if m.rule else None) for m in dropped] == [
        ("art_10.listed/drop_value/when1-other", ("related_procedures",)),
        ("art_10.listed/drop_value/when1-related_procedures", ("other",)),
    ]  # a list of one value keeps it: deleting it would leave no list


def test_a_change_the_schema_refuses_is_a_refused_mutant() -> None:
    mutants = [m for m in make_mutants([("art_10.yaml", RULE)]) if m.rule_id == "art_10.single"]
    refused = [m for m in mutants if m.refused]
    assert [(m.kind, m.rule) for m in refused] == [(MutationKind.DROP_CITATION, None)]
    assert refused[0].refusal is not None and "cites" in refused[0].refusal
    # Its only other mutants move it in the Agreement's life: the file's in_force to the two other phases.
    assert sorted(m.id for m in mutants if not m.refused) == [
        "art_10.single/change_phase/always",
        "art_10.single/change_phase/in_force_or_suspended",
    ]


def test_apply_mutant_replaces_exactly_one_rule() -> None:
    files = _files()
    mutant = next(m for m in make_mutants(files) if m.id == "art_9.oral_request_not_urgent/swap_verdict/permitted")
    changed, agreement = apply_mutant(files, AGREEMENT, mutant)
    assert agreement is AGREEMENT
    differing = [
        (name, a.id)
        for (name, before), (_, after) in zip(files, changed, strict=True)
        for a, b in zip(before.rules, after.rules, strict=True)
        if a != b
    ]
    assert differing == [("art_9.yaml", "art_9.oral_request_not_urgent")]
    assert Rulebook(changed).rule("art_9.oral_request_not_urgent").verdict == "permitted"
    assert Rulebook(files).rule("art_9.oral_request_not_urgent").verdict == "prohibited"  # the originals are untouched


def test_every_mutant_of_the_bundled_rules_is_distinct_and_loads_or_is_refused() -> None:
    files = _files()
    mutants = make_mutants(files)
    rules = sum(len(rf.rules) for _, rf in files)
    assert len({m.id for m in mutants}) == len(mutants) > 5 * rules
    assert {m.rule_id for m in mutants} == {r.id for _, rf in files for r in rf.rules}
    with_agreement = make_mutants(files, AGREEMENT)
    of_agreement = [m for m in with_agreement if m.file == "agreement.yaml"]
    assert with_agreement[: len(mutants)] == mutants
    # Each period (15 days, 6 months, 30 days), the month of entry into force and the signature date, moved
    # both ways; each of the three lawful grounds deleted; the ground "other" added.
    assert len(of_agreement) == 2 * 5 + 3 + 1
    assert {m.id for m in of_agreement} >= {
        "agreement/shift_period/suspension_effect-1",
        "agreement/shift_period/termination_effect+1",
        "agreement/shift_period/designation-1",
        "agreement/shift_period/entry_into_force+1",
        "agreement/shift_period/signature-1",
        "agreement/drop_value/ground-public_health",
        "agreement/add_value/ground-other",
    }
    moved = next(m for m in of_agreement if m.id == "agreement/shift_period/suspension_effect+1")
    assert moved.agreement is not None and moved.agreement.periods.suspension_effect.days == 16
    assert moved.provisions == ("art_17",)
    # A sample of the mutants the schema accepts: each loads with its changed rule in place, or the
    # rulebook's own checks refuse it with a typed error naming the mutated rule (then the mutation run
    # counts it as refused); most of them load.
    loaded = checked = 0
    for m in mutants[:: max(1, len(mutants) // 60)]:
        if m.rule is None:
            continue
        checked += 1
        try:
            book = Rulebook(apply_mutant(files, AGREEMENT, m)[0], engine="python")
        except RuleFileError as exc:
            assert m.rule_id in str(exc)
            continue
        assert book.rule(m.rule_id) == m.rule
        loaded += 1
    assert checked > 30 and loaded > checked * 3 // 4


# --- The scenarios, run outside pytest -----------------------------------------------------------

ORAL = """\
Feature: Oral requests
  Background:
    Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018

  @art_9__para_1
  Scenario: An oral request in a case that is not urgent is not allowed
    Given Kazakhstan sends the Czech Republic an oral request about suspicious transactions on 2 March 2026
    And the case is not urgent
    When the act is assessed under the Agreement
    Then the request is prohibited
    And no duty arises
    And the decision cites "Article 9(1)"
"""


def _features(tmp_path: Path, text: str = ORAL) -> Path:
    folder = tmp_path / "features"
    folder.mkdir(exist_ok=True)
    (folder / "oral.feature").write_text(text, encoding="utf-8")
    return folder


def test_the_bundled_scenarios_all_pass_outside_pytest() -> None:
    rulebook = Rulebook.load()
    suite = ScenarioSuite.load(ROOT / "features", STEPS, rulebook)
    assert len(suite) == len(suite.scenarios) > 100
    assert suite.run(rulebook) == []


def test_a_wrong_rule_fails_the_scenarios_that_state_it(tmp_path: Path) -> None:
    files = _files()
    suite = ScenarioSuite.load(_features(tmp_path), STEPS, Rulebook(files))
    mutant = next(m for m in make_mutants(files) if m.id == "art_9.oral_request_not_urgent/swap_verdict/permitted")
    failures = suite.run(Rulebook(apply_mutant(files, AGREEMENT, mutant)[0]))
    assert [(f.key, f.step) for f in failures] == [("oral.feature:6", "the request is prohibited")]
    assert "expected prohibited, got permitted" in failures[0].message


def test_a_step_no_definition_matches_is_named(tmp_path: Path) -> None:
    features = _features(tmp_path, ORAL.replace("And the case is not urgent", "And the moon is full"))
    with pytest.raises(StepDefinitionError, match=r"oral.feature:6 .*no step definition match.* 'the moon is full'"):
        ScenarioSuite.load(features, STEPS, Rulebook.load())


def test_steps_without_scenario_fixtures_are_refused(tmp_path: Path) -> None:
    steps = tmp_path / "steps.py"
    steps.write_text("from pytest_bdd import given\n\n@given('nothing')\ndef nothing() -> None:\n    pass\n", encoding="utf-8")
    with pytest.raises(StepDefinitionError, match="scenario_fixtures"):
        ScenarioSuite.load(_features(tmp_path), steps, Rulebook.load())
    with pytest.raises(StepDefinitionError, match="no such file"):
        ScenarioSuite.load(_features(tmp_path), tmp_path / "absent.py", Rulebook.load())


# --- Judging mutants -----------------------------------------------------------------------------


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "requests.lifecycle.json").write_text(
        json.dumps({"notifications_received": ["2018-06-14", "2018-07-20"]}), encoding="utf-8"
    )
    base = {"type": "request", "date": "2026-03-02", "actor": "KZ", "subject": "suspicious_transactions"}
    events = [
        {**base, "id": "oral-not-urgent", "form": "oral", "urgent": False},
        {**base, "id": "written", "form": "written"},
        {**base, "id": "oral-urgent", "form": "oral", "urgent": True},
    ]
    (folder / "requests.jsonl").write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    return folder


def _only_oral_rule(m: object) -> bool:
    return getattr(m, "rule_id", None) == "art_9.oral_request_not_urgent"


@pytest.fixture
def setup(tmp_path: Path) -> MutationSetup:
    return MutationSetup(features=_features(tmp_path), steps=STEPS, rules=ROOT / "rules", corpus=_corpus(tmp_path))


def _statuses(report_results: object) -> dict[str, MutantStatus]:
    return {r.mutant.id.split("/", 1)[1]: r.status for r in report_results}  # type: ignore[attr-defined]


#: What each mutant of art_9.oral_request_not_urgent does against the one oral scenario and the three requests:
EXPECTED = {
    # the events all fall in force and none concerns legal assistance: the two conditions select nothing more
    "change_phase/in_force_or_suspended": MutantStatus.EQUIVALENT,
    "change_phase/always": MutantStatus.EQUIVALENT,
    "drop_condition/when1": MutantStatus.EQUIVALENT,
    # the scenario's request is oral and not urgent either way, but the written / urgent request becomes prohibited
    "drop_condition/when2": MutantStatus.SURVIVED,
    "drop_condition/when3": MutantStatus.SURVIVED,
    # turned round, the rule no longer decides the scenario's request: it has no verdict
    "negate_condition/when1": MutantStatus.KILLED,
    "negate_condition/when2": MutantStatus.KILLED,
    "negate_condition/when3": MutantStatus.KILLED,
    "swap_verdict/permitted": MutantStatus.KILLED,
    "swap_verdict/needs_consent": MutantStatus.KILLED,
    "swap_verdict/not_applicable": MutantStatus.KILLED,
    # the rule's only citation cannot be deleted: a rule must cite
    "drop_citation/art_9__para_1": MutantStatus.REFUSED,
}


def test_each_mutant_is_judged_killed_survived_equivalent_or_refused(setup: MutationSetup) -> None:
    report = run_mutation(setup, jobs=1, select=_only_oral_rule)
    assert _statuses(report.results) == EXPECTED
    by_id = {r.mutant.id.split("/", 1)[1]: r for r in report.results}
    killed = by_id["swap_verdict/permitted"]
    assert killed.detected_by is not None and killed.detected_by.startswith("oral.feature:6 ")
    assert "expected prohibited, got permitted" in killed.detail
    assert "requests/written" in by_id["drop_condition/when2"].detail
    assert "same 1 corpus records" in by_id["drop_condition/when1"].detail
    assert report.count(MutantStatus.KILLED) == 6 and report.judged == 8
    assert report.score == pytest.approx(6 / 8)
    assert [r.mutant.id for r in report.missed] == [
        "art_9.oral_request_not_urgent/drop_condition/when2",
        "art_9.oral_request_not_urgent/drop_condition/when3",
    ]
    text = format_report(report, Rulebook.load().treaty)
    assert "Article 9(1) [art_9__para_1]: 12 mutants: 6 killed, 2 survived, 3 equivalent, 1 refused" in text
    assert "SURVIVED: art_9.oral_request_not_urgent: when[2] {fact: form, equals: oral} deleted" in text
    data = json.loads(report.to_json(Rulebook.load().treaty))
    assert data["summary"]["killed"] == 6 and data["summary"]["mutants"] == 12
    assert data["provisions"] == [
        {
            "eid": "art_9__para_1",
            "label": "Article 9(1)",
            "mutants": 12,
            "killed": 6,
            "caught_by_snapshot": 0,
            "survived": 2,
            "equivalent": 3,
            "refused": 1,
        }
    ]


def test_two_processes_judge_as_one_does(setup: MutationSetup) -> None:
    one = run_mutation(setup, jobs=1, select=_only_oral_rule)
    two = run_mutation(setup, jobs=2, select=_only_oral_rule)
    assert two.jobs == 2
    assert [(r.mutant.id, r.status, r.detected_by, r.detail) for r in two.results] == [
        (r.mutant.id, r.status, r.detected_by, r.detail) for r in one.results
    ]


def test_with_the_snapshot_check_a_mutant_the_scenarios_miss_is_caught(setup: MutationSetup, tmp_path: Path) -> None:
    approved = tmp_path / "approved.jsonl"
    assert setup.corpus is not None
    write_snapshot(approved, take_snapshot(Rulebook.load(), read_corpus(setup.corpus)))
    with_snapshot = MutationSetup(setup.features, setup.steps, setup.rules, setup.corpus, approved=approved)
    report = run_mutation(with_snapshot, jobs=1, select=_only_oral_rule)
    statuses = _statuses(report.results)
    assert statuses["drop_condition/when2"] is MutantStatus.CAUGHT_BY_SNAPSHOT
    assert statuses["drop_condition/when3"] is MutantStatus.CAUGHT_BY_SNAPSHOT
    assert {
        k: v for k, v in statuses.items() if not k.startswith("drop_condition/when2") and not k.startswith("drop_condition/when3")
    } == {k: v for k, v in EXPECTED.items() if k not in ("drop_condition/when2", "drop_condition/when3")}
    assert len(report.missed) == 2  # caught by the snapshot, but still missed by the scenarios


def test_mutation_refuses_to_start_when_a_scenario_fails_already(setup: MutationSetup, tmp_path: Path) -> None:
    broken = _features(tmp_path, ORAL.replace("Then the request is prohibited", "Then the request is permitted"))
    with pytest.raises(MutationError, match="fail against the rules as they are"):
        run_mutation(MutationSetup(broken, setup.steps, setup.rules, setup.corpus), jobs=1, select=_only_oral_rule)


# --- The command ---------------------------------------------------------------------------------


def _mutate_args(setup: MutationSetup, *more: str) -> list[str]:
    return [
        "mutate",
        "--rule",
        "art_9.oral_request_not_urgent",
        "--features",
        str(setup.features),
        *(("--steps", str(setup.steps)) if setup.steps is not None else ()),
        "--corpus",
        str(setup.corpus),
        *more,
    ]


def test_mutate_check_fails_naming_each_missed_mutant(
    setup: MutationSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cooperation_rules.cli import main

    out = tmp_path / "report.json"
    assert main(_mutate_args(setup, "--check", "--jobs", "1", "--json-out", str(out))) == 1
    captured = capsys.readouterr()
    assert "2 changes of rules alter decisions but no scenario fails" in captured.err
    assert "art_9.oral_request_not_urgent: when[2] {fact: form, equals: oral} deleted" in captured.err
    assert "mutation score (killed by the scenarios / mutants that could change a decision): 6/8" in captured.out
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["survived"] == 2
    assert main(_mutate_args(setup, "--jobs", "1")) == 0  # without --check the report is only a report
    capsys.readouterr()
    assert main(_mutate_args(setup, "--json", "--jobs", "1")) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["killed"] == 6


def test_mutate_usage_errors_exit_2(setup: MutationSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cooperation_rules.cli import main

    assert main(_mutate_args(setup, "--jobs", "0")) == 2
    assert "--jobs" in capsys.readouterr().err
    assert main([*_mutate_args(setup), "--steps", str(tmp_path / "absent.py")]) == 2
    assert "absent.py: no such file of step definitions" in capsys.readouterr().err
    assert main([*_mutate_args(setup), "--corpus", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_the_scenarios_fail_outside_pytest_exactly_where_they_fail_under_pytest(tmp_path: Path) -> None:
    """The runner is faithful: on changed rules, the scenarios it fails are the ones pytest-bdd fails."""
    import os
    import shutil
    import subprocess
    import sys

    from cooperation_rules.tools.spec import RunRecord

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    written = (
        "      - {fact: form, equals: written}\n      - {fact: from_designated_authority, equals: true}\n"
        "    verdict: permitted\n    duties:\n"
        "      - {kind: must_respond, bearer: %s, urgently: true}\n"
    )
    suspended = "      - {fact: agreement_status, equals: suspended}\n    verdict: %s\n"
    for name, before, after in (
        # Art. 9(2): the requesting Party, not the requested one, would have to respond to a written request.
        ("art_9.yaml", written % "counterpart", written % "actor"),
        # Art. 17: acts during a suspension of the whole Agreement would be prohibited, not outside it.
        ("art_17.yaml", suspended % "not_applicable", suspended % "prohibited"),
    ):
        text = (rules / name).read_text(encoding="utf-8")
        assert text.count(before) == 1, f"{name} changed: update this test's edit"
        (rules / name).write_text(text.replace(before, after), encoding="utf-8")
    record = tmp_path / "record.json"
    env = {**os.environ, "COOPERATION_RULES_RULES": str(rules), "COOPERATION_RULES_RUN_RECORD": str(record)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/bdd/test_features.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1, run.stdout[-2000:]
    under_pytest = {result.key for result in RunRecord.load(record).results.values() if result.outcome == "failed"}
    changed_rules = Rulebook.load(rules)
    suite = ScenarioSuite.load(ROOT / "features", STEPS, changed_rules)
    outside = {f.key for f in suite.run(changed_rules)}
    assert len(under_pytest) > 10
    assert outside == under_pytest


def test_a_mutant_the_corpus_never_reaches_is_not_called_equivalent(setup: MutationSetup) -> None:
    # The one oral scenario and the three requests of the corpus never meet an onward transfer: changing its
    # verdict changes no decision there, but nothing shows the change harmless either.
    report = run_mutation(setup, jobs=1, select=lambda m: m.id == "art_11.onward_transfer_without_consent/swap_verdict/permitted")
    [result] = report.results
    assert result.status is MutantStatus.SURVIVED
    assert "the corpus does not reach it" in result.detail


def test_a_mutant_that_adds_a_false_reason_is_not_equivalent(setup: MutationSetup, tmp_path: Path) -> None:
    """Art. 6(3): without its channel condition the Interpol rule fires on a direct notice too. Verdict, duties and
    citations stay the same (the direct rule cites the same paragraph), but the explanation now says the notice went
    through Interpol's database: a finding changes, so the mutant is not equivalent, and the snapshot catches it."""
    corpus = tmp_path / "notices"
    corpus.mkdir()
    notice = {
        "type": "travel_document_notice",
        "id": "direct",
        "date": "2025-03-03",
        "actor": "CZ",
        "document_number": "45123987",
        "document_type": "passport",
        "document_status": "stolen",
        "channel": "direct",
    }
    (corpus / "notices.jsonl").write_text(json.dumps(notice) + "\n", encoding="utf-8")
    approved = tmp_path / "approved.jsonl"
    write_snapshot(approved, take_snapshot(Rulebook.load(), read_corpus(corpus)))
    reached = MutationSetup(setup.features, setup.steps, setup.rules, corpus)

    def channel_dropped(m: object) -> bool:
        return getattr(m, "id", None) == "art_6.notice_through_interpol/drop_condition/when2"

    [result] = run_mutation(reached, jobs=1, select=channel_dropped).results
    assert result.mutant.description == "when[2] {fact: channel, equals: interpol} deleted"
    assert result.status is MutantStatus.SURVIVED
    assert "changes the decisions on 1 of 1 corpus records (findings)" in result.detail
    assert "fired [art_11.protect_information_given, art_6.notice_complete, art_6.notice_direct] ->" in result.detail
    assert result.detail.endswith(
        "fired [art_11.protect_information_given, art_6.notice_complete, art_6.notice_direct, art_6.notice_through_interpol]"
    )
    with_snapshot = MutationSetup(setup.features, setup.steps, setup.rules, corpus, approved=approved)
    [caught] = run_mutation(with_snapshot, jobs=1, select=channel_dropped).results
    assert caught.status is MutantStatus.CAUGHT_BY_SNAPSHOT and caught.detected_by == "snapshot"


WRITTEN = """
  @art_9__para_1
  Scenario: A written request in a case that is not urgent is allowed
    Given Kazakhstan sends the Czech Republic a written request about suspicious transactions on 2 March 2026
    And the case is not urgent
    When the act is assessed under the Agreement
    Then the request is permitted
"""

URGENT = """
  @art_9__para_1
  Scenario: An oral request in an urgent case is allowed
    Given Kazakhstan sends the Czech Republic an oral request about suspicious transactions on 2 March 2026
    And the case is urgent
    When the act is assessed under the Agreement
    Then the request is permitted
"""


@pytest.mark.parametrize(
    ("more", "status", "missed"),
    [
        # both conditions pinned: no mutant that changes a decision is missed
        (WRITTEN + URGENT, 0, 0),
        # the form pinned, the urgency not: exactly one missed mutant fails the gate
        (WRITTEN, 1, 1),
        # neither: two
        ("", 1, 2),
    ],
)
def test_mutate_check_fails_on_one_missed_mutant_and_passes_on_none(
    setup: MutationSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str], more: str, status: int, missed: int
) -> None:
    from cooperation_rules.cli import main

    (tmp_path / "gate").mkdir()
    features = _features(tmp_path / "gate", ORAL + more)
    gate = MutationSetup(features, setup.steps, setup.rules, setup.corpus)
    assert main(_mutate_args(gate, "--check", "--jobs", "1")) == status
    err = capsys.readouterr().err
    if missed == 0:
        assert err == ""
    elif missed == 1:
        assert "cooperation-rules: 1 change of a rule alters decisions but no scenario fails" in err
        assert err.count("\n  - art_9.oral_request_not_urgent: ") == 1
        assert "when[3] {fact: urgent, equals: false} deleted" in err
    else:
        assert f"cooperation-rules: {missed} changes of rules alter decisions but no scenario fails" in err
        assert err.count("\n  - art_9.oral_request_not_urgent: ") == missed
