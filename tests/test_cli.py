"""The ``cooperation-rules`` command, run as a process and in-process through ``cli.main``.

Expected decisions are read from the Agreement: Art. 1(2) (legal assistance in criminal matters is
outside it), Art. 9(1) (written requests; oral ones only when urgent), Art. 9(4), (5) (refusals),
Art. 10 items 1, 2, 4, 5, Art. 11(2), Art. 12, Art. 17 (suspension takes effect fifteen days after
the notice), Art. 18(1) (entry into force on the first day of the second month following the last
notification), Art. 13(1) (thirty days from entry into force), final clause (signed 23 November 2017).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, WIRE_EVENT_TYPES, treaty_paragraph
from cooperation_rules import cli
from strategies import field_named

EXAMPLES = ROOT / "examples"
EVENTS = EXAMPLES / "events.jsonl"
LIFECYCLE = EXAMPLES / "lifecycle.json"
EVENT_TYPES = WIRE_EVENT_TYPES


@dataclass(frozen=True)
class Result:
    """What a run of the command gave back."""

    code: int
    out: str
    err: str

    def records(self) -> list[dict[str, Any]]:
        """Each line of standard output as JSON."""
        return [json.loads(line) for line in self.out.splitlines()]


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expectations here are English: the locale of the machine running the tests must not change them."""
    for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)


def _subprocess(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "cooperation_rules.cli", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=120,
        cwd=cwd,
        check=False,
    )
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def _runner_in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def in_process(*args: str, stdin: bytes | None = None) -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"))
        capsys.readouterr()
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return in_process


@pytest.fixture(params=["subprocess", "in-process"])
def run(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the command as ``python -m cooperation_rules.cli``, and again through ``cli.main``."""
    return _subprocess if request.param == "subprocess" else _runner_in_process(capsys, monkeypatch)


@pytest.fixture
def run_here(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the command through ``cli.main`` only (the variants of a case already run as a process)."""
    return _runner_in_process(capsys, monkeypatch)


def _in_process(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return Result(code, out, err)


def _lines(*events: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(e, ensure_ascii=False).encode("utf-8") + b"\n" for e in events)


def example_ids() -> list[str]:
    return [json.loads(line)["id"] for line in EVENTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _by_id(result: Result) -> dict[str, dict[str, Any]]:
    return {r["event_id"]: r for r in result.records()}


# ----------------------------------------------------------------------------- the module runs


def test_the_module_is_a_script() -> None:
    assert 'if __name__ == "__main__":' in Path(cli.__file__).read_text(encoding="utf-8")
    result = _subprocess("--help")
    assert result.code == 0
    for command in ("evaluate", "explain", "provision", "schema"):
        assert command in result.out


# ----------------------------------------------------------------------------- evaluate the examples

# Decisions under the presumption (no lifecycle: in force since signature), with the reason in the treaty.
# The duties are the exact list (a duty imposed twice is listed twice), not a part of it.
PRESUMED: dict[str, tuple[str, set[str] | list[str]]] = {
    # Art. 9(1), (2): a written request is answered.
    "kz-req-2019-0031": ("permitted", {"must_respond"}),
    # Art. 9(1): an urgent oral request is confirmed in writing at once.
    "cz-req-2019-0107": ("permitted", {"must_confirm_in_writing", "must_respond"}),
    # Art. 9(1): an oral request that is not urgent is not a way to ask.
    "cz-req-2019-0108": ("prohibited", set()),
    # Art. 1(2): legal assistance in criminal matters is outside the Agreement.
    "kz-req-2020-0004": ("not_applicable", set()),
    # Art. 9(4), (5): a refusal without a treaty ground; the refusal must be notified in writing.
    "cz-resp-2019-0107": ("prohibited", {"refusal_notice_required"}),
    # Art. 10 item 2: health data only when necessary, and this transfer is not; Art. 10 items 4 to 6: what the
    # receiving Party must still do with the data sent (notify, destroy, record transfer and destruction, protect).
    "cz-tr-2024-0012": (
        "prohibited",
        ["must_destroy", "must_notify", "must_protect", "must_record", "must_record", "must_record_destruction"],
    ),
    # Art. 10 item 1: another purpose needs the sending Party's prior written consent.
    "cz-use-2024-0077": ("needs_consent", set()),
    "cz-use-2024-0078": ("permitted", set()),
    # Art. 11(2): onward transfer only with the sending Party's written consent.
    "cz-fwd-2024-0003": ("needs_consent", set()),
    # Art. 10 item 5: the review comes a day after the destruction term.
    # Art. 10 item 6: and the destruction is recorded.
    "cz-rev-2029-0001": ("prohibited", {"must_destroy", "must_record_destruction"}),
    # Art. 10 item 4: unreliable data is notified at once and corrected.
    "kz-def-2019-0002": ("permitted", {"must_notify", "must_correct"}),
    # Art. 10 item 3: the receiving Party reports on the use.
    "kz-urr-2025-0001": ("permitted", {"must_report_use"}),
    # Art. 12: each Party bears its own costs unless agreed in advance.
    "cz-cost-2025-0002": ("prohibited", {"must_bear_own_costs"}),
    # Art. 17: public health is a ground for suspension.
    "kz-susp-2026-0001": ("permitted", set()),
    # Final clause: signed on 23 November 2017; nothing applies on 1 June 2017.
    "kz-req-2017-0001": ("not_applicable", set()),
    # Art. 8 and 9(1): a written request about training (no suspension presumed).
    "kz-req-2020-0219": ("permitted", {"must_respond"}),
}


def test_evaluate_writes_one_json_line_per_example_in_order(run: Run) -> None:
    result = run("evaluate", str(EVENTS))
    assert result.code == 0, result.err
    records = result.records()
    assert [r["event_id"] for r in records] == example_ids()
    for record in records:
        assert "error" not in record
        assert record["verdict"] in {"permitted", "prohibited", "needs_consent", "not_applicable"}
        assert record["citations"], record["event_id"]
    decided = _by_id(result)
    for event_id, (verdict, duties) in PRESUMED.items():
        assert decided[event_id]["verdict"] == verdict, event_id
        assert sorted(d["kind"] for d in decided[event_id]["duties"]) == sorted(duties), event_id


def test_a_lifecycle_changes_decisions(run: Run) -> None:
    presumed = _by_id(run("evaluate", str(EVENTS)))
    known = _by_id(run("evaluate", str(EVENTS), "--lifecycle", str(LIFECYCLE)))
    # The example lifecycle suspends training from 2020-04-04 (notice 2020-03-20 + 15 days, Art. 17):
    # the training request of 2020-04-20 is then outside the Agreement.
    assert presumed["kz-req-2020-0219"]["verdict"] == "permitted"
    assert known["kz-req-2020-0219"]["verdict"] == "not_applicable"
    assert any("art_17" in rule for rule in known["kz-req-2020-0219"]["decided_by"])
    # Without a lifecycle the evaluation says what it presumed; with one, it does not.
    assert any("taken to have entered into force on 1 September 2018" in a for a in presumed["kz-req-2019-0031"]["assumptions"])
    assert not any("entered into force on 1 September 2018" in a for a in known["kz-req-2019-0031"]["assumptions"])


def test_entry_into_force_decides_acts_on_either_side_of_it(run_here: Run) -> None:
    # Notifications 2018-06-14 and 2018-07-20: in force on 2018-09-01 (Art. 18(1)).
    request = {"type": "request", "actor": "KZ", "subject": "search_for_objects", "form": "written"}
    stdin = _lines({**request, "id": "before", "date": "2018-08-31"}, {**request, "id": "on", "date": "2018-09-01"})
    known = _by_id(run_here("evaluate", "-", "--lifecycle", str(LIFECYCLE), stdin=stdin))
    assert known["before"]["verdict"] == "not_applicable"
    assert known["on"]["verdict"] == "permitted"
    # Without a lifecycle: in force since 1 September 2018, as published; the day before, not yet.
    presumed = _by_id(run_here("evaluate", "-", stdin=stdin))
    assert (presumed["before"]["verdict"], presumed["on"]["verdict"]) == ("not_applicable", "permitted")


@pytest.mark.parametrize("engine", ["python", "durable", "auto"])
def test_each_engine_reaches_the_same_decisions(capsys: pytest.CaptureFixture[str], engine: str) -> None:
    reference = _in_process(capsys, "evaluate", str(EVENTS), "--lifecycle", str(LIFECYCLE), "--engine", "python").records()
    result = _in_process(capsys, "evaluate", str(EVENTS), "--lifecycle", str(LIFECYCLE), "--engine", engine)
    assert result.code == 0
    records = result.records()
    assert {r["engine"] for r in records} == {"durable" if engine == "durable" else "python"}
    assert {r["receipt"]["engine"] for r in records} == {"durable" if engine == "durable" else "python"}

    def decision(record: dict[str, Any]) -> dict[str, Any]:
        receipt = {k: v for k, v in record["receipt"].items() if k != "engine"}
        return {**{k: v for k, v in record.items() if k != "engine"}, "receipt": receipt}

    assert [decision(r) for r in records] == [decision(r) for r in reference]


def test_the_engines_agree_as_processes() -> None:
    python = _subprocess("evaluate", str(EVENTS), "--lifecycle", str(LIFECYCLE), "--engine", "python").records()
    durable = _subprocess("evaluate", str(EVENTS), "--lifecycle", str(LIFECYCLE), "--engine", "durable").records()
    assert len(python) == len(durable) == len(example_ids())
    for p, d in zip(python, durable, strict=True):
        assert (p.pop("engine"), d.pop("engine")) == ("python", "durable")
        assert (p["receipt"].pop("engine"), d["receipt"].pop("engine")) == ("python", "durable")
        assert p == d


def test_durable_unavailable_is_a_usage_error_naming_the_python_engine(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "durable", None)
    monkeypatch.setitem(sys.modules, "durable.engine", None)
    result = _in_process(capsys, "evaluate", str(EVENTS), "--engine", "durable")
    assert result.code == 2
    assert result.out == ""
    assert "python" in result.err
    fallback = _in_process(capsys, "evaluate", str(EVENTS), "--engine", "auto")
    assert fallback.code == 0
    assert {r["engine"] for r in fallback.records()} == {"python"}


# ----------------------------------------------------------------------------- explain


def test_explain_gives_verdicts_duties_and_the_quoted_law(run: Run) -> None:
    result = run("explain", str(EVENTS))
    assert result.code == 0, result.err
    out = result.out
    assert "Line 1: Event kz-req-2019-0031 (request): PERMITTED" in out
    assert "Event kz-req-2020-0004 (request): NOT APPLICABLE" in out
    assert "Event cz-use-2024-0077 (use): NEEDS CONSENT" in out
    assert "must_respond" in out
    assert "must_confirm_in_writing" in out
    flat = " ".join(out.split())
    law = treaty_paragraph("1. Information and other forms of assistance").removeprefix("1. ")
    assert f'"{law}"' in flat, "Art. 9(1) is quoted verbatim"
    onward = treaty_paragraph("2. Submission to third states").removeprefix("2. ")
    assert f'"{onward}"' in flat, "Art. 11(2) is quoted verbatim"
    for event_id in example_ids():
        assert f"Event {event_id} (" in out


def test_explain_with_a_lifecycle_shows_the_agreements_life(run_here: Run) -> None:
    result = run_here("explain", str(EVENTS), "--lifecycle", str(LIFECYCLE))
    assert result.code == 0, result.err
    # Art. 18(1): last notification 2018-07-20 -> in force 2018-09-01; Art. 13(1), (2): thirty days later.
    assert "entry into force September 1, 2018" in result.out
    assert re.search(r"must_name_competent_authorities.*due October 1, 2018, 30 days after entry into force", result.out)
    assert re.search(r"must_exchange_contacts.*due October 1, 2018, 30 days after entry into force", result.out)
    # Art. 17: the suspension noticed on 2020-03-20 has effect fifteen days later.
    assert "in effect from April 4, 2020, 15 days after the notice" in result.out
    assert "Event kz-req-2020-0219 (request): NOT APPLICABLE" in result.out


# ----------------------------------------------------------------------------- bad input

GOOD_REQUEST = {
    "type": "request",
    "id": "good-req",
    "date": "2019-02-11",
    "actor": "KZ",
    "subject": "search_for_suspects",
    "form": "written",
}
GOOD_EXPERTS = {"type": "expert_deployment", "id": "экспертиза-1", "date": "2025-05-12", "actor": "KZ"}
GOOD_CLAIM = {"type": "cost_claim", "id": "good-claim", "date": "2025-06-30", "actor": "CZ", "agreed_in_advance": True}


def _json(event: dict[str, Any]) -> bytes:
    return json.dumps(event, ensure_ascii=False).encode("utf-8")


def _nested_json(depth: int) -> bytes:
    return b"[" * depth + b"1" + b"]" * depth


# (raw line, expected: event id for a good line, or ("error", field at fault))
CORPUS: list[tuple[bytes, str | tuple[str, str]]] = [
    (_json(GOOD_REQUEST), "good-req"),
    (b"", ""),
    (b'{"type": "request", "id": "truncated", "date": "2019-', ("error", "")),
    (_json({**GOOD_REQUEST, "id": "wrong-type", "urgent": "yes"}), ("error", "urgent")),
    (_json(GOOD_EXPERTS), "экспертиза-1"),
    (_json({**GOOD_REQUEST, "id": "unknown-field", "colour": "red"}), ("error", "colour")),
    (_json({**GOOD_REQUEST, "id": "unknown-type", "type": "extradition"}), ("error", "type")),
    (_json({**GOOD_REQUEST, "id": "impossible-date", "date": "2019-02-30"}), ("error", "date")),
    (_json({**GOOD_REQUEST, "id": "x" * 1_000_000}), ("error", "id")),
    (b"   \t ", ""),
    (_json({**GOOD_REQUEST, "id": "nested"})[:-1] + b', "crime": ' + _nested_json(50) + b"}", ("error", "crime")),
    (_json({**GOOD_REQUEST, "id": "too-deep"})[:-1] + b', "crime": ' + _nested_json(100_000) + b"}", ("error", "")),
    (b'{"type": "expert_deployment", "id": "\xff\xfe latin-1 \xe9", "date": "2025-05-12", "actor": "KZ"}', ("error", "")),
    (_json({**GOOD_REQUEST, "id": "numeric-date", "date": 20190211}), ("error", "date")),
    (_json(GOOD_CLAIM) + b"\r", "good-claim"),  # a CRLF line ending
    (_json({**GOOD_REQUEST, "id": "twice"})[:-1] + b', "actor": "CZ"}', ("error", "actor")),  # a key given twice
    (b'{"type": "request", "x": [' + b",".join([b"[]"] * 30_000) + b"]}", ("error", "")),  # lists past the count
    (b"null", ("error", "")),
    (_json({**GOOD_REQUEST, "id": "escape", "\x1b[2Jcolour": 1}), ("error", "\x1b[2Jcolour")),
]


def _corpus_bytes() -> bytes:
    return b"\n".join(raw for raw, _ in CORPUS)  # no newline after the last line


def _check_corpus_output(result: Result) -> None:
    non_blank = [(n, expected) for n, (raw, expected) in enumerate(CORPUS, start=1) if raw.strip()]
    lines = result.out.splitlines()
    assert len(lines) == len(non_blank), "one output line per non-blank input line, nothing dropped"
    for line, (number, expected) in zip(lines, non_blank, strict=True):
        assert len(line) < 200_000, f"line {number}: the output does not echo the input"
        record = json.loads(line)
        if isinstance(expected, str):
            assert record.get("event_id") == expected, f"line {number}: {record}"
            assert "verdict" in record
        else:
            assert record["line"] == number, record
            assert record["error"] == "invalid_event"
            fields = tuple(e["field"] for e in record["errors"])
            assert field_named(fields, expected[1]), f"line {number}: expected {expected[1]!r}, got {fields}"
            assert not record["message"].startswith("line "), "the line is a key of its own, not repeated"
            assert record["code"] == record["errors"][0]["code"]
    assert result.code == 1
    errors = sum(1 for _, expected in non_blank if not isinstance(expected, str))
    assert f"{errors} lines could not be evaluated" in result.err


def test_bad_lines_give_error_records_and_good_lines_are_still_evaluated(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(_corpus_bytes())
    _check_corpus_output(run("evaluate", str(path)))


def test_bad_lines_from_standard_input(run: Run) -> None:
    _check_corpus_output(run("evaluate", "-", stdin=_corpus_bytes()))


def test_the_default_input_is_standard_input(run: Run) -> None:
    result = run("evaluate", stdin=_lines(GOOD_REQUEST, GOOD_CLAIM))
    assert result.code == 0
    assert [r["event_id"] for r in result.records()] == ["good-req", "good-claim"]


def test_a_number_beyond_pythons_digit_limit_is_a_bad_line(run_here: Run) -> None:
    huge = b'{"type": "expert_deployment", "id": 1' + b"0" * 5000 + b', "date": "2025-05-12", "actor": "KZ"}'
    result = run_here("evaluate", "-", stdin=_lines(GOOD_REQUEST) + huge + b"\n" + _lines(GOOD_CLAIM))
    assert result.code == 1
    records = result.records()
    assert [r.get("event_id", r.get("line")) for r in records] == ["good-req", 2, "good-claim"]
    assert records[1]["error"] == "invalid_event"


def test_explain_reports_bad_lines_by_number(run_here: Run) -> None:
    stdin = _lines(GOOD_REQUEST) + b"\n" + _json({**GOOD_REQUEST, "urgent": "yes"}) + b"\n"
    result = run_here("explain", "-", stdin=stdin)
    assert result.code == 1
    assert "Line 1: Event good-req (request): PERMITTED" in result.out
    assert "Line 3: not a valid event" in result.out
    assert "urgent" in result.out


def test_a_file_of_only_errors(run_here: Run, tmp_path: Path) -> None:
    path = tmp_path / "errors.jsonl"
    path.write_bytes(b'{"type": "nothing"}\n[1, 2]\n\nnot json\n')
    result = run_here("evaluate", str(path))
    assert result.code == 1
    assert [(r["line"], r["error"]) for r in result.records()] == [
        (1, "invalid_event"),
        (2, "invalid_event"),
        (4, "invalid_event"),
    ]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"], ids=["empty", "blank-lines"])
def test_an_empty_input_is_not_an_error(run: Run, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    result = run("evaluate", str(path))
    assert (result.code, result.out) == (0, "")


# ----------------------------------------------------------------------------- provision and schema


def test_provision_prints_the_label_and_the_verbatim_text(run: Run) -> None:
    result = run("provision", "art_10__point_5")
    assert result.code == 0
    first, _, rest = result.out.partition("\n")
    assert first == "Article 10, item 5 [art_10__point_5]"
    treaty = treaty_paragraph("5) the sending Contracting Party in the process of transferring").removeprefix("5) ")
    assert " ".join(rest.split()) == treaty


def test_an_unknown_provision_is_a_usage_error(run: Run) -> None:
    result = run("provision", "art_99")
    assert result.code == 2
    assert result.out == ""
    assert "art_99" in result.err


def test_schema_prints_the_json_schema_of_every_event_type(run: Run) -> None:
    result = run("schema")
    assert result.code == 0
    schema = json.loads(result.out)
    assert set(schema["properties"]["type"]["enum"]) == set(EVENT_TYPES)
    assert {branch["if"]["properties"]["type"]["const"] for branch in schema["allOf"]} == set(EVENT_TYPES)


def test_schema_with_evaluation_prints_the_json_schema_of_evaluations(run: Run) -> None:
    result = run("schema", "--evaluation")
    assert result.code == 0
    schema = json.loads(result.out)
    assert schema["$id"].startswith("https://cooperation-rules.invalid/schema/evaluation/")
    assert {"event_id", "verdict", "duties", "findings", "citations"} <= set(schema["required"])


# ----------------------------------------------------------------------------- usage errors


def test_a_missing_input_file_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.jsonl"
    result = run("evaluate", str(missing))
    assert result.code == 2
    assert str(missing) in result.err
    assert "cannot read" in result.err


BAD_LIFECYCLES: list[tuple[str, bytes, str]] = [
    ("unknown-field", b'{"notifications_received": ["2018-06-14"], "notes": "x"}', "notes"),
    ("impossible-date", b'{"notifications_received": ["2018-02-30"]}', "notifications_received"),
    ("three-notifications", b'{"notifications_received": ["2018-06-14", "2018-07-20", "2018-07-21"]}', "notifications_received"),
    (
        "lifted-before-notice",
        b'{"suspensions": [{"notice_received": "2020-03-20", "ground": "security", "lifted_notice_received": "2020-03-01"}]}',
        "lifted_notice_received",
    ),
    ("bad-ground", b'{"suspensions": [{"notice_received": "2020-03-20", "ground": "weather"}]}', "ground"),
    ("malformed", b'{"notifications_received": [', "malformed"),
    ("not-an-object", b"[]", ""),
    ("deeply-nested", b"[" * 100_000 + b"]" * 100_000, ""),
    ("huge-number", b'{"termination_notice_received": 1' + b"0" * 5000 + b"}", ""),
    (
        "repeated-key",
        b'{"termination_notice_received": null, "termination_notice_received": "2030-01-01"}',
        "termination_notice_received",
    ),
    (
        "too-many-suspensions",
        b'{"suspensions": [' + b",".join([b'{"notice_received": "2020-03-20", "ground": "security"}'] * 101) + b"]}",
        "suspensions",
    ),
]


@pytest.mark.parametrize(("content", "names"), [(c, n) for _, c, n in BAD_LIFECYCLES], ids=[i for i, _, _ in BAD_LIFECYCLES])
def test_an_invalid_lifecycle_is_a_usage_error(run_here: Run, tmp_path: Path, content: bytes, names: str) -> None:
    path = tmp_path / "lifecycle.json"
    path.write_bytes(content)
    result = run_here("evaluate", str(EVENTS), "--lifecycle", str(path))
    assert result.code == 2, result.err[-500:]
    assert result.out == ""
    assert str(path) in result.err
    assert "invalid lifecycle" in result.err
    assert names in result.err
    assert "Traceback" not in result.err


def test_an_invalid_lifecycle_as_a_process(tmp_path: Path) -> None:
    path = tmp_path / "lifecycle.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    result = _subprocess("evaluate", str(EVENTS), "--lifecycle", str(path))
    assert (result.code, result.out) == (2, "")
    assert f"cooperation-rules: error: {path}: invalid lifecycle" in result.err
    assert "Traceback" not in result.err


def test_a_missing_lifecycle_file_is_a_usage_error(run_here: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    result = run_here("evaluate", str(EVENTS), "--lifecycle", str(missing))
    assert result.code == 2
    assert str(missing) in result.err


def test_an_unknown_engine_is_a_usage_error(run_here: Run) -> None:
    result = run_here("evaluate", str(EVENTS), "--engine", "drools")
    assert result.code == 2
    assert "drools" in result.err


def test_a_gap_in_the_rules_is_an_error_record_and_the_batch_goes_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A rules folder whose cost rule gives no verdict: that line is reported, the lines around it are evaluated."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    data = yaml.safe_load((rules / "art_12.yaml").read_text(encoding="utf-8"))
    next(r for r in data["rules"] if r["id"] == "art_12.costs_not_agreed").pop("verdict")
    (rules / "art_12.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    events = tmp_path / "events.jsonl"
    events.write_bytes(_lines(GOOD_REQUEST, {**GOOD_CLAIM, "agreed_in_advance": False}, GOOD_EXPERTS))

    result = _in_process(capsys, "--rules", str(rules), "evaluate", str(events), "--engine", "python")

    assert result.code == 1
    first, gap, last = result.records()
    assert first["event_id"] == "good-req" and first["verdict"] == "permitted"
    assert gap["line"] == 2 and gap["error"] == "no_verdict" and "good-claim" in gap["message"]
    assert last["event_id"] == "экспертиза-1" and last["verdict"] == "permitted"
    assert "could not be evaluated" in result.err
