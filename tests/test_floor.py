"""The benchmarks' floor keeps a calendar of its own: checked here against dates written out by hand.

The floor (``benchmarks/floor.py``) is the yardstick the engines are timed against and the second opinion the
benchmarks check the library with; it must not share the library's calendar, or a bug there would pass both.
"""

from __future__ import annotations

import ast
import datetime as dt

import pytest

from bench_modules import BENCHMARKS, load
from cooperation_rules import AgreementStatus, Lifecycle

floor = load("floor")
D = dt.date


def test_the_floor_imports_no_calendar_of_the_library() -> None:
    tree = ast.parse((BENCHMARKS / "floor.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not {m for m in imported if "calendar" in m or m.endswith("agreement")}, imported


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 8, 31), 6, D(2027, 2, 28)),
        (D(2027, 8, 31), 6, D(2028, 2, 29)),
        (D(2026, 3, 15), 6, D(2026, 9, 15)),
        (D(2025, 12, 31), 6, D(2026, 6, 30)),
        (D(2026, 7, 1), 6, D(2027, 1, 1)),
        (D(2018, 12, 1), 2, D(2019, 2, 1)),
        (D(2018, 11, 1), 2, D(2019, 1, 1)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
    ],
)
def test_the_floors_months_clamp_to_the_month_end(day: dt.date, months: int, expected: dt.date) -> None:
    assert floor._add_months(day, months) == expected


def test_the_floors_agreement_status_on_the_days_it_changes() -> None:
    # Art. 18(1): notifications of 14 June and 20 July 2018 -> in force on 1 September 2018; Art. 17: a whole
    # suspension received on 1 March 2026 has effect from 16 March; Art. 18(2): a notice of 31 August 2026 ends the
    # Agreement on 28 February 2027.
    lifecycle = Lifecycle.parse(
        {
            "notifications_received": ["2018-06-14", "2018-07-20"],
            "suspensions": [{"notice_received": "2026-03-01", "ground": "public_health", "scope": None}],
            "termination_notice_received": "2026-08-31",
        }
    )
    f = floor.Floor(lifecycle)
    expected = {
        D(2017, 11, 22): AgreementStatus.BEFORE_SIGNATURE,
        D(2017, 11, 23): AgreementStatus.NOT_IN_FORCE,
        D(2018, 8, 31): AgreementStatus.NOT_IN_FORCE,
        D(2018, 9, 1): AgreementStatus.IN_FORCE,
        D(2026, 3, 15): AgreementStatus.IN_FORCE,
        D(2026, 3, 16): AgreementStatus.SUSPENDED,
        D(2027, 2, 27): AgreementStatus.SUSPENDED,
        D(2027, 2, 28): AgreementStatus.TERMINATED,
    }
    assert {day: f.status(day) for day in expected} == expected


def test_the_floor_takes_a_known_entry_into_force_and_ignores_an_early_termination_notice() -> None:
    known = floor.Floor(Lifecycle.parse({"entered_into_force": "2018-09-01", "termination_notice_received": "2018-08-01"}))
    assert known.status(D(2018, 8, 31)) is AgreementStatus.NOT_IN_FORCE
    assert known.status(D(2018, 9, 1)) is AgreementStatus.IN_FORCE
    assert known.status(D(2030, 1, 1)) is AgreementStatus.IN_FORCE  # the notice came before entry into force
