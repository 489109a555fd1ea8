"""The ``ledger`` commands: record, duties (a table in four languages, or JSON), records, verify, replay."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cooperation_rules import cli

EVENTS = [
    {"type": "transfer", "id": "t1", "date": "2026-03-02", "actor": "CZ", "categories": ["identity"],
     "purpose": "suppressing_criminal_activity", "destruction_term": "2031-01-01"},
    {"type": "retention_review", "id": "rv", "date": "2032-03-02", "actor": "KZ", "transfer_id": "t1"},
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    lines = [json.dumps(e) for e in EVENTS]
    lines.insert(1, "not json")
    lines.append(
        json.dumps({"type": "use", "id": "u", "date": "2032-03-02", "actor": "KZ", "purpose": "other", "transfer_id": "zz"})
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_record_writes_a_line_per_event_and_keeps_going_past_bad_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, events_file: Path
) -> None:
    db = str(tmp_path / "l.db")
    code, out, err = run(capsys, "ledger", "record", db, str(events_file))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [(r["line"], r.get("verdict"), r.get("error")) for r in lines] == [
        (1, "permitted", None), (2, None, "invalid_event"), (3, "prohibited", None), (4, None, "unknown_reference"),
    ]  # fmt: skip
    assert err == "cooperation-rules: 2 lines were not entered in the ledger\n"
    assert "Traceback" not in out + err
    code, out, _ = run(capsys, "ledger", "duties", db, "--as-of", "2032-04-01", "--status", "overdue", "--json")
    assert code == 0
    assert sorted((d["kind"], d["source_event_id"], d["status"]) for d in map(json.loads, out.splitlines())) == [
        ("must_destroy", "rv", "overdue"), ("must_destroy", "t1", "overdue"),
        ("must_record_destruction", "rv", "overdue"), ("must_record_destruction", "t1", "overdue"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "header", "footer"),
    [
        ("en", "duty", "4 duties as of 2032-04-01"),
        ("ru", "обязанность", "4 обязанности на 2032-04-01"),
        ("cs", "povinnost", "4 povinnosti ke dni 2032-04-01"),
        ("kk", "міндет", "2032-04-01 күнгі 4 міндет"),
    ],
)
def test_duties_is_a_table_for_people_in_four_languages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, header: str, footer: str
) -> None:
    db = str(tmp_path / "l.db")
    (tmp_path / "e.jsonl").write_text("\n".join(json.dumps(e) for e in EVENTS) + "\n", encoding="utf-8")
    assert run(capsys, "ledger", "record", db, str(tmp_path / "e.jsonl"))[0] == 0
    code, out, _ = run(capsys, "ledger", "duties", db, "--as-of", "2032-04-01", "--status", "overdue", "--locale", language)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[0] == header
    assert lines[-1] == footer
    assert len(lines) == 6


def test_verify_replay_and_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    (tmp_path / "e.jsonl").write_text("\n".join(json.dumps(e) for e in EVENTS) + "\n", encoding="utf-8")
    assert run(capsys, "ledger", "record", str(db), str(tmp_path / "e.jsonl"))[0] == 0
    code, out, _ = run(capsys, "ledger", "verify", str(db))
    verified = json.loads(out)
    assert (code, verified["ok"], verified["checked"], verified["checkpoint"]["size"]) == (0, True, 2, 2)
    mark = tmp_path / "mark.json"
    mark.write_text(json.dumps(verified["checkpoint"]), encoding="utf-8")
    assert run(capsys, "ledger", "verify", str(db), "--since", str(mark))[0] == 0
    assert run(capsys, "ledger", "replay", str(db))[:2] == (0, "")
    code, out, _ = run(capsys, "ledger", "records", f"sqlite:///{db}")
    assert (code, [json.loads(line)["kind"] for line in out.splitlines()]) == (0, ["transfer", "reception"])
    raw = sqlite3.connect(db)
    raw.execute("DROP TRIGGER entries_no_update")
    raw.execute("UPDATE entries SET hash = 'sha256:00' WHERE seq = 1")
    raw.commit()
    raw.close()
    code, out, _ = run(capsys, "ledger", "verify", str(db))
    assert (code, json.loads(out)["broken_at"]) == (1, 1)


def test_usage_errors_exit_2_without_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    not_a_db = tmp_path / "x.db"
    not_a_db.write_text("hello, this is not a database" * 100, encoding="utf-8")
    code, out, err = run(capsys, "ledger", "verify", str(not_a_db))
    assert (code, out) == (2, "")
    assert err.startswith("cooperation-rules: error: cannot open the ledger")
    code, _, err = run(capsys, "ledger", "record", str(tmp_path / "l.db"), str(tmp_path / "missing.jsonl"))
    assert code == 2
    assert "cannot read" in err
    assert "Traceback" not in err


def test_verify_takes_the_number_of_processes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ranges_checked_here: list[tuple[int, int]]
) -> None:
    db = tmp_path / "l.db"
    (tmp_path / "e.jsonl").write_text("\n".join(json.dumps(e) for e in EVENTS) + "\n", encoding="utf-8")
    assert run(capsys, "ledger", "record", str(db), str(tmp_path / "e.jsonl"))[0] == 0
    here = ranges_checked_here
    code, out, _ = run(capsys, "ledger", "verify", str(db), "--workers", "2")
    assert (code, json.loads(out)["ok"], here) == (0, True, [(1, 1)])
    code, out, _ = run(capsys, "ledger", "verify", str(db), "--workers", "1")
    assert (code, json.loads(out)["ok"], here) == (0, True, [(1, 1), (1, 2)])
    for wrong in ("0", "-1", "two"):
        with pytest.raises(SystemExit) as stopped:
            cli.main(["ledger", "verify", str(db), "--workers", wrong])
        assert stopped.value.code == 2
        assert f"expected a number of processes, 1 or more, got '{wrong}'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["record", "duties", "records", "verify", "replay"])
def test_every_ledger_command_takes_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
    closed = str(tmp_path / "no-such-folder" / "case.db")  # cannot be opened: the one line says so, in Czech
    status, out, err = run(capsys, "ledger", command, closed, "--locale", "cs")
    assert (status, out) == (2, "")
    assert err.startswith("cooperation-rules: chyba: ") and err.count("\n") == 1


def test_record_writes_its_error_records_in_the_language_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A use naming a transfer the ledger does not hold, and a line that is not an event: each error record's message
    in Czech, its keys and codes as in every language."""
    use = {"type": "use", "id": "u1", "date": "2026-03-02", "actor": "KZ", "transfer_id": "t9",
           "purpose": "suppressing_criminal_activity"}  # fmt: skip
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(use) + '\n{"type": "use", "id": "u2", "date": "2026-02-30"}\n', encoding="utf-8")
    status, out, err = run(capsys, "ledger", "record", str(tmp_path / "l.db"), str(path), "--locale", "cs")
    unknown, bad = (json.loads(line) for line in out.splitlines())
    assert status == 1
    assert unknown == {
        "line": 1,
        "id": "u1",
        "error": "unknown_reference",
        "message": "událost 'u1', pole 'transfer_id': událost 't9' není v knize zaznamenána",
    }
    assert (bad["line"], bad["id"], bad["error"], bad["code"]) == (2, "u2", "invalid_event", "impossible_date")
    assert bad["errors"][0]["message"] == "nemožné datum 2026-02-30: takový den neexistuje"
    assert err == "cooperation-rules: 2 řádky nebyly vloženy do knihy\n"
