"""The case ledger on SQLite: links, lifecycle from notices, duties as of a day, records, chain, append-only."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import cooperation_rules as cr

D = dt.date


def transfer(**kw: object) -> dict[str, object]:
    return {
        "type": "transfer", "id": "t1", "date": "2026-03-02", "actor": "CZ", "categories": ["identity"],
        "purpose": "suppressing_criminal_activity", "destruction_term": "2031-01-01", **kw,
    }  # fmt: skip


def test_a_review_naming_only_its_transfer_takes_the_term_from_it(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    review = ledger.record({"type": "retention_review", "id": "rv", "date": "2032-03-02", "actor": "KZ", "transfer_id": "t1"})
    assert review.evaluation.verdict is cr.Verdict.PROHIBITED
    assert review.evaluation.decided_by == ("art_10.term_reached",)
    overdue = ledger.duties(D(2032, 4, 1), status="overdue")
    assert {(d.kind.value, d.source_event_id) for d in overdue} == {
        ("must_destroy", "t1"), ("must_record_destruction", "t1"), ("must_destroy", "rv"), ("must_record_destruction", "rv"),
    }  # fmt: skip
    assert all(d.bearer == (cr.Party.KZ,) and d.due == D(2031, 1, 1) for d in overdue)


def test_a_destruction_discharges_both_duties_of_its_transfer(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    done = ledger.record(
        {
            "type": "destruction",
            "id": "d1",
            "date": "2030-12-01",
            "actor": "KZ",
            "transfer_id": "t1",
            "reason": "no_longer_necessary",
        }
    )
    assert len(done.discharged) == 2
    before = ledger.duties(D(2030, 11, 30), status="open")
    assert {d.kind.value for d in before} >= {"must_destroy", "must_record_destruction"}
    after = {d.kind.value: d for d in ledger.duties(D(2031, 6, 1), case="t1")}
    assert after["must_destroy"].status is cr.DutyStatus.DISCHARGED
    assert after["must_destroy"].discharged_by == "d1"
    assert after["must_destroy"].discharged_on == D(2030, 12, 1)
    assert after["must_record"].status is cr.DutyStatus.OPEN
    assert ledger.count_duties(D(2031, 6, 1), status="overdue") == 0


def test_a_destruction_by_the_sender_discharges_nothing_and_is_refused(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    with pytest.raises(cr.InconsistentReference, match="receiving Party"):
        ledger.record(
            {"type": "destruction", "id": "d1", "date": "2030-12-01", "actor": "CZ", "transfer_id": "t1", "reason": "other"}
        )


def test_termination_recorded_governs_later_events(ledger: cr.Ledger) -> None:
    ledger.record({"type": "termination_notice", "id": "term", "date": "2027-01-10", "actor": "KZ"})
    late = ledger.record(
        {"type": "request", "id": "r9", "date": "2027-07-10", "actor": "CZ", "subject": "training", "form": "written"}
    )
    assert late.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    early = ledger.record(
        {"type": "request", "id": "r8", "date": "2027-07-09", "actor": "CZ", "subject": "training", "form": "written"}
    )
    assert early.evaluation.verdict is cr.Verdict.PERMITTED
    assert ledger.lifecycle() is not None
    assert ledger.lifecycle().termination_date == D(2027, 7, 10)  # type: ignore[union-attr]


def test_a_suspension_and_its_lifting_suspend_the_duty_to_respond(ledger: cr.Ledger) -> None:
    ledger.record({"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"})
    ledger.record({"type": "suspension_notice", "id": "s1", "date": "2026-04-01", "actor": "KZ", "ground": "security"})
    ledger.record({"type": "suspension_lifting_notice", "id": "s2", "date": "2026-06-01", "actor": "KZ"})
    [respond] = ledger.duties(D(2026, 5, 1), status="suspended")
    assert respond.kind is cr.DutyKind.MUST_RESPOND
    assert [d.duty_id for d in ledger.duties(D(2026, 6, 20), status="open")] == [respond.duty_id]
    assert ledger.duties(D(2026, 6, 10), status="suspended") == [respond.model_copy(update={"as_of": D(2026, 6, 10)})]


def test_a_response_is_judged_with_its_request_and_discharges_the_duty_to_respond(ledger: cr.Ledger) -> None:
    ledger.record(
        {
            "type": "request",
            "id": "r1",
            "date": "2026-03-02",
            "actor": "CZ",
            "subject": "legal_assistance_in_criminal_matters",
            "form": "written",
        }
    )
    answer = ledger.record(
        {"type": "response", "id": "a1", "date": "2026-03-05", "actor": "KZ", "request_id": "r1", "outcome": "fulfilled"}
    )
    assert answer.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert "request_subject" not in answer.evaluation.presumed


def test_oral_request_confirmation_and_refusal_notice_discharge_their_duties(ledger: cr.Ledger) -> None:
    ledger.record(
        {
            "type": "request",
            "id": "r1",
            "date": "2026-03-02",
            "actor": "CZ",
            "subject": "training",
            "form": "oral",
            "urgent": True,
        }
    )
    [confirm] = [d for d in ledger.duties(D(2026, 3, 3)) if d.kind is cr.DutyKind.MUST_CONFIRM_IN_WRITING]
    assert confirm.status is cr.DutyStatus.OVERDUE  # "immediately": due on the request's own day
    ledger.record({"type": "written_confirmation", "id": "c1", "date": "2026-03-04", "actor": "CZ", "request_id": "r1"})
    ledger.record(
        {
            "type": "response",
            "id": "a1",
            "date": "2026-03-06",
            "actor": "KZ",
            "request_id": "r1",
            "outcome": "refused",
            "grounds": ["security"],
        }
    )
    assert [d.kind for d in ledger.duties(D(2026, 3, 7), status="overdue")] == [cr.DutyKind.REFUSAL_NOTICE_REQUIRED]
    ledger.record({"type": "refusal_notice", "id": "n1", "date": "2026-03-07", "actor": "KZ", "request_id": "r1"})
    assert ledger.count_duties(D(2026, 3, 8), status="overdue") == 0
    assert {d.discharged_by for d in ledger.duties(D(2026, 3, 8), status="discharged")} == {"c1", "a1", "n1"}


def test_a_use_for_another_purpose_is_lawful_once_consent_exists(ledger: cr.Ledger) -> None:
    ledger.record(transfer())
    asked = ledger.record(
        {"type": "use", "id": "u1", "date": "2026-03-03", "actor": "KZ", "purpose": "other", "transfer_id": "t1"}
    )
    assert asked.evaluation.verdict is cr.Verdict.NEEDS_CONSENT
    ledger.record({"type": "consent", "id": "k1", "date": "2026-03-04", "actor": "CZ", "transfer_id": "t1", "purpose": "other"})
    later = ledger.record(
        {"type": "use", "id": "u2", "date": "2026-03-05", "actor": "KZ", "purpose": "other", "transfer_id": "t1"}
    )
    assert later.evaluation.verdict is cr.Verdict.PERMITTED
    before = ledger.record(
        {"type": "use", "id": "u3", "date": "2026-03-03", "actor": "KZ", "purpose": "other", "transfer_id": "t1", "act": "done"}
    )
    assert before.evaluation.verdict is cr.Verdict.PROHIBITED  # a consent given after the use does not cure it


def test_an_unknown_reference_is_an_error_or_an_assumption(open_ledger: Callable[..., cr.Ledger]) -> None:
    strict = open_ledger()
    with pytest.raises(cr.UnknownReference, match="'transfer_id'"):
        strict.record({"type": "use", "id": "u1", "date": "2026-03-03", "actor": "KZ", "purpose": "other", "transfer_id": "tx"})
    assert strict.checkpoint().size == 0
    lenient = open_ledger(assume_unknown=True)
    recorded = lenient.record(
        {"type": "use", "id": "u1", "date": "2026-03-03", "actor": "KZ", "purpose": "other", "transfer_id": "tx"}
    )
    assert recorded.link_assumptions == ("transfer_id: no event 'tx' is recorded in the ledger; the event is judged as stated",)


def test_same_id_same_content_is_idempotent_different_content_an_error(ledger: cr.Ledger) -> None:
    first = ledger.record(transfer())
    again = ledger.record(transfer())
    assert again == first
    assert ledger.checkpoint().size == 1
    with pytest.raises(cr.ConflictingEvent, match="'t1'"):
        ledger.record(transfer(purpose="other"))


def test_a_batch_is_all_or_nothing(ledger: cr.Ledger) -> None:
    with pytest.raises(cr.UnknownReference):
        ledger.record_many(
            [
                transfer(),
                {"type": "destruction", "id": "d", "date": "2027-01-01", "actor": "KZ", "transfer_id": "nope", "reason": "other"},
            ]
        )
    assert ledger.checkpoint() == cr.Checkpoint(size=0, head="sha256:" + "0" * 64)


def test_replay_gives_the_same_duty_ids(open_ledger: Callable[..., cr.Ledger]) -> None:
    events = [
        transfer(),
        {
            "type": "request",
            "id": "r1",
            "date": "2026-03-02",
            "actor": "CZ",
            "subject": "training",
            "form": "oral",
            "urgent": True,
        },
        {"type": "termination_notice", "id": "term", "date": "2027-01-10", "actor": "KZ"},
    ]
    ids = []
    for _ in range(2):
        ledger = open_ledger()
        ledger.record_many(events)
        ids.append([d.duty_id for d in ledger.duties(D(2030, 1, 1))])
        assert ledger.replay() == []
    assert ids[0] == ids[1]
    # The transfer: destroy and record the destruction at the term, record the reception, protect; the urgent oral
    # request: confirm in writing, respond; the termination notice: destroy and record the destruction on expiry.
    assert len(ids[0]) == 8


def test_records_of_article_10_item_6(ledger: cr.Ledger) -> None:
    ledger.record(transfer(categories=["identity", "health"]))
    ledger.record(
        {"type": "destruction", "id": "d1", "date": "2031-01-01", "actor": "KZ", "transfer_id": "t1", "reason": "term_reached"}
    )
    kinds = [(r.kind.value, r.party.value, r.reason) for r in ledger.records()]
    assert kinds == [
        ("transfer", "CZ", None),
        ("reception", "KZ", None),
        ("destruction", "KZ", cr.DestructionReason.TERM_REACHED),
    ]
    assert all(r.categories == (cr.DataCategory.IDENTITY, cr.DataCategory.HEALTH) for r in ledger.records())
    assert all(r.purpose is cr.Purpose.SUPPRESSING_CRIMINAL_ACTIVITY for r in ledger.records())


def test_the_store_refuses_updates_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        ledger.record(transfer())
    db = sqlite3.connect(path)
    for sql in ("UPDATE entries SET body = 'x'", "DELETE FROM duties", "DELETE FROM entries"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(sql)
    db.close()


def test_verify_reports_the_first_broken_link(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        ledger.record(transfer())
        mark = ledger.checkpoint()
        ledger.record(
            {"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"}
        )
        ledger.record(
            {"type": "request", "id": "r2", "date": "2026-03-03", "actor": "CZ", "subject": "training", "form": "written"}
        )
        assert ledger.verify(since=mark).ok
        assert ledger.verify(since=cr.Checkpoint(size=1, head="sha256:" + "1" * 64)).broken_at == 1
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER entries_no_update")  # a tamperer with the file can drop the triggers: the chain still shows it
    body = json.loads(db.execute("SELECT body FROM entries WHERE seq = 2").fetchone()[0])
    body["evaluation"]["verdict"] = "prohibited"
    db.execute("UPDATE entries SET body = ? WHERE seq = 2", (json.dumps(body),))
    db.commit()
    db.close()
    with cr.Ledger.open(str(path)) as ledger:
        result = ledger.verify()
    assert (result.ok, result.broken_at) == (False, 2)


def test_an_older_schema_is_upgraded_and_a_newer_refused(tmp_path: Path) -> None:
    from cooperation_rules.ledger.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.commit()
    db.close()
    with cr.Ledger.open(str(path)) as ledger:
        assert ledger.schema_version == 3
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'duties_effective_due'").fetchone() == (1,)
    db.execute("INSERT INTO schema_version VALUES (99)")
    db.commit()
    db.close()
    with pytest.raises(cr.LedgerSchemaError, match="version 99, newer than version 3"):
        cr.Ledger.open(str(path))


def test_an_unknown_address_is_a_clear_error() -> None:
    with pytest.raises(cr.LedgerError, match="unknown ledger address 'mysql://x'"):
        cr.Ledger.open("mysql://x")
