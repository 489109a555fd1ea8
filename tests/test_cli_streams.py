"""The command line's last words: one line on standard error whatever state it is in, a standard output that can no
longer be written pointed at the null device, and the reason a file cannot be written."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from cooperation_rules import cli
from cooperation_rules.text.localizer import localizer


class Stderr:
    """A standard error that records what is written and flushed, or fails as told."""

    def __init__(self, failure: Exception | None = None) -> None:
        self.written: list[str] = []
        self.flushes = 0
        self.failure = failure

    def write(self, text: str) -> int:
        if self.failure is not None:
            raise self.failure
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        self.flushes += 1


def test_a_last_word_is_one_line_flushed_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    err = Stderr()
    monkeypatch.setattr(sys, "stderr", err)
    cli._say("cooperation-rules: interrupted")
    assert "".join(err.written) == "cooperation-rules: interrupted\n"
    assert err.flushes == 1


@pytest.mark.parametrize(
    "stderr",
    [
        Stderr(OSError(5, "Input/output error")),  # a terminal gone, a full disk
        Stderr(ValueError("I/O operation on closed file.")),  # closed
        object(),  # no stream at all: nothing to write with
    ],
    ids=["failing", "closed", "not a stream"],
)
def test_a_last_word_is_quietly_lost_when_standard_error_cannot_take_it(monkeypatch: pytest.MonkeyPatch, stderr: object) -> None:
    monkeypatch.setattr(sys, "stderr", stderr)
    cli._say("cooperation-rules: interrupted")  # returns, whatever the stream does


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counting open descriptors needs /proc/self/fd")
def test_a_standard_output_that_cannot_be_written_is_pointed_at_the_null_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out"
    with open(target, "w", encoding="utf-8") as handle:
        monkeypatch.setattr(sys, "stdout", handle)
        before = _open_descriptors()
        cli._silence_stdout()
        assert _open_descriptors() == before  # the null device's own descriptor is closed again
        os.write(handle.fileno(), b"written after the reader left")
    assert target.read_bytes() == b""


@pytest.mark.parametrize("stdout", [io.StringIO(), object()], ids=["no descriptor", "not a stream"])
def test_a_standard_output_without_a_descriptor_is_left_alone(monkeypatch: pytest.MonkeyPatch, stdout: object) -> None:
    monkeypatch.setattr(sys, "stdout", stdout)
    cli._silence_stdout()
    assert sys.stdout is stdout


def test_a_write_error_without_a_system_reason_gives_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    tr = localizer("en")
    assert cli.cannot_write("out.jsonl", OSError("the volume is read-only"), tr) == 2
    assert capsys.readouterr().err == "cooperation-rules: error: cannot write out.jsonl: the volume is read-only\n"
    assert cli.cannot_write("out.jsonl", OSError(28, "No space left on device"), tr) == 2
    assert capsys.readouterr().err == "cooperation-rules: error: cannot write out.jsonl: No space left on device\n"


def test_a_gap_in_the_rules_is_named_in_every_language() -> None:
    from cooperation_rules.errors import RulebookGap

    gap = RulebookGap("c1", "cost_claim", {"actor": "KZ"})
    english = "no rule gives a verdict for event 'c1' of type 'cost_claim'; facts: {'actor': 'KZ'}"
    assert (str(gap), gap.localized(), gap.localized("en")) == (english, english, english)
    assert gap.localized("ru") == "ни одно правило не даёт вывода для события 'c1' типа 'cost_claim'; факты: {'actor': 'KZ'}"
    assert gap.localized("cs").startswith("žádné pravidlo nedává výrok pro událost 'c1' typu 'cost_claim'")
    assert gap.localized("kk").startswith("'cost_claim' түріндегі 'c1' оқиғасы")
    assert (gap.event_id, gap.event_type, gap.facts) == ("c1", "cost_claim", {"actor": "KZ"})
    import pickle

    again = pickle.loads(pickle.dumps(gap))
    assert (type(again), str(again), again.facts) == (RulebookGap, english, {"actor": "KZ"})


def test_an_unsupported_locale_is_a_usage_error_naming_those_supported(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["evaluate", "--locale", "xx", os.devnull]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "cooperation-rules: error: unsupported locale 'xx'; supported: en, ru, cs, kk\n")


def test_without_arguments_the_command_line_reads_the_programs_own(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cooperation_rules import __version__

    monkeypatch.setattr(sys, "argv", ["cooperation-rules", "--version"])
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == 0
    assert capsys.readouterr().out == f"cooperation-rules {__version__}\n"


def test_provision_schema_and_their_usage_errors_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert cli.main(["provision", "conclusions__para_1"]) == 0
    assert capsys.readouterr().out.startswith("Final clause [conclusions__para_1]\nSigned in Astana on November 23, 2017")
    assert cli.main(["provision", "--locale", "ru", "conclusions__para_1"]) == 0
    assert capsys.readouterr().out.startswith("Заключительное положение [conclusions__para_1]\n")
    assert cli.main(["provision", "--locale", "ru", "nope"]) == 2
    assert capsys.readouterr().err == "cooperation-rules: ошибка: нет положения с eId 'nope'\n"  # noqa: RUF001
    assert cli.main(["schema", "--compact"]) == 2
    assert capsys.readouterr().err == "cooperation-rules: error: --compact needs --evaluation: events have no compact form\n"
    assert cli.main(["schema", "--evaluation"]) == 0
    full = capsys.readouterr().out
    assert cli.main(["schema", "--evaluation", "--compact"]) == 0
    compact = capsys.readouterr().out
    for text in (full, compact):  # indented by two, keys in order: a stable text to compare between versions
        assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"
    assert json.loads(full) != json.loads(compact)
