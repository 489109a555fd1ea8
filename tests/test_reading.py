"""Reading events and whole files: what a bad line records, which id it keeps, and how much is read at once.

A reader never holds more than a line's limit (4 MiB and one byte) at a time, nor more than a file's limit and one
byte: a recording stream checks how much each call asks for.
"""

from __future__ import annotations

import errno
import io
import json
from pathlib import Path

import pytest

from cooperation_rules.model.bounded import read_bounded
from cooperation_rules.model.jsonl import BadLine, GoodLine, read_events

LIMIT = 4 * 1024 * 1024


class Recording(io.RawIOBase):
    """A binary stream over ``data`` that records how many bytes each ``readline`` asks for, and cannot be iterated."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._inner = io.BytesIO(data)
        self.asked: list[int | None] = []

    def readline(self, size: int | None = -1, /) -> bytes:
        self.asked.append(size)
        return self._inner.readline(-1 if size is None else size)

    def __iter__(self) -> Recording:
        raise AssertionError("the reader iterates the stream: a line would be read whole, however long")


def test_a_stream_is_read_a_bounded_line_at_a_time_and_a_long_line_in_pieces() -> None:
    long_line = b'{"id": "' + b"x" * (LIMIT + 10) + b'"}\n'
    stream = Recording(long_line + b'{"type": "expert_deployment", "id": "e", "date": "2025-05-12", "actor": "KZ"}\n')
    first, second = list(read_events(stream))
    assert isinstance(first, BadLine) and isinstance(second, GoodLine)
    assert stream.asked[0] == LIMIT + 1  # the first piece: one byte over the limit tells a long line
    assert all(size is not None and 0 < size <= LIMIT + 1 for size in stream.asked), stream.asked
    assert len(stream.asked) >= 3  # the rest of the long line was read in pieces, then the next line


def test_a_bad_line_records_its_number_id_and_faults() -> None:
    line = json.dumps({"type": "expert_deployment", "id": "kz-exp-1", "date": "2025-05-12"}).encode("utf-8")
    [bad] = list(read_events([b"\n", line]))
    assert isinstance(bad, BadLine) and bad.error.line == 2
    assert bad.to_record() == {
        "line": 2,
        "id": "kz-exp-1",
        "error": "invalid_event",
        "code": "missing",
        "message": "invalid event: actor: missing: the field is required",
        "errors": [{"code": "missing", "field": "actor", "message": "missing: the field is required"}],
    }
    [nameless] = list(read_events([b'{"type": "expert_deployment"}']))
    record = nameless.to_record()
    assert "id" not in record and record["line"] == 1 and record["error"] == "invalid_event"


def test_a_line_that_is_not_utf8_names_the_byte_and_its_line() -> None:
    [bad] = list(read_events([b'{"id": "a"}\n'.replace(b"a", b"\xff")]))
    assert isinstance(bad, BadLine)
    [fault] = bad.error.errors
    assert (fault.field, fault.code.value, fault.message) == ("", "not_utf8", "not UTF-8 text: invalid start byte at byte 8")
    assert bad.error.line == 1


def test_a_line_too_long_names_its_line() -> None:
    [bad] = list(read_events([b"\n", b" " * (LIMIT + 1)]))  # the blank line 1 is skipped
    assert isinstance(bad, BadLine) and bad.line == 2 and bad.error.line == 2


@pytest.mark.parametrize(
    ("payload", "kept"),
    [
        ({"type": "nope", "id": "x"}, "x"),  # one character is an id
        ({"type": "nope", "id": ""}, None),
        ({"type": "nope", "id": 5}, None),
        ({"type": "nope"}, None),
        ({"type": "nope", "ID": "x"}, None),
        ([{"id": "x"}], None),
    ],
    ids=["one-character", "empty", "a-number", "absent", "another-key", "not-an-object"],
)
def test_the_id_kept_from_a_bad_line(payload: object, kept: str | None) -> None:
    [bad] = list(read_events([json.dumps(payload).encode("utf-8")]))
    assert isinstance(bad, BadLine) and bad.id == kept


def test_an_id_with_a_lone_surrogate_is_not_kept() -> None:
    [bad] = list(read_events([b'{"type": "nope", "id": "a\\ud800"}']))
    assert isinstance(bad, BadLine) and bad.id is None


def test_a_line_that_is_not_json_keeps_no_id() -> None:
    [bad] = list(read_events([b'{"id": "x", ']))
    assert isinstance(bad, BadLine) and bad.id is None


def test_a_bounded_file_is_read_as_bytes_and_a_refusal_names_it(tmp_path: Path) -> None:
    path = tmp_path / "input"
    path.write_bytes(b"\xff\xfe\r\n")  # not UTF-8, and a line end that text mode would change
    assert read_bounded(path, 4) == b"\xff\xfe\r\n"
    with pytest.raises(OSError) as raised:
        read_bounded(path, 3)
    assert (raised.value.errno, raised.value.strerror, raised.value.filename) == (errno.EFBIG, "larger than 3 bytes", str(path))


def test_a_file_without_end_is_refused_after_its_limit() -> None:
    """``/dev/zero`` never ends: the reader stops one byte past the limit (a reader that read it whole never would)."""
    with pytest.raises(OSError) as raised:
        read_bounded("/dev/zero", 1000)
    assert raised.value.strerror == "larger than 1,000 bytes"
