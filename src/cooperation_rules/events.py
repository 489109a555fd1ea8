"""Typed events: what a competent authority does, on the wire as JSON (issue contract).

Every event has ``type``, ``id``, ``date`` and ``actor``; the ``type`` selects the model.
``date`` is the day the act is done or, for a notice, the day it is received.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StringConstraints, TypeAdapter, ValidationError

from .errors import FieldError, InvalidEvent
from .vocabulary import (
    Channel,
    Crime,
    DataCategory,
    Defect,
    DocumentStatus,
    Outcome,
    Party,
    Purpose,
    Recipient,
    RefusalGround,
    RequestForm,
    Subject,
    SuspensionGround,
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: object) -> object:
    """Accept a ``datetime.date`` or an ISO ``YYYY-MM-DD`` text, nothing looser (no timestamps, no times)."""
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date (YYYY-MM-DD), not a date and time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise ValueError(f"expected an ISO date YYYY-MM-DD, got {value[:40]!r}")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"impossible date {value!r}: {exc}") from None
    raise ValueError(f"expected an ISO date YYYY-MM-DD, got {type(value).__name__}")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=256)]
Condition = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    id: NonEmpty = Field(description="Identifier of the event, unique in the caller's log.")
    date: IsoDate = Field(description="Day the act is done, or for a notice the day it is received.")
    actor: Party = Field(description="Party whose competent authority acts; the other Party is the counterpart.")

    @property
    def counterpart(self) -> Party:
        """The other Contracting Party."""
        return self.actor.other


class Request(_Event):
    """A request for information or assistance (Art. 1 to 9)."""

    type: Literal["request"] = "request"
    subject: Subject
    form: RequestForm
    urgent: StrictBool = False
    crime: Crime | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = "en"
    language_agreed: StrictBool = False
    content_allows_electronic: StrictBool = True
    addressed_to_competent_authority: StrictBool = True


class Response(_Event):
    """The requested Party's answer to a request (Art. 9(2), (4), (5))."""

    type: Literal["response"] = "response"
    request_id: NonEmpty
    outcome: Outcome
    grounds: tuple[RefusalGround, ...] = ()
    conditions: tuple[Condition, ...] = ()


class SpontaneousInformation(_Event):
    """Information given without request (Art. 9(3))."""

    type: Literal["spontaneous_information"] = "spontaneous_information"


class Transfer(_Event):
    """A transfer of personal data to the counterpart (Art. 10, Art. 11(1))."""

    type: Literal["transfer"] = "transfer"
    categories: Annotated[tuple[DataCategory, ...], Field(min_length=1)]
    purpose: Purpose
    necessary: StrictBool = True
    proportionate: StrictBool = True
    destruction_term: IsoDate | None = None
    conditions: tuple[Condition, ...] = ()
    recorded: StrictBool = True


class Use(_Event):
    """Use of received personal data by the receiving Party (Art. 10 item 1)."""

    type: Literal["use"] = "use"
    purpose: Purpose
    transfer_id: NonEmpty | None = None
    sender_consent: StrictBool = Field(default=False, description="Prior written consent of the sending Party.")
    within_conditions: StrictBool = True


class OnwardTransfer(_Event):
    """Submission of received information to a third state or international organisation (Art. 11(2))."""

    type: Literal["onward_transfer"] = "onward_transfer"
    recipient: Recipient
    transfer_id: NonEmpty | None = None
    sender_consent: StrictBool = False


class RetentionReview(_Event):
    """The holder checks whether received personal data may still be kept (Art. 10 item 5)."""

    type: Literal["retention_review"] = "retention_review"
    transfer_id: NonEmpty | None = None
    destruction_term: IsoDate | None = None
    still_necessary: StrictBool = True


class DataDefect(_Event):
    """The sending Party learns that transferred data is defective (Art. 10 item 4)."""

    type: Literal["data_defect"] = "data_defect"
    defect: Defect
    transfer_id: NonEmpty | None = None


class UseReportRequest(_Event):
    """The sending Party asks how transferred data was used (Art. 10 item 3)."""

    type: Literal["use_report_request"] = "use_report_request"
    transfer_id: NonEmpty | None = None


class TravelDocumentNotice(_Event):
    """Information on a lost, stolen, cancelled or counterfeit travel document (Art. 6)."""

    type: Literal["travel_document_notice"] = "travel_document_notice"
    document_number: NonEmpty | None = None
    document_type: NonEmpty | None = None
    document_status: DocumentStatus | None = None
    channel: Channel


class ExpertDeployment(_Event):
    """Experts sent to the competent authorities of the counterpart (Art. 5)."""

    type: Literal["expert_deployment"] = "expert_deployment"


class CostClaim(_Event):
    """One Party claims from the other the costs of implementing the Agreement (Art. 12)."""

    type: Literal["cost_claim"] = "cost_claim"
    agreed_in_advance: StrictBool = False


class SuspensionNotice(_Event):
    """Notice that the actor suspends the Agreement in whole or in part (Art. 17); dated on receipt."""

    type: Literal["suspension_notice"] = "suspension_notice"
    ground: SuspensionGround
    scope: Annotated[tuple[Subject, ...], Field(min_length=1)] | None = None


class TerminationNotice(_Event):
    """Written notice of termination (Art. 18(2)); dated on receipt by the counterpart."""

    type: Literal["termination_notice"] = "termination_notice"


class ContactDetailsChange(_Event):
    """The actor's competent authority changed the contact details it had exchanged (Art. 13(3))."""

    type: Literal["contact_details_change"] = "contact_details_change"


Event = Annotated[
    Request
    | Response
    | SpontaneousInformation
    | Transfer
    | Use
    | OnwardTransfer
    | RetentionReview
    | DataDefect
    | UseReportRequest
    | TravelDocumentNotice
    | ExpertDeployment
    | CostClaim
    | SuspensionNotice
    | TerminationNotice
    | ContactDetailsChange,
    Field(discriminator="type"),
]

EVENT_MODELS: dict[str, type[_Event]] = {
    m.model_fields["type"].default: m
    for m in (
        Request,
        Response,
        SpontaneousInformation,
        Transfer,
        Use,
        OnwardTransfer,
        RetentionReview,
        DataDefect,
        UseReportRequest,
        TravelDocumentNotice,
        ExpertDeployment,
        CostClaim,
        SuspensionNotice,
        TerminationNotice,
        ContactDetailsChange,
    )
}
EVENT_TYPES: tuple[str, ...] = tuple(EVENT_MODELS)

_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def _field_errors(exc: ValidationError, payload: Any) -> list[FieldError]:
    errors: list[FieldError] = []
    event_type = payload.get("type") if isinstance(payload, dict) else None
    for err in exc.errors(include_url=False):
        loc = list(err["loc"])
        # The discriminated union puts the tag first: strip it so the path is the event's field.
        if loc and isinstance(event_type, str) and loc[0] == event_type:
            loc = loc[1:]
        field = ".".join(str(p) for p in loc)
        kind = err["type"]
        if kind == "union_tag_invalid":
            field = "type"
            message = f"unknown event type {event_type!r}; expected one of: {', '.join(EVENT_TYPES)}"
        elif kind == "union_tag_not_found":
            field = "type"
            message = "missing; expected one of: " + ", ".join(EVENT_TYPES)
        elif kind == "extra_forbidden":
            message = "unknown field"
        elif kind == "model_attributes_type":
            message = "an event must be a JSON object"
        else:
            message = str(err["msg"]).removeprefix("Value error, ")
        errors.append(FieldError(field, message))
    return errors


def parse_event(data: dict[str, Any] | str | bytes | _Event, *, line: int | None = None) -> Event:
    """Return the typed event for a dict, a JSON text or an event; raise ``InvalidEvent`` naming each bad field."""
    if isinstance(data, _Event):
        return data  # type: ignore[return-value]
    payload: Any = data
    if isinstance(data, (str, bytes)):
        try:
            payload = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InvalidEvent([FieldError("", f"malformed JSON: {exc}")], line=line) from None
        except RecursionError:
            raise InvalidEvent([FieldError("", "malformed JSON: nested too deeply")], line=line) from None
    if not isinstance(payload, dict):
        raise InvalidEvent([FieldError("", f"an event must be a JSON object, not {type(payload).__name__}")], line=line)
    try:
        return _ADAPTER.validate_python(payload)
    except ValidationError as exc:
        raise InvalidEvent(_field_errors(exc, payload), line=line) from None
    except RecursionError:
        raise InvalidEvent([FieldError("", "value nested too deeply")], line=line) from None


def event_schema() -> dict[str, Any]:
    """The JSON Schema of the event union (draft 2020-12)."""
    return _ADAPTER.json_schema()
