"""Calendar arithmetic for legal periods: days, months with month-end clamping, and whole days between dates.

The periods themselves (fifteen days, six months, thirty days, the second month following) are
the Agreement's facts and live in ``rules/agreement.yaml`` (``law.agreement``); this module only
counts.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt


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

        >>> add_months(dt.date(2026, 8, 31), 6)
        datetime.date(2027, 2, 28)
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.max if months > 0 else dt.date.min
    last = _stdlib_calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def first_day_of_month_after(day: dt.date, months: int) -> dt.date:
    """The first day of the ``months``-th month following the month of ``day``.

    >>> first_day_of_month_after(dt.date(2018, 7, 20), 2)
    datetime.date(2018, 9, 1)
    >>> first_day_of_month_after(dt.date(2018, 12, 31), 2)
    datetime.date(2019, 2, 1)
    """
    return add_months(day.replace(day=1), months)
