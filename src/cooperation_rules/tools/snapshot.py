"""Decision snapshots: what a rulebook decides on every event of a corpus, one canonical line per event.

A *corpus* is a folder of event sets. Every ``NAME.jsonl`` in it is a set of events (JSON Lines,
the wire format of ``examples/events.jsonl``); ``NAME.lifecycle.json`` beside it, if present, is
that set's lifecycle, and a set without one is evaluated with no lifecycle. Sets are taken in
name order, events in file order.

A *snapshot* holds one record per event, keyed ``"SET/ID"``, with the decision: the verdict
and the provisions that decide it, the duties (kind, bearer, Parties, due date, immediacy,
provisions), the provisions quoted, and the findings: every rule that fired, with its effect
(verdict, duty kinds) and the provisions it cites, for each is a reason the explanation gives a
person. Quoted texts, the engine and the receipt are left out, and duties, findings and provisions
are in a canonical order, so reordering the rules of a file leaves the snapshot byte for byte the
same, while any change in what is decided, or in why, shows (renaming a rule shows as a changed
finding).
A set with a lifecycle starts with a record ``"SET/lifecycle"`` for the duties the Agreement's
own life creates (Art. 13(1), (2)). A line that is not a valid event, and an event no rule gives
a verdict, are error records in place of their decision: one bad record never stops the rest.

``dump_snapshot`` writes one JSON object per line with sorted keys, no spaces and ``\\n`` line
ends, so equal decisions give equal bytes; ``read_snapshot`` reads such a file back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, StrictBool, StrictStr, ValidationError

from ..errors import CooperationRulesError, FieldError, InvalidEvent, InvalidLifecycle, RulebookGap
from ..evaluation.answers import Duty, Finding
from ..law.lifecycle import Lifecycle
from ..model.bounded import MAX_REPORT_BYTES, read_bounded
from ..model.events import field_path, read_json
from ..model.jsonl import BadLine, GoodLine, read_events
from ..model.vocabulary import Engine
from ..rulebook.rulebook import Rulebook

#: The suffix of an event set's file in a corpus, and of its lifecycle's file.
EVENTS_SUFFIX: Final = ".jsonl"
LIFECYCLE_SUFFIX: Final = ".lifecycle.json"
#: The key, inside a set, of the record of the duties the Agreement's own life creates.
LIFECYCLE_KEY: Final = "lifecycle"
#: Event ids a corpus keeps for its own records: ``lifecycle`` and ``line-N`` (the record of a bad line N).
_RESERVED_ID = re.compile(r"^(?:lifecycle|line-\d+)$")


class CorpusError(CooperationRulesError, ValueError):
    """A corpus that cannot be read: names the folder or file and, where there is one, the line."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}, line {line}"
        super().__init__(f"{where}: {message}")


class SnapshotError(CooperationRulesError, ValueError):
    """A snapshot file that cannot be read: names the file, the line and, where there is one, the field."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None, field: str | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.message = message
        parts = [self.path]
        if line is not None:
            parts.append(f"line {line}")
        if field:
            parts.append(f"field {field!r}")
        super().__init__(f"{', '.join(parts)}: {message}")


@dataclass(frozen=True, slots=True)
class CorpusSet:
    """One set of a corpus: its name, its file, its lifecycle (or none), and its lines parsed once.

    ``lines`` holds, in file order, every non-blank line: a ``GoodLine`` (its number and typed
    event) or a ``BadLine`` (its number and the faults).
    """

    name: str
    path: Path
    lifecycle: Lifecycle | None
    lines: tuple[GoodLine | BadLine, ...]

    @property
    def events(self) -> tuple[GoodLine, ...]:
        """The lines that are valid events, in file order."""
        return tuple(item for item in self.lines if isinstance(item, GoodLine))

    @property
    def bad_lines(self) -> tuple[BadLine, ...]:
        """The lines that are not valid events, in file order."""
        return tuple(item for item in self.lines if isinstance(item, BadLine))


def _unique_ids(lines: Iterable[GoodLine | BadLine]) -> Iterator[GoodLine | BadLine]:
    """The lines, with an event whose id is reserved or already used in the set made a bad line.

    Every record of a snapshot has a key of its own: ``SET/ID`` for an event, ``SET/line-N`` for a
    bad line, ``SET/lifecycle`` for the lifecycle. An id of the form ``line-N`` or ``lifecycle``, or
    an id a line above already has, would make two records with one key.
    """
    first: dict[str, int] = {}
    for item in lines:
        if isinstance(item, BadLine):
            yield item
            continue
        event_id = item.event.id
        fault: str | None = None
        if _RESERVED_ID.match(event_id):
            fault = f"id {event_id!r} is kept for the corpus's own records (lifecycle, line-N); choose another"
        elif event_id in first:
            fault = f"id {event_id!r} is already used on line {first[event_id]} of this set"
        else:
            first[event_id] = item.line
        if fault is None:
            yield item
        else:
            yield BadLine(item.line, InvalidEvent([FieldError("id", fault)], line=item.line))


def read_corpus_set(path: str | Path, *, lifecycle: Lifecycle | None = None) -> CorpusSet:
    """Read one set: every line of ``path`` parsed once, with its lifecycle. ``CorpusError`` when unreadable."""
    path = Path(path)
    name = path.name.removesuffix(EVENTS_SUFFIX)
    try:
        with path.open("rb") as stream:
            lines = tuple(_unique_ids(read_events(stream)))
    except OSError as exc:
        raise CorpusError(path, f"cannot read: {exc.strerror or exc}") from None
    return CorpusSet(name=name, path=path, lifecycle=lifecycle, lines=lines)


def read_corpus(folder: str | Path) -> tuple[CorpusSet, ...]:
    """Every set of the corpus ``folder``, in name order, each with its lifecycle and its lines parsed once.

    Lines that are not valid events are kept as ``BadLine``; they never stop the others. The
    corpus itself must be readable: a ``CorpusError`` names the folder or file when ``folder`` is
    not a folder, holds no ``*.jsonl`` set, a file cannot be read, a lifecycle is not valid, or a
    lifecycle file has no set beside it.
    """
    root = Path(folder)
    if not root.is_dir():
        raise CorpusError(root, "not a folder" if root.exists() else "no such folder")
    try:
        entries = sorted(p for p in root.iterdir() if p.name.endswith((EVENTS_SUFFIX, LIFECYCLE_SUFFIX)))
    except OSError as exc:
        raise CorpusError(root, f"cannot list the folder: {exc.strerror or exc}") from None
    inside = root.resolve()
    for p in entries:  # a set or lifecycle that cannot be read must not be evaluated as if it were absent
        if not p.is_file():
            kind = "a dangling link" if p.is_symlink() and not p.exists() else "not a regular file"
            raise CorpusError(p, f"{kind}; a corpus holds files only")
        if not p.resolve().is_relative_to(inside):
            raise CorpusError(p, "a link to a file outside the corpus folder")
    names = [p.name.removesuffix(EVENTS_SUFFIX) for p in entries if p.name.endswith(EVENTS_SUFFIX)]
    if not names:
        raise CorpusError(root, f"no event sets: a corpus holds NAME{EVENTS_SUFFIX} files")
    for p in entries:
        if p.name.endswith(LIFECYCLE_SUFFIX) and p.name.removesuffix(LIFECYCLE_SUFFIX) not in names:
            stem = p.name.removesuffix(LIFECYCLE_SUFFIX)
            raise CorpusError(p, f"a lifecycle with no event set beside it (expected {stem}{EVENTS_SUFFIX})")
    sets = []
    for name in sorted(names):
        lifecycle_path = root / (name + LIFECYCLE_SUFFIX)
        lifecycle = None
        if lifecycle_path.is_file():
            try:
                lifecycle = Lifecycle.from_file(lifecycle_path)
            except InvalidLifecycle as exc:
                raise CorpusError(lifecycle_path, str(exc)) from None
        sets.append(read_corpus_set(root / (name + EVENTS_SUFFIX), lifecycle=lifecycle))
    return tuple(sets)


class _Canon:
    """What one rulebook's decisions look like in a snapshot: provisions in treaty order, duties as records.

    Built for one ``take_snapshot`` call and dropped after it; it remembers the provisions of each
    combination of deciding rules, which depend on the rulebook only.
    """

    __slots__ = ("_order", "_rulebook", "_verdict_cites")

    def __init__(self, rulebook: Rulebook) -> None:
        self._rulebook = rulebook
        self._order = {p.eid: i for i, p in enumerate(rulebook.treaty)}
        self._verdict_cites: dict[tuple[str, ...], list[str]] = {}

    def eids(self, eids: Iterable[str]) -> list[str]:
        """``eids`` in treaty order, each once."""
        return sorted(set(eids), key=self._order.__getitem__)

    def verdict_cites(self, decided_by: tuple[str, ...]) -> list[str]:
        """The provisions cited by the rules that decide the verdict, in treaty order, each once."""
        cites = self._verdict_cites.get(decided_by)
        if cites is None:
            cites = self._verdict_cites[decided_by] = self.eids(e for rid in decided_by for e in self._rulebook.rule(rid).cites)
        return list(cites)

    def duties(self, duties: Sequence[Duty]) -> list[dict[str, Any]]:
        """The duties as records, in canonical order (kind, bearer, due, immediately, provisions, Parties)."""
        if not duties:
            return []
        records = [
            {
                "kind": d.kind.value,
                "bearer": d.bearer.value,
                "parties": [p.value for p in d.parties],
                "due": None if d.due is None else d.due.isoformat(),
                "immediately": d.immediately,
                "urgently": d.urgently,
                "citations": self.eids(d.citations) if len(d.citations) > 1 else list(d.citations),
            }
            for d in duties
        ]
        if len(records) > 1:
            records.sort(key=duty_sort_key)
        return records

    def findings(self, findings: Iterable[Finding]) -> list[dict[str, Any]]:
        """The findings as records, by rule id: the rule, its verdict (or none), its duty kinds and provisions."""
        records: list[dict[str, Any]] = [
            {
                "rule": f.rule,
                "verdict": None if f.verdict is None else f.verdict.value,
                "duties": sorted(k.value for k in f.duties),
                "citations": self.eids(f.citations),
            }
            for f in findings
        ]
        records.sort(key=lambda r: str(r["rule"]))
        return records

    def lifecycle_findings(self, duties: Sequence[Duty]) -> list[dict[str, Any]]:
        """The rules that impose the duties of the Agreement's own life, as findings: no verdict, their duty kinds."""
        by_rule: dict[str, list[Duty]] = {}
        for d in duties:
            by_rule.setdefault(d.rule, []).append(d)
        return [
            {
                "rule": rule,
                "verdict": None,
                "duties": sorted({d.kind.value for d in imposed}),
                "citations": self.eids(e for d in imposed for e in d.citations),
            }
            for rule, imposed in sorted(by_rule.items())
        ]


def duty_sort_key(duty: dict[str, Any]) -> tuple[str, str, str, bool, bool, tuple[str, ...], tuple[str, ...]]:
    """The canonical order of duty records: kind, bearer, due date (none first), immediately, urgently, provisions,
    Parties."""
    return (
        duty["kind"],
        duty["bearer"],
        duty["due"] or "",
        duty["immediately"],
        duty.get("urgently", False),
        tuple(duty["citations"]),
        tuple(duty["parties"]),
    )


def _error(key: str, kind: str, message: str, **event: str) -> dict[str, Any]:
    return {"event": key, **event, "error": {"kind": kind, "message": message}}


def take_snapshot(
    rulebook: Rulebook, corpus: Iterable[CorpusSet], *, engine: Engine | str = Engine.PYTHON
) -> list[dict[str, Any]]:
    """What ``rulebook`` decides on every event of ``corpus``: one canonical record per event, in corpus order.

    A set with a lifecycle starts with the record of the duties the Agreement's own life creates.
    A bad line gives an ``invalid_event`` error record, an event no rule gives a verdict a
    ``no_verdict`` error record (a rulebook with a gap, such as a mutated one, still gives a snapshot).
    """
    canon = _Canon(rulebook)
    records: list[dict[str, Any]] = []
    append = records.append
    evaluate = rulebook.evaluate
    for corpus_set in corpus:
        prefix = corpus_set.name + "/"
        lifecycle = corpus_set.lifecycle
        if lifecycle is not None:
            duties = rulebook.lifecycle_duties(lifecycle, engine=engine)
            append(
                {
                    "event": prefix + LIFECYCLE_KEY,
                    "type": LIFECYCLE_KEY,
                    "date": None,
                    "verdict": None,
                    "verdict_cites": [],
                    "duties": canon.duties(duties),
                    "citations": canon.eids(e for d in duties for e in d.citations),
                    "findings": canon.lifecycle_findings(duties),
                }
            )
        for item in corpus_set.lines:
            if isinstance(item, BadLine):
                append(_error(f"{prefix}line-{item.line}", "invalid_event", str(item.error)))
                continue
            event = item.event
            key = prefix + event.id
            try:
                evaluation = evaluate(event, lifecycle=lifecycle, engine=engine)
            except RulebookGap as gap:
                append(_error(key, "no_verdict", str(gap), type=event.type, date=event.date.isoformat()))
                continue
            append(
                {
                    "event": key,
                    "type": event.type,
                    "date": event.date.isoformat(),
                    "verdict": evaluation.verdict.value,
                    "verdict_cites": canon.verdict_cites(evaluation.decided_by),
                    "duties": canon.duties(evaluation.duties),
                    "citations": [c.eid for c in evaluation.citations],
                    "findings": canon.findings(evaluation.findings),
                }
            )
    return records


def snapshot_errors(records: Iterable[dict[str, Any]]) -> int:
    """How many records of a snapshot are error records (bad lines, events with no verdict)."""
    return sum(1 for r in records if "error" in r)


def dump_record(record: dict[str, Any]) -> str:
    """One record as its canonical line, without the line end."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def dump_snapshot(records: Iterable[dict[str, Any]]) -> str:
    """The canonical text of a snapshot: one JSON object per line, sorted keys, no spaces, ``\\n`` line ends."""
    return "".join(dump_record(r) + "\n" for r in records)


def write_snapshot(path: str | Path, records: Iterable[dict[str, Any]]) -> None:
    """Write the canonical text of a snapshot to ``path`` as UTF-8, creating its folder if needed."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(dump_snapshot(records).encode("utf-8"))


class _Shape(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)


class _DutyShape(_Shape):
    kind: StrictStr
    bearer: StrictStr
    parties: list[StrictStr]
    due: StrictStr | None
    immediately: StrictBool
    urgently: StrictBool = False  # Art. 9(2); absent in a snapshot written before it was recorded
    citations: list[StrictStr]


class _FindingShape(_Shape):
    rule: StrictStr
    verdict: StrictStr | None
    duties: list[StrictStr]
    citations: list[StrictStr]


class _ErrorShape(_Shape):
    kind: StrictStr
    message: StrictStr


class _RecordShape(_Shape):
    """What a line of a snapshot may hold: a decision, or an error (with the event's type and date when known)."""

    event: StrictStr
    type: StrictStr | None = None
    date: StrictStr | None = None
    verdict: StrictStr | None = None
    verdict_cites: list[StrictStr] = []
    duties: list[_DutyShape] = []
    citations: list[StrictStr] = []
    findings: list[_FindingShape] | None = None
    """The rules that fired; absent in a snapshot written before findings were recorded."""
    error: _ErrorShape | None = None


def _json_fault(line: str, message: str) -> str:
    """A snapshot line's JSON fault as snapshots name it: ``not JSON: <reason> at column <n>`` for a syntax error."""
    if message.startswith("malformed JSON: "):
        try:
            json.loads(line)
        except json.JSONDecodeError as exc:
            return f"not JSON: {exc.msg} at column {exc.colno}"
        except (ValueError, RecursionError):
            pass
    return message


def parse_snapshot(text: str, *, source: str = "<snapshot>") -> list[dict[str, Any]]:
    """The records of a snapshot's text; ``SnapshotError`` names ``source``, the line and the field at fault.

    Blank lines are skipped. Each other line is a JSON object with the fields of a record; an
    event key given on two lines is an error naming both.
    """
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        record, fault = read_json(line)
        if fault is not None:  # not JSON, nested too deeply, too many lists, a key given twice
            raise SnapshotError(source, _json_fault(line, fault.message), line=number, field=fault.field or None)
        if not isinstance(record, dict):
            raise SnapshotError(source, f"a record is a JSON object, not {type(record).__name__}", line=number)
        try:
            _RecordShape.model_validate(record)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            raise SnapshotError(source, str(first["msg"]), line=number, field=field_path(first["loc"]) or None) from None
        key = record["event"]
        if key in seen:
            raise SnapshotError(source, f"event {key!r} is already on line {seen[key]}", line=number, field="event")
        seen[key] = number
        records.append(record)
    return records


def read_snapshot(path: str | Path) -> list[dict[str, Any]]:
    """The records of the snapshot file ``path``; ``SnapshotError`` names the file, the line and the field at fault."""
    try:
        data = read_bounded(path, MAX_REPORT_BYTES)
    except OSError as exc:
        raise SnapshotError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SnapshotError(path, f"not UTF-8 text: {exc.reason}", line=line) from None
    return parse_snapshot(text, source=str(path))
