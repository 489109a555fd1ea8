"""Fixtures of the ledger tests: the PostgreSQL server a test run provides, and a fresh ledger on each store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import cooperation_rules as cr

#: The variable ``make test`` sets to the address of a throwaway PostgreSQL server.
POSTGRESQL_URL = "COOPERATION_RULES_TEST_POSTGRESQL_URL"


@pytest.fixture(scope="session")
def postgresql_url() -> str:
    """The address of a throwaway PostgreSQL server; the test is skipped, saying why, when none is given."""
    url = os.environ.get(POSTGRESQL_URL)
    if not url:
        pytest.skip(f"no PostgreSQL server to test against: {POSTGRESQL_URL} is not set (make test sets it)")
    return url


def with_schema(url: str, schema: str) -> str:
    """``url`` with ``schema`` first on the search path, so that every test has tables of its own."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture
def fresh_postgresql(request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """A factory of addresses of empty schemas on the test server, dropped after the test."""
    url: str = request.getfixturevalue("postgresql_url")
    import psycopg

    made: list[str] = []

    def make() -> str:
        schema = f"ledger_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(url, autocommit=True) as db:
            db.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
        made.append(schema)
        return with_schema(url, schema)

    yield make
    with psycopg.connect(url, autocommit=True) as db:
        for schema in made:
            db.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgresql"])
def open_ledger(request: pytest.FixtureRequest) -> Iterator[Callable[..., cr.Ledger]]:
    """Opens a new, empty ledger on the store of the parameter, closed after the test."""
    opened: list[cr.Ledger] = []
    if request.param == "sqlite":
        address: Callable[[], str] = lambda: ":memory:"  # noqa: E731
    else:
        address = request.getfixturevalue("fresh_postgresql")

    def make(**options: Any) -> cr.Ledger:
        ledger = cr.Ledger.open(address(), **options)
        opened.append(ledger)
        return ledger

    yield make
    for ledger in opened:
        ledger.close()


@pytest.fixture
def ledger(open_ledger: Callable[..., cr.Ledger]) -> cr.Ledger:
    """A new, empty ledger on each store."""
    return open_ledger()


@pytest.fixture
def ranges_checked_here(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The ranges of the log this process checks itself (``verification.check_range``), recorded as it checks them:
    the others were checked by worker processes."""
    from cooperation_rules.ledger import verification

    checked: list[tuple[int, int]] = []
    original = verification.check_range

    def counting(store: Any, first: int, last: int, **kw: Any) -> verification.RangeCheck:
        checked.append((first, last))
        return original(store, first, last, **kw)

    monkeypatch.setattr(verification, "check_range", counting)
    return checked
