"""The acts that perform the duties nothing else discharges: a report on use (Art. 10, item 3), a correction (Art. 10,
item 4), a forwarding to the competent authority (Art. 9(2)) and a notification (Art. 10, items 4 and 5; Art. 13(3)).
Each is shown opening nothing, discharging its duty on its day by the Party that bears it, refused from the other
Party, and refused when it names an event the ledger does not hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import cooperation_rules as cr

from .cases import transfer

D = dt.date


def _of(ledger: cr.Ledger, day: dt.date, kind: cr.DutyKind) -> list[cr.LedgerDuty]:
    return [d for d in ledger.duties(day) if d.kind is kind]


# ----------------------------------------------------------------------------- Art. 10, item 3: the report on use


def test_a_report_on_use_discharges_the_duty_a_request_for_it_opened(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    ledger.record({"type": "use_report_request", "id": "q1", "date": "2026-04-01", "actor": "CZ", "transfer_id": "t1"})
    [duty] = _of(ledger, D(2026, 4, 1), cr.DutyKind.MUST_REPORT_USE)
    assert (duty.status, duty.bearer, duty.source_event_id, duty.case) == (cr.DutyStatus.OPEN, (cr.Party.KZ,), "q1", "t1")
    report = ledger.record({"type": "use_report", "id": "rep1", "date": "2026-04-20", "actor": "KZ", "transfer_id": "t1"})
    assert report.evaluation.verdict is cr.Verdict.PERMITTED
    assert report.evaluation.decided_by == ("art_10.use_report_given",)
    assert report.opened == ()
    assert report.discharged == (duty.duty_id,)
    [before] = _of(ledger, D(2026, 4, 19), cr.DutyKind.MUST_REPORT_USE)
    assert before.status is cr.DutyStatus.OPEN
    [after] = _of(ledger, D(2026, 4, 20), cr.DutyKind.MUST_REPORT_USE)
    assert (after.status, after.discharged_by, after.discharged_on) == (cr.DutyStatus.DISCHARGED, "rep1", D(2026, 4, 20))


def test_a_report_on_use_by_the_sending_party_is_refused(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    ledger.record({"type": "use_report_request", "id": "q1", "date": "2026-04-01", "actor": "CZ", "transfer_id": "t1"})
    with pytest.raises(cr.InconsistentReference, match="use_report is made by the receiving Party of transfer 't1', KZ"):
        ledger.record({"type": "use_report", "id": "rep1", "date": "2026-04-20", "actor": "CZ", "transfer_id": "t1"})
    [duty] = _of(ledger, D(2026, 5, 1), cr.DutyKind.MUST_REPORT_USE)
    assert duty.status is cr.DutyStatus.OPEN
    assert ledger.checkpoint().size == 2


def test_a_report_on_another_transfer_discharges_nothing(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    ledger.record(transfer(id="t2"))
    ledger.record({"type": "use_report_request", "id": "q1", "date": "2026-04-01", "actor": "CZ", "transfer_id": "t1"})
    report = ledger.record({"type": "use_report", "id": "rep2", "date": "2026-04-20", "actor": "KZ", "transfer_id": "t2"})
    assert report.discharged == ()
    [duty] = _of(ledger, D(2026, 5, 1), cr.DutyKind.MUST_REPORT_USE)
    assert duty.status is cr.DutyStatus.OPEN


def test_a_report_on_an_unknown_transfer_is_an_unknown_reference(ledger: cr.Ledger) -> None:
    with pytest.raises(cr.UnknownReference, match="event 'rep1', field 'transfer_id': no event 'tx' is recorded"):
        ledger.record({"type": "use_report", "id": "rep1", "date": "2026-04-20", "actor": "KZ", "transfer_id": "tx"})
    assert ledger.checkpoint().size == 0


# ----------------------------------------------------------------------------- Art. 10, item 4: the correction


def _defect(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    ledger.record(
        {"type": "data_defect", "id": "f1", "date": "2026-04-01", "actor": "CZ", "transfer_id": "t1", "defect": "unreliable"}
    )


def test_a_correction_discharges_the_duty_a_notice_of_unreliable_data_opened(ledger: cr.Ledger) -> None:
    _defect(ledger)
    [duty] = _of(ledger, D(2026, 4, 1), cr.DutyKind.MUST_CORRECT)
    assert (duty.status, duty.bearer, duty.source_event_id, duty.case) == (cr.DutyStatus.OPEN, (cr.Party.KZ,), "f1", "t1")
    fixed = ledger.record({"type": "correction", "id": "c1", "date": "2026-05-05", "actor": "KZ", "transfer_id": "t1"})
    assert fixed.evaluation.verdict is cr.Verdict.PERMITTED
    assert fixed.evaluation.decided_by == ("art_10.correction",)
    assert (fixed.opened, fixed.discharged) == ((), (duty.duty_id,))
    [before] = _of(ledger, D(2026, 5, 4), cr.DutyKind.MUST_CORRECT)
    assert before.status is cr.DutyStatus.OPEN
    [after] = _of(ledger, D(2026, 5, 5), cr.DutyKind.MUST_CORRECT)
    assert (after.status, after.discharged_by, after.discharged_on) == (cr.DutyStatus.DISCHARGED, "c1", D(2026, 5, 5))
    # The duty to notify the defect is the sending Party's, and a correction does not perform it.
    [notify] = _of(ledger, D(2026, 5, 5), cr.DutyKind.MUST_NOTIFY)
    assert notify.status is cr.DutyStatus.OVERDUE


def test_a_correction_by_the_sending_party_is_refused(ledger: cr.Ledger) -> None:
    _defect(ledger)
    with pytest.raises(cr.InconsistentReference, match="correction is made by the receiving Party of transfer 't1', KZ"):
        ledger.record({"type": "correction", "id": "c1", "date": "2026-05-05", "actor": "CZ", "transfer_id": "t1"})
    [duty] = _of(ledger, D(2026, 5, 5), cr.DutyKind.MUST_CORRECT)
    assert duty.status is cr.DutyStatus.OPEN


def test_a_correction_of_an_unknown_transfer_is_an_unknown_reference(ledger: cr.Ledger) -> None:
    with pytest.raises(cr.UnknownReference, match="event 'c1', field 'transfer_id': no event 'tx' is recorded"):
        ledger.record({"type": "correction", "id": "c1", "date": "2026-05-05", "actor": "KZ", "transfer_id": "tx"})
    assert ledger.checkpoint().size == 0


# ----------------------------------------------------------------------------- Art. 9(2): the forwarding


def _request_to_the_wrong_authority(ledger: cr.Ledger) -> None:
    ledger.record(
        {
            "type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written",
            "addressed_to_competent_authority": False,
        }
    )  # fmt: skip


def test_a_forwarding_discharges_the_duty_to_forward_the_request(ledger: cr.Ledger) -> None:
    _request_to_the_wrong_authority(ledger)
    [duty] = _of(ledger, D(2026, 3, 2), cr.DutyKind.MUST_FORWARD)
    assert (duty.status, duty.bearer, duty.source_event_id, duty.case) == (cr.DutyStatus.OPEN, (cr.Party.KZ,), "r1", "r1")
    sent = ledger.record({"type": "forwarding", "id": "f1", "date": "2026-03-05", "actor": "KZ", "request_id": "r1"})
    assert sent.evaluation.verdict is cr.Verdict.PERMITTED
    assert sent.evaluation.decided_by == ("art_9.forwarding",)
    assert (sent.case, sent.opened, sent.discharged) == ("r1", (), (duty.duty_id,))
    [before] = _of(ledger, D(2026, 3, 4), cr.DutyKind.MUST_FORWARD)
    assert before.status is cr.DutyStatus.OPEN
    [after] = _of(ledger, D(2026, 3, 5), cr.DutyKind.MUST_FORWARD)
    assert (after.status, after.discharged_by, after.discharged_on) == (cr.DutyStatus.DISCHARGED, "f1", D(2026, 3, 5))
    # Forwarding is not answering: the duty to respond stays open.
    [respond] = _of(ledger, D(2026, 3, 5), cr.DutyKind.MUST_RESPOND)
    assert respond.status is cr.DutyStatus.OPEN


def test_a_forwarding_by_the_requesting_party_is_refused(ledger: cr.Ledger) -> None:
    _request_to_the_wrong_authority(ledger)
    with pytest.raises(cr.InconsistentReference, match="a request is forwarded by the Party that received it, KZ"):
        ledger.record({"type": "forwarding", "id": "f1", "date": "2026-03-05", "actor": "CZ", "request_id": "r1"})
    [duty] = _of(ledger, D(2026, 3, 5), cr.DutyKind.MUST_FORWARD)
    assert duty.status is cr.DutyStatus.OPEN


def test_a_forwarding_naming_a_transfer_is_refused(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    with pytest.raises(cr.InconsistentReference, match="field 'request_id': 't1' is a transfer, not a request"):
        ledger.record({"type": "forwarding", "id": "f1", "date": "2026-03-05", "actor": "KZ", "request_id": "t1"})


def test_a_forwarding_of_an_unknown_request_is_an_unknown_reference(ledger: cr.Ledger) -> None:
    with pytest.raises(cr.UnknownReference, match="event 'f1', field 'request_id': no event 'rx' is recorded"):
        ledger.record({"type": "forwarding", "id": "f1", "date": "2026-03-05", "actor": "KZ", "request_id": "rx"})
    assert ledger.checkpoint().size == 0


# ----------------------------------------------------------------------------- Art. 10, items 4 and 5; Art. 13(3)


def test_a_notification_discharges_the_duty_to_notify_its_event_opened(ledger: cr.Ledger) -> None:
    _defect(ledger)
    [duty] = _of(ledger, D(2026, 4, 2), cr.DutyKind.MUST_NOTIFY)
    assert (duty.status, duty.bearer, duty.source_event_id, duty.case) == (cr.DutyStatus.OVERDUE, (cr.Party.CZ,), "f1", "t1")
    note = ledger.record({"type": "notification", "id": "n1", "date": "2026-04-03", "actor": "CZ", "regarding": "f1"})
    assert note.evaluation.verdict is cr.Verdict.PERMITTED
    assert note.evaluation.decided_by == ("art_10.notification_given",)
    assert [c.eid for c in note.evaluation.citations] == ["art_10__point_4", "art_10__point_5", "art_13__para_3"]
    assert (note.case, note.opened, note.discharged) == ("t1", (), (duty.duty_id,))
    [before] = _of(ledger, D(2026, 4, 2), cr.DutyKind.MUST_NOTIFY)
    assert before.status is cr.DutyStatus.OVERDUE
    [after] = _of(ledger, D(2026, 4, 3), cr.DutyKind.MUST_NOTIFY)
    assert (after.status, after.discharged_by, after.discharged_on) == (cr.DutyStatus.DISCHARGED, "n1", D(2026, 4, 3))
    # The receiving Party's duty to correct is not a duty to notify: it stays open.
    [correct] = _of(ledger, D(2026, 4, 3), cr.DutyKind.MUST_CORRECT)
    assert correct.status is cr.DutyStatus.OPEN


def test_a_notification_performs_the_duties_of_the_event_it_regards_only(ledger: cr.Ledger) -> None:
    """A transfer without its term opens the duty to inform it; a contact change the duty to notify it. A notification
    regarding the transfer performs the first, not the second, though both are the Czech Republic's."""
    ledger.record(transfer(destruction_term=None))
    ledger.record({"type": "contact_details_change", "id": "cc1", "date": "2026-03-02", "actor": "CZ"})
    note = ledger.record({"type": "notification", "id": "n1", "date": "2026-03-05", "actor": "CZ", "regarding": "t1"})
    assert note.case == "t1"
    [term] = _of(ledger, D(2026, 3, 5), cr.DutyKind.MUST_INFORM_DESTRUCTION_TERM)
    assert (term.status, term.discharged_by, term.source_event_id) == (cr.DutyStatus.DISCHARGED, "n1", "t1")
    [contacts] = _of(ledger, D(2026, 3, 5), cr.DutyKind.MUST_NOTIFY)
    assert (contacts.status, contacts.source_event_id) == (cr.DutyStatus.OVERDUE, "cc1")
    later = ledger.record({"type": "notification", "id": "n2", "date": "2026-03-06", "actor": "CZ", "regarding": "cc1"})
    assert (later.case, later.discharged) == ("cc1", (contacts.duty_id,))


def test_a_notification_by_the_party_that_bears_no_duty_discharges_nothing(ledger: cr.Ledger) -> None:
    _defect(ledger)
    note = ledger.record({"type": "notification", "id": "n1", "date": "2026-04-01", "actor": "KZ", "regarding": "f1"})
    assert note.evaluation.verdict is cr.Verdict.PERMITTED
    assert (note.case, note.discharged) == ("t1", ())
    [duty] = _of(ledger, D(2026, 4, 2), cr.DutyKind.MUST_NOTIFY)
    assert (duty.status, duty.discharged_by) == (cr.DutyStatus.OVERDUE, None)


def test_a_notification_regarding_a_notification_is_in_the_case_of_the_first_act(ledger: cr.Ledger) -> None:
    _defect(ledger)
    ledger.record({"type": "notification", "id": "n1", "date": "2026-04-01", "actor": "CZ", "regarding": "f1"})
    again = ledger.record({"type": "notification", "id": "n2", "date": "2026-04-02", "actor": "CZ", "regarding": "n1"})
    assert (again.case, again.discharged) == ("t1", ())


def test_a_notification_regarding_an_unknown_event_is_an_error_or_an_assumption(
    open_ledger: Callable[..., cr.Ledger],
) -> None:
    strict = open_ledger()
    with pytest.raises(cr.UnknownReference, match="event 'n1', field 'regarding': no event 'ex' is recorded"):
        strict.record({"type": "notification", "id": "n1", "date": "2026-04-01", "actor": "CZ", "regarding": "ex"})
    assert strict.checkpoint().size == 0
    lenient = open_ledger(assume_unknown=True)
    note = lenient.record({"type": "notification", "id": "n1", "date": "2026-04-01", "actor": "CZ", "regarding": "ex"})
    assert note.case == "ex"
    assert note.link_assumptions == ("regarding: no event 'ex' is recorded in the ledger; the event is judged as stated",)
    assert note.discharged == ()
