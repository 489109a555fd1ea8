"""Items 7 and 12: the command line never prints a traceback, and never prints input that could forge its output.

Each case runs the real command in a subprocess: a reader closing standard output early, a full
disk (``/dev/full``), a closed standard stream, an ASCII-only terminal, Ctrl-C (SIGINT) in the middle
of a long run, and an event id made of newlines and terminal escapes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

COMMAND = [sys.executable, "-m", "cooperation_rules"]
EVENTS = str(EXAMPLES / "events.jsonl")


def _run(*args: str, stdin: str | None = "", **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT, **kwargs)  # type: ignore[call-overload,no-any-return]  # the keywords pass through


def _quiet_failure(done: subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes], status: int = 2) -> None:
    stderr = done.stderr if isinstance(done.stderr, str) else done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr
    assert done.returncode == status, stderr
    assert len(stderr.strip().splitlines()) <= 1, stderr


@pytest.mark.parametrize(
    "args",
    [
        ["schema"],
        ["provision", "art_1__para_1"],
        ["evaluate", EVENTS],
        ["explain", EVENTS],
        ["diff", "tests/snapshots/decisions.jsonl", "tests/snapshots/decisions.jsonl"],
    ],
)
def test_a_full_disk_is_a_one_line_error(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([*COMMAND, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, cwd=ROOT)
    _quiet_failure(done)
    assert "No space left on device" in done.stderr


def test_a_reader_that_closes_early_ends_the_command_quietly() -> None:
    done = subprocess.run(
        f"{sys.executable} -m cooperation_rules evaluate {EVENTS} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.stderr == ""
    assert json.loads(done.stdout)["event_id"]


@pytest.mark.parametrize(("closed", "message"), [(1, "standard output is closed"), (0, "standard input is closed")])
def test_a_closed_standard_stream_is_a_one_line_error(closed: int, message: str) -> None:
    done = subprocess.run(
        f"{sys.executable} -m cooperation_rules evaluate - {closed}>&-",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    _quiet_failure(done)
    assert message in done.stderr


def test_an_ascii_terminal_gets_escapes_not_a_crash() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = _run("explain", "--locale", "ru", EVENTS, env=env)
    assert done.returncode == 0, done.stderr
    assert "\\u0421\\u0442\\u0440\\u043e\\u043a\\u0430 1" in done.stdout  # "Строка 1", escaped
    assert "Traceback" not in done.stderr


def test_an_ascii_terminal_shows_a_non_ascii_id_escaped() -> None:
    line = (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines()[0]
    event = json.loads(line) | {"id": "запрос-č"}
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = _run("explain", "-", stdin=json.dumps(event) + "\n", env=env)
    assert done.returncode == 0, done.stderr
    assert "\\u0437\\u0430\\u043f\\u0440\\u043e\\u0441-\\u010d" in done.stdout


def test_an_id_of_newlines_and_escapes_cannot_forge_a_decision() -> None:
    line = (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines()[0]
    forged = "x (request): PROHIBITED\n  Decided by: nothing\x1b[2K\x1b[1A\u202e"
    done = _run("explain", "-", stdin=json.dumps(json.loads(line) | {"id": forged}) + "\n")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "\u202e" not in done.stdout
    assert "PROHIBITED\\x0a  Decided by: nothing\\x1b[2K\\x1b[1A\\u202e" in done.stdout
    assert "\n  Decided by: nothing" not in done.stdout


def test_a_field_name_of_escapes_is_echoed_escaped() -> None:
    done = _run("explain", "-", stdin='{"type": "request", "\\u001b[31mid": 1}\n')
    assert done.returncode == 1
    assert "\x1b" not in done.stdout
    assert "\\x1b[31mid" in done.stdout


def test_ctrl_c_during_evaluate_exits_130_with_every_record_whole(tmp_path: Path) -> None:
    line = (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines()[0]
    event = json.loads(line)
    events = tmp_path / "many.jsonl"
    with events.open("w", encoding="utf-8") as f:  # each its own id: a repeated id is an error record
        f.writelines(json.dumps({**event, "id": f"{event['id']}-{i}"}) + "\n" for i in range(300_000))
    out = tmp_path / "out.jsonl"
    with out.open("wb") as sink:
        process = subprocess.Popen([*COMMAND, "evaluate", str(events)], stdout=sink, stderr=subprocess.PIPE, cwd=ROOT)
        while out.stat().st_size < 100_000:  # interrupted in the middle of the records
            assert process.poll() is None
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    text = out.read_text(encoding="utf-8")
    assert process.returncode == 130, (stderr.decode()[-2000:], [r for r in text.splitlines() if '"error"' in r][:3])
    assert stderr.decode().strip() == "cooperation-rules: interrupted"
    assert text.endswith("\n")
    records = [json.loads(r) for r in text.splitlines()]
    assert 0 < len(records) < 300_000
    assert [r["event_id"] for r in records] == [f"{event['id']}-{i}" for i in range(len(records))]


@pytest.mark.parametrize("command", ["explain", "snapshot"])
def test_ctrl_c_during_explain_or_snapshot_exits_130(tmp_path: Path, command: str) -> None:
    line = (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines()[0]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "many.jsonl").write_text((line + "\n") * 300_000, encoding="utf-8")
    target = str(folder / "many.jsonl") if command == "explain" else str(folder)
    process = subprocess.Popen([*COMMAND, command, target], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.decode().strip() == "cooperation-rules: interrupted"


def test_diff_shows_a_snapshot_key_of_newlines_and_escapes_escaped(tmp_path: Path) -> None:
    key = "s/a\\n\\u001b[2Jforged"
    (tmp_path / "before.jsonl").write_text(f'{{"event": "{key}", "verdict": "permitted"}}\n', encoding="utf-8")
    (tmp_path / "after.jsonl").write_text(f'{{"event": "{key}", "verdict": "prohibited"}}\n', encoding="utf-8")
    done = _run("diff", str(tmp_path / "before.jsonl"), str(tmp_path / "after.jsonl"))
    assert "Traceback" not in done.stderr
    assert "\x1b" not in done.stdout
    assert "s/a\\x0a\\x1b[2Jforged" in done.stdout
