"""Typed events: what a competent authority does, on the wire as JSON (issue contract).

Every event has ``type``, ``id``, ``date`` and ``actor``; the ``type`` selects the model.
``date`` is the day the act is done or, for a notice, the day it is received.
"""

import datetime as dt
import json
import re
from collections.abc import Collection, Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..catalogs import N_
from ..errors import ErrorCode, FieldError, InvalidEvent
from .schema import event_schema_of
from .vocabulary import (
    ActStage,
    Channel,
    Crime,
    DataCategory,
    Defect,
    DestructionReason,
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

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# The messages of a date refused; each is the template of a ``FieldError`` (``_field_errors``).
_NOT_A_DATE = N_("expected a date of the form YYYY-MM-DD, got %(value)s")
_DATE_AND_TIME = N_("expected a date of the form YYYY-MM-DD, not a date and time")
_NO_SUCH_DAY = N_("impossible date %(value)s: no such day")
_OUT_OF_ORDER = N_("the request answered (%(request_date)s) is dated after the answer (%(date)s)")


def _refuse(code: ErrorCode, template: str, **params: object) -> PydanticCustomError:
    """A validator's refusal that keeps the library's code and message template (``_field_errors`` reads both)."""
    return PydanticCustomError(code.value, template % params, {"template": template, "params": params})


def _iso_date(value: object) -> object:
    """Accept a ``datetime.date`` or an ISO ``YYYY-MM-DD`` text, nothing looser (no timestamps, no times, no
    whitespace: the whole text must be the date, so ``"2020-01-01\\n"`` is not one). Text first: it is what
    JSON gives."""
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            raise _refuse(ErrorCode.INVALID_DATE, _NOT_A_DATE, value=_short(value))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _refuse(ErrorCode.IMPOSSIBLE_DATE, _NO_SUCH_DAY, value=value) from None
    if isinstance(value, dt.datetime):
        raise _refuse(ErrorCode.INVALID_DATE, _DATE_AND_TIME)
    if isinstance(value, dt.date):
        return value
    raise _refuse(ErrorCode.INVALID_DATE, _NOT_A_DATE, value=_short(value))


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=256)]
#: An ISO 639 language code, two or three lower-case letters (Art. 9(6)).
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
#: A condition set by a Party, in words (Art. 9(4), 10 item 1).
ConditionText = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class Event(BaseModel):
    """Base of every event: what a competent authority does or asks about, on one day.

    ``isinstance(x, Event)`` tells an event of any type; ``AnyEvent`` is the union of the types
    that ``parse_event`` returns, told apart by ``type``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False, defer_build=True)  # schemas built on first use

    id: NonEmpty = Field(description="Identifier of the event, unique in the caller's log.")
    date: IsoDate = Field(description="Day the act is done, or for a notice the day it is received.")
    actor: Party = Field(description="Party whose competent authority acts; the other Party is the counterpart.")

    @property
    def counterpart(self) -> Party:
        """The other Contracting Party."""
        return self.actor.other


class Request(Event):
    """A request for information or assistance (Art. 1 to 9)."""

    type: Literal["request"] = "request"
    subject: Subject = Field(
        description="What the request is about (Art. 3 to 8; Art. 1(2) legal assistance is outside the Agreement)."
    )
    form: RequestForm = Field(description="Written, electronic, or oral (oral only in urgent cases, Art. 9(1)).")
    urgent: StrictBool = Field(default=False, description="The case is urgent (Art. 9(1)).")
    crime: Crime | None = Field(default=None, description="Type of crime concerned (Art. 2), if any.")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = Field(
        default="en", description="ISO 639 code of the request's language (Art. 9(6))."
    )
    language_agreed: StrictBool = Field(
        default=False,
        description="The request's language is not English and the authorities agreed to use it (Art. 9(6)); "
        "no effect on a request in English.",
    )
    content_allows_electronic: StrictBool = Field(
        default=True, description="The request's content allows electronic means (Art. 9(1))."
    )
    addressed_to_competent_authority: StrictBool = Field(
        default=True, description="The receiving authority is competent to handle the request (Art. 9(2))."
    )
    from_designated_authority: StrictBool = Field(
        default=True,
        description="The requesting authority is one of the competent authorities its Party named under Art. 13(1).",
    )


class Response(Event):
    """The requested Party's answer to a request (Art. 9(2), (4), (5))."""

    type: Literal["response"] = "response"
    request_id: NonEmpty = Field(description="Id of the request answered.")
    outcome: Outcome = Field(description="How the requested Party answers (Art. 9(2), (4)).")
    grounds: tuple[RefusalGround, ...] = Field(default=(), description="Art. 9(4) grounds of a full or partial refusal.")
    conditions: tuple[ConditionText, ...] = Field(
        default=(), description="Conditions set for satisfying the request, binding on the requesting Party (Art. 9(4))."
    )
    subject: Subject | None = Field(
        default=None,
        description="The subject of cooperation (Art. 3 to 8) the answer serves; reached by a partial suspension (Art. 17).",
    )
    contains_personal_data: StrictBool = Field(
        default=False, description="The answer hands over personal data, which Art. 10 then governs."
    )
    language: LanguageCode = Field(default="en", description="ISO 639 code of the communication's language (Art. 9(6)).")
    language_agreed: StrictBool = Field(
        default=False,
        description="The communication's language is not English and the authorities agreed to use it (Art. 9(6)).",
    )
    # What is known of the request answered: a response is judged with its request (Art. 1(2), 9(1), 9(6), 17, 18).
    request_subject: Subject | None = Field(
        default=None,
        description="Subject of the request answered (Art. 3 to 8; Art. 1(2) legal assistance is outside the Agreement);"
        " null when not known.",
    )
    request_form: RequestForm | None = Field(
        default=None, description="Form of the request answered (Art. 9(1)); null when not known."
    )
    request_urgent: StrictBool | None = Field(
        default=None, description="The request answered was made in an urgent case (Art. 9(1)); null when not known."
    )
    request_content_allows_electronic: StrictBool | None = Field(
        default=None,
        description="The content of the request answered allowed electronic means (Art. 9(1)); null when not known.",
    )
    request_language: LanguageCode | None = Field(
        default=None, description="ISO 639 code of the language of the request answered (Art. 9(6)); null when not known."
    )
    request_language_agreed: StrictBool | None = Field(
        default=None,
        description="The authorities had agreed on the language of the request answered (Art. 9(6)); null when not known.",
    )
    request_date: IsoDate | None = Field(
        default=None,
        description="Day the request answered was made, not after the answer: whether the Agreement applied to it"
        " (Art. 17, 18); null when not known.",
    )

    @model_validator(mode="after")
    def _request_before_answer(self) -> "Response":
        """An answer cannot precede the request it answers."""
        if self.request_date is not None and self.request_date > self.date:
            raise _refuse(
                ErrorCode.DATES_OUT_OF_ORDER,
                _OUT_OF_ORDER,
                request_date=self.request_date.isoformat(),
                date=self.date.isoformat(),
            )
        return self


class SpontaneousInformation(Event):
    """Information given without request (Art. 9(3))."""

    type: Literal["spontaneous_information"] = "spontaneous_information"
    subject: Subject | None = Field(
        default=None,
        description="The subject of cooperation (Art. 3 to 8) the information serves; reached by a partial suspension (Art. 17).",
    )
    contains_personal_data: StrictBool = Field(
        default=False, description="The information includes personal data, which Art. 10 then governs."
    )
    conditions_on_personal_data: tuple[ConditionText, ...] = Field(
        default=(),
        description="Conditions the sending Party set on the use of the personal data the information includes"
        " (Art. 10, item 1).",
    )
    language: LanguageCode = Field(default="en", description="ISO 639 code of the communication's language (Art. 9(6)).")
    language_agreed: StrictBool = Field(
        default=False,
        description="The communication's language is not English and the authorities agreed to use it (Art. 9(6)).",
    )


class Transfer(Event):
    """A transfer of personal data to the counterpart (Art. 10, Art. 11(1))."""

    type: Literal["transfer"] = "transfer"
    categories: Annotated[tuple[DataCategory, ...], Field(min_length=1)] = Field(
        description="Categories of personal data transferred; nine are special (Art. 10, item 2)."
    )
    purpose: Purpose = Field(description="Purpose of the transfer (Art. 10, items 1 and 6).")
    necessary: StrictBool = Field(default=True, description="The transfer is needed (Art. 10, items 2 and 4).")
    proportionate: StrictBool = Field(default=True, description="The volume is appropriate to the purpose (Art. 10, item 4).")
    destruction_term: IsoDate | None = Field(
        default=None, description="Destruction term informed with the transfer (Art. 10, item 5)."
    )
    conditions: tuple[ConditionText, ...] = Field(
        default=(), description="Conditions of use set by the sending Party (Art. 10, item 1)."
    )
    recorded: StrictBool = Field(default=True, description="The sending Party recorded the transfer (Art. 10, item 6).")
    subject: Subject | None = Field(
        default=None,
        description="The subject of cooperation (Art. 3 to 8) the transfer serves; reached by a partial suspension (Art. 17).",
    )


class Use(Event):
    """Use of received personal data by the receiving Party (Art. 10 item 1)."""

    type: Literal["use"] = "use"
    purpose: Purpose = Field(description="Purpose of the use (Art. 10, item 1).")
    transfer_id: NonEmpty | None = Field(default=None, description="Id of the transfer that brought the data.")
    sender_consent: StrictBool = Field(default=False, description="Prior written consent of the sending Party.")
    within_conditions: StrictBool = Field(
        default=True, description="The use respects the sending Party's conditions (Art. 10, item 1)."
    )
    act: ActStage = Field(
        default=ActStage.ASKED,
        description="Asked about before it is done, or done; consent must be previously obtained (Art. 10, item 1).",
    )
    received_under_1998_agreement: StrictBool = Field(
        default=False,
        description="The data was received under the 1998 agreement that Art. 18(3) ended, not under this Agreement.",
    )


class OnwardTransfer(Event):
    """Submission of received information to a third state or international organisation (Art. 11(2))."""

    type: Literal["onward_transfer"] = "onward_transfer"
    recipient: Recipient = Field(description="Third state or international organisation (Art. 11(2)).")
    transfer_id: NonEmpty | None = Field(default=None, description="Id of the transfer that brought the information.")
    sender_consent: StrictBool = Field(default=False, description="The sending Party consented in writing (Art. 11(2)).")
    act: ActStage = Field(
        default=ActStage.ASKED, description="Asked about before it is done, or done; consent must come first (Art. 11(2))."
    )
    received_under_1998_agreement: StrictBool = Field(
        default=False,
        description="The information was received under the 1998 agreement that Art. 18(3) ended, not under this Agreement.",
    )


class RetentionReview(Event):
    """The holder checks whether received personal data may still be kept (Art. 10 item 5)."""

    type: Literal["retention_review"] = "retention_review"
    transfer_id: NonEmpty | None = Field(default=None, description="Id of the transfer that brought the data.")
    destruction_term: IsoDate | None = Field(
        default=None, description="Destruction term informed by the sending Party (Art. 10, item 5)."
    )
    still_necessary: StrictBool = Field(default=True, description="The data is still necessary (Art. 10, item 5).")
    received_under_1998_agreement: StrictBool = Field(
        default=False,
        description="The data was received under the 1998 agreement that Art. 18(3) ended, not under this Agreement.",
    )
    protection_breached: StrictBool = Field(
        default=False,
        description="The data held was accessed, lost, altered, transmitted or published by accident or without"
        " authorisation (Art. 10, item 7).",
    )


class DataDefect(Event):
    """The sending Party learns that transferred data is defective (Art. 10 item 4)."""

    type: Literal["data_defect"] = "data_defect"
    defect: Defect = Field(description="Unreliable, or could not be transferred (Art. 10, item 4).")
    transfer_id: NonEmpty | None = Field(default=None, description="Id of the transfer concerned.")


class UseReportRequest(Event):
    """The sending Party asks how transferred data was used (Art. 10 item 3)."""

    type: Literal["use_report_request"] = "use_report_request"
    transfer_id: NonEmpty | None = Field(default=None, description="Id of the transfer whose use is asked about.")


class TravelDocumentNotice(Event):
    """Information on a lost, stolen, cancelled or counterfeit travel document (Art. 6)."""

    type: Literal["travel_document_notice"] = "travel_document_notice"
    document_number: NonEmpty | None = Field(default=None, description="Number of the travel document (Art. 6(2)).")
    document_type: NonEmpty | None = Field(default=None, description="Type of the travel document (Art. 6(2)).")
    document_status: DocumentStatus | None = Field(
        default=None, description="Lost, stolen, cancelled (Art. 6(1)) or counterfeit detected (Art. 6(4))."
    )
    channel: Channel = Field(description="Directly or through the Interpol database (Art. 6(3)).")
    contains_personal_data: StrictBool = Field(
        default=False, description="The notice includes personal data (of the holder), which Art. 10 then governs."
    )
    language: LanguageCode = Field(default="en", description="ISO 639 code of the communication's language (Art. 9(6)).")
    language_agreed: StrictBool = Field(
        default=False,
        description="The communication's language is not English and the authorities agreed to use it (Art. 9(6)).",
    )


class ExpertDeployment(Event):
    """Experts sent to the competent authorities of the counterpart (Art. 5)."""

    type: Literal["expert_deployment"] = "expert_deployment"


class CostClaim(Event):
    """One Party claims from the other the costs of implementing the Agreement (Art. 12)."""

    type: Literal["cost_claim"] = "cost_claim"
    agreed_in_advance: StrictBool = Field(
        default=False, description="The Parties agreed on the costs in advance in this case (Art. 12)."
    )


class SuspensionNotice(Event):
    """Notice that the actor suspends the Agreement in whole or in part (Art. 17); dated on receipt."""

    type: Literal["suspension_notice"] = "suspension_notice"
    ground: SuspensionGround = Field(description="Why the Agreement is suspended (Art. 17).")
    scope: Annotated[tuple[Subject, ...], Field(min_length=1)] | None = Field(
        default=None, description="Subjects suspended; null suspends the whole Agreement (Art. 17)."
    )


class SuspensionLiftingNotice(Event):
    """Notice that the actor abolishes the suspension it had introduced (Art. 17); dated on receipt."""

    type: Literal["suspension_lifting_notice"] = "suspension_lifting_notice"
    scope: Annotated[tuple[Subject, ...], Field(min_length=1)] | None = Field(
        default=None,
        description="Subjects whose suspension is lifted; null lifts the suspension of the whole Agreement (Art. 17).",
    )


class TerminationNotice(Event):
    """Written notice of termination (Art. 18(2)); dated on receipt by the counterpart."""

    type: Literal["termination_notice"] = "termination_notice"


class ContactDetailsChange(Event):
    """The actor's competent authority changed the contact details it had exchanged (Art. 13(3))."""

    type: Literal["contact_details_change"] = "contact_details_change"


class WrittenConfirmation(Event):
    """The requesting Party confirms in writing an oral request made in an urgent case (Art. 9(1))."""

    type: Literal["written_confirmation"] = "written_confirmation"
    request_id: NonEmpty = Field(description="Id of the oral request confirmed.")


class RefusalNotice(Event):
    """The requested Party informs in writing of a refusal or a partial fulfilment (Art. 9(5))."""

    type: Literal["refusal_notice"] = "refusal_notice"
    request_id: NonEmpty = Field(description="Id of the request refused in whole or in part.")


class Consent(Event):
    """The sending Party's written consent: to a use for another purpose (Art. 10, item 1) or to a submission to a
    third state or an international organisation (Art. 11(2)); dated on the day it is given."""

    type: Literal["consent"] = "consent"
    transfer_id: NonEmpty = Field(description="Id of the transfer whose data the consent concerns.")
    purpose: Purpose | None = Field(
        default=None, description="The purpose of a use consented to (Art. 10, item 1); null when none is named."
    )
    recipient: Recipient | None = Field(
        default=None,
        description="The kind of recipient a submission is consented to (Art. 11(2)); null when none is named.",
    )


class Destruction(Event):
    """The holder destroys personal data received with a transfer (Art. 10, items 4 to 6)."""

    type: Literal["destruction"] = "destruction"
    transfer_id: NonEmpty = Field(description="Id of the transfer whose data is destroyed.")
    reason: DestructionReason = Field(description="Why the data is destroyed, as the records indicate (Art. 10, item 6).")


class UseReport(Event):
    """The receiving Party informs the sending Party of the use of personal data it transferred and the results
    achieved, at the sending Party's request (Art. 10, item 3)."""

    type: Literal["use_report"] = "use_report"
    transfer_id: NonEmpty = Field(description="Id of the transfer whose data's use is reported.")


class Correction(Event):
    """The receiving Party corrects personal data the sending Party notified as incorrect (Art. 10, item 4)."""

    type: Literal["correction"] = "correction"
    transfer_id: NonEmpty = Field(description="Id of the transfer whose data is corrected.")


class Forwarding(Event):
    """The requested Party's authority that received a request it is not competent to handle forwards it to the
    authority competent to handle it (Art. 9(2))."""

    type: Literal["forwarding"] = "forwarding"
    request_id: NonEmpty = Field(description="Id of the request forwarded.")


class Notification(Event):
    """A Party informs the other of what an earlier act obliged it to notify: that data it transferred was unreliable
    or could not be transferred (Art. 10, item 4), the destruction term of data it handed over (Art. 10, item 5), a
    change of its contact details (Art. 13(3))."""

    type: Literal["notification"] = "notification"
    regarding: NonEmpty = Field(description="Id of the earlier event whose duty to notify or inform the notification performs.")


class ProceduresNotification(Event):
    """A Party's written notification, through diplomatic channels, that it has completed the internal procedures
    necessary for the Agreement's entry into force (Art. 18(1)); ``actor`` is the notifying Party, ``date`` the day
    the other Party received it."""

    type: Literal["procedures_notification"] = "procedures_notification"


#: Any event, told apart by ``type``: what ``parse_event`` returns.
AnyEvent = Annotated[
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
    | SuspensionLiftingNotice
    | TerminationNotice
    | ContactDetailsChange
    | WrittenConfirmation
    | RefusalNotice
    | Consent
    | Destruction
    | UseReport
    | Correction
    | Forwarding
    | Notification
    | ProceduresNotification,
    Field(discriminator="type"),
]

EVENT_MODELS: dict[str, type[Event]] = {
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
        SuspensionLiftingNotice,
        TerminationNotice,
        ContactDetailsChange,
        WrittenConfirmation,
        RefusalNotice,
        Consent,
        Destruction,
        UseReport,
        Correction,
        Forwarding,
        Notification,
        ProceduresNotification,
    )
}
EVENT_TYPES: tuple[str, ...] = tuple(EVENT_MODELS)

_ADAPTER: TypeAdapter[AnyEvent] = TypeAdapter(AnyEvent, config=ConfigDict(defer_build=True))  # built on first use, not at import


#: The library's code for each of the validator's error types that an event can meet; any other is ``invalid_value``.
#: A table of our own, so that the codes on the wire stay the same whatever the validator's version calls them.
_CODES: dict[str, ErrorCode] = {
    "missing": ErrorCode.MISSING,
    "extra_forbidden": ErrorCode.UNKNOWN_FIELD,
    "union_tag_invalid": ErrorCode.UNKNOWN_EVENT_TYPE,
    "union_tag_not_found": ErrorCode.MISSING,
    "enum": ErrorCode.NOT_ALLOWED,
    "literal_error": ErrorCode.NOT_ALLOWED,
    "bool_type": ErrorCode.WRONG_TYPE,
    "bool_parsing": ErrorCode.WRONG_TYPE,
    "string_type": ErrorCode.WRONG_TYPE,
    "tuple_type": ErrorCode.WRONG_TYPE,
    "list_type": ErrorCode.WRONG_TYPE,
    "model_type": ErrorCode.NOT_AN_OBJECT,
    "model_attributes_type": ErrorCode.NOT_AN_OBJECT,
    "dict_type": ErrorCode.NOT_AN_OBJECT,
    "string_too_short": ErrorCode.TOO_SHORT,
    "too_short": ErrorCode.TOO_SHORT,
    "string_too_long": ErrorCode.TOO_LONG,
    "too_long": ErrorCode.TOO_LONG,
    "string_pattern_mismatch": ErrorCode.PATTERN_MISMATCH,
    "string_unicode": ErrorCode.NOT_UTF8,
}

# The library's own words for each fault the validator finds (never the validator's, which is English only).
_MISSING = N_("missing: the field is required")
_MISSING_TYPE = N_("missing; expected one of: %(expected)s")
_UNKNOWN_FIELD = N_("unknown field: no event of this type has it")
_UNKNOWN_TYPE = N_("unknown event type %(value)s; expected one of: %(expected)s")
_NOT_ALLOWED = N_("%(value)s is not allowed here; one of: %(expected)s")
_EXPECTED_BOOL = N_("expected true or false, got %(value)s")
_EXPECTED_TEXT = N_("expected a text, got %(value)s")
_EXPECTED_LIST = N_("expected a list, got %(value)s")
_EXPECTED_OBJECT = N_("an event must be a JSON object")
_TOO_SHORT = N_("too short: at least %(limit)s")
_TOO_LONG = N_("too long: at most %(limit)s")
_PATTERN = N_("%(value)s does not match the pattern %(pattern)s")
_INVALID_VALUE = N_("value not accepted: %(value)s")
_NOT_WRITABLE = N_("not text UTF-8 can write: %(value)s holds a lone surrogate (an escape from \\ud800 to \\udfff)")
_KEY_NOT_WRITABLE = N_("a key is not text UTF-8 can write: it holds a lone surrogate (an escape from \\ud800 to \\udfff)")
_MORE_FAULTS = N_("and %(count)d more faults")

_WRONG_TYPE_WORDS = {"bool_type": _EXPECTED_BOOL, "bool_parsing": _EXPECTED_BOOL, "tuple_type": _EXPECTED_LIST}


def _fault(field: str, err: Any, event_type: object) -> FieldError:
    """The library's ``FieldError`` for one of the validator's errors: its code, and a message of the catalog."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if "template" in ctx:  # refused by a validator of this module (``_refuse``): its own code and words
        return FieldError.of(field, ErrorCode(kind), ctx["template"], **ctx["params"])
    code = _CODES.get(kind, ErrorCode.INVALID_VALUE)
    value = _short(err.get("input"))
    if kind == "union_tag_invalid":
        return FieldError.of("type", code, _UNKNOWN_TYPE, value=_short(event_type), expected=", ".join(EVENT_TYPES))
    if kind == "union_tag_not_found":
        return FieldError.of("type", code, _MISSING_TYPE, expected=", ".join(EVENT_TYPES))
    if code is ErrorCode.MISSING:
        return FieldError.of(field, code, _MISSING)
    if code is ErrorCode.UNKNOWN_FIELD:
        return FieldError.of(field, code, _UNKNOWN_FIELD)
    if code is ErrorCode.NOT_ALLOWED:
        expected = str(ctx.get("expected", "")).replace("' or '", "', '")
        return FieldError.of(field, code, _NOT_ALLOWED, value=value, expected=expected)
    if code is ErrorCode.NOT_AN_OBJECT:
        return FieldError.of(field, code, _EXPECTED_OBJECT)
    if code is ErrorCode.WRONG_TYPE:
        return FieldError.of(field, code, _WRONG_TYPE_WORDS.get(kind, _EXPECTED_TEXT), value=value)
    if code is ErrorCode.TOO_SHORT:
        return FieldError.of(field, code, _TOO_SHORT, limit=ctx.get("min_length", 1))
    if code is ErrorCode.TOO_LONG:
        return FieldError.of(field, code, _TOO_LONG, limit=ctx.get("max_length", "?"))
    if code is ErrorCode.NOT_UTF8:  # a JSON escape of half a surrogate pair: text no line of UTF-8 can carry
        return FieldError.of(field, code, _NOT_WRITABLE, value=value)
    if code is ErrorCode.PATTERN_MISMATCH:
        return FieldError.of(field, code, _PATTERN, value=value, pattern=str(ctx.get("pattern", "")))
    return FieldError.of(field, code, _INVALID_VALUE, value=value)


def writable_as_utf8(text: str) -> bool:
    """Whether UTF-8 can write ``text`` (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _field_errors(exc: ValidationError, payload: Any) -> list[FieldError]:
    errors: list[FieldError] = []
    event_type = payload.get("type") if isinstance(payload, dict) else None
    for err in exc.errors(include_url=False):
        loc = list(err["loc"])
        # The discriminated union puts the tag first: strip it so the path is the event's field.
        if loc and isinstance(event_type, str) and loc[0] == event_type:
            loc = loc[1:]
        if not loc and err["type"] == "string_unicode" and isinstance(payload, dict):
            # The validator blames the whole record for a key it cannot read: name the key (escaped) instead.
            bad = next((k for k in payload if isinstance(k, str) and not writable_as_utf8(k)), None)
            if bad is not None:
                errors.append(FieldError.of(field_path([bad]), ErrorCode.NOT_UTF8, _KEY_NOT_WRITABLE))
                continue
        errors.append(_fault(field_path(loc), err, event_type))
    if len(errors) > MAX_FAULTS:
        errors[MAX_FAULTS:] = [FieldError.of("", ErrorCode.MORE_FAULTS, _MORE_FAULTS, count=len(errors) - MAX_FAULTS)]
    return errors


#: No field of an event nests more than two levels (a list of words) or needs more than a few dozen items: anything
#: deeper than ``MAX_DEPTH`` or longer than ``MAX_ITEMS`` is refused before validation, which would report every item.
MAX_DEPTH = 16
MAX_ITEMS = 1000
#: Faults reported for one event at most; the others are counted in one more.
MAX_FAULTS = 20
#: The most ``[`` and ``{`` a JSON text may hold (inside strings too: the count is an upper bound taken before
#: parsing). A valid event holds a few dozen; a snapshot line or a lifecycle a few hundred.
MAX_CONTAINERS = 20_000
_CONTAINERS = (dict, list, tuple)


_TOO_DEEP = N_("lists or objects nested deeper than %(limit)d levels")
_TOO_MANY_ITEMS = N_("more than %(limit)d items")
_TOO_MANY_FIELDS = N_("more than %(limit)d fields")


def _shape_fault(value: object) -> tuple[ErrorCode, str] | None:
    """Why ``value`` is refused before validation: lists or objects nested more than ``MAX_DEPTH`` levels deep, or
    one of more than ``MAX_ITEMS`` items; ``None`` when neither (checked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Collection[object] = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > MAX_DEPTH:
            return ErrorCode.TOO_DEEP, _TOO_DEEP
        if len(children) > MAX_ITEMS:
            return ErrorCode.TOO_MANY_ITEMS, _TOO_MANY_ITEMS
        stack.extend((child, depth + 1) for child in children)
    return None


def field_path(parts: Iterable[object], limit: int = 200) -> str:
    """The dotted path of a field as an error names it: any input key can be written out (a lone surrogate of a
    JSON ``\\ud800`` escape is shown escaped), and a huge key is cut, so an error never repeats a huge input."""
    path = ".".join(str(p) for p in parts)
    if len(path) > limit:
        path = path[: limit - 1] + "…"
    return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _short(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, so an error never repeats a huge input.

    Only called on values that passed the ``MAX_DEPTH`` check, so ``repr`` cannot recurse too deep.
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _RepeatedKeyError(ValueError):
    """A JSON object that names one key twice: which value was meant is not for the reader to guess."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The object of ``pairs``; ``_RepeatedKeyError`` for a key given twice (``json`` would keep the last silently)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKeyError(key)
            seen.add(key)
    return obj


_TOO_MANY_CONTAINERS = N_("malformed JSON: more than %(limit)s lists and objects")
_NESTED_TOO_DEEPLY = N_("malformed JSON: nested too deeply")
_REPEATED_KEY = N_("key %(key)s given more than once")
_MALFORMED = N_("malformed JSON: %(reason)s at character %(position)d")
_MALFORMED_OTHER = N_("malformed JSON: %(reason)s")
_NOT_AN_OBJECT = N_("an event must be a JSON object, not %(kind)s")


def read_json(data: str | bytes) -> tuple[Any, FieldError | None]:
    """``json.loads``, every failure (syntax, encoding, nesting depth, number size, a key repeated) a record-level fault."""
    opening = ("[", "{") if isinstance(data, str) else (b"[", b"{")
    if data.count(opening[0]) + data.count(opening[1]) > MAX_CONTAINERS:  # type: ignore[arg-type]  # str with str, bytes with bytes
        # Counted before parsing: a line of a million empty lists would take 150 MB to build before it is refused.
        return None, FieldError.of("", ErrorCode.INVALID_JSON, _TOO_MANY_CONTAINERS, limit=f"{MAX_CONTAINERS:,}")
    try:
        return json.loads(data, object_pairs_hook=_unique_keys), None
    except RecursionError:
        return None, FieldError.of("", ErrorCode.TOO_DEEP, _NESTED_TOO_DEEPLY)
    except _RepeatedKeyError as exc:
        return None, FieldError.of(field_path([exc.key]), ErrorCode.REPEATED_KEY, _REPEATED_KEY, key=_short(exc.key))
    except json.JSONDecodeError as exc:  # the parser's reason names the JSON at fault ("Expecting value")
        return None, FieldError.of("", ErrorCode.INVALID_JSON, _MALFORMED, reason=exc.msg, position=exc.pos)
    except UnicodeDecodeError as exc:
        return None, not_utf8(exc)
    except ValueError as exc:  # integers over the digit limit
        return None, FieldError.of("", ErrorCode.INVALID_JSON, _MALFORMED_OTHER, reason=str(exc)[:120])


_NOT_UTF8 = N_("not UTF-8 text: %(reason)s at byte %(position)d")
#: A key: after the object's opening brace or a comma, a text, then a colon (whitespace between). In JSON with no
#: backslash a quote never appears inside a text, so a brace or comma inside a text is always followed by its
#: closing quote and never by a colon: each key is counted once, and nothing else is.
_KEY_END = re.compile(rb'[{,][ \t\r\n]*"[^"]*"[ \t\r\n]*:')


def not_utf8(exc: UnicodeDecodeError) -> FieldError:
    """The fault of a line that is not UTF-8 text."""
    return FieldError.of("", ErrorCode.NOT_UTF8, _NOT_UTF8, reason=str(exc.reason), position=exc.start)


def parse_plain_line(raw: bytes) -> AnyEvent | None:
    """The event on a JSON Lines line when it is plainly valid, parsed straight from the bytes; ``None`` when it
    is not, or when that cannot be told as cheaply (``parse_event`` then decides, and names each fault).

    Plainly valid: an object with no backslash (so no escaped quote, no lone surrogate), no key given twice (its
    keys, counted, are the fields the event was given), and too few commas for a list of more than ``MAX_ITEMS``
    items. Every line this accepts, ``parse_event`` accepts as the same event; it only skips the dict in between.
    """
    if not raw.startswith(b"{") or b"\\" in raw or raw.count(b",") >= MAX_ITEMS:
        return None
    try:
        event = _ADAPTER.validate_json(raw)
    except ValidationError:
        return None
    given = len(event.model_fields_set)
    # Every key is followed by a colon, so as many colons as fields given means no key twice; a colon in a text
    # (a condition quoting an article) needs the keys themselves counted.
    if raw.count(b":") != given and len(_KEY_END.findall(raw)) != given:
        return None  # a key given twice, which the validator would let the last of win: parse_event refuses it
    return event


def parse_event(data: dict[str, Any] | str | bytes | Event, *, line: int | None = None) -> AnyEvent:
    """Return the typed event for a dict, a JSON text or an event; raise ``InvalidEvent`` naming each bad field."""
    if isinstance(data, Event):
        return data  # type: ignore[return-value]
    payload: Any = bytes(data) if isinstance(data, (bytearray, memoryview)) else data
    if isinstance(payload, (str, bytes)):
        payload, fault = read_json(payload)
        if fault is not None:
            raise InvalidEvent([fault], line=line)
    if not isinstance(payload, dict):
        kind = type(payload).__name__
        raise InvalidEvent([FieldError.of("", ErrorCode.NOT_AN_OBJECT, _NOT_AN_OBJECT, kind=kind)], line=line)
    if len(payload) > MAX_ITEMS:
        raise InvalidEvent([FieldError.of("", ErrorCode.TOO_MANY_ITEMS, _TOO_MANY_FIELDS, limit=MAX_ITEMS)], line=line)
    misshapen = [
        FieldError.of(field_path([key]), shape[0], shape[1], limit=MAX_DEPTH if shape[0] is ErrorCode.TOO_DEEP else MAX_ITEMS)
        for key, value in payload.items()
        if isinstance(value, _CONTAINERS) and (shape := _shape_fault(value)) is not None
    ]
    if misshapen:
        raise InvalidEvent(misshapen[:MAX_FAULTS], line=line)
    try:
        return _ADAPTER.validate_python(payload)
    except ValidationError as exc:
        raise InvalidEvent(_field_errors(exc, payload), line=line) from None


def event_schema() -> dict[str, Any]:
    """The JSON Schema of an event (draft 2020-12), for standard validators: ``type`` is required and selects the
    event's model, and ``$id`` names the schema of this version of the library (``model.schema``)."""
    return event_schema_of(_ADAPTER.json_schema(), EVENT_TYPES)
