"""The floor: the Agreement's decisions written by hand in plain Python, with no rule engine.

``Floor(lifecycle).decide(event)`` returns the verdict and the duties (kind, bearer, Parties, due date,
immediately) that ``Rulebook.evaluate`` gives for the same typed event, in the same order, and nothing
else: no findings, no quoted law, no answer object. It is what deciding costs at the least, the
yardstick for the engines' overhead. ``benchmarks/run.py`` checks that it decides as the library does
before it times anything, and ``python benchmarks/floor.py`` runs that check alone; the default test
gate does not, so that changing a rule means editing ``rules/`` and ``features/`` only.

Each branch names the rules of ``rules/`` it stands for. The Agreement's status on a day (final clause,
Art. 17, 18) is worked out from the lifecycle once, when the floor is made, with a calendar of its own:
the floor shares no code with the library it is checked against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from cooperation_rules.law.lifecycle import Lifecycle
from cooperation_rules.model.events import (
    CostClaim,
    DataDefect,
    Event,
    OnwardTransfer,
    Request,
    Response,
    RetentionReview,
    SuspensionNotice,
    Transfer,
    TravelDocumentNotice,
    Use,
)
from cooperation_rules.model.vocabulary import (
    SPECIAL_CATEGORIES,
    AgreementStatus,
    Bearer,
    Defect,
    DocumentStatus,
    DutyKind,
    Outcome,
    Party,
    Purpose,
    RequestForm,
    Subject,
    SuspensionGround,
    Verdict,
)

#: The Agreement's dates and periods, written out here as the floor's own (final clause, Art. 17, 18(2)).
SIGNATURE = dt.date(2017, 11, 23)
SUSPENSION_EFFECT_DAYS = 15
SUSPENSION_EFFECT = dt.timedelta(days=SUSPENSION_EFFECT_DAYS)
TERMINATION_MONTHS = 6


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` months, a day past the month's end clamped to its last day (31 August + 6 = 28 February)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    first_of_next = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return dt.date(year, month + 1, min(day.day, (first_of_next - dt.timedelta(days=1)).day))


#: A duty as the floor gives it: kind, bearer, Parties, due date, immediately.
FloorDuty = tuple[DutyKind, Bearer, tuple[Party, ...], dt.date | None, bool]
Decision = tuple[Verdict, tuple[FloorDuty, ...]]

IN_FORCE, SUSPENDED, TERMINATED = AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.TERMINATED
PERMITTED, PROHIBITED = Verdict.PERMITTED, Verdict.PROHIBITED
NEEDS_CONSENT, NOT_APPLICABLE = Verdict.NEEDS_CONSENT, Verdict.NOT_APPLICABLE
ACTOR, COUNTERPART, BOTH = Bearer.ACTOR, Bearer.COUNTERPART, Bearer.BOTH
BOTH_PARTIES = (Party.CZ, Party.KZ)
OTHER = {Party.KZ: Party.CZ, Party.CZ: Party.KZ}
ENGLISH = frozenset({"en", "eng"})
LAWFUL_GROUNDS = frozenset({SuspensionGround.SECURITY, SuspensionGround.PUBLIC_ORDER, SuspensionGround.PUBLIC_HEALTH})
REFUSALS = frozenset({Outcome.REFUSED, Outcome.PARTIALLY_FULFILLED})
WITH_CONDITIONS = frozenset({Outcome.FULFILLED, Outcome.PARTIALLY_FULFILLED})
NOTHING: tuple[FloorDuty, ...] = ()
NOT_APPLICABLE_NOTHING: Decision = (NOT_APPLICABLE, NOTHING)
#: Acts that are themselves a subject of cooperation, and so fall under a partial suspension of it (Art. 17).
IMPLIED_SUBJECT = {"expert_deployment": Subject.EXPERT_ASSISTANCE, "travel_document_notice": Subject.TRAVEL_DOCUMENTS}


def _duty(kind: DutyKind, bearer: Bearer, actor: Party, due: dt.date | None = None, immediately: bool = False) -> FloorDuty:
    parties = BOTH_PARTIES if bearer is BOTH else (actor,) if bearer is ACTOR else (OTHER[actor],)
    return kind, bearer, parties, due, immediately


# ----------------------------------------------------------------------------- acts under the Agreement in force


def _request(e: Request) -> Decision:
    if e.subject is Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS:
        return NOT_APPLICABLE_NOTHING  # art_1.legal_assistance_excluded
    a = e.actor
    respond = _duty(DutyKind.MUST_RESPOND, COUNTERPART, a)
    duties: list[FloorDuty] = []
    if e.form is RequestForm.WRITTEN:  # art_9.written_request
        verdict = PERMITTED
        duties.append(respond)
    elif e.form is RequestForm.ELECTRONIC:  # art_9.electronic_request, electronic_request_content_not_allowing
        verdict = PERMITTED if e.content_allows_electronic else PROHIBITED
        if e.content_allows_electronic:
            duties.append(respond)
    elif e.urgent:  # art_9.oral_urgent_request
        verdict = PERMITTED
        duties += [_duty(DutyKind.MUST_CONFIRM_IN_WRITING, ACTOR, a, immediately=True), respond]
    else:  # art_9.oral_request_not_urgent
        verdict = PROHIBITED
    if e.language not in ENGLISH and not e.language_agreed:  # art_9.language_not_agreed
        verdict = PROHIBITED
    if not e.addressed_to_competent_authority:  # art_9.not_competent_authority
        duties.append(_duty(DutyKind.MUST_FORWARD, COUNTERPART, a))
    return verdict, tuple(duties)


def _response(e: Response) -> Decision:
    verdict = PERMITTED  # art_9.response_fulfilled, additional_information_requested, refusal_on_treaty_ground
    duties: list[FloorDuty] = []
    if e.outcome in REFUSALS:
        if not e.grounds:  # art_9.refusal_without_ground
            verdict = PROHIBITED
        duties.append(_duty(DutyKind.REFUSAL_NOTICE_REQUIRED, ACTOR, e.actor, immediately=True))
    if e.outcome in WITH_CONDITIONS and e.conditions:  # art_9.conditions_binding
        duties.append(_duty(DutyKind.MUST_OBSERVE_CONDITIONS, COUNTERPART, e.actor))
    return verdict, tuple(duties)


def _transfer(e: Transfer) -> Decision:
    a = e.actor
    verdict = NEEDS_CONSENT if e.purpose is Purpose.OTHER else PERMITTED  # art_10.transfer, transfer_purpose_outside_article_10
    duties: list[FloorDuty] = []
    if not e.necessary and any(c in SPECIAL_CATEGORIES for c in e.categories):  # art_10.special_category_not_necessary
        verdict = PROHIBITED
    if not e.necessary or not e.proportionate:  # art_10.transfer_not_needed, transfer_disproportionate
        verdict = PROHIBITED
        duties += [_duty(DutyKind.MUST_NOTIFY, ACTOR, a, immediately=True), _duty(DutyKind.MUST_DESTROY, COUNTERPART, a)]
    if e.conditions:  # art_10.conditions_bind_receiver
        duties.append(_duty(DutyKind.MUST_OBSERVE_CONDITIONS, COUNTERPART, a))
    if e.necessary:  # the data kept of a needed transfer, even one too large, stays under item 5
        if e.destruction_term is None:  # art_10.destruction_term_to_inform
            duties.append(_duty(DutyKind.MUST_INFORM_DESTRUCTION_TERM, ACTOR, a, e.date))
        else:  # art_10.destroy_at_term
            duties.append(_duty(DutyKind.MUST_DESTROY, COUNTERPART, a, e.destruction_term))
    duties.append(_duty(DutyKind.MUST_RECORD, COUNTERPART, a))  # art_10.record_reception
    if not e.recorded:  # art_10.transfer_not_recorded
        duties.append(_duty(DutyKind.MUST_RECORD, ACTOR, a, immediately=True))
    duties.append(_duty(DutyKind.MUST_PROTECT, BOTH, a))  # art_10.protect_transferred_data
    return verdict, tuple(duties)


def _travel_document_notice(e: TravelDocumentNotice) -> Decision:
    status = e.document_status
    if status is None:  # art_6.notice_without_status
        return PROHIBITED, NOTHING
    if status is DocumentStatus.COUNTERFEIT_DETECTED:  # art_6.counterfeit_detected
        return PERMITTED, NOTHING
    complete = e.document_number is not None and e.document_type is not None  # art_6.notice_complete, notice_incomplete
    return (PERMITTED if complete else PROHIBITED), NOTHING


IN_FORCE_ONLY: dict[str, Callable[[Any], Decision]] = {
    "request": _request,
    "response": _response,
    "spontaneous_information": lambda e: (PERMITTED, NOTHING),  # art_9.spontaneous_information
    "transfer": _transfer,
    "travel_document_notice": _travel_document_notice,
    # art_5.expert_deployment
    "expert_deployment": lambda e: (PERMITTED, (_duty(DutyKind.MUST_FOLLOW_HOST_INSTRUCTIONS, ACTOR, e.actor),)),
    # art_13.contact_details_change
    "contact_details_change": lambda e: (PERMITTED, (_duty(DutyKind.MUST_NOTIFY, ACTOR, e.actor, immediately=True),)),
}


# ----------------------------------------------------------------------------- acts governed while in force or suspended


def _use(e: Use) -> Decision:
    consent = e.sender_consent
    # art_10.use_for_agreed_purpose; use_for_other_purpose_without_consent, with_consent
    verdict = NEEDS_CONSENT if e.purpose is Purpose.OTHER and not consent else PERMITTED
    if not e.within_conditions and not consent:  # art_10.use_outside_conditions (with_consent permits)
        verdict = PROHIBITED
    return verdict, NOTHING


def _retention_review(e: RetentionReview) -> Decision:
    a, term = e.actor, e.destruction_term
    if term is None:  # art_10.keep_without_known_term, no_longer_necessary_without_term
        if e.still_necessary:
            return PERMITTED, NOTHING
        return PROHIBITED, (_duty(DutyKind.MUST_DESTROY, ACTOR, a, immediately=True),)
    if (term - e.date).days <= 0:  # art_10.term_reached
        return PROHIBITED, (_duty(DutyKind.MUST_DESTROY, ACTOR, a, term, True),)
    if e.still_necessary:  # art_10.keep_until_term
        return PERMITTED, (_duty(DutyKind.MUST_DESTROY, ACTOR, a, term),)
    return PROHIBITED, (_duty(DutyKind.MUST_DESTROY, ACTOR, a, immediately=True),)  # art_10.no_longer_necessary_before_term


def _data_defect(e: DataDefect) -> Decision:
    a = e.actor
    notify = _duty(DutyKind.MUST_NOTIFY, ACTOR, a, immediately=True)
    if e.defect is Defect.UNRELIABLE:  # art_10.unreliable_data
        return PERMITTED, (notify, _duty(DutyKind.MUST_CORRECT, COUNTERPART, a))
    return PROHIBITED, (notify, _duty(DutyKind.MUST_DESTROY, COUNTERPART, a))  # art_10.data_not_transferable


def _onward_transfer(e: OnwardTransfer) -> Decision:
    return (PERMITTED if e.sender_consent else NEEDS_CONSENT), NOTHING  # art_11.onward_transfer_with(out)_consent


def _cost_claim(e: CostClaim) -> Decision:
    if e.agreed_in_advance:  # art_12.costs_agreed_in_advance
        return PERMITTED, NOTHING
    return PROHIBITED, (_duty(DutyKind.MUST_BEAR_OWN_COSTS, ACTOR, e.actor),)  # art_12.costs_not_agreed


def _suspension_notice(e: SuspensionNotice) -> Decision:
    if e.ground in LAWFUL_GROUNDS:  # art_17.suspension_on_permitted_ground
        return PERMITTED, (_duty(DutyKind.MUST_SUSPEND_COOPERATION, BOTH, e.actor, e.date + SUSPENSION_EFFECT),)
    return PROHIBITED, NOTHING  # art_17.suspension_on_other_ground


def _termination_notice(e: Event) -> Decision:  # art_18.termination_notice
    return PERMITTED, (_duty(DutyKind.MUST_DESTROY, BOTH, e.actor, _add_months(e.date, TERMINATION_MONTHS)),)


IN_FORCE_OR_SUSPENDED: dict[str, Callable[[Any], Decision]] = {
    "use": _use,
    "retention_review": _retention_review,
    "data_defect": _data_defect,
    "use_report_request": lambda e: (PERMITTED, (_duty(DutyKind.MUST_REPORT_USE, COUNTERPART, e.actor),)),  # art_10.use_report
    "onward_transfer": _onward_transfer,
    "cost_claim": _cost_claim,
    "suspension_notice": _suspension_notice,
    "termination_notice": _termination_notice,
}
#: Data obtained under the Agreement after it ends (Art. 10 item 5, Art. 18(2)): the verdict, and who destroys it at once.
AFTER_TERMINATION: dict[str, tuple[Verdict, Bearer]] = {
    "use": (PROHIBITED, ACTOR),  # art_18.terminated_data_must_be_destroyed
    "retention_review": (PROHIBITED, ACTOR),  # art_18.terminated_data_must_be_destroyed
    "onward_transfer": (NOT_APPLICABLE, ACTOR),  # art_18.terminated_onward_transfer
    "data_defect": (PROHIBITED, COUNTERPART),  # art_18.terminated_defective_data
}


class Floor:
    """Decides events under one lifecycle (``None``: presumed in force since signature)."""

    def __init__(self, lifecycle: Lifecycle | None) -> None:
        self.lifecycle = lifecycle
        self._entry: dt.date | None = SIGNATURE
        self._end: dt.date | None = None
        self._whole: list[tuple[dt.date, dt.date | None]] = []
        self._partial: list[tuple[dt.date, dt.date | None, frozenset[Subject]]] = []
        if lifecycle is None:
            return
        notices = lifecycle.notifications_received
        if lifecycle.entered_into_force is not None:  # the day known to the caller
            self._entry = lifecycle.entered_into_force
        else:  # Art. 18(1): the first day of the second month after the last of the two notifications
            self._entry = _add_months(max(notices).replace(day=1), 2) if len(notices) == 2 else None
        notice = lifecycle.termination_notice_received
        # Art. 18(2): six months after receipt; a notice received before entry into force has no effect.
        if notice is not None and self._entry is not None and notice >= self._entry:
            self._end = _add_months(notice, TERMINATION_MONTHS)
        for s in lifecycle.suspensions:  # Art. 17: on a lawful ground, fifteen days after the notice, until lifted
            if s.ground not in LAWFUL_GROUNDS:
                continue
            start = s.notice_received + SUSPENSION_EFFECT
            until = None if s.lifted_notice_received is None else s.lifted_notice_received + SUSPENSION_EFFECT
            if s.scope is None:
                self._whole.append((start, until))
            else:
                self._partial.append((start, until, frozenset(s.scope)))

    def status(self, day: dt.date) -> AgreementStatus:
        """Final clause, Art. 18(1), 18(2), 17."""
        if day < SIGNATURE:
            return AgreementStatus.BEFORE_SIGNATURE
        if self._entry is None or day < self._entry:
            return AgreementStatus.NOT_IN_FORCE
        if self._end is not None and day >= self._end:
            return TERMINATED
        for start, until in self._whole:
            if start <= day and (until is None or day < until):
                return SUSPENDED
        return IN_FORCE

    def subject_suspended(self, subject: Subject, day: dt.date) -> bool:
        """Art. 17: a partial suspension of ``subject`` has effect on ``day``."""
        return any(subject in scope and start <= day and (until is None or day < until) for start, until, scope in self._partial)

    def decide(self, event: Event) -> Decision:
        """The verdict and the duties of ``event``, as the rulebook gives them."""
        kind = event.type
        status = self.status(event.date)
        decide = IN_FORCE_ONLY.get(kind)
        if decide is not None:
            if status is not IN_FORCE:
                return NOT_APPLICABLE_NOTHING  # art_17.suspended, art_18.before_signature, not_yet_in_force, terminated
            subject = event.subject if isinstance(event, Request) else IMPLIED_SUBJECT.get(kind)
            if subject is not None and self._partial and self.subject_suspended(subject, event.date):
                return NOT_APPLICABLE_NOTHING  # art_17.subject_suspended
            return decide(event)
        if status is IN_FORCE or status is SUSPENDED:
            return IN_FORCE_OR_SUSPENDED[kind](event)
        if status is TERMINATED and kind in AFTER_TERMINATION:
            verdict, bearer = AFTER_TERMINATION[kind]
            return verdict, (_duty(DutyKind.MUST_DESTROY, bearer, event.actor, immediately=True),)
        return NOT_APPLICABLE_NOTHING  # art_18.before_signature, not_yet_in_force, terminated


def check_against_the_library(events: list[Event], lifecycle: Lifecycle | None) -> int:
    """The number of ``events`` on which the floor decides as the library does; ``SystemExit`` at the first that differs."""
    from cooperation_rules import Rulebook

    rulebook, floor = Rulebook.load(), Floor(lifecycle)
    for event in events:
        evaluation = rulebook.evaluate(event, lifecycle=lifecycle, engine="python")
        library = evaluation.verdict, tuple((d.kind, d.bearer, d.parties, d.due, d.immediately) for d in evaluation.duties)
        if floor.decide(event) != library:
            raise SystemExit(f"the floor disagrees with the library on {event.id}: {floor.decide(event)} != {library}")
    return len(events)


if __name__ == "__main__":
    # python benchmarks/floor.py: the floor decides as the library on the examples and on the realistic mix.
    import json
    import sys
    from pathlib import Path

    from cooperation_rules import parse_event
    from corpus import realistic_mix

    here = Path(__file__).resolve().parent
    lines = (here.parent / "examples" / "events.jsonl").read_text().splitlines()
    examples = [parse_event(line) for line in lines if line.strip()]
    mix = [parse_event(e) for e in realistic_mix(5_000, seed=11)]
    life = Lifecycle.model_validate(json.loads((here.parent / "examples" / "lifecycle.json").read_text()))
    checked = sum(check_against_the_library(examples + mix, lc) for lc in (None, life))
    print(f"the floor decides as the library on {checked:,} evaluations", file=sys.stderr)
