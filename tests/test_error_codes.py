"""Stable error codes: every fault of an input carries a code of ``ErrorCode``, its field and a message in the chosen
language; each code is produced by an input of its own, through the API and on the command line; the README lists
exactly the codes of the enum."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import cooperation_rules as cr
from conftest import ROOT
from cooperation_rules.errors import ErrorCode, InvalidEvent, InvalidLifecycle
from cooperation_rules.model.events import parse_event
from cooperation_rules.model.jsonl import MAX_LINE_BYTES, BadLine, read_events

LIFECYCLE = ROOT / "examples" / "lifecycle.json"
REQUEST = {"type": "request", "id": "r-1", "date": "2020-01-15", "actor": "KZ", "subject": "training", "form": "written"}
RESPONSE = {"type": "response", "id": "a-1", "date": "2020-01-15", "actor": "CZ", "request_id": "r-1", "outcome": "fulfilled"}
TRANSFER = {
    "type": "transfer",
    "id": "t",
    "date": "2026-03-02",
    "actor": "CZ",
    "categories": ["identity"],
    "purpose": "related_procedures",
}


def _line(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _deep(levels: int) -> object:
    value: object = "x"
    for _ in range(levels):
        value = [value]
    return value


#: For each code an event can be refused with: one line that gives it, and the field it names.
BAD_LINES: dict[ErrorCode, tuple[bytes, str]] = {
    ErrorCode.MISSING: (_line({k: v for k, v in REQUEST.items() if k != "subject"}), "subject"),
    ErrorCode.UNKNOWN_FIELD: (_line({**REQUEST, "colour": "red"}), "colour"),
    ErrorCode.UNKNOWN_EVENT_TYPE: (_line({**REQUEST, "type": "telegram"}), "type"),
    ErrorCode.NOT_ALLOWED: (_line({**REQUEST, "actor": "DE"}), "actor"),
    ErrorCode.WRONG_TYPE: (_line({**REQUEST, "urgent": "yes"}), "urgent"),
    ErrorCode.TOO_SHORT: (_line({**REQUEST, "id": ""}), "id"),
    ErrorCode.TOO_LONG: (_line({**REQUEST, "id": "x" * 257}), "id"),
    ErrorCode.PATTERN_MISMATCH: (_line({**REQUEST, "language": "English"}), "language"),
    ErrorCode.INVALID_DATE: (_line({**REQUEST, "date": "2020-01-01\n"}), "date"),
    ErrorCode.IMPOSSIBLE_DATE: (_line({**REQUEST, "date": "2020-02-30"}), "date"),
    ErrorCode.DATES_OUT_OF_ORDER: (_line({**RESPONSE, "request_date": "2020-01-16"}), ""),
    ErrorCode.INVALID_JSON: (b'{"type": "request", "id": "r-1",', ""),
    ErrorCode.NOT_UTF8: (b'{"type": "request", "id": "r\xff"}', ""),
    ErrorCode.NOT_AN_OBJECT: (b'["request", "r-1"]', ""),
    ErrorCode.REPEATED_KEY: (b'{"type": "request", "id": "r-1", "id": "r-2"}', "id"),
    ErrorCode.TOO_DEEP: (_line({**REQUEST, "crime": _deep(20)}), "crime"),
    ErrorCode.TOO_MANY_ITEMS: (_line({**REQUEST, "crime": ["x"] * 1001}), "crime"),
    ErrorCode.MORE_FAULTS: (_line({**REQUEST, **{f"extra_{n}": 1 for n in range(25)}}), ""),
}

#: The codes only the command line can give (they concern a line, or lines, of the input) or that the rules give.
CLI_ONLY = {ErrorCode.LINE_TOO_LONG, ErrorCode.DUPLICATE_ID, ErrorCode.NO_VERDICT}


def _faults(raw: bytes) -> InvalidEvent:
    with pytest.raises(InvalidEvent) as raised:
        parse_event(raw)
    return raised.value


@pytest.mark.parametrize("code", list(BAD_LINES), ids=str)
def test_the_api_names_each_fault_by_its_code_and_field(code: ErrorCode) -> None:
    raw, field = BAD_LINES[code]
    error = _faults(raw)
    assert code in error.codes
    assert field in [e.field for e in error.errors if e.code is code]
    # Also through the rulebook and from a dict, where the line is JSON.
    if code not in {ErrorCode.INVALID_JSON, ErrorCode.NOT_UTF8, ErrorCode.REPEATED_KEY, ErrorCode.NOT_AN_OBJECT}:
        with pytest.raises(InvalidEvent) as raised:
            cr.evaluate(json.loads(raw))
        assert code in raised.value.codes


def test_a_date_and_time_or_a_number_is_an_invalid_date_naming_the_format() -> None:
    for value in ("2020-01-01T00:00:00", 20200101, "2020-1-1", " 2020-01-01"):
        error = _faults(_line({**REQUEST, "date": value}))
        assert error.codes == (ErrorCode.INVALID_DATE,)
        assert "YYYY-MM-DD" in error.errors[0].message


def test_a_trailing_newline_is_an_invalid_date_not_an_impossible_one() -> None:
    error = _faults(BAD_LINES[ErrorCode.INVALID_DATE][0])
    (fault,) = error.errors
    assert fault.code is ErrorCode.INVALID_DATE
    assert "YYYY-MM-DD" in fault.message and "impossible" not in fault.message
    (impossible,) = _faults(BAD_LINES[ErrorCode.IMPOSSIBLE_DATE][0]).errors
    assert impossible.message == "impossible date 2020-02-30: no such day"


def test_the_validator_s_wording_never_reaches_a_message() -> None:
    """Pydantic writes "Input should be ..." and "should have at least"; the library writes its own words."""
    lines = [raw for raw, _ in BAD_LINES.values()]
    lines.append(_line({**TRANSFER, "categories": []}))
    lines.append(_line({**REQUEST, "urgent": None, "crime": 7, "form": ["written"]}))
    for raw in lines:
        for fault in _faults(raw).errors:
            for locale in ("en", "ru", "cs", "kk"):
                text = fault.text(locale)
                assert not re.search(r"Input should|should have|Value error|validation", text), text


def test_an_empty_list_where_one_item_is_needed_is_too_short() -> None:
    (fault,) = _faults(_line({**TRANSFER, "categories": []})).errors
    assert (fault.code, fault.field, fault.message) == (ErrorCode.TOO_SHORT, "categories", "too short: at least 1")


def test_too_many_faults_are_counted_in_one() -> None:
    error = _faults(BAD_LINES[ErrorCode.MORE_FAULTS][0])
    assert len(error.errors) == 21
    assert error.errors[-1].code is ErrorCode.MORE_FAULTS and error.errors[-1].message == "and 5 more faults"


def test_a_fault_the_library_does_not_name_otherwise_is_an_invalid_value() -> None:
    """A lifecycle's faults and any validator error type without a code of its own are ``invalid_value``."""
    from cooperation_rules.model.events import _fault

    fault = _fault("x", {"type": "some_future_type", "loc": ("x",), "msg": "m", "input": 1}, "request")
    assert (fault.code, fault.message) == (ErrorCode.INVALID_VALUE, "value not accepted: 1")
    with pytest.raises(InvalidLifecycle) as raised:
        cr.Lifecycle.parse({"notifications_received": 3})
    assert all(e.code is ErrorCode.INVALID_VALUE for e in raised.value.errors)


def test_strict_mode_names_each_unstated_fact() -> None:
    with pytest.raises(cr.UnstatedFacts) as raised:
        cr.evaluate(TRANSFER, lifecycle=cr.Lifecycle.from_file(LIFECYCLE), strict=True)
    assert set(raised.value.codes) == {ErrorCode.UNSTATED_FACT}
    assert raised.value.errors[0].field == "conditions"


def test_a_line_too_long_is_read_past_and_named() -> None:
    (bad,) = read_events([b" " * (MAX_LINE_BYTES + 1)])
    assert isinstance(bad, BadLine) and bad.error.codes == (ErrorCode.LINE_TOO_LONG,)


def test_messages_are_in_the_language_asked_for() -> None:
    (fault,) = _faults(BAD_LINES[ErrorCode.IMPOSSIBLE_DATE][0]).errors
    texts = {locale: fault.text(locale) for locale in ("en", "ru", "cs", "kk")}
    assert texts["en"] == "impossible date 2020-02-30: no such day"
    assert len(set(texts.values())) == 4, texts
    assert all("2020-02-30" in text for text in texts.values())


# The command line.


def _evaluate(tmp_path: Path, data: bytes, *options: str, env: dict[str, str] | None = None) -> tuple[int, list[dict[str, Any]]]:
    source = tmp_path / "events.jsonl"
    source.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "cooperation_rules", *options[:2], "evaluate", *options[2:], str(source)]
        if options[:1] == ("--rules",)
        else [sys.executable, "-m", "cooperation_rules", "evaluate", *options, str(source)],
        capture_output=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src"), **(env or {})},
    )
    assert "Traceback" not in done.stderr.decode()
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def _check_record(record: dict[str, Any], line: int) -> None:
    assert record["line"] == line
    assert record["code"] == record["errors"][0]["code"]
    assert all(set(e) == {"code", "field", "message"} for e in record["errors"])
    assert all(e["code"] in {c.value for c in ErrorCode} for e in record["errors"])
    assert not re.match(r"line \d+:", record["message"]), record["message"]  # the line has a key of its own


def test_the_command_line_writes_each_code_in_its_error_record(tmp_path: Path) -> None:
    codes = list(BAD_LINES)
    good = _line({**REQUEST, "id": "r-good"})  # the bad lines gave r-1 already
    data = b"\n".join([BAD_LINES[c][0].replace(b"\n", b"\\n") for c in codes] + [good]) + b"\n"
    status, records = _evaluate(tmp_path, data, "--lifecycle", str(LIFECYCLE))
    assert status == 1
    assert len(records) == len(codes) + 1
    for n, (code, record) in enumerate(zip(codes, records, strict=False), start=1):
        _check_record(record, n)
        assert code.value in [e["code"] for e in record["errors"]], (code, record)
        assert record["error"] == "invalid_event"
    assert records[-1]["verdict"] == "permitted"
    assert records[codes.index(ErrorCode.UNKNOWN_FIELD)]["id"] == "r-1"  # the id is read from a bad line


def test_the_command_line_gives_line_too_long_duplicate_id_and_unstated_fact(tmp_path: Path) -> None:
    data = b"x" * (MAX_LINE_BYTES + 10) + b"\n" + _line(REQUEST) + b"\n" + _line(REQUEST) + b"\n"
    status, records = _evaluate(tmp_path, data, "--lifecycle", str(LIFECYCLE))
    assert status == 1
    too_long, first, again = records
    _check_record(too_long, 1)
    assert too_long["code"] == "line_too_long"
    assert first["verdict"] == "permitted"
    _check_record(again, 3)
    assert (again["error"], again["code"], again["errors"][0]["field"], again["first_line"]) == (
        "duplicate_id",
        "duplicate_id",
        "id",
        2,
    )
    assert again["message"] == "id 'r-1' already given on line 2"
    status, (unstated,) = _evaluate(tmp_path, _line(TRANSFER) + b"\n", "--strict", "--lifecycle", str(LIFECYCLE))
    assert status == 1
    _check_record(unstated, 1)
    assert unstated["error"] == "unstated_facts" and {e["code"] for e in unstated["errors"]} == {"unstated_fact"}


def test_the_command_line_gives_no_verdict_for_a_gap_in_the_rules(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    data = yaml.safe_load((rules / "art_12.yaml").read_text(encoding="utf-8"))
    next(r for r in data["rules"] if r["id"] == "art_12.costs_not_agreed").pop("verdict")
    (rules / "art_12.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    claim = {"type": "cost_claim", "id": "c-1", "date": "2025-06-30", "actor": "CZ", "agreed_in_advance": False}
    status, (record,) = _evaluate(tmp_path, _line(claim) + b"\n", "--rules", str(rules), "--engine", "python")
    assert status == 1
    _check_record(record, 1)
    assert (record["error"], record["code"], record["id"]) == ("no_verdict", "no_verdict", "c-1")


def test_error_records_speak_the_language_chosen(tmp_path: Path) -> None:
    data = BAD_LINES[ErrorCode.IMPOSSIBLE_DATE][0] + b"\n"
    _, (english,) = _evaluate(tmp_path, data)
    _, (czech,) = _evaluate(tmp_path, data, "--locale", "cs")
    _, (russian,) = _evaluate(tmp_path, data, env={"LANGUAGE": "ru"})
    assert english["errors"][0]["message"] == "impossible date 2020-02-30: no such day"
    assert czech["errors"][0]["message"] != english["errors"][0]["message"]
    assert russian["errors"][0]["message"] not in (english["errors"][0]["message"], czech["errors"][0]["message"])
    for record in (english, czech, russian):
        assert record["code"] == "impossible_date" and record["errors"][0]["field"] == "date"


# The README lists every code.


def test_the_readme_lists_exactly_the_codes_of_the_enum() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Error codes", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    listed = re.findall(r"^- `([a-z0-9_]+)`: \S", section, flags=re.MULTILINE)
    assert listed == [code.value for code in ErrorCode]
    assert all(code in BAD_LINES or code in CLI_ONLY | {ErrorCode.INVALID_VALUE, ErrorCode.UNSTATED_FACT} for code in ErrorCode)


def test_each_unstated_fact_is_named_with_what_would_have_been_presumed_in_the_language_asked() -> None:
    """Art. 2 and 9: a written request that names no crime, language or addressee, judged in strict mode."""
    request = {"type": "request", "id": "s", "date": "2019-02-11", "actor": "KZ", "subject": "search_for_suspects",
               "form": "written"}  # fmt: skip
    with pytest.raises(cr.UnstatedFacts) as raised:
        cr.evaluate(request, strict=True)
    crime = raised.value.errors[0]
    assert (crime.field, crime.code) == ("crime", ErrorCode.UNSTATED_FACT)
    assert crime.message == "not stated: the request names no type of crime (Article 2)."
    assert str(crime) == "crime: not stated: the request names no type of crime (Article 2)."
    assert crime.text("cs") == "neuvedeno: žádost neuvádí žádný druh trestné činnosti (čl. 2)."
    assert crime.to_record("en")["message"] == crime.message
    assert [e.field for e in raised.value.errors] == ["crime", "language", "addressed_to_competent_authority"]
