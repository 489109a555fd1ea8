"""Facts: the flat record a rule's conditions read, derived from an event and the lifecycle.

Event fields that are closed vocabularies or yes/no flags are facts under their own names;
the derived facts below are computed here, each with the article that motivates it. Dates
never reach the rule engines: rules compare day counts (``days_until_destruction_term``), and
deadlines read the date facts of ``DATE_FACTS``.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from . import calendar
from .events import EVENT_MODELS, Event, Request, _Event
from .lifecycle import Lifecycle
from .vocabulary import AgreementStatus, Party, Subject

Scalar = bool | int | str
FactKind = Literal["bool", "int", "enum", "str"]
ALL_TYPES: frozenset[str] = frozenset(EVENT_MODELS)
#: Pseudo event type of the rules that the lifecycle itself triggers (Art. 13(1), (2)).
LIFECYCLE = "lifecycle"


@dataclass(frozen=True)
class FactSpec:
    """A fact a condition may name: its kind, allowed values, and the event types that have it."""

    name: str
    kind: FactKind
    types: frozenset[str]
    description: str
    values: tuple[str, ...] = ()


_DERIVED: tuple[FactSpec, ...] = (
    FactSpec("type", "enum", ALL_TYPES, "The event type.", tuple(EVENT_MODELS)),
    FactSpec("actor", "enum", ALL_TYPES, "Party whose authority acts.", tuple(Party)),
    FactSpec("counterpart", "enum", ALL_TYPES, "The other Party.", tuple(Party)),
    FactSpec(
        "agreement_status",
        "enum",
        ALL_TYPES,
        "Status of the Agreement on the event's date (Art. 17, 18(1), 18(2), final clause).",
        tuple(AgreementStatus),
    ),
    FactSpec(
        "agreement_applies",
        "bool",
        ALL_TYPES,
        "In force, not suspended as a whole, and (for a request) its subject not suspended (Art. 17, 18).",
    ),
    FactSpec(
        "data_protection_applies",
        "bool",
        ALL_TYPES,
        "In force or suspended: the Art. 10 and 11 conditions still bind data already exchanged.",
    ),
    FactSpec(
        "subject_suspended",
        "bool",
        frozenset({"request", "expert_deployment", "travel_document_notice"}),
        "The subject of the act (a request's subject; expert assistance; travel documents) is under a partial"
        " suspension in effect (Art. 17).",
    ),
    FactSpec("language_is_english", "bool", frozenset({"request"}), "The request is in English, code en or eng (Art. 9(6))."),
    FactSpec("has_grounds", "bool", frozenset({"response"}), "The response names at least one Art. 9(4) ground."),
    FactSpec(
        "has_conditions",
        "bool",
        frozenset({"response", "transfer"}),
        "Conditions were set by the sending or requested Party (Art. 9(4), 10 item 1).",
    ),
    FactSpec(
        "special_categories_present",
        "bool",
        frozenset({"transfer"}),
        "At least one category of Art. 10 item 2 is transferred.",
    ),
    FactSpec(
        "destruction_term_given",
        "bool",
        frozenset({"transfer", "retention_review"}),
        "A destruction term is known (Art. 10 item 5).",
    ),
    FactSpec(
        "days_until_destruction_term",
        "int",
        frozenset({"retention_review"}),
        "Destruction term minus the event's date in days; absent without a term (Art. 10 item 5).",
    ),
    FactSpec(
        "minimum_content_present",
        "bool",
        frozenset({"travel_document_notice"}),
        "Number, type and status of the document are all given (Art. 6(2)).",
    ),
    FactSpec("whole_agreement", "bool", frozenset({"suspension_notice"}), "The notice suspends the whole Agreement (Art. 17)."),
    FactSpec("entry_into_force_known", "bool", frozenset({LIFECYCLE}), "Both Art. 18(1) notifications are known."),
)

#: Date facts a deadline may start from, and the event types that carry them.
DATE_FACTS: dict[str, frozenset[str]] = {
    "date": ALL_TYPES | {LIFECYCLE},
    "destruction_term": frozenset({"transfer", "retention_review"}),
    "entry_into_force": ALL_TYPES | {LIFECYCLE},
}


def _field_specs() -> list[FactSpec]:
    """Event fields that are facts: yes/no flags, closed vocabularies, and the request's language."""
    found: dict[str, tuple[FactKind, tuple[str, ...], set[str]]] = {}
    descriptions: dict[str, str] = {}
    for type_name, model in EVENT_MODELS.items():
        for name, info in model.model_fields.items():
            if name in {"type", "actor", "id", "date"}:
                continue
            annotation = info.annotation
            args = typing.get_args(annotation)
            if typing.get_origin(annotation) in (typing.Union, types.UnionType):
                inner = [a for a in args if a is not type(None)]
                annotation = inner[0] if len(inner) == 1 else annotation
            kind: FactKind
            values: tuple[str, ...] = ()
            if annotation is bool:
                kind = "bool"
            elif isinstance(annotation, type) and issubclass(annotation, StrEnum):
                kind, values = "enum", tuple(annotation)
            elif name == "language":
                kind = "str"
            else:
                continue
            if info.description and name not in descriptions:
                descriptions[name] = info.description
            entry = found.setdefault(name, (kind, values, set()))
            entry[2].add(type_name)
    return [FactSpec(n, k, frozenset(t), descriptions.get(n) or f"Event field {n!r}.", v) for n, (k, v, t) in found.items()]


FACT_SPECS: dict[str, FactSpec] = {s.name: s for s in (*_DERIVED, *_field_specs())}


#: Acts that are themselves a subject of cooperation, and so fall under a partial suspension of it (Art. 17).
IMPLIED_SUBJECT: dict[str, Subject] = {
    "expert_deployment": Subject.EXPERT_ASSISTANCE,
    "travel_document_notice": Subject.TRAVEL_DOCUMENTS,
}
#: ISO 639-1 and 639-2 codes of English (Art. 9(6)).
ENGLISH = frozenset({"en", "eng"})


def _status(event: _Event, lifecycle: Lifecycle | None) -> AgreementStatus:
    if lifecycle is None:
        if event.date < calendar.SIGNATURE_DATE:
            return AgreementStatus.BEFORE_SIGNATURE
        return AgreementStatus.IN_FORCE
    return lifecycle.status_on(event.date)


def derive(event: Event, lifecycle: Lifecycle | None) -> tuple[dict[str, Scalar], dict[str, dt.date | None]]:
    """The facts and the date facts of ``event`` under ``lifecycle`` (``None``: presumed in force since signature)."""
    facts: dict[str, Scalar] = {}
    for name, value in event:
        spec = FACT_SPECS.get(name)
        if spec is None or value is None or event.type not in spec.types:
            continue
        facts[name] = value.value if isinstance(value, StrEnum) else value
    status = _status(event, lifecycle)
    subject_suspended = False
    subject = event.subject if isinstance(event, Request) else IMPLIED_SUBJECT.get(event.type)
    if subject is not None:
        suspended: frozenset[Subject] = lifecycle.suspended_subjects_on(event.date) if lifecycle else frozenset()
        subject_suspended = subject in suspended and status is AgreementStatus.IN_FORCE
        facts["subject_suspended"] = subject_suspended
    if isinstance(event, Request):
        facts["language_is_english"] = event.language in ENGLISH
    facts["type"] = event.type
    facts["actor"] = event.actor.value
    facts["counterpart"] = event.actor.other.value
    facts["agreement_status"] = status.value
    facts["agreement_applies"] = status is AgreementStatus.IN_FORCE and not subject_suspended
    facts["data_protection_applies"] = status in (AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)
    dates: dict[str, dt.date | None] = {
        "date": event.date,
        "entry_into_force": lifecycle.entry_into_force if lifecycle else None,
    }
    match event.type:
        case "response":
            facts["has_grounds"] = bool(event.grounds)
            facts["has_conditions"] = bool(event.conditions)
        case "transfer":
            facts["has_conditions"] = bool(event.conditions)
            facts["special_categories_present"] = any(c.is_special for c in event.categories)
            facts["destruction_term_given"] = event.destruction_term is not None
            dates["destruction_term"] = event.destruction_term
        case "retention_review":
            facts["destruction_term_given"] = event.destruction_term is not None
            if event.destruction_term is not None:
                facts["days_until_destruction_term"] = calendar.days_between(event.date, event.destruction_term)
            dates["destruction_term"] = event.destruction_term
        case "travel_document_notice":
            facts["minimum_content_present"] = None not in (
                event.document_number,
                event.document_type,
                event.document_status,
            )
        case "suspension_notice":
            facts["whole_agreement"] = event.scope is None
    return facts, dates


def lifecycle_facts(lifecycle: Lifecycle) -> tuple[dict[str, Scalar], dict[str, dt.date | None]]:
    """Facts of the pseudo event ``lifecycle`` (Art. 13(1), (2) duties)."""
    eif = lifecycle.entry_into_force
    return {"type": LIFECYCLE, "entry_into_force_known": eif is not None}, {"entry_into_force": eif, "date": eif}
