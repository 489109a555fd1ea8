"""A lifecycle counts with the Agreement it is given, in every part, never quietly with the bundled one.

``Lifecycle.*_under(agreement)`` and ``Suspension.*_under(agreement)`` take the Agreement's own facts (its periods,
its rule of entry into force, its lawful grounds of suspension) from ``rules/agreement.yaml``; a rule folder may hold
another. Each test gives an Agreement whose periods differ from the bundled ones and writes out the dates they give.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cooperation_rules import AgreementStatus, InvalidLifecycle, Lifecycle, Subject
from cooperation_rules.law.agreement import Agreement, Period

D = dt.date
BUNDLED = Agreement.bundled()


def _other() -> Agreement:
    """Entry into force on the first day of the third month; suspensions after 30 days; termination after 3 months;
    designation within 10 days; public health not a lawful ground of suspension."""
    periods = BUNDLED.periods.model_copy(
        update={
            "suspension_effect": Period(days=30, cites=BUNDLED.periods.suspension_effect.cites),
            "termination_effect": Period(months=3, cites=BUNDLED.periods.termination_effect.cites),
            "designation": Period(days=10, cites=BUNDLED.periods.designation.cites),
        }
    )
    grounds = BUNDLED.lawful_suspension_grounds.model_copy(
        update={"grounds": tuple(g for g in BUNDLED.lawful_suspension_grounds.grounds if g.value != "public_health")}
    )
    return BUNDLED.model_copy(
        update={
            "periods": periods,
            "entry_into_force": BUNDLED.entry_into_force.model_copy(update={"first_day_of_month_after": 3}),
            "lawful_suspension_grounds": grounds,
        }
    )


OTHER = _other()
NOTIFIED = ("2018-06-14", "2018-07-20")


def _life(**more: object) -> Lifecycle:
    return Lifecycle.parse({"notifications_received": list(NOTIFIED), **more})


def test_entry_into_force_and_article_13_count_with_the_agreement_given() -> None:
    life = _life()
    assert life.entry_into_force_under(OTHER) == D(2018, 10, 1)  # the first day of the third month after July
    assert life.entry_into_force_under(BUNDLED) == D(2018, 9, 1)
    assert life.article_13_due_under(OTHER) == D(2018, 10, 11)  # ten days after 1 October
    assert life.article_13_due_under(BUNDLED) == D(2018, 10, 1)


def test_termination_counts_with_the_agreement_given() -> None:
    life = _life(termination_notice_received="2026-08-31")
    assert life.termination_date_under(OTHER) == D(2026, 11, 30)  # three months, the day clamped
    assert life.termination_date_under(BUNDLED) == D(2027, 2, 28)
    # A notice received before entry into force has no effect: on 15 September 2018 the other Agreement is not yet
    # in force (1 October), the bundled one is (1 September).
    early = _life(termination_notice_received="2018-09-15")
    assert early.termination_date_under(OTHER) is None
    assert early.termination_date_under(BUNDLED) == D(2019, 3, 15)


def test_a_termination_notice_on_the_day_of_entry_into_force_has_effect() -> None:
    same_day = _life(termination_notice_received="2018-09-01")
    assert same_day.termination_date == D(2019, 3, 1)
    day_before = _life(termination_notice_received="2018-08-31")
    assert day_before.termination_date is None


def test_status_and_suspensions_count_with_the_agreement_given() -> None:
    life = _life(
        suspensions=[
            {"notice_received": "2026-03-01", "ground": "security", "scope": None},
            {"notice_received": "2026-03-01", "ground": "public_health", "scope": ["training"]},
        ],
        termination_notice_received="2026-08-31",
    )
    whole = life.suspensions[0]
    # Bundled: in effect from 16 March (fifteen days); the other Agreement: from 31 March (thirty days).
    assert whole.in_effect_on(D(2026, 3, 16), BUNDLED) is True
    assert whole.in_effect_on(D(2026, 3, 16), OTHER) is False
    assert whole.in_effect_on(D(2026, 3, 31), OTHER) is True
    assert life.status_on(D(2026, 3, 20), BUNDLED) is AgreementStatus.SUSPENDED
    assert life.status_on(D(2026, 3, 20), OTHER) is AgreementStatus.IN_FORCE
    assert life.status_on(D(2018, 9, 15), OTHER) is AgreementStatus.NOT_IN_FORCE
    assert life.status_on(D(2026, 12, 1), OTHER) is AgreementStatus.TERMINATED
    assert life.status_on(D(2026, 12, 1), BUNDLED) is AgreementStatus.SUSPENDED
    # Public health is no lawful ground under the other Agreement: its partial suspension never has effect there.
    assert life.suspended_subjects_on(D(2026, 4, 1), BUNDLED) == frozenset({Subject.TRAINING})
    assert life.suspended_subjects_on(D(2026, 4, 1), OTHER) == frozenset()
    # The sweep over the same day's whole and partial suspensions gives what the day-by-day answers give.
    days = [D(2026, 3, 16), D(2026, 3, 31), D(2026, 4, 1)]
    for agreement in (BUNDLED, OTHER):
        expected = tuple((life.status_on(d, agreement), life.suspended_subjects_on(d, agreement)) for d in days)
        assert life.states_on(days, agreement) == expected


def test_a_lifted_suspension_ends_as_the_agreement_given_counts() -> None:
    life = _life(
        suspensions=[
            {"notice_received": "2026-03-01", "ground": "security", "scope": None, "lifted_notice_received": "2026-06-01"}
        ]
    )
    (s,) = life.suspensions
    assert s.in_effect_on(D(2026, 6, 15), BUNDLED) is True and s.in_effect_on(D(2026, 6, 16), BUNDLED) is False
    assert s.in_effect_on(D(2026, 6, 30), OTHER) is True and s.in_effect_on(D(2026, 7, 1), OTHER) is False


def test_a_bad_lifecycle_gives_the_validators_words_without_their_prefix() -> None:
    with pytest.raises(InvalidLifecycle) as raised:
        Lifecycle.parse({"notifications_received": ["2017-01-01"]})
    assert [(f.field, f.message) for f in raised.value.errors] == [
        ("", "a notification received on 2017-01-01 is before the Agreement was signed on 2017-11-23")
    ]


def test_an_unreadable_lifecycle_file_is_a_fault_of_the_whole_record(tmp_path: object) -> None:
    from pathlib import Path

    missing = Path(str(tmp_path)) / "absent.json"
    with pytest.raises(InvalidLifecycle) as raised:
        Lifecycle.from_file(missing)
    [fault] = raised.value.errors
    assert fault.field == ""
    assert fault.message == f"cannot read {missing}: No such file or directory"


def test_states_on_gives_the_state_of_each_day_in_one_pass() -> None:
    """Written out: notifications of June and July 2018; a whole suspension on grounds of security received on
    1 March 2026 and lifted by a notice of 1 June 2026; a partial one of training on grounds of public health received
    on 1 July 2026; a suspension on another ground (never lawful); termination noticed on 31 August 2026."""
    life = _life(
        suspensions=[
            {"notice_received": "2026-03-01", "ground": "security", "scope": None, "lifted_notice_received": "2026-06-01"},
            {"notice_received": "2026-07-01", "ground": "public_health", "scope": ["training"]},
            {"notice_received": "2026-02-01", "ground": "other", "scope": None},
        ],
        termination_notice_received="2026-08-31",
    )
    training = frozenset({Subject.TRAINING})
    days = {
        D(2017, 11, 22): (AgreementStatus.BEFORE_SIGNATURE, frozenset()),
        D(2017, 11, 23): (AgreementStatus.NOT_IN_FORCE, frozenset()),  # signed that day
        D(2018, 8, 31): (AgreementStatus.NOT_IN_FORCE, frozenset()),
        D(2018, 9, 1): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 3, 15): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 3, 16): (AgreementStatus.SUSPENDED, frozenset()),
        D(2026, 6, 15): (AgreementStatus.SUSPENDED, frozenset()),
        D(2026, 6, 16): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 7, 15): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 7, 16): (AgreementStatus.IN_FORCE, training),
        D(2027, 2, 27): (AgreementStatus.IN_FORCE, training),
        D(2027, 2, 28): (AgreementStatus.TERMINATED, training),
    }
    ordered = sorted(days)
    assert dict(zip(ordered, life.states_on(ordered), strict=True)) == days
    assert life.states_on(ordered) == tuple((life.status_on(d), life.suspended_subjects_on(d)) for d in ordered)
    # With the other Agreement: in force from 1 October 2018, suspended from 31 March until 1 July 2026 (thirty days),
    # public health no lawful ground, terminated on 30 November 2026.
    other = {
        D(2018, 9, 30): (AgreementStatus.NOT_IN_FORCE, frozenset()),
        D(2018, 10, 1): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 3, 30): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 3, 31): (AgreementStatus.SUSPENDED, frozenset()),
        D(2026, 6, 30): (AgreementStatus.SUSPENDED, frozenset()),
        D(2026, 7, 1): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 8, 1): (AgreementStatus.IN_FORCE, frozenset()),
        D(2026, 11, 30): (AgreementStatus.TERMINATED, frozenset()),
    }
    ordered = sorted(other)
    assert dict(zip(ordered, life.states_on(ordered, OTHER), strict=True)) == other


def test_two_partial_suspensions_of_one_subject_overlap_without_ending_each_other() -> None:
    life = _life(
        suspensions=[
            {
                "notice_received": "2026-03-01",
                "ground": "security",
                "scope": ["training"],
                "lifted_notice_received": "2026-06-01",
            },
            {"notice_received": "2026-05-01", "ground": "public_order", "scope": ["training", "travel_documents"]},
        ]
    )
    both = frozenset({Subject.TRAINING, Subject.TRAVEL_DOCUMENTS})
    days = [D(2026, 3, 16), D(2026, 5, 16), D(2026, 6, 16)]
    assert [subjects for _, subjects in life.states_on(days)] == [frozenset({Subject.TRAINING}), both, both]


def test_overlapping_whole_suspensions_and_a_lifted_partial_one() -> None:
    """Art. 17: the Agreement stays suspended while any whole suspension has effect; a subject is free again once
    the only suspension of it is lifted."""
    life = _life(
        suspensions=[
            {"notice_received": "2026-03-01", "ground": "security", "scope": None, "lifted_notice_received": "2026-06-01"},
            {"notice_received": "2026-05-01", "ground": "public_order", "scope": None, "lifted_notice_received": "2026-09-01"},
            {
                "notice_received": "2026-03-01",
                "ground": "security",
                "scope": ["training"],
                "lifted_notice_received": "2026-04-01",
            },
        ]
    )
    days = [D(2026, 3, 16), D(2026, 4, 15), D(2026, 4, 16), D(2026, 6, 16), D(2026, 9, 15), D(2026, 9, 16)]
    assert life.states_on(days) == (
        (AgreementStatus.SUSPENDED, frozenset({Subject.TRAINING})),
        (AgreementStatus.SUSPENDED, frozenset({Subject.TRAINING})),
        (AgreementStatus.SUSPENDED, frozenset()),
        (AgreementStatus.SUSPENDED, frozenset()),  # the first lifted, the second still has effect
        (AgreementStatus.SUSPENDED, frozenset()),
        (AgreementStatus.IN_FORCE, frozenset()),
    )
    assert life.states_on(days) == tuple((life.status_on(d), life.suspended_subjects_on(d)) for d in days)


# ----------------------------------------------------------------------------- the calendar's ends


def test_the_calendar_stops_at_its_ends_and_not_before() -> None:
    from cooperation_rules.law.legal_calendar import add_days, add_months

    assert add_days(dt.date.max, 1) == dt.date.max and add_days(dt.date.min, -1) == dt.date.min
    assert add_days(dt.date.max, 0) == dt.date.max and add_days(dt.date.min, 0) == dt.date.min
    assert add_days(D(9999, 12, 30), 1) == D(9999, 12, 31)
    assert add_months(D(9999, 12, 31), 1) == dt.date.max and add_months(D(1, 1, 31), -1) == dt.date.min
    assert add_months(D(1, 1, 31), 1) == D(1, 2, 28)  # year 1 is inside the calendar
    assert add_months(D(1, 2, 28), -1) == D(1, 1, 28)
    assert add_months(D(9999, 11, 30), 1) == D(9999, 12, 30)  # and so is year 9999
    assert add_months(D(9999, 12, 1), -1) == D(9999, 11, 1)


def test_facts_derived_under_another_lifecycle_keep_the_agreement_of_the_timeline_given() -> None:
    """``derive`` given a timeline of one lifecycle and asked about another builds the other's timeline with the same
    Agreement, never the bundled one: under the other Agreement, whose entry into force falls on the first day of the
    third month after the last notification (20 July 2018), an act of 15 September 2018 is before it (1 October 2018),
    where the bundled one has been in force since 1 September."""
    from cooperation_rules import parse_event
    from cooperation_rules.rulebook.facts import Timeline, derive

    notified = Lifecycle(notifications_received=(D(2018, 6, 14), D(2018, 7, 20)))  # type: ignore[arg-type]
    unrelated = Timeline(None, _other())
    claim = parse_event({"type": "cost_claim", "id": "k1", "date": "2018-09-15", "actor": "CZ", "agreed_in_advance": False})
    facts, dates = derive(claim, notified, unrelated)
    assert facts["agreement_status"] == "not_in_force"
    assert dates["entry_into_force"] == D(2018, 10, 1)
    bundled, _ = derive(claim, notified, Timeline(None, BUNDLED))
    assert bundled["agreement_status"] == "in_force"
