"""The JSON Schemas of events and evaluations, checked with a standard draft 2020-12 validator (``jsonschema``).

The event schema must accept and refuse what ``parse_event`` accepts and refuses: over every line of the
bundled corpus, and over a corpus of bad events made here from it (each field dropped, given a value of
the wrong type or out of its vocabulary, an unknown field added, the type changed). The validator asserts
``format`` (``FORMAT_CHECKER``), so an impossible date such as 2026-02-30 is refused by both. What JSON
Schema cannot say is listed in ``BEYOND_THE_SCHEMA``, each with its reason and a case that shows it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from conftest import ROOT, WIRE_EVENT_TYPES
from cooperation_rules import (
    InvalidEvent,
    Lifecycle,
    __version__,
    default_rulebook,
    evaluation_schema,
    event_schema,
    parse_event,
)

CORPUS = ROOT / "tests" / "corpus"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Values of the wrong type, or of the right type but refused, tried in place of every field of the bad corpus.
WRONG_VALUES: tuple[Any, ...] = (
    None,
    0,
    1.5,
    True,
    "",
    "x",
    "a" * 257,
    "KZ",
    "en",
    "English",
    "2026-02-30",
    "2026-03-02T10:00:00",
    "02.03.2026",
    "2026-3-2",
    "2026-03-02\n",
    [],
    ["x"],
    ["identity", "identity"],
    [None],
    {},
    {"a": 1},
)

#: What ``parse_event`` refuses and JSON Schema cannot express, with why: a case of each is refused by
#: ``parse_event`` and accepted by the schema (``test_what_the_schema_cannot_say_is_refused_by_parse_event_only``).
BEYOND_THE_SCHEMA: dict[str, str] = {
    "key_repeated": "a key given twice is a fault of the JSON text; a validator sees the parsed object, one value per key",
    "request_after_answer": "a response's request_date after its date compares two fields' values, which JSON Schema cannot",
    "impossible_date_without_formats": "without format assertion (the default of draft 2020-12) format: date is only an "
    "annotation, and the pattern YYYY-MM-DD cannot tell 2026-02-30 from a real day",
}


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(event_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def corpus_lines() -> Iterator[tuple[str, str]]:
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.stem, line


def parses(record: Any) -> bool:
    try:
        parse_event(record)
    except InvalidEvent:
        return False
    return True


@cache
def samples() -> tuple[dict[str, Any], ...]:
    """Two events of each type from the corpus: one with every field written, one of the examples where there is one."""
    chosen: dict[tuple[str, str], dict[str, Any]] = {}
    for name, line in corpus_lines():
        record = json.loads(line)
        chosen.setdefault((record["type"], "examples" if name == "examples" else "other"), record)
    return tuple(chosen.values())


def bad_corpus() -> Iterator[dict[str, Any]]:
    """Events made from the samples by one change each; most are refused, a few (a wrong value that is valid) not."""
    for sample in samples():
        for field in sample:
            yield {k: v for k, v in sample.items() if k != field}
            for value in WRONG_VALUES:
                yield {**sample, field: value}
        yield {**sample, "surplus": True}
        for other in WIRE_EVENT_TYPES:
            yield {**sample, "type": other}


# --- The schemas are standard -------------------------------------------------------------------------


@pytest.mark.parametrize("make", [event_schema, evaluation_schema])
def test_each_schema_is_a_valid_draft_2020_12_schema_with_its_dialect_and_id(make: Any) -> None:
    schema = make()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DIALECT
    name = "event" if make is event_schema else "evaluation"
    assert schema["$id"] == f"https://cooperation-rules.invalid/schema/{name}/{__version__}.json"
    assert make() == schema  # stable: the same schema each call
    assert "discriminator" not in json.dumps(schema)


def test_the_event_schema_requires_type_and_names_each_types_model() -> None:
    schema = event_schema()
    assert schema["required"] == ["type"]
    assert schema["properties"]["type"]["enum"] == list(WIRE_EVENT_TYPES)
    branches = {branch["if"]["properties"]["type"]["const"]: branch["then"]["$ref"] for branch in schema["allOf"]}
    assert set(branches) == set(WIRE_EVENT_TYPES)
    for event_type, ref in branches.items():
        model = schema["$defs"][ref.removeprefix("#/$defs/")]
        assert model["properties"]["type"] == {"const": event_type, "title": "Type", "type": "string"}
        assert model["required"][0] == "type"
        assert {"id", "date", "actor"} <= set(model["required"])
        assert model["additionalProperties"] is False


# --- The event schema agrees with parse_event ---------------------------------------------------------


def test_every_line_of_the_corpus_parses_and_validates() -> None:
    count = 0
    for name, line in corpus_lines():
        record = json.loads(line)
        parse_event(line)
        errors = list(validator().iter_errors(record))
        assert not errors, f"{name}: {record['id']}: {best_match(errors).message}"
        count += 1
    assert count > 15_000


@pytest.mark.parametrize("formats", [True, False], ids=["format-assertion", "format-annotation"])
def test_the_schema_and_parse_event_refuse_the_same_bad_events(formats: bool) -> None:
    check = validator() if formats else Draft202012Validator(event_schema())
    disagreements = []
    refused = 0
    for record in bad_corpus():
        by_parser, by_schema = parses(record), check.is_valid(record)
        refused += not by_parser
        excused = _request_after_answer(record) or (not formats and _impossible_date(record))
        if by_parser != by_schema and not excused:
            disagreements.append((record, by_parser, by_schema))
    assert refused > 4_000
    assert not disagreements, disagreements[:5]


def _request_after_answer(record: dict[str, Any]) -> bool:
    """``BEYOND_THE_SCHEMA['request_after_answer']``: a response whose request is dated after it."""
    request_date, date = record.get("request_date"), record.get("date")
    return (
        record.get("type") == "response"
        and isinstance(request_date, str)
        and isinstance(date, str)
        and validator().is_valid({**record, "request_date": None})
        and request_date > date
    )


def _impossible_date(record: dict[str, Any]) -> bool:
    """``BEYOND_THE_SCHEMA['impossible_date_without_formats']``: a value written YYYY-MM-DD that is no day."""
    for value in record.values():
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return True
    return False


def test_what_the_schema_cannot_say_is_refused_by_parse_event_only() -> None:
    response = {"type": "response", "id": "r", "date": "2026-03-02", "actor": "KZ", "request_id": "q", "outcome": "fulfilled"}
    text = '{"type": "cost_claim", "id": "a", "id": "b", "date": "2026-03-02", "actor": "KZ"}'
    impossible = {"type": "cost_claim", "id": "a", "date": "2026-02-30", "actor": "KZ"}
    cases = {
        "key_repeated": (text, json.loads(text)),
        "request_after_answer": (after := {**response, "request_date": "2026-03-03"}, after),
        "impossible_date_without_formats": (impossible, impossible),
    }
    assert set(cases) == set(BEYOND_THE_SCHEMA)
    without_formats = Draft202012Validator(event_schema())
    for name, (given, parsed) in cases.items():
        assert not parses(given), name
        assert without_formats.is_valid(parsed), name
    assert not validator().is_valid(impossible)  # with format assertion, the schema refuses it too


def test_an_event_without_type_is_refused_by_both() -> None:
    record = {"id": "c", "date": "2026-03-02", "actor": "KZ"}
    assert not parses(record)
    errors = list(validator().iter_errors(record))
    assert [e.validator for e in errors] == ["required"]
    assert "'type' is a required property" in errors[0].message


def test_an_unknown_type_is_refused_naming_the_types() -> None:
    error = best_match(validator().iter_errors({"type": "telegram", "id": "c", "date": "2026-03-02", "actor": "KZ"}))
    assert list(error.absolute_path) == ["type"]
    assert error.validator == "enum"


@pytest.mark.parametrize(
    ("field", "value"),
    [("urgent", "yes"), ("date", 20260302), ("date", "02.03.2026"), ("actor", "SK"), ("subject", "extradition"), ("id", "")],
)
def test_a_wrong_value_is_reported_at_its_field(field: str, value: Any) -> None:
    record = {"type": "request", "id": "q", "date": "2026-03-02", "actor": "KZ", "subject": "training", "form": "written"}
    record[field] = value
    assert not parses(record)
    errors = list(validator().iter_errors(record))
    assert errors
    assert all(list(e.absolute_path) == [field] for e in errors), [e.message for e in errors]
    assert list(best_match(errors).absolute_path) == [field]
    assert "not valid under any" not in best_match(errors).message


def test_a_wrong_item_is_reported_at_its_position() -> None:
    record = {"type": "transfer", "id": "t", "date": "2026-03-02", "actor": "KZ"}
    record |= {"categories": ["identity", "shoe_size"], "purpose": "other"}
    assert list(best_match(validator().iter_errors(record)).absolute_path) == ["categories", 1]


def test_an_unknown_field_and_a_missing_one_are_reported() -> None:
    record = {"type": "transfer", "id": "t", "date": "2026-03-02", "actor": "KZ", "purpose": "other", "priority": 1}
    messages = sorted(e.message for e in validator().iter_errors(record))
    assert any("'categories' is a required property" in m for m in messages)
    assert any("'priority' was unexpected" in m for m in messages)


# --- The evaluation schema ----------------------------------------------------------------------------


def test_every_evaluation_of_the_corpus_validates() -> None:
    check = Draft202012Validator(evaluation_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    rulebook = default_rulebook()
    lifecycles: dict[str, Lifecycle | None] = {}
    count = 0
    for name, line in corpus_lines():
        if name not in lifecycles:
            path = CORPUS / f"{name}.lifecycle.json"
            lifecycles[name] = Lifecycle.from_file(path) if path.exists() else None
        answer = rulebook.evaluate(line, lifecycle=lifecycles[name]).model_dump(mode="json")
        errors = list(check.iter_errors(answer))
        assert not errors, f"{name}: {answer['event_id']}: {best_match(errors).message}"
        count += 1
    assert count > 15_000


def test_the_evaluation_schema_requires_every_field_and_refuses_others() -> None:
    schema = evaluation_schema()
    assert schema["required"] == list(schema["properties"])
    check = Draft202012Validator(schema)
    answer = default_rulebook().evaluate(json.loads(next(corpus_lines())[1])).model_dump(mode="json")
    assert check.is_valid(answer)
    assert not check.is_valid({**answer, "surplus": 1})
    assert not check.is_valid({k: v for k, v in answer.items() if k != "presumed"})
    assert not check.is_valid({**answer, "verdict": "maybe"})


# --- The command --------------------------------------------------------------------------------------


def _schema_command(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "cooperation_rules.cli", "schema", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).parent,
    )
    assert done.stderr == ""
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_schema_command_prints_the_event_schema_and_with_evaluation_the_evaluation_schema() -> None:
    assert _schema_command() == json.loads(json.dumps(event_schema()))
    assert _schema_command("--evaluation") == json.loads(json.dumps(evaluation_schema()))
    jsonschema.validate({"type": "cost_claim", "id": "c", "date": "2026-03-02", "actor": "KZ"}, _schema_command())


def test_copies_of_the_schema_are_independent() -> None:
    schema = event_schema()
    changed = copy.deepcopy(schema)
    changed["$defs"]["Request"]["properties"].clear()
    assert event_schema() == schema
