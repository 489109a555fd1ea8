"""Checking the ledger: every link of the hash chain, every part an entry names, every duty and discharge stored
beside an entry against what its body says, and the counting copy of the discharges against the discharges.

A long log is checked in ranges of consecutive entries, each by its own process, side by side: a range is checked
from the previous hash its first entry stores, and the ranges are then joined, each first entry's stored previous
hash against the hash of the entry before it. Every link is checked exactly as one pass would check it, and the
first broken one is reported the same. A worker process is a fresh interpreter (``python -m`` this module) given
the store's address on its standard input, never on its command line; a range whose worker fails for any reason is
checked again in the calling process, so the answer never depends on the workers.
"""

import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from ..model.canonical import canonical_json
from . import encoding
from .chain import GENESIS, Checkpoint, Verification, link, link_v1
from .stores import open_store

if TYPE_CHECKING:
    import subprocess

#: Below this many entries a log is checked in one pass: starting a process costs more than it saves.
PARALLEL_FROM: Final = 200_000
#: The most processes one check uses, whatever the number of cores.
MAX_WORKERS: Final = 8
#: Entries read from the store at a time.
PAGE: Final = 1_000

_DECODER: Final = json.JSONDecoder()
_NAMED_PARTS: Final = tuple((key, f',"{key}":"sha256:') for key in encoding.SHARED_PARTS)
_INTERPRETER: Final = re.compile(r"(python|pypy)[0-9.]*(\.exe)?", re.IGNORECASE)
_DUTY_ID_LENGTH: Final = len("duty:") + 32  # a duty's id: "duty:" and 32 hexadecimal digits


class Reader(Protocol):
    """What checking needs of a store: its queries."""

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None: ...


def sound_at_a_glance(body: str, duties: dict[str, str], discharges: dict[str, tuple[str, str]], sound: set[str]) -> bool:
    """Whether an entry's body, read without parsing it whole, names exactly the duties and discharges stored with it,
    byte for byte, and only parts checked already. ``False`` says only that this reading cannot tell.

    The body itself is proven by the chain; this reads it for what the tables beside it must agree with. A body is
    canonical JSON: its keys come in order (case, discharges, duties, evaluation, ...), and a key never appears
    inside a string, where every quotation mark is escaped; no value before the evaluation holds an object with the
    key "duties" or "evaluation", and no value before the evaluation's own "citations", "findings" and "event_id"
    holds a key of that name with a string value. So each is found by the first place it appears.
    """
    if not body.startswith('{"case":'):
        return False
    at_discharges = body.find(',"discharges":')
    at_duties = body.find(',"duties":', at_discharges)
    at_evaluation = body.find(',"evaluation":{', at_duties)
    at_event_id = body.find(',"event_id":"', at_evaluation)
    if min(at_discharges, at_duties, at_evaluation, at_event_id) < 0:
        return False
    for key, named in _NAMED_PARTS:
        at = body.find(named, at_evaluation, at_event_id if key == "citations" else len(body))
        if at >= 0 and body[at + len(key) + 5 : at + len(key) + 76] not in sound:  # the digest: 71 characters
            return False
    # Most entries open no duty or discharge none: an empty list against nothing stored needs no more reading.
    opened = body[at_duties + 10 : at_evaluation]
    if opened != "[]" or duties:
        # Each duty's object holds its id once; the stored texts, taken in the body's order of ids, must join into
        # the body's list byte for byte.
        ids = [piece[:_DUTY_ID_LENGTH] for piece in opened.split('"duty_id":"')[1:]]
        if len(ids) != len(duties) or opened != "[" + ",".join([duties.get(i, "") for i in ids]) + "]":
            return False
    done = body[at_discharges + 14 : at_duties]
    if done == "[]":
        return not discharges
    try:
        event_id, _ = _DECODER.raw_decode(body, at_event_id + 12)
    except ValueError:
        return False
    ids = [piece[:_DUTY_ID_LENGTH] for piece in done.split('"duty_id":"')[1:]]
    if len(ids) != len(discharges) or any(discharges.get(i, ("",))[0] != event_id for i in ids):
        return False
    return done == "[" + ",".join(f'{{"duty_id":"{i}","on_date":"{discharges[i][1]}"}}' for i in ids) + "]"


def entry_fault(
    body: str,
    duties: dict[str, str],
    discharges: dict[str, tuple[str, str]],
    sound: set[str],
    part_text: Callable[[str], str | None],
) -> str | None:
    """What does not hold in an entry's body against its parts and the duties and discharges stored with it (the
    thorough reading: the whole body parsed), or ``None``; adds the parts found sound to ``sound``."""
    data = json.loads(body)
    for key in encoding.SHARED_PARTS:
        named = data["evaluation"][key]
        if isinstance(named, str) and named not in sound:
            text = part_text(named)
            if text is None or encoding.part_digest(text) != named:
                return f"the part {named} it names is missing or differs"
            sound.add(named)
    duties, discharges = dict(duties), dict(discharges)
    for d in data["duties"]:
        if duties.pop(d["duty_id"], None) != canonical_json(d).decode():
            return f"duty {d['duty_id']} differs"
    for x in data["discharges"]:
        if discharges.pop(x["duty_id"], None) != (data["event"]["id"], x["on_date"]):
            return f"discharge of {x['duty_id']} differs"
    if duties or discharges:
        return "a duty or discharge the entry does not name is stored with it"
    return None


@dataclass(frozen=True)
class RangeCheck:
    """What checking the entries ``first`` to ``last`` found: how many were checked, how many duties and discharges
    matched their entries, the previous hash the first entry stores, the hash of the last, and the first fault
    (position and reason), if any."""

    first: int
    last: int
    checked: int
    matched: int
    first_previous: str | None
    last_hash: str | None
    fault: tuple[int, str] | None


def pages(store: Reader, first: int, last: int) -> Iterator[list[tuple[Any, ...]]]:
    """The entries ``first`` to ``last`` in order, a page at a time: position, body, previous hash, hash."""
    seq = first - 1
    while seq < last:
        rows = store.all(
            "SELECT seq, body, previous, hash FROM entries WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?", (seq, last, PAGE)
        )
        if not rows:
            return
        seq = int(rows[-1][0])
        yield rows


def check_range(store: Reader, first: int, last: int, *, previous: str | None, since: Checkpoint | None) -> RangeCheck:
    """Check the entries ``first`` to ``last``: each link from ``previous`` on (``None``: from the previous hash the
    first entry stores, which the caller then checks against the entry before it), each entry's parts, duties and
    discharges, and, at the checkpoint's position, its head. Stops at the first fault."""
    row = store.one("SELECT since_seq FROM chain_format")
    since_v2 = 1 if row is None else int(row[0])
    sound: set[str] = set()  # the parts checked already: a few per outcome, however long the log
    checked = matched = 0
    expected = first
    first_previous: str | None = None
    last_hash: str | None = None

    def part_text(named: str) -> str | None:
        found = store.one("SELECT json FROM parts WHERE digest = ?", (named,))
        return None if found is None else str(found[0])

    def result(fault: tuple[int, str] | None) -> RangeCheck:
        return RangeCheck(first, last, checked, matched, first_previous, last_hash, fault)

    for page in pages(store, first, last):
        low, high = int(page[0][0]), int(page[-1][0])
        duties: dict[int, dict[str, str]] = {}
        for seq, duty, text in store.all("SELECT seq, duty_id, duty_json FROM duties WHERE seq >= ? AND seq <= ?", (low, high)):
            duties.setdefault(int(seq), {})[str(duty)] = str(text)
        discharges: dict[int, dict[str, tuple[str, str]]] = {}
        for seq, duty, by, on in store.all(
            "SELECT seq, duty_id, by_event_id, on_date FROM discharges WHERE seq >= ? AND seq <= ?", (low, high)
        ):
            discharges.setdefault(int(seq), {})[str(duty)] = (str(by), str(on))
        for seq, body, stored_previous, hashed in page:
            checked += 1
            if seq != expected:
                return result((expected, f"entry {expected} is missing"))
            expected += 1
            if first_previous is None:
                first_previous = stored_previous
            before = stored_previous if previous is None else previous
            hashing = link if seq >= since_v2 else link_v1
            if stored_previous != before or hashing(before, body) != hashed:
                return result((seq, "the entry's hash does not hold"))
            mine, done = duties.pop(seq, {}), discharges.pop(seq, {})
            # The quick reading proves most entries sound; what it cannot prove, the thorough one judges.
            if not sound_at_a_glance(body, mine, done, sound):
                fault = entry_fault(body, mine, done, sound, part_text)
                if fault is not None:
                    return result((seq, fault))
            matched += len(mine) + len(done)
            if since is not None and seq == since.size and hashed != since.head:
                return result((seq, "the checkpoint's head differs"))
            previous = last_hash = hashed
    if expected <= last:
        checked += 1
        return result((expected, f"entry {expected} is missing"))
    return result(None)


def ranges(size: int, workers: int) -> list[tuple[int, int]]:
    """The positions 1 to ``size`` cut into ``workers`` consecutive ranges of nearly equal length."""
    cuts = [size * k // workers for k in range(workers + 1)]
    return [(cuts[k] + 1, cuts[k + 1]) for k in range(workers) if cuts[k + 1] > cuts[k]]


def workers_for(size: int, workers: int | None, *, shareable: bool) -> int:
    """How many processes check a log of ``size`` entries: as asked, or, by default, one per core (at most
    ``MAX_WORKERS``) for a log of ``PARALLEL_FROM`` entries or more; one for a store no other process can open."""
    if not shareable or size == 0:
        return 1
    if workers is None:
        return min(os.cpu_count() or 1, MAX_WORKERS) if size >= PARALLEL_FROM else 1
    return max(1, min(workers, size))


def verify(
    store: Reader,
    url: str | None,
    size: int,
    since: Checkpoint | None,
    workers: int,
) -> Verification:
    """Check the whole log of ``size`` entries (see the module's documentation), in ``workers`` ranges side by side
    when the store can be opened again at ``url``; the first range in this process."""
    parts = ranges(size, workers) if url is not None and workers > 1 else [(1, size)]
    started = [(span, _start_worker(url, span, since)) for span in parts[1:]] if url is not None else []
    results = [check_range(store, *parts[0], previous=GENESIS, since=since)] if size else []
    for span, process in started:
        results.append(_finish_worker(process, span) or check_range(store, *span, previous=None, since=since))
    checked = matched = 0
    previous_hash = GENESIS
    for result in results:
        if result.first_previous is not None and result.first_previous != previous_hash:
            return Verification(ok=False, checked=checked + 1, broken_at=result.first, reason="the entry's hash does not hold")
        if result.fault is not None:
            seq, reason = result.fault
            return Verification(ok=False, checked=checked + result.checked, broken_at=seq, reason=reason)
        checked += result.checked
        matched += result.matched
        previous_hash = result.last_hash or previous_hash
    if since is not None and since.size > checked:
        return Verification(ok=False, checked=checked, broken_at=checked + 1, reason="the log is shorter than the checkpoint")
    # Counted up to the last entry checked: another process may append entries (with their duties and discharges)
    # while the log is checked, and those are the next check's. Past it, a row is still checked for an entry to
    # belong to; the writer adds an entry and its rows in one transaction, and one statement sees either both or neither.
    row = store.one(
        "SELECT (SELECT COUNT(*) FROM duties WHERE seq <= ?) + (SELECT COUNT(*) FROM discharges WHERE seq <= ?),"
        " (SELECT COUNT(*) FROM duties d WHERE d.seq > ? AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.seq = d.seq))"
        " + (SELECT COUNT(*) FROM discharges x WHERE x.seq > ? AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.seq = x.seq))",
        (size, size, size, size),
    )
    if row is None or int(row[0]) != matched or int(row[1]) != 0:
        return Verification(ok=False, checked=checked, broken_at=checked, reason="a duty or discharge belongs to no entry")
    # The duties discharged repeat, for counting, what the duties and discharges say: each must agree.
    row = store.one(
        "SELECT (SELECT COUNT(*) FROM discharges) - (SELECT COUNT(*) FROM discharged),"
        " (SELECT COUNT(*) FROM discharged y JOIN discharges x ON x.duty_id = y.duty_id"
        " JOIN duties d ON d.duty_id = y.duty_id WHERE y.on_date = x.on_date AND y.opened_on = d.opened_on"
        " AND y.survives = d.survives AND y.parties = d.parties AND COALESCE(y.effective_due, '') ="
        " COALESCE(d.effective_due, '') AND COALESCE(y.subject, '') = COALESCE(d.subject, '')),"
        " (SELECT COUNT(*) FROM discharged)"
    )
    if row is None or int(row[0]) != 0 or int(row[1]) != int(row[2]):
        reason = "the duties discharged, kept for counting, differ from the discharges"
        return Verification(ok=False, checked=checked, broken_at=checked, reason=reason)
    return Verification(ok=True, checked=checked)


def _start_worker(url: str, span: tuple[int, int], since: Checkpoint | None) -> "subprocess.Popen[bytes] | None":
    """A process checking one range, or ``None`` when none can be started (nor should be: a host embedding Python,
    whose ``sys.executable`` is not an interpreter, would be started instead)."""
    if not _INTERPRETER.fullmatch(Path(sys.executable).name):
        return None
    import subprocess  # only a long log needs it: not a cost of importing the library

    request = {"url": url, "first": span[0], "last": span[1], "since": None if since is None else since.model_dump()}
    # The worker imports this very copy of the library, wherever it was imported from.
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
    except OSError:
        return None
    assert process.stdin is not None
    try:
        process.stdin.write(json.dumps(request).encode())
        process.stdin.close()
    except OSError:
        process.kill()
        process.wait()
        return None
    return process


def _finish_worker(process: "subprocess.Popen[bytes] | None", span: tuple[int, int]) -> RangeCheck | None:
    """The worker's finding for ``span``, or ``None`` when it failed (the range is then checked here)."""
    if process is None:
        return None
    assert process.stdout is not None
    with process.stdout:
        out = process.stdout.read()
    if process.wait() != 0:
        return None
    try:
        data = json.loads(out)
        fault = data["fault"]
        found = RangeCheck(
            first=int(data["first"]), last=int(data["last"]), checked=int(data["checked"]), matched=int(data["matched"]),
            first_previous=data["first_previous"], last_hash=data["last_hash"],
            fault=None if fault is None else (int(fault[0]), str(fault[1])),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return found if (found.first, found.last) == span else None


def _work() -> int:
    """Check the range a request on standard input names; write the finding as JSON on standard output."""
    request = json.loads(sys.stdin.buffer.read())
    since = None if request["since"] is None else Checkpoint.model_validate(request["since"])
    store = open_store(str(request["url"]))
    try:
        found = check_range(store, int(request["first"]), int(request["last"]), previous=None, since=since)
    finally:
        store.close()
    sys.stdout.write(json.dumps(asdict(found)))
    return 0


if __name__ == "__main__":
    raise SystemExit(_work())
