"""Reading events from JSON Lines: one result per line, good lines never lost, bad lines reported.

Lines are read one at a time (memory stays flat however long the input). A line that is plainly
valid is parsed straight from its bytes (``parse_plain_line``); any other is decoded as UTF-8 and
parsed with ``parse_event``, which names each fault: the result is the same either way. A blank
line is not a record and is skipped. A line longer than ``MAX_LINE_BYTES`` is a bad line; it is
skipped in pieces, never held whole.
A bad line keeps the event's ``id`` when the line is a JSON object whose ``id`` is a string of
an id's length (1 to 256 characters) that UTF-8 can write, however wrong the rest is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..catalogs import N_
from ..errors import ErrorCode, FieldError, InvalidEvent
from .events import AnyEvent, not_utf8, parse_event, parse_plain_line, read_json, writable_as_utf8

#: The longest line read as an event: far beyond any event's size (a response with a thousand conditions of
#: 2,000 characters is 2 MiB), small enough that reading it keeps the command's memory bounded.
MAX_LINE_BYTES = 4 * 1024 * 1024
_CHUNK = 1024 * 1024
_LINE_TOO_LONG = N_("line longer than %(limit)s bytes")


@dataclass(frozen=True)
class BadLine:
    """A line that is not a valid event: its number, the faults, and the event's id if one could be read."""

    line: int
    error: InvalidEvent
    id: str | None = None

    def to_record(self, locale: str | None = None) -> dict[str, object]:
        """The error record written in place of an evaluation (``id`` only when one was read): ``error`` the kind
        of record, ``code`` the first fault's, ``message`` and each fault's ``message`` in ``locale``'s language."""
        return {
            "line": self.line,
            **({} if self.id is None else {"id": self.id}),
            "error": self.error.code,
            "code": self.error.errors[0].code.value,
            "message": self.error.described(locale),
            "errors": [e.to_record(locale) for e in self.error.errors],
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
            fault = FieldError.of("", ErrorCode.LINE_TOO_LONG, _LINE_TOO_LONG, limit=f"{MAX_LINE_BYTES:,}")
            yield BadLine(number, InvalidEvent([fault], line=number))
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        event = parse_plain_line(stripped)
        if event is not None:
            yield GoodLine(number, event)
            continue
        try:
            text = stripped.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadLine(number, InvalidEvent([not_utf8(exc)], line=number))
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
    # A lone surrogate (``\ud800`` in the JSON) could not be written out.
    return value if writable_as_utf8(value) else None
