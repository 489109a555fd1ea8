"""The tooling's subcommands of ``cooperation-rules``: ``trace``, ``docs build``, ``snapshot``, ``diff``, ``mutate``.

The command line finds them through the entry point ``tools`` of the group
``cooperation_rules.commands`` (``pyproject.toml``), so that the library itself never imports the
tooling. Registering the subcommands needs nothing beyond the library; running those that read
features (``trace``, ``docs build``, ``mutate``) needs the ``tools`` extra, and without it they
say what to install. The project's own folders (``features/``, ``tests/corpus``, ``build/``) are
found from the working folder upwards (``tools.checkout``) unless given.

Exit status: ``snapshot`` exits 1 when the snapshot holds error records (bad lines, events with no
verdict); ``diff`` exits 0 when no decision changed, 1 when some did (or events were added or
removed), 2 for a usage or read error (unreadable snapshot or corpus, unknown revision, no git
repository); ``trace --check`` exits 1 when the gate finds a problem; ``mutate --check`` exits 1
when a mutant that could change a decision is not killed by the scenarios; ``check`` exits 1 on a
gap, a dead rule or a model that disagrees with ``derive()``, 2 when a fact has no symbolic form.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalogs import N_, Language
from ..cli import cannot_write, fail
from ..errors import CooperationRulesError
from ..model.vocabulary import Engine
from ..rulebook.rulebook import Rulebook
from ..rulefiles.reading import bundled_rules_dir
from ..text.localizer import Localizer
from .checkout import CheckoutFolderMissing, checkout_root, find_in_checkout, head_commit
from .stepdefs import BUNDLED_STEPS

if TYPE_CHECKING:
    from .spec import RunRecord, SpecFeature
    from .tracing import Trace

#: How many changed events ``diff`` shows under each provision when ``--limit`` is not given.
DEFAULT_LIMIT = 10
_IN_CHECKOUT_FEATURES = "features/ in the working folder or above"
_IN_CHECKOUT_CORPUS = "tests/corpus in the working folder or above"
#: The modules the ``tools`` extra installs, and so the ones whose absence means it is not installed.
_EXTRA_MODULES = frozenset({"gherkin", "pytest_bdd", "pytest", "_pytest", "markdown_it"})
_NEEDS_CHECK = N_("cooperation-rules check needs the check extra: pip install 'cooperation-rules[check]'")
_NEEDS_EXTRA = N_("%(command)s needs the tools extra: pip install 'cooperation-rules[tools]' (missing: %(module)s)")


def _default_results() -> str:
    """The results file of the last run of the scenarios: ``build/spec-results.json`` of the checkout, if any."""
    root = checkout_root()
    return str((root or Path()) / "build" / "spec-results.json")


def _spec_options(p: argparse.ArgumentParser, _: Callable[[str], str]) -> None:
    p.add_argument(
        "--features", metavar="DIR", help=_("folder of feature files (default: %(default)s)") % {"default": _IN_CHECKOUT_FEATURES}
    )
    p.add_argument(
        "--results",
        metavar="FILE",
        help=_("results of the last run of the scenarios (default: build/spec-results.json, which the tests produce)"),
    )


class ToolCommands:
    """The tooling's subcommands, as the command line asks of a group of commands (entry point ``tools``)."""

    names = ("trace", "docs", "snapshot", "diff", "mutate", "check")

    def add_parsers(self, sub: Any, tr: Localizer) -> None:
        """Add the subcommands to the command line's subparsers, their help in ``tr``'s language."""
        _ = tr.gettext
        p = sub.add_parser("trace", help=_("print the matrix provision -> rules -> scenarios -> last result"))
        _spec_options(p, _)
        p.add_argument("--json", action="store_true", help=_("print the matrix as JSON"))
        p.add_argument("--check", action="store_true", help=_("exit 1 when the gate finds an untested provision or rule"))
        p = sub.add_parser("docs", help=_("documentation for lawyers"))
        docs = p.add_subparsers(dest="docs_command", required=True)
        p = docs.add_parser("build", help=_("write the static HTML site: the treaty, its rules and its scenarios"))
        p.add_argument("out", nargs="?", default="docs/site", help=_("output folder (default: docs/site)"))
        _spec_options(p, _)
        languages = ", ".join(lang.value for lang in Language)
        p.add_argument(
            "--locale",
            metavar="LANG",
            help=_("language of the site's own words and of the rules' explanations: %(languages)s (default: en)")
            % {"languages": languages},
        )
        p.add_argument(
            "--legend", metavar="FILE", help=_("legend of the first page (default: docs/legend.yaml of the checkout, if any)")
        )
        p.add_argument(
            "--sign-off",
            action="store_true",
            help=_("also write the sign-off edition: a printable document per article and for the whole Agreement"),
        )
        text = _("print the legend of the scenarios (docs/legend.yaml) as plain text, for the preamble of the feature files")
        p = docs.add_parser("legend", help=text, description=text)
        p.add_argument("--legend", metavar="FILE", help=_("legend file (default: docs/legend.yaml of the checkout)"))
        form = p.add_mutually_exclusive_group()
        form.add_argument("--prefix", default="", help=_("text put before each line, such as two spaces or '# '"))
        form.add_argument(
            "--markdown",
            action="store_true",
            help=_("print it as Markdown, saying it is generated: the text of docs/legend.md (in English)"),
        )
        p.add_argument(
            "--locale", metavar="LANG", help=_("language of the legend: %(languages)s (default: en)") % {"languages": languages}
        )
        text = _("exit 0 when the run on file is of the scenarios, rules, version and commit as they are now, else 1 saying why")
        p = docs.add_parser("fresh", help=text, description=text)
        _spec_options(p, _)
        text = _("evaluate every event set of a corpus folder and write the canonical snapshot of the decisions")
        p = sub.add_parser("snapshot", help=text, description=text)
        p.add_argument("corpus", help=_("corpus folder: NAME.jsonl event sets, each with an optional NAME.lifecycle.json"))
        p.add_argument("--out", metavar="FILE", help=_("write the snapshot to FILE (default: standard output)"))
        p.add_argument(
            "--engine",
            choices=[e.value for e in Engine],
            default=Engine.PYTHON.value,
            help=_("rule engine: durable, python or auto (the Python engine); default: %(default)s"),
        )
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
            help=_("corpus folder evaluated with --against (default: %(default)s)") % {"default": _IN_CHECKOUT_CORPUS},
        )
        p.add_argument("--json", action="store_true", help=_("print the difference as JSON"))
        p.add_argument(
            "--limit",
            metavar="N",
            type=int,
            default=DEFAULT_LIMIT,
            help=_("changed events shown under each provision (default: %(default)s; 0 shows all)") % {"default": DEFAULT_LIMIT},
        )
        text = _(
            "change every rule in the ways a careless edit would, and report per provision which changes the scenarios catch"
        )
        p = sub.add_parser("mutate", help=text, description=text)
        p.add_argument(
            "--features",
            metavar="DIR",
            help=_("folder of feature files (default: %(default)s)") % {"default": _IN_CHECKOUT_FEATURES},
        )
        p.add_argument(
            "--steps",
            metavar="FILE",
            help=_("step definitions of the scenarios (default: %(default)s)") % {"default": BUNDLED_STEPS},
        )
        p.add_argument(
            "--corpus",
            metavar="DIR",
            help=_("corpus folder that tells an equivalent change from a missed one (default: %(default)s)")
            % {"default": _IN_CHECKOUT_CORPUS},
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

        text = _("prove properties of the rules over every possible event: gaps, conflicts, dead rules, duty timing")
        p = sub.add_parser("check", help=text, description=text)
        p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
        # Also after the subcommand, as the check is run: ``check --rules DIR``; the option before it stays as it was.
        p.add_argument(
            "--rules", metavar="DIR", default=argparse.SUPPRESS, help=_("folder of rule files (default: the bundled rules/)")
        )

    def run(self, rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
        """Run the subcommand ``args.command``; a missing module of the ``tools`` extra is one line saying what to install."""
        try:
            if args.command == "docs" and args.docs_command == "legend":
                return _legend(args, tr)
            if args.command in ("trace", "docs"):
                return _spec_command(rulebook, args, tr)
            if args.command == "snapshot":
                return _snapshot(rulebook, args, tr)
            if args.command == "diff":
                return _diff(rulebook, args, tr)
            if args.command == "check":
                return _check(rulebook, args, tr)
            return _mutate(rulebook, args, tr)
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] not in _EXTRA_MODULES:
                raise
            return fail(tr.gettext(_NEEDS_EXTRA) % {"command": f"cooperation-rules {args.command}", "module": exc.name}, tr)


#: The entry point's object.
commands = ToolCommands()


def _spec_command(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``trace`` and ``docs build``: the rulebook, the scenarios of ``--features``, the run of ``--results``."""
    from .featurelint import lint_features
    from .spec import FeatureFileError, RunRecord, read_features  # the Gherkin reader: only for commands that read features
    from .tracing import build_trace, format_trace

    try:
        folder = args.features or find_in_checkout("features", option="--features")
        features = read_features(folder)
    except (FeatureFileError, CheckoutFolderMissing) as exc:
        return fail(str(exc), tr)
    args.results = args.results or _default_results()
    record = None
    if Path(args.results).exists():
        try:
            record = RunRecord.load(args.results)
        except FeatureFileError as exc:
            return fail(str(exc), tr)
    if args.command == "docs" and args.docs_command == "fresh":
        return _fresh(rulebook, features, record, args, tr)
    trace = build_trace(rulebook, features, record)
    if args.command == "docs":
        return _docs_build(rulebook, features, trace, record, args, tr)
    # The gate also refuses scenarios whose tags disagree with their citations, and outline titles that
    # contradict their rows: the trace counts a provision's scenarios by their tags.
    problems = trace.problems() + lint_features(folder, {p.label: p.eid for p in rulebook.treaty})
    sys.stdout.write(trace.to_json() if args.json else format_trace(trace, problems))
    if args.check and problems:
        found = tr.ngettext("the trace gate finds %(count)d problem", "the trace gate finds %(count)d problems", len(problems))
        print("cooperation-rules: " + found % {"count": len(problems)}, file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    return 0


def _legend_file(given: str | None) -> Path | None:
    """``--legend``, else ``docs/legend.yaml`` of the checkout when there is one."""
    if given is not None:
        return Path(given)
    default = (checkout_root() or Path()) / "docs" / "legend.yaml"
    return default if default.is_file() else None


def _legend(args: argparse.Namespace, tr: Localizer) -> int:
    """``docs legend``: the legend as plain text, or with ``--markdown`` as Markdown, in ``tr``'s language."""
    from .legend import LegendError, legend_markdown, legend_text, read_legend

    path = _legend_file(args.legend)
    if path is None:
        return fail(tr.gettext("no legend: give one with --legend"), tr)
    try:
        legend = read_legend(path)
    except LegendError as exc:
        return fail(str(exc), tr)
    if not args.markdown:
        sys.stdout.write(legend_text(legend, tr.language.value, prefix=args.prefix))
        return 0
    # The generated file names its source and command as a reader of the checkout would type them: the path from
    # the checkout's root (the same wherever the checkout lies), and the options that change the text.
    source = _shown_path(path)
    command = ["cooperation-rules", "docs", "legend", "--markdown"]
    if args.legend is not None and source != "docs/legend.yaml":
        command += ["--legend", source]
    if tr.language is not Language.EN:
        command += ["--locale", tr.language.value]
    sys.stdout.write(legend_markdown(legend, tr, source=source, command=" ".join(command)))
    return 0


def _shown_path(path: Path) -> str:
    """``path`` from the checkout's root when it lies in the checkout, else as given; with forward slashes."""
    root = checkout_root(start=path.resolve().parent)
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _fresh(
    rulebook: Rulebook, features: tuple[SpecFeature, ...], record: RunRecord | None, args: argparse.Namespace, tr: Localizer
) -> int:
    """``docs fresh``: 0 when the record is the run of these scenarios, rules, version and commit; else 1 and why."""
    from .._version import __version__

    if record is None:
        reasons = [tr.gettext("no results of a run at %(file)s") % {"file": args.results}]
    else:
        root = checkout_root()
        reasons = record.stale(features, rulebook.digest, __version__, head_commit(root) if root else head_commit())
    if not reasons:
        print(tr.gettext("the run on file is of the scenarios and rules as they are: %(file)s") % {"file": args.results})
        return 0
    print(tr.gettext("the run on file is stale: %(file)s") % {"file": args.results}, file=sys.stderr)
    for reason in reasons:
        print(f"  - {reason}", file=sys.stderr)
    return 1


def _docs_build(
    rulebook: Rulebook,
    features: tuple[SpecFeature, ...],
    trace: Trace,
    record: RunRecord | None,
    args: argparse.Namespace,
    tr: Localizer,
) -> int:
    """``docs build``: the site, in ``tr``'s language, stamped with the build and the run; with ``--sign-off``, the
    sign-off edition beside it."""
    from .interpretation import read_interpretation
    from .legend import LegendError, read_legend
    from .sitegen import SiteStamp, build_site

    try:
        from .analysis import check_rules  # the check's findings join the site when its extra is installed
    except ModuleNotFoundError:
        check = None
    else:
        check = check_rules(rulebook)
    legend_file = _legend_file(args.legend)
    try:
        legend = read_legend(legend_file) if legend_file is not None else None
    except LegendError as exc:
        return fail(str(exc), tr)
    root = checkout_root()
    interpretation_file = (root or Path()) / "docs" / "interpretation.md"
    try:
        interpretation = read_interpretation(interpretation_file) if interpretation_file.is_file() else None
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"{interpretation_file}: cannot be read: {exc}", tr)
    stamp = SiteStamp.of(rulebook, record, head_commit(root) if root else head_commit())
    try:
        pages = build_site(
            rulebook,
            features,
            trace,
            args.out,
            check,
            record=record,
            locale=tr.language.value,
            stamp=stamp,
            legend=legend,
            interpretation=interpretation,
        )
        if args.sign_off:
            from .signoff import build_sign_off

            pages += build_sign_off(
                rulebook, features, trace, Path(args.out) / "sign-off", locale=tr.language.value, stamp=stamp, legend=legend
            )
    except OSError as exc:
        return cannot_write(exc.filename or args.out, exc, tr)
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


def _snapshot(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``snapshot CORPUS``: the canonical decision snapshot, to ``--out`` or standard output."""
    from .snapshot import dump_snapshot, read_corpus, snapshot_errors, take_snapshot, write_snapshot

    try:
        rulebook.engine(args.engine)
        corpus = read_corpus(args.corpus)
    except CooperationRulesError as exc:  # an engine that cannot run, a corpus that cannot be read
        return fail(exc.localized(tr.language.value), tr)
    records = take_snapshot(rulebook, corpus, engine=args.engine)
    if args.out:
        try:
            write_snapshot(args.out, records)
        except OSError as exc:
            return cannot_write(args.out, exc, tr)
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
        return fail(tr.gettext("--limit is a number of events: 0 (all) or more"), tr)
    if args.against is not None and files:
        return fail(tr.gettext("give either two snapshot files OLD NEW or --against REV, not both"), tr)
    if args.against is None and args.corpus is not None:
        return fail(tr.gettext("--corpus goes with --against REV"), tr)
    if args.against is None and len(files) != 2:
        return fail(tr.gettext("give two snapshot files OLD NEW, or --against REV"), tr)
    try:
        if args.against is None:
            old, new = read_snapshot(args.old), read_snapshot(args.new)
        else:
            corpus = read_corpus(args.corpus or find_in_checkout("tests/corpus", option="--corpus"))
            before = rulebook_at(args.against, args.rules or bundled_rules_dir())
            old, new = take_snapshot(before, corpus), take_snapshot(rulebook, corpus)
    except CooperationRulesError as exc:  # a snapshot or corpus that cannot be read, no such revision, rules that do not load
        return fail(exc.localized(tr.language.value), tr)
    difference = diff_snapshots(old, new, treaty=rulebook.treaty)
    sys.stdout.write(difference.to_json() if args.json else format_diff(difference, rulebook.treaty, limit=args.limit))
    sys.stdout.flush()
    return 1 if difference.changed else 0


def _mutate(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``mutate``: every mutant of the rules against the scenarios; with ``--check``, exit 1 when one is missed."""
    from .mutation import MutationSetup, format_report, run_mutation

    if args.jobs is not None and args.jobs < 1:
        return fail(tr.gettext("--jobs is a number of processes: 1 or more"), tr)
    try:
        setup = MutationSetup(
            features=Path(args.features) if args.features else find_in_checkout("features", option="--features"),
            steps=Path(args.steps) if args.steps else None,
            rules=Path(args.rules) if args.rules else None,
            corpus=Path(args.corpus) if args.corpus else find_in_checkout("tests/corpus", option="--corpus"),
            approved=Path(args.snapshot) if args.snapshot else None,
        )
    except CheckoutFolderMissing as exc:
        return fail(str(exc), tr)
    prefix = args.rule
    try:
        report = run_mutation(setup, jobs=args.jobs, select=None if prefix is None else lambda m: m.rule_id.startswith(prefix))
    except CooperationRulesError as exc:  # rules, scenarios, corpus or snapshot that cannot be read, a failing scenario
        return fail(exc.localized(tr.language.value), tr)
    treaty = rulebook.treaty
    if args.json_out:
        try:
            Path(args.json_out).write_text(report.to_json(treaty), encoding="utf-8")
        except OSError as exc:
            return cannot_write(args.json_out, exc, tr)
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


def _check(rulebook: Rulebook, args: argparse.Namespace, tr: Localizer) -> int:
    """``check``: the symbolic analysis of the rules; exit 1 on an error finding, 2 when the model cannot be built."""
    try:
        import z3  # noqa: F401 - the solver is the check extra's; its absence is one line saying what to install
    except ModuleNotFoundError:
        return fail(tr.gettext(_NEEDS_CHECK), tr)
    from .analysis import UnknownFact, check_rules, format_report

    try:
        report = check_rules(rulebook)
    except UnknownFact as exc:
        print(f"cooperation-rules: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(json.dumps(report.to_json(), indent=2, sort_keys=True) + "\n" if args.json else format_report(report))
    sys.stdout.flush()
    return 1 if report.errors else 0
