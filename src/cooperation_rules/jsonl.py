"""Reading events from JSON Lines: one result per line, good lines never lost, bad lines reported.

Lines are read one at a time (memory stays flat however long the input), decoded as UTF-8
per line, and parsed with ``parse_event``. A blank line is not a record and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import FieldError, InvalidEvent
from .events import Event, parse_event


@dataclass(frozen=True)
class BadLine:
    """A line that is not a valid event: its number and the faults."""

    line: int
    error: InvalidEvent

    def to_record(self) -> dict[str, object]:
        """The error record written in place of an evaluation."""
        return {
            "line": self.line,
            "error": "invalid_event",
            "message": str(self.error),
            "errors": [{"field": e.field, "message": e.message} for e in self.error.errors],
        }


@dataclass(frozen=True)
class GoodLine:
    """A line that parsed: its number and the typed event."""

    line: int
    event: Event


def read_events(lines: Iterable[bytes]) -> Iterator[GoodLine | BadLine]:
    """Parse each non-blank line; yield a ``GoodLine`` or a ``BadLine`` for every one of them, in order."""
    for number, raw in enumerate(lines, start=1):
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
            yield BadLine(number, exc)
