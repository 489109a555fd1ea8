"""The ledger's entries written as canonical JSON, fast, byte for byte as ``model.canonical.canonical_json`` writes
them.

An entry's body holds its evaluation, and the evaluations of a case log repeat themselves: the same rules fire, so
the same findings and the same quoted provisions come back, under the same rulebook and lifecycle. Those two parts
are kept once in the store, under the digest of their canonical JSON, and the body names them by that digest (so
the chain, which covers the body, covers them too). An ``EntryWriter`` writes each shared part once (remembered by
identity, as ``evaluation.wire.WireWriter`` does for the command line) and joins the parts in canonical order (keys
sorted, no spaces, UTF-8 as it is). The writer must agree with ``canonical_json`` exactly: a test holds it to that.
It writes strings and an evaluation's parts with ``evaluation.wire``'s own helpers, whose bytes are canonical JSON's.
"""

from __future__ import annotations

import hashlib
from typing import Any, Final

from pydantic import TypeAdapter

from ..evaluation.answers import Evaluation, Receipt
from ..evaluation.wire import CITATIONS, DUTIES, FINDINGS, MAX_REMEMBERED, json_nullable, json_string, json_strings
from ..law.lifecycle import Lifecycle
from ..model.canonical import DIGEST_PREFIX, canonical_json

#: A part kept once in the store: its digest and its canonical JSON.
Part = tuple[str, str]

#: The parts of an evaluation a body names by digest.
SHARED_PARTS: Final = ("citations", "findings")


class EntryWriter:
    """Writes evaluations and entry bodies as canonical JSON, each shared part serialised once. One per ledger: two
    writers share nothing."""

    def __init__(self) -> None:
        # By identity: an outcome's parts are the same objects in every evaluation that shares it. The object is kept
        # beside its text, so that its id is not reused by another object while it is remembered.
        self._by_identity: dict[int, tuple[object, str]] = {}
        self._parts: dict[int, tuple[object, Part]] = {}
        self._receipts: dict[tuple[Any, ...], tuple[str, str]] = {}

    def _shared(self, part: Any, adapter: TypeAdapter[Any]) -> Part:
        known = self._parts.get(id(part))
        if known is not None and known[0] is part:
            return known[1]
        text = canonical_json(adapter.dump_python(part, mode="json"))
        named = (DIGEST_PREFIX + hashlib.sha256(text).hexdigest(), text.decode())
        if len(self._parts) >= MAX_REMEMBERED:
            self._parts.clear()
        self._parts[id(part)] = (part, named)
        return named

    def lifecycle(self, lifecycle: Lifecycle | None) -> str:
        """The lifecycle an entry was decided under, as canonical JSON (``null`` when none)."""
        if lifecycle is None:
            return "null"
        known = self._by_identity.get(id(lifecycle))
        if known is not None and known[0] is lifecycle:
            return known[1]
        text = canonical_json(lifecycle.model_dump(mode="json")).decode()
        if len(self._by_identity) >= MAX_REMEMBERED:
            self._by_identity.clear()
        self._by_identity[id(lifecycle)] = (lifecycle, text)
        return text

    def _receipt(self, r: Receipt) -> str:
        if r.decision_id is not None or r.decided_at is not None:
            return canonical_json(r.model_dump(mode="json")).decode()  # stamped: rare, written whole
        key = (r.library_version, r.rulebook_digest, r.rules_source, r.rules_folder, r.engine, r.lifecycle_digest)
        parts = self._receipts.get(key)
        if parts is None:
            # Sorted keys: decided_at, decision_id, engine, event_actor, event_date, library_version, lifecycle_digest,
            # rule..., so the event's own values fall between two fixed parts.
            head = f'{{"decided_at":null,"decision_id":null,"engine":{json_string(r.engine.value)},"event_actor":'
            tail = (
                f',"library_version":{json_string(r.library_version)},'
                f'"lifecycle_digest":{json_nullable(r.lifecycle_digest)},'
                f'"rulebook_digest":{json_string(r.rulebook_digest)},'
                f'"rules_folder":{json_nullable(r.rules_folder)},'
                f'"rules_source":{json_string(r.rules_source.value)}}}'
            )
            if len(self._receipts) >= MAX_REMEMBERED:
                self._receipts.clear()
            parts = self._receipts[key] = (head, tail)
        return f'{parts[0]}{json_string(r.event_actor.value)},"event_date":"{r.event_date.isoformat()}"{parts[1]}'

    def evaluation(self, e: Evaluation) -> tuple[str, tuple[Part, Part]]:
        """``e`` as canonical JSON with its citations and findings named by digest (what ``canonical_json`` gives of
        ``e.model_dump(mode="json")`` with those two replaced by their ``part_digest``), and those two parts."""
        duties = canonical_json(DUTIES.dump_python(e.duties, mode="json")).decode() if e.duties else "[]"
        citations, findings = self._shared(e.citations, CITATIONS), self._shared(e.findings, FINDINGS)
        text = (
            f'{{"assumptions":{json_strings(e.assumptions)},"citations":"{citations[0]}",'
            f'"decided_by":{json_strings(e.decided_by)},"duties":{duties},"engine":{json_string(e.engine.value)},'
            f'"event_id":{json_string(e.event_id)},"event_type":{json_string(e.event_type)},'
            f'"findings":"{findings[0]}","presumed":{json_strings(e.presumed)},'
            f'"receipt":{self._receipt(e.receipt)},"verdict":{json_string(e.verdict.value)}}}'
        )
        return text, (citations, findings)


def part_digest(text: str) -> str:
    """The digest a body names a part by: of its canonical JSON."""
    return DIGEST_PREFIX + hashlib.sha256(text.encode()).hexdigest()


def body(
    *,
    seq: int,
    case: str,
    discharges: str,
    duties: str,
    evaluation: str,
    event: str,
    link_assumptions: tuple[str, ...],
    lifecycle: str,
    resolved: str,
) -> str:
    """An entry's body as canonical JSON, from its parts written as canonical JSON already."""
    return (
        f'{{"case":{json_string(case)},"discharges":{discharges},"duties":{duties},"evaluation":{evaluation},'
        f'"event":{event},"lifecycle":{lifecycle},"link_assumptions":{json_strings(link_assumptions)},'
        f'"resolved":{resolved},"seq":{seq}}}'
    )
