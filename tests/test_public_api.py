"""The public API: one curated namespace, typed for integrators, its names reading as ``cooperation_rules.X``."""

from __future__ import annotations

import importlib.metadata
import inspect
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import cooperation_rules as cr

#: Everything an integrator types, written out here (not read from the package): a name added to or dropped from
#: ``__all__`` must be added here too, on purpose.
PUBLIC = {
    # functions
    "evaluate", "default_rulebook", "provision", "parse_event", "event_schema", "evaluation_schema",
    "explain_lifecycle",
    # the rulebook, the Agreement's own facts and life, the text
    "Rulebook", "Rule", "RuleEngine", "Agreement", "Period", "Lifecycle", "Suspension", "Provision", "Treaty",
    # events
    "Event", "AnyEvent", "EVENT_TYPES", "Request", "Response", "SpontaneousInformation", "Transfer", "Use",
    "OnwardTransfer", "RetentionReview", "DataDefect", "UseReportRequest", "TravelDocumentNotice", "ExpertDeployment",
    "CostClaim", "SuspensionNotice", "SuspensionLiftingNotice", "TerminationNotice", "ContactDetailsChange",
    "WrittenConfirmation", "RefusalNotice", "Consent", "Destruction", "DestructionReason",
    "UseReport", "Correction", "Forwarding", "Notification",
    "ProceduresNotification",
    # the case ledger
    "Ledger", "LedgerDuty", "DutyStatus", "DutyTiming", "Recorded", "DataRecord", "RecordKind", "ReplayDifference",
    "Checkpoint", "Verification", "LedgerError", "UnknownReference", "InconsistentReference", "ConflictingEvent",
    "LedgerSchemaError",
    # answers
    "Evaluation", "Duty", "Finding", "Citation", "CitationRef", "CompactEvaluation", "Receipt",
    # vocabularies
    "Party", "Subject", "Crime", "Purpose", "DataCategory", "SPECIAL_CATEGORIES", "RefusalGround", "RequestForm",
    "Outcome", "Recipient", "Defect", "DocumentStatus", "Channel", "SuspensionGround", "AgreementStatus", "Verdict",
    "DutyKind", "Bearer", "Engine", "Language", "ActStage", "TextStatus", "RulesSource",
    # errors
    "CooperationRulesError", "InvalidEvent", "InvalidLifecycle", "FieldError", "UnknownProvision", "UnknownRule",
    "RuleFileError", "RulebookGap", "EngineUnavailable", "EngineFault", "UnstatedFacts", "ErrorCode",
    "__version__",
}  # fmt: skip

#: Submodules a package exposes as attributes once imported (``tools`` only when something imported it).
SUBPACKAGES = {
    "tools",
    "_version",
    "catalogs",
    "cli",
    "engines",
    "errors",
    "evaluation",
    "law",
    "model",
    "rulebook",
    "rulefiles",
    "text",
    "ledger",
}


def test_all_is_exactly_the_public_names() -> None:
    assert set(cr.__all__) == PUBLIC
    assert len(cr.__all__) == len(set(cr.__all__))
    exposed = {name for name in vars(cr) if not name.startswith("_") and not inspect.ismodule(getattr(cr, name))}
    assert exposed == PUBLIC - {"__version__"}, "a public-looking name in the namespace that __all__ does not list"
    assert {name for name in vars(cr) if inspect.ismodule(getattr(cr, name))} <= SUBPACKAGES


def test_importing_the_library_imports_neither_the_tooling_nor_an_optional_engine() -> None:
    optional = "{'gherkin', 'pytest_bdd', 'pytest', 'durable', 'durable_rules_engine'}"
    probe = (
        "import sys, cooperation_rules as cr\n"
        "cr.evaluate({'type': 'cost_claim', 'id': 'c', 'date': '2026-01-05', 'actor': 'KZ'})\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {optional} or m.startswith('cooperation_rules.tools')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_exported_classes_and_functions_read_as_the_public_namespace() -> None:
    for name in cr.__all__:
        value = getattr(cr, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__ == "cooperation_rules", name
            assert getattr(cr, value.__qualname__) is value


def test_the_version_is_the_installed_distributions() -> None:
    assert cr.__version__ == importlib.metadata.version("cooperation-rules")
    assert cr.__version__.count(".") == 2


def test_every_event_is_an_event_and_every_type_has_its_class() -> None:
    event = cr.parse_event({"type": "use", "id": "u1", "date": "2026-03-02", "actor": "KZ", "purpose": "other"})
    assert isinstance(event, cr.Event) and isinstance(event, cr.Use)
    assert not isinstance({"type": "use"}, cr.Event)
    classes = [getattr(cr, n) for n in cr.__all__ if inspect.isclass(getattr(cr, n)) and issubclass(getattr(cr, n), cr.Event)]
    assert {c.model_fields["type"].default for c in classes if c is not cr.Event} == set(cr.EVENT_TYPES)


def test_a_suspension_can_be_built_from_the_public_names_alone() -> None:
    suspension = cr.Suspension(notice_received="2026-03-01", ground=cr.SuspensionGround.PUBLIC_HEALTH)  # type: ignore[arg-type]
    lifecycle = cr.Lifecycle(notifications_received=("2018-06-14", "2018-07-20"), suspensions=(suspension,))  # type: ignore[arg-type]
    assert lifecycle.status_on(suspension.effective_from) is cr.AgreementStatus.SUSPENDED


def test_frozen_answers_are_hashable_and_pickle_by_their_public_names() -> None:
    ev = cr.evaluate({"type": "onward_transfer", "id": "e1", "date": "2026-03-02", "actor": "CZ", "recipient": "third_state"})
    again = cr.evaluate({"type": "onward_transfer", "id": "e1", "date": "2026-03-02", "actor": "CZ", "recipient": "third_state"})
    assert hash(ev) == hash(again) and {ev, again} == {ev}
    assert all(isinstance(hash(c), int) for c in ev.citations)
    assert b"\x8c\x11cooperation_rules\x94\x8c\nEvaluation" in pickle.dumps(ev, protocol=4)  # by its public path
    assert pickle.loads(pickle.dumps(ev)) == ev


def test_an_unknown_rule_is_a_typed_error_naming_the_closest_rules() -> None:
    rulebook = cr.default_rulebook()
    with pytest.raises(cr.UnknownRule) as raised:
        rulebook.rule("art_9.written_requests")
    assert isinstance(raised.value, KeyError) and isinstance(raised.value, cr.CooperationRulesError)
    assert raised.value.rule_id == "art_9.written_requests"
    assert "art_9.written_request" in raised.value.suggestions
    assert str(raised.value).startswith("no rule with id 'art_9.written_requests' (did you mean art_9.written_request")
    assert raised.value.localized("cs").startswith("žádné pravidlo s identifikátorem 'art_9.written_requests'")
    with pytest.raises(cr.UnknownRule, match=r"^no rule with id 'nope'$"):
        rulebook.rule("nope")
    # Four rules of Article 10 come close to this one: the three closest are named, no more.
    with pytest.raises(cr.UnknownRule) as raised:
        rulebook.rule("art_10.destroy")
    assert raised.value.suggestions == ("art_10.destruction", "art_10.destroy_at_term", "art_10.use_report")


def test_the_package_says_it_is_typed() -> None:
    assert (Path(cr.__file__).parent / "py.typed").is_file()


INTEGRATOR = """
import datetime as dt

import cooperation_rules as cr


def decide(raw: dict[str, object], lifecycle: cr.Lifecycle | None) -> tuple[cr.Verdict, list[dt.date]]:
    event: cr.AnyEvent = cr.parse_event(raw)
    assert isinstance(event, cr.Event)
    evaluation: cr.Evaluation = cr.evaluate(event, lifecycle=lifecycle, engine=cr.Engine.PYTHON)
    due: list[dt.date] = [d.due for d in evaluation.duties if d.due is not None]
    rulebook: cr.Rulebook = cr.default_rulebook()
    rule: cr.Rule = rulebook.rule(evaluation.decided_by[0])
    agreement: cr.Agreement = rulebook.agreement
    period: cr.Period = agreement.periods.suspension_effect
    text: cr.Provision = cr.provision(rule.cites[0])
    assert period.days == 15 and text.eid
    try:
        rulebook.rule("nope")
    except cr.UnknownRule as exc:
        print(exc.suggestions)
    return evaluation.verdict, due
"""


@pytest.mark.slow
def test_an_integrators_script_passes_mypy_strict_without_plugins(tmp_path: Path) -> None:
    script = tmp_path / "integrator.py"
    script.write_text(INTEGRATOR, encoding="utf-8")
    # An empty configuration: no pydantic plugin, nothing of the project's own mypy settings.
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "--no-incremental", "integrator.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout
