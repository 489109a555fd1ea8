"""The acts that perform the duties nothing else discharges: a report on use (Art. 10, item 3), a correction (Art. 10,
item 4), a forwarding to the competent authority (Art. 9(2)) and a notification (Art. 10, items 4 and 5; Art. 13(3)).
Each is shown opening nothing, discharging its duty on its day by the Party that bears it, refused from the other
Party, and refused when it names an event the ledger does not hold."""

from __future__ import annotations

import datetime as dt

import pytest

import cooperation_rules as cr

D = dt.date


def transfer(**kw: object) -> dict[str, object]:
    return {
        "type": "transfer", "id": "t1", "date": "2026-03-02", "actor": "CZ", "categories": ["identity"],
        "purpose": "suppressing_criminal_activity", "destruction_term": "2031-01-01", **kw,
    }  # fmt: skip


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
