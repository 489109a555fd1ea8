"""The Agreement's own life (Art. 17, Art. 18, final clause): entry into force, suspension, termination."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from cooperation_rules import AgreementStatus, InvalidLifecycle, Lifecycle, Subject, Suspension
from cooperation_rules.model.vocabulary import SuspensionGround

D = dt.date
#: Notifications received 2018-05-02 and 2018-07-20: entry into force on 2018-09-01 (Art. 18(1)).
NOTIFICATIONS = (D(2018, 5, 2), D(2018, 7, 20))
ENTRY_INTO_FORCE = D(2018, 9, 1)


def in_force(**fields: Any) -> Lifecycle:
    """A lifecycle in force since 2018-09-01, with whatever else is given."""
    return Lifecycle(notifications_received=NOTIFICATIONS, **fields)


# --- Art. 18(1): entry into force -------------------------------------------------------------


def test_entry_into_force_needs_both_notifications() -> None:
    assert Lifecycle().entry_into_force is None
    assert Lifecycle(notifications_received=(D(2018, 7, 20),)).entry_into_force is None
    assert in_force().entry_into_force == ENTRY_INTO_FORCE


def test_entry_into_force_counts_from_the_later_notification_whatever_the_order() -> None:
    forwards = Lifecycle(notifications_received=(D(2018, 5, 2), D(2018, 7, 20)))
    backwards = Lifecycle(notifications_received=(D(2018, 7, 20), D(2018, 5, 2)))
    assert forwards.entry_into_force == backwards.entry_into_force == D(2018, 9, 1)


def test_entry_into_force_across_the_year_end() -> None:
    assert Lifecycle(notifications_received=(D(2018, 12, 31), D(2018, 6, 1))).entry_into_force == D(2019, 2, 1)


def test_status_before_signature_and_on_the_day_of_signature() -> None:
    lifecycle = in_force()
    assert lifecycle.status_on(D(2017, 11, 22)) is AgreementStatus.BEFORE_SIGNATURE
    # Signed on 23 November 2017 but not yet in force.
    assert lifecycle.status_on(D(2017, 11, 23)) is AgreementStatus.NOT_IN_FORCE
    assert Lifecycle().status_on(D(2017, 11, 22)) is AgreementStatus.BEFORE_SIGNATURE


def test_status_around_entry_into_force() -> None:
    lifecycle = in_force()
    assert lifecycle.status_on(D(2018, 8, 31)) is AgreementStatus.NOT_IN_FORCE
    assert lifecycle.status_on(ENTRY_INTO_FORCE) is AgreementStatus.IN_FORCE
    assert lifecycle.status_on(D(2030, 1, 1)) is AgreementStatus.IN_FORCE


def test_without_both_notifications_the_agreement_is_never_in_force() -> None:
    assert Lifecycle().status_on(D(2030, 1, 1)) is AgreementStatus.NOT_IN_FORCE
    one = Lifecycle(notifications_received=(D(2018, 5, 2),))
    assert one.status_on(D(2030, 1, 1)) is AgreementStatus.NOT_IN_FORCE


# --- Art. 17: suspension ------------------------------------------------------------------------


def test_whole_suspension_takes_effect_fifteen_days_after_receipt_and_lifting_likewise() -> None:
    lifecycle = in_force(
        suspensions=(
            Suspension(
                notice_received=D(2026, 3, 1), ground=SuspensionGround.PUBLIC_HEALTH, lifted_notice_received=D(2026, 5, 10)
            ),
        )
    )
    assert lifecycle.status_on(D(2026, 3, 15)) is AgreementStatus.IN_FORCE
    assert lifecycle.status_on(D(2026, 3, 16)) is AgreementStatus.SUSPENDED
    assert lifecycle.status_on(D(2026, 5, 10)) is AgreementStatus.SUSPENDED  # lifting notice received, not yet in effect
    assert lifecycle.status_on(D(2026, 5, 24)) is AgreementStatus.SUSPENDED
    assert lifecycle.status_on(D(2026, 5, 25)) is AgreementStatus.IN_FORCE
    assert lifecycle.suspended_subjects_on(D(2026, 4, 1)) == frozenset()  # whole suspension lists no subjects


def test_suspension_without_lifting_lasts() -> None:
    lifecycle = in_force(suspensions=(Suspension(notice_received=D(2026, 3, 1), ground=SuspensionGround.SECURITY),))
    assert lifecycle.status_on(D(2035, 1, 1)) is AgreementStatus.SUSPENDED


def test_suspension_effect_dates() -> None:
    suspension = Suspension(
        notice_received=D(2026, 12, 20), ground=SuspensionGround.PUBLIC_ORDER, lifted_notice_received=D(2027, 2, 20)
    )
    assert suspension.whole
    assert suspension.effective_from == D(2027, 1, 4)
    assert suspension.effective_until == D(2027, 3, 7)
    assert Suspension(notice_received=D(2026, 12, 20), ground=SuspensionGround.PUBLIC_ORDER).effective_until is None


def test_partial_suspension_suspends_subjects_but_not_the_agreement() -> None:
    lifecycle = in_force(
        suspensions=(
            Suspension(
                notice_received=D(2020, 3, 20),
                ground=SuspensionGround.PUBLIC_HEALTH,
                scope=(Subject.TRAINING, Subject.EXPERT_ASSISTANCE),
                lifted_notice_received=D(2021, 6, 1),
            ),
        )
    )
    assert not lifecycle.suspensions[0].whole
    assert lifecycle.suspended_subjects_on(D(2020, 4, 3)) == frozenset()
    assert lifecycle.suspended_subjects_on(D(2020, 4, 4)) == {Subject.TRAINING, Subject.EXPERT_ASSISTANCE}
    assert lifecycle.status_on(D(2020, 4, 4)) is AgreementStatus.IN_FORCE
    assert lifecycle.suspended_subjects_on(D(2021, 6, 15)) == {Subject.TRAINING, Subject.EXPERT_ASSISTANCE}
    assert lifecycle.suspended_subjects_on(D(2021, 6, 16)) == frozenset()


def test_partial_suspensions_add_up() -> None:
    lifecycle = in_force(
        suspensions=(
            Suspension(notice_received=D(2026, 1, 1), ground=SuspensionGround.SECURITY, scope=(Subject.TRAINING,)),
            Suspension(notice_received=D(2026, 2, 1), ground=SuspensionGround.PUBLIC_ORDER, scope=(Subject.LEGISLATION,)),
        )
    )
    assert lifecycle.suspended_subjects_on(D(2026, 1, 20)) == {Subject.TRAINING}
    assert lifecycle.suspended_subjects_on(D(2026, 2, 16)) == {Subject.TRAINING, Subject.LEGISLATION}


# --- Art. 18(2): termination --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("receipt", "end"),
    [
        (D(2026, 8, 31), D(2027, 2, 28)),
        (D(2027, 8, 31), D(2028, 2, 29)),
        (D(2026, 3, 15), D(2026, 9, 15)),
    ],
)
def test_terminated_on_and_after_the_termination_date(receipt: dt.date, end: dt.date) -> None:
    lifecycle = in_force(termination_notice_received=receipt)
    assert lifecycle.termination_date == end
    assert lifecycle.status_on(receipt) is AgreementStatus.IN_FORCE
    assert lifecycle.status_on(end - dt.timedelta(days=1)) is AgreementStatus.IN_FORCE
    assert lifecycle.status_on(end) is AgreementStatus.TERMINATED
    assert lifecycle.status_on(end + dt.timedelta(days=400)) is AgreementStatus.TERMINATED


def test_termination_prevails_over_a_suspension() -> None:
    lifecycle = in_force(
        suspensions=(Suspension(notice_received=D(2026, 3, 1), ground=SuspensionGround.SECURITY),),
        termination_notice_received=D(2026, 8, 31),
    )
    assert lifecycle.status_on(D(2027, 2, 27)) is AgreementStatus.SUSPENDED
    assert lifecycle.status_on(D(2027, 2, 28)) is AgreementStatus.TERMINATED


def test_no_termination_date_without_notice() -> None:
    assert in_force().termination_date is None


# --- Art. 13(1), (2) ----------------------------------------------------------------------------


def test_article_13_due_thirty_days_after_entry_into_force() -> None:
    assert in_force().article_13_due == D(2018, 10, 1)
    assert Lifecycle(notifications_received=(D(2018, 5, 2),)).article_13_due is None


# --- Reading a lifecycle --------------------------------------------------------------------------


def test_parse_from_dict_json_text_and_bytes_agree() -> None:
    data = {
        "notifications_received": ["2018-05-02", "2018-07-20"],
        "suspensions": [{"notice_received": "2026-03-01", "ground": "security", "scope": ["training"]}],
        "termination_notice_received": "2026-08-31",
    }
    text = json.dumps(data)
    parsed = Lifecycle.parse(data)
    assert parsed == Lifecycle.parse(text) == Lifecycle.parse(text.encode())
    assert parsed.entry_into_force == ENTRY_INTO_FORCE
    assert parsed.suspensions[0].scope == (Subject.TRAINING,)
    assert parsed.termination_date == D(2027, 2, 28)


def test_from_file_reads_the_example() -> None:
    lifecycle = Lifecycle.from_file(Path(__file__).resolve().parents[1] / "examples" / "lifecycle.json")
    # Notifications 2018-06-14 and 2018-07-20: in force from 2018-09-01.
    assert lifecycle.entry_into_force == D(2018, 9, 1)
    assert lifecycle.termination_date is None


def fields_of(exc: InvalidLifecycle) -> list[str]:
    return [e.field for e in exc.errors]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"notifications_received": ["2018-02-30"]}, "notifications_received.0", "2018-02-30"),
        ({"notifications_received": ["2018-07-20T10:00:00"]}, "notifications_received.0", "YYYY-MM-DD"),
        ({"termination_notice_received": "31.08.2026"}, "termination_notice_received", "YYYY-MM-DD"),
        ({"notified": ["2018-07-20"]}, "notified", "Extra inputs"),
        ({"notifications_received": ["2018-05-02", "2018-06-01", "2018-07-20"]}, "notifications_received", "at most 2"),
        (
            {"suspensions": [{"notice_received": "2026-03-10", "ground": "security", "lifted_notice_received": "2026-03-09"}]},
            "suspensions.0",
            "lifted_notice_received",
        ),
        ({"suspensions": [{"notice_received": "2026-03-10", "ground": "war"}]}, "suspensions.0.ground", "security"),
        (
            {"suspensions": [{"notice_received": "2026-03-10", "ground": "security", "scope": []}]},
            "suspensions.0.scope",
            "at least 1",
        ),
    ],
)
def test_parse_names_the_bad_field(data: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(InvalidLifecycle) as info:
        Lifecycle.parse(data)
    assert fields_of(info.value) == [field]
    assert field in str(info.value)
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "malformed JSON"),
        ('{"notifications_received": [}', "malformed JSON"),
        ("", "malformed JSON"),
        (b"\xff\xfe\xfa", "not UTF-8 text: truncated data at byte 2"),
    ],
)
def test_parse_malformed_json(text: str | bytes, words: str) -> None:
    with pytest.raises(InvalidLifecycle) as info:
        Lifecycle.parse(text)
    assert fields_of(info.value) == [""]
    assert words in str(info.value)


def test_parse_non_object() -> None:
    with pytest.raises(InvalidLifecycle) as info:
        Lifecycle.parse("[]")
    assert fields_of(info.value) == [""]


def test_invalid_lifecycle_is_a_value_error() -> None:
    assert issubclass(InvalidLifecycle, ValueError)


def test_from_file_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(InvalidLifecycle, match="cannot read") as info:
        Lifecycle.from_file(missing)
    assert str(missing) in str(info.value)

    broken = tmp_path / "broken.json"
    broken.write_text('{"notifications_received": ["2018-05-02",', encoding="utf-8")
    with pytest.raises(InvalidLifecycle, match="malformed JSON"):
        Lifecycle.from_file(broken)

    bad_field = tmp_path / "bad.json"
    bad_field.write_text('{"termination_notice_received": "2026-02-30"}', encoding="utf-8")
    with pytest.raises(InvalidLifecycle) as info:
        Lifecycle.from_file(bad_field)
    assert fields_of(info.value) == ["termination_notice_received"]


# --- Immutability ---------------------------------------------------------------------------------


def test_lifecycle_and_suspension_are_frozen() -> None:
    lifecycle = in_force(suspensions=(Suspension(notice_received=D(2026, 3, 1), ground=SuspensionGround.SECURITY),))
    with pytest.raises(ValidationError):
        lifecycle.termination_notice_received = D(2026, 8, 31)  # type: ignore[misc]
    with pytest.raises(ValidationError):
        lifecycle.suspensions[0].lifted_notice_received = D(2026, 4, 1)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        lifecycle.notifications_received.append(D(2019, 1, 1))  # type: ignore[attr-defined]
    assert lifecycle.termination_date is None


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, '{"termination_notice_received": 1' + "0" * 5000 + "}"],
    ids=["deeply-nested", "integer-over-digit-limit"],
)
def test_unreadable_json_is_an_invalid_lifecycle(text: str) -> None:
    with pytest.raises(InvalidLifecycle) as info:
        Lifecycle.parse(text)
    assert "malformed JSON" in str(info.value)


def test_a_suspension_on_a_ground_article_17_does_not_allow_has_no_effect() -> None:
    lawless = in_force(suspensions=(Suspension(notice_received=D(2026, 3, 1), ground=SuspensionGround.OTHER),))
    lawful = in_force(suspensions=(Suspension(notice_received=D(2026, 3, 1), ground=SuspensionGround.PUBLIC_ORDER),))
    assert lawless.status_on(D(2026, 4, 1)) is AgreementStatus.IN_FORCE
    assert lawful.status_on(D(2026, 4, 1)) is AgreementStatus.SUSPENDED


def test_an_unknown_field_is_named_and_cut_like_an_event_field() -> None:
    with pytest.raises(InvalidLifecycle) as err:
        Lifecycle.parse('{"notifications_received": [], "' + "x" * 1000 + '": 1}')
    (fault,) = err.value.errors
    assert fault.field == "x" * 199 + "…"
    assert fault.message == "Extra inputs are not permitted"
