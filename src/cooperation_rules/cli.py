"""The ``cooperation-rules`` command: evaluate, explain, provision, schema.

Exit status: 0 when every line was evaluated, 1 when some line was bad (the others are
still evaluated and written), 2 for a usage error (unknown option, unreadable file,
invalid lifecycle, unknown eId).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import BinaryIO

from .errors import CooperationRulesError, InvalidLifecycle, RulebookGap, RuleFileError, UnknownProvision
from .evaluation import Evaluation
from .events import event_schema
from .jsonl import BadLine, read_events
from .lifecycle import Lifecycle
from .rulebook import Rulebook
from .vocabulary import Engine


@contextmanager
def _open_input(name: str) -> Iterator[BinaryIO]:
    if name == "-":
        yield sys.stdin.buffer
        return
    with open(name, "rb") as handle:
        yield handle


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cooperation-rules",
        description="Evaluate acts under the 2017 Kazakhstan-Czech Republic Agreement on cooperation in combating crime.",
    )
    parser.add_argument("--rules", metavar="DIR", help="folder of rule files (default: the bundled rules/)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("evaluate", "read JSON Lines events, write one JSON evaluation (or error record) per line"),
        ("explain", "read JSON Lines events, print each decision with its duties and the quoted law"),
    ):
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("file", nargs="?", default="-", help="JSON Lines file of events, or - for standard input")
        p.add_argument("--lifecycle", metavar="FILE", help="JSON file: notifications received, suspensions, termination notice")
        p.add_argument("--engine", choices=[e.value for e in Engine], default=Engine.AUTO.value)
    p = sub.add_parser("provision", help="print a provision's label and verbatim text")
    p.add_argument("eid", help="Akoma Ntoso style eId, e.g. art_10__point_5")
    sub.add_parser("schema", help="print the JSON Schema of events")
    return parser


def _fail(message: str) -> int:
    print(f"cooperation-rules: error: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(event_schema(), indent=2, sort_keys=True))
        return 0
    try:
        rulebook = Rulebook.load(args.rules)
    except (RuleFileError, FileNotFoundError) as exc:
        return _fail(str(exc))
    if args.command == "provision":
        try:
            p = rulebook.provision(args.eid)
        except UnknownProvision as exc:
            return _fail(str(exc))
        print(f"{p.label} [{p.eid}]")
        print(p.text)
        return 0
    lifecycle = None
    if args.lifecycle:
        try:
            lifecycle = Lifecycle.from_file(args.lifecycle)
        except InvalidLifecycle as exc:
            return _fail(f"{args.lifecycle}: {exc}")
    try:
        rulebook.engine(args.engine)
    except CooperationRulesError as exc:
        return _fail(str(exc))
    try:
        with _open_input(args.file) as stream:
            if args.command == "evaluate":
                return _evaluate(rulebook, stream, lifecycle, args.engine)
            return _explain(rulebook, stream, lifecycle, args.engine)
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror}")
    except BrokenPipeError:  # pragma: no cover - reader closed early
        return 0


def _results(
    rulebook: Rulebook, stream: BinaryIO, lifecycle: Lifecycle | None, engine: str
) -> Iterator[tuple[int, Evaluation | BadLine | RulebookGap]]:
    """Each non-blank line's number and its evaluation, or what kept it from one; a bad line never stops the rest."""
    for item in read_events(stream):
        if isinstance(item, BadLine):
            yield item.line, item
            continue
        try:
            yield item.line, rulebook.evaluate(item.event, lifecycle=lifecycle, engine=engine)
        except RulebookGap as gap:
            yield item.line, gap


def _evaluate(rulebook: Rulebook, stream: BinaryIO, lifecycle: Lifecycle | None, engine: str) -> int:
    out = sys.stdout
    bad = 0
    for line, result in _results(rulebook, stream, lifecycle, engine):
        if isinstance(result, Evaluation):
            out.write(result.model_dump_json() + "\n")
            continue
        bad += 1
        record = (
            result.to_record()
            if isinstance(result, BadLine)
            # The rules give no verdict for a valid event: a gap in a rules folder of the caller's own.
            else {"line": line, "error": "no_verdict", "message": str(result), "errors": []}
        )
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    if bad:
        print(f"cooperation-rules: {bad} line(s) could not be evaluated; see the error records", file=sys.stderr)
    return 1 if bad else 0


def _explain(rulebook: Rulebook, stream: BinaryIO, lifecycle: Lifecycle | None, engine: str) -> int:
    out = sys.stdout
    if lifecycle is not None:
        eif = lifecycle.entry_into_force
        out.write(f"The Agreement's life: entry into force {eif.isoformat() if eif else 'not yet known'}")
        end = lifecycle.termination_date
        out.write(f"; ceases to have effect {end.isoformat()}\n" if end else "; no termination notice\n")
        for duty in rulebook.lifecycle_duties(lifecycle, engine=engine):
            due = duty.due.isoformat() if duty.due else "no date"
            out.write(f"  - {duty.kind.value} (both Parties), due {due} [{duty.rule}]\n")
        out.write("\n")
    bad = 0
    for line, result in _results(rulebook, stream, lifecycle, engine):
        if isinstance(result, Evaluation):
            out.write(f"Line {line}: " + result.explain() + "\n\n")
            continue
        bad += 1
        if isinstance(result, BadLine):
            out.write(f"Line {line}: not a valid event\n")
            out.writelines(f"  - {e}\n" for e in result.error.errors)
            out.write("\n")
        else:
            out.write(f"Line {line}: no decision: {result}\n\n")
    out.flush()
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
