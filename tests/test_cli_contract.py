"""The integrator's contract on the command line, each in a process of its own: ``evaluate --compact``,
``--stamp``, ``schema --evaluation [--compact]``, receipts in the JSON, and ``explain`` left as it was."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import uuid
from functools import cache
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import ROOT

EVENTS = ROOT / "examples" / "events.jsonl"
LIFECYCLE = ROOT / "examples" / "lifecycle.json"
ENV = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cooperation_rules", *args], capture_output=True, text=True, timeout=300, env=ENV, check=False
    )


def _records(*args: str) -> list[dict[str, Any]]:
    done = _run("evaluate", "--lifecycle", str(LIFECYCLE), *args, str(EVENTS))
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@cache
def _full() -> tuple[dict[str, Any], ...]:
    return tuple(_records())


@cache
def _schema(*options: str) -> dict[str, Any]:
    done = _run("schema", "--evaluation", *options)
    assert done.returncode == 0, done.stderr
    schema: dict[str, Any] = json.loads(done.stdout)
    return schema


def test_compact_output_names_each_citation_by_eid_and_label_and_keeps_the_rest() -> None:
    full, compact = _full(), _records("--compact")
    assert len(compact) == len(full) == len(EVENTS.read_text(encoding="utf-8").splitlines())
    assert any(record["citations"] for record in full)
    for whole, short in zip(full, compact, strict=True):
        assert short["citations"] == [{"eid": c["eid"], "label": c["label"]} for c in whole["citations"]]
        assert {k: v for k, v in short.items() if k != "citations"} == {k: v for k, v in whole.items() if k != "citations"}
        assert len(json.dumps(short)) < len(json.dumps(whole)) or not whole["citations"]


def test_every_evaluation_written_carries_its_receipt() -> None:
    for record in _full():
        receipt = record["receipt"]
        assert receipt["rules_source"] == "bundled" and receipt["rules_folder"] is None
        assert receipt["engine"] == record["engine"]
        assert receipt["lifecycle_digest"].startswith("sha256:") and len(receipt["lifecycle_digest"]) == 71
        assert receipt["rulebook_digest"].startswith("sha256:") and len(receipt["rulebook_digest"]) == 71
        assert receipt["decision_id"] is None and receipt["decided_at"] is None
    events = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()]
    assert [(r["receipt"]["event_date"], r["receipt"]["event_actor"]) for r in _full()] == [
        (e["date"], e["actor"]) for e in events
    ]


def test_the_same_input_gives_the_same_bytes_twice() -> None:
    first = _run("evaluate", "--lifecycle", str(LIFECYCLE), str(EVENTS))
    second = _run("evaluate", "--lifecycle", str(LIFECYCLE), str(EVENTS))
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout


def test_stamp_adds_a_random_decision_id_and_the_time_in_utc() -> None:
    before = dt.datetime.now(dt.UTC)
    stamped = _records("--stamp")
    after = dt.datetime.now(dt.UTC)
    ids = [r["receipt"]["decision_id"] for r in stamped]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)
    for record, plain in zip(stamped, _full(), strict=True):
        at = dt.datetime.fromisoformat(record["receipt"]["decided_at"].replace("Z", "+00:00"))
        assert at.utcoffset() == dt.timedelta(0)
        assert before - dt.timedelta(seconds=1) <= at <= after + dt.timedelta(seconds=1)
        unstamped = {**record["receipt"], "decision_id": None, "decided_at": None}
        assert {**record, "receipt": unstamped} == plain


def test_the_evaluation_schema_describes_the_receipt_and_accepts_every_record() -> None:
    schema = _schema()
    receipt = schema["$defs"]["Receipt"]
    assert set(receipt["required"]) == set(_full()[0]["receipt"])
    validator = Draft202012Validator(schema)
    for record in _full():
        validator.validate({k: v for k, v in record.items() if k != "line"})
    stamped = _records("--stamp")[0]
    validator.validate({k: v for k, v in stamped.items() if k != "line"})
    # A compact record is not a full evaluation.
    compact = _records("--compact")
    cited = next(r for r in compact if r["citations"])
    assert not validator.is_valid({k: v for k, v in cited.items() if k != "line"})


def test_the_compact_schema_accepts_compact_records_only() -> None:
    schema = _schema("--compact")
    assert schema["$id"] != _schema()["$id"] and "compact-evaluation" in schema["$id"]
    ref = schema["$defs"]["CitationRef"]
    assert set(ref["properties"]) == set(ref["required"]) == {"eid", "label"}
    assert ref.get("additionalProperties") is False
    validator = Draft202012Validator(schema)
    for record in _records("--compact"):
        validator.validate({k: v for k, v in record.items() if k != "line"})
    cited = next(r for r in _full() if r["citations"])
    assert not validator.is_valid({k: v for k, v in cited.items() if k != "line"})


def test_compact_applies_to_evaluations_only() -> None:
    done = _run("schema", "--compact")
    assert done.returncode == 2 and done.stdout == ""
    assert "--evaluation" in done.stderr


@pytest.mark.parametrize("option", ["--compact", "--stamp"])
def test_explain_is_unaffected_and_has_no_such_option(option: str) -> None:
    done = _run("explain", option, str(EVENTS))
    assert done.returncode == 2 and done.stdout == ""
    plain = _run("explain", "--lifecycle", str(LIFECYCLE), str(EVENTS))
    assert plain.returncode == 0
    cited = next(c for r in _full() for c in r["citations"])
    assert cited["text"].split("\n")[0][:60] in plain.stdout  # explain still quotes the law


def test_help_describes_the_new_options() -> None:
    done = _run("evaluate", "--help")
    assert done.returncode == 0
    assert "--compact" in done.stdout and "eId and label" in done.stdout
    assert "--stamp" in done.stdout and "UUID" in done.stdout
    schema_help = _run("schema", "--help").stdout
    assert "--compact" in schema_help and "compact evaluations" in schema_help


def test_the_compact_schema_in_the_same_process() -> None:
    """The compact schema as the library gives it, without a separate process: its own id, every field required, a
    citation by eId and label only, and every date a day written YYYY-MM-DD."""
    from cooperation_rules import __version__
    from cooperation_rules.evaluation.schema import compact_evaluation_schema

    schema = compact_evaluation_schema()
    assert list(schema)[:2] == ["$schema", "$id"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://cooperation-rules.invalid/schema/compact-evaluation/{__version__}.json"
    assert schema["required"] == list(schema["properties"])
    ref = schema["$defs"]["CitationRef"]
    assert ref["required"] == list(ref["properties"]) == ["eid", "label"]
    event_date = schema["$defs"]["Receipt"]["properties"]["event_date"]
    assert (event_date["pattern"], event_date["minLength"], event_date["maxLength"]) == ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", 10, 10)
