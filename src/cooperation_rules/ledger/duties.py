"""Duties as state machines: opened by an evaluation, discharged by a later event, judged as of a day.

Pure functions; the store keeps what they compute. A duty is ``open`` from the day its source event happened;
``overdue`` once its due day has passed (a duty due "immediately" is due on its source event's day); ``discharged``
from the day of the event that performs it; ``suspended`` while a suspension of the whole Agreement has effect, or a
partial suspension of the subject of cooperation its case serves (the request's or the transfer's), and
``lapsed`` once the Agreement has ceased to have effect, for the duties of the cooperation itself. The duties that
protect personal data (destroy, record, protect, observe the conditions, correct) survive a suspension (Art. 17 read
with ``art_17.data_protection_continues``) and, all but the duty to correct, the Agreement's end (Art. 10, item 5, last
sentence), and stay open until discharged. ``docs/interpretation.md`` gives these readings.
"""

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict

from ..evaluation.answers import Duty
from ..model.vocabulary import AgreementStatus, DutyKind, Party, Subject


class DutyStatus(StrEnum):
    """Where a duty stands on a given day."""

    OPEN = "open"
    OVERDUE = "overdue"
    DISCHARGED = "discharged"
    LAPSED = "lapsed"
    SUSPENDED = "suspended"


class DutyTiming(StrEnum):
    """When a duty falls due: on a day, immediately (its source event's day), urgently (no day), or unstated."""

    DUE = "due"
    IMMEDIATELY = "immediately"
    URGENTLY = "urgently"
    UNSTATED = "unstated"


#: Duties that protect personal data already exchanged: they outlive a suspension and the Agreement's end.
SURVIVING: Final[frozenset[DutyKind]] = frozenset(
    {
        DutyKind.MUST_DESTROY,
        DutyKind.MUST_RECORD_DESTRUCTION,
        DutyKind.MUST_RECORD,
        DutyKind.MUST_PROTECT,
        DutyKind.MUST_OBSERVE_CONDITIONS,
        DutyKind.MUST_CORRECT,
        DutyKind.MUST_BEAR_OWN_COSTS,
    }
)

#: Of those, the duties that end with the Agreement: correcting data (Art. 10, item 4) gives way on its expiry to
#: destroying all personal data obtained on its basis (item 5, last sentence), as for a defect found after the end
#: (``art_18.terminated_defective_data``): data that must be destroyed is not corrected.
ENDING_WITH_AGREEMENT: Final[frozenset[DutyKind]] = frozenset({DutyKind.MUST_CORRECT})

#: Which event discharges which duty, and the reference that ties them: the discharging event's field must name the
#: duty's request or transfer. A response discharges the duty to respond; a written confirmation the duty to confirm
#: an oral request; a notice of refusal the duty of Art. 9(5); a destruction both duties of Art. 10, items 5 and 6; a
#: report on use the duty of Art. 10, item 3; a correction the duty of Art. 10, item 4 to correct incorrect data; a
#: forwarding the duty of Art. 9(2) to forward a request to the authority competent to handle it; a notification the
#: duties to notify or inform that the event it regards opened (``regarding`` names that event, not a case).
DISCHARGES: Final[dict[str, tuple[str, frozenset[DutyKind]]]] = {
    "response": ("request_id", frozenset({DutyKind.MUST_RESPOND})),
    "written_confirmation": ("request_id", frozenset({DutyKind.MUST_CONFIRM_IN_WRITING})),
    "refusal_notice": ("request_id", frozenset({DutyKind.REFUSAL_NOTICE_REQUIRED})),
    "destruction": ("transfer_id", frozenset({DutyKind.MUST_DESTROY, DutyKind.MUST_RECORD_DESTRUCTION})),
    "use_report": ("transfer_id", frozenset({DutyKind.MUST_REPORT_USE})),
    "correction": ("transfer_id", frozenset({DutyKind.MUST_CORRECT})),
    "forwarding": ("request_id", frozenset({DutyKind.MUST_FORWARD})),
    "notification": ("regarding", frozenset({DutyKind.MUST_NOTIFY, DutyKind.MUST_INFORM_DESTRUCTION_TERM})),
}


class LedgerDuty(BaseModel):
    """A duty the ledger keeps: its stable id, where it comes from, who bears it, when, and its status on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    duty_id: str
    source_event_id: str
    case: str
    rule: str
    kind: DutyKind
    citations: tuple[str, ...]
    bearer: tuple[Party, ...]
    opened_on: dt.date
    due: dt.date | None
    timing: DutyTiming
    subject: Subject | None = None
    """The subject of cooperation the duty's case serves (Art. 3 to 8), which a partial suspension reaches."""
    status: DutyStatus
    as_of: dt.date
    discharged_by: str | None = None
    discharged_on: dt.date | None = None


def duty_id(source_event_id: str, rule: str, kind: DutyKind, index: int) -> str:
    """A stable id: the digest of the source event's id, the rule, the duty's kind and its rank among the same
    rule's duties of that kind (a rule can impose the same kind twice), so that a replay gives the same ids."""
    # The parts joined by a unit separator: rules, kinds and ranks never hold one, so read from the right the key
    # names its parts unambiguously, whatever characters the event's id holds.
    key = "\x1f".join((source_event_id, rule, kind.value, str(index)))
    return "duty:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def timing_of(duty: Duty) -> DutyTiming:
    """The timing class of an evaluation's duty."""
    if duty.due is not None:
        return DutyTiming.DUE
    if duty.immediately:
        return DutyTiming.IMMEDIATELY
    if duty.urgently:
        return DutyTiming.URGENTLY
    return DutyTiming.UNSTATED


def effective_due(duty: Duty, opened_on: dt.date) -> dt.date | None:
    """The last day the duty is performed in time: its due day, or for "immediately" its source event's day."""
    if duty.due is not None:
        return duty.due
    return opened_on if duty.immediately else None


def status_on(
    as_of: dt.date,
    *,
    kind: DutyKind,
    effective: dt.date | None,
    discharged_on: dt.date | None,
    agreement: AgreementStatus,
    subject_suspended: bool = False,
) -> DutyStatus:
    """The status on ``as_of`` of a duty opened on or before it (``agreement``: the Agreement's status that day;
    ``subject_suspended``: whether a partial suspension of the subject its case serves has effect that day)."""
    if discharged_on is not None and discharged_on <= as_of:
        return DutyStatus.DISCHARGED
    if agreement is AgreementStatus.TERMINATED and (kind not in SURVIVING or kind in ENDING_WITH_AGREEMENT):
        return DutyStatus.LAPSED
    if kind not in SURVIVING and (agreement is AgreementStatus.SUSPENDED or subject_suspended):
        return DutyStatus.SUSPENDED
    if effective is not None and as_of > effective:
        return DutyStatus.OVERDUE
    return DutyStatus.OPEN
