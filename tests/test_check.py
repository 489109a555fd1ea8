"""``cooperation-rules check``: the symbolic model agrees with the engines, and each planted fault is found with its witness."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cooperation_rules import Rulebook, RulebookGap, RuleFileError
from cooperation_rules.cli import main
from cooperation_rules.law.lifecycle import Lifecycle
from cooperation_rules.model.events import parse_event
from cooperation_rules.model.vocabulary import Subject, SuspensionGround
from cooperation_rules.rulebook import facts as facts_module
from cooperation_rules.rulebook.facts import IMPLIED_SUBJECT, FactSpec, Timeline, derive
from cooperation_rules.rulefiles.reading import bundled_rules_dir
from cooperation_rules.tools.analysis import CheckReport, Oracle, UnknownFact, check_rules
from cooperation_rules.tools.snapshot import read_corpus
from strategies import fixed_examples, iso, valid_events

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundled() -> Rulebook:
    return Rulebook.load()


@pytest.fixture(scope="module")
def oracle(bundled: Rulebook) -> Oracle:
    return Oracle(bundled)


def _copy_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), folder)
    return folder


def _edit(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _kinds(report: CheckReport) -> set[str]:
    return {f.kind for f in report.errors}


def _assert_gap_refused(rulebook: Rulebook, report: CheckReport, event_type: str) -> dict[str, Any]:
    """The report has a gap on ``event_type`` whose witness ``evaluate`` refuses with ``RulebookGap``; its event."""
    gaps = [f for f in report.of_kind("gap") if f.types == (event_type,)]
    assert gaps, [f.message for f in report.findings]
    witness = gaps[0].witness
    assert witness is not None
    event, lifecycle = witness.typed()
    with pytest.raises(RulebookGap):
        rulebook.evaluate(event, lifecycle=lifecycle)
    assert gaps[0].detail["evaluate_refuses"] is True
    return witness.event


# ----------------------------------------------------------------------------- the bundled rules


def test_bundled_rules_have_no_gap_no_dead_rule_and_a_faithful_model(bundled: Rulebook) -> None:
    report = check_rules(bundled)
    assert report.errors == [], [f.message for f in report.errors]
    assert report.solver_checks > 100
    # Rules with different verdicts firing together are reported with the verdict that wins.
    for conflict in report.of_kind("conflict"):
        winner, loser = (bundled.rule(r) for r in conflict.rules)
        assert winner.verdict is not None and loser.verdict is not None
        assert winner.verdict.precedence > loser.verdict.precedence
        assert conflict.witness is not None
        event, lifecycle = conflict.witness.typed()
        assert bundled.evaluate(event, lifecycle=lifecycle).verdict.precedence >= winner.verdict.precedence


def test_a_condition_derive_already_implies_is_reported(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    # A request in English is never one whose other language was agreed (Art. 9(6)): derive() sets it false.
    _edit(
        folder,
        "art_9.yaml",
        "      - {fact: form, equals: written}\n",
        "      - {fact: form, equals: written}\n      - {fact: language_is_english, equals: true}\n"
        "      - {fact: language_agreed, equals: false}\n",
    )
    report = check_rules(Rulebook.load(folder))
    implied = [f for f in report.of_kind("implied_condition") if f.rules == ("art_9.written_request",)]
    assert [f.message.split(" always")[0] for f in implied] == [
        "art_9.written_request: when.3 {fact: language_agreed, equals: false}"
    ]


# ----------------------------------------------------------------------------- planted faults


def test_a_removed_rule_is_a_gap_with_a_witness_evaluate_refuses(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    text = (folder / "art_12.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: art_12.costs_not_agreed")
    (folder / "art_12.yaml").write_text(text[:start], encoding="utf-8")
    rulebook = Rulebook.load(folder)
    report = check_rules(rulebook)
    assert _kinds(report) == {"gap"}
    event = _assert_gap_refused(rulebook, report, "cost_claim")
    assert event["agreed_in_advance"] is False


def test_a_day_boundary_moved_by_one_is_a_gap_on_that_day(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    # art_10.term_reached: the retention review on the day of the term (its condition is followed by its verdict).
    _edit(
        folder,
        "art_10.yaml",
        "{fact: days_until_destruction_term, lte: 0}\n    verdict: prohibited",
        "{fact: days_until_destruction_term, lt: 0}\n    verdict: prohibited",
    )
    rulebook = Rulebook.load(folder)
    report = check_rules(rulebook)
    assert _kinds(report) == {"gap"}
    event = _assert_gap_refused(rulebook, report, "retention_review")
    assert event["destruction_term"] == event["date"]  # the term falls on the day of the review


def test_a_status_left_out_is_a_gap_in_that_status(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    _edit(
        folder, "art_18.yaml", "{fact: agreement_status, in: [in_force, suspended]}", "{fact: agreement_status, equals: in_force}"
    )
    rulebook = Rulebook.load(folder)
    report = check_rules(rulebook)
    assert _kinds(report) == {"gap"}
    event = _assert_gap_refused(rulebook, report, "termination_notice")
    witness = report.of_kind("gap")[0].witness
    assert witness is not None
    _, lifecycle = witness.typed()
    assert lifecycle.status_on(dt.date.fromisoformat(event["date"])).value == "suspended"


def test_a_rule_derive_never_lets_fire_is_dead(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    # A partial suspension counts only while the Agreement is in force: never with the whole suspended.
    rule = """
  - id: art_17.subject_suspended_while_suspended
    applies_to: [request]
    applies_while: always
    cites: [art_17]
    when:
      - {fact: agreement_status, equals: suspended}
      - {fact: subject_suspended, equals: true}
    verdict: not_applicable
    explain: >-
      A subject suspended while the whole Agreement is suspended.
"""
    (folder / "art_17.yaml").write_text((folder / "art_17.yaml").read_text(encoding="utf-8") + rule, encoding="utf-8")
    report = check_rules(Rulebook.load(folder))
    assert _kinds(report) == {"dead_rule"}
    (dead,) = report.of_kind("dead_rule")
    assert dead.rules == ("art_17.subject_suspended_while_suspended",)
    assert dead.detail["conditions"] == [
        "{fact: agreement_status, equals: suspended}",
        "{fact: subject_suspended, equals: true}",
    ]


def test_a_listed_value_that_never_matters_is_reported(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    # The rule applies while the Agreement applies, so never while it is suspended as a whole.
    _edit(
        folder,
        "art_13.yaml",
        "    cites: [art_13__para_3]\n",
        "    cites: [art_13__para_3]\n    when:\n      - {fact: agreement_status, in: [in_force, suspended]}\n",
    )
    report = check_rules(Rulebook.load(folder))
    assert report.errors == []
    values = [(f.rules, f.message) for f in report.of_kind("dead_value")]
    assert values == [
        (
            ("art_13.contact_details_change",),
            "art_13.contact_details_change: {fact: agreement_status, in: [in_force, suspended]}: "
            "the value suspended never lets the rule fire",
        )
    ]


def test_an_allowance_makes_a_conflict_a_reading(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    _edit(
        folder,
        "art_12.yaml",
        "  - id: art_12.costs_not_agreed\n",
        "  - id: art_12.costs_not_agreed\n    allows:\n"
        "      - {rule: art_12.costs_agreed_in_advance, reason: the reading under test}\n",
    )
    _edit(folder, "art_12.yaml", "{fact: agreed_in_advance, equals: true}", "{fact: agreed_in_advance, exists: true}")
    report = check_rules(Rulebook.load(folder))
    (conflict,) = [f for f in report.of_kind("conflict") if f.types == ("cost_claim",)]
    assert conflict.rules == ("art_12.costs_not_agreed", "art_12.costs_agreed_in_advance")
    assert conflict.allowed == "art_12.costs_not_agreed: the reading under test"
    assert conflict not in report.warnings and conflict in report.readings


def test_an_allowance_naming_no_rule_is_a_load_fault(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    _edit(
        folder,
        "art_12.yaml",
        "  - id: art_12.costs_not_agreed\n",
        "  - id: art_12.costs_not_agreed\n    allows:\n      - {rule: art_12.no_such_rule, reason: a reading of nothing}\n",
    )
    with pytest.raises(RuleFileError) as caught:
        Rulebook.load(folder)
    (fault,) = caught.value.faults
    assert (fault.file, fault.rule, fault.field) == ("art_12.yaml", "art_12.costs_not_agreed", "allows.0.rule")
    assert "unknown rule 'art_12.no_such_rule'" in fault.message


def test_a_fact_without_a_symbolic_form_stops_the_check(
    bundled: Rulebook, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = FactSpec("documents_attached", "bool", frozenset({"request"}), "A fact the model does not know.")
    monkeypatch.setitem(facts_module.FACT_SPECS, "documents_attached", spec)
    with pytest.raises(UnknownFact) as caught:
        check_rules(bundled)
    assert caught.value.name == "documents_attached"
    assert main(["check"]) == 2
    assert "the fact 'documents_attached' has no symbolic form" in capsys.readouterr().err


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cooperation_rules", *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_the_command_exits_1_on_a_planted_fault_and_0_on_the_bundled_rules(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    # art_10.term_reached: the retention review on the day of the term (its condition is followed by its verdict).
    _edit(
        folder,
        "art_10.yaml",
        "{fact: days_until_destruction_term, lte: 0}\n    verdict: prohibited",
        "{fact: days_until_destruction_term, lt: 0}\n    verdict: prohibited",
    )
    faulty = _cli("check", "--rules", str(folder))
    assert faulty.returncode == 1, faulty.stderr
    assert "events without a verdict: 1" in faulty.stdout
    assert "evaluate: refuses it with RulebookGap" in faulty.stdout
    good = _cli("check", "--json")
    assert good.returncode == 0, good.stderr
    assert '"errors": 0' in good.stdout


# ----------------------------------------------------------------------------- the model agrees with the engines


def test_the_model_fires_what_the_engine_fires_on_the_corpus(bundled: Rulebook, oracle: Oracle) -> None:
    engine = bundled.engine("python")
    seen: set[tuple[str, frozenset[tuple[str, Any]]]] = set()
    events = 0
    for corpus_set in read_corpus(ROOT / "tests" / "corpus"):
        timeline = Timeline(corpus_set.lifecycle, bundled.agreement)
        for line in corpus_set.events:
            events += 1
            facts, _ = derive(line.event, corpus_set.lifecycle, timeline)
            key = (line.event.type, frozenset(facts.items()))
            if key in seen:
                continue
            seen.add(key)
            assert oracle.fired(line.event.type, facts) == engine.fired(line.event.type, facts), facts
    assert events > 8000 and len(seen) > 500


@st.composite
def _lifecycle_around(draw: st.DrawFn, day: dt.date, subject: str | None) -> dict[str, Any]:
    """A lifecycle whose entry into force, suspensions and termination take effect around ``day``.

    Notifications up to two and a half years before it, suspension notices (effect: fifteen days later)
    and termination notices (effect: six months later) in the year before it, so that every status and
    a partial suspension of the event's ``subject`` are reached.
    """

    def before(days: int) -> str:
        return iso(day - dt.timedelta(days=draw(st.integers(-20, days))))

    count = draw(st.sampled_from([2, 2, 2, 1, 0]))
    out: dict[str, Any] = {"notifications_received": [before(900) for _ in range(count)]}
    suspensions = []
    for _ in range(draw(st.integers(0, 2))):
        suspension: dict[str, Any] = {
            "notice_received": before(400),
            "ground": draw(st.sampled_from([*(g.value for g in SuspensionGround), "security", "public_order"])),
        }
        if draw(st.booleans()):
            scope = draw(st.lists(st.sampled_from([s.value for s in Subject]), min_size=1, max_size=3))
            suspension["scope"] = [subject, *scope] if subject is not None and draw(st.booleans()) else scope
        suspensions.append(suspension)
    out["suspensions"] = suspensions
    if draw(st.integers(0, 3)) == 0:
        out["termination_notice_received"] = before(400)
    return out


@st.composite
def _events_with_lifecycles(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any] | None]:
    event = draw(valid_events())
    if draw(st.integers(0, 4)) == 0:
        return event, None
    subject = event.get("subject") or IMPLIED_SUBJECT.get(event["type"])
    return event, draw(_lifecycle_around(dt.date.fromisoformat(event["date"]), subject))


@fixed_examples(2000)
@given(case=_events_with_lifecycles())
def test_the_model_fires_what_the_engine_fires_on_generated_events(
    case: tuple[dict[str, Any], dict[str, Any] | None], bundled: Rulebook, oracle: Oracle
) -> None:
    wire, wire_lifecycle = case
    event = parse_event(wire)
    try:
        lifecycle = Lifecycle.parse(wire_lifecycle) if wire_lifecycle is not None else None
    except Exception:  # a lifecycle whose lifting precedes its notice is not one: the presumption stands instead
        lifecycle = None
    facts, _ = derive(event, lifecycle, Timeline(lifecycle, bundled.agreement))
    assert oracle.fired(event.type, facts) == bundled.engine("python").fired(event.type, facts), facts


def test_a_model_that_falls_behind_derive_fails_the_agreement(bundled: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    from cooperation_rules.tools.analysis import model

    wire = {"type": "use", "id": "u-1", "date": "2020-06-01", "actor": "KZ", "purpose": "related_procedures"}
    lifecycle = Lifecycle.parse(
        {
            "notifications_received": ["2018-01-10", "2018-01-20"],
            "suspensions": [{"notice_received": "2020-01-10", "ground": "security"}],
        }
    )
    facts, _ = derive(parse_event(wire), lifecycle, Timeline(lifecycle, bundled.agreement))
    assert facts["agreement_status"] == "suspended"
    assert Oracle(bundled).fired("use", facts) == bundled.engine("python").fired("use", facts)
    # A model that forgot that Articles 10 and 11 bind data during a suspension rules this event out.
    monkeypatch.setitem(
        model.DERIVED,
        "data_protection_applies",
        lambda m: [m.value("data_protection_applies") == m.equals("agreement_status", "in_force")],
    )
    assert Oracle(bundled).fired("use", facts) is None


def test_without_the_solver_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "z3", None)  # an import of z3 now fails as when the extra is not installed
    assert main(["check"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "pip install 'cooperation-rules[check]'" in err[0]


@pytest.mark.parametrize("faults", [1, 2])
def test_the_command_exits_1_on_one_error_and_on_several(tmp_path: Path, faults: int) -> None:
    """The gate's threshold: one error finding fails it, as two do; the bundled rules (none) pass it."""
    folder = _copy_rules(tmp_path)
    # art_10.term_reached: the review on the day of the term falls through (no rule gives it a verdict).
    _edit(
        folder,
        "art_10.yaml",
        "{fact: days_until_destruction_term, lte: 0}\n    verdict: prohibited",
        "{fact: days_until_destruction_term, lt: 0}\n    verdict: prohibited",
    )
    if faults == 2:
        # Art. 12: a cost claim agreed in advance gets no verdict either.
        _edit(
            folder,
            "art_12.yaml",
            "{fact: agreed_in_advance, equals: true}\n    verdict: permitted",
            "{fact: agreed_in_advance, equals: true}",
        )
    result = _cli("check", "--json", "--rules", str(folder))
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == faults, [f for f in report["findings"] if f.get("severity") == "error"]
