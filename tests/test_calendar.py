"""The legal calendar (Art. 13, 17, 18): month arithmetic with clamping, and each deadline of the Agreement.

The periods are the Agreement's facts in ``rules/agreement.yaml`` (``Agreement.bundled()``); the
dates expected here are written out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cooperation_rules import Agreement
from cooperation_rules.law import legal_calendar as calendar

AGREEMENT = Agreement.bundled()

D = dt.date


def last_day_of_month(year: int, month: int) -> int:
    """Last day of a month, computed without the stdlib calendar module (the code under test uses it)."""
    first_of_next = (D(year, month, 1) + dt.timedelta(days=32)).replace(day=1)
    return (first_of_next - dt.timedelta(days=1)).day


def test_signature_date_is_the_day_signed_in_astana() -> None:
    # Final clause: "Signed in Astana on November 23, 2017".
    assert D(2017, 11, 23) == AGREEMENT.signed
    assert AGREEMENT.signature.cites == ("conclusions__para_1",)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year: February has 29 days
        (D(2023, 1, 31), 1, D(2023, 2, 28)),  # common year
        (D(2026, 8, 31), 6, D(2027, 2, 28)),  # Art. 18(2) example: 31 August + 6 months
        (D(2027, 8, 31), 6, D(2028, 2, 29)),  # ... landing in a leap February
        (D(2026, 3, 31), 1, D(2026, 4, 30)),  # 30-day month
        (D(2026, 1, 15), 1, D(2026, 2, 15)),  # no clamping needed
        (D(2026, 5, 31), 0, D(2026, 5, 31)),  # zero months is the identity
        (D(2026, 11, 30), 2, D(2027, 1, 30)),  # year rollover
        (D(2026, 12, 31), 1, D(2027, 1, 31)),  # December -> January
        (D(2026, 7, 10), 18, D(2028, 1, 10)),  # more than a year
        (D(2026, 3, 31), -1, D(2026, 2, 28)),  # negative months clamp too
        (D(2024, 3, 31), -1, D(2024, 2, 29)),
        (D(2027, 1, 15), -1, D(2026, 12, 15)),  # negative across the year boundary
        (D(2027, 2, 28), -6, D(2026, 8, 28)),  # going back does not restore the clamped day
        (D(2026, 1, 31), -25, D(2023, 12, 31)),
    ],
)
def test_add_months(start: dt.date, months: int, expected: dt.date) -> None:
    assert calendar.add_months(start, months) == expected


@given(
    day=st.dates(min_value=D(1000, 1, 1), max_value=D(8000, 12, 31)),
    # 999 years back from January 1000 is the calendar's first month; clamping at its ends is tested apart.
    months=st.integers(min_value=-11_988, max_value=12_000),
)
def test_add_months_lands_in_the_right_month_with_the_day_clamped(day: dt.date, months: int) -> None:
    result = calendar.add_months(day, months)
    zero_based = day.month - 1 + months
    expected_year = day.year + zero_based // 12
    expected_month = zero_based % 12 + 1
    assert (result.year, result.month) == (expected_year, expected_month)
    assert result.day == min(day.day, last_day_of_month(expected_year, expected_month))


@given(day=st.dates(min_value=D(1000, 1, 1), max_value=D(8000, 12, 28)), months=st.integers(min_value=-1200, max_value=1200))
def test_add_months_is_reversible_when_no_clamping_happens(day: dt.date, months: int) -> None:
    assume(day.day <= 28)
    assert calendar.add_months(calendar.add_months(day, months), -months) == day


def test_add_days() -> None:
    assert calendar.add_days(D(2026, 12, 25), 10) == D(2027, 1, 4)
    assert calendar.add_days(D(2024, 3, 1), -1) == D(2024, 2, 29)


@pytest.mark.parametrize(
    ("receipt", "entry_into_force"),
    [
        (D(2018, 7, 20), D(2018, 9, 1)),
        (D(2018, 7, 1), D(2018, 9, 1)),  # receipt on the first still counts from the following month
        (D(2018, 7, 31), D(2018, 9, 1)),
        (D(2018, 11, 15), D(2019, 1, 1)),  # year rollover
        (D(2018, 12, 31), D(2019, 2, 1)),
        (D(2018, 12, 1), D(2019, 2, 1)),
    ],
)
def test_entry_into_force_is_the_first_day_of_the_second_month_following(receipt: dt.date, entry_into_force: dt.date) -> None:
    # Art. 18(1): "enters into force on the first day of the second month following the date of the receipt".
    assert AGREEMENT.entry_into_force.first_day_of_month_after == 2
    assert calendar.first_day_of_month_after(receipt, 2) == entry_into_force
    assert AGREEMENT.entry_into_force.date_after(receipt) == entry_into_force


@pytest.mark.parametrize(
    ("receipt", "effect"),
    [
        (D(2026, 3, 1), D(2026, 3, 16)),
        (D(2026, 3, 20), D(2026, 4, 4)),  # across a month end
        (D(2026, 12, 20), D(2027, 1, 4)),  # across a year end
        (D(2024, 2, 20), D(2024, 3, 6)),  # across a leap February
        (D(2023, 2, 20), D(2023, 3, 7)),  # across a common February
    ],
)
def test_suspension_effect_is_fifteen_days_after_receipt(receipt: dt.date, effect: dt.date) -> None:
    # Art. 17: "shall take effect fifteen days after the date of receipt of such notice".
    assert (AGREEMENT.periods.suspension_effect.days, AGREEMENT.periods.suspension_effect.months) == (15, 0)
    assert AGREEMENT.periods.suspension_effect.after(receipt) == effect


@pytest.mark.parametrize(
    ("receipt", "end"),
    [
        (D(2026, 8, 31), D(2027, 2, 28)),
        (D(2027, 8, 31), D(2028, 2, 29)),
        (D(2026, 3, 15), D(2026, 9, 15)),
        (D(2026, 7, 1), D(2027, 1, 1)),
        (D(2025, 12, 31), D(2026, 6, 30)),
    ],
)
def test_termination_effect_is_six_months_after_receipt(receipt: dt.date, end: dt.date) -> None:
    # Art. 18(2): "will cease to have effect six months after the date of receipt".
    assert (AGREEMENT.periods.termination_effect.months, AGREEMENT.periods.termination_effect.days) == (6, 0)
    assert AGREEMENT.periods.termination_effect.after(receipt) == end


@pytest.mark.parametrize(
    ("entry_into_force", "due"),
    [
        (D(2018, 9, 1), D(2018, 10, 1)),
        (D(2019, 2, 1), D(2019, 3, 3)),  # February of a common year
        (D(2020, 2, 1), D(2020, 3, 2)),  # February of a leap year
        (D(2018, 12, 1), D(2018, 12, 31)),
    ],
)
def test_article_13_deadline_is_thirty_days_after_entry_into_force(entry_into_force: dt.date, due: dt.date) -> None:
    # Art. 13(1), (2): "within thirty days from the date of entry into force".
    assert (AGREEMENT.periods.designation.days, AGREEMENT.periods.designation.months) == (30, 0)
    assert AGREEMENT.periods.designation.after(entry_into_force) == due


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (dt.date(2029, 3, 1), dt.date(2029, 3, 1), 0),
        (dt.date(2029, 2, 28), dt.date(2029, 3, 1), 1),
        (dt.date(2028, 2, 28), dt.date(2028, 3, 1), 2),  # leap year: 29 February lies between
        (dt.date(2029, 3, 2), dt.date(2029, 3, 1), -1),
        (dt.date(2026, 12, 31), dt.date(2027, 1, 1), 1),
    ],
)
def test_days_between(start: dt.date, end: dt.date, days: int) -> None:
    assert calendar.days_between(start, end) == days


def test_the_lawful_grounds_of_suspension_are_the_three_of_article_17() -> None:
    # Art. 17: "if required by the security of the state, public order or public health".
    assert {g.value for g in AGREEMENT.lawful_suspension_grounds.grounds} == {"security", "public_order", "public_health"}
    assert not AGREEMENT.lawful_ground(AGREEMENT.lawful_suspension_grounds.grounds[0].__class__("other"))
