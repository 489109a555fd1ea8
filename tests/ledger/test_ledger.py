"""The case ledger on SQLite: links, lifecycle from notices, duties as of a day, records, chain, append-only."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import cooperation_rules as cr

from .cases import transfer

D = dt.date


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
    for sql in ("UPDATE entries SET body = 'x'", "DELETE FROM duties", "DELETE FROM entries", "DELETE FROM parts"):
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
        assert ledger.schema_version == 4
    db = sqlite3.connect(path)
    names = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert {"parts", "parts_no_update", "parts_no_delete", "discharges_seq", "duties_count", "discharged"} <= names
    assert {"duties_effective_due", "duties_due_cover"}.isdisjoint(names)  # version 4 counts from duties_count
    db.execute("INSERT INTO schema_version VALUES (99)")
    db.commit()
    db.close()
    with pytest.raises(cr.LedgerSchemaError, match="version 99, newer than version 4"):
        cr.Ledger.open(str(path))


def test_an_unknown_address_is_a_clear_error() -> None:
    with pytest.raises(cr.LedgerError, match="unknown ledger address 'mysql://x'"):
        cr.Ledger.open("mysql://x")


def _as_schema_3(path: Path) -> None:
    """Rewrite the ledger at ``path`` as schema 3 wrote it: every body holding its citations and findings in place
    (no parts table), the chain's hashes computed again over those bodies the way schema 3 hashed them."""
    from cooperation_rules.ledger.chain import GENESIS, link_v1
    from cooperation_rules.model.canonical import canonical_json

    db = sqlite3.connect(path)
    for table in ("entries", "parts", "chain_format", "discharged"):
        for verb in ("update", "delete"):
            db.execute(f"DROP TRIGGER {table}_no_{verb}")
    parts = dict(db.execute("SELECT digest, json FROM parts").fetchall())
    previous = GENESIS
    for seq, body in db.execute("SELECT seq, body FROM entries ORDER BY seq").fetchall():
        data = json.loads(body)
        for key in ("citations", "findings"):
            data["evaluation"][key] = json.loads(parts[data["evaluation"][key]])
        text = canonical_json(data).decode()
        hashed = link_v1(previous, text)
        db.execute("UPDATE entries SET body = ?, previous = ?, hash = ? WHERE seq = ?", (text, previous, hashed, seq))
        previous = hashed
    db.execute("DROP TABLE parts")
    db.execute("DROP TABLE chain_format")
    db.execute("DROP INDEX discharges_seq")
    db.execute("DROP INDEX duties_source")
    db.execute("DROP INDEX duties_count")
    db.execute("DROP TABLE discharged")
    db.execute("ALTER TABLE duties DROP COLUMN subject")
    db.execute("CREATE INDEX duties_due_cover ON duties (effective_due, opened_on, survives, duty_id)")
    db.execute("CREATE INDEX duties_effective_due ON duties (effective_due)")
    db.execute("DELETE FROM schema_version WHERE version = 4")
    db.commit()
    db.close()


def test_a_ledger_of_schema_3_reads_verifies_replays_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        first = ledger.record(transfer())
        ledger.record(DESTRUCTION)
    _as_schema_3(path)
    with cr.Ledger.open(str(path)) as ledger:
        assert ledger.schema_version == 4
        assert ledger.verify().ok
        assert ledger.replay() == []
        again = ledger.record(transfer())  # the same event again: answered from the entry as schema 3 wrote it
        assert again.evaluation == first.evaluation
        # The discharges recorded before the upgrade are counted as the ones after it will be.
        assert ledger.count_duties(D(2027, 6, 1), status="discharged") == 2
        assert ledger.count_duties(D(2027, 6, 1), status="overdue") == 0
        ledger.record({"type": "use", "id": "u1", "date": "2026-03-05", "actor": "KZ", "transfer_id": "t1", "purpose": "other"})
        result = ledger.verify()
    assert (result.ok, result.checked) == (True, 3)
    db = sqlite3.connect(path)
    # The entry written before the upgrade keeps its hash as schema 3 made it; the one after is hashed as schema 4 does.
    assert db.execute("SELECT since_seq FROM chain_format").fetchall() == [(3,)]
    rows = db.execute("SELECT body, hash FROM entries ORDER BY seq").fetchall()
    db.close()
    from cooperation_rules.ledger.chain import GENESIS, link, link_v1

    assert rows[0][1] == link_v1(GENESIS, rows[0][0]) != link(GENESIS, rows[0][0])
    assert rows[1][1] == link_v1(rows[0][1], rows[1][0])
    assert rows[2][1] == link(rows[1][1], rows[2][0])


def test_a_body_names_its_shared_parts_by_digest_and_a_changed_part_breaks_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        ledger.record(transfer())
        ledger.record(transfer(id="t2"))
    db = sqlite3.connect(path)
    bodies = [json.loads(b) for (b,) in db.execute("SELECT body FROM entries ORDER BY seq")]
    named = {bodies[0]["evaluation"]["citations"], bodies[0]["evaluation"]["findings"]}
    assert all(n.startswith("sha256:") for n in named)
    # Two transfers that fire the same rules share their parts: kept once.
    assert {bodies[1]["evaluation"]["citations"], bodies[1]["evaluation"]["findings"]} == named
    assert db.execute("SELECT COUNT(*) FROM parts").fetchone() == (2,)
    named_citations = bodies[0]["evaluation"]["citations"]
    citations = json.loads(db.execute("SELECT json FROM parts WHERE digest = ?", (named_citations,)).fetchone()[0])
    assert "art_10__point_5" in {c["eid"] for c in citations}
    assert all(c["text_status"] == "unofficial_translation" for c in citations)
    db.execute("DROP TRIGGER parts_no_update")
    db.execute("UPDATE parts SET json = replace(json, 'destroyed', 'kept') WHERE digest = ?", (named_citations,))
    db.commit()
    db.close()
    with cr.Ledger.open(str(path)) as ledger:
        result = ledger.verify()
    assert (result.ok, result.broken_at) == (False, 1)
    assert "part" in (result.reason or "")


def test_recorded_evaluations_read_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        recorded = ledger.record(transfer())
    with cr.Ledger.open(str(path)) as ledger:  # a new ledger remembers nothing: the parts are read from the store
        again = ledger.record(transfer())
    assert again.evaluation == recorded.evaluation
    assert again.evaluation.citations[0].text  # the quoted text, put back from its part


PARTIAL_SUSPENSION = {
    "type": "suspension_notice", "id": "s1", "date": "2026-04-01", "actor": "KZ", "ground": "security", "scope": ["training"],
}  # fmt: skip


def test_a_partial_suspension_suspends_only_the_duties_of_cases_on_its_subjects(ledger: cr.Ledger) -> None:
    ledger.record({"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"})
    ledger.record(
        {"type": "request", "id": "r2", "date": "2026-03-02", "actor": "CZ", "subject": "search_for_suspects", "form": "written"}
    )
    ledger.record(PARTIAL_SUSPENSION)
    ledger.record({"type": "suspension_lifting_notice", "id": "s2", "date": "2026-06-01", "actor": "KZ", "scope": ["training"]})
    during = {d.source_event_id: d for d in ledger.duties(D(2026, 5, 1))}
    assert (during["r1"].subject, during["r1"].status) == (cr.Subject.TRAINING, cr.DutyStatus.SUSPENDED)
    assert (during["r2"].subject, during["r2"].status) == (cr.Subject.SEARCH_FOR_SUSPECTS, cr.DutyStatus.OPEN)
    assert [d.source_event_id for d in ledger.duties(D(2026, 5, 1), status="suspended")] == ["r1"]
    assert [d.source_event_id for d in ledger.duties(D(2026, 5, 1), status="open")] == ["r2"]
    assert ledger.count_duties(D(2026, 5, 1), status="suspended") == 1
    assert ledger.count_duties(D(2026, 5, 1), status="open") == 1
    after = ledger.duties(D(2026, 6, 20), status="open")
    assert sorted(d.source_event_id for d in after) == ["r1", "r2"]
    assert ledger.duties(D(2026, 6, 20), status="suspended") == []


def test_a_partial_suspension_does_not_reach_the_duties_that_protect_data(ledger: cr.Ledger) -> None:
    ledger.record(transfer(subject="training"))
    ledger.record(PARTIAL_SUSPENSION)
    kinds = {d.kind.value: d.status for d in ledger.duties(D(2026, 5, 1), case="t1")}
    assert kinds["must_destroy"] is cr.DutyStatus.OPEN
    assert ledger.duties(D(2026, 5, 1), status="suspended") == []


DESTRUCTION = {
    "type": "destruction", "id": "d1", "date": "2027-01-05", "actor": "KZ", "transfer_id": "t1", "reason": "no_longer_necessary",
}  # fmt: skip

TAMPERINGS = {
    "a duty's content": (
        "duties",
        "UPDATE duties SET duty_json = replace(duty_json, '2031-01-01', '2041-01-01') WHERE seq = 1",
        1,
    ),
    "a duty removed": ("duties", "DELETE FROM duties WHERE rowid = (SELECT MIN(rowid) FROM duties WHERE seq = 1)", 1),
    "a duty moved to another entry": ("duties", "UPDATE duties SET seq = 2 WHERE rowid = (SELECT MIN(rowid) FROM duties)", 1),
    "a discharge's day": ("discharges", "UPDATE discharges SET on_date = '2026-03-03' WHERE seq = 2", 2),
    "a discharge's act": ("discharges", "UPDATE discharges SET by_event_id = 'other' WHERE seq = 2", 2),
    "a discharge removed": ("discharges", "DELETE FROM discharges WHERE rowid = (SELECT MIN(rowid) FROM discharges)", 2),
}


@pytest.mark.parametrize("what", sorted(TAMPERINGS))
def test_verify_finds_a_duty_or_discharge_changed_in_the_store(tmp_path: Path, what: str) -> None:
    table, sql, at = TAMPERINGS[what]
    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        ledger.record(transfer())
        ledger.record(DESTRUCTION)
        assert ledger.verify().ok
    db = sqlite3.connect(path)
    db.execute(f"DROP TRIGGER {table}_no_update")
    db.execute(f"DROP TRIGGER {table}_no_delete")
    db.execute(sql)
    db.commit()
    db.close()
    with cr.Ledger.open(str(path)) as ledger:
        result = ledger.verify()
    assert (result.ok, result.broken_at) == (False, at), result


def test_the_quick_reading_proves_sound_entries_and_only_them(tmp_path: Path) -> None:
    from cooperation_rules.ledger.verification import sound_at_a_glance as _sound_at_a_glance

    path = tmp_path / "l.db"
    with cr.Ledger.open(str(path)) as ledger:
        ledger.record(transfer())
        ledger.record(DESTRUCTION)
    db = sqlite3.connect(path)
    parts = {digest for (digest,) in db.execute("SELECT digest FROM parts")}
    for seq, body in db.execute("SELECT seq, body FROM entries ORDER BY seq").fetchall():
        duties = dict(db.execute("SELECT duty_id, duty_json FROM duties WHERE seq = ?", (seq,)).fetchall())
        discharges = {
            d: (by, on) for d, by, on in db.execute("SELECT duty_id, by_event_id, on_date FROM discharges WHERE seq = ?", (seq,))
        }
        assert duties or discharges
        assert _sound_at_a_glance(body, duties, discharges, parts)
        assert not _sound_at_a_glance(body, duties, discharges, set())  # a part not checked yet: not at a glance
        for d in duties:
            assert not _sound_at_a_glance(body, {**duties, d: duties[d].replace("KZ", "CZ")}, discharges, parts)
            assert not _sound_at_a_glance(body, {k: v for k, v in duties.items() if k != d}, discharges, parts)
        for d, (by, on) in discharges.items():
            assert not _sound_at_a_glance(body, duties, {**discharges, d: (by, "2001-01-01")}, parts)
            assert not _sound_at_a_glance(body, duties, {**discharges, d: ("x", on)}, parts)
        assert not _sound_at_a_glance(body.replace('{"case":', '{"case" :', 1), duties, discharges, parts)
    db.close()


def test_every_count_is_the_length_of_its_list(ledger: cr.Ledger) -> None:
    """Counts are taken another way than lists (two indexes, less the discharged): on every day, status and bearer,
    through discharges, a partial and a whole suspension and the end, both agree, and each duty listed has the status
    asked."""

    def request(n: int, actor: str, subject: str, day: str) -> dict[str, object]:
        return {"type": "request", "id": f"r{n}", "date": day, "actor": actor, "subject": subject, "form": "written"}

    ledger.record_many(
        [
            transfer(),
            transfer(id="t2", actor="KZ", destruction_term="2026-09-01", subject="training"),
            request(1, "CZ", "training", "2026-03-02"),
            request(2, "KZ", "search_for_suspects", "2026-03-03"),
            {"type": "response", "id": "a2", "date": "2026-03-20", "actor": "CZ", "request_id": "r2", "outcome": "fulfilled"},
            {**DESTRUCTION, "date": "2026-10-01"},
            # A duty to correct t2's data: it survives the suspension of 2027 and lapses with the Agreement.
            {
                "type": "data_defect",
                "id": "dd2",
                "date": "2026-08-01",
                "actor": "KZ",
                "transfer_id": "t2",
                "defect": "unreliable",
            },
            {**PARTIAL_SUSPENSION, "date": "2026-05-01"},
            {"type": "suspension_lifting_notice", "id": "s2", "date": "2026-07-01", "actor": "KZ", "scope": ["training"]},
            {"type": "suspension_notice", "id": "s3", "date": "2027-01-01", "actor": "CZ", "ground": "security"},
            {"type": "termination_notice", "id": "end", "date": "2027-03-01", "actor": "CZ"},
        ]
    )
    seen: set[cr.DutyStatus] = set()
    for day in (D(2026, 3, 2), D(2026, 3, 25), D(2026, 6, 1), D(2026, 9, 2), D(2026, 10, 2), D(2027, 2, 1), D(2028, 1, 1)):
        everything = ledger.duties(day)
        assert ledger.count_duties(day) == len(everything)
        for status in cr.DutyStatus:
            for bearer in (None, cr.Party.CZ, cr.Party.KZ):
                listed = ledger.duties(day, status=status, bearer=bearer)
                assert ledger.count_duties(day, status=status, bearer=bearer) == len(listed), (day, status, bearer)
                assert all(d.status is status for d in listed)
                assert all(bearer is None or bearer in d.bearer for d in listed)
                seen.update(d.status for d in listed)
        assert sum(ledger.count_duties(day, status=s) for s in cr.DutyStatus) == len(everything)
    assert seen == set(cr.DutyStatus)  # every status was met on some day


def test_a_duty_to_correct_survives_a_suspension_and_lapses_with_the_agreement(ledger: cr.Ledger) -> None:
    """Art. 10, item 4 read with item 5, last sentence: data that must be destroyed on the Agreement's expiry is not
    corrected, so the duty to correct lapses on the day the Agreement ceases to have effect (six months after the
    notice of termination of 1 March 2027: 1 September 2027); a suspension does not reach it. The duty to destroy the
    data at its term stays open. Listed, filtered and counted alike."""
    ledger.record_many(
        [
            transfer(),
            {
                "type": "data_defect",
                "id": "dd1",
                "date": "2026-04-01",
                "actor": "CZ",
                "transfer_id": "t1",
                "defect": "unreliable",
            },
            {"type": "suspension_notice", "id": "s1", "date": "2027-01-01", "actor": "CZ", "ground": "security"},
            {"type": "termination_notice", "id": "end", "date": "2027-03-01", "actor": "CZ"},
        ]
    )

    def status(day: dt.date, kind: str) -> cr.DutyStatus:
        (duty,) = [d for d in ledger.duties(day, case="t1") if d.kind.value == kind]
        return duty.status

    assert status(D(2027, 2, 1), "must_correct") is cr.DutyStatus.OPEN  # suspended Agreement, from 16 January
    assert status(D(2027, 8, 31), "must_correct") is cr.DutyStatus.OPEN
    assert status(D(2027, 9, 1), "must_correct") is cr.DutyStatus.LAPSED
    assert status(D(2027, 9, 1), "must_destroy") is cr.DutyStatus.OPEN
    # The sending Party's duty to notify the defect lapses too, as a duty of the cooperation itself.
    lapsed = ledger.duties(D(2027, 9, 1), status="lapsed")
    assert sorted(d.kind.value for d in lapsed) == ["must_correct", "must_notify"]
    assert ledger.count_duties(D(2027, 9, 1), status="lapsed") == 2
    assert "must_correct" not in [d.kind.value for d in ledger.duties(D(2027, 9, 1), status="open")]
    assert "must_correct" in [d.kind.value for d in ledger.duties(D(2027, 2, 1), status="open")]
