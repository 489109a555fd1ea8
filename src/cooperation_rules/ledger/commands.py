"""The ``ledger`` subcommands of the command line: record, duties, records, verify, replay.

Exit statuses: 0 when everything asked was done and holds; 1 when a line could not be recorded, the chain does not
verify, or a recorded decision replays differently; 2 for a usage error (a ledger that cannot be opened, a store of a
newer schema, a file that cannot be read).
"""

import argparse
import datetime as dt
import json
import sys
from contextlib import nullcontext
from typing import Any

from ..catalogs import N_, Language
from ..errors import CooperationRulesError, InvalidLifecycle
from ..law.lifecycle import Lifecycle
from ..model.jsonl import BadLine, read_events
from ..rulebook.rulebook import Rulebook
from ..text.localizer import Localizer
from ..text.printable import printable
from .duties import DutyStatus, DutyTiming
from .ledger import Ledger

#: How a duty's status and timing read in the table for people (the JSON keeps the wire values).
_STATUS_WORDS = {
    DutyStatus.OPEN: N_("open"),
    DutyStatus.OVERDUE: N_("overdue"),
    DutyStatus.DISCHARGED: N_("discharged"),
    DutyStatus.SUSPENDED: N_("suspended"),
    DutyStatus.LAPSED: N_("lapsed"),
}
_TIMING_WORDS = {
    DutyTiming.DUE: N_("by its due day"),
    DutyTiming.IMMEDIATELY: N_("immediately"),
    DutyTiming.URGENTLY: N_("in an urgent manner"),
    DutyTiming.UNSTATED: N_("no date fixed"),
}


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more, got {text!r}")
    return count


def add_parsers(sub: Any, tr: Localizer) -> None:
    """Add ``ledger`` and its subcommands."""
    _ = tr.gettext
    ledger = sub.add_parser("ledger", help=_("record events in a case ledger and ask it about duties, records and its chain"))
    commands = ledger.add_subparsers(dest="ledger_command", required=True)
    db_help = _("the ledger: a SQLite file path, sqlite:///path.db or :memory:")
    p = commands.add_parser("record", help=_("enter JSON Lines events in the ledger, one result line per event"))
    p.add_argument("db", metavar="DB", help=db_help)
    p.add_argument("file", nargs="?", default="-", help=_("JSON Lines file of events, or - for standard input"))
    p.add_argument("--lifecycle", metavar="FILE", help=_("JSON file: notifications received, suspensions, termination notice"))
    p.add_argument(
        "--assume-unknown",
        action="store_true",
        help=_("judge an event naming an unrecorded request or transfer as stated, instead of refusing it"),
    )
    p = commands.add_parser("duties", help=_("list the duties and their status on a day"))
    p.add_argument("db", metavar="DB", help=db_help)
    p.add_argument("--as-of", type=_day, default=None, metavar="DATE", help=_("the day (YYYY-MM-DD); default: today"))
    p.add_argument("--status", choices=[s.value for s in DutyStatus], help=_("only duties with this status"))
    p.add_argument("--bearer", choices=["KZ", "CZ"], help=_("only duties this Party bears"))
    p.add_argument("--case", help=_("only the duties of this case (the id of its request or transfer)"))
    p.add_argument("--json", action="store_true", help=_("write JSON Lines instead of a table"))
    p.add_argument("--lifecycle", metavar="FILE", help=_("JSON file: notifications received, suspensions, termination notice"))
    for name, text in (
        ("records", _("write the records of Article 10, item 6 as JSON Lines")),
        ("verify", _("check the hash chain of the ledger; report the first broken link")),
        ("replay", _("re-run every decision in the ledger with the current rules; report those decided differently")),
    ):
        p = commands.add_parser(name, help=text, description=text)
        p.add_argument("db", metavar="DB", help=db_help)
        if name == "verify":
            p.add_argument("--since", metavar="FILE", help=_("JSON file of a checkpoint (size and head) to check against"))
            p.add_argument(
                "--workers",
                type=_workers,
                metavar="N",
                help=_("processes checking a long log side by side (1: this one only); default: one per core"),
            )
        if name == "replay":
            p.add_argument(
                "--lifecycle", metavar="FILE", help=_("JSON file: notifications received, suspensions, termination notice")
            )
    # Every ledger command speaks the language asked: its messages, errors and help.
    for command in commands.choices.values():
        command.add_argument(
            "--locale",
            metavar="LANG",
            help=_("language of the text: %(languages)s (default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en)")
            % {"languages": ", ".join(lang.value for lang in Language)},
        )


def _fail(message: str, tr: Localizer) -> int:
    print(tr.gettext("cooperation-rules: error: %(message)s") % {"message": printable(message)}, file=sys.stderr)
    return 2


def run(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """Run ``ledger <command>``; return the exit status."""
    locale = tr.language.value
    lifecycle = None
    if getattr(args, "lifecycle", None):
        try:
            lifecycle = Lifecycle.from_file(args.lifecycle)
        except InvalidLifecycle as exc:
            return _fail(f"{args.lifecycle}: {exc.localized(locale)}", tr)
    try:
        ledger = Ledger.open(
            args.db, rulebook=rulebook, lifecycle=lifecycle, assume_unknown=getattr(args, "assume_unknown", False)
        )
    except CooperationRulesError as exc:
        return _fail(exc.localized(locale), tr)
    with ledger:
        command = args.ledger_command
        if command == "record":
            return _record(ledger, args.file, tr)
        if command == "duties":
            return _duties(ledger, args, tr)
        if command == "records":
            for r in ledger.records():
                print(r.model_dump_json())
            return 0
        if command == "verify":
            return _verify(ledger, args.since, args.workers, tr)
        return _replay(ledger, tr)


def _record(ledger: Ledger, file: str, tr: Localizer) -> int:
    try:
        stream = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        return _fail(tr.gettext("cannot read %(file)s: %(reason)s") % {"file": file, "reason": exc.strerror}, tr)
    bad = 0
    with stream if file != "-" else nullcontext():
        for item in read_events(stream):
            if isinstance(item, BadLine):
                bad += 1
                print(json.dumps(item.to_record(tr.language.value), ensure_ascii=False))
                continue
            try:
                r = ledger.record(item.event)
            except CooperationRulesError as exc:
                bad += 1
                error = getattr(exc, "code", type(exc).__name__)
                message = exc.localized(tr.language.value)
                record = {"line": item.line, "id": item.event.id, "error": error, "message": message}
                print(json.dumps(record, ensure_ascii=False))
                continue
            out = {
                "line": item.line, "seq": r.seq, "event_id": r.event_id, "case": r.case, "verdict": r.evaluation.verdict.value,
                "opened": list(r.opened), "discharged": list(r.discharged), "hash": r.hash,
            }  # fmt: skip
            print(json.dumps(out, ensure_ascii=False))
    if bad:
        message = tr.ngettext(
            "%(count)d line was not entered in the ledger", "%(count)d lines were not entered in the ledger", bad
        )
        print("cooperation-rules: " + message % {"count": bad}, file=sys.stderr)
    return 1 if bad else 0


def _duties(ledger: Ledger, args: argparse.Namespace, tr: Localizer) -> int:
    as_of = args.as_of or dt.date.today()
    duties = ledger.duties(as_of, status=args.status, bearer=args.bearer, case=args.case)
    if args.json:
        for d in duties:
            print(d.model_dump_json())
        return 0
    _ = tr.gettext
    header = (_("duty"), _("status"), _("what"), _("bearer"), _("due"), _("source event"), _("rule"))
    rows = [
        (
            d.duty_id.removeprefix("duty:")[:12],
            _(_STATUS_WORDS[d.status]),
            tr.duty(d.kind),
            ", ".join(p.value for p in d.bearer),
            d.due.isoformat() if d.due else _(_TIMING_WORDS[d.timing]),
            d.source_event_id,
            d.rule,
        )
        for d in duties
    ]
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        print("  ".join(printable(str(cell)).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(
        tr.ngettext("%(count)d duty as of %(day)s", "%(count)d duties as of %(day)s", len(rows))
        % {"count": len(rows), "day": as_of.isoformat()}
    )
    return 0


def _verify(ledger: Ledger, since: str | None, workers: int | None, tr: Localizer) -> int:
    from .chain import Checkpoint

    mark = None
    if since:
        try:
            with open(since, encoding="utf-8") as handle:
                mark = Checkpoint.model_validate_json(handle.read())
        except (OSError, ValueError) as exc:
            return _fail(tr.gettext("cannot read %(file)s: %(reason)s") % {"file": since, "reason": str(exc)[:200]}, tr)
    result = ledger.verify(since=mark, workers=workers)
    print(json.dumps({**result.model_dump(mode="json"), "checkpoint": ledger.checkpoint().model_dump(mode="json")}))
    return 0 if result.ok else 1


def _replay(ledger: Ledger, tr: Localizer) -> int:
    differences = ledger.replay()
    for d in differences:
        print(d.model_dump_json())
    if differences:
        message = tr.ngettext(
            "%(count)d part of a decision in the ledger is decided differently now",
            "%(count)d parts of decisions in the ledger are decided differently now",
            len(differences),
        )
        print("cooperation-rules: " + message % {"count": len(differences)}, file=sys.stderr)
    return 1 if differences else 0
