"""The two engines: same decisions, a verdict for every valid event, clean failures, isolation, no leftovers.

Expected values come from the Agreement: Art. 12 (each Party pays its own costs unless agreed
otherwise in the particular case), Art. 18(1) (entry into force on the first day of the second
month following the last notification), Art. 18(2) (six months after a termination notice),
the final clause (signature on 23 November 2017), Art. 10 item 5 (data destroyed when the
Agreement expires).
"""

from __future__ import annotations

import calendar as stdlib_calendar
import datetime as dt
import json
import shutil
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from conftest import EXAMPLE_LINES, EXAMPLES, ROOT, durable_engine
from cooperation_rules import (
    EVENT_TYPES,
    Agreement,
    DutyKind,
    Engine,
    EngineUnavailable,
    Evaluation,
    InvalidEvent,
    Lifecycle,
    Rulebook,
    Verdict,
    parse_event,
)
from cooperation_rules.engines import PythonEngine
from cooperation_rules.engines.durable_rules import DurableEngine
from cooperation_rules.model.events import EVENT_MODELS, Event
from cooperation_rules.rulebook.facts import FACT_SPECS, LIFECYCLE, FactSpec, Timeline
from cooperation_rules.rulebook.outcomes import PRESUMPTION
from cooperation_rules.rulefiles.schema import Rule
from strategies import (
    COMMON_FIELDS,
    EVENT_FIELDS,
    InvalidCase,
    field_named,
    fixed_examples,
    invalid_cases,
    lifecycle_dicts,
    lifecycles,
    valid_events,
)

SIGNATURE = dt.date(2017, 11, 23)
DATA_HELD_TYPES = frozenset({"use", "onward_transfer", "retention_review"})


@cache
def _rulebook() -> Rulebook:
    """One bundled rulebook shared by the property tests (a rulebook keeps no state between evaluations)."""
    return Rulebook.load()


def example_events() -> list[Event]:
    """The events of examples/events.jsonl, typed."""
    return [parse_event(line) for line in EXAMPLE_LINES]


def example_lifecycle() -> Lifecycle:
    """examples/lifecycle.json: notifications 2018-06-14 and 2018-07-20, a partial suspension 2020-03-20 to 2021-06-01."""
    return Lifecycle.from_file(EXAMPLES / "lifecycle.json")


def _without_engine(evaluation: Evaluation) -> dict[str, Any]:
    return evaluation.decision()


def live_facts(engine: DurableEngine) -> int:
    """Facts the C engine holds across all of the engine's rulesets."""
    return engine.live_facts()


# ----------------------------------------------------------------------------- the strategies themselves


def test_the_strategies_cover_every_field_of_every_event_type() -> None:
    assert set(EVENT_FIELDS) == set(EVENT_TYPES)
    for name, model in EVENT_MODELS.items():
        assert set(model.model_fields) == set(COMMON_FIELDS) | set(EVENT_FIELDS[name]), name


# ----------------------------------------------------------------------------- (a) the engines agree


@fixed_examples(2000)
@given(event=valid_events(), lifecycle=lifecycles())
def test_durable_and_python_reach_the_same_evaluation(event: dict[str, Any], lifecycle: Lifecycle | None) -> None:
    rb = _rulebook()
    durable = rb.evaluate(event, lifecycle=lifecycle, engine="durable")
    python = rb.evaluate(event, lifecycle=lifecycle, engine="python")
    assert durable.engine is Engine.DURABLE
    assert python.engine is Engine.PYTHON
    assert _without_engine(durable) == _without_engine(python)


@pytest.mark.parametrize("with_lifecycle", [False, True], ids=["presumed", "example-lifecycle"])
def test_the_engines_agree_on_every_example(with_lifecycle: bool) -> None:
    rb = _rulebook()
    lifecycle = example_lifecycle() if with_lifecycle else None
    for event in example_events():
        durable = rb.evaluate(event, lifecycle=lifecycle, engine="durable")
        python = rb.evaluate(event, lifecycle=lifecycle, engine="python")
        assert _without_engine(durable) == _without_engine(python), event.id


@fixed_examples(200)
@given(lifecycle=lifecycle_dicts().map(Lifecycle.parse))
def test_the_engines_agree_on_the_duties_of_the_agreements_life(lifecycle: Lifecycle) -> None:
    rb = _rulebook()
    assert rb.lifecycle_duties(lifecycle, engine="durable") == rb.lifecycle_duties(lifecycle, engine="python")


def _fact_value(spec: FactSpec) -> st.SearchStrategy[Any]:
    if spec.kind == "bool":
        return st.booleans()
    if spec.kind == "int":
        return st.one_of(st.integers(-3, 3), st.integers(-1_000_000, 1_000_000))
    if spec.kind == "enum":
        return st.sampled_from([str(v) for v in spec.values])  # plain strings, as derive() gives them
    return st.sampled_from(["en", "ru", "cs", "kk"])


@st.composite
def _raw_facts(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """Any combination of well-kinded facts for an event type, including ones ``derive`` never produces together."""
    event_type = draw(st.sampled_from([*EVENT_TYPES, LIFECYCLE]))
    specs = {s.name: _fact_value(s) for s in FACT_SPECS.values() if event_type in s.types and s.name != "type"}
    facts = draw(st.fixed_dictionaries({}, optional=specs))
    return event_type, {"type": event_type, **facts}


@cache
def _engines() -> tuple[DurableEngine, PythonEngine]:
    rules = _rulebook().rules
    return DurableEngine(rules), PythonEngine(rules)


@fixed_examples(1000)
@given(case=_raw_facts())
def test_the_engines_fire_the_same_rules_on_any_facts(case: tuple[str, dict[str, Any]]) -> None:
    event_type, facts = case
    durable, python = _engines()
    assert durable.fired(event_type, facts) == python.fired(event_type, facts)


# ----------------------------------------------------------------------------- (b) a verdict for every valid event


def _entry_into_force(notifications: Sequence[dt.date]) -> dt.date | None:
    """Art. 18(1), computed here: first day of the second month following the last notification."""
    if len(notifications) < 2:
        return None
    last = max(notifications)
    index = last.year * 12 + last.month - 1 + 2
    return dt.date(index // 12, index % 12 + 1, 1)


def _six_months_after(day: dt.date) -> dt.date:
    """Art. 18(2), computed here: the same day six months later, or that month's last day."""
    index = day.year * 12 + day.month - 1 + 6
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, stdlib_calendar.monthrange(year, month)[1]))


@fixed_examples(800)
@given(event=valid_events(), lifecycle=lifecycles())
def test_every_valid_event_gets_a_verdict(event: dict[str, Any], lifecycle: Lifecycle | None) -> None:
    rb = _rulebook()
    ev = rb.evaluate(event, lifecycle=lifecycle)  # no RulebookGap, nor anything else
    assert (ev.event_id, ev.event_type) == (event["id"], event["type"])
    assert ev.decided_by, "a verdict names the rules that gave it"
    findings = {f.rule: f for f in ev.findings}
    assert len(findings) == len(ev.findings), "a rule is reported once"
    for rule_id in ev.decided_by:
        assert findings[rule_id].verdict is ev.verdict
    for f in ev.findings:
        assert f.verdict is None or f.verdict.precedence <= ev.verdict.precedence
    quoted = {c.eid: c.text for c in ev.citations}
    for f in ev.findings:
        for eid in f.citations:
            assert quoted.get(eid), f"{f.rule} cites {eid}, which is not quoted"
    for duty in ev.duties:
        assert duty.rule in findings
    assert (PRESUMPTION in ev.assumptions) is (lifecycle is None)
    _check_outside_the_agreements_life(event, lifecycle, ev)


def _check_outside_the_agreements_life(event: dict[str, Any], lifecycle: Lifecycle | None, ev: Evaluation) -> None:
    """Before signature, before entry into force and after termination, the Agreement permits nothing."""
    day = dt.date.fromisoformat(event["date"])
    if event["type"] in DATA_HELD_TYPES and event.get("received_under_1998_agreement") is True:
        # Art. 18(3), as read in art_18.data_received_under_1998_agreement: data the 1998 agreement carried is not
        # governed by this one on any day, so its end asks no destruction of it either.
        assert ev.verdict is Verdict.NOT_APPLICABLE, "data received under the 1998 agreement (Art. 18(3))"
        assert not any(d.kind is DutyKind.MUST_DESTROY for d in ev.duties)
        return
    if day < SIGNATURE:
        assert ev.verdict is Verdict.NOT_APPLICABLE, "before signature (final clause)"
        return
    if event["type"] == "procedures_notification":
        # Art. 18(1): the notification is how the Agreement enters into force, permitted from the signature until
        # then; once it is in force (or suspended, or ended) a notification changes nothing.
        eif = dt.date(2018, 9, 1) if lifecycle is None else _entry_into_force(lifecycle.notifications_received)
        waiting = eif is None or day < eif
        assert ev.verdict is (Verdict.PERMITTED if waiting else Verdict.NOT_APPLICABLE), "a notification (Art. 18(1))"
        return
    if lifecycle is None:
        # Without a lifecycle: in force since 1 September 2018, as published (Art. 18(1)).
        if day < dt.date(2018, 9, 1):
            assert ev.verdict is Verdict.NOT_APPLICABLE, "not yet in force as published (Art. 18(1))"
        return
    eif = _entry_into_force(lifecycle.notifications_received)
    if eif is None or day < eif:
        assert ev.verdict is Verdict.NOT_APPLICABLE, "not in force (Art. 18(1))"
        return
    notice = lifecycle.termination_notice_received
    # Art. 18(2) presupposes an Agreement in force: a notice received before entry into force has no effect.
    if notice is not None and notice >= eif and day >= _six_months_after(notice):
        # Art. 18(2): the Agreement has ceased to have effect; Art. 10 item 5 survives it for one purpose,
        # destroying the personal data obtained on its basis, so using or keeping that data is prohibited. What the
        # Parties agreed while it applied survives too (VCLT Art. 70(1)(b)): costs agreed in advance in the case, and
        # the consent that lets information received be passed on.
        # Destroying that data is what Art. 10 item 5 asks on expiry: a destruction stays permitted.
        survives = (
            (event["type"] == "cost_claim" and event.get("agreed_in_advance") is True)
            or (event["type"] == "onward_transfer" and event.get("sender_consent") is True)
            or event["type"] == "destruction"
        )
        assert ev.verdict in ((Verdict.PERMITTED,) if survives else (Verdict.NOT_APPLICABLE, Verdict.PROHIBITED))
        if event["type"] in DATA_HELD_TYPES:
            assert any(d.kind is DutyKind.MUST_DESTROY for d in ev.duties), "data obtained under it is destroyed"
        if event["type"] in ("use", "retention_review"):
            assert ev.verdict is Verdict.PROHIBITED


# ----------------------------------------------------------------------------- (c) invalid input


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


_EXPERT = {"type": "expert_deployment", "id": "x", "date": "2019-01-01", "actor": "KZ"}


def _rejects_with_invalid_event_only(case: InvalidCase) -> None:
    try:
        parse_event(case.payload)
    except InvalidEvent as exc:
        error = exc
    except Exception as exc:  # any other exception is the failure under test
        pytest.fail(f"{case!r}: raised {type(exc).__name__}: {str(exc)[:200]}")
    else:
        pytest.fail(f"{case!r} was accepted as an event")
    assert error.errors, "an InvalidEvent names at least one fault"
    if case.field is not None:
        assert field_named(error.fields, case.field), f"{case!r}: errors name {error.fields}"


@fixed_examples(800)
@given(case=invalid_cases())
def test_parse_event_rejects_invalid_input_with_invalid_event_only(case: InvalidCase) -> None:
    _rejects_with_invalid_event_only(case)


HARD_INPUTS = [
    InvalidCase('{"type": "expert_deployment", "id": 1' + "0" * 5000 + "}", None, "a 5001-digit JSON number"),
    InvalidCase({**_EXPERT, "type": _nested(5000)}, None, "a type nested 5000 deep"),
    InvalidCase({**_EXPERT, "actor": _nested(5000)}, None, "an actor nested 5000 deep"),
    InvalidCase("[" * 100_000 + "]" * 100_000, None, "JSON nested 100000 deep"),
    InvalidCase(b"\xff\xfe\xfd", None, "bytes that are not UTF-8"),
    InvalidCase({**_EXPERT, "date": "2019-02-29"}, "date", "29 February of a common year"),
    InvalidCase({**_EXPERT, "date": "2020-02-30"}, "date", "30 February"),
    InvalidCase({**_EXPERT, "id": "x" * 1_000_000}, "id", "a 1 MB id"),
    InvalidCase({**_EXPERT, "type": "x" * 1_000}, "type", "a long unknown type"),
]


@pytest.mark.parametrize("case", HARD_INPUTS, ids=[c.why for c in HARD_INPUTS])
def test_parse_event_rejects_hard_inputs_with_invalid_event_only(case: InvalidCase) -> None:
    _rejects_with_invalid_event_only(case)


@fixed_examples(200)
@given(case=invalid_cases().filter(lambda c: isinstance(c.payload, (dict, str))))
def test_evaluate_rejects_invalid_input_with_invalid_event(case: InvalidCase) -> None:
    try:
        _rulebook().evaluate(case.payload, engine="python")
    except InvalidEvent:
        return
    except Exception as exc:
        pytest.fail(f"{case!r}: raised {type(exc).__name__}: {str(exc)[:200]}")
    pytest.fail(f"{case!r} was evaluated")


# ----------------------------------------------------------------------------- (d) engine choice


def test_durable_engine_asked_explicitly_records_durable() -> None:
    rb = Rulebook.load()
    event = example_events()[0]
    assert isinstance(rb.engine("durable"), DurableEngine)
    assert rb.evaluate(event, engine="durable").engine is Engine.DURABLE
    assert rb.evaluate(event, engine=Engine.PYTHON).engine is Engine.PYTHON


def test_auto_is_the_python_engine_which_runs_everywhere() -> None:
    # The compiled Python engine decides as durable-rules does, runs on every interpreter and is faster: "auto" is it,
    # so that an answer's engine does not change with the interpreter.
    event = example_events()[0]
    assert Rulebook.load().evaluate(event).engine is Engine.PYTHON
    assert Rulebook.load(engine="auto").evaluate(event, engine="auto").engine is Engine.PYTHON
    assert Rulebook.load(engine="durable").evaluate(event).engine is Engine.DURABLE


def test_without_durable_the_durable_engine_is_unavailable_and_auto_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "durable", None)
    monkeypatch.setitem(sys.modules, "durable.engine", None)
    rb = Rulebook.load()
    event = example_events()[0]
    with pytest.raises(EngineUnavailable) as raised:
        rb.evaluate(event, engine="durable")
    assert "python" in str(raised.value)
    assert "pip install 'cooperation-rules[durable]'" in str(raised.value)
    fallback = rb.evaluate(event, engine="auto")
    assert fallback.engine is Engine.PYTHON
    assert _without_engine(fallback) == _without_engine(rb.evaluate(event, engine="python"))
    with pytest.raises(EngineUnavailable):
        Rulebook.load(engine="durable").evaluate(event)


def test_an_unknown_engine_name_is_refused() -> None:
    with pytest.raises(ValueError, match="drools"):
        Rulebook.load().evaluate(example_events()[0], engine="drools")


# ----------------------------------------------------------------------------- (e) threads and rulebooks


def _run_threads(count: int, work: Callable[[int], None]) -> list[str]:
    """Run ``work(k)`` in ``count`` threads started together; return the failures they met."""
    barrier = threading.Barrier(count)
    failures: list[str] = []

    def run(k: int) -> None:
        try:
            barrier.wait()
            work(k)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(f"thread {k}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=run, args=(k,)) for k in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    return failures


@pytest.mark.parametrize("engine", ["python", "durable"])
def test_eight_threads_sharing_one_rulebook_decide_as_one_thread(engine: str) -> None:
    rb = Rulebook.load()
    events = example_events()
    lifecycles_: list[Lifecycle | None] = [None, example_lifecycle()]
    reference = {
        (i, j): rb.evaluate(e, lifecycle=lc, engine=engine) for i, e in enumerate(events) for j, lc in enumerate(lifecycles_)
    }
    passes = 150  # 8 threads x 150 passes x 24 examples = 28,800 evaluations per engine

    def work(k: int) -> None:
        order = list(range(len(events)))
        order = order[k:] + order[:k]  # each thread starts at a different event type
        for p in range(passes):
            j = (p + k) % 2
            for i in order:
                got = rb.evaluate(events[i], lifecycle=lifecycles_[j], engine=engine)
                if got != reference[(i, j)]:
                    raise AssertionError(
                        f"pass {p}, {events[i].id}: {got.verdict} {got.decided_by} != {reference[(i, j)].decided_by}"
                    )

    assert _run_threads(8, work) == []
    if engine == "durable":
        assert live_facts(durable_engine(rb)) == 0


def _edited_rules(tmp_path: Path) -> Path:
    """A copy of rules/ in which Art. 12's 'costs not agreed' rule permits instead of prohibiting."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    path = folder / "art_12.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (rule,) = [r for r in data["rules"] if r["id"] == "art_12.costs_not_agreed"]
    assert rule["verdict"] == "prohibited"
    rule["verdict"] = "permitted"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


COST_CLAIM = {"type": "cost_claim", "id": "cz-cost-1", "date": "2025-06-30", "actor": "CZ", "agreed_in_advance": False}


@pytest.mark.parametrize("engine", ["python", "durable"])
def test_two_rulebooks_in_one_process_keep_their_own_rules(tmp_path: Path, engine: str) -> None:
    bundled = Rulebook.load()
    edited = Rulebook.load(_edited_rules(tmp_path))

    def check(rb: Rulebook, expected: Verdict) -> None:
        ev = rb.evaluate(COST_CLAIM, engine=engine)
        assert (ev.verdict, ev.decided_by) == (expected, ("art_12.costs_not_agreed",))

    # Art. 12: each Party pays the costs of its own implementation unless agreed in advance.
    for _ in range(100):  # alternately
        check(bundled, Verdict.PROHIBITED)
        check(edited, Verdict.PERMITTED)

    def work(k: int) -> None:  # concurrently: even threads on one rulebook, odd ones on the other
        for _ in range(200):
            if k % 2:
                check(edited, Verdict.PERMITTED)
            else:
                check(bundled, Verdict.PROHIBITED)

    assert _run_threads(8, work) == []
    for event in example_events():  # the edit touches nothing else
        a, b = bundled.evaluate(event, engine=engine), edited.evaluate(event, engine=engine)
        if event.type != "cost_claim":
            assert a.decision() == b.decision(), event.id
        # the receipts tell the two rulebooks apart
        assert a.receipt.rulebook_digest == bundled.digest != edited.digest == b.receipt.rulebook_digest
    if engine == "durable":
        assert durable_engine(bundled) is not durable_engine(edited)
        # private: the edit changes a verdict, not a condition: both rulebooks share the compiled rulesets and
        # still answer by their own rules
        assert durable_engine(bundled)._handles == durable_engine(edited)._handles


# ----------------------------------------------------------------------------- (f) no live facts


def test_the_live_fact_probe_sees_a_fact_left_behind() -> None:
    engine = DurableEngine(_rulebook().rules)
    fact = json.dumps({"id": 5000, "type": "cost_claim", "agreed_in_advance": True, "data_protection_applies": True})
    handle = engine._handles["cost_claim"]  # private: bypass fired() to leave a fact in the C engine
    engine._engine.assert_fact(handle, fact)
    assert live_facts(engine) == 1
    engine._engine.retract_fact(handle, fact)
    assert live_facts(engine) == 0


def test_the_live_fact_probe_leaves_out_a_ruleset_to_be_compiled_afresh() -> None:
    """A ruleset an exception left mid-sequence (not clean) is compiled afresh before its next use: what it holds is
    not counted, and the rulesets after it still are."""
    engine = DurableEngine(_rulebook().rules)
    fact = json.dumps({"id": 5001, "type": "cost_claim", "agreed_in_advance": True, "data_protection_applies": True})
    claims = engine._rulesets["cost_claim"]
    before = next(r for name, r in engine._rulesets.items() if name != "cost_claim")
    assert list(engine._rulesets.values()).index(before) < list(engine._rulesets.values()).index(claims)
    engine._engine.assert_fact(claims.handle, fact)
    try:
        before.clean = False
        assert live_facts(engine) == 1  # the one left aside comes before: the rest are still counted
        claims.clean = False
        assert live_facts(engine) == 0
    finally:
        before.clean = claims.clean = True
        engine._engine.retract_fact(claims.handle, fact)
    assert live_facts(engine) == 0


def test_durable_keeps_no_live_facts_after_evaluations() -> None:
    rb = Rulebook.load()
    engine = durable_engine(rb)
    for lifecycle in (None, example_lifecycle()):
        for event in example_events():
            rb.evaluate(event, lifecycle=lifecycle, engine="durable")
    rb.lifecycle_duties(example_lifecycle(), engine="durable")
    rb.lifecycle_duties(Lifecycle(), engine="durable")  # no rule fires: durable reports the fact unhandled
    assert live_facts(engine) == 0


# ----------------------------------------------------------------------------- (g) an $or firing on two branches


# ``in`` with a repeated value compiles to an $or whose two branches are both true.
PROBE: dict[str, Any] = {
    "id": "art_9.oral_probe",
    "applies_to": ["request"],
    "cites": ["art_9__para_1"],
    "when": [{"fact": "form", "in": ["oral", "oral"]}],
    "applies_while": "always",
    "explain": "A probe rule whose condition is an $or with two true branches.",
}


def _probe_rule() -> Rule:
    return Rule.model_validate(PROBE)


def test_durable_rules_itself_fires_an_or_rule_once_per_true_branch() -> None:
    """The trap the engine must undo, shown on a bare host (so the next tests can fail)."""
    from durable import engine as durable_engine

    class QuietHost(durable_engine.Host):  # type: ignore[misc]
        def _run(self) -> None:
            return None

    runs: list[str] = []
    host = QuietHost()
    branch = {"$or": [{"form": "oral"}, {"form": "oral"}]}
    host.register_rulesets(
        {"probe": {"r0": {"all": [{"m": {"$and": [{"type": "request"}, branch]}}], "run": lambda c: runs.append("r0")}}}
    )
    fact = {"id": 1, "type": "request", "form": "oral"}
    host.assert_fact("probe", fact)
    host.retract_fact("probe", fact)
    assert runs == ["r0", "r0"]


def test_the_durable_engine_reports_an_or_rule_once() -> None:
    rules = [_probe_rule()]
    facts: Mapping[str, Any] = {"type": "request", "form": "oral"}
    assert DurableEngine(rules).fired("request", facts) == ["art_9.oral_probe"]
    assert PythonEngine(rules).fired("request", facts) == ["art_9.oral_probe"]
    assert DurableEngine(rules).fired("request", {"type": "request", "form": "written"}) == []


def test_an_event_type_no_rule_applies_to_fires_nothing_in_either_engine() -> None:
    """Rules of requests only: a use fires none of them, in both engines, without compiling anything for it."""
    rules = [_probe_rule()]
    use: Mapping[str, Any] = {"type": "use", "form": "oral"}
    assert PythonEngine(rules).fired("use", use) == []
    assert DurableEngine(rules).fired("use", use) == []


def test_a_rulebook_reports_an_or_rule_once(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    path = folder / "art_9.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    probe = {**PROBE, "applies_while": "in_force"}
    data["rules"].append(probe)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rb = Rulebook.load(folder)
    request = {
        "type": "request",
        "id": "cz-1",
        "date": "2019-05-06",
        "actor": "CZ",
        "subject": "information_on_crimes",
        "form": "oral",
        "urgent": True,
    }
    durable = rb.evaluate(request, engine="durable")
    rules = [f.rule for f in durable.findings]
    assert rules.count("art_9.oral_probe") == 1
    # Art. 9(1): an urgent request may be made orally, and must be confirmed in writing.
    assert durable.verdict is Verdict.PERMITTED
    assert _without_engine(durable) == _without_engine(rb.evaluate(request, engine="python"))


# ----------------------------------------------------------------------------- (h) what is computed once stands for what it did


@fixed_examples(300)
@given(lifecycle=lifecycle_dicts().map(Lifecycle.parse), days=st.lists(st.dates(), min_size=1, max_size=20))
def test_the_timeline_of_a_lifecycle_agrees_with_the_lifecycle_on_every_day(lifecycle: Lifecycle, days: list[dt.date]) -> None:
    timeline = Timeline(lifecycle, Agreement.bundled())
    changes = [lifecycle.entry_into_force, lifecycle.termination_date]
    for s in lifecycle.suspensions:
        changes += [s.effective_from, s.effective_until]
    around = [
        d + dt.timedelta(days=k)
        for d in changes
        if d is not None and dt.date(1, 1, 2) < d < dt.date(9999, 12, 30)
        for k in (-1, 0, 1)
    ]
    for day in [*days, *around, dt.date.min, dt.date.max]:
        assert timeline.on(day) == (lifecycle.status_on(day), lifecycle.suspended_subjects_on(day)), day


@fixed_examples(300)
@given(event=valid_events(), lifecycle=lifecycles())
def test_an_evaluation_is_what_validating_its_wire_form_gives(event: dict[str, Any], lifecycle: Lifecycle | None) -> None:
    """Evaluations are assembled from validated parts without validating again: they equal validated ones."""
    ev = _rulebook().evaluate(event, lifecycle=lifecycle, engine="python")
    assert Evaluation.model_validate(ev.model_dump()) == ev
    again = Evaluation.model_validate_json(ev.model_dump_json())
    assert again == ev
    assert again.model_dump_json() == ev.model_dump_json()
    assert ev.model_fields_set == set(Evaluation.model_fields)


def test_an_engine_is_built_once_per_rulebook_and_name() -> None:
    rb = Rulebook.load()
    assert rb.engine("auto") is rb.engine("python") is rb.engine(Engine.PYTHON) is rb.engine()
    assert rb.engine("durable") is rb.engine(Engine.DURABLE) is not rb.engine()
    assert rb.engine("python") is rb.engine(Engine.PYTHON)
    assert Rulebook.load().engine("python") is not rb.engine("python")


@pytest.mark.parametrize("engine", ["python", "durable"])
def test_no_evaluation_can_change_what_another_holds(engine: str) -> None:
    """Evaluations of a rulebook share their unchanging parts; a citation's texts cannot be changed in place."""
    rb = Rulebook.load()
    event = next(e for e in example_events() if e.type == "transfer")
    first = rb.evaluate(event, engine=engine)
    for citation in first.citations:
        with pytest.raises(TypeError):
            citation.authentic_texts["kk"] = "changed"
        with pytest.raises(TypeError):
            citation.authentic_texts.update(kk="changed")
        assert citation.authentic_texts.copy() == {} and type(citation.authentic_texts.copy()) is dict
    second = rb.evaluate(event, engine=engine)
    assert second == first == Rulebook.load().evaluate(event, engine=engine)
    assert all(c.authentic_texts == {} for c in second.citations)


def test_the_live_fact_probe_counts_nothing_in_rulesets_that_never_received_a_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    """The C engine keeps no state for a ruleset until its first fact, and says so with an error (code 309) when
    asked for its facts: such a ruleset holds none. Compiled rulesets are shared in a process by definition, so
    whatever ran before may have fed them: this engine takes its rulesets from a pool of its own, compiled afresh."""
    from cooperation_rules.engines import durable_rules

    monkeypatch.setattr(durable_rules, "_POOL", durable_rules._Pool())
    engine = DurableEngine(_rulebook().rules)
    assert live_facts(engine) == 0
    claim = engine._rulesets["cost_claim"]  # private: one ruleset fed, and a fact left behind in it
    fact = json.dumps({"id": 5002, "type": "cost_claim", "agreed_in_advance": True, "data_protection_applies": True})
    engine._engine.assert_fact(claim.handle, fact)
    try:
        assert live_facts(engine) == 1  # the fed ruleset counted, every other one still holding nothing
    finally:
        engine._engine.retract_fact(claim.handle, fact)
    assert live_facts(engine) == 0


def test_an_engine_of_another_name_is_refused_naming_those_there_are() -> None:
    from cooperation_rules.engines import make_engine

    with pytest.raises(ValueError) as refused:
        make_engine("drools", [])
    assert str(refused.value) == "unknown engine 'drools'; expected 'auto', 'durable' or 'python'"
