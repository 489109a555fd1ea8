"""Command-line conventions: the language from the environment, ``--fail-on``, help on every option,
and the correlation of ``evaluate`` records with their input lines.

The command runs as a process (``python -m cooperation_rules``) with an environment of the test's
own, so that the machine's locale does not decide what is expected.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from cooperation_rules import cli
from cooperation_rules.catalogs import Language, locale_from_environment, resolve_locale
from cooperation_rules.model.events import parse_event
from cooperation_rules.model.vocabulary import Verdict
from cooperation_rules.rulebook.rulebook import Rulebook
from cooperation_rules.text.localizer import localizer

EVENTS = str(EXAMPLES / "events.jsonl")
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

WRITTEN = {
    "type": "request",
    "id": "written",
    "date": "2019-02-11",
    "actor": "KZ",
    "subject": "search_for_suspects",
    "form": "written",
}  # Art. 9(1): permitted
ORAL = {**WRITTEN, "id": "oral", "form": "oral", "urgent": False}  # Art. 9(1): an oral request not urgent is prohibited


def _lines(*events: dict[str, Any] | bytes) -> str:
    return "".join((e.decode("utf-8") if isinstance(e, bytes) else json.dumps(e, ensure_ascii=False)) + "\n" for e in events)


def _run(*args: str, stdin: str = "", **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-m", "cooperation_rules", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )


def _records(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in done.stdout.splitlines()]


# ----------------------------------------------------------------------------- the language from the environment


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANGUAGE": "cs"}, "cs"),
        ({"LANGUAGE": "xx:cs"}, "cs"),  # the first supported entry of the list
        ({"LANGUAGE": "de_DE:ru_RU.UTF-8:kk"}, "ru"),
        ({"LANGUAGE": "::kk"}, "kk"),  # empty entries are skipped
        ({"LANGUAGE": "en:cs"}, "en"),  # English is supported too
        ({"LANGUAGE": "kk", "LC_ALL": "ru_RU.UTF-8"}, "kk"),  # LANGUAGE before LC_ALL
        ({"LANGUAGE": "kk", "LANG": "cs_CZ.UTF-8"}, "kk"),
        ({"LANGUAGE": "xx:yy", "LANG": "cs_CZ.UTF-8"}, "cs"),  # nothing supported: the locale decides
        ({"LANGUAGE": "", "LANG": "cs_CZ.UTF-8"}, "cs"),
        ({"LANGUAGE": "cs", "LC_ALL": "C"}, "en"),  # gettext: LANGUAGE is ignored in the C locale
        ({"LANGUAGE": "cs", "LANG": "POSIX"}, "en"),
        ({"LANGUAGE": "cs", "LC_MESSAGES": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "xx", "LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_language_is_read_before_the_posix_variables(environ: dict[str, str], language: str) -> None:
    assert locale_from_environment(environ) is Language(language)
    assert resolve_locale(None, environ=environ) is Language(language)


def test_an_explicit_locale_wins_over_language() -> None:
    assert resolve_locale("ru", environ={"LANGUAGE": "cs"}) is Language.RU


def test_language_gives_czech_explanations() -> None:
    done = _run("explain", EVENTS, LANGUAGE="xx:cs")
    assert done.returncode == 0, done.stderr
    assert "Řádek 1: Událost kz-req-2019-0031" in done.stdout


def test_language_is_ignored_in_the_c_locale() -> None:
    done = _run("explain", EVENTS, LANGUAGE="cs", LC_ALL="C")
    assert done.returncode == 0, done.stderr
    assert "Line 1: Event kz-req-2019-0031" in done.stdout


def test_the_locale_option_wins_over_language() -> None:
    done = _run("explain", EVENTS, "--locale", "ru", LANGUAGE="cs")
    assert "Строка 1: Событие kz-req-2019-0031" in done.stdout


def test_language_translates_help_and_errors() -> None:
    done = _run("evaluate", "--fail-on", "allowed", LANGUAGE="cs")
    assert done.returncode == 2
    assert "neznámý výrok 'allowed'" in done.stderr


# ----------------------------------------------------------------------------- --fail-on


@pytest.mark.parametrize("command", ["evaluate", "explain"])
def test_fail_on_a_verdict_given_exits_3_after_every_record(command: str) -> None:
    stdin = _lines(WRITTEN, ORAL, {**WRITTEN, "id": "after"})
    done = _run(command, "--fail-on", "prohibited", stdin=stdin)
    assert done.returncode == cli.FAILED_ON_VERDICT == 3, done.stderr
    assert "1 evaluation has a verdict given to --fail-on (prohibited)" in done.stderr
    if command == "evaluate":
        assert [r["event_id"] for r in _records(done)] == ["written", "oral", "after"]
    else:
        assert "Line 3: Event after" in done.stdout


def test_fail_on_a_list_of_verdicts() -> None:
    stdin = _lines(WRITTEN, ORAL)
    done = _run("evaluate", "--fail-on", "needs_consent, permitted,prohibited", stdin=stdin)
    assert done.returncode == 3
    assert "2 evaluations have a verdict given to --fail-on (permitted, prohibited, needs_consent)" in done.stderr


def test_fail_on_a_verdict_not_given_exits_0() -> None:
    done = _run("evaluate", "--fail-on", "not_applicable,needs_consent", stdin=_lines(WRITTEN, ORAL))
    assert (done.returncode, done.stderr) == (0, "")
    assert len(_records(done)) == 2


def test_a_bad_line_takes_precedence_over_fail_on() -> None:
    done = _run("evaluate", "--fail-on", "prohibited", stdin=_lines(ORAL, b"not json"))
    assert done.returncode == 1
    assert "1 line could not be evaluated" in done.stderr
    assert "1 evaluation has a verdict given to --fail-on" in done.stderr


@pytest.mark.parametrize("command", ["evaluate", "explain"])
def test_an_unknown_verdict_is_a_usage_error_naming_it(command: str) -> None:
    done = _run(command, "--fail-on", "prohibited,forbidden", stdin=_lines(WRITTEN))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "unknown verdict 'forbidden'" in done.stderr
    assert ", ".join(v.value for v in Verdict) in done.stderr


# ----------------------------------------------------------------------------- help on every option


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


@pytest.mark.parametrize("language", list(Language))
def test_every_option_of_every_subcommand_has_help(language: Language) -> None:
    parser = cli._parser(localizer(language.value), cli.command_groups())
    commands = _subcommands(parser)
    assert {"evaluate", "explain", "provision", "schema"} <= set(commands)
    for name, command in [("", parser), *commands.items()]:
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            where = f"{name or 'cooperation-rules'} {'/'.join(action.option_strings) or action.dest}"
            assert action.help and action.help != argparse.SUPPRESS and action.help.strip(), where


def test_help_of_the_engine_option_is_shown() -> None:
    done = _run("evaluate", "--help")
    assert done.returncode == 0
    assert "rule engine" in done.stdout
    assert "--fail-on" in done.stdout


# ----------------------------------------------------------------------------- correlation


def test_every_record_carries_its_input_line() -> None:
    lines = EXAMPLES.joinpath("events.jsonl").read_text(encoding="utf-8").splitlines()
    stdin = "\n\n".join(lines) + "\n"  # blank lines between: the numbers are those of the input
    done = _run("evaluate", "--engine", "python", stdin=stdin)
    assert done.returncode == 0, done.stderr
    records = _records(done)
    assert [r["line"] for r in records] == [2 * i + 1 for i in range(len(lines))]
    rulebook = Rulebook.load()
    for record, line in zip(records, lines, strict=True):
        expected = rulebook.evaluate(parse_event(line), engine="python").model_dump(mode="json")
        assert next(iter(record)) == "line"
        assert {k: v for k, v in record.items() if k != "line"} == expected


def test_an_error_record_carries_the_id_when_one_can_be_read() -> None:
    stdin = _lines(
        {**WRITTEN, "id": "bad-date", "date": "2019-02-30"},
        b"not json",
        {**WRITTEN, "id": 7},
        {"type": "request", "id": "only-an-id"},
        {**WRITTEN, "id": "x" * 300},
        b"[1, 2]",
        b'{"type": "request", "id": "\\ud800"}',
    )
    done = _run("evaluate", stdin=stdin)
    assert done.returncode == 1
    records = _records(done)
    assert [(r["line"], r["error"], r.get("id")) for r in records] == [
        (1, "invalid_event", "bad-date"),
        (2, "invalid_event", None),
        (3, "invalid_event", None),  # not a string: no id
        (4, "invalid_event", "only-an-id"),
        (5, "invalid_event", None),  # longer than an id can be: not echoed
        (6, "invalid_event", None),
        (7, "invalid_event", None),  # a lone surrogate: not text, not echoed
    ]


def test_a_repeated_id_is_an_error_record_naming_the_first_line() -> None:
    stdin = _lines(WRITTEN, ORAL, {**ORAL, "form": "written"}, {**WRITTEN, "subject": "training"}, ORAL)
    done = _run("evaluate", "--fail-on", "prohibited", stdin=stdin)
    assert done.returncode == 1  # a repeated id counts as a bad line
    assert "3 lines could not be evaluated" in done.stderr
    records = _records(done)
    assert [r.get("verdict") for r in records[:2]] == ["permitted", "prohibited"]
    duplicates = records[2:]
    assert [(r["line"], r["id"], r["error"], r["first_line"]) for r in duplicates] == [
        (3, "oral", "duplicate_id", 2),
        (4, "written", "duplicate_id", 1),
        (5, "oral", "duplicate_id", 2),
    ]
    assert duplicates[0]["message"] == "id 'oral' already given on line 2"
    assert duplicates[0]["errors"] == [{"code": "duplicate_id", "field": "id", "message": "id 'oral' already given on line 2"}]


def test_a_repeated_id_in_the_same_process(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """The same records as through a separate process, from ``cli.main`` itself, in English and in Czech."""
    events = tmp_path / "events.jsonl"
    events.write_text(_lines(WRITTEN, {**WRITTEN, "subject": "training"}), encoding="utf-8")
    assert cli.main(["evaluate", str(events)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[1] == {
        "line": 2,
        "id": "written",
        "error": "duplicate_id",
        "code": "duplicate_id",
        "message": "id 'written' already given on line 1",
        "errors": [{"code": "duplicate_id", "field": "id", "message": "id 'written' already given on line 1"}],
        "first_line": 1,
    }
    assert cli.main(["evaluate", "--locale", "cs", str(events)]) == 1
    record = json.loads(capsys.readouterr().out.splitlines()[1])
    assert record["message"] == record["errors"][0]["message"] == "identifikátor 'written' už byl uveden na řádku 1"
    assert cli.main(["explain", "--locale", "cs", str(events)]) == 1
    assert "Řádek 2: nevyhodnocen: identifikátor 'written' už byl uveden na řádku 1" in capsys.readouterr().out


def test_an_id_first_given_by_a_bad_line_is_taken() -> None:
    stdin = _lines({**WRITTEN, "urgent": "yes"}, WRITTEN, WRITTEN)
    records = _records(_run("evaluate", stdin=stdin))
    assert [(r["line"], r["error"], r.get("first_line")) for r in records] == [
        (1, "invalid_event", None),
        (2, "duplicate_id", 1),
        (3, "duplicate_id", 1),
    ]


def test_explain_reports_a_repeated_id() -> None:
    done = _run("explain", "--locale", "cs", stdin=_lines(WRITTEN, WRITTEN))
    assert done.returncode == 1
    assert "Řádek 2: nevyhodnocen: identifikátor 'written' už byl uveden na řádku 1" in done.stdout


def test_distinct_ids_are_not_duplicates() -> None:
    done = _run("evaluate", EVENTS)
    assert done.returncode == 0, done.stderr
    assert all("error" not in r for r in _records(done))


def test_a_file_that_cannot_be_written_is_named_in_the_same_process(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.jsonl").write_text(_lines(WRITTEN), encoding="utf-8")
    out = tmp_path / "a-folder"
    out.mkdir()
    assert cli.main(["snapshot", str(corpus), "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == f"cooperation-rules: error: cannot write {out}: Is a directory"
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    assert cli.main(["snapshot", str(corpus), "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert f"{out}: Is a directory" in said and "cannot write" not in said


def test_an_interrupt_in_the_same_process_ends_with_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: Any) -> int:
        print('{"line": 1}')
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_main", interrupted)
    assert cli.main(["evaluate", "-"]) == 130
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ('{"line": 1}\n', "cooperation-rules: interrupted\n")
    assert cli.main(["evaluate", "--locale", "cs", "-"]) == 130
    said = capsys.readouterr().err
    assert said.startswith("cooperation-rules: ") and said.count("\n") == 1 and "interrupted" not in said
