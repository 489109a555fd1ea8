"""Facts: the flat record a rule's conditions read, derived from an event and the lifecycle.

Event fields that are closed vocabularies or yes/no flags are facts under their own names;
the derived facts below are computed here, each with the article that motivates it. Dates
never reach the rule engines: rules compare day counts (``days_until_destruction_term``), and
deadlines read the date facts of ``DATE_FACTS``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import types
import typing
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from ..law import legal_calendar
from ..law.agreement import Agreement
from ..law.lifecycle import Lifecycle
from ..model.events import EVENT_MODELS, AnyEvent, Event, Response
from ..model.vocabulary import AgreementStatus, Party, RequestForm, Subject
from ..rulefiles.schema import FactValue

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


#: Communications between the competent authorities, all bound by the language rule of Art. 9(6).
COMMUNICATIONS: frozenset[str] = frozenset({"request", "response", "spontaneous_information", "travel_document_notice"})
#: What is known of a request answered: governed by the Agreement or not, or not known (Art. 1(2), 17, 18) ...
GOVERNED: tuple[str, ...] = ("governed", "not_governed", "unknown")
#: ... and made in a form (Art. 9(1)) and a language (Art. 9(6)) the Agreement allows, or not, or not known.
ALLOWED: tuple[str, ...] = ("allowed", "not_allowed", "unknown")

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
        frozenset({"request", "response", "spontaneous_information", "transfer", "expert_deployment", "travel_document_notice"}),
        "The subject of the act (the subject a request, an answer, information or a transfer serves; expert assistance;"
        " travel documents) is under a partial suspension in effect (Art. 17); absent when the act names no subject.",
    ),
    FactSpec(
        "language_is_english",
        "bool",
        COMMUNICATIONS,
        "The communication (a request, a response, information without request, a direct notice on travel documents)"
        " is in English, code en or eng (Art. 9(6)).",
    ),
    FactSpec("has_grounds", "bool", frozenset({"response"}), "The response names at least one Art. 9(4) ground."),
    FactSpec(
        "request_governed",
        "enum",
        frozenset({"response"}),
        "The request answered falls under the Agreement: not Art. 1(2) legal assistance, made while the Agreement"
        " applied (Art. 17, 18); governed, not_governed, or unknown when neither its subject nor its date is known. What is not"
        " known of it is taken not to exclude it.",
        GOVERNED,
    ),
    FactSpec(
        "request_form_allowed",
        "enum",
        frozenset({"response"}),
        "The request answered was made in a form Art. 9(1) allows (not oral in a case known not to be urgent, not"
        " electronic when its content is known not to allow it); unknown when its form is not known.",
        ALLOWED,
    ),
    FactSpec(
        "request_language_allowed",
        "enum",
        frozenset({"response"}),
        "The request answered was in English or in a language the authorities agreed on (Art. 9(6)); not_allowed only when"
        " known to be neither; unknown when its language is not known.",
        ALLOWED,
    ),
    FactSpec(
        "request_agreement_status",
        "enum",
        frozenset({"response"}),
        "Status of the Agreement on the day the request answered was made (Art. 17, 18); absent when that day is not known.",
        tuple(AgreementStatus),
    ),
    FactSpec(
        "request_suspended",
        "bool",
        frozenset({"response"}),
        "On the day the request answered was made, the Agreement was suspended as a whole or the request's subject"
        " under a partial suspension in effect (Art. 17); absent when that day is not known.",
    ),
    FactSpec(
        "has_conditions",
        "bool",
        frozenset({"response", "spontaneous_information", "transfer"}),
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
        frozenset({"transfer", "retention_review"}),
        "Destruction term minus the event's date in days; absent without a term (Art. 10 item 5).",
    ),
    FactSpec(
        "minimum_content_present",
        "bool",
        frozenset({"travel_document_notice"}),
        "Number, type and status of the document are all given (Art. 6(2)).",
    ),
    FactSpec("whole_agreement", "bool", frozenset({"suspension_notice"}), "The notice suspends the whole Agreement (Art. 17)."),
    FactSpec(
        "ground_lawful",
        "bool",
        frozenset({"suspension_notice"}),
        "The notice's ground is one Art. 17 allows (the lawful grounds of agreement.yaml).",
    ),
    FactSpec("entry_into_force_known", "bool", frozenset({LIFECYCLE}), "Both Art. 18(1) notifications are known."),
)

#: Date facts a deadline may start from, and the event types that carry them.
DATE_FACTS: dict[str, frozenset[str]] = {
    "date": ALL_TYPES | {LIFECYCLE},
    "destruction_term": frozenset({"transfer", "retention_review"}),
    "entry_into_force": ALL_TYPES | {LIFECYCLE},
}


# The three functions marked "no mutate" run once, when this module is imported, to build tables (FACT_SPECS,
# _FIELD_FACTS). The code mutation tool imports the modules once and switches each mutant on after the import, so a
# mutant of theirs never runs and would be reported surviving whatever the tests assert: they are left out, and the
# tables they build are tested by what they decide (docs/regressions.md).
def _field_specs() -> list[FactSpec]:  # pragma: no mutate block
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


def _presumed_status(day: dt.date, agreement: Agreement) -> AgreementStatus:
    """Without a lifecycle: signed on 23 November 2017, in force since 1 September 2018 as published (Art. 18(1),
    final clause; ``agreement.yaml``), with no suspension and no termination known."""
    if day < agreement.signed:
        return AgreementStatus.BEFORE_SIGNATURE
    return AgreementStatus.NOT_IN_FORCE if day < agreement.entered_into_force.date else AgreementStatus.IN_FORCE


class Timeline:
    """The Agreement's status and the subjects under a partial suspension, day by day, under one lifecycle.

    Both change only on the days something takes effect: signature, entry into force, termination,
    a suspension or its lifting (Art. 17, 18, final clause). They are computed once, by the
    lifecycle itself, on each of those days and on a day before them all; any other day is looked up
    by bisection. ``lifecycle=None`` is the presumption: in force since the day it did enter into force
    (1 September 2018, as published). Every date counts the periods of ``agreement`` (the rulebook's
    ``agreement.yaml``).
    """

    __slots__ = ("_days", "_states", "agreement", "entry_into_force", "lifecycle")

    def __init__(self, lifecycle: Lifecycle | None, agreement: Agreement) -> None:
        self.lifecycle = lifecycle
        self.agreement = agreement
        self.entry_into_force = (
            lifecycle.entry_into_force_under(agreement) if lifecycle is not None else agreement.entered_into_force.date
        )
        changes = {agreement.signed, agreement.entered_into_force.date}
        if lifecycle is not None:
            changes.update(d for d in (self.entry_into_force, lifecycle.termination_date_under(agreement)) if d is not None)
            for s in lifecycle.suspensions:
                changes.update(
                    d for d in (s.effective_from_under(agreement), s.effective_until_under(agreement)) if d is not None
                )
        self._days = tuple(sorted(changes))
        self._states = (
            tuple(self._compute(day) for day in (dt.date.min, *self._days))
            if lifecycle is None
            else lifecycle.states_on((dt.date.min, *self._days), agreement)  # one sweep: O(n log n) in suspensions
        )

    def _compute(self, day: dt.date) -> tuple[AgreementStatus, frozenset[Subject]]:
        if self.lifecycle is None:
            return _presumed_status(day, self.agreement), frozenset()
        return self.lifecycle.status_on(day, self.agreement), self.lifecycle.suspended_subjects_on(day, self.agreement)

    def on(self, day: dt.date) -> tuple[AgreementStatus, frozenset[Subject]]:
        """The status on ``day`` and the subjects suspended in part that day."""
        return self._states[bisect.bisect_right(self._days, day)]


def _enum_field(annotation: object) -> bool:  # pragma: no mutate block
    """True for a field whose values are members of a vocabulary (``Party``, ``Purpose | None``, ...)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(_enum_field(a) for a in typing.get_args(annotation))
    return isinstance(annotation, type) and issubclass(annotation, StrEnum)


def _field_facts(type_name: str, model: type[Event]) -> tuple[tuple[str, bool], ...]:  # pragma: no mutate block
    """The fields of an event type that are facts, in field order, each with whether its value is an enum member."""
    return tuple(
        (name, _enum_field(info.annotation))
        for name, info in model.model_fields.items()
        if name in FACT_SPECS and type_name in FACT_SPECS[name].types
    )


_FIELD_FACTS: dict[str, tuple[tuple[str, bool], ...]] = {t: _field_facts(t, m) for t, m in EVENT_MODELS.items()}


def derive(
    event: AnyEvent, lifecycle: Lifecycle | None, timeline: Timeline | None = None
) -> tuple[dict[str, FactValue], dict[str, dt.date | None]]:
    """The facts and the date facts of ``event`` under ``lifecycle`` (``None``: in force since 1 September 2018).

    ``timeline`` is ``Timeline(lifecycle, agreement)``, passed by a rulebook (with its own Agreement) or by a
    caller that evaluates many events under one lifecycle; without it the bundled Agreement's dates count.
    """
    if timeline is None or timeline.lifecycle is not lifecycle:
        timeline = Timeline(lifecycle, timeline.agreement if timeline is not None else Agreement.bundled())
    fields = event.__dict__
    facts: dict[str, FactValue] = {}
    for name, is_enum in _FIELD_FACTS[event.type]:
        value = fields[name]
        if value is not None:
            facts[name] = value._value_ if is_enum else value
    status, suspended = timeline.on(event.date)
    subject_suspended = False
    subject: Subject | None = getattr(event, "subject", None) or IMPLIED_SUBJECT.get(event.type)
    if subject is not None:
        subject_suspended = subject in suspended and status is AgreementStatus.IN_FORCE
        facts["subject_suspended"] = subject_suspended
    if event.type in COMMUNICATIONS:
        english = getattr(event, "language", "en") in ENGLISH
        facts["language_is_english"] = english
        if english:  # an agreement on another language says nothing of a communication in English (Art. 9(6))
            facts["language_agreed"] = False
    # ``type`` and ``actor`` are fields of every event, given with the others above; the other Party is not.
    facts["counterpart"] = event.actor.other._value_
    facts["agreement_status"] = status._value_
    facts["agreement_applies"] = status is AgreementStatus.IN_FORCE and not subject_suspended
    facts["data_protection_applies"] = status is AgreementStatus.IN_FORCE or status is AgreementStatus.SUSPENDED
    dates: dict[str, dt.date | None] = {
        "date": event.date,
        "entry_into_force": timeline.entry_into_force,
    }
    match event.type:
        case "response":
            facts["has_grounds"] = bool(event.grounds)
            facts["has_conditions"] = bool(event.conditions)
            facts.update(_request_answered(event, timeline))
        case "spontaneous_information":
            facts["has_conditions"] = bool(event.conditions_on_personal_data)
        case "transfer":
            facts["has_conditions"] = bool(event.conditions)
            facts["special_categories_present"] = any(c.is_special for c in event.categories)
            facts["destruction_term_given"] = event.destruction_term is not None
            if event.destruction_term is not None:
                facts["days_until_destruction_term"] = legal_calendar.days_between(event.date, event.destruction_term)
            dates["destruction_term"] = event.destruction_term
        case "retention_review":
            facts["destruction_term_given"] = event.destruction_term is not None
            if event.destruction_term is not None:
                facts["days_until_destruction_term"] = legal_calendar.days_between(event.date, event.destruction_term)
            dates["destruction_term"] = event.destruction_term
        case "travel_document_notice":
            facts["minimum_content_present"] = None not in (
                event.document_number,
                event.document_type,
                event.document_status,
            )
        case "suspension_notice":
            facts["whole_agreement"] = event.scope is None
            facts["ground_lawful"] = timeline.agreement.lawful_ground(event.ground)
    return facts, dates


def _request_answered(event: Response, timeline: Timeline) -> dict[str, FactValue]:
    """What is known of the request a response answers (Art. 1(2), 9(1), 9(6), 17, 18).

    A fact is ``not_governed`` or ``not_allowed`` only when what is known excludes the request; what is not known
    is taken not to.
    """
    facts: dict[str, FactValue] = {}
    governed = "unknown" if event.request_subject is None and event.request_date is None else "governed"
    if event.request_subject is Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS:
        governed = "not_governed"
    if event.request_date is not None:
        status, suspended = timeline.on(event.request_date)
        on_suspended_subject = status is AgreementStatus.IN_FORCE and event.request_subject in suspended
        facts["request_agreement_status"] = status._value_
        facts["request_suspended"] = status is AgreementStatus.SUSPENDED or on_suspended_subject
        if status is not AgreementStatus.IN_FORCE or on_suspended_subject:
            governed = "not_governed"
    facts["request_governed"] = governed
    if event.request_form is None:
        facts["request_form_allowed"] = "unknown"
    else:
        oral_not_urgent = event.request_form is RequestForm.ORAL and event.request_urgent is False
        electronic_not_allowed = event.request_form is RequestForm.ELECTRONIC and event.request_content_allows_electronic is False
        facts["request_form_allowed"] = "not_allowed" if oral_not_urgent or electronic_not_allowed else "allowed"
    if event.request_language is None:
        facts["request_language_allowed"] = "unknown"
    else:
        not_agreed = event.request_language not in ENGLISH and event.request_language_agreed is False
        facts["request_language_allowed"] = "not_allowed" if not_agreed else "allowed"
    return facts


def lifecycle_facts(lifecycle: Lifecycle, agreement: Agreement) -> tuple[dict[str, FactValue], dict[str, dt.date | None]]:
    """Facts of the pseudo event ``lifecycle`` (Art. 13(1), (2) duties), with ``agreement``'s dates."""
    eif = lifecycle.entry_into_force_under(agreement)
    return {"type": LIFECYCLE, "entry_into_force_known": eif is not None}, {"entry_into_force": eif, "date": eif}
