"""The ``cooperation-rules`` command: evaluate, explain, provision, schema, and the tooling's commands when installed.

- ``evaluate``, ``explain``: JSON Lines events in, one evaluation (or its explanation) per line out.
- ``provision``, ``schema``: a provision's verbatim text; the JSON Schema of events or, with ``--evaluation``, of
  evaluations (``--compact``: of compact evaluations).
- ``--version``: the library's version.
- The commands of the entry-point group ``cooperation_rules.commands``: the project's tooling adds
  ``trace``, ``docs build``, ``snapshot``, ``diff`` and ``mutate`` (``cooperation_rules.tools``).

Exit status: 0 when every line was evaluated, 1 when some line was bad or repeated an id (the
others are still evaluated and written), 2 for a usage error (unknown option, unreadable file,
invalid lifecycle, unknown eId, unsupported locale, unknown verdict, rules that do not load),
3 when every line was evaluated and some evaluation has a verdict given to ``--fail-on``
(``FAILED_ON_VERDICT``), 130 after an interrupt.

Every record ``evaluate`` writes carries its input ``line``. ``--compact`` names each cited
provision by eId and label only (``provision`` prints its text); ``--stamp`` adds a decision id
(a random UUID) and the time of the decision in UTC to each receipt. An error record carries
``error`` (its kind: ``invalid_event``, ``unstated_facts``, ``duplicate_id``, ``no_verdict``),
``code`` (its first fault's code, ``errors.ErrorCode``), a ``message``, each fault in ``errors``
(``code``, ``field``, ``message``), and the event's ``id`` when one could be read from the line.
A line whose id an earlier line of the same input already gave is not evaluated: its record is
the error ``duplicate_id``, naming the first line (``first_line``).

What people read (``explain``, ``provision``, help and error messages) is in English, Russian,
Czech or Kazakh: ``--locale``, else the environment in gettext's order (``LANGUAGE``, then
``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``; see ``catalogs``), else English.
JSON output (``evaluate``, error records) keeps its English wire keys, values and codes; the
messages of error records are in the chosen language.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext, suppress
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, BinaryIO, Protocol

from pydantic_core import PydanticSerializationError

from ._version import __version__
from .catalogs import N_, Language, normalise
from .errors import (
    CooperationRulesError,
    ErrorCode,
    FieldError,
    InvalidLifecycle,
    RulebookGap,
    RuleFileError,
    UnknownProvision,
    UnstatedFacts,
)
from .evaluation.answers import Evaluation
from .evaluation.explain import explain_lifecycle
from .evaluation.schema import compact_evaluation_schema, evaluation_schema
from .evaluation.wire import WireWriter
from .law.lifecycle import Lifecycle
from .ledger import commands as ledger_commands
from .model.events import event_schema
from .model.jsonl import BadLine, read_events
from .model.vocabulary import Engine, Verdict
from .rulebook.presumptions import PRESUMED
from .rulebook.rulebook import Rulebook
from .text.localizer import Localizer, localizer
from .text.printable import printable

#: The entry-point group through which other packages add subcommands (the tooling adds its own).
COMMANDS_GROUP = "cooperation_rules.commands"


class CommandGroup(Protocol):
    """What the command line asks of an entry point of ``COMMANDS_GROUP``."""

    names: tuple[str, ...]

    def add_parsers(self, sub: Any, tr: Localizer) -> None:
        """Add the group's subcommands to ``sub`` (the command line's subparsers)."""

    def run(self, rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
        """Run ``args.command``; return the exit status."""


def command_groups() -> list[CommandGroup]:
    """The groups of subcommands installed: each entry point of ``COMMANDS_GROUP`` that loads, by name."""
    groups: list[CommandGroup] = []
    for entry in sorted(entry_points(group=COMMANDS_GROUP), key=lambda e: e.name):
        try:
            groups.append(entry.load())
        except ImportError:  # a group whose own imports fail adds no command; its commands are not offered
            continue
    return groups


def _parser(tr: Localizer, groups: Sequence[CommandGroup]) -> argparse.ArgumentParser:
    _ = tr.gettext
    parser = argparse.ArgumentParser(
        prog="cooperation-rules",
        description=_(
            "Evaluate acts under the Agreement between the Government of the Republic of Kazakhstan and the Government "
            "of the Czech Republic on cooperation in combating crime of November 23, 2017."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"cooperation-rules {__version__}", help=_("print the version and exit")
    )
    parser.add_argument("--rules", metavar="DIR", help=_("folder of rule files (default: the bundled rules/)"))
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("evaluate", _("read JSON Lines events, write one JSON evaluation (or error record) per line")),
        ("explain", _("read JSON Lines events, print each decision with its duties and the quoted law")),
    ):
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("file", nargs="?", default="-", help=_("JSON Lines file of events, or - for standard input"))
        p.add_argument(
            "--lifecycle", metavar="FILE", help=_("JSON file: notifications received, suspensions, termination notice")
        )
        p.add_argument(
            "--engine",
            choices=[e.value for e in Engine],
            default=Engine.AUTO.value,
            help=_("rule engine: durable, python or auto (the Python engine); default: %(default)s"),
        )
        p.add_argument(
            "--strict",
            action="store_true",
            help=_("do not accept an event that leaves a decisive legal fact unstated: name each field instead of presuming it"),
        )
        verdicts = ", ".join(v.value for v in Verdict)
        p.add_argument(
            "--fail-on",
            metavar="VERDICT[,VERDICT...]",
            type=_verdicts(_),
            default=frozenset(),
            help=_("exit with status 3 at the end when an evaluation has one of these verdicts: %(verdicts)s")
            % {"verdicts": verdicts},
        )
        if name == "evaluate":
            p.add_argument(
                "--compact",
                action="store_true",
                help=_("cite each provision by eId and label only, without its text (read it with 'provision EID')"),
            )
            p.add_argument(
                "--stamp",
                action="store_true",
                help=_("add a decision id (a random UUID) and the time of the decision in UTC to each receipt"),
            )
        _locale_argument(p, _)
    p = sub.add_parser("provision", help=_("print a provision's label and verbatim text"))
    p.add_argument("eid", help=_("Akoma Ntoso style eId, e.g. art_10__point_5"))
    _locale_argument(p, _)
    p = sub.add_parser("schema", help=_("print the JSON Schema of events"))
    p.add_argument("--evaluation", action="store_true", help=_("print the JSON Schema of evaluations instead"))
    p.add_argument(
        "--compact", action="store_true", help=_("with --evaluation: the schema of compact evaluations (evaluate --compact)")
    )
    ledger_commands.add_parsers(sub, tr)
    for group in groups:
        group.add_parsers(sub, tr)
    return parser


def _locale_argument(p: argparse.ArgumentParser, _: Callable[[str], str]) -> None:
    languages = ", ".join(lang.value for lang in Language)
    p.add_argument(
        "--locale",
        metavar="LANG",
        help=_("language of the text: %(languages)s (default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en)")
        % {"languages": languages},
    )


def _verdicts(_: Callable[[str], str]) -> Callable[[str], frozenset[Verdict]]:
    """The parser of ``--fail-on``: comma-separated verdicts; an unknown one is a usage error naming it."""

    def parse(text: str) -> frozenset[Verdict]:
        chosen: set[Verdict] = set()
        for name in text.split(","):
            try:
                chosen.add(Verdict(name.strip()))
            except ValueError:
                raise argparse.ArgumentTypeError(
                    _("unknown verdict %(verdict)s; known: %(known)s")
                    % {"verdict": repr(name.strip()), "known": ", ".join(v.value for v in Verdict)}
                ) from None
        return frozenset(chosen)

    return parse


def _requested_locale(argv: Sequence[str]) -> str | None:
    """The value of ``--locale`` on the command line, read before parsing so that help texts are in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            return None
        if arg == "--locale" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--locale="):
            return arg.partition("=")[2]
    return None


def fail(message: str, tr: Localizer) -> int:
    """Print ``message`` as the command's one-line error; the usage-error status, 2."""
    print(tr.gettext("cooperation-rules: error: %(message)s") % {"message": message}, file=sys.stderr)
    return 2


def cannot_write(file: object, exc: OSError, tr: Localizer) -> int:
    """The one-line error for a file that cannot be written."""
    reason = exc.strerror or str(exc)
    return fail(tr.gettext("cannot write %(file)s: %(reason)s") % {"file": file, "reason": reason}, tr)


#: The exit status after an interrupt (Ctrl-C): 128 + SIGINT, as shells report it.
INTERRUPTED = 130
#: The exit status of ``evaluate`` and ``explain`` when every line was evaluated and some evaluation has a
#: verdict given to ``--fail-on`` (a bad line's status, 1, takes precedence).
FAILED_ON_VERDICT = 3

#: What a line that repeats an earlier line's id is told (in English on the wire, translated for people).
_DUPLICATE_ID = N_("id %(id)s already given on line %(first)d")


@dataclass(frozen=True)
class DuplicateId:
    """A line whose event id an earlier line of the same input already gave: not evaluated."""

    line: int
    id: str
    first_line: int

    def message(self, gettext: Callable[[str], str] = N_) -> str:
        """What is wrong with the line, in the language of ``gettext`` (English by default)."""
        return gettext(_DUPLICATE_ID) % {"id": printable(repr(self.id)), "first": self.first_line}

    def to_record(self, locale: str | None = None) -> dict[str, object]:
        """The error record written in place of an evaluation, its message in ``locale``'s language."""
        fault = FieldError.of("id", ErrorCode.DUPLICATE_ID, _DUPLICATE_ID, id=printable(repr(self.id)), first=self.first_line)
        return {
            "line": self.line,
            "id": self.id,
            "error": "duplicate_id",
            "code": fault.code.value,
            "message": fault.text(locale),
            "errors": [fault.to_record(locale)],
            "first_line": self.first_line,
        }


def _tolerant_streams() -> None:
    """Standard output and error that escape what their encoding cannot show, rather than fail mid-record."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """Point a standard output that can no longer be written at /dev/null, so that the exit's own flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):  # no file descriptor behind it: nothing will be flushed there
        pass


def _say(message: str) -> None:
    """One line on standard error, if there is one to write to."""
    with suppress(OSError, AttributeError, ValueError):
        print(message, file=sys.stderr, flush=True)


def _interrupted(_: Callable[[str], str]) -> int:
    """After Ctrl-C: the records written so far (each one write, so whole), one line, status 130."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        _silence_stdout()
    _say("cooperation-rules: " + _("interrupted"))
    return INTERRUPTED


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Whatever happens, the command ends with one line on standard error, never a traceback: an
    interrupt (Ctrl-C, SIGINT) stops it with status 130 after the records already written; a
    reader that closed standard output ends it quietly; a stream or file that cannot be read or
    written, or input too deep to follow, is a usage error (status 2).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    requested = _requested_locale(args)
    tr = localizer(requested if requested is not None and normalise(requested) is not None else None)
    _ = tr.gettext
    if sys.stdout is None or sys.stdin is None:  # started with a standard stream closed (``>&-``, ``<&-``)
        closed = _("standard output is closed") if sys.stdout is None else _("standard input is closed")
        _say(_("cooperation-rules: error: %(message)s") % {"message": closed})
        return 2
    try:
        _tolerant_streams()
        status = _main(args, tr, requested)
        sys.stdout.flush()
        return status
    except KeyboardInterrupt:
        return _interrupted(_)
    except PydanticSerializationError as exc:
        if "KeyboardInterrupt" not in str(exc):
            raise
        return _interrupted(_)  # pydantic's serializer wraps an interrupt that lands inside it
    except BrokenPipeError:
        _silence_stdout()  # the reader has all it wanted (``| head``)
        return 0
    except OSError as exc:  # a standard stream or a file full, closed or gone while reading or writing records
        _silence_stdout()
        reason = printable(exc.strerror or exc)
        message = _("input or output failed: %(reason)s") % {"reason": reason}
        if exc.filename is not None:
            message += f" ({printable(exc.filename)})"
        _say(_("cooperation-rules: error: %(message)s") % {"message": message})
        return 2
    except (RecursionError, MemoryError, UnicodeError) as exc:  # input past what Python itself can follow
        reason = printable(f"{type(exc).__name__}: {str(exc)[:200]}")
        _say(
            _("cooperation-rules: error: %(message)s")
            % {"message": _("input that cannot be processed: %(reason)s") % {"reason": reason}}
        )
        return 2


def _main(argv: list[str], tr: Localizer, requested: str | None) -> int:
    """The command ``argv`` asks for, in ``tr``'s language (``requested`` is the ``--locale`` given, if any)."""
    groups = command_groups()
    args = _parser(tr, groups).parse_args(argv)
    if requested is not None and normalise(requested) is None:
        supported = ", ".join(lang.value for lang in Language)
        return fail(
            tr.gettext("unsupported locale %(locale)s; supported: %(supported)s")
            % {"locale": repr(requested), "supported": supported},
            tr,
        )
    locale = tr.language.value
    if args.command == "schema":
        if args.compact and not args.evaluation:
            return fail(tr.gettext("--compact needs --evaluation: events have no compact form"), tr)
        schema = (compact_evaluation_schema() if args.compact else evaluation_schema()) if args.evaluation else event_schema()
        print(json.dumps(schema, indent=2, sort_keys=True))
        return 0
    try:
        rulebook = Rulebook.load(args.rules)
    except RuleFileError as exc:
        return fail(exc.localized(locale), tr)
    except FileNotFoundError as exc:
        return fail(str(exc), tr)
    if args.command == "ledger":
        return ledger_commands.run(rulebook, args, tr)
    for group in groups:
        if args.command in group.names:
            return group.run(rulebook, args, tr)
    if args.command == "provision":
        try:
            p = rulebook.provision(args.eid)
        except UnknownProvision as exc:
            return fail(exc.localized(locale), tr)
        print(f"{tr.provision_label(p.eid, p.label)} [{p.eid}]")
        print(p.text)
        return 0
    lifecycle = None
    if args.lifecycle:
        try:
            lifecycle = Lifecycle.from_file(args.lifecycle)
        except InvalidLifecycle as exc:
            return fail(f"{args.lifecycle}: {exc.localized(locale)}", tr)
    try:
        rulebook.engine(args.engine)
    except CooperationRulesError as exc:
        return fail(exc.localized(locale), tr)
    try:
        stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        return fail(tr.gettext("cannot read %(file)s: %(reason)s") % {"file": args.file, "reason": exc.strerror}, tr)
    # A failure while reading or writing the records themselves (a full disk, a closed pipe) is main's to report.
    with stream if args.file != "-" else nullcontext():
        if args.command == "evaluate":
            return _evaluate(
                rulebook,
                stream,
                lifecycle,
                args.engine,
                tr,
                strict=args.strict,
                fail_on=args.fail_on,
                compact=args.compact,
                stamp=args.stamp,
            )
        return _explain(rulebook, stream, lifecycle, args.engine, tr, strict=args.strict, fail_on=args.fail_on)


def _results(
    rulebook: Rulebook, stream: BinaryIO, lifecycle: Lifecycle | None, engine: str, *, strict: bool
) -> Iterator[tuple[int, str | None, Evaluation | BadLine | RulebookGap | DuplicateId]]:
    """Each non-blank line's number, event id (if one could be read) and evaluation, or what kept it from one.

    A bad line never stops the rest. The first line to give an id, valid or not, is evaluated (or reported, if
    bad); a later valid line with the same id is a ``DuplicateId``, and a later bad one stays a ``BadLine``.
    """
    first: dict[str, int] = {}  # each id read, and the line that first gave it
    for item in read_events(stream):
        event_id = item.id if isinstance(item, BadLine) else item.event.id
        if event_id is not None:
            seen = first.setdefault(event_id, item.line)
            if seen != item.line and not isinstance(item, BadLine):
                yield item.line, event_id, DuplicateId(item.line, event_id, seen)
                continue
        if isinstance(item, BadLine):
            yield item.line, event_id, item
            continue
        try:
            yield item.line, event_id, rulebook.evaluate(item.event, lifecycle=lifecycle, engine=engine, strict=strict)
        except RulebookGap as gap:
            yield item.line, event_id, gap
        except UnstatedFacts as unstated:  # strict mode: the event leaves a decisive legal fact unstated
            yield item.line, event_id, BadLine(item.line, UnstatedFacts(list(unstated.errors), line=item.line), event_id)


def _status(bad: bool, failed: int, tr: Localizer, fail_on: frozenset[Verdict]) -> int:
    """The exit status after all records: 1 if a line was bad, else 3 for a verdict of ``--fail-on``, else 0."""
    if failed:
        message = tr.ngettext(
            "%(count)d evaluation has a verdict given to --fail-on (%(verdicts)s)",
            "%(count)d evaluations have a verdict given to --fail-on (%(verdicts)s)",
            failed,
        )
        verdicts = ", ".join(v.value for v in Verdict if v in fail_on)
        print("cooperation-rules: " + message % {"count": failed, "verdicts": verdicts}, file=sys.stderr)
    return 1 if bad else FAILED_ON_VERDICT if failed else 0


#: The wording of a ``no_verdict`` fault (the gap's own message, in the chosen language).
_NO_VERDICT = N_("the rules give no verdict for this event: %(reason)s")


def _evaluate(
    rulebook: Rulebook,
    stream: BinaryIO,
    lifecycle: Lifecycle | None,
    engine: str,
    tr: Localizer,
    *,
    strict: bool,
    fail_on: frozenset[Verdict],
    compact: bool,
    stamp: bool,
) -> int:
    out = sys.stdout
    locale = tr.language.value
    writer = WireWriter(compact=compact)
    bad = failed = 0
    for line, event_id, result in _results(rulebook, stream, lifecycle, engine, strict=strict):
        if isinstance(result, Evaluation):
            failed += result.verdict in fail_on
            if stamp:  # the caller asked for a decision log: an id and the time, which the evaluation itself never holds
                result = result.stamped(str(uuid.uuid4()), dt.datetime.now(dt.UTC))
            # The evaluation's wire form, serialised once, with its input line first: {"line":7,"event_id":...}.
            out.write(writer.dumps(result, line=line) + "\n")
            continue
        bad += 1
        record: dict[str, object]
        if isinstance(result, RulebookGap):
            # The rules give no verdict for a valid event: a gap in a rules folder of the caller's own.
            fault = FieldError.of("", ErrorCode.NO_VERDICT, _NO_VERDICT, reason=result.localized(locale))
            record = {
                "line": line,
                "id": event_id,
                "error": "no_verdict",
                "code": fault.code.value,
                "message": fault.text(locale),
                "errors": [fault.to_record(locale)],
            }
        else:
            record = result.to_record(locale)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    if bad:
        message = tr.ngettext(
            "%(count)d line could not be evaluated; see the error records",
            "%(count)d lines could not be evaluated; see the error records",
            bad,
        )
        print("cooperation-rules: " + message % {"count": bad}, file=sys.stderr)
    return _status(bad > 0, failed, tr, fail_on)


def _explain(
    rulebook: Rulebook,
    stream: BinaryIO,
    lifecycle: Lifecycle | None,
    engine: str,
    tr: Localizer,
    *,
    strict: bool,
    fail_on: frozenset[Verdict],
) -> int:
    out = sys.stdout
    locale = tr.language.value
    if lifecycle is not None:
        out.write(explain_lifecycle(lifecycle, rulebook.lifecycle_duties(lifecycle, engine=engine), locale=locale) + "\n\n")
    # Only whether a line was bad matters here: each is told where it stands, and the status says one was.
    bad = False
    failed = 0
    for line, _, result in _results(rulebook, stream, lifecycle, engine, strict=strict):
        if isinstance(result, Evaluation):
            failed += result.verdict in fail_on
            out.write(tr.gettext("Line %(line)d: %(text)s") % {"line": line, "text": result.explain(locale)} + "\n\n")
            continue
        bad = True
        if isinstance(result, DuplicateId):
            out.write(
                tr.gettext("Line %(line)d: not evaluated: %(reason)s") % {"line": line, "reason": result.message(tr.gettext)}
            )
            out.write("\n\n")
        elif isinstance(result, BadLine):
            if isinstance(result.error, UnstatedFacts):  # strict mode: each field, with what would have been presumed
                out.write(tr.gettext("Line %(line)d: decisive legal facts not stated (strict mode)") % {"line": line} + "\n")
                out.writelines(f"  - {tr.gettext(PRESUMED[e.field])}\n" for e in result.error.errors)
                out.write("\n")
                continue
            out.write(tr.gettext("Line %(line)d: not a valid event") % {"line": line} + "\n")
            out.writelines(f"  - {printable(e.localized(locale))}\n" for e in result.error.errors)
            out.write("\n")
        else:
            out.write(tr.gettext("Line %(line)d: no decision: %(reason)s") % {"line": line, "reason": result.localized(locale)})
            out.write("\n\n")
    out.flush()
    return _status(bad, failed, tr, fail_on)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
