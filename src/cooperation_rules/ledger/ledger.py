"""``Ledger``: the case ledger of the cooperation, opened on a store.

Every event is judged in the context of what the ledger holds (``links``), under the Agreement's life as the
recorded notices make it (and the ``Lifecycle`` given up front), and persisted with its evaluation, its receipt and
the duties it opens or discharges, in one transaction per call, as one more link of the hash chain (``chain``).
Nothing recorded is updated or deleted.
"""

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..errors import ConflictingEvent, LedgerError
from ..evaluation.answers import Evaluation
from ..law.lifecycle import Lifecycle, Suspension
from ..model.canonical import canonical_json
from ..model.events import AnyEvent, Consent, Event, parse_event
from ..model.vocabulary import AgreementStatus, DutyKind, Party
from ..rulebook.rulebook import Rulebook
from .chain import GENESIS, Checkpoint, Verification, link
from .duties import DISCHARGES, SURVIVING, DutyStatus, DutyTiming, LedgerDuty, duty_id, effective_due, status_on, timing_of
from .links import Resolution, resolve
from .postgresql_store import PostgresqlStore
from .results import DataRecord, Recorded, RecordKind, ReplayDifference
from .sqlite_store import SqliteStore

#: The notices that make the Agreement's life (Art. 17, 18(2)).
_NOTICES = ("suspension_notice", "suspension_lifting_notice", "termination_notice")
_DESTROY = (DutyKind.MUST_DESTROY, DutyKind.MUST_RECORD_DESTRUCTION)


def _open_store(url: str) -> "SqliteStore | PostgresqlStore":
    if url == ":memory:":
        return SqliteStore(":memory:")
    if url.startswith("sqlite:///"):
        return SqliteStore(url.removeprefix("sqlite:///") or ":memory:")
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresqlStore(url)
    if "://" in url:
        raise LedgerError(f"unknown ledger address {url!r}: expected :memory:, sqlite:///path.db or a file path")
    return SqliteStore(url)


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
            store = _open_store(url)
        except LedgerError:
            raise
        except Exception as exc:  # sqlite3.DatabaseError: not a database, cannot open
            raise LedgerError(f"cannot open the ledger {url!r}: {exc}") from None
        return cls(store, rulebook or Rulebook.load(engine="python"), lifecycle, assume_unknown)

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
        """The Agreement's life as the ledger knows it now: the lifecycle given, with every notice recorded."""
        rows = self._store.all("SELECT event_json FROM entries WHERE event_type IN (?, ?, ?) ORDER BY seq", _NOTICES)
        if not rows:
            return self._initial
        base = self._initial or Lifecycle(entered_into_force=self._rulebook.agreement.entered_into_force.date)
        suspensions: list[tuple[Party | None, Suspension]] = [(None, s) for s in base.suspensions]
        termination = base.termination_notice_received
        for (text,) in rows:
            notice = parse_event(text)
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
            elif termination is None or notice.date < termination:
                termination = notice.date
        return base.model_copy(
            update={"suspensions": tuple(s for _, s in suspensions), "termination_notice_received": termination}
        )

    # ------------------------------------------------------------------------------------------------ recording

    def record(self, event: AnyEvent | Mapping[str, Any] | str | bytes) -> Recorded:
        """Judge ``event`` with what the ledger holds and persist it, its evaluation and its duties (one transaction)."""
        return self.record_many([event])[0]

    def record_many(self, events: Iterable[AnyEvent | Mapping[str, Any] | str | bytes]) -> list[Recorded]:
        """Record ``events`` in order, in one transaction: all of them, or (on the first error, raised) none."""
        typed = [parse_event(dict(e) if isinstance(e, Mapping) else e) for e in events]
        out: list[Recorded] = []
        with self._store.transaction():
            lifecycle = self.lifecycle()
            for event in typed:
                recorded, changed = self._record_one(event, lifecycle)
                if changed:
                    lifecycle = self.lifecycle()
                out.append(recorded)
        return out

    def _stored(self, event_id: str) -> tuple[int, str] | None:
        row = self._store.one("SELECT seq, event_json FROM entries WHERE event_id = ?", (event_id,))
        return None if row is None else (int(row[0]), str(row[1]))

    def _body(self, seq: int) -> dict[str, Any]:
        row = self._store.one("SELECT body FROM entries WHERE seq = ?", (seq,))
        return json.loads(row[0]) if row else {}

    def _lookup(self, event_id: str) -> AnyEvent | None:
        row = self._store.one("SELECT resolved_json FROM entries WHERE event_id = ?", (event_id,))
        return None if row is None else parse_event(str(row[0]))

    def _consents(self, transfer_id: str) -> list[Consent]:
        rows = self._store.all(
            "SELECT event_json FROM entries WHERE transfer_id = ? AND event_type = 'consent' ORDER BY seq", (transfer_id,)
        )
        return [parse_event(text) for (text,) in rows]  # type: ignore[misc]

    def _head(self) -> tuple[int, str]:
        row = self._store.one("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

    def _record_one(self, event: AnyEvent, lifecycle: Lifecycle | None) -> tuple[Recorded, bool]:
        stated = canonical_json(_wire(event)).decode()
        stored = self._stored(event.id)
        if stored is not None:
            if stored[1] != stated:
                raise ConflictingEvent(
                    f"event {event.id!r} is already recorded with a different content; the ledger is append-only"
                )
            return self._recorded(stored[0], self._body(stored[0])), False
        resolution = resolve(event, self._lookup, self._consents, assume_unknown=self._assume_unknown)
        evaluation = self._rulebook.evaluate(resolution.event, lifecycle=lifecycle)
        seq, previous = self._head()
        seq += 1
        duties = self._duty_rows(resolution, evaluation)
        discharges = self._discharges(resolution)
        body = {
            "seq": seq,
            "event": json.loads(stated),
            "resolved": _wire(resolution.event),
            "case": resolution.case,
            "lifecycle": None if lifecycle is None else lifecycle.model_dump(mode="json"),
            "evaluation": evaluation.model_dump(mode="json"),
            "link_assumptions": list(resolution.assumptions),
            "duties": duties,
            "discharges": discharges,
        }
        text = canonical_json(body).decode()
        hashed = link(previous, text)
        self._store.execute(
            "INSERT INTO entries (seq, event_id, event_type, event_date, actor, case_id, request_id, transfer_id,"
            " event_json, resolved_json, body, previous, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq, event.id, event.type, event.date.isoformat(), event.actor.value, resolution.case,
                resolution.request_id, resolution.transfer_id, stated, canonical_json(body["resolved"]).decode(), text,
                previous, hashed,
            ),
        )  # fmt: skip
        for d in duties:
            self._store.execute(
                "INSERT INTO duties (duty_id, seq, source_event_id, case_id, rule, kind, parties, opened_on, due, timing,"
                " effective_due, survives, request_id, transfer_id, duty_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    d["duty_id"], seq, event.id, resolution.case, d["rule"], d["kind"], " ".join(d["bearer"]),
                    d["opened_on"], d["due"], d["timing"], d["effective_due"], int(DutyKind(d["kind"]) in SURVIVING),
                    resolution.request_id, resolution.transfer_id, canonical_json(d).decode(),
                ),
            )  # fmt: skip
        for x in discharges:
            self._store.execute(
                "INSERT INTO discharges (duty_id, seq, by_event_id, on_date) VALUES (?, ?, ?, ?)",
                (x["duty_id"], seq, event.id, x["on_date"]),
            )
        recorded = self._recorded(seq, body, hashed, evaluation)
        return recorded, event.type in _NOTICES

    def _recorded(
        self, seq: int, body: dict[str, Any], hashed: str | None = None, evaluation: Evaluation | None = None
    ) -> Recorded:
        if hashed is None:
            row = self._store.one("SELECT hash FROM entries WHERE seq = ?", (seq,))
            hashed = str(row[0]) if row else ""
        return Recorded(
            seq=seq,
            hash=hashed,
            event_id=body["event"]["id"],
            case=body["case"],
            evaluation=evaluation or Evaluation.model_validate(body["evaluation"]),
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

    def _agreement_on(self, day: dt.date) -> AgreementStatus:
        lifecycle = self.lifecycle()
        if lifecycle is None:
            entered = self._rulebook.agreement.entered_into_force.date
            return AgreementStatus.IN_FORCE if day >= entered else AgreementStatus.NOT_IN_FORCE
        return lifecycle.status_on(day, self._rulebook.agreement)

    def _duty_query(
        self, as_of: dt.date, status: DutyStatus | str | None, bearer: Party | str | None, case: str | None
    ) -> tuple[str, list[Any], AgreementStatus]:
        day = as_of.isoformat()
        agreement = self._agreement_on(as_of)
        where = ["d.opened_on <= ?"]
        params: list[Any] = [day, day]
        paused = agreement in (AgreementStatus.TERMINATED, AgreementStatus.SUSPENDED)
        if status is not None:
            status = DutyStatus(status)
            if status is DutyStatus.DISCHARGED:
                where.append("x.duty_id IS NOT NULL")
            else:
                where.append("x.duty_id IS NULL")
                live = "d.survives = 1" if paused else "1 = 1"
                if status is DutyStatus.OVERDUE:
                    where += [live, "d.effective_due IS NOT NULL AND d.effective_due < ?"]
                    params.append(day)
                elif status is DutyStatus.OPEN:
                    where += [live, "(d.effective_due IS NULL OR d.effective_due >= ?)"]
                    params.append(day)
                else:
                    wanted = AgreementStatus.TERMINATED if status is DutyStatus.LAPSED else AgreementStatus.SUSPENDED
                    where.append("d.survives = 0" if agreement is wanted else "1 = 0")
        if bearer is not None:
            where.append("(' ' || d.parties || ' ') LIKE ?")
            params.append(f"% {Party(bearer).value} %")
        if case is not None:
            where.append("d.case_id = ?")
            params.append(case)
        sql = " FROM duties d LEFT JOIN discharges x ON x.duty_id = d.duty_id AND x.on_date <= ? WHERE " + " AND ".join(where)
        return sql, params, agreement

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
        sql, params, agreement = self._duty_query(as_of, status, bearer, case)
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        rows = self._store.all(
            "SELECT d.duty_json, d.source_event_id, d.case_id, x.by_event_id, x.on_date"
            + sql
            + " ORDER BY d.seq, d.duty_id"
            + page,
            params,
        )
        out = []
        for text, source, case_id, by, on in rows:
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
                    status=status_on(as_of, kind=kind, effective=effective, discharged_on=discharged_on, agreement=agreement),
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
        """How many duties ``duties`` would give with the same filters."""
        sql, params, _ = self._duty_query(as_of, status, bearer, case)
        row = self._store.one("SELECT COUNT(*)" + sql, params)
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

    def _entries(self, start: int = 1) -> Iterator[tuple[int, str, str, str]]:
        seq = start - 1
        while True:
            rows = self._store.all("SELECT seq, body, previous, hash FROM entries WHERE seq > ? ORDER BY seq LIMIT 1000", (seq,))
            if not rows:
                return
            for row in rows:
                seq = int(row[0])
                yield seq, str(row[1]), str(row[2]), str(row[3])

    def checkpoint(self) -> Checkpoint:
        """The log's size and head hash now, to hand to a third party."""
        size, head = self._head()
        return Checkpoint(size=size, head=head)

    def verify(self, since: Checkpoint | None = None) -> Verification:
        """Check every link of the chain and every duty against its entry; with ``since``, also that the log still
        holds that checkpoint's entries unchanged (it was only appended to). Reports the first broken link."""
        previous, checked = GENESIS, 0
        duties = {str(r[0]): str(r[1]) for r in self._store.all("SELECT duty_id, duty_json FROM duties")}
        discharges = {str(r[0]): str(r[1]) for r in self._store.all("SELECT duty_id, by_event_id FROM discharges")}
        expected = 1
        for seq, body, stored_previous, hashed in self._entries():
            checked += 1
            if seq != expected:
                return Verification(ok=False, checked=checked, broken_at=expected, reason=f"entry {expected} is missing")
            expected += 1
            if stored_previous != previous or link(previous, body) != hashed:
                return Verification(ok=False, checked=checked, broken_at=seq, reason="the entry's hash does not hold")
            data = json.loads(body)
            for d in data["duties"]:
                if duties.pop(d["duty_id"], None) != canonical_json(d).decode():
                    return Verification(ok=False, checked=checked, broken_at=seq, reason=f"duty {d['duty_id']} differs")
            for x in data["discharges"]:
                if discharges.pop(x["duty_id"], None) != data["event"]["id"]:
                    return Verification(ok=False, checked=checked, broken_at=seq, reason=f"discharge of {x['duty_id']} differs")
            if since is not None and seq == since.size and hashed != since.head:
                return Verification(ok=False, checked=checked, broken_at=seq, reason="the checkpoint's head differs")
            previous = hashed
        if since is not None and since.size > checked:
            return Verification(ok=False, checked=checked, broken_at=checked + 1, reason="the log is shorter than the checkpoint")
        if duties or discharges:
            return Verification(ok=False, checked=checked, broken_at=checked, reason="a duty or discharge belongs to no entry")
        return Verification(ok=True, checked=checked)

    # ------------------------------------------------------------------------------------------------ replay

    def replay(self) -> list[ReplayDifference]:
        """Re-run every recorded decision with the current rules, under the lifecycle it was decided with, and report
        each part (verdict, decided_by, duties, citations, assumptions) decided differently, with the provisions
        whose citation came or went."""
        out: list[ReplayDifference] = []
        for seq, body, _, _ in self._entries():
            data = json.loads(body)
            life = None if data["lifecycle"] is None else Lifecycle.model_validate(data["lifecycle"])
            current = self._rulebook.evaluate(data["resolved"], lifecycle=life).decision()
            recorded = Evaluation.model_validate(data["evaluation"]).decision()
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
