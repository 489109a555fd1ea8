"""Shared test setup: every tag used in features/ is registered as a marker (run with --strict-markers);
the PostgreSQL server of ``scripts/with-postgresql`` is offered to tests as fixtures."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ROOT / "features"
EXAMPLES = ROOT / "examples"
#: The non-blank lines of examples/events.jsonl, one event each.
EXAMPLE_LINES: tuple[str, ...] = tuple(
    line for line in (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
)
#: The English text of the Agreement published with Resolution No. 411 (an unofficial translation), as the project
#: received it: a copy in the repository, so that the verbatim checks run in every clone...
TREATY_SOURCE = ROOT / "tests" / "fixtures" / "agreement-kz-cz-2017.en.txt"
#: ... and the shared source it was copied from, which ``test_treaty`` compares it with where it exists.
SHARED_TREATY_SOURCE = ROOT.parent / "shared" / "agreement" / "agreement-kz-cz-2017.en.txt"
#: The event types of the wire contract, written out independently of the code.
WIRE_EVENT_TYPES: tuple[str, ...] = (
    "request",
    "response",
    "spontaneous_information",
    "transfer",
    "use",
    "onward_transfer",
    "retention_review",
    "data_defect",
    "use_report_request",
    "travel_document_notice",
    "expert_deployment",
    "cost_claim",
    "suspension_notice",
    "suspension_lifting_notice",
    "termination_notice",
    "contact_details_change",
    "written_confirmation",
    "refusal_notice",
    "consent",
    "destruction",
    "use_report",
    "correction",
    "forwarding",
    "notification",
    "procedures_notification",
)
_TAG = re.compile(r"(?<!\S)@([A-Za-z0-9_]+)")


def feature_tags() -> set[str]:
    """Every tag written in a feature file."""
    tags: set[str] = set()
    for path in FEATURES.rglob("*.feature"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("@"):
                tags.update(_TAG.findall(line))
    return tags


def pytest_configure(config: pytest.Config) -> None:
    for tag in sorted(feature_tags()):
        config.addinivalue_line("markers", f"{tag}: scenarios tagged @{tag} in features/")


#: A few paragraphs of the authentic English text, copied word for word, for tests that must run
#: where the shared source file is absent; ``test_treaty`` checks them against that file when present.
AUTHENTIC_PARAGRAPHS: tuple[str, ...] = (
    "1. Information and other forms of assistance in accordance with this Agreement shall be provided upon written "
    "request in accordance with the national laws of the states of the Contracting Parties. For such request, "
    "electronic or other means of communication are used, if the content of the request allows it. In urgent cases, "
    "the request may also be submitted orally, in which case it must be immediately confirmed in writing.",
    "2. Submission to third states and international organizations of information and documents received in the "
    "framework of cooperation under this Agreement is possible only with the written consent of the sending "
    "Contracting Party.",
    "5) the sending Contracting Party in the process of transferring personal data to the other Contracting Party shall "
    "inform the term for its destruction, established in accordance with the national legislation of its state. "
    "Personal data shall be destroyed, not taking into account the above period, as soon as it is no longer "
    "necessary. In the event of the expiration of this Agreement, all personal data obtained on its basis must be "
    "destroyed.",
)


def treaty_paragraph(starts_with: str) -> str:
    """The paragraph of the authentic English text that starts with these words, whitespace normalised."""
    if TREATY_SOURCE.is_file():
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", TREATY_SOURCE.read_text(encoding="utf-8"))]
    else:
        paragraphs = list(AUTHENTIC_PARAGRAPHS)
    for flat in paragraphs:
        if flat.startswith(starts_with):
            return flat
    raise AssertionError(f"no paragraph of the authentic text starts with {starts_with!r}")


#: The server the PostgreSQL tests use: ``scripts/with-postgresql`` (run by ``make test``) starts a
#: throwaway one on 127.0.0.1 and sets this variable to its URL.
POSTGRESQL_URL_VARIABLE = "COOPERATION_RULES_TEST_POSTGRESQL_URL"
#: Why the wrapper could not start a server, when it could not.
POSTGRESQL_UNAVAILABLE_VARIABLE = "COOPERATION_RULES_TEST_POSTGRESQL_UNAVAILABLE"
WITH_POSTGRESQL = ROOT / "scripts" / "with-postgresql"


def postgresql_skip_reason(environ: Mapping[str, str]) -> str | None:
    """Why the PostgreSQL tests cannot run in this environment, or None when a server's URL is set."""
    if environ.get(POSTGRESQL_URL_VARIABLE):
        return None
    unavailable = environ.get(POSTGRESQL_UNAVAILABLE_VARIABLE)
    if unavailable:
        return f"no PostgreSQL server for the tests: {unavailable}"
    return (
        f"no PostgreSQL server for the tests: {POSTGRESQL_URL_VARIABLE} is not set "
        "(`make test` runs pytest under scripts/with-postgresql, which starts one)"
    )


def database_url(server_url: str, name: str) -> str:
    """The URL of the database ``name`` on the server of ``server_url``."""
    return urlsplit(server_url)._replace(path=f"/{name}").geturl()


@contextlib.contextmanager
def fresh_postgresql_database(server_url: str) -> Iterator[str]:
    """A new empty database on the server of ``server_url``, dropped on exit: its URL.

    The name is random, so that tests never share tables; the drop forces out connections a test
    left open (PostgreSQL 13 and later)."""
    import psycopg
    from psycopg import sql

    name = f"cooperation_rules_test_{uuid.uuid4().hex}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield database_url(server_url, name)
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def postgresql_url() -> str:
    """The URL of the tests' PostgreSQL server; the test is skipped, saying why, where there is none."""
    reason = postgresql_skip_reason(os.environ)
    if reason is not None:
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install 'cooperation-rules[postgresql]'")
    return os.environ[POSTGRESQL_URL_VARIABLE]


@pytest.fixture
def postgresql_database(postgresql_url: str) -> Iterator[str]:
    """The URL of a fresh empty database on the tests' server, for this test alone; dropped afterwards."""
    with fresh_postgresql_database(postgresql_url) as url:
        yield url


def require_durable() -> None:
    """Skip the calling test, saying why, where durable-rules' C module cannot be imported. Only that: a ruleset the
    durable engine refuses to compile is a failure of what is tested, never a reason to skip."""
    try:
        import durable_rules_engine  # type: ignore[import-not-found]  # noqa: F401 - the C module the engine needs
    except Exception as exc:  # ImportError, or undefined symbols on newer Pythons
        pytest.skip(f"the durable-rules engine is not installed here: {exc}")


def durable_engine(rulebook: Any) -> Any:
    """``rulebook``'s durable engine, checked to be one (tests reach its rulesets and the C engine directly)."""
    from cooperation_rules.engines.durable_rules import DurableEngine

    engine = rulebook.engine("durable")
    assert isinstance(engine, DurableEngine)
    return engine


def crowded_rules(count: int) -> list[Any]:
    """``count`` rules of cost claims, alternately on and off (more than the durable engine holds past 256)."""
    from cooperation_rules.rulefiles.schema import Rule

    return [
        Rule.model_validate(
            {
                "id": f"art_99.rule_{i}",
                "applies_to": ["cost_claim"],
                "cites": ["art_12"],
                "applies_while": "always",
                "when": [{"fact": "agreed_in_advance", "equals": i % 2 == 0}],
                "explain": "A rule of a crowded ruleset.",
            }
        )
        for i in range(count)
    ]


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A copy of the bundled rules/ folder, to change."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    return folder
