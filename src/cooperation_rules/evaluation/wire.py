"""Evaluations written as JSON lines, fast, byte for byte as ``Evaluation.to_json`` writes them.

A stream of evaluations repeats itself: every event that fires the same rules shares the same
``decided_by``, findings, citations and (mostly) assumptions, and every evaluation under one rulebook,
engine and lifecycle shares most of its receipt. A ``WireWriter`` serialises each shared part once and
joins the parts; only the event's own values (id, type, verdict, duties, date, actor) are written
for each line. It keeps what it has written in a bounded memory of its own: two writers share nothing.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any, Final

from pydantic import TypeAdapter

from .answers import COMPACT_EXCLUDE, Citation, Duty, Evaluation, Finding, Receipt

#: The most shared parts a writer remembers: three for each of the 4,096 combinations of fired rules a rulebook
#: remembers (``rulebook.outcomes.MAX_OUTCOMES``). Past it, it starts again: a stream of more distinct outcomes
#: costs only the time of serialising them, never unbounded memory.
MAX_REMEMBERED: Final = 3 * 4096

#: The parts of an evaluation as lists (the case ledger's entries serialise them with these too).
FINDINGS: Final = TypeAdapter(tuple[Finding, ...])
CITATIONS: Final = TypeAdapter(tuple[Citation, ...])
DUTIES: Final = TypeAdapter(tuple[Duty, ...])
_CITATION_TEXTS: Final = {"__all__": COMPACT_EXCLUDE["citations"]["__all__"]}


#: A JSON string as pydantic and canonical JSON write it (non-ASCII characters as they are): the standard library's
#: C encoder.
json_string: Final = encode_basestring
_STRINGS: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def json_strings(values: tuple[str, ...] | list[str]) -> str:
    """A list of strings as JSON, without spaces."""
    return _STRINGS.encode(values) if values else "[]"


def json_nullable(value: str | None) -> str:
    """A string, or ``null``, as JSON."""
    return "null" if value is None else json_string(value)


class WireWriter:
    """Writes ``Evaluation``\\ s as ``Evaluation.to_json(compact=...)`` does, each shared part serialised once."""

    def __init__(self, *, compact: bool = False) -> None:
        self._compact = compact
        # By identity: the parts of an outcome are the same objects in every evaluation that shares it. The object is
        # kept beside its JSON, so an id is never reused by another object while it is remembered.
        self._by_identity: dict[int, tuple[object, str]] = {}
        self._by_value: dict[tuple[Any, ...], str] = {}

    @property
    def compact(self) -> bool:
        """Whether citations are written by eId and label only."""
        return self._compact

    def dumps(self, evaluation: Evaluation, *, line: int | None = None) -> str:
        """``evaluation`` as one line of JSON (without the newline); ``line`` first when given."""
        e = evaluation
        head = "{" if line is None else f'{{"line":{line},'
        return (
            f'{head}"event_id":{json_string(e.event_id)},"event_type":{json_string(e.event_type)},'
            f'"verdict":"{e.verdict}","decided_by":{self._shared(e.decided_by, json_strings)},'
            f'"duties":{self._duties(e.duties)},"findings":{self._shared(e.findings, self._findings)},'
            f'"citations":{self._shared(e.citations, self._citations)},'
            f'"assumptions":{self._valued(e.assumptions)},"presumed":{self._valued(e.presumed)},'
            f'"engine":"{e.engine}","receipt":{self._receipt(e.receipt)}}}'
        )

    def _shared(self, part: Any, write: Any) -> str:
        known = self._by_identity.get(id(part))
        if known is not None and known[0] is part:
            return known[1]
        text: str = write(part)
        if len(self._by_identity) >= MAX_REMEMBERED:
            self._by_identity.clear()
        self._by_identity[id(part)] = (part, text)
        return text

    def _valued(self, strings: tuple[str, ...]) -> str:
        if not strings:
            return "[]"
        text = self._by_value.get(strings)
        if text is None:
            text = json_strings(strings)
            if len(self._by_value) >= MAX_REMEMBERED:
                self._by_value.clear()
            self._by_value[strings] = text
        return text

    @staticmethod
    def _findings(findings: tuple[Finding, ...]) -> str:
        return FINDINGS.dump_json(findings).decode()

    def _citations(self, citations: tuple[Citation, ...]) -> str:
        return CITATIONS.dump_json(citations, exclude=_CITATION_TEXTS if self._compact else None).decode()

    @staticmethod
    def _duties(duties: tuple[Duty, ...]) -> str:
        return DUTIES.dump_json(duties).decode() if duties else "[]"

    def _receipt(self, r: Receipt) -> str:
        if r.decision_id is not None or r.decided_at is not None:
            return r.model_dump_json()  # stamped: rare, written whole
        key = ("receipt", r.library_version, r.rulebook_digest, r.rules_source, r.rules_folder, r.engine, r.lifecycle_digest)
        fixed = self._by_value.get(key)
        if fixed is None:
            fixed = (
                f'{{"library_version":{json_string(r.library_version)},"rulebook_digest":{json_string(r.rulebook_digest)},'
                f'"rules_source":"{r.rules_source}","rules_folder":{json_nullable(r.rules_folder)},'
                f'"engine":"{r.engine}","lifecycle_digest":{json_nullable(r.lifecycle_digest)},"event_date":"'
            )
            self._by_value[key] = fixed
        return f'{fixed}{r.event_date.isoformat()}","event_actor":"{r.event_actor}","decision_id":null,"decided_at":null}}'
