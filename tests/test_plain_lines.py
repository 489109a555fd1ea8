"""The quick parse of a plainly valid line (``parse_plain_line``) reads the same event ``parse_event`` reads, and
never accepts a line ``parse_event`` refuses: over the corpus, lines made wrong on purpose, and generated input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from cooperation_rules.errors import InvalidEvent
from cooperation_rules.model.events import parse_event, parse_plain_line
from cooperation_rules.model.jsonl import BadLine, GoodLine, read_events
from strategies import fixed_examples, invalid_inputs, valid_events

REQUEST = b'{"type":"request","id":"r","date":"2020-01-15","actor":"KZ","subject":"training","form":"written"}'


def _slow(raw: bytes) -> Any:
    try:
        return parse_event(raw)
    except InvalidEvent:
        return None


def _same(raw: bytes) -> None:
    quick = parse_plain_line(raw)
    if quick is not None:
        assert quick == _slow(raw), raw[:300]
        assert quick.model_fields_set == _slow(raw).model_fields_set


def test_every_corpus_line_is_read_quickly_and_alike() -> None:
    lines = [
        raw.strip() for file in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) for raw in file.read_bytes().splitlines()
    ]
    lines = [raw for raw in lines if raw]
    quick = [parse_plain_line(raw) for raw in lines]
    assert all(event is not None for event in quick), "a plain valid line takes the quick path"
    assert quick == [parse_event(raw) for raw in lines]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(REQUEST.replace(b'"id":"r"', b'"id":"r","id":"s"'), id="a key twice"),
        pytest.param(REQUEST.replace(b'"id":"r"', b'"id":"r","id" :"s"'), id="a key twice, spaced"),
        pytest.param(REQUEST.replace(b'"id":"r"', b'"id":"r","id"\t:\r"s"'), id="a key twice, tab"),
        pytest.param(REQUEST.replace(b'"r"', b'"r\\u0041"'), id="an escape"),
        pytest.param(REQUEST.replace(b'"r"', b'"\\ud800"'), id="a lone surrogate"),
        pytest.param(REQUEST.replace(b'"r"', b'"r\x01"'), id="a control character"),
        pytest.param(REQUEST.replace(b'"2020-01-15"', b'"2020-01-15\\n"'), id="a date with a newline"),
        pytest.param(REQUEST.replace(b'"2020-01-15"', b'"2020-02-30"'), id="an impossible date"),
        pytest.param(REQUEST.replace(b'"KZ"', b'"kz"'), id="a word not allowed"),
        pytest.param(b"\xef\xbb\xbf" + REQUEST, id="a byte order mark"),
        pytest.param(REQUEST[:-1] + b',"urgent":true,"urgent":false}', id="a boolean twice"),
        pytest.param(REQUEST[:-1] + b',"crime":NaN}', id="NaN"),
        pytest.param(REQUEST + b"x", id="text after the object"),
        pytest.param(b"[" + REQUEST + b"]", id="in a list"),
    ],
)
def test_a_line_the_quick_parse_cannot_vouch_for_is_left_to_parse_event(raw: bytes) -> None:
    assert parse_plain_line(raw) is None
    assert parse_plain_line(REQUEST) is not None


def test_a_key_given_twice_stays_a_bad_line_through_read_events() -> None:
    twice = REQUEST.replace(b'"id":"r"', b'"id":"r","id":"s"')
    good, bad = read_events([REQUEST, twice])
    assert isinstance(good, GoodLine) and isinstance(bad, BadLine)
    assert bad.error.codes == ("repeated_key",)


def test_spaced_json_is_read_quickly_and_alike() -> None:
    spaced = json.dumps(json.loads(REQUEST), indent=None, separators=(" , ", " : ")).encode()
    assert parse_plain_line(spaced) == parse_event(REQUEST)


@given(valid_events())
@fixed_examples(300)
def test_any_valid_event_is_read_alike(event: dict[str, Any]) -> None:
    raw = json.dumps(event, ensure_ascii=False).encode("utf-8")
    _same(raw)
    assert parse_plain_line(raw) is not None or b"\\" in raw


@given(st.one_of(invalid_inputs(), valid_events()), st.sampled_from([(", ", ": "), (",", ":"), (" ,", " :")]))
@fixed_examples(300)
def test_no_input_is_read_quickly_that_parse_event_refuses(value: Any, separators: tuple[str, str]) -> None:
    if isinstance(value, bytes):
        raw = value
    elif isinstance(value, str):
        raw = value.encode("utf-8", "surrogatepass")
    else:
        try:
            raw = json.dumps(value, ensure_ascii=False, separators=separators).encode("utf-8", "surrogatepass")
        except (TypeError, ValueError, RecursionError):
            return
    _same(raw.strip())


def test_the_fast_path_file_is_read_alike(tmp_path: Path) -> None:
    """A file read through the stream reader: a good line, a repeated key, a good line again."""
    path = tmp_path / "events.jsonl"
    twice = REQUEST.replace(b'"id":"r"', b'"id":"q","id":"s"')
    path.write_bytes(REQUEST + b"\n" + twice + b"\n\n" + REQUEST.replace(b'"r"', b'"t"') + b"\n")
    with path.open("rb") as stream:
        results = list(read_events(stream))
    assert [(type(r).__name__, r.line) for r in results] == [("GoodLine", 1), ("BadLine", 2), ("GoodLine", 4)]


def test_a_line_the_quick_parse_declines_keeps_its_own_number() -> None:
    """An escaped character sends a valid line the long way (``parse_event``): it is still a good line, numbered as
    it stands in the input, blank lines counted."""
    escaped = REQUEST.replace(b'"id":"r"', b'"id":"r\\u0041"')
    assert parse_plain_line(escaped) is None
    read = list(read_events([REQUEST, b"", escaped, b"   ", REQUEST.replace(b'"r"', b'"s"')]))
    assert [(type(r), r.line) for r in read] == [(GoodLine, 1), (GoodLine, 3), (GoodLine, 5)]
    assert [r.event.id for r in read if isinstance(r, GoodLine)] == ["r", "rA", "s"]
