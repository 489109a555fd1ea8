"""Long dates as each language's legal texts write them (``cooperation_rules.text.dates``).

Every expected string is written out here by hand from the published texts' usage ("23 ноября
2017 года", "2017 жылғы 23 қарашада", "November 23, 2017") and Czech legislation ("1. září
2018"), never produced by the code under test.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from cooperation_rules.text import dates
from cooperation_rules.text.dates import LONG_DATE_PATTERNS, long_date


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "February 28, 2027"),
        ("ru", "28 февраля 2027 года"),
        ("cs", "28. února 2027"),
        ("kk", "2027 жылғы 28 ақпан"),
    ],
)
def test_a_long_date_in_each_language(language: str, expected: str) -> None:
    assert long_date(dt.date(2027, 2, 28), language) == expected


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        # The Agreement's entry into force, as docs/languages.md shows it.
        (dt.date(2018, 9, 1), "en", "September 1, 2018"),
        (dt.date(2018, 9, 1), "ru", "1 сентября 2018 года"),
        (dt.date(2018, 9, 1), "cs", "1. září 2018"),
        (dt.date(2018, 9, 1), "kk", "2018 жылғы 1 қыркүйек"),
        # Its signature, as the published Russian text and the authentic English text write it.
        (dt.date(2017, 11, 23), "ru", "23 ноября 2017 года"),
        (dt.date(2017, 11, 23), "en", "November 23, 2017"),
        (dt.date(2017, 11, 23), "kk", "2017 жылғы 23 қараша"),
        # Resolution No. 411.
        (dt.date(2018, 7, 9), "ru", "9 июля 2018 года"),
        (dt.date(2018, 7, 9), "cs", "9. července 2018"),
        (dt.date(2018, 7, 9), "kk", "2018 жылғы 9 шілде"),
    ],
)
def test_the_dates_of_the_agreement(day: dt.date, language: str, expected: str) -> None:
    assert long_date(day, language) == expected


@pytest.mark.parametrize(
    ("day", "language", "expected", "nominative"),
    [
        # Russian and Czech decline the month after a day; the stand-alone name would be wrong.
        (dt.date(2020, 3, 1), "ru", "1 марта 2020 года", "март "),
        (dt.date(2020, 3, 1), "cs", "1. března 2020", "březen"),
        (dt.date(2020, 5, 31), "cs", "31. května 2020", "květen"),
        (dt.date(2027, 2, 28), "cs", "28. února 2027", "únor "),
        # Kazakh keeps the month in the nominative after the day, with the year first.
        (dt.date(2020, 3, 1), "kk", "2020 жылғы 1 наурыз", "наурызы"),
    ],
)
def test_the_month_is_in_the_case_the_language_needs(day: dt.date, language: str, expected: str, nominative: str) -> None:
    written = long_date(day, language)
    assert written == expected
    assert nominative not in written


def test_no_abbreviated_year_and_no_narrow_space() -> None:
    """CLDR's long forms abbreviate "year" to one letter after a narrow no-break space; legal texts do not."""
    abbreviations = ("\N{CYRILLIC SMALL LETTER GHE}.", "\N{CYRILLIC SMALL LETTER ZHE}.")
    for language in LONG_DATE_PATTERNS:
        written = long_date(dt.date(2026, 12, 31), language)
        assert "\N{NARROW NO-BREAK SPACE}" not in written, written
        assert not [a for a in abbreviations if a in written], written


def test_the_four_languages_of_the_agreement_have_a_pattern() -> None:
    assert sorted(LONG_DATE_PATTERNS) == ["cs", "en", "kk", "ru"]


def test_an_unsupported_language_is_refused_not_replaced() -> None:
    with pytest.raises(KeyError):
        long_date(dt.date(2027, 2, 28), "de")


def test_the_module_imports_only_the_standard_library_at_import_time() -> None:
    """The localizer will import it: it must not import the package back, and loads Babel only when called."""
    tree = ast.parse(Path(dates.__file__).read_text(encoding="utf-8"))
    top_level = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            top_level |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative import of the package"
            top_level.add(node.module or "")
    assert top_level <= {"__future__", "datetime", "collections.abc", "types"}, top_level
    everywhere = {
        alias.name if isinstance(node, ast.Import) else (node.module or "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not [name for name in everywhere if name.startswith("cooperation_rules")]
    assert "babel.dates" in everywhere
