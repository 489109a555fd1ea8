"""The public API: evaluation by either engine, quoted citations, assumptions, and the calendar behind duties."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pydantic import ValidationError

import cooperation_rules as cr
from conftest import EXAMPLE_LINES, EXAMPLES
from cooperation_rules import DutyKind, Engine, Evaluation, Lifecycle, Party, Rulebook, Verdict
from cooperation_rules.rulebook.outcomes import PRESUMPTION

D = dt.date
EVENT_LINES = list(EXAMPLE_LINES)
EXAMPLE_LIFECYCLE = Lifecycle.from_file(EXAMPLES / "lifecycle.json")
IN_FORCE = Lifecycle(notifications_received=(D(2018, 5, 2), D(2018, 7, 20)))
TERMINATED = Lifecycle(notifications_received=(D(2018, 5, 2), D(2018, 7, 20)), termination_notice_received=D(2026, 8, 31))

#: Extra events that reach other corners of the rules: suspension on a bad ground, terminated data, a late review.
EXTRA_EVENTS: list[dict[str, Any]] = [
    {"type": "suspension_notice", "id": "x1", "date": "2026-03-01", "actor": "KZ", "ground": "other"},
    {"type": "use", "id": "x2", "date": "2027-03-01", "actor": "CZ", "purpose": "suppressing_criminal_activity"},
    {"type": "retention_review", "id": "x3", "date": "2027-03-01", "actor": "CZ", "still_necessary": False},
    {"type": "transfer", "id": "x4", "date": "2026-03-01", "actor": "KZ", "categories": ["health"], "purpose": "other"},
    {"type": "request", "id": "x5", "date": "2026-03-01", "actor": "KZ", "subject": "training", "form": "oral"},
    {"type": "cost_claim", "id": "x6", "date": "2026-03-01", "actor": "KZ", "agreed_in_advance": True},
]
ALL_EVENTS: list[str] = EVENT_LINES + [json.dumps(e) for e in EXTRA_EVENTS]
LIFECYCLES: dict[str, Lifecycle | None] = {
    "presumed": None,
    "example": EXAMPLE_LIFECYCLE,
    "in_force": IN_FORCE,
    "terminated": TERMINATED,
}


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load()


def test_top_level_api_is_importable() -> None:
    from cooperation_rules import Lifecycle, Rulebook, evaluate, event_schema, parse_event, provision

    for name in ("evaluate", "provision", "parse_event", "event_schema", "Rulebook", "Lifecycle"):
        assert name in cr.__all__
    assert callable(evaluate) and callable(provision) and callable(parse_event) and callable(event_schema)
    assert isinstance(Rulebook, type) and isinstance(Lifecycle, type)


def test_module_level_evaluate_and_provision() -> None:
    ev = cr.evaluate(
        {"type": "onward_transfer", "id": "e1", "date": "2026-03-02", "actor": "CZ", "recipient": "international_organization"},
        engine="python",
    )
    # Art. 11(2): submission to a third state or international organisation needs the sending Party's written consent.
    assert ev.verdict is Verdict.NEEDS_CONSENT
    assert "art_11__para_2" in [c.eid for c in ev.citations]
    assert cr.provision("art_9__para_4").label == "Article 9(4)"


@pytest.mark.parametrize("lifecycle_name", list(LIFECYCLES))
@pytest.mark.parametrize("line", ALL_EVENTS, ids=[json.loads(line)["id"] for line in ALL_EVENTS])
def test_python_and_durable_engines_agree(rulebook: Rulebook, line: str, lifecycle_name: str) -> None:
    lifecycle = LIFECYCLES[lifecycle_name]
    by_python = rulebook.evaluate(line, lifecycle=lifecycle, engine="python")
    by_durable = rulebook.evaluate(line, lifecycle=lifecycle, engine="durable")
    assert by_python.engine is Engine.PYTHON
    assert by_durable.engine is Engine.DURABLE
    assert by_python.decision() == by_durable.decision()


def test_evaluation_is_frozen(rulebook: Rulebook) -> None:
    ev = rulebook.evaluate(EVENT_LINES[0], engine="python")
    with pytest.raises(ValidationError):
        ev.verdict = Verdict.PROHIBITED  # type: ignore[misc]
    with pytest.raises(ValidationError):
        ev.duties[0].due = D(2030, 1, 1)  # type: ignore[misc]
    assert ev.verdict is Verdict.PERMITTED


@pytest.mark.parametrize("line", EVENT_LINES, ids=[json.loads(line)["id"] for line in EVENT_LINES])
def test_json_wire_form_round_trips(rulebook: Rulebook, line: str) -> None:
    ev = rulebook.evaluate(line, lifecycle=EXAMPLE_LIFECYCLE, engine="python")
    wire = json.loads(json.dumps(ev.model_dump(mode="json")))
    assert Evaluation.model_validate(wire) == ev
    assert Evaluation.model_validate_json(ev.model_dump_json()) == ev
    assert wire["event_id"] == json.loads(line)["id"]
    assert wire["engine"] == "python"


@pytest.mark.parametrize("lifecycle_name", ["presumed", "example"])
@pytest.mark.parametrize("line", ALL_EVENTS, ids=[json.loads(line)["id"] for line in ALL_EVENTS])
def test_citations_are_quoted_once_in_treaty_order(rulebook: Rulebook, line: str, lifecycle_name: str) -> None:
    ev = rulebook.evaluate(line, lifecycle=LIFECYCLES[lifecycle_name], engine="python")
    treaty_order = [p.eid for p in rulebook.treaty]
    eids = [c.eid for c in ev.citations]
    assert eids, "every evaluation cites the law"
    assert len(eids) == len(set(eids))
    assert [treaty_order.index(e) for e in eids] == sorted(treaty_order.index(e) for e in eids)
    # Exactly what the fired rules cite, each quoted verbatim with its label.
    assert set(eids) == {eid for f in ev.findings for eid in f.citations}
    for c in ev.citations:
        assert c.text == rulebook.provision(c.eid).text
        assert c.label == rulebook.provision(c.eid).label
    # The deciding rules are among the findings and give the verdict.
    verdict_of = {f.rule: f.verdict for f in ev.findings}
    assert ev.decided_by
    assert all(verdict_of[rule] is ev.verdict for rule in ev.decided_by)


def test_presumption_is_stated_only_without_a_lifecycle(rulebook: Rulebook) -> None:
    line = EVENT_LINES[0]
    presumed = rulebook.evaluate(line, engine="python")
    assert PRESUMPTION in presumed.assumptions
    # Art. 18(1): the day it entered into force as published, the one agreement.yaml holds.
    assert "1 September 2018" in PRESUMPTION and "2018, No. 5, art. 62" in PRESUMPTION
    assert rulebook.agreement.entered_into_force.date == D(2018, 9, 1)
    assert "2018, No. 5, art. 62" in rulebook.agreement.entered_into_force.source
    known = rulebook.evaluate(line, lifecycle=IN_FORCE, engine="python")
    assert PRESUMPTION not in known.assumptions


def test_status_from_the_lifecycle_decides_applicability(rulebook: Rulebook) -> None:
    request = {"type": "request", "id": "r", "date": "2018-08-31", "actor": "KZ", "subject": "training", "form": "written"}
    # Art. 18(1): not yet in force on 31 August 2018; in force from 1 September 2018.
    assert rulebook.evaluate(request, lifecycle=IN_FORCE, engine="python").verdict is Verdict.NOT_APPLICABLE
    assert rulebook.evaluate({**request, "date": "2018-09-01"}, lifecycle=IN_FORCE, engine="python").verdict is Verdict.PERMITTED
    # Without a lifecycle the Agreement is taken to have entered into force on 1 September 2018, as published.
    assert rulebook.evaluate(request, engine="python").verdict is Verdict.NOT_APPLICABLE
    assert rulebook.evaluate({**request, "date": "2018-09-01"}, engine="python").verdict is Verdict.PERMITTED
    assert rulebook.evaluate({**request, "date": "2018-03-15"}, engine="python").decided_by == ("art_18.not_yet_in_force",)
    # Before signature it never applies.
    assert rulebook.evaluate({**request, "date": "2017-11-22"}, engine="python").verdict is Verdict.NOT_APPLICABLE


def test_two_loaded_rulebooks_are_independent_and_agree() -> None:
    first, second = Rulebook.load(engine="python"), Rulebook.load(engine="python")
    assert first is not second
    assert first.treaty is not second.treaty
    assert first.rules == second.rules
    for line in EVENT_LINES:
        assert first.evaluate(line, lifecycle=EXAMPLE_LIFECYCLE) == second.evaluate(line, lifecycle=EXAMPLE_LIFECYCLE)


@pytest.mark.parametrize(
    ("receipt", "expected"),
    [
        (D(2026, 8, 31), D(2027, 2, 28)),
        (D(2027, 8, 31), D(2028, 2, 29)),
        (D(2026, 3, 15), D(2026, 9, 15)),
        (D(2025, 12, 31), D(2026, 6, 30)),
        (D(2024, 2, 29), D(2024, 8, 29)),
        (D(2026, 1, 1), D(2026, 7, 1)),
    ],
)
@pytest.mark.parametrize("engine", ["python", "durable"])
def test_termination_duty_falls_due_on_the_termination_date(
    rulebook: Rulebook, receipt: dt.date, expected: dt.date, engine: str
) -> None:
    # Art. 18(2): six months after receipt, a month end clamped; the dates written out by hand.
    notice = {"type": "termination_notice", "id": "t", "date": receipt.isoformat(), "actor": "CZ"}
    assert (
        Lifecycle(notifications_received=(D(2018, 6, 14), D(2018, 7, 20)), termination_notice_received=receipt).termination_date
        == expected
    )
    for lifecycle in (None, IN_FORCE):
        ev = rulebook.evaluate(notice, lifecycle=lifecycle, engine=engine)
        assert ev.verdict is Verdict.PERMITTED
        destroy = [d for d in ev.duties if d.kind is DutyKind.MUST_DESTROY]
        assert [d.due for d in destroy] == [expected]
        assert set(destroy[0].parties) == {Party.CZ, Party.KZ}


def test_termination_dates_at_month_ends() -> None:
    # Art. 18(2) on 31 August: six months later is the last day of February.
    known = {"entered_into_force": D(2018, 9, 1)}
    assert Lifecycle(termination_notice_received=D(2026, 8, 31), **known).termination_date == D(2027, 2, 28)  # type: ignore[arg-type]
    assert Lifecycle(termination_notice_received=D(2027, 8, 31), **known).termination_date == D(2028, 2, 29)  # type: ignore[arg-type]
    # A notice received before entry into force has no effect (as art_18.not_yet_in_force reads the notice itself).
    assert Lifecycle(termination_notice_received=D(2018, 8, 1), **known).termination_date is None  # type: ignore[arg-type]
    assert Lifecycle(termination_notice_received=D(2026, 8, 31)).termination_date is None  # entry into force unknown


@pytest.mark.parametrize("engine", ["python", "durable"])
def test_lifecycle_duties_of_article_13(rulebook: Rulebook, engine: str) -> None:
    duties = rulebook.lifecycle_duties(IN_FORCE, engine=engine)
    assert {d.kind for d in duties} == {DutyKind.MUST_NAME_COMPETENT_AUTHORITIES, DutyKind.MUST_EXCHANGE_CONTACTS}
    assert len(duties) == 2
    for d in duties:
        assert d.due == D(2018, 10, 1)
        assert set(d.parties) == {Party.CZ, Party.KZ}
    assert {eid for d in duties for eid in d.citations} == {"art_13__para_1", "art_13__para_2"}


@pytest.mark.parametrize("engine", ["python", "durable"])
@pytest.mark.parametrize(
    "lifecycle",
    [Lifecycle(), Lifecycle(notifications_received=(D(2018, 5, 2),))],
    ids=["no notification", "one notification"],
)
def test_no_lifecycle_duties_before_entry_into_force_is_known(rulebook: Rulebook, engine: str, lifecycle: Lifecycle) -> None:
    assert rulebook.lifecycle_duties(lifecycle, engine=engine) == ()


def test_invalid_event_is_rejected_before_evaluation(rulebook: Rulebook) -> None:
    with pytest.raises(cr.InvalidEvent) as info:
        rulebook.evaluate({"type": "request", "id": "r", "date": "2026-02-30", "actor": "KZ"}, engine="python")
    assert "date" in info.value.fields


def test_unknown_engine_is_refused(rulebook: Rulebook) -> None:
    with pytest.raises(ValueError, match="quantum"):
        rulebook.evaluate(EVENT_LINES[0], engine="quantum")


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "permitted"), ("eng", "permitted"), ("ru", "prohibited"), ("rus", "prohibited")]
)
def test_english_is_recognised_by_its_two_and_three_letter_codes(language: str, expected: str) -> None:
    event = {
        "type": "request",
        "id": "lang",
        "date": "2026-03-02",
        "actor": "CZ",
        "subject": "search_for_suspects",
        "form": "written",
        "language": language,
    }
    assert cr.evaluate(event, engine="python").verdict.value == expected


def test_explain_marks_the_verdicts_that_give_way() -> None:
    """Art. 10(2) forbids what the general transfer rule permits: the text says which verdict lost."""
    event = {
        "type": "transfer",
        "id": "t-health",
        "date": "2026-03-02",
        "actor": "KZ",
        "categories": ["health"],
        "purpose": "suppressing_criminal_activity",
        "necessary": False,
    }
    ev = cr.evaluate(event, engine="python")
    assert ev.verdict is cr.Verdict.PROHIBITED
    lines = {line for line in ev.explain().splitlines() if "[art_10." in line and line.strip().startswith("- ")}
    general = next(line for line in lines if "[art_10.transfer]" in line)
    special = next(line for line in lines if "[art_10.special_category_not_necessary]" in line)
    assert general.endswith("(its verdict, permitted, gives way)")
    assert "gives way" not in special
