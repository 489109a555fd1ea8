"""Every input limit at its boundary: exactly at the limit is accepted, one over is refused with its own message.

The limits are written out here as numbers, not read from the code, so that moving one by one fails a test.
"""

from __future__ import annotations

import errno
import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import crowded_rules
from cooperation_rules import InvalidEvent, parse_event
from cooperation_rules.errors import FieldError
from cooperation_rules.model import bounded, events, jsonl
from cooperation_rules.model.events import read_json
from cooperation_rules.model.jsonl import BadLine, GoodLine, read_events

RESPONSE: dict[str, Any] = {
    "type": "response",
    "id": "r",
    "date": "2020-01-01",
    "actor": "KZ",
    "request_id": "q",
    "outcome": "refused",
}
EXPERT = {"type": "expert_deployment", "id": "e", "date": "2025-05-12", "actor": "KZ"}


def _faults(data: dict[str, Any]) -> tuple[FieldError, ...]:
    with pytest.raises(InvalidEvent) as raised:
        parse_event(data)
    return raised.value.errors


def _said(faults: Any) -> list[tuple[str, str, str]]:
    """Each fault as its field, its code and its English message."""
    return [(f.field, f.code.value, f.message) for f in faults]


UNKNOWN = "unknown field: no event of this type has it"


def test_the_limits_are_the_documented_numbers() -> None:
    assert (events.MAX_ITEMS, events.MAX_DEPTH, events.MAX_FAULTS, events.MAX_CONTAINERS) == (1000, 16, 20, 20_000)
    assert jsonl.MAX_LINE_BYTES == 4 * 1024 * 1024
    assert (bounded.MAX_LIFECYCLE_BYTES, bounded.MAX_RULE_FILE_BYTES, bounded.MAX_REPORT_BYTES) == (
        1024 * 1024,
        4 * 1024 * 1024,
        64 * 1024 * 1024,
    )


# ----------------------------------------------------------------------------- fields of an event


def _with_fields(total: int) -> dict[str, Any]:
    """An expert deployment (4 fields) with unknown fields up to ``total`` fields in all."""
    return {**EXPERT, **{f"x{i:04}": 1 for i in range(total - len(EXPERT))}}


def test_an_event_of_exactly_1000_fields_is_validated_field_by_field() -> None:
    faults = _faults(_with_fields(1000))
    assert all(f.code.value != "too_many_items" for f in faults)
    # 996 unknown fields: 20 named, the others counted in one more.
    assert len(faults) == 21
    assert all((f.code.value, f.message) == ("unknown_field", UNKNOWN) for f in faults[:20])
    assert (faults[20].field, faults[20].message) == ("", "and 976 more faults")


def test_an_event_of_1001_fields_is_refused_whole() -> None:
    assert _said(_faults(_with_fields(1001))) == [("", "too_many_items", "more than 1000 fields")]


@pytest.mark.parametrize(("unknown", "reported"), [(19, 19), (20, 20), (21, 21)])
def test_at_most_20_faults_are_named_and_the_rest_counted(unknown: int, reported: int) -> None:
    faults = _faults({**EXPERT, **{f"x{i:02}": 1 for i in range(unknown)}})
    named = [f for f in faults if f.message == UNKNOWN]
    assert len(named) == min(unknown, 20)
    rest = [(f.field, f.message) for f in faults if f.message != UNKNOWN]
    assert rest == ([("", f"and {unknown - 20} more faults")] if unknown > 20 else [])
    assert len(faults) == reported


# ----------------------------------------------------------------------------- nesting and items of a field


def _nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


def test_a_field_nested_16_levels_deep_reaches_validation() -> None:
    faults = _faults({**RESPONSE, "grounds": _nested(16)})
    assert all(f.code.value != "too_deep" for f in faults)
    assert any(f.field.startswith("grounds") for f in faults)


def test_a_field_nested_17_levels_deep_is_refused_before_validation() -> None:
    assert _said(_faults({**RESPONSE, "grounds": _nested(17)})) == [
        ("grounds", "too_deep", "lists or objects nested deeper than 16 levels")
    ]


@pytest.mark.parametrize("siblings", [["x"], ["x", 1, None], [{"a": "b"}, "y"]])
def test_a_list_too_deep_is_found_beside_values_that_are_not_lists(siblings: list[Any]) -> None:
    """Every item is looked into, whatever comes before or after the one that is too deep."""
    for grounds in ([_nested(16), *siblings], [*siblings, _nested(16)]):
        assert _said(_faults({**RESPONSE, "grounds": grounds})) == [
            ("grounds", "too_deep", "lists or objects nested deeper than 16 levels")
        ]


def test_a_list_of_exactly_1000_items_reaches_validation() -> None:
    faults = _faults({**RESPONSE, "grounds": ["x"] * 1000})
    assert all(f.code.value != "too_many_items" for f in faults)
    assert len(faults) == 21 and (faults[-1].field, faults[-1].message) == ("", "and 980 more faults")


def test_a_list_of_1001_items_is_refused_before_validation() -> None:
    assert _said(_faults({**RESPONSE, "grounds": ["x"] * 1001})) == [("grounds", "too_many_items", "more than 1000 items")]


def test_a_json_text_of_exactly_20000_lists_and_objects_is_parsed() -> None:
    value, fault = read_json("[" + ",".join(["[]"] * 19_999) + "]")
    assert fault is None and len(value) == 19_999


def test_a_json_text_of_20001_lists_and_objects_is_refused_unparsed() -> None:
    value, fault = read_json("[" + ",".join(["[]"] * 20_000) + "]")
    assert value is None and _said([fault]) == [("", "invalid_json", "malformed JSON: more than 20,000 lists and objects")]


# ----------------------------------------------------------------------------- the length of a line


def _line_of(length: int, *, newline: bool) -> bytes:
    """A valid event, padded with spaces after the object to ``length`` bytes in all (the line end included)."""
    body = json.dumps(EXPERT).encode("utf-8")
    end = b"\n" if newline else b""
    return body + b" " * (length - len(body) - len(end)) + end


@pytest.mark.parametrize("newline", [True, False], ids=["with-line-end", "last-line"])
@pytest.mark.parametrize("as_stream", [True, False], ids=["stream", "lines"])
def test_a_line_of_exactly_4_mib_is_read_and_one_byte_more_is_a_bad_line(newline: bool, as_stream: bool) -> None:
    limit = 4 * 1024 * 1024
    for length, good in ((limit, True), (limit + 1, False)):
        line = _line_of(length, newline=newline)
        assert len(line) == length
        after = [b'{"type": "x"}\n'] if newline else []  # a last line has no line after it
        source: Any = io.BytesIO(b"".join([line, *after])) if as_stream else [line, *after]
        read = list(read_events(source))
        assert len(read) == 1 + len(after)
        first = read[0]
        if good:
            assert isinstance(first, GoodLine) and first.event.id == "e"
        else:
            assert isinstance(first, BadLine)
            assert _said(first.error.errors) == [("", "line_too_long", "line longer than 4,194,304 bytes")]
        if after:  # the next line is read, whole
            assert isinstance(read[1], BadLine) and read[1].line == 2


# ----------------------------------------------------------------------------- the id kept from a bad line


@pytest.mark.parametrize(("length", "kept"), [(256, True), (257, False)])
def test_the_id_of_a_bad_line_is_kept_up_to_256_characters(length: int, kept: bool) -> None:
    event_id = "i" * length
    [bad] = list(read_events([json.dumps({"type": "nope", "id": event_id}).encode("utf-8")]))
    assert isinstance(bad, BadLine)
    assert bad.id == (event_id if kept else None)


# ----------------------------------------------------------------------------- whole files


@pytest.mark.parametrize(("size", "refused"), [(99, False), (100, False), (101, True)])
def test_a_bounded_file_is_read_up_to_its_limit_and_refused_one_byte_over(tmp_path: Path, size: int, refused: bool) -> None:
    path = tmp_path / "input"
    path.write_bytes(b"a" * size)
    if not refused:
        assert bounded.read_bounded(path, 100) == b"a" * size
        return
    with pytest.raises(OSError) as raised:
        bounded.read_bounded(path, 100)
    assert raised.value.errno == errno.EFBIG
    assert raised.value.strerror == "larger than 100 bytes"


# ----------------------------------------------------------------------------- text fields, lifecycles, rulesets


@pytest.mark.parametrize(("length", "accepted"), [(256, True), (257, False)])
def test_an_id_holds_at_most_256_characters(length: int, accepted: bool) -> None:
    event = {**EXPERT, "id": "i" * length}
    if accepted:
        assert parse_event(event).id == "i" * length
    else:
        assert [f.field for f in _faults(event)] == ["id"]


@pytest.mark.parametrize(("length", "accepted"), [(2000, True), (2001, False)])
def test_a_condition_holds_at_most_2000_characters(length: int, accepted: bool) -> None:
    event = {**RESPONSE, "outcome": "fulfilled", "conditions": ["c" * length]}
    if accepted:
        assert parse_event(event).conditions == ("c" * length,)  # type: ignore[union-attr]
    else:
        assert [f.field for f in _faults(event)] == ["conditions.0"]


def _suspensions(n: int) -> dict[str, Any]:
    return {
        "notifications_received": ["2018-06-14", "2018-07-20"],
        "suspensions": [
            {"notice_received": f"2019-{1 + i // 28:02}-{1 + i % 28:02}", "ground": "public_health", "scope": ["training"]}
            for i in range(n)
        ],
    }


def test_a_lifecycle_lists_100_suspensions_and_not_101() -> None:
    from cooperation_rules import InvalidLifecycle, Lifecycle

    assert len(Lifecycle.parse(_suspensions(100)).suspensions) == 100
    with pytest.raises(InvalidLifecycle) as raised:
        Lifecycle.parse(_suspensions(101))
    assert [f.field for f in raised.value.errors] == ["suspensions"]
    assert "at most 100 items" in raised.value.errors[0].message


def test_a_lifecycle_has_two_notifications_and_not_three() -> None:
    from cooperation_rules import InvalidLifecycle, Lifecycle

    assert len(Lifecycle.parse({"notifications_received": ["2018-06-14", "2018-07-20"]}).notifications_received) == 2
    with pytest.raises(InvalidLifecycle) as raised:
        Lifecycle.parse({"notifications_received": ["2018-06-14", "2018-07-20", "2018-07-21"]})
    assert [f.field for f in raised.value.errors] == ["notifications_received"]


@pytest.mark.parametrize(("count", "accepted"), [(256, True), (257, False)])
def test_the_durable_engine_holds_256_rules_of_one_event_type_and_not_257(count: int, accepted: bool) -> None:
    from cooperation_rules import EngineUnavailable
    from cooperation_rules.engines.durable_rules import DurableEngine

    rules = crowded_rules(count)
    if accepted:
        fired = DurableEngine(rules).fired("cost_claim", {"type": "cost_claim", "agreed_in_advance": True})
        assert len(fired) == 128
    else:
        with pytest.raises(EngineUnavailable, match=r"at most 256 rules per event type; cost_claim has 257"):
            DurableEngine(rules)


@pytest.mark.parametrize("kind", [str, bytes], ids=["text", "bytes"])
@pytest.mark.parametrize("brackets", ["[", "{", "[{"], ids=["lists", "objects", "both"])
def test_lists_and_objects_are_counted_before_parsing_in_text_and_in_bytes(kind: type, brackets: str) -> None:
    """20,000 opening brackets (inside a text too: the count is taken before parsing) are read; 20,001 are refused,
    whether they open lists, objects or both, in a text or in bytes."""

    def line(count: int) -> str | bytes:
        opened = (brackets * count)[:count]
        text = '{"type": "request", "id": "' + opened[:-1] + '"}'  # the line's own "{" is one of them
        return text if kind is str else text.encode()

    assert read_json(line(20_000))[1] is None
    payload, fault = read_json(line(20_001))
    assert payload is None and fault is not None
    assert (fault.field, fault.code.value, fault.message) == (
        "",
        "invalid_json",
        "malformed JSON: more than 20,000 lists and objects",
    )


@pytest.mark.parametrize("kind", [str, bytes], ids=["text", "bytes"])
def test_nesting_past_what_the_parser_can_follow_is_a_fault_of_the_record(kind: type) -> None:
    nested = "[" * 5_000 + "]" * 5_000
    payload, fault = read_json(nested if kind is str else nested.encode())
    assert payload is None and fault is not None
    assert (fault.field, fault.code.value, fault.message) == ("", "too_deep", "malformed JSON: nested too deeply")


def test_a_field_name_is_cut_past_200_characters() -> None:
    at = "k" * 200
    [fault] = _faults({**EXPERT, at: 1})
    assert (fault.field, fault.code.value) == (at, "unknown_field")
    [fault] = _faults({**EXPERT, at + "k": 1})
    assert fault.field == "k" * 199 + "…"


def test_a_list_of_more_items_than_allowed_is_refused_on_the_quick_path_too() -> None:
    """A plainly written line with a list of 1,001 items is not taken by the quick parse: it is refused as
    ``parse_event`` refuses it."""
    transfer = {
        "type": "transfer", "id": "t", "date": "2026-03-02", "actor": "CZ", "purpose": "suppressing_criminal_activity",
        "categories": ["identity"] * 1_001,
    }  # fmt: skip
    raw = json.dumps(transfer, separators=(",", ":")).encode()
    [read] = list(read_events([raw]))
    assert isinstance(read, BadLine)
    assert [(f.field, f.code.value) for f in read.error.errors] == [("categories", "too_many_items")]


def test_json_that_cannot_be_read_says_why_in_the_librarys_words() -> None:
    """A key given twice names the key; a syntax error, where and what; a number past Python's digit limit, the
    parser's reason cut at 120 characters."""
    assert _said(read_json('{"type": "request", "id": "a", "id": "b"}')[1:]) == [
        ("id", "repeated_key", "key 'id' given more than once")
    ]
    assert _said(read_json('{"type": }')[1:]) == [("", "invalid_json", "malformed JSON: Expecting value at character 9")]
    [(field, code, message)] = _said(read_json('{"id": 1' + "0" * 5_000 + "}")[1:])
    assert (field, code) == ("", "invalid_json")
    reason = message.removeprefix("malformed JSON: ")
    assert len(reason) == 120 and reason.startswith("Exceeds the limit (4300 digits) for integer string conversion")
