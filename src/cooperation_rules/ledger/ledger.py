"""``Ledger``: the case ledger of the cooperation, opened on a store.

Every event is judged in the context of what the ledger holds (``links``), under the Agreement's life as the
recorded notices make it (and the ``Lifecycle`` given up front), and persisted with its evaluation, its receipt and
the duties it opens or discharges, in one transaction per call, as one more link of the hash chain (``chain``).
Nothing recorded is updated or deleted.
"""

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..catalogs import N_
from ..errors import ConflictingEvent, LedgerError
from ..evaluation.answers import Evaluation
from ..law.lifecycle import Lifecycle, Suspension
from ..model.canonical import canonical_json
from ..model.events import AnyEvent, Consent, Event, parse_event
from ..model.vocabulary import AgreementStatus, DutyKind, Party, Subject
from ..rulebook.rulebook import Rulebook
from . import encoding, verification
from .chain import GENESIS, Checkpoint, Verification, link
from .duties import (
    DISCHARGES,
    ENDING_WITH_AGREEMENT,
    SURVIVING,
    DutyStatus,
    DutyTiming,
    LedgerDuty,
    duty_id,
    effective_due,
    status_on,
    timing_of,
)
from .links import Resolution, resolve
from .postgresql_store import PostgresqlStore
from .results import DataRecord, Recorded, RecordKind, ReplayDifference
from .sqlite_store import SqliteStore
from .stores import open_store

#: The notices that make the Agreement's life (Art. 17, 18(2)), and the notifications that bring it into force (Art. 18(1)).
_NOTICES = ("suspension_notice", "suspension_lifting_notice", "termination_notice", "procedures_notification")
_DESTROY = (DutyKind.MUST_DESTROY, DutyKind.MUST_RECORD_DESTRUCTION)


#: The most recorded events a ledger remembers by id, to resolve references without asking the store.
_MAX_CACHED = 65_536
#: How many ids one query asks about at once (far below every store's limit on parameters).
_CHUNK = 500


@dataclass
class _Batch:
    """What one write transaction knows as it records: the head of the chain, the lifecycle, the ids the store
    holds, and what it has recorded so far."""

    seq: int
    head: str
    lifecycle: Lifecycle | None
    stored: dict[str, tuple[int, str]]
    recorded: dict[str, Recorded] = field(default_factory=dict)
    events: dict[str, AnyEvent] = field(default_factory=dict)
    parts: set[str] = field(default_factory=set)


#: The kinds of duty that end with the Agreement, as an SQL list (``_DutyFilter.on``).
_ENDING_KINDS = ", ".join(f"'{k.value}'" for k in sorted(ENDING_WITH_AGREEMENT))


@dataclass(frozen=True)
class _DutyFilter:
    """What ``Ledger.duties`` and ``Ledger.count_duties`` ask of a duty: conditions on its own columns, written after
    ``{t}.`` (the duties, or the duties discharged, which repeat those columns), whether it is discharged by
    ``day`` (``None``: either), its case, and the Agreement's state that day."""

    day: str
    where: str
    params: list[Any]
    discharged: bool | None
    case: str | None
    agreement: AgreementStatus
    partial: frozenset[Subject]

    def on(self, table: str) -> str:
        """The conditions written for ``table``: the duties ``d``, or the duties discharged ``y``. ``{ends}`` is the test
        that a duty's kind ends with the Agreement: the duties hold their kind; the duties discharged do not, and look
        it up by the duty's id (only once the Agreement has ended, and only when a status is asked)."""
        ends = (
            f"d.kind IN ({_ENDING_KINDS})"
            if table == "d"
            else f"EXISTS (SELECT 1 FROM duties k WHERE k.duty_id = {table}.duty_id AND k.kind IN ({_ENDING_KINDS}))"
        )
        return self.where.format(t=table, ends=ends)

    def joined(self, duties: str = "duties d") -> tuple[str, list[Any]]:
        """``FROM`` the duties ``d`` (as ``duties`` names them) joined with their discharges by that day ``x``,
        ``WHERE`` the filter holds: the clauses and their parameters."""
        where, params = self.on("d"), [self.day, *self.params]
        if self.discharged is not None:
            where += " AND x.duty_id IS NOT NULL" if self.discharged else " AND x.duty_id IS NULL"
        if self.case is not None:
            where += " AND d.case_id = ?"
            params.append(self.case)
        return f" FROM {duties} LEFT JOIN discharges x ON x.duty_id = d.duty_id AND x.on_date <= ? WHERE {where}", params


def _wire(event: Event) -> dict[str, Any]:
    """The event as stated: the fields given, and its type."""
    data = event.model_dump(mode="json", exclude_unset=True)
    data["type"] = type(event).model_fields["type"].default
    return data


class Ledger:
    """The case ledger (see the module's documentation). Open it with ``Ledger.open``; close it, or use ``with``."""

    def __init__(
        self, store: SqliteStore | PostgresqlStore, rulebook: Rulebook, lifecycle: Lifecycle | None, assume_unknown: bool
    ) -> None:
        self._store = store
        self._rulebook = rulebook
        self._initial = lifecycle
        self._assume_unknown = assume_unknown
        # Where another process can open the same store (to check a long log side by side), if it can.
        self._url: str | None = None
        self._writer = encoding.EntryWriter()
        # Recorded events by id, as resolved: an entry never changes, so what was committed stays true. Bounded.
        self._events: dict[str, AnyEvent] = {}
        # The digests of the parts committed to the store, and the text of those read back. Bounded.
        self._parts_stored: set[str] = set()
        self._part_texts: dict[str, str] = {}

    @classmethod
    def open(
        cls,
        url: str,
        *,
        rulebook: Rulebook | None = None,
        lifecycle: Lifecycle | None = None,
        assume_unknown: bool = False,
    ) -> "Ledger":
        """Open (creating or upgrading) the ledger at ``url``: ``:memory:``, ``sqlite:///path.db``, a file path, or
        ``postgresql://...`` (the ``postgresql`` extra).

        ``lifecycle`` is what is known of the Agreement's life before the notices the ledger records (they are added
        to it); ``assume_unknown`` judges an event naming an unrecorded request or transfer as stated, naming the
        assumption, instead of refusing it with ``UnknownReference``.
        """
        try:
            store = open_store(url)
        except LedgerError:
            raise
        except Exception as exc:  # sqlite3.DatabaseError: not a database, cannot open
            raise LedgerError(N_("cannot open the ledger %(address)s: %(reason)s"), address=repr(url), reason=str(exc)) from None
        ledger = cls(store, rulebook or Rulebook.load(engine="python"), lifecycle, assume_unknown)
        ledger._url = None if store.path == ":memory:" else url  # a file or a server, which another process can open
        return ledger

    def close(self) -> None:
        """Close the store."""
        self._store.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The version of the store's schema."""
        return self._store.version()

    # ------------------------------------------------------------------------------------------------ lifecycle

    def lifecycle(self) -> Lifecycle | None:
        """The Agreement's life as the ledger knows it now: the lifecycle given, with every notice recorded.

        The Art. 18(1) notifications recorded give the day of entry into force, instead of the published one, unless
        the lifecycle given up front has notifications or a day of entry into force of its own: that stands
        (``_entry_notifications`` says which notifications count; ``docs/interpretation.md``, "The case ledger")."""
        placeholders = ", ".join("?" * len(_NOTICES))
        rows = self._store.all(f"SELECT event_json FROM entries WHERE event_type IN ({placeholders}) ORDER BY seq", _NOTICES)
        if not rows:
            return self._initial
        notices = [parse_event(text) for (text,) in rows]
        given = self._initial
        counted = self._entry_notifications(notices)
        if counted:
            base = (given or Lifecycle()).model_copy(update={"notifications_received": counted})
        else:
            base = given or Lifecycle(entered_into_force=self._rulebook.agreement.entered_into_force.date)
        suspensions: list[tuple[Party | None, Suspension]] = [(None, s) for s in base.suspensions]
        termination = base.termination_notice_received
        for notice in notices:
            if notice.type == "suspension_notice":
                suspensions.append(
                    (notice.actor, Suspension(notice_received=notice.date, ground=notice.ground, scope=notice.scope))
                )
            elif notice.type == "suspension_lifting_notice":
                # Art. 17: a Party abolishes the suspension it introduced; the latest one of that scope still in place.
                for i in range(len(suspensions) - 1, -1, -1):
                    party, s = suspensions[i]
                    if party in (notice.actor, None) and s.scope == notice.scope and s.lifted_notice_received is None:
                        if notice.date >= s.notice_received:
                            suspensions[i] = (party, s.model_copy(update={"lifted_notice_received": notice.date}))
                        break
            elif notice.type == "termination_notice" and (termination is None or notice.date < termination):
                termination = notice.date
        return base.model_copy(
            update={"suspensions": tuple(s for _, s in suspensions), "termination_notice_received": termination}
        )

    def _entry_notifications(self, notices: list[AnyEvent]) -> tuple[dt.date, ...]:
        """The days of the Art. 18(1) notifications recorded that count for the entry into force, in the order recorded.

        None when the lifecycle given up front has notifications or a day of entry into force: what the caller gave
        stands (its dates name no Party, so a notification recorded cannot be told from one it holds). Otherwise a
        notification counts when it is the first of its Party and was received while the Agreement, as the ledger
        knew it when the notification was recorded, was not yet in force: after the signature (before it, nothing is
        of the Agreement: the final clause), and, while none has counted and no lifecycle was given, before the
        published day of entry into force, on which the Agreement was then taken to be in force. Each counted is one
        the rules judged permitted (``art_18.procedures_notification``); a second one from the same Party is judged
        but does not count: each Party notifies once, for its own internal procedures.
        """
        given = self._initial
        if given is not None and (given.notifications_received or given.entered_into_force is not None):
            return ()
        agreement = self._rulebook.agreement
        published = agreement.entered_into_force.date
        counted: dict[Party, dt.date] = {}
        for notice in notices:
            if notice.type != "procedures_notification" or notice.actor in counted or notice.date < agreement.signed:
                continue
            if not counted and given is None and notice.date >= published:
                continue  # judged while the Agreement was presumed in force since the published day: it changed nothing
            counted[notice.actor] = notice.date
        return tuple(counted.values())

    # ------------------------------------------------------------------------------------------------ recording

    def record(self, event: AnyEvent | Mapping[str, Any] | str | bytes) -> Recorded:
        """Judge ``event`` with what the ledger holds and persist it, its evaluation and its duties (one transaction)."""
        return self.record_many([event])[0]

    def record_many(self, events: Iterable[AnyEvent | Mapping[str, Any] | str | bytes]) -> list[Recorded]:
        """Record ``events`` in order, in one transaction: all of them, or (on the first error, raised) none."""
        typed = [parse_event(dict(e) if isinstance(e, Mapping) else e) for e in events]
        out: list[Recorded] = []
        with self._store.transaction():
            # The write lock is held from here: nothing but this batch changes the store until it commits, so the
            # head, the lifecycle and what the batch records are known here without asking the store again.
            seq, head = self._head()
            batch = _Batch(seq=seq, head=head, lifecycle=self.lifecycle(), stored=self._stored_of(typed))
            for event in typed:
                out.append(self._record_one(event, batch))
        # Only what was committed is remembered beyond the batch (a batch rolled back leaves no trace here).
        if len(self._events) + len(batch.events) > _MAX_CACHED:
            self._events.clear()
        self._events.update(batch.events)
        if len(self._parts_stored) > _MAX_CACHED:
            self._parts_stored.clear()
        self._parts_stored |= batch.parts
        return out

    def _stored_of(self, events: list[AnyEvent]) -> dict[str, tuple[int, str]]:
        """The events of ``events``' ids the store holds already: position and content as stated."""
        ids = list(dict.fromkeys(e.id for e in events))
        found: dict[str, tuple[int, str]] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            rows = self._store.all(
                f"SELECT event_id, seq, event_json FROM entries WHERE event_id IN ({', '.join('?' * len(chunk))})", chunk
            )
            found.update((str(r[0]), (int(r[1]), str(r[2]))) for r in rows)
        return found

    def _lookup_in(self, batch: "_Batch") -> Callable[[str], AnyEvent | None]:
        def lookup(event_id: str) -> AnyEvent | None:
            known = batch.events.get(event_id) or self._events.get(event_id)
            if known is not None:
                return known
            row = self._store.one("SELECT resolved_json FROM entries WHERE event_id = ?", (event_id,))
            return None if row is None else parse_event(str(row[0]))

        return lookup

    def _consents(self, transfer_id: str) -> list[Consent]:
        # Ordered here rather than by the store: sorting the few rows found keeps the search on the transfer's index.
        rows = self._store.all(
            "SELECT seq, event_json FROM entries WHERE transfer_id = ? AND event_type = 'consent'", (transfer_id,)
        )
        return [parse_event(text) for _, text in sorted(rows)]  # type: ignore[misc]

    def _head(self) -> tuple[int, str]:
        row = self._store.one("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

    def _record_one(self, event: AnyEvent, batch: "_Batch") -> Recorded:
        stated = canonical_json(_wire(event)).decode()
        stored = batch.stored.get(event.id)
        if stored is not None:
            if stored[1] != stated:
                raise ConflictingEvent(
                    N_("event %(event)s is already recorded with a different content; the ledger is append-only"),
                    event=repr(event.id),
                )
            return batch.recorded.get(event.id) or self._recorded(stored[0])
        lifecycle = batch.lifecycle
        resolution = resolve(event, self._lookup_in(batch), self._consents, assume_unknown=self._assume_unknown)
        evaluation = self._rulebook.evaluate(resolution.event, lifecycle=lifecycle)
        seq, previous = batch.seq + 1, batch.head
        duties = self._duty_rows(resolution, evaluation)
        discharges = self._discharges(resolution)
        resolved = stated if resolution.event is event else canonical_json(_wire(resolution.event)).decode()
        duty_texts = [canonical_json(d).decode() for d in duties]
        evaluation_text, parts = self._writer.evaluation(evaluation)
        for named, part in parts:
            if named not in self._parts_stored and named not in batch.parts:
                self._store.execute(
                    "INSERT INTO parts (digest, json) VALUES (?, ?) ON CONFLICT (digest) DO NOTHING", (named, part)
                )
                batch.parts.add(named)
        text = encoding.body(
            seq=seq,
            case=resolution.case,
            discharges=canonical_json(discharges).decode(),
            duties=f"[{','.join(duty_texts)}]",
            evaluation=evaluation_text,
            event=stated,
            link_assumptions=resolution.assumptions,
            lifecycle=self._writer.lifecycle(lifecycle),
            resolved=resolved,
        )
        hashed = link(previous, text)
        self._store.execute(
            "INSERT INTO entries (seq, event_id, event_type, event_date, actor, case_id, request_id, transfer_id,"
            " event_json, resolved_json, body, previous, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq, event.id, event.type, event.date.isoformat(), event.actor.value, resolution.case,
                resolution.request_id, resolution.transfer_id, stated, resolved, text, previous, hashed,
            ),
        )  # fmt: skip
        if duties:
            self._store.execute_many(
                "INSERT INTO duties (duty_id, seq, source_event_id, case_id, rule, kind, parties, opened_on, due, timing,"
                " effective_due, survives, request_id, transfer_id, duty_json, subject)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        d["duty_id"], seq, event.id, resolution.case, d["rule"], d["kind"], " ".join(d["bearer"]),
                        d["opened_on"], d["due"], d["timing"], d["effective_due"], int(DutyKind(d["kind"]) in SURVIVING),
                        resolution.request_id, resolution.transfer_id, dtext,
                        None if resolution.subject is None else resolution.subject.value,
                    )
                    for d, dtext in zip(duties, duty_texts, strict=True)
                ],
            )  # fmt: skip
        if discharges:
            self._store.execute_many(
                "INSERT INTO discharges (duty_id, seq, by_event_id, on_date) VALUES (?, ?, ?, ?)",
                [(x["duty_id"], seq, event.id, x["on_date"]) for x in discharges],
            )
            self._store.execute_many(
                "INSERT INTO discharged (duty_id, on_date, effective_due, opened_on, survives, subject, parties)"
                " SELECT duty_id, ?, effective_due, opened_on, survives, subject, parties FROM duties WHERE duty_id = ?",
                [(x["on_date"], x["duty_id"]) for x in discharges],
            )
        recorded = Recorded(
            seq=seq,
            hash=hashed,
            event_id=event.id,
            case=resolution.case,
            evaluation=evaluation,
            opened=tuple(d["duty_id"] for d in duties),
            discharged=tuple(x["duty_id"] for x in discharges),
            link_assumptions=resolution.assumptions,
        )
        batch.seq, batch.head = seq, hashed
        batch.stored[event.id] = (seq, stated)
        batch.recorded[event.id] = recorded
        batch.events[event.id] = resolution.event
        if event.type in _NOTICES:
            batch.lifecycle = self.lifecycle()
        return recorded

    def _recorded(self, seq: int) -> Recorded:
        """An entry recorded by an earlier call, as ``record`` answered it then."""
        row = self._store.one("SELECT body, hash FROM entries WHERE seq = ?", (seq,))
        body: dict[str, Any] = json.loads(row[0]) if row else {}
        return Recorded(
            seq=seq,
            hash=str(row[1]) if row else "",
            event_id=body["event"]["id"],
            case=body["case"],
            evaluation=self._evaluation_of(body["evaluation"]),
            opened=tuple(d["duty_id"] for d in body["duties"]),
            discharged=tuple(x["duty_id"] for x in body["discharges"]),
            link_assumptions=tuple(body["link_assumptions"]),
        )

    def _duty_rows(self, resolution: Resolution, evaluation: Evaluation) -> list[dict[str, Any]]:
        event = resolution.event
        ranks: dict[tuple[str, DutyKind], int] = {}
        rows = []
        for duty in evaluation.duties:
            rank = ranks[(duty.rule, duty.kind)] = ranks.get((duty.rule, duty.kind), -1) + 1
            due = effective_due(duty, event.date)
            rows.append(
                {
                    "duty_id": duty_id(event.id, duty.rule, duty.kind, rank),
                    "rule": duty.rule,
                    "kind": duty.kind.value,
                    "citations": list(duty.citations),
                    "bearer": sorted(p.value for p in duty.parties),
                    "opened_on": event.date.isoformat(),
                    "due": None if duty.due is None else duty.due.isoformat(),
                    "timing": timing_of(duty).value,
                    "effective_due": None if due is None else due.isoformat(),
                }
            )
        return rows

    def _discharges(self, resolution: Resolution) -> list[dict[str, Any]]:
        """The open duties ``resolution.event`` performs (``duties.DISCHARGES``), by a Party that bears them."""
        event = resolution.event
        if event.type not in DISCHARGES:
            return []
        field, kinds = DISCHARGES[event.type]
        key = getattr(event, field)
        # A request or a transfer names the duty's own; ``regarding`` (a notification) names the event that opened it.
        column = "source_event_id" if field == "regarding" else field
        rows = self._store.all(
            f"SELECT d.duty_id, d.kind, d.parties FROM duties d LEFT JOIN discharges x ON x.duty_id = d.duty_id"
            f" WHERE d.{column} = ? AND x.duty_id IS NULL ORDER BY d.seq, d.duty_id",
            (key,),
        )
        found = [
            {"duty_id": r[0], "on_date": event.date.isoformat()}
            for r in rows
            if DutyKind(r[1]) in kinds and event.actor.value in str(r[2]).split()
        ]
        if event.type == "destruction":
            found.extend(self._destroyed_on_expiry(event))
        return found

    def _destroyed_on_expiry(self, event: AnyEvent) -> list[dict[str, Any]]:
        """The duties to destroy all personal data obtained under the Agreement on its expiry (Art. 10, item 5, last
        sentence) that ``event`` completes: a duty of the destroying Party, once the data of every transfer its
        bearers received is destroyed (a duty both Parties bear, once every transfer recorded is destroyed)."""
        rows = self._store.all(
            "SELECT d.duty_id, d.parties FROM duties d LEFT JOIN discharges x ON x.duty_id = d.duty_id"
            " WHERE d.transfer_id IS NULL AND d.request_id IS NULL AND x.duty_id IS NULL AND d.kind IN (?, ?)",
            tuple(k.value for k in _DESTROY),
        )
        done = []
        for duty, parties in rows:
            bearers = str(parties).split()
            if event.actor.value not in bearers:
                continue
            # The receivers are the counterparts of the senders: a transfer by X is held by the other Party.
            senders = [Party(p).other.value for p in bearers]
            held = self._store.all(
                "SELECT t.event_id FROM entries t WHERE t.event_type = 'transfer'"
                f" AND t.actor IN ({', '.join('?' * len(senders))})"
                " AND NOT EXISTS (SELECT 1 FROM entries d WHERE d.event_type = 'destruction' AND d.transfer_id = t.event_id)",
                senders,
            )
            if not [h for (h,) in held if h != getattr(event, "transfer_id", None)]:
                done.append({"duty_id": duty, "on_date": event.date.isoformat()})
        return done

    # ------------------------------------------------------------------------------------------------ duties

    def _agreement_on(self, day: dt.date) -> tuple[AgreementStatus, frozenset[Subject]]:
        """The Agreement's status on ``day`` and the subjects a partial suspension reaches that day."""
        lifecycle = self.lifecycle()
        if lifecycle is None:
            entered = self._rulebook.agreement.entered_into_force.date
            return (AgreementStatus.IN_FORCE if day >= entered else AgreementStatus.NOT_IN_FORCE), frozenset()
        agreement = self._rulebook.agreement
        return lifecycle.status_on(day, agreement), lifecycle.suspended_subjects_on(day, agreement)

    def _duty_filter(
        self, as_of: dt.date, status: DutyStatus | str | None, bearer: Party | str | None, case: str | None
    ) -> _DutyFilter:
        """The conditions on a duty's own columns (named after ``{t}.``) that ``duties`` and ``count_duties`` ask."""
        day = as_of.isoformat()
        agreement, subjects = self._agreement_on(as_of)
        where = ["{t}.opened_on <= ?"]
        params: list[Any] = [day]
        discharged: bool | None = None
        paused = agreement in (AgreementStatus.TERMINATED, AgreementStatus.SUSPENDED)
        # A partial suspension pauses the duties of the cooperation whose case serves a suspended subject (only while
        # the Agreement is in force: a whole suspension or the end pauses them all).
        partial = sorted(subjects) if agreement is AgreementStatus.IN_FORCE else []
        reached = f"{{t}}.subject IN ({', '.join('?' * len(partial))})"
        # The duties that survive a suspension are stored as such (``survives``); of those, the ones that end with the
        # Agreement are told by their kind (``_DutyFilter.on``).
        outlives = "{t}.survives = 1" + (" AND NOT {ends}" if agreement is AgreementStatus.TERMINATED else "")
        if status is not None:
            status = DutyStatus(status)
            discharged = status is DutyStatus.DISCHARGED
            if status in (DutyStatus.OVERDUE, DutyStatus.OPEN):
                if paused:
                    where.append(outlives)
                elif partial:
                    where.append(f"({{t}}.survives = 1 OR {{t}}.subject IS NULL OR NOT {reached})")
                    params += partial
                if status is DutyStatus.OVERDUE:
                    where.append("{t}.effective_due IS NOT NULL AND {t}.effective_due < ?")
                else:
                    where.append("({t}.effective_due IS NULL OR {t}.effective_due >= ?)")
                params.append(day)
            elif status is DutyStatus.SUSPENDED and partial:
                where.append(f"{{t}}.survives = 0 AND {reached}")
                params += partial
            elif status is not DutyStatus.DISCHARGED:
                wanted = AgreementStatus.TERMINATED if status is DutyStatus.LAPSED else AgreementStatus.SUSPENDED
                where.append(f"NOT ({outlives})" if agreement is wanted else "1 = 0")
        if bearer is not None:
            where.append("(' ' || {t}.parties || ' ') LIKE ?")
            params.append(f"% {Party(bearer).value} %")
        return _DutyFilter(day, " AND ".join(where), params, discharged, case, agreement, frozenset(partial))

    def duties(
        self,
        as_of: dt.date,
        *,
        status: DutyStatus | str | None = None,
        bearer: Party | str | None = None,
        case: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[LedgerDuty]:
        """The duties opened on or before ``as_of``, each with its status that day, in the order they were opened;
        filtered by ``status``, ``bearer`` (a Party) and ``case`` (the id of the request or transfer the case
        started with). Judged on the days events happened, never on the clock."""
        f = self._duty_filter(as_of, status, bearer, case)
        agreement, partial = f.agreement, f.partial
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        # In the order the duties were opened: the store reads that order's index and stops at the page's end, rather
        # than gathering every duty the filter holds to sort them (a case's duties are few: its own index finds them).
        clauses, params = f.joined(self._store.in_order("duties", "d", "duties_order") if case is None else "duties d")
        rows = self._store.all(
            "SELECT d.duty_json, d.source_event_id, d.case_id, x.by_event_id, x.on_date, d.subject"
            f"{clauses} ORDER BY d.seq, d.duty_id{page}",
            params,
        )
        out = []
        for text, source, case_id, by, on, subject in rows:
            d = json.loads(text)
            kind = DutyKind(d["kind"])
            effective = None if d["effective_due"] is None else dt.date.fromisoformat(d["effective_due"])
            discharged_on = None if on is None else dt.date.fromisoformat(on)
            out.append(
                LedgerDuty(
                    duty_id=d["duty_id"],
                    source_event_id=source,
                    case=case_id,
                    rule=d["rule"],
                    kind=kind,
                    citations=tuple(d["citations"]),
                    bearer=tuple(Party(p) for p in d["bearer"]),
                    opened_on=dt.date.fromisoformat(d["opened_on"]),
                    due=None if d["due"] is None else dt.date.fromisoformat(d["due"]),
                    timing=DutyTiming(d["timing"]),
                    subject=subject,
                    status=status_on(
                        as_of,
                        kind=kind,
                        effective=effective,
                        discharged_on=discharged_on,
                        agreement=agreement,
                        subject_suspended=subject in partial,
                    ),
                    as_of=as_of,
                    discharged_by=by,
                    discharged_on=discharged_on,
                )
            )
        return out

    def count_duties(
        self,
        as_of: dt.date,
        *,
        status: DutyStatus | str | None = None,
        bearer: Party | str | None = None,
        case: str | None = None,
    ) -> int:
        """How many duties ``duties`` would give with the same filters.

        Without a case, counted from two indexes: the duties opened that the filter holds, less (or, for
        ``discharged``, only) those of them discharged by that day, whose table repeats what the filter reads."""
        f = self._duty_filter(as_of, status, bearer, case)
        if case is not None:
            clauses, params = f.joined()
            row = self._store.one("SELECT COUNT(*)" + clauses, params)
            return int(row[0]) if row else 0
        opened = f"SELECT COUNT(*) FROM duties d WHERE {f.on('d')}"
        done = f"SELECT COUNT(*) FROM discharged y WHERE y.on_date <= ? AND {f.on('y')}"
        if f.discharged is None:
            row = self._store.one(opened, f.params)
        elif f.discharged:
            row = self._store.one(done, [f.day, *f.params])
        else:
            row = self._store.one(f"SELECT ({opened}) - ({done})", [*f.params, f.day, *f.params])
        return int(row[0]) if row else 0

    # ------------------------------------------------------------------------------------------------ records

    def records(self) -> list[DataRecord]:
        """The records of Article 10, item 6, in the order of the log: each transfer (kept by the sender), its
        reception (kept by the receiver) and each destruction, with purpose, list of data, Parties and reason."""
        out: list[DataRecord] = []
        transfers: dict[str, Any] = {}
        rows = self._store.all("SELECT event_json FROM entries WHERE event_type IN ('transfer', 'destruction') ORDER BY seq")
        for (text,) in rows:
            event: Any = parse_event(text)
            if event.type == "transfer":
                transfers[event.id] = event
                common = {
                    "date": event.date, "event_id": event.id, "transfer_id": event.id, "purpose": event.purpose,
                    "categories": event.categories, "sending_party": event.actor, "receiving_party": event.actor.other,
                }  # fmt: skip
                out.append(DataRecord(kind=RecordKind.TRANSFER, party=event.actor, **common))
                out.append(DataRecord(kind=RecordKind.RECEPTION, party=event.actor.other, **common))
                continue
            transfer = transfers.get(event.transfer_id)
            if transfer is None:  # recorded with assume_unknown: nothing is known of the data
                continue
            out.append(
                DataRecord(
                    kind=RecordKind.DESTRUCTION, party=event.actor, date=event.date, event_id=event.id,
                    transfer_id=transfer.id, purpose=transfer.purpose, categories=transfer.categories,
                    sending_party=transfer.actor, receiving_party=transfer.actor.other, reason=event.reason,
                )
            )  # fmt: skip
        return out

    # ------------------------------------------------------------------------------------------------ chain

    def _part_text(self, named: str) -> str:
        """The canonical JSON of the part a body names by digest (``LedgerError`` when the store lacks it)."""
        text = self._part_texts.get(named)
        if text is None:
            row = self._store.one("SELECT json FROM parts WHERE digest = ?", (named,))
            if row is None:
                raise LedgerError(N_("the ledger lacks the part %(part)s an entry names; run verify"), part=named)
            text = str(row[0])
            if len(self._part_texts) >= _MAX_CACHED:
                self._part_texts.clear()
            self._part_texts[named] = text
        return text

    def _evaluation_of(self, data: Mapping[str, Any]) -> Evaluation:
        """An entry's evaluation, with the parts its body names by digest put back (a body written before schema 4
        holds them in place)."""
        values = dict(data)
        for key in encoding.SHARED_PARTS:
            if isinstance(values[key], str):
                values[key] = json.loads(self._part_text(values[key]))
        return Evaluation.model_validate(values)

    def checkpoint(self) -> Checkpoint:
        """The log's size and head hash now, to hand to a third party."""
        size, head = self._head()
        return Checkpoint(size=size, head=head)

    def verify(self, since: Checkpoint | None = None, *, workers: int | None = None) -> Verification:
        """Check every link of the chain, every part an entry names and every duty and discharge against its entry;
        with ``since``, also that the log still holds that checkpoint's entries unchanged (it was only appended to).
        Reports the first broken link. Reads the log a page at a time: memory stays flat however long it is. It checks
        the entries there are when it starts; entries another process records meanwhile are left to the next check.

        A long log (``verification.PARALLEL_FROM`` entries or more) in a file or on a server is checked in ranges by
        one process per core, side by side; ``workers`` sets the number of processes (1: all in this one). The
        answer is the same either way (see ``verification``)."""
        size, _ = self._head()
        count = verification.workers_for(size, workers, shareable=self._url is not None)
        return verification.verify(self._store, self._url, size, since, count)

    # ------------------------------------------------------------------------------------------------ replay

    def replay(self) -> list[ReplayDifference]:
        """Re-run every recorded decision with the current rules, under the lifecycle it was decided with, and report
        each part (verdict, decided_by, duties, citations, assumptions) decided differently, with the provisions
        whose citation came or went."""
        out: list[ReplayDifference] = []
        size, _ = self._head()
        for seq, body, _, _ in (entry for page in verification.pages(self._store, 1, size) for entry in page):
            data = json.loads(body)
            life = None if data["lifecycle"] is None else Lifecycle.model_validate(data["lifecycle"])
            current = self._rulebook.evaluate(data["resolved"], lifecycle=life).decision()
            recorded = self._evaluation_of(data["evaluation"]).decision()
            before = {c["eid"] for c in recorded["citations"]}
            after = {c["eid"] for c in current["citations"]}
            provisions = tuple(sorted(before ^ after))
            for part in ("verdict", "decided_by", "duties", "citations", "assumptions"):
                if recorded[part] != current[part]:
                    out.append(
                        ReplayDifference(
                            seq=seq, event_id=data["event"]["id"], part=part, recorded=recorded[part], current=current[part],
                            provisions=provisions,
                        )
                    )  # fmt: skip
        return out
