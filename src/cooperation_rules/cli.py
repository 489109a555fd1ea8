"""The ``cooperation-rules`` command: evaluate, explain, provision, schema, trace, docs build, snapshot, diff, mutate.

- ``evaluate``, ``explain``: JSON Lines events in, one evaluation (or its explanation) per line out.
- ``provision``, ``schema``: a provision's verbatim text; the JSON Schema of events.
- ``trace``, ``docs build``: the matrix provision -> rules -> scenarios; the static site for lawyers.
- ``snapshot CORPUS``: the canonical decision snapshot of a corpus folder (``docs/regressions.md``).
- ``diff OLD NEW`` and ``diff --against REV``: the decisions that changed, by provision.
- ``mutate``: every mutant of every rule against the scenarios, per provision (``docs/regressions.md``).

Exit status: 0 when every line was evaluated, 1 when some line was bad (the others are
still evaluated and written), 2 for a usage error (unknown option, unreadable file,
invalid lifecycle, unknown eId, unsupported locale). ``snapshot`` exits 1 when the snapshot
holds error records (bad lines, events with no verdict); ``diff`` exits 0 when no decision
changed, 1 when some did (or events were added or removed), 2 for a usage or read error
(unreadable snapshot or corpus, unknown revision, no git repository). ``mutate --check`` exits 1
when a mutant that could change a decision is not killed by the scenarios.

What people read (``explain``, ``provision``, help and error messages) is in English, Russian,
Czech or Kazakh: ``--locale``, else ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``, else English.
JSON output (``evaluate``, error records) keeps its English wire keys and values.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import CooperationRulesError, InvalidLifecycle, RulebookGap, RuleFileError, UnknownProvision
from .evaluation import Evaluation, explain_lifecycle
from .events import event_schema
from .i18n import Language, Localizer, localizer, normalise
from .jsonl import BadLine, read_events
from .lifecycle import Lifecycle
from .rulebook import Rulebook, bundled_rules_dir
from .vocabulary import Engine

#: The corpus ``diff --against`` evaluates when ``--corpus`` is not given (docs/regressions.md).
DEFAULT_CORPUS = "tests/corpus"
#: How many changed events ``diff`` shows under each provision when ``--limit`` is not given.
DEFAULT_LIMIT = 10
#: The step definitions ``mutate`` runs the scenarios with when ``--steps`` is not given.
DEFAULT_STEPS = "tests/bdd/steps.py"


@contextmanager
def _open_input(name: str) -> Iterator[BinaryIO]:
    if name == "-":
        yield sys.stdin.buffer
        return
    with open(name, "rb") as handle:
        yield handle


def _parser(tr: Localizer) -> argparse.ArgumentParser:
    _ = tr.gettext
    parser = argparse.ArgumentParser(
        prog="cooperation-rules",
        description=_("Evaluate acts under the 2017 Kazakhstan-Czech Republic Agreement on cooperation in combating crime."),
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
        p.add_argument("--engine", choices=[e.value for e in Engine], default=Engine.AUTO.value)
        if name == "explain":
            _locale_argument(p, _)
    p = sub.add_parser("provision", help=_("print a provision's label and verbatim text"))
    p.add_argument("eid", help=_("Akoma Ntoso style eId, e.g. art_10__point_5"))
    _locale_argument(p, _)
    sub.add_parser("schema", help=_("print the JSON Schema of events"))
    p = sub.add_parser("trace", help=_("print the matrix provision -> rules -> scenarios -> last result"))
    _spec_options(p, _)
    p.add_argument("--json", action="store_true", help=_("print the matrix as JSON"))
    p.add_argument("--check", action="store_true", help=_("exit 1 when the gate finds an untested provision or rule"))
    p = sub.add_parser("docs", help=_("documentation for lawyers"))
    docs = p.add_subparsers(dest="docs_command", required=True)
    p = docs.add_parser("build", help=_("write the static HTML site: the treaty, its rules and its scenarios"))
    p.add_argument("out", nargs="?", default="docs/site", help=_("output folder (default: docs/site)"))
    _spec_options(p, _)
    text = _("evaluate every event set of a corpus folder and write the canonical snapshot of the decisions")
    p = sub.add_parser("snapshot", help=text, description=text)
    p.add_argument("corpus", help=_("corpus folder: NAME.jsonl event sets, each with an optional NAME.lifecycle.json"))
    p.add_argument("--out", metavar="FILE", help=_("write the snapshot to FILE (default: standard output)"))
    p.add_argument("--engine", choices=[e.value for e in Engine], default=Engine.PYTHON.value)
    text = _("compare the decisions of two snapshots, or of the rules at a git revision and the rules now")
    p = sub.add_parser("diff", help=text, description=text)
    p.add_argument("old", nargs="?", metavar="OLD", help=_("snapshot file before the change"))
    p.add_argument("new", nargs="?", metavar="NEW", help=_("snapshot file after the change"))
    p.add_argument(
        "--against",
        metavar="REV",
        help=_(
            "compare the rules at git revision REV with the rules of the working tree, "
            "both evaluated on the corpus given by --corpus"
        ),
    )
    p.add_argument(
        "--corpus",
        metavar="DIR",
        help=_("corpus folder evaluated with --against (default: %(default)s)") % {"default": DEFAULT_CORPUS},
    )
    p.add_argument("--json", action="store_true", help=_("print the difference as JSON"))
    p.add_argument(
        "--limit",
        metavar="N",
        type=int,
        default=DEFAULT_LIMIT,
        help=_("changed events shown under each provision (default: %(default)s; 0 shows all)") % {"default": DEFAULT_LIMIT},
    )
    text = _("change every rule in the ways a careless edit would, and report per provision which changes the scenarios catch")
    p = sub.add_parser("mutate", help=text, description=text)
    p.add_argument("--features", metavar="DIR", default="features", help=_("folder of feature files (default: features)"))
    p.add_argument(
        "--steps",
        metavar="FILE",
        default=DEFAULT_STEPS,
        help=_("step definitions of the scenarios (default: %(default)s)") % {"default": DEFAULT_STEPS},
    )
    p.add_argument(
        "--corpus",
        metavar="DIR",
        default=DEFAULT_CORPUS,
        help=_("corpus folder that tells an equivalent change from a missed one (default: %(default)s)")
        % {"default": DEFAULT_CORPUS},
    )
    p.add_argument(
        "--snapshot", metavar="FILE", help=_("also check against this approved snapshot each change the scenarios miss")
    )
    p.add_argument("--rule", metavar="PREFIX", help=_("only the rules whose id starts with PREFIX"))
    p.add_argument("--jobs", metavar="N", type=int, help=_("number of processes (default: one per core)"))
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    p.add_argument("--json-out", metavar="FILE", help=_("also write the report as JSON to FILE"))
    p.add_argument("--all", action="store_true", help=_("list the killed changes too"))
    p.add_argument(
        "--check", action="store_true", help=_("exit 1 when a change that alters a decision is not caught by the scenarios")
    )
    return parser


def _spec_options(p: argparse.ArgumentParser, _: Callable[[str], str]) -> None:
    p.add_argument("--features", metavar="DIR", default="features", help=_("folder of feature files (default: features)"))
    p.add_argument(
        "--results",
        metavar="FILE",
        default="build/spec-results.json",
        help=_("results of the last run of the scenarios (default: build/spec-results.json, which the tests produce)"),
    )


def _locale_argument(p: argparse.ArgumentParser, _: Callable[[str], str]) -> None:
    languages = ", ".join(lang.value for lang in Language)
    p.add_argument(
        "--locale",
        metavar="LANG",
        help=_("language of the text: %(languages)s (default: LC_ALL, LC_MESSAGES or LANG, else en)") % {"languages": languages},
    )


def _requested_locale(argv: Sequence[str]) -> str | None:
    """The value of ``--locale`` on the command line, read before parsing so that help texts are in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--locale" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--locale="):
            return arg.partition("=")[2]
    return None


def _fail(message: str, tr: Localizer) -> int:
    print(tr.gettext("cooperation-rules: error: %(message)s") % {"message": message}, file=sys.stderr)
    return 2


def _cannot_write(file: object, exc: OSError, tr: Localizer) -> int:
    reason = exc.strerror or str(exc)
    return _fail(tr.gettext("cannot write %(file)s: %(reason)s") % {"file": file, "reason": reason}, tr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    requested = _requested_locale(argv)
    tr = localizer(requested if requested is not None and normalise(requested) is not None else None)
    args = _parser(tr).parse_args(argv)
    if requested is not None and normalise(requested) is None:
        supported = ", ".join(lang.value for lang in Language)
        return _fail(
            tr.gettext("unsupported locale %(locale)s; supported: %(supported)s")
            % {"locale": repr(requested), "supported": supported},
            tr,
        )
    locale = tr.language.value
    if args.command == "schema":
        print(json.dumps(event_schema(), indent=2, sort_keys=True))
        return 0
    try:
        rulebook = Rulebook.load(args.rules)
    except RuleFileError as exc:
        return _fail(exc.localized(locale), tr)
    except FileNotFoundError as exc:
        return _fail(str(exc), tr)
    if args.command in ("trace", "docs"):
        return _spec_command(rulebook, args, tr)
    if args.command == "snapshot":
        return _snapshot(rulebook, args, tr)
    if args.command == "diff":
        return _diff(rulebook, args, tr)
    if args.command == "mutate":
        return _mutate(args, tr)
    if args.command == "provision":
        try:
            p = rulebook.provision(args.eid)
        except UnknownProvision as exc:
            return _fail(exc.localized(locale), tr)
        print(f"{tr.provision_label(p.eid, p.label)} [{p.eid}]")
        print(p.text)
        return 0
    lifecycle = None
    if args.lifecycle:
        try:
            lifecycle = Lifecycle.from_file(args.lifecycle)
        except InvalidLifecycle as exc:
            return _fail(f"{args.lifecycle}: {exc.localized(locale)}", tr)
    try:
        rulebook.engine(args.engine)
    except CooperationRulesError as exc:
        return _fail(exc.localized(locale), tr)
    try:
        with _open_input(args.file) as stream:
            if args.command == "evaluate":
                return _evaluate(rulebook, stream, lifecycle, args.engine, tr)
            return _explain(rulebook, stream, lifecycle, args.engine, tr)
    except OSError as exc:
        return _fail(tr.gettext("cannot read %(file)s: %(reason)s") % {"file": args.file, "reason": exc.strerror}, tr)
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


def _evaluate(rulebook: Rulebook, stream: BinaryIO, lifecycle: Lifecycle | None, engine: str, tr: Localizer) -> int:
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
        message = tr.ngettext(
            "%(count)d line could not be evaluated; see the error records",
            "%(count)d lines could not be evaluated; see the error records",
            bad,
        )
        print("cooperation-rules: " + message % {"count": bad}, file=sys.stderr)
    return 1 if bad else 0


def _explain(rulebook: Rulebook, stream: BinaryIO, lifecycle: Lifecycle | None, engine: str, tr: Localizer) -> int:
    out = sys.stdout
    locale = tr.language.value
    if lifecycle is not None:
        out.write(explain_lifecycle(lifecycle, rulebook.lifecycle_duties(lifecycle, engine=engine), locale=locale) + "\n\n")
    bad = 0
    for line, result in _results(rulebook, stream, lifecycle, engine):
        if isinstance(result, Evaluation):
            out.write(tr.gettext("Line %(line)d: %(text)s") % {"line": line, "text": result.explain(locale)} + "\n\n")
            continue
        bad += 1
        if isinstance(result, BadLine):
            out.write(tr.gettext("Line %(line)d: not a valid event") % {"line": line} + "\n")
            out.writelines(f"  - {e.localized(locale)}\n" for e in result.error.errors)
            out.write("\n")
        else:
            out.write(tr.gettext("Line %(line)d: no decision: %(reason)s") % {"line": line, "reason": result.localized(locale)})
            out.write("\n\n")
    out.flush()
    return 1 if bad else 0


def _spec_command(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``trace`` and ``docs build``: the rulebook, the scenarios of ``--features``, the run of ``--results``."""
    from .site import build_site  # the Gherkin reader is loaded only by the commands that read features
    from .spec import FeatureFileError, RunRecord, read_features
    from .trace import build_trace, format_trace

    try:
        features = read_features(args.features)
    except FeatureFileError as exc:
        return _fail(str(exc), tr)
    record = None
    if Path(args.results).exists():
        try:
            record = RunRecord.load(args.results)
        except FeatureFileError as exc:
            return _fail(str(exc), tr)
    trace = build_trace(rulebook, features, record)
    if args.command == "docs":
        try:
            pages = build_site(rulebook, features, trace, args.out)
        except OSError as exc:
            return _cannot_write(exc.filename or args.out, exc, tr)
        wrote = tr.ngettext(
            "wrote %(count)d file to %(out)s (start at %(index)s)",
            "wrote %(count)d files to %(out)s (start at %(index)s)",
            len(pages),
        )
        print(wrote % {"count": len(pages), "out": args.out, "index": Path(args.out) / "index.html"})
        if record is None:
            missing = tr.gettext("no results of a run at %(file)s: scenarios are shown as not run")
            print(missing % {"file": args.results}, file=sys.stderr)
        return 0
    problems = trace.problems()
    sys.stdout.write(trace.to_json() if args.json else format_trace(trace, problems))
    if args.check and problems:
        found = tr.ngettext("the trace gate finds %(count)d problem", "the trace gate finds %(count)d problems", len(problems))
        print("cooperation-rules: " + found % {"count": len(problems)}, file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    return 0


def _snapshot(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``snapshot CORPUS``: the canonical decision snapshot, to ``--out`` or standard output."""
    from .snapshot import dump_snapshot, read_corpus, snapshot_errors, take_snapshot, write_snapshot

    try:
        rulebook.engine(args.engine)
        corpus = read_corpus(args.corpus)
    except CooperationRulesError as exc:  # an engine that cannot run, a corpus that cannot be read
        return _fail(exc.localized(tr.language.value), tr)
    records = take_snapshot(rulebook, corpus, engine=args.engine)
    if args.out:
        try:
            write_snapshot(args.out, records)
        except OSError as exc:
            return _cannot_write(args.out, exc, tr)
    else:
        sys.stdout.write(dump_snapshot(records))
        sys.stdout.flush()
    errors = snapshot_errors(records)
    if errors:
        message = tr.ngettext(
            "%(count)d event could not be evaluated; see the error records in the snapshot",
            "%(count)d events could not be evaluated; see the error records in the snapshot",
            errors,
        )
        print("cooperation-rules: " + message % {"count": errors}, file=sys.stderr)
    return 1 if errors else 0


def _diff(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``diff OLD NEW`` or ``diff --against REV``: the decisions that changed, by provision; exit 1 when some did."""
    from .diff import diff_snapshots, format_diff, rulebook_at
    from .snapshot import read_corpus, read_snapshot, take_snapshot

    files = [f for f in (args.old, args.new) if f is not None]
    if args.limit < 0:
        return _fail(tr.gettext("--limit is a number of events: 0 (all) or more"), tr)
    if args.against is not None and files:
        return _fail(tr.gettext("give either two snapshot files OLD NEW or --against REV, not both"), tr)
    if args.against is None and args.corpus is not None:
        return _fail(tr.gettext("--corpus goes with --against REV"), tr)
    if args.against is None and len(files) != 2:
        return _fail(tr.gettext("give two snapshot files OLD NEW, or --against REV"), tr)
    try:
        if args.against is None:
            old, new = read_snapshot(args.old), read_snapshot(args.new)
        else:
            corpus = read_corpus(args.corpus or DEFAULT_CORPUS)
            before = rulebook_at(args.against, args.rules or bundled_rules_dir())
            old, new = take_snapshot(before, corpus), take_snapshot(rulebook, corpus)
    except CooperationRulesError as exc:  # a snapshot or corpus that cannot be read, no such revision, rules that do not load
        return _fail(exc.localized(tr.language.value), tr)
    difference = diff_snapshots(old, new, treaty=rulebook.treaty)
    sys.stdout.write(difference.to_json() if args.json else format_diff(difference, rulebook.treaty, limit=args.limit))
    sys.stdout.flush()
    return 1 if difference.changed else 0


def _mutate(args: argparse.Namespace, tr: Localizer) -> int:
    """``mutate``: every mutant of the rules against the scenarios; with ``--check``, exit 1 when one is missed."""
    from .mutation import MutationSetup, format_report, run_mutation

    if args.jobs is not None and args.jobs < 1:
        return _fail(tr.gettext("--jobs is a number of processes: 1 or more"), tr)
    setup = MutationSetup(
        features=Path(args.features),
        steps=Path(args.steps),
        rules=Path(args.rules) if args.rules else None,
        corpus=Path(args.corpus),
        approved=Path(args.snapshot) if args.snapshot else None,
    )
    prefix = args.rule
    try:
        report = run_mutation(setup, jobs=args.jobs, select=None if prefix is None else lambda m: m.rule_id.startswith(prefix))
    except CooperationRulesError as exc:  # rules, scenarios, corpus or snapshot that cannot be read, a failing scenario
        return _fail(exc.localized(tr.language.value), tr)
    treaty = Rulebook.load(args.rules).treaty
    if args.json_out:
        try:
            Path(args.json_out).write_text(report.to_json(treaty), encoding="utf-8")
        except OSError as exc:
            return _cannot_write(args.json_out, exc, tr)
    sys.stdout.write(report.to_json(treaty) if args.json else format_report(report, treaty, show_killed=args.all))
    sys.stdout.flush()
    missed = report.missed
    if args.check and missed:
        found = tr.ngettext(
            "%(count)d change of a rule alters decisions but no scenario fails",
            "%(count)d changes of rules alter decisions but no scenario fails",
            len(missed),
        )
        print("cooperation-rules: " + found % {"count": len(missed)}, file=sys.stderr)
        for r in missed:
            print(f"  - {r.mutant.rule_id}: {r.mutant.description}: {r.detail}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
