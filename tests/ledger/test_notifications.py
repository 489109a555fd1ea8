"""The Art. 18(1) notifications of internal procedures in the case ledger: judged, and counted for the entry into force.

The Agreement "enters into force on the first day of the second month following the date of the receipt ... of the
last written notification" (Art. 18(1), an unofficial translation): the days below are worked out by hand from that
sentence, never by the code under test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import cooperation_rules as cr

D = dt.date


def notification(event_id: str, day: str, actor: str) -> dict[str, Any]:
    """``actor`` notifies the completion of its internal procedures; the other Party receives it on ``day``."""
    return {"type": "procedures_notification", "id": event_id, "date": day, "actor": actor}


def request(event_id: str, day: str) -> dict[str, Any]:
    return {"type": "request", "id": event_id, "date": day, "actor": "CZ", "subject": "training", "form": "written"}


def test_both_notifications_recorded_give_the_day_of_entry_into_force_instead_of_the_published_one(ledger: cr.Ledger) -> None:
    first = ledger.record(notification("n-cz", "2018-03-14", "CZ"))
    assert first.evaluation.verdict is cr.Verdict.PERMITTED
    assert first.evaluation.decided_by == ("art_18.procedures_notification",)
    assert [c.eid for c in first.evaluation.citations] == ["art_18__para_1"]
    second = ledger.record(notification("n-kz", "2018-05-20", "KZ"))
    assert second.evaluation.verdict is cr.Verdict.PERMITTED
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 3, 14), D(2018, 5, 20))
    assert life.entered_into_force is None
    # Received on 20 May 2018: the second month following is July, its first day 1 July 2018 (not the published
    # 1 September 2018).
    assert life.entry_into_force == D(2018, 7, 1)
    before = ledger.record(request("r-before", "2018-06-30"))
    assert before.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert before.evaluation.decided_by == ("art_18.not_yet_in_force",)
    on_the_day = ledger.record(request("r-on", "2018-07-01"))
    assert on_the_day.evaluation.verdict is cr.Verdict.PERMITTED
    assert ledger.verify().ok
    assert ledger.replay() == []


def test_events_recorded_before_the_second_notification_are_outside_the_agreement(ledger: cr.Ledger) -> None:
    ledger.record(notification("n-kz", "2018-06-14", "KZ"))
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 6, 14),)
    assert life.entry_into_force is None
    # The published day has passed, but one notification does not bring the Agreement into force.
    waiting = ledger.record(request("r1", "2018-10-01"))
    assert waiting.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert waiting.evaluation.decided_by == ("art_18.not_yet_in_force",)
    ledger.record(notification("n-cz", "2018-10-05", "CZ"))
    # Received on 5 October 2018: in force from 1 December 2018.
    assert ledger.lifecycle().entry_into_force == D(2018, 12, 1)  # type: ignore[union-attr]
    assert ledger.record(request("r2", "2018-11-30")).evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert ledger.record(request("r3", "2018-12-01")).evaluation.verdict is cr.Verdict.PERMITTED


def test_a_second_notification_from_the_same_party_is_judged_but_does_not_count(ledger: cr.Ledger) -> None:
    ledger.record(notification("n-cz-1", "2018-03-14", "CZ"))
    again = ledger.record(notification("n-cz-2", "2018-04-02", "CZ"))
    assert again.evaluation.verdict is cr.Verdict.PERMITTED
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 3, 14),)
    assert life.entry_into_force is None
    # The other Party's notification, recorded last though received earlier than the repeated one, counts.
    ledger.record(notification("n-kz", "2018-03-30", "KZ"))
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 3, 14), D(2018, 3, 30))
    assert life.entry_into_force == D(2018, 5, 1)


def test_the_notifications_are_kept_in_the_order_recorded(ledger: cr.Ledger) -> None:
    ledger.record(notification("n-kz", "2018-07-20", "KZ"))
    ledger.record(notification("n-cz", "2018-06-14", "CZ"))
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 7, 20), D(2018, 6, 14))
    assert life.entry_into_force == D(2018, 9, 1)  # the later one, 20 July, counts, whichever was recorded first


def test_a_notification_before_the_signature_is_outside_the_agreement_and_does_not_count(ledger: cr.Ledger) -> None:
    early = ledger.record(notification("n-early", "2017-11-01", "KZ"))
    assert early.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert early.evaluation.decided_by == ("art_18.before_signature",)
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == ()
    assert life.entry_into_force == D(2018, 9, 1)  # the published day still stands
    # The same Party may still notify after the signature, and that one counts.
    ledger.record(notification("n-kz", "2018-01-10", "KZ"))
    assert ledger.lifecycle().notifications_received == (D(2018, 1, 10),)  # type: ignore[union-attr]


def test_a_notification_once_the_agreement_is_in_force_changes_nothing(ledger: cr.Ledger) -> None:
    late = ledger.record(notification("n-late", "2019-03-01", "CZ"))
    assert late.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert late.evaluation.decided_by == ("art_18.procedures_notification_in_force",)
    assert [c.eid for c in late.evaluation.citations] == ["art_18__para_1"]
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == ()
    assert life.entry_into_force == D(2018, 9, 1)
    assert ledger.record(request("r1", "2019-04-01")).evaluation.verdict is cr.Verdict.PERMITTED


def test_a_notification_after_both_changes_nothing_during_a_suspension_or_after_the_end(ledger: cr.Ledger) -> None:
    ledger.record_many(
        [
            notification("n-cz", "2018-06-14", "CZ"),
            notification("n-kz", "2018-07-20", "KZ"),
            {"type": "suspension_notice", "id": "s1", "date": "2026-05-01", "actor": "CZ", "ground": "public_order"},
        ]
    )
    # The suspension takes effect fifteen days after receipt: 16 May 2026.
    suspended = ledger.record(notification("n-cz-again", "2026-06-01", "CZ"))
    assert suspended.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert suspended.evaluation.decided_by == ("art_18.procedures_notification_in_force",)
    ledger.record({"type": "termination_notice", "id": "end", "date": "2026-08-31", "actor": "CZ"})
    # Six months after 31 August 2026: 28 February 2027, the first day without effect.
    ended = ledger.record(notification("n-kz-again", "2027-03-01", "KZ"))
    assert ended.evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    assert ended.evaluation.decided_by == ("art_18.procedures_notification_in_force",)
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 6, 14), D(2018, 7, 20))
    assert life.entry_into_force == D(2018, 9, 1)
    assert life.termination_date == D(2027, 2, 28)


def test_a_batch_judges_what_follows_the_second_notification_under_the_agreement_in_force(ledger: cr.Ledger) -> None:
    out = ledger.record_many(
        [
            notification("n-cz", "2018-03-14", "CZ"),
            request("r-early", "2018-07-01"),
            notification("n-kz", "2018-05-20", "KZ"),
            request("r-late", "2018-07-01"),
        ]
    )
    assert [r.evaluation.verdict for r in out] == [
        cr.Verdict.PERMITTED,
        cr.Verdict.NOT_APPLICABLE,  # one notification only: not yet in force
        cr.Verdict.PERMITTED,
        cr.Verdict.PERMITTED,  # in force from 1 July 2018
    ]


def test_a_lifecycle_given_with_its_notifications_stands(open_ledger: Any) -> None:
    given = cr.Lifecycle(notifications_received=(D(2018, 6, 14), D(2018, 7, 20)))  # type: ignore[arg-type]
    ledger: cr.Ledger = open_ledger(lifecycle=given)
    ledger.record(notification("n-cz", "2018-08-10", "CZ"))
    recorded = ledger.record(notification("n-kz", "2018-08-20", "KZ"))
    assert recorded.evaluation.verdict is cr.Verdict.PERMITTED  # received before 1 September 2018, the day given
    assert ledger.lifecycle() == given
    assert ledger.record(request("r1", "2018-09-15")).evaluation.verdict is cr.Verdict.PERMITTED


def test_a_lifecycle_given_with_its_day_of_entry_into_force_stands(open_ledger: Any) -> None:
    ledger: cr.Ledger = open_ledger(lifecycle=cr.Lifecycle(entered_into_force=D(2018, 9, 1)))  # type: ignore[arg-type]
    ledger.record(notification("n-cz", "2018-08-10", "CZ"))
    ledger.record(notification("n-kz", "2018-08-20", "KZ"))  # would give 1 October 2018
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == ()
    assert life.entry_into_force == D(2018, 9, 1)
    assert ledger.record(request("r1", "2018-09-15")).evaluation.verdict is cr.Verdict.PERMITTED


def test_a_lifecycle_given_without_the_entry_into_force_takes_the_recorded_notifications(open_ledger: Any) -> None:
    given = cr.Lifecycle(termination_notice_received=D(2026, 8, 31))  # type: ignore[arg-type]
    ledger: cr.Ledger = open_ledger(lifecycle=given)
    assert ledger.record(request("r0", "2018-09-15")).evaluation.verdict is cr.Verdict.NOT_APPLICABLE
    ledger.record(notification("n-cz", "2018-06-14", "CZ"))
    ledger.record(notification("n-kz", "2018-07-20", "KZ"))
    life = ledger.lifecycle()
    assert life is not None
    assert life.notifications_received == (D(2018, 6, 14), D(2018, 7, 20))
    assert life.entry_into_force == D(2018, 9, 1)
    assert life.termination_date == D(2027, 2, 28)
    assert ledger.record(request("r1", "2018-09-15")).evaluation.verdict is cr.Verdict.PERMITTED
