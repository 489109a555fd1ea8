"""Reading events from JSON Lines: one result per line, good lines never lost, bad lines reported.

Lines are read one at a time (memory stays flat however long the input), decoded as UTF-8
per line, and parsed with ``parse_event``. A blank line is not a record and is skipped. A
line longer than ``MAX_LINE_BYTES`` is a bad line; it is skipped in pieces, never held whole.
A bad line keeps the event's ``id`` when the line is a JSON object whose ``id`` is a string of
an id's length (1 to 256 characters) that UTF-8 can write, however wrong the rest is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..errors import FieldError, InvalidEvent
from .events import AnyEvent, parse_event, read_json

#: The longest line read as an event: far beyond any event's size (a response with a thousand conditions of
#: 2,000 characters is 2 MiB), small enough that reading it keeps the command's memory bounded.
MAX_LINE_BYTES = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BadLine:
    """A line that is not a valid event: its number, the faults, and the event's id if one could be read."""

    line: int
    error: InvalidEvent
    id: str | None = None

    def to_record(self) -> dict[str, object]:
        """The error record written in place of an evaluation (``id`` only when one was read)."""
        return {
            "line": self.line,
            **({} if self.id is None else {"id": self.id}),
            "error": self.error.code,
            "message": str(self.error),
            "errors": [{"field": e.field, "message": e.message} for e in self.error.errors],
        }


@dataclass(frozen=True)
class GoodLine:
    """A line that parsed: its number and the typed event."""

    line: int
    event: AnyEvent


@runtime_checkable
class _Readable(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def _bounded_lines(stream: _Readable) -> Iterator[bytes | None]:
    """The lines of ``stream``; a line longer than ``MAX_LINE_BYTES`` is read past in pieces and given as ``None``."""
    while line := stream.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def read_events(lines: Iterable[bytes]) -> Iterator[GoodLine | BadLine]:
    """Parse each non-blank line; yield a ``GoodLine`` or a ``BadLine`` for every one of them, in order.

    ``lines`` is a binary stream (read with a bound on each line) or any iterable of lines.
    """
    source: Iterable[bytes | None] = _bounded_lines(lines) if isinstance(lines, _Readable) else lines
    for number, raw in enumerate(source, start=1):
        if raw is None or len(raw) > MAX_LINE_BYTES:
            fault = FieldError("", f"line longer than {MAX_LINE_BYTES:,} bytes")
            yield BadLine(number, InvalidEvent([fault], line=number))
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        try:
            text = stripped.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadLine(
                number, InvalidEvent([FieldError("", f"not UTF-8 text: {exc.reason} at byte {exc.start}")], line=number)
            )
            continue
        try:
            yield GoodLine(number, parse_event(text, line=number))
        except InvalidEvent as exc:
            yield BadLine(number, exc, _readable_id(text))


#: The longest id kept from a bad line: an event's id is at most this long (``events.NonEmpty``).
_MAX_ID = 256


def _readable_id(text: str) -> str | None:
    """The ``id`` of a line that is not a valid event, when it is a JSON object with a string ``id`` of an id's length
    that is text (no lone surrogate)."""
    payload, fault = read_json(text)
    if fault is not None or not isinstance(payload, dict):
        return None
    value = payload.get("id")
    if not isinstance(value, str) or not 1 <= len(value) <= _MAX_ID:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (``\ud800`` in the JSON): it could not be written out
        return None
    return value
