"""The legal calendar: every date computation the Agreement asks for, in one place.

- Art. 18(1): entry into force on the first day of the second month following receipt.
- Art. 17: suspension and its lifting take effect fifteen days after receipt.
- Art. 18(2): termination six months after receipt; a month end that does not exist clamps
  to the last day of the month (31 August + 6 months = 28 or 29 February).
- Art. 13(1), (2): thirty days from entry into force.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt

#: Day the Agreement was signed in Astana (final clause).
SIGNATURE_DATE = dt.date(2017, 11, 23)
#: Art. 17: "shall take effect fifteen days after the date of receipt".
SUSPENSION_EFFECT_DAYS = 15
#: Art. 18(2): "six months after the date of receipt".
TERMINATION_MONTHS = 6
#: Art. 13(1) and (2): "within thirty days from the date of entry into force".
ARTICLE_13_DAYS = 30


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days`` calendar days; beyond the calendar (after 9999-12-31, before year 1), its last or first day."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def days_between(start: dt.date, end: dt.date) -> int:
    """Whole days from ``start`` to ``end``: negative when ``end`` is earlier, 0 on the same day."""
    return (end - start).days


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months; a day past the target month's end clamps to its last day.

    Like ``add_days``, a month beyond the calendar gives its last (or first) day.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.max if months > 0 else dt.date.min
    last = _stdlib_calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def first_day_of_second_month_following(day: dt.date) -> dt.date:
    """Art. 18(1): 2018-07-20 gives 2018-09-01; 2018-12-31 gives 2019-02-01."""
    return add_months(day.replace(day=1), 2)


def suspension_effect(receipt: dt.date) -> dt.date:
    """Art. 17: the day a suspension, or its lifting, takes effect (receipt 2026-03-01 gives 2026-03-16)."""
    return add_days(receipt, SUSPENSION_EFFECT_DAYS)


def termination_effect(receipt: dt.date) -> dt.date:
    """Art. 18(2): the day the Agreement ceases to have effect (receipt 2026-08-31 gives 2027-02-28)."""
    return add_months(receipt, TERMINATION_MONTHS)


def article_13_deadline(entry_into_force: dt.date) -> dt.date:
    """Art. 13(1), (2): thirty days from entry into force (2018-09-01 gives 2018-10-01)."""
    return add_days(entry_into_force, ARTICLE_13_DAYS)
