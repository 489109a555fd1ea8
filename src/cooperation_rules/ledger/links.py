"""Resolving references: an event that names another takes from it the facts the rules judge it by.

A response is judged with its request (subject, form, urgency, language, the day it was made: whether the
Agreement governed it); a use, an onward transfer, a retention review, a data defect, a request for a use report, a
report on use or a correction naming a transfer is checked against it (the sending Party, the receiving Party), and
takes from it the destruction term and the sending Party's written consents recorded before it. A fact the event
states itself is kept, unless it contradicts the recorded event, which is an error. A notification belongs to the case
of the event it regards.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..catalogs import N_
from ..errors import InconsistentReference, UnknownReference
from ..model.events import AnyEvent, Consent, Event, Request, Transfer, parse_event
from ..model.vocabulary import Subject

#: Looks up a recorded event by id (as resolved when it was recorded); ``None`` when the ledger has none.
Lookup = Callable[[str], AnyEvent | None]
#: The consents recorded for a transfer, in the order recorded.
Consents = Callable[[str], Sequence[Consent]]

#: The facts a response takes from the request it answers.
_FROM_REQUEST = {
    "request_subject": "subject",
    "request_form": "form",
    "request_urgent": "urgent",
    "request_content_allows_electronic": "content_allows_electronic",
    "request_language": "language",
    "request_language_agreed": "language_agreed",
    "request_date": "date",
}

#: Event types that name a transfer, and whether the sending Party (the transfer's actor) acts, or the receiving one.
_NAMING_TRANSFER = {
    "use": False,
    "onward_transfer": False,
    "retention_review": False,
    "destruction": False,
    "use_report": False,
    "correction": False,
    "data_defect": True,
    "use_report_request": True,
    "consent": True,
}


@dataclass(frozen=True)
class Resolution:
    """An event with the facts its references give, the case it belongs to, what was assumed of a reference, and the
    subject of cooperation the case serves (the request's or the transfer's; the event's own when it starts the
    case), which a partial suspension reaches (Art. 17)."""

    event: AnyEvent
    case: str
    request_id: str | None
    transfer_id: str | None
    assumptions: tuple[str, ...] = field(default=())
    subject: Subject | None = None


def _with(event: Event, updates: dict[str, Any]) -> AnyEvent:
    """``event`` with ``updates`` stated, validated again (so the updated event is what the wire would give)."""
    if not updates:
        return event  # type: ignore[return-value]
    data = event.model_dump(mode="json", exclude_unset=True)
    data.update({"type": type(event).model_fields["type"].default, **updates})
    return parse_event(data)


def _wire(value: object) -> object:
    return value.value if hasattr(value, "value") else value.isoformat() if hasattr(value, "isoformat") else value


def resolve(event: AnyEvent, lookup: Lookup, consents: Consents, *, assume_unknown: bool = False) -> Resolution:
    """Resolve ``event``'s references against the ledger; ``UnknownReference`` for an id it does not hold (unless
    ``assume_unknown``: the event is then judged as stated, and the assumption is named)."""
    request_id = getattr(event, "request_id", None)
    transfer_id = getattr(event, "transfer_id", None)
    regarding = getattr(event, "regarding", None)
    if regarding is not None:
        return _resolve_regarding(event, regarding, lookup, assume_unknown)
    if request_id is not None:
        return _resolve_request(event, request_id, lookup, assume_unknown)
    if transfer_id is not None:
        return _resolve_transfer(event, transfer_id, lookup, consents, assume_unknown)
    return Resolution(
        event,
        event.id,
        event.id if isinstance(event, Request) else None,
        event.id if isinstance(event, Transfer) else None,
        subject=getattr(event, "subject", None),
    )


def _unknown(event: AnyEvent, name: str, ref: str, assume_unknown: bool) -> Resolution:
    if not assume_unknown:
        raise UnknownReference(event.id, name, ref)
    note = f"{name}: no event {ref!r} is recorded in the ledger; the event is judged as stated"
    request_id = ref if name == "request_id" else None
    transfer_id = ref if name == "transfer_id" else None
    return Resolution(event, ref, request_id, transfer_id, (note,), subject=getattr(event, "subject", None))


def _case_of(event: AnyEvent, lookup: Lookup) -> str:
    """The case a recorded event belongs to, as ``resolve`` gave it: the request or transfer it names, the case of the
    event it regards, or its own id."""
    seen: set[str] = set()
    current: AnyEvent | None = event
    while current is not None:
        named = getattr(current, "request_id", None) or getattr(current, "transfer_id", None)
        if named is not None:
            return str(named)
        regarding = getattr(current, "regarding", None)
        if regarding is None:
            return current.id
        if regarding in seen:  # a guard: a chain of notifications never returns to an event it passed
            return str(regarding)
        seen.add(regarding)
        earlier = lookup(regarding)
        if earlier is None:  # recorded as stated, naming an event the ledger did not hold
            return str(regarding)
        current = earlier
    return event.id


def _resolve_regarding(event: AnyEvent, regarding: str, lookup: Lookup, assume_unknown: bool) -> Resolution:
    """A notification belongs to the case of the event it regards. Any Party may be its actor: it performs only the
    duties its actor bears (``duties.DISCHARGES``), so one by the other Party is recorded and discharges nothing."""
    earlier = lookup(regarding)
    if earlier is None:
        return _unknown(event, "regarding", regarding, assume_unknown)
    return Resolution(event, _case_of(earlier, lookup), None, None)


def _resolve_request(event: AnyEvent, request_id: str, lookup: Lookup, assume_unknown: bool) -> Resolution:
    request = lookup(request_id)
    if request is None:
        return _unknown(event, "request_id", request_id, assume_unknown)
    if not isinstance(request, Request):
        raise InconsistentReference(
            N_("event %(event)s, field 'request_id': %(reference)s is a %(kind)s, not a request"),
            event=repr(event.id),
            reference=repr(request_id),
            kind=request.type,
        )
    case = request_id
    if event.type == "written_confirmation" and event.actor != request.actor:
        raise InconsistentReference(
            N_("event %(event)s: a request is confirmed by the Party that made it, %(party)s"),
            event=repr(event.id),
            party=request.actor.value,
        )
    if event.type in ("response", "refusal_notice") and event.actor == request.actor:
        raise InconsistentReference(
            N_("event %(event)s: a request is answered by the other Party, %(party)s"),
            event=repr(event.id),
            party=request.actor.other.value,
        )
    if event.type == "forwarding" and event.actor == request.actor:
        # Art. 9(2): the requested Party's authority that received the request forwards it within that Party.
        raise InconsistentReference(
            N_("event %(event)s: a request is forwarded by the Party that received it, %(party)s"),
            event=repr(event.id),
            party=request.actor.other.value,
        )
    if event.type != "response":
        return Resolution(event, case, request_id, None, subject=request.subject)
    updates: dict[str, Any] = {}
    for own, theirs in _FROM_REQUEST.items():
        known = _wire(getattr(request, theirs))
        if own in event.model_fields_set and getattr(event, own) is not None:
            if _wire(getattr(event, own)) != known:
                raise InconsistentReference(
                    N_(
                        "event %(event)s, field %(field)s: %(value)s contradicts the recorded request %(request)s"
                        " (%(theirs)s: %(known)s)"
                    ),
                    event=repr(event.id),
                    field=repr(own),
                    value=repr(_wire(getattr(event, own))),
                    request=repr(request_id),
                    theirs=theirs,
                    known=repr(known),
                )
            continue
        updates[own] = known
    return Resolution(_with(event, updates), case, request_id, None, subject=request.subject)


def _resolve_transfer(event: AnyEvent, transfer_id: str, lookup: Lookup, consents: Consents, assume_unknown: bool) -> Resolution:
    transfer = lookup(transfer_id)
    if transfer is None:
        return _unknown(event, "transfer_id", transfer_id, assume_unknown)
    if not isinstance(transfer, Transfer):
        raise InconsistentReference(
            N_("event %(event)s, field 'transfer_id': %(reference)s is a %(kind)s, not a transfer"),
            event=repr(event.id),
            reference=repr(transfer_id),
            kind=transfer.type,
        )
    sender_acts = _NAMING_TRANSFER.get(event.type, False)
    expected = transfer.actor if sender_acts else transfer.actor.other
    if event.actor != expected:
        template = (
            N_("event %(event)s: a %(kind)s is made by the sending Party of transfer %(transfer)s, %(party)s")
            if sender_acts
            else N_("event %(event)s: a %(kind)s is made by the receiving Party of transfer %(transfer)s, %(party)s")
        )
        raise InconsistentReference(
            template, event=repr(event.id), kind=event.type, transfer=repr(transfer_id), party=expected.value
        )
    updates: dict[str, Any] = {}
    if event.type == "retention_review" and "destruction_term" not in event.model_fields_set and transfer.destruction_term:
        updates["destruction_term"] = transfer.destruction_term
    if event.type in ("use", "onward_transfer") and "sender_consent" not in event.model_fields_set:
        # Art. 10, item 1 and Art. 11(2): consent "previously obtained": given on or before the day of the act.
        given = [c for c in consents(transfer_id) if c.date <= event.date]
        if event.type == "use":
            wanted = getattr(event, "purpose")  # noqa: B009 - the event is a Use here
            updates["sender_consent"] = any(c.purpose == wanted for c in given)
        else:
            wanted = getattr(event, "recipient")  # noqa: B009 - the event is an OnwardTransfer here
            updates["sender_consent"] = any(c.recipient == wanted for c in given)
    # The facts taken are typed values of validated events, and no check of these events relates them to another
    # field: the event is copied with them as stated, not validated again.
    resolved = event.model_copy(update=updates) if updates else event
    return Resolution(resolved, transfer_id, None, transfer_id, subject=transfer.subject)
