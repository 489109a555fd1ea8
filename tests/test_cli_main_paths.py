"""What ``cli.main`` does around every command, in the test's own process: the reading of ``--locale`` before the
arguments are parsed, the program's name and description, the groups of commands installed, standard streams
that escape what they cannot encode, and the one line and exit status of each failure no command handles itself
(a standard stream closed, an interrupt inside the serializer, input or output failing, input past what Python can
follow). The same paths are run as a program, on real pipes and signals, in ``tests/test_cli_conventions.py``.
"""

from __future__ import annotations

import errno
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic_core import PydanticSerializationError

from cooperation_rules import cli


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["evaluate", "--locale", "cs", "f.jsonl"], "cs"),
        (["evaluate", "--locale=ru", "f.jsonl"], "ru"),
        (["evaluate", "--locale=a=b"], "a=b"),  # everything after the first "="
        (["evaluate", "f.jsonl", "--locale"], None),  # no value: argparse reports it
        (["evaluate", "--", "--locale", "cs"], None),  # after "--", a file name
        (["--locale", "kk", "--", "x"], "kk"),
        (["evaluate", "f.jsonl"], None),
    ],
)
def test_the_language_is_read_before_the_arguments_are_parsed(argv: list[str], expected: str | None) -> None:
    assert cli._requested_locale(argv) == expected


def test_the_program_names_itself_and_the_agreement(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: cooperation-rules [-h]")
    assert (
        "Evaluate acts under the Agreement between the Government of the Republic of Kazakhstan and the Government of "
        "the Czech Republic on cooperation in combating crime of November 23, 2017."
    ) in " ".join(out.split())


class _Entry:
    def __init__(self, name: str, loads: bool) -> None:
        self.name, self._loads = name, loads

    def load(self) -> str:
        if not self._loads:
            raise ImportError(f"{self.name} needs a package that is not installed")
        return f"group {self.name}"


def test_the_groups_of_commands_installed_are_taken_by_name_and_one_that_cannot_import_is_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries = [_Entry("zeta", True), _Entry("beta", False), _Entry("alpha", True), _Entry("gamma", True)]
    monkeypatch.setattr(cli, "entry_points", lambda group: entries if group == cli.COMMANDS_GROUP else [])
    assert cli.command_groups() == ["group alpha", "group gamma", "group zeta"]  # type: ignore[comparison-overlap]


def _failing(exc: BaseException) -> Any:
    def run(*_: Any) -> int:
        raise exc

    return run


@pytest.mark.parametrize(
    ("raised", "line"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "out.jsonl"),
            "cooperation-rules: error: input or output failed: No space left on device (out.jsonl)\n",
        ),
        (OSError(errno.EIO, "Input/output error"), "cooperation-rules: error: input or output failed: Input/output error\n"),
        (OSError("a stream gone"), "cooperation-rules: error: input or output failed: a stream gone\n"),
        (
            RecursionError("maximum recursion depth exceeded"),
            "cooperation-rules: error: input that cannot be processed: RecursionError: maximum recursion depth exceeded\n",
        ),
        (
            MemoryError("x" * 300),
            f"cooperation-rules: error: input that cannot be processed: MemoryError: {'x' * 200}\n",
        ),
    ],
)
def test_a_failure_no_command_handles_is_one_line_and_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raised: BaseException, line: str
) -> None:
    monkeypatch.setattr(cli, "_main", _failing(raised))
    assert cli.main(["evaluate", "-"]) == 2
    assert capsys.readouterr().err == line


def test_the_failures_are_told_in_the_language_asked(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "_main", _failing(OSError(errno.EIO, "Input/output error")))
    assert cli.main(["evaluate", "--locale", "cs", "-"]) == 2
    assert capsys.readouterr().err == "cooperation-rules: chyba: vstup nebo výstup selhal: Input/output error\n"


def test_a_reader_that_closed_the_pipe_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_main", _failing(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    assert cli.main(["evaluate", "-"]) == 0
    assert capsys.readouterr().err == ""


def test_an_interrupt_inside_the_serializer_is_an_interrupt_and_any_other_fault_of_it_is_not_hidden(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_main", _failing(PydanticSerializationError("Error calling function: KeyboardInterrupt: ")))
    assert cli.main(["evaluate", "-"]) == 130
    assert capsys.readouterr().err == "cooperation-rules: interrupted\n"
    other = PydanticSerializationError("Unable to serialize unknown type: <class 'object'>")
    monkeypatch.setattr(cli, "_main", _failing(other))
    with pytest.raises(PydanticSerializationError):
        cli.main(["evaluate", "-"])


@pytest.mark.parametrize(
    ("closed", "line"),
    [
        ("stdout", "cooperation-rules: error: standard output is closed\n"),
        ("stdin", "cooperation-rules: error: standard input is closed\n"),
    ],
)
def test_a_program_started_with_a_standard_stream_closed_says_which(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], closed: str, line: str
) -> None:
    ran: list[object] = []
    monkeypatch.setattr(cli, "_main", lambda *args: ran.append(args) or 0)
    monkeypatch.setattr(sys, closed, None)
    assert cli.main(["evaluate", "-"]) == 2
    assert capsys.readouterr().err == line
    assert ran == []


def test_standard_streams_escape_what_their_encoding_cannot_show(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal or pipe in ASCII gets ``\\u017e`` for ž instead of a failure in the middle of the records."""
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="ascii"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="ascii"))

    def speak(*_: Any) -> int:
        print("výrok: ž")
        print("chyba: ž", file=sys.stderr)
        return 0

    monkeypatch.setattr(cli, "_main", speak)
    assert cli.main(["evaluate", "-"]) == 0
    sys.stderr.flush()
    assert out.getvalue() == b"v\\xfdrok: \\u017e\n"
    assert err.getvalue() == b"chyba: \\u017e\n"
    assert (sys.stdout.errors, sys.stderr.errors) == ("backslashreplace", "backslashreplace")


def _parsers(parser: Any) -> list[Any]:
    """``parser`` and every subcommand's parser under it."""
    import argparse

    found = [parser]
    for action in parser._actions:  # private: argparse offers no public walk of its subcommands
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found.extend(_parsers(sub))
    return found


def _templates(language: str) -> list[Any]:
    """Each message of ``language``'s catalog as a pattern: its placeholders stand for any text."""
    import re
    from pathlib import Path

    from babel.messages.pofile import read_po

    path = Path(cli.__file__).parent / "locale" / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    patterns = []
    for message in catalog:
        for text in message.string if isinstance(message.string, tuple) else (message.string,):
            if text:
                parts = re.split(r"%\([a-z_]+\)[sd]|%%", text)
                patterns.append(re.compile(".*".join(re.escape(p) for p in parts), re.DOTALL))
    return patterns


@pytest.mark.parametrize("language", ["en", "ru", "cs", "kk"])
def test_every_option_and_command_has_help_and_it_is_a_message_of_the_language_asked(language: str) -> None:
    """The help a person reads is the catalog's, in each language: a help text missing, or one that no catalog holds
    (it would show in English whatever the language asked), fails."""
    import argparse

    from cooperation_rules.text.localizer import localizer

    tr = localizer(language)
    templates = _templates(language)
    parser = cli._parser(tr, cli.command_groups())
    helps: list[str] = []
    for each in _parsers(parser):
        if each is not parser:
            assert each.description or each.format_usage(), each.prog
        for action in each._actions:
            # a group of subcommands has no help of its own; each of its commands has
            named = action._choices_actions if isinstance(action, argparse._SubParsersAction) else [action]
            for one in named:
                if one.help is None or one.help == argparse.SUPPRESS:
                    raise AssertionError(f"{each.prog}: {one.option_strings or one.dest} has no help")
                helps.append(one.help)
    assert len(helps) > 60
    untranslated = [h for h in helps if not any(t.fullmatch(h) for t in templates)]
    # argparse's own "show this help message and exit" is the one text it writes itself
    assert set(untranslated) <= {"show this help message and exit"}, untranslated[:5]
    assert parser.description is not None and any(t.fullmatch(parser.description) for t in templates)


@pytest.mark.parametrize("command", ["evaluate", "explain", "provision"])
def test_the_language_option_names_the_languages_supported(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--locale LANG language of the text: en, ru, cs, kk (default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en)" in out


@pytest.mark.parametrize(
    ("command", "description"),
    [
        ("evaluate", "read JSON Lines events, write one JSON evaluation (or error record) per line"),
        ("explain", "read JSON Lines events, print each decision with its duties and the quoted law"),
    ],
)
def test_the_help_of_a_command_describes_it_and_names_what_each_option_takes(
    command: str, description: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert description in out
    for usage in ("[--lifecycle FILE]", "[--fail-on VERDICT[,VERDICT...]]", "[--locale LANG]", "[file]"):
        assert usage in out, usage
    assert "one of these verdicts: permitted, prohibited, needs_consent, not_applicable" in out


@pytest.mark.parametrize(
    ("given", "chosen"),
    [
        ("prohibited", {"prohibited"}),
        ("prohibited, needs_consent", {"prohibited", "needs_consent"}),
        ("not_applicable,not_applicable", {"not_applicable"}),
    ],
)
def test_fail_on_takes_verdicts_separated_by_commas(given: str, chosen: set[str]) -> None:
    parse = cli._verdicts(lambda text: text)
    assert {v.value for v in parse(given)} == chosen


def test_fail_on_refuses_a_verdict_it_does_not_know_in_the_language_asked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["evaluate", "--locale", "cs", "--fail-on", "prohibited,consent", "-"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith(
        "argument --fail-on: neznámý výrok 'consent'; známé: permitted, prohibited, needs_consent, not_applicable\n"
    )


def test_the_ledger_commands_judge_with_the_rules_folder_given(
    rules_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--rules`` reaches the ledger too: a folder in which a cost claim not agreed in advance is permitted records
    it as permitted, where the bundled rules prohibit it."""
    folder = rules_copy
    path = folder / "art_12.yaml"
    text = path.read_text(encoding="utf-8")
    rule = text.index("id: art_12.costs_not_agreed")
    at = text.index("verdict: prohibited", rule)
    path.write_text(text[:at] + "verdict: permitted" + text[at + len("verdict: prohibited") :], encoding="utf-8")
    events = tmp_path / "claims.jsonl"
    events.write_text('{"type":"cost_claim","id":"c1","date":"2026-03-02","actor":"KZ","agreed_in_advance":false}\n')

    def verdict(*rules: str) -> str:
        assert cli.main([*rules, "ledger", "record", ":memory:", str(events)]) == 0
        (line,) = capsys.readouterr().out.splitlines()
        return str(json.loads(line)["verdict"])

    assert verdict() == "prohibited"
    assert verdict("--rules", str(folder)) == "permitted"


def test_the_help_lists_each_command_with_what_it_does_and_names_the_rules_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["--help"])
    assert ended.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("usage: cooperation-rules [-h] [--version] [--rules DIR]")
    for command, what in (
        ("evaluate", "read JSON Lines events, write one JSON evaluation (or error record) per line"),
        ("explain", "read JSON Lines events, print each decision with its duties and the quoted law"),
        ("provision", "print a provision's label and verbatim text"),
        ("schema", "print the JSON Schema of events"),
    ):
        assert f" {command} {what} " in out, command
    assert "--rules DIR folder of rule files (default: the bundled rules/)" in out


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main([])
    assert ended.value.code == 2
    assert capsys.readouterr().err.endswith("cooperation-rules: error: the following arguments are required: command\n")


def test_standard_streams_that_cannot_be_reconfigured_are_left_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    """A standard stream replaced by one without ``reconfigure`` (an ``io.StringIO``, as an embedding program may
    install) is left alone, not a failure."""
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cli._tolerant_streams()
    assert (sys.stdout, sys.stderr) == (out, err)
