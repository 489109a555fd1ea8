"""Witnesses: a concrete event and lifecycle that have exactly the facts of a solution of the model.

A finding of the check is shown with an event a reader can evaluate. The event is built from the
facts (the fields that are facts take their values; the fields ``derive()`` reads to compute a fact
are filled so that it computes that value), the lifecycle from the Agreement's status and the
partial suspension the facts need, with the dates of the rulebook's ``agreement.yaml``. The
witness is then derived again: when ``derive()`` gives other facts, the model has drifted from it,
and the check says so instead of trusting the finding.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ...law.agreement import Agreement
from ...law.lifecycle import Lifecycle
from ...model.events import EVENT_MODELS, parse_event
from ...model.vocabulary import AgreementStatus, DataCategory, Party, RefusalGround, Subject, SuspensionGround
from ...rulebook.facts import ENGLISH, FACT_SPECS, IMPLIED_SUBJECT, Timeline, derive
from .model import FactValue

#: Language codes that are not English, for a request the model wants in another language.
_OTHER_LANGUAGES = ("de", "fr", "it", "es")


@dataclass(frozen=True)
class Witness:
    """An event and the lifecycle it is evaluated under, each as its JSON object."""

    event: dict[str, Any]
    lifecycle: dict[str, Any]

    def typed(self) -> tuple[Any, Lifecycle]:
        """The event and lifecycle as the library reads them."""
        return parse_event(self.event), Lifecycle.parse(self.lifecycle)


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _lifecycle(facts: Mapping[str, FactValue], subject: str | None, agreement: Agreement) -> tuple[dict[str, Any], dt.date]:
    """A lifecycle and an event day on which the Agreement has the facts' status (and the subject its suspension)."""
    status = str(facts.get("agreement_status", AgreementStatus.IN_FORCE.value))
    signed = agreement.signed
    if status == AgreementStatus.BEFORE_SIGNATURE.value:
        return {}, signed - dt.timedelta(days=1)
    if status == AgreementStatus.NOT_IN_FORCE.value:
        return {}, signed + dt.timedelta(days=1)
    notified = signed + dt.timedelta(days=30)
    lifecycle: dict[str, Any] = {"notifications_received": [_iso(notified), _iso(notified)]}
    eif = Lifecycle.parse(lifecycle).entry_into_force_under(agreement) or notified
    day = eif + dt.timedelta(days=400)
    lawful = next((g for g in SuspensionGround if agreement.lawful_ground(g)), SuspensionGround.SECURITY)
    notice = _iso(eif + dt.timedelta(days=100))
    if status == AgreementStatus.SUSPENDED.value:
        lifecycle["suspensions"] = [{"notice_received": notice, "ground": lawful.value}]
    elif status == AgreementStatus.TERMINATED.value:
        lifecycle["termination_notice_received"] = notice
    elif facts.get("subject_suspended") is True and subject is not None:
        lifecycle["suspensions"] = [{"notice_received": notice, "ground": lawful.value, "scope": [subject]}]
    # The request an answer answers, made during an earlier suspension, lifted since: from 35 to 55 days after entry
    # into force (notice 20 days after it, lifted 20 days later; each with effect 15 days after receipt).
    request_status, request_subject = facts.get("request_agreement_status"), facts.get("request_subject")
    whole = request_status == AgreementStatus.SUSPENDED.value and status != AgreementStatus.SUSPENDED.value
    partial = request_status == AgreementStatus.IN_FORCE.value and facts.get("request_suspended") is True
    if whole or partial:
        earlier: dict[str, Any] = {
            "notice_received": _iso(eif + dt.timedelta(days=20)),
            "ground": lawful.value,
            "lifted_notice_received": _iso(eif + dt.timedelta(days=40)),
        }
        if partial:
            earlier["scope"] = [str(request_subject)]
        lifecycle.setdefault("suspensions", []).insert(0, earlier)
    return lifecycle, day


def _filler(annotation: Any, day: dt.date) -> Any:
    """A value for a required field that no fact reads: a word, a member of its vocabulary, a day, or a list of one."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _filler(args[0], day)
    if origin in (typing.Union, types.UnionType):
        return _filler(next(a for a in args if a is not type(None)), day)
    if origin in (tuple, list):
        return [_filler(args[0], day)] if args else ["witness"]
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return next(iter(annotation)).value
    if annotation is bool:
        return False
    if annotation is int:
        return 1
    if annotation is dt.date:
        return _iso(day)
    return "witness"


def _request_day(facts: Mapping[str, FactValue], day: dt.date, agreement: Agreement, lifecycle: dict[str, Any]) -> str | None:
    """The day of the request an answer answers, on which the Agreement has the status the facts give it."""
    status = facts.get("request_agreement_status")
    if status is None:
        return None
    if status == AgreementStatus.BEFORE_SIGNATURE.value:
        return _iso(agreement.signed - dt.timedelta(days=1))
    if status == AgreementStatus.NOT_IN_FORCE.value:
        return _iso(agreement.signed + dt.timedelta(days=1))
    eif = Lifecycle.parse(lifecycle).entry_into_force_under(agreement) or agreement.signed
    if status == AgreementStatus.SUSPENDED.value and facts.get("agreement_status") != status:
        return _iso(eif + dt.timedelta(days=45))  # during the earlier suspension, lifted since (see _lifecycle)
    if status == AgreementStatus.IN_FORCE.value and facts.get("request_suspended") is True:
        return _iso(eif + dt.timedelta(days=45))  # during the earlier partial suspension of the request's subject
    if status == facts.get("agreement_status"):
        return _iso(day)
    # In force before the answer's suspension or termination: the notices of those come 100 days after entry into force.
    return _iso(eif + dt.timedelta(days=10))


def build_witness(event_type: str, facts: Mapping[str, FactValue], agreement: Agreement) -> Witness:
    """An event of ``event_type`` and a lifecycle that ``derive()`` turns into ``facts`` (when the model is right)."""
    model = EVENT_MODELS[event_type]
    subject = str(facts["subject"]) if "subject" in facts else None
    implied = IMPLIED_SUBJECT.get(event_type)
    lifecycle, day = _lifecycle(facts, subject or (implied.value if implied is not None else None), agreement)
    event: dict[str, Any] = {
        "type": event_type,
        "id": f"witness-{event_type}",
        "date": _iso(day),
        "actor": str(facts.get("actor", next(iter(Party)).value)),
    }
    for name, info in model.model_fields.items():
        if name in event:
            continue
        if name in facts:
            event[name] = facts[name]
        elif name == "language":
            event[name] = sorted(ENGLISH)[0] if facts.get("language_is_english", True) else _OTHER_LANGUAGES[0]
        elif name == "grounds":
            event[name] = [next(iter(RefusalGround)).value] if facts.get("has_grounds") else []
        elif name in ("conditions", "conditions_on_personal_data"):
            event[name] = ["conditions of use"] if facts.get("has_conditions") else []
        elif name == "categories":
            special = bool(facts.get("special_categories_present"))
            event[name] = [next(c for c in DataCategory if c.is_special == special).value]
        elif name == "destruction_term":
            days = facts.get("days_until_destruction_term", 30)
            given = facts.get("destruction_term_given")
            event[name] = _iso(day + dt.timedelta(days=int(days))) if given else None
        elif name in ("document_number", "document_type"):
            event[name] = "witness" if facts.get("minimum_content_present") else None
        elif name == "scope":
            event[name] = None if facts.get("whole_agreement", True) else [next(iter(Subject)).value]
        elif name == "request_date":
            event[name] = _request_day(facts, day, agreement, lifecycle)
        elif name in ("request_urgent", "request_content_allows_electronic"):
            # Art. 9(1): an oral request not allowed is one in a case not urgent, an electronic one one whose content
            # did not allow electronic means.
            allowed = facts.get("request_form_allowed")
            event[name] = None if allowed == "unknown" else allowed != "not_allowed"
        elif name == "request_language":
            allowed = facts.get("request_language_allowed", "unknown")
            event[name] = None if allowed == "unknown" else "en" if allowed == "allowed" else _OTHER_LANGUAGES[2]
        elif name == "request_language_agreed":
            event[name] = False if facts.get("request_language_allowed") == "not_allowed" else None
        elif name in FACT_SPECS:  # a fact left out is a field left null
            event[name] = None
        elif info.is_required():
            event[name] = _filler(info.annotation, day)
    if isinstance(event.get("language"), str) and event["language"].startswith("\x00"):
        event["language"] = _OTHER_LANGUAGES[1]
    return Witness(event, lifecycle)


def derived_facts(witness: Witness, agreement: Agreement) -> dict[str, FactValue]:
    """What ``derive()`` makes of the witness, with the rulebook's Agreement."""
    event, lifecycle = witness.typed()
    facts, _ = derive(event, lifecycle, Timeline(lifecycle, agreement))
    return facts
