"""``evaluate`` and ``explain`` run in the test's own process (``cli.main``), every record and line checked: the
same command line the process tests drive, seen by tools that watch only this process (code mutation testing).

The expected verdicts come from the Agreement: an oral request is permitted only in urgent cases and must then be
confirmed in writing at once, while the other Party responds in an urgent manner (Art. 9(1), (2)); an oral request
that is not urgent is prohibited.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import require_durable
from cooperation_rules import Rulebook, cli

URGENT = {
    "type": "request", "id": "urgent", "date": "2019-02-11", "actor": "KZ", "subject": "search_for_suspects",
    "form": "oral", "urgent": True, "crime": "organized_crime", "language": "en", "addressed_to_competent_authority": True,
}  # fmt: skip
NOT_URGENT = {**URGENT, "id": "not-urgent", "urgent": False}
IMPOSSIBLE = {"type": "request", "id": "x", "date": "2019-02-30", "actor": "KZ"}
AGAIN = {**URGENT, "form": "written"}
UNSTATED = {
    "type": "request",
    "id": "s",
    "date": "2019-02-11",
    "actor": "KZ",
    "subject": "search_for_suspects",
    "form": "written",
}


def _file(tmp_path: Path, *events: dict[str, Any]) -> str:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events) + "\n", encoding="utf-8")  # a blank line at the end
    return str(path)


def test_evaluate_writes_a_record_per_line_and_counts_the_bad_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = _file(tmp_path, URGENT, NOT_URGENT, IMPOSSIBLE, AGAIN)
    assert cli.main(["evaluate", "--fail-on", "prohibited", events]) == 1  # a bad line's status before --fail-on's
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["line"], r.get("event_id"), r.get("verdict"), r.get("error"), r.get("id")) for r in records] == [
        (1, "urgent", "permitted", None, None),
        (2, "not-urgent", "prohibited", None, None),
        (3, None, None, "invalid_event", "x"),
        (4, None, None, "duplicate_id", "urgent"),
    ]
    assert [(d["kind"], d["parties"], d["immediately"], d["urgently"]) for d in records[0]["duties"]] == [
        ("must_confirm_in_writing", ["KZ"], True, False),
        ("must_respond", ["CZ"], False, True),
    ]
    assert records[0]["citations"][0]["text"]  # the full form quotes the law
    # The record's code is its first fault's: a day that does not exist (30 February), then two missing fields.
    assert records[2]["code"] == "impossible_date"
    assert [(e["code"], e["field"]) for e in records[2]["errors"]] == [
        ("impossible_date", "date"), ("missing", "subject"), ("missing", "form"),
    ]  # fmt: skip
    assert captured.err == (
        "cooperation-rules: 2 lines could not be evaluated; see the error records\n"
        "cooperation-rules: 1 evaluation has a verdict given to --fail-on (prohibited)\n"
    )


def test_evaluate_fails_on_a_verdict_only_when_every_line_was_good(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = _file(tmp_path, URGENT, NOT_URGENT)
    assert cli.main(["evaluate", events]) == 0
    assert cli.main(["evaluate", "--fail-on", "needs_consent,not_applicable", events]) == 0
    capsys.readouterr()
    assert cli.main(["evaluate", "--fail-on", "permitted,prohibited", events]) == 3
    assert capsys.readouterr().err == (
        "cooperation-rules: 2 evaluations have a verdict given to --fail-on (permitted, prohibited)\n"
    )


def test_evaluate_compact_and_stamped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = _file(tmp_path, URGENT)
    assert cli.main(["evaluate", "--compact", "--stamp", events]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(set(c) == {"eid", "label"} for c in record["citations"])
    assert record["receipt"]["decision_id"] and record["receipt"]["decided_at"].endswith(("Z", "+00:00"))
    assert record["receipt"]["event_date"] == "2019-02-11" and record["receipt"]["event_actor"] == "KZ"


def test_explain_tells_each_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = _file(tmp_path, URGENT, NOT_URGENT, IMPOSSIBLE, AGAIN)
    assert cli.main(["explain", "--fail-on", "permitted", events]) == 1
    captured = capsys.readouterr()
    blocks = captured.out.split("\n\n")
    assert blocks[0].splitlines()[:6] == [
        "Line 1: Event urgent (request): PERMITTED",
        "  Decided by: art_9.oral_urgent_request",
        "  Duties:",
        "    - Confirm the request in writing (must_confirm_in_writing) — the acting Party (KZ); immediately"
        " [art_9.oral_urgent_request]",
        "    - Respond to the request (must_respond) — the other Party (CZ); in an urgent manner (Art. 9(2))"
        " [art_9.oral_urgent_request]",
        "  Why:",
    ]
    assert blocks[1].startswith("Line 2: Event not-urgent (request): PROHIBITED\n")
    assert blocks[2].splitlines() == [
        "Line 3: not a valid event",
        "  - date: impossible date 2019-02-30: no such day",
        "  - subject: missing: the field is required",
        "  - form: missing: the field is required",
    ]
    assert blocks[3] == "Line 4: not evaluated: id 'urgent' already given on line 1"
    assert captured.err == ("cooperation-rules: 1 evaluation has a verdict given to --fail-on (permitted)\n")


def test_explain_in_strict_mode_names_each_unstated_fact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = _file(tmp_path, UNSTATED, URGENT)
    assert cli.main(["explain", "--strict", events]) == 1
    blocks = capsys.readouterr().out.split("\n\n")
    assert blocks[0].splitlines() == [
        "Line 1: decisive legal facts not stated (strict mode)",
        "  - crime: not stated: the request names no type of crime (Article 2).",
        "  - language: not stated, taken as English (Article 9(6)).",
        "  - addressed_to_competent_authority: not stated, taken as true: the request reached the competent authority"
        " (Article 9(2)).",
    ]
    assert blocks[1].startswith("Line 2: Event urgent (request): PERMITTED\n")
    assert cli.main(["evaluate", "--strict", events]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["error"] == "unstated_facts" and records[0]["id"] == "s"
    assert {e["code"] for e in records[0]["errors"]} == {"unstated_fact"}
    assert records[1]["verdict"] == "permitted"


def test_explain_with_a_lifecycle_tells_it_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    life = tmp_path / "life.json"
    life.write_text(json.dumps({"notifications_received": ["2018-06-14", "2018-07-20"]}), encoding="utf-8")
    assert cli.main(["explain", "--lifecycle", str(life), _file(tmp_path, URGENT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The Agreement's life: entry into force September 1, 2018; no termination notice\n")
    assert "\n\nLine 1: Event urgent (request): PERMITTED\n" in out


def test_bad_lines_are_told_in_the_language_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["evaluate", "--locale", "cs", _file(tmp_path, IMPOSSIBLE)]) == 1
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert [e["message"] for e in record["errors"]] == [
        "nemožné datum 2019-02-30: takový den neexistuje", "chybí: pole je povinné", "chybí: pole je povinné",
    ]  # fmt: skip
    assert record["message"].startswith("chybně popsaná událost: date: nemožné datum 2019-02-30")
    assert captured.err == "cooperation-rules: 1 řádek se nepodařilo vyhodnotit; viz záznamy o chybách\n"


def test_a_file_that_cannot_be_read_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.jsonl"
    assert cli.main(["evaluate", str(missing)]) == 2
    assert capsys.readouterr() == ("", f"cooperation-rules: error: cannot read {missing}: No such file or directory\n")


def test_a_rule_that_gives_way_says_so_and_the_law_is_quoted_under_its_status() -> None:
    import cooperation_rules as cr

    transfer = {
        "type": "transfer", "id": "t", "date": "2024-02-19", "actor": "CZ", "categories": ["health", "identity"],
        "purpose": "related_procedures", "necessary": False, "recorded": False,
    }  # fmt: skip
    text = cr.Rulebook.load().evaluate(transfer).explain("en")
    lines = text.splitlines()
    assert lines[0] == "Event t (transfer): PROHIBITED"
    assert lines[1] == "  Decided by: art_10.special_category_not_necessary, art_10.transfer_not_needed"
    assert (
        "    - Personal data may be transferred in the framework of the cooperation when needed and in a volume"
        " appropriate to the purpose of its use; the sending Party answers for its accuracy. [art_10.transfer]"
        " (its verdict, permitted, gives way)"
    ) in lines
    # A rule whose verdict decides says nothing more after its rule id.
    why = [line for line in lines if line.startswith("    - ") and "[art_10.transfer_not_needed]" in line]
    assert why and all(line.endswith("[art_10.transfer_not_needed]") for line in why)
    law = lines.index(next(line for line in lines if line.startswith("  The law, quoted word for word")))
    assert "    Article 10, item 2 [art_10__point_2]:" in lines
    assert "as an unofficial translation" in lines[law]
    assert lines[law + 1].startswith("    Article ") and lines[law + 1].endswith("]:")
    assert lines[law + 2].startswith('      "') and lines[law + 2].endswith('"')


def test_the_module_level_evaluate_takes_the_lifecycle_and_the_engine() -> None:
    import cooperation_rules as cr

    request = {
        "type": "request", "id": "r", "date": "2020-04-10", "actor": "KZ", "subject": "training", "form": "written",
    }  # fmt: skip
    # Art. 17: a suspension of cooperation on training, received 20 March 2020, has effect from 4 April 2020.
    life = cr.Lifecycle.model_validate(
        {
            "notifications_received": ["2018-06-14", "2018-07-20"],
            "suspensions": [{"notice_received": "2020-03-20", "ground": "public_health", "scope": ["training"]}],
        }
    )
    assert cr.evaluate(request).verdict is cr.Verdict.PERMITTED
    assert cr.evaluate(request, lifecycle=life).verdict is cr.Verdict.NOT_APPLICABLE
    assert cr.evaluate(request, engine="python").engine == "python"
    assert cr.evaluate(request, engine="durable").engine == "durable"
    assert cr.evaluate({**request, "form": "oral"}, strict=False).verdict is cr.Verdict.PROHIBITED
    with pytest.raises(cr.UnstatedFacts):
        cr.evaluate(request, strict=True)


def _without_cost_rules(tmp_path: Path) -> Path:
    """A rules folder of one's own in which no rule decides a claim for costs (Article 12's rules taken out): a gap."""
    import shutil

    import yaml

    folder = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", folder)
    article = yaml.safe_load((folder / "art_12.yaml").read_text(encoding="utf-8"))
    article["rules"] = []
    (folder / "art_12.yaml").write_text(yaml.safe_dump(article, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def test_a_gap_in_the_rules_is_a_record_and_a_line_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = _without_cost_rules(tmp_path)
    claim = {"type": "cost_claim", "id": "c1", "date": "2026-03-02", "actor": "KZ", "agreed_in_advance": True}
    events = _file(tmp_path, claim, {**claim, "id": "c2"}, URGENT)
    assert cli.main(["--rules", str(rules), "evaluate", events]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    gap = records[0]
    assert list(gap) == ["line", "id", "error", "code", "message", "errors"]
    assert (gap["line"], gap["id"], gap["error"], gap["code"]) == (1, "c1", "no_verdict", "no_verdict")
    assert gap["message"].startswith("the rules give no verdict for this event: no rule gives a verdict for event 'c1'")
    assert gap["errors"] == [{"code": "no_verdict", "field": "", "message": gap["message"]}]
    assert records[2]["verdict"] == "permitted"  # the lines after a gap are evaluated
    assert captured.err == "cooperation-rules: 2 lines could not be evaluated; see the error records\n"
    assert cli.main(["--rules", str(rules), "evaluate", "--locale", "ru", events]) == 1
    russian = json.loads(capsys.readouterr().out.splitlines()[0])
    assert russian["code"] == "no_verdict" and not russian["message"].startswith("the rules give no verdict")
    assert "no rule gives" not in russian["message"]  # the reason too, not only the words around it
    assert russian["errors"][0]["message"] == russian["message"] and "c1" in russian["message"]
    assert cli.main(["--rules", str(rules), "explain", "--locale", "ru", events]) == 1
    told = capsys.readouterr().out.split("\n\n")[0]
    assert not told.startswith("Line 1") and "c1" in told
    assert "no rule gives" not in told  # the reason too is in Russian, not only the words around it
    assert cli.main(["--rules", str(rules), "explain", events]) == 1
    blocks = capsys.readouterr().out.split("\n\n")
    assert blocks[0].startswith("Line 1: no decision: no rule gives a verdict for event 'c1' of type 'cost_claim'; facts:")
    assert blocks[2].startswith("Line 3: Event urgent (request): PERMITTED\n")


def test_explain_and_evaluate_speak_the_language_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    life = tmp_path / "life.json"
    life.write_text(json.dumps({"notifications_received": ["2018-06-14", "2018-07-20"]}), encoding="utf-8")
    events = _file(tmp_path, URGENT, IMPOSSIBLE, AGAIN, NOT_URGENT)
    assert cli.main(["explain", "--locale", "cs", "--lifecycle", str(life), events]) == 1
    blocks = capsys.readouterr().out.split("\n\n")
    assert blocks[0].startswith("Platnost Dohody: vstup v platnost 1. září 2018; bez výpovědi\n")
    assert blocks[1].startswith("Řádek 1: Událost urgent (žádost): POVOLENO\n")
    assert blocks[2].splitlines()[:2] == [
        "Řádek 2: chybně popsaná událost",
        "  - date: nemožné datum 2019-02-30: takový den neexistuje",
    ]
    assert blocks[3] == "Řádek 3: nevyhodnocen: identifikátor 'urgent' už byl uveden na řádku 1"
    assert blocks[4].startswith("Řádek 4: Událost not-urgent (žádost): ZAKÁZÁNO\n")  # a line after a repeated id
    assert cli.main(["evaluate", "--locale", "cs", events]) == 1
    out = capsys.readouterr().out
    assert "nemožné datum" in out  # written as it is, not escaped
    assert [json.loads(line)["line"] for line in out.splitlines()] == [1, 2, 3, 4]


def test_a_stamp_is_a_uuid_and_a_strict_refusal_keeps_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import uuid

    assert cli.main(["evaluate", "--stamp", _file(tmp_path, URGENT)]) == 0
    stamp = json.loads(capsys.readouterr().out)["receipt"]["decision_id"]
    assert str(uuid.UUID(stamp)) == stamp
    assert cli.main(["evaluate", "--strict", _file(tmp_path, URGENT, UNSTATED)]) == 1
    refused = json.loads(capsys.readouterr().out.splitlines()[1])
    assert (refused["line"], refused["id"], refused["error"]) == (2, "s", "unstated_facts")
    assert refused["message"].startswith("the event leaves decisive legal facts unstated")  # the line is not repeated


@pytest.mark.parametrize("command", ["evaluate", "explain"])
def test_the_engine_asked_decides_every_line_and_the_agreements_life(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``--engine`` reaches every evaluation and the duties of the Agreement's life, not only the first or the default."""
    require_durable()
    asked: list[tuple[str, object]] = []
    evaluate, lifecycle_duties = Rulebook.evaluate, Rulebook.lifecycle_duties

    def evaluating(self: Rulebook, event: Any, **options: Any) -> Any:
        asked.append(("evaluate", options.get("engine")))
        return evaluate(self, event, **options)

    def life(self: Rulebook, lifecycle: Any, **options: Any) -> Any:
        asked.append(("lifecycle_duties", options.get("engine")))
        return lifecycle_duties(self, lifecycle, **options)

    monkeypatch.setattr(Rulebook, "evaluate", evaluating)
    monkeypatch.setattr(Rulebook, "lifecycle_duties", life)
    path = tmp_path / "life.json"
    path.write_text(json.dumps({"notifications_received": ["2018-06-14", "2018-07-20"]}), encoding="utf-8")
    events = _file(tmp_path, URGENT, {**AGAIN, "id": "written"})
    assert cli.main([command, "--engine", "durable", "--lifecycle", str(path), events]) == 0
    out = capsys.readouterr().out
    expected = [("evaluate", "durable"), ("evaluate", "durable")]
    assert asked == ([("lifecycle_duties", "durable")] if command == "explain" else []) + expected
    if command == "evaluate":
        assert [json.loads(line)["receipt"]["engine"] for line in out.splitlines()] == ["durable", "durable"]


def test_the_engine_auto_is_the_python_engine_and_its_help_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["evaluate", "--engine", "auto", _file(tmp_path, URGENT)]) == 0
    assert json.loads(capsys.readouterr().out)["receipt"]["engine"] == "python"
    with pytest.raises(SystemExit) as exit_:
        cli.main(["evaluate", "--help"])
    assert exit_.value.code == 0
    assert "durable, python or auto (the Python engine); default: auto" in " ".join(capsys.readouterr().out.split())


def test_the_ledger_commands_run_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``ledger`` is dispatched with the rulebook, the arguments and the language: the records of a written request
    (Art. 9(2)) are kept, and the chain of two entries verifies."""
    db = str(tmp_path / "case.db")
    written = {**AGAIN, "id": "written"}
    assert cli.main(["ledger", "record", db, _file(tmp_path, URGENT, written)]) == 0
    recorded = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = [(1, "urgent", "permitted"), (2, "written", "permitted")]
    assert [(r["line"], r["event_id"], r["verdict"]) for r in recorded] == expected
    assert cli.main(["ledger", "verify", db, "--locale", "cs"]) == 0
    assert capsys.readouterr().err == ""


def test_a_locale_not_supported_is_refused_in_the_language_of_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LC_ALL", "cs_CZ.UTF-8")
    assert cli.main(["evaluate", "--locale", "xx", _file(tmp_path, URGENT)]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (
        "",
        "cooperation-rules: chyba: nepodporovaný jazyk 'xx'; podporované: en, ru, cs, kk\n",
    )


def test_rules_and_lifecycles_that_cannot_be_read_are_usage_errors_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command prints the library's own error, in the language asked, as one line with status 2."""
    from cooperation_rules import InvalidLifecycle, Lifecycle, RuleFileError

    events = _file(tmp_path, URGENT)
    with monkeypatch.context() as installation:  # an installation that lost its bundled rules
        missing = FileNotFoundError("no rules/ folder found in the package or in the source checkout")

        def load(*_: Any, **__: Any) -> Rulebook:
            raise missing

        installation.setattr(Rulebook, "load", load)
        assert cli.main(["evaluate", "--locale", "cs", events]) == 2
    assert capsys.readouterr().err == f"cooperation-rules: chyba: {missing}\n"

    broken = tmp_path / "broken-rules"
    broken.mkdir()
    (broken / "art_1.yaml").write_text("format: 1\ntitle: Article 1\nrules: [{id: 1}]\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as bad_rules:
        Rulebook.load(broken)
    assert bad_rules.value.localized("cs") != bad_rules.value.localized("en")
    assert cli.main(["--rules", str(broken), "evaluate", "--locale", "cs", events]) == 2
    assert capsys.readouterr().err == f"cooperation-rules: chyba: {bad_rules.value.localized('cs')}\n"

    life = tmp_path / "life.json"
    life.write_text(json.dumps({"notifications_received": ["2018-02-30"]}), encoding="utf-8")
    with pytest.raises(InvalidLifecycle) as bad_life:
        Lifecycle.from_file(life)
    assert bad_life.value.localized("cs") != bad_life.value.localized("en")
    assert cli.main(["evaluate", "--locale", "cs", "--lifecycle", str(life), events]) == 2
    assert capsys.readouterr().err == f"cooperation-rules: chyba: {life}: {bad_life.value.localized('cs')}\n"


def test_the_file_read_is_closed_after_and_standard_input_left_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A host that runs the command line in its own process keeps its standard input; every file opened is closed."""
    import builtins
    import io
    import sys

    opened: list[Any] = []

    def recording_open(*args: Any, **kwargs: Any) -> Any:
        handle = builtins.open(*args, **kwargs)  # noqa: SIM115 - the command closes it: that is what is checked
        opened.append(handle)
        return handle

    monkeypatch.setattr(cli, "open", recording_open, raising=False)
    events = _file(tmp_path, URGENT)
    assert cli.main(["evaluate", events]) == 0
    assert [(h.name, h.closed) for h in opened] == [(events, True)]

    stdin = io.TextIOWrapper(io.BytesIO((json.dumps(URGENT) + "\n").encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert cli.main(["evaluate", "-"]) == 0
    assert not stdin.closed and not stdin.buffer.closed
    assert [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()] == ["urgent", "urgent"]
