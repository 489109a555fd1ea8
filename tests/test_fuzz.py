"""Fuzzing the way in: raw bytes through the JSON Lines reader and ``parse_event``, mutated events, events at the
calendar's ends, and inputs sized to exhaust memory.

Each property runs a fixed number of derandomized Hypothesis examples (bounded in CI, no deadline); none
asserts a time. What must hold:

- ``read_events`` gives exactly one result per non-blank line, numbered, in order, whatever the bytes; an
  error record can always be written as UTF-8 JSON; nothing but ``InvalidEvent`` comes out of parsing.
- ``parse_event`` gives an event or raises ``InvalidEvent``, for any bytes, text or JSON value.
- Every event that parses is evaluated by both engines without an exception, to the same evaluation,
  on any day of the calendar (years 1 to 9999) under any lifecycle.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cooperation_rules import Evaluation, InvalidEvent, Lifecycle, Rulebook, parse_event
from cooperation_rules.law.legal_calendar import add_days, add_months
from cooperation_rules.model.events import MAX_DEPTH, MAX_FAULTS, MAX_ITEMS, Event
from cooperation_rules.model.jsonl import MAX_LINE_BYTES, BadLine, GoodLine, read_events
from strategies import EVENT_FIELDS, SIGNATURE, fixed_examples, lifecycle_dicts, valid_events


@cache
def _rulebook() -> Rulebook:
    return Rulebook.load()


def _evaluate_both(event: Event, lifecycle: Lifecycle | None) -> Evaluation:
    """Evaluate with both engines; they must not raise and must agree."""
    rb = _rulebook()
    python = rb.evaluate(event, lifecycle=lifecycle, engine="python")
    durable = rb.evaluate(event, lifecycle=lifecycle, engine="durable")
    assert python.decision() == durable.decision(), event.id
    json.loads(python.model_dump_json())  # the wire form can always be written and read back
    return python


# ----------------------------------------------------------------------------- inputs: bytes, mutated and whole


def _event_line(event: dict[str, Any]) -> bytes:
    return json.dumps(event, ensure_ascii=False).encode("utf-8")


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    """A valid event line with bytes flipped, cut, inserted or repeated."""
    line = bytearray(_event_line(draw(valid_events())))
    for _ in range(draw(st.integers(1, 4))):
        if not line:
            break
        at = draw(st.integers(0, len(line) - 1))
        how = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "drop"]))
        if how == "flip":
            line[at] ^= 1 << draw(st.integers(0, 7))
        elif how == "cut":
            del line[at:]
        elif how == "insert":
            line[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif how == "repeat":
            line[at:at] = line[at : at + draw(st.integers(1, 40))]
        else:
            del line[at : at + draw(st.integers(1, 8))]
    return bytes(line)


_JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12))
_JSON = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8,
)


@st.composite
def _retyped(draw: st.DrawFn) -> dict[str, Any]:
    """A valid event with fields removed, added, or given any JSON value (sometimes one that is still valid)."""
    event = draw(valid_events())
    names = sorted({*event, *EVENT_FIELDS[event["type"]], "colour"})
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(names))
        if draw(st.booleans()) and name in event:
            del event[name]
        else:
            event[name] = draw(_JSON)
    return event


_RESPONSE = b'{"type": "response", "id": "r", "date": "2020-01-01", "actor": "KZ", "request_id": "q", "outcome": "refused"'
#: Lines made to break a reader, by name (Hypothesis shows the name, not the bytes).
SPECIAL_LINES: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "carriage return": lambda: b"\r",
    "NUL": lambda: b"\x00",
    "byte-order mark": lambda: b"\xef\xbb\xbf{}",
    "UTF-8 encoded surrogate": lambda: b"\xed\xa0\x80",
    "overlong encoding": lambda: b"\xc0\xaf",
    "escaped lone surrogate in a value": lambda: (
        b'{"type": "expert_deployment", "id": "\\ud800", "date": "2020-01-01", "actor": "KZ"}'
    ),
    "escaped lone surrogate in a deep key": lambda: b'{"\\udc00": ' + b"[" * (MAX_DEPTH + 2) + b"]" * (MAX_DEPTH + 2) + b"}",
    "a list one item too long": lambda: _RESPONSE + b', "grounds": [' + b",".join([b"1"] * (MAX_ITEMS + 1)) + b"]}",
    "a fault in each of many items": lambda: _RESPONSE + b', "grounds": [' + b",".join([b"1"] * MAX_ITEMS) + b"]}",
    "unclosed nesting": lambda: b"[" * 100_000,
    "a 5001-digit number": lambda: b'{"type": "expert_deployment", "id": 1' + b"0" * 5_000 + b"}",
}
_SPECIAL_LINES = st.sampled_from(sorted(SPECIAL_LINES)).map(lambda name: SPECIAL_LINES[name]())
_LINES = st.one_of(
    st.binary(max_size=120), _mutated(), _retyped().map(_event_line), valid_events().map(_event_line), _SPECIAL_LINES
)


def _check_reader(lines: list[bytes], separator: bytes) -> None:
    blob = separator.join(lines)
    expected = [n for n, raw in enumerate(io.BytesIO(blob), start=1) if raw.strip()]
    results = list(read_events(io.BytesIO(blob)))
    assert [r.line for r in results] == expected, "one result per non-blank line, numbered, in order"
    for result in results:
        if isinstance(result, BadLine):
            assert result.error.errors and result.error.line == result.line
            assert len(result.error.errors) <= MAX_FAULTS + 1
            record = json.dumps(result.to_record(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8
            assert len(record) < 20_000, "an error record does not repeat a huge input"
        else:
            assert isinstance(result, GoodLine) and isinstance(result.event, Event)
            _evaluate_both(result.event, None)


@fixed_examples(600)
@given(lines=st.lists(_LINES, max_size=8), separator=st.sampled_from([b"\n", b"\r\n"]))
def test_the_reader_gives_one_result_per_line_whatever_the_bytes(lines: list[bytes], separator: bytes) -> None:
    _check_reader(lines, separator)


@fixed_examples(300)
@given(blob=st.binary(max_size=600))
def test_the_reader_takes_any_bytes(blob: bytes) -> None:
    _check_reader([blob], b"\n")


def test_a_line_beyond_the_limit_is_an_error_and_the_next_line_is_read() -> None:
    good = _event_line({"type": "expert_deployment", "id": "after", "date": "2020-01-01", "actor": "KZ"})
    huge = b'{"type": "expert_deployment", "id": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}'
    results = list(read_events(io.BytesIO(huge + b"\n" + good + b"\n" + huge)))
    assert [r.line for r in results] == [1, 2, 3]
    assert isinstance(results[0], BadLine) and "longer than" in results[0].error.errors[0].message
    assert isinstance(results[1], GoodLine) and results[1].event.id == "after"
    assert isinstance(results[2], BadLine)
    assert isinstance(next(iter(read_events([huge]))), BadLine), "lines given as a list are held to the same limit"


def _parses_or_refuses(payload: Any) -> Event | None:
    try:
        event = parse_event(payload)
    except InvalidEvent as exc:
        assert exc.errors and len(exc.errors) <= MAX_FAULTS + 1
        for e in exc.errors:
            e.field.encode("utf-8")  # every field name can be written out
        return None
    assert isinstance(event, Event)
    return event


@fixed_examples(500)
@given(payload=st.one_of(_LINES, _LINES.map(lambda b: b.decode("utf-8", "replace")), _retyped(), _JSON))
def test_parse_event_gives_an_event_or_invalid_event_and_evaluate_never_raises(payload: Any) -> None:
    event = _parses_or_refuses(payload)
    if event is not None:
        _evaluate_both(event, None)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: {"grounds": ["x"] * (MAX_ITEMS + 1)}, "grounds"),
        (lambda: {"conditions": [5] * MAX_ITEMS}, "conditions"),
        (lambda: {f"field{i}": i for i in range(MAX_ITEMS + 1)}, ""),
        (lambda: {"x" * 100_000: 1}, "x"),
    ],
    ids=["list-beyond-the-limit", "a-fault-per-item", "too-many-fields", "a-huge-unknown-field"],
)
def test_inputs_sized_to_exhaust_memory_give_a_short_report(make: Callable[[], dict[str, Any]], field: str) -> None:
    event = {"type": "response", "id": "r", "date": "2020-01-01", "actor": "KZ", "request_id": "q", "outcome": "refused"}
    with pytest.raises(InvalidEvent) as raised:
        parse_event({**event, **make()})
    assert len(raised.value.errors) <= MAX_FAULTS + 1
    assert len(str(raised.value)) < 20_000
    if field:
        assert any(f.startswith(field) for f in raised.value.fields)
    else:  # the whole record: every field name starts with "", so say exactly what the fault is
        assert [(e.field, e.message) for e in raised.value.errors] == [("", "more than 1000 fields")]


# ----------------------------------------------------------------------------- the calendar's ends

_ENDS = (dt.date.min, dt.date(1, 1, 31), dt.date(9999, 6, 30), dt.date(9999, 7, 1), dt.date(9999, 12, 16), dt.date.max)


def _any_day() -> st.SearchStrategy[dt.date]:
    return st.one_of(st.sampled_from(_ENDS), st.dates())


@st.composite
def _events_on_any_day(draw: st.DrawFn) -> dict[str, Any]:
    event = draw(valid_events())
    event["date"] = draw(_any_day()).isoformat()
    if event.get("destruction_term") is not None:
        event["destruction_term"] = draw(_any_day()).isoformat()
    if event.get("request_date") is not None:  # a request is made no later than its answer
        event["request_date"] = min(
            dt.date.fromisoformat(event["request_date"]), dt.date.fromisoformat(event["date"])
        ).isoformat()
    return event


@st.composite
def _lifecycles_on_any_day(draw: st.DrawFn) -> Lifecycle | None:
    if draw(st.booleans()):
        return None
    data = draw(lifecycle_dicts())
    iso = _any_day().map(dt.date.isoformat)
    if data.get("notifications_received"):
        # Any day from the signature on: a lifecycle refuses a notification received before it (final clause).
        on_or_after = _any_day().filter(lambda d: d >= SIGNATURE).map(dt.date.isoformat)
        data["notifications_received"] = [draw(on_or_after) for _ in data["notifications_received"]]
    if data.get("termination_notice_received"):
        data["termination_notice_received"] = draw(iso)
    for s in data.get("suspensions") or []:
        s["notice_received"] = draw(iso)
        if "lifted_notice_received" in s:
            s["lifted_notice_received"] = max(s["notice_received"], draw(iso))
    return Lifecycle.parse(data)


@fixed_examples(400)
@given(event=_events_on_any_day(), lifecycle=_lifecycles_on_any_day())
def test_events_on_any_day_of_the_calendar_are_evaluated_alike_by_both_engines(
    event: dict[str, Any], lifecycle: Lifecycle | None
) -> None:
    ev = _evaluate_both(parse_event(event), lifecycle)
    for duty in ev.duties:
        assert duty.due is None or dt.date.min <= duty.due <= dt.date.max


def test_deadlines_beyond_the_calendar_are_its_last_day() -> None:
    # Art. 17: fifteen days after a notice received on 9999-12-31; Art. 18(2): six months after one of 9999-08-31.
    assert add_days(dt.date.max, 15) == dt.date.max
    assert add_months(dt.date(9999, 8, 31), 6) == dt.date.max
    assert add_days(dt.date.min, -1) == dt.date.min
    assert add_months(dt.date.min, -1) == dt.date.min
    # Art. 18(2): the data must be destroyed six months after a notice of termination received on 9999-08-31.
    notice = {"type": "termination_notice", "id": "t", "date": "9999-08-31", "actor": "KZ"}
    # Art. 10 item 6: the destruction is recorded by the same day.
    duties = _evaluate_both(parse_event(notice), None).duties
    assert [d.kind.value for d in duties] == ["must_destroy", "must_record_destruction"]
    assert [d.due for d in duties] == [dt.date.max, dt.date.max]
