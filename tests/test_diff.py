"""The difference between decision snapshots: aspects, provisions, the text for reviewers, JSON, the command,
and the rules at a git revision (read with ``git show``, never checked out).

Hand-written records name real eIds so that labels and treaty order come from the Agreement:
the preamble comes before Article 1, and Article 9 before Article 10.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT
from cooperation_rules import Rulebook, RuleFileError, cli
from cooperation_rules.tools.diff import (
    Aspect,
    GitUnavailableError,
    NoRuleFilesError,
    NotARepositoryError,
    UnknownRevisionError,
    diff_snapshots,
    format_diff,
    rulebook_at,
    rules_at,
)
from cooperation_rules.tools.snapshot import dump_snapshot, read_corpus, take_snapshot, write_snapshot

RULES = ROOT / "rules"
EXAMPLES = ROOT / "examples"
AUTHENTIC_FIXTURE = ROOT / "tests" / "fixtures" / "authentic_texts" / "ru.yaml"


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load(RULES)


def duty(
    kind: str, bearer: str, parties: list[str], citations: list[str], *, due: str | None = None, now: bool = False
) -> dict[str, Any]:
    return {"kind": kind, "bearer": bearer, "parties": parties, "due": due, "immediately": now, "citations": citations}


def record(
    key: str,
    verdict: str = "permitted",
    verdict_cites: tuple[str, ...] = ("art_9__para_3",),
    duties: tuple[dict[str, Any], ...] = (),
    citations: tuple[str, ...] | None = None,
    *,
    type_: str = "spontaneous_information",
    date: str = "2024-05-01",
) -> dict[str, Any]:
    return {
        "event": key,
        "type": type_,
        "date": date,
        "verdict": verdict,
        "verdict_cites": list(verdict_cites),
        "duties": list(duties),
        "citations": list(citations if citations is not None else verdict_cites),
    }


def error(key: str, kind: str = "no_verdict", message: str = "no rule gives a verdict", **event: str) -> dict[str, Any]:
    return {"event": key, **event, "error": {"kind": kind, "message": message}}


REPORT = duty("must_report_use", "counterpart", ["KZ"], ["art_10__point_3"])
DESTROY = duty("must_destroy", "counterpart", ["CZ"], ["art_10__point_4"])
NOTIFY = duty("must_notify", "actor", ["KZ"], ["art_10__point_4"], now=True)


# ----------------------------------------------------------------------------- what changed


def test_equal_snapshots_have_no_change(rulebook: Rulebook) -> None:
    old = [record("s/a"), record("s/b", "prohibited", ("art_9__para_1",))]
    diff = diff_snapshots(old, [dict(r) for r in old], treaty=rulebook.treaty)
    assert not diff.changed
    assert diff.summary.events_compared == 2 and diff.summary.changed == 0
    assert format_diff(diff, rulebook.treaty) == "No decision changed on 2 events.\n"


def test_a_verdict_change_belongs_to_the_provisions_deciding_before_and_after(rulebook: Rulebook) -> None:
    old = [record("s/a", "prohibited", ("art_10__point_2",)), record("s/b")]
    new = [record("s/a", "permitted", ("art_9__para_3", "art_10__point_2")), record("s/b")]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    (change,) = diff.changes
    assert change.event == "s/a"
    assert Aspect.VERDICT in change.aspects
    assert change.provisions == ("art_9__para_3", "art_10__point_2")  # treaty order: Article 9 first
    assert diff.summary.by_aspect[Aspect.VERDICT] == 1
    text = format_diff(diff, rulebook.treaty)
    assert "verdict: prohibited [art_10__point_2] → permitted [art_9__para_3, art_10__point_2]" in text


def test_a_verdict_alone_reads_before_and_after(rulebook: Rulebook) -> None:
    diff = diff_snapshots([record("s/a", "prohibited")], [record("s/a", "permitted")], treaty=rulebook.treaty)
    assert diff.changes[0].aspects == (Aspect.VERDICT,)
    assert "    verdict: prohibited → permitted\n" in format_diff(diff, rulebook.treaty)


def test_a_duty_change_belongs_to_the_provisions_of_the_duties_that_change(rulebook: Rulebook) -> None:
    old = [record("s/a", duties=(DESTROY, REPORT), citations=("art_9__para_3", "art_10__point_3", "art_10__point_4"))]
    changed = {**REPORT, "bearer": "actor", "parties": ["CZ"]}
    new = [record("s/a", duties=(DESTROY, changed), citations=("art_9__para_3", "art_10__point_3", "art_10__point_4"))]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    (change,) = diff.changes
    assert change.aspects == (Aspect.DUTIES,)
    assert change.provisions == ("art_10__point_3",)  # not the unchanged duty's Art. 10 item 4
    text = format_diff(diff, rulebook.treaty)
    assert "      - must_report_use, counterpart (KZ), no deadline [art_10__point_3]\n" in text
    assert "      + must_report_use, actor (CZ), no deadline [art_10__point_3]\n" in text
    assert "must_destroy" not in text


@pytest.mark.parametrize(
    ("before", "after", "line"),
    [
        ({}, {"due": "2029-03-01"}, "+ must_destroy, counterpart (CZ), due 2029-03-01 [art_10__point_4]"),
        ({}, {"immediately": True}, "+ must_destroy, counterpart (CZ), immediately [art_10__point_4]"),
        ({}, {"parties": ["CZ", "KZ"], "bearer": "both"}, "+ must_destroy, both (CZ, KZ), no deadline [art_10__point_4]"),
        (
            {},
            {"citations": ["art_10__point_4", "art_10__point_5"]},
            "+ must_destroy, counterpart (CZ), no deadline [art_10__point_4, art_10__point_5]",
        ),
        (
            {"due": "2029-03-01", "immediately": True},
            {},
            "- must_destroy, counterpart (CZ), immediately, due 2029-03-01 [art_10__point_4]",
        ),
    ],
)
def test_every_field_of_a_duty_counts(rulebook: Rulebook, before: dict[str, Any], after: dict[str, Any], line: str) -> None:
    old = [record("s/a", duties=({**DESTROY, **before},))]
    new = [record("s/a", duties=({**DESTROY, **after},))]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    assert diff.changes[0].aspects == (Aspect.DUTIES,)
    assert line in format_diff(diff, rulebook.treaty)


def test_a_duty_that_appears_or_goes_is_a_duty_change(rulebook: Rulebook) -> None:
    diff = diff_snapshots([record("s/a", duties=(NOTIFY,))], [record("s/a", duties=(NOTIFY, NOTIFY))], treaty=rulebook.treaty)
    assert diff.changes[0].aspects == (Aspect.DUTIES,)  # the same duty twice is not the same as once
    assert diff.changes[0].provisions == ("art_10__point_4",)
    diff = diff_snapshots([record("s/a", duties=(NOTIFY,))], [record("s/a")], treaty=rulebook.treaty)
    assert "      - must_notify, actor (KZ), immediately [art_10__point_4]\n" in format_diff(diff, rulebook.treaty)


def test_duties_in_another_order_are_no_change(rulebook: Rulebook) -> None:
    diff = diff_snapshots([record("s/a", duties=(DESTROY, NOTIFY))], [record("s/a", duties=(NOTIFY, DESTROY))])
    assert not diff.changed


def test_a_citation_change_belongs_to_the_provisions_that_appear_or_go(rulebook: Rulebook) -> None:
    old = [record("s/a", citations=("art_2__point_7", "art_9__para_3"))]
    new = [record("s/a", citations=("art_9__para_3", "art_10__point_1"))]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    (change,) = diff.changes
    assert change.aspects == (Aspect.CITATIONS,)
    assert change.provisions == ("art_2__point_7", "art_10__point_1")
    text = format_diff(diff, rulebook.treaty)
    assert "    citations:\n      - art_2__point_7\n      + art_10__point_1\n" in text


def test_an_error_belongs_to_the_provisions_quoted_on_the_other_side(rulebook: Rulebook) -> None:
    decided = record("s/a", citations=("art_9__para_3", "art_17"))
    gap = error("s/a", type="spontaneous_information", date="2024-05-01")
    diff = diff_snapshots([decided], [gap], treaty=rulebook.treaty)
    (change,) = diff.changes
    assert change.aspects == (Aspect.ERROR,)
    assert change.provisions == ("art_9__para_3", "art_17")
    assert "    error: verdict permitted → no_verdict: no rule gives a verdict\n" in format_diff(diff, rulebook.treaty)
    back = diff_snapshots([gap], [decided], treaty=rulebook.treaty)
    assert back.changes[0].aspects == (Aspect.ERROR,) and back.changes[0].provisions == ("art_9__para_3", "art_17")


def test_two_different_errors_belong_to_no_provision(rulebook: Rulebook) -> None:
    diff = diff_snapshots([error("s/line-3", "invalid_event", "bad date")], [error("s/line-3", "invalid_event", "bad id")])
    (change,) = diff.changes
    assert change.aspects == (Aspect.ERROR,) and change.provisions == ()
    assert not diff.provisions
    text = format_diff(diff, rulebook.treaty)
    assert "No provision: 1 event\n  s/line-3\n    error: invalid_event: bad date → invalid_event: bad id\n" in text


def test_a_changed_event_is_reported_as_such(rulebook: Rulebook) -> None:
    diff = diff_snapshots([record("s/a", date="2024-05-01")], [record("s/a", date="2024-05-02")], treaty=rulebook.treaty)
    assert diff.changes[0].aspects == (Aspect.EVENT,)
    assert "event: spontaneous_information 2024-05-01 → spontaneous_information 2024-05-02" in format_diff(diff, rulebook.treaty)


def test_events_only_in_one_snapshot_are_added_or_removed(rulebook: Rulebook) -> None:
    old = [record("s/a"), record("s/gone", "prohibited")]
    new = [record("s/a"), record("s/new"), error("s/line-9", "invalid_event", "bad line")]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    assert diff.changed and not diff.changes
    assert [r["event"] for r in diff.added] == ["s/new", "s/line-9"]
    assert [r["event"] for r in diff.removed] == ["s/gone"]
    s = diff.summary
    assert (s.events_compared, s.changed, s.added, s.removed) == (1, 0, 2, 1)
    text = format_diff(diff, rulebook.treaty)
    assert (
        "Only in the new snapshot (added): 2 events\n  s/new (spontaneous_information, 2024-05-01): verdict permitted\n" in text
    )
    assert "  s/line-9: invalid_event: bad line\n" in text
    assert (
        "Only in the old snapshot (removed): 1 event\n  s/gone (spontaneous_information, 2024-05-01): verdict prohibited\n"
        in text
    )
    assert text.endswith("0 of 1 events changed; 2 added, 1 removed; 0 provisions touched.\n")


# ----------------------------------------------------------------------------- grouped by provision


def test_changes_are_grouped_by_provision_in_treaty_order(rulebook: Rulebook) -> None:
    old = [
        record("s/a", "permitted", ("art_10__point_1",)),
        record("s/b", "permitted", ("preamble", "art_1__para_2")),
        record("s/c", "permitted", ("art_9__para_1",), citations=("art_9__para_1", "art_10__point_1")),
    ]
    new = [
        record("s/a", "prohibited", ("art_10__point_1",)),
        record("s/b", "not_applicable", ("preamble", "art_1__para_2")),
        record("s/c", "prohibited", ("art_9__para_1", "art_10__point_1")),
    ]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    assert [(g.eid, g.events) for g in diff.provisions] == [
        ("preamble", ("s/b",)),
        ("art_1__para_2", ("s/b",)),
        ("art_9__para_1", ("s/c",)),
        ("art_10__point_1", ("s/a", "s/c")),
    ]
    labels = {g.eid: g.label for g in diff.provisions}
    assert labels["art_10__point_1"] == "Article 10, item 1" and labels["art_1__para_2"] == "Article 1(2)"
    text = format_diff(diff, rulebook.treaty)
    headers = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert headers[1:] == [
        "Article 1(2) [art_1__para_2]: 1 event",
        "Article 9(1) [art_9__para_1]: 1 event",
        "Article 10, item 1 [art_10__point_1]: 2 events",
        "3 of 3 events changed (verdict 3); 0 added, 0 removed; 4 provisions touched.",
    ]
    assert headers[0].endswith("[preamble]: 1 event")
    # Without a treaty: by article and number (Article 9 still before Article 10), labels from the eIds.
    plain = diff_snapshots(old, new)
    assert [g.eid for g in plain.provisions] == ["art_1__para_2", "art_9__para_1", "art_10__point_1", "preamble"]


def test_limit_shows_at_most_that_many_events_per_provision(rulebook: Rulebook) -> None:
    old = [record(f"s/e{i:02}", "permitted") for i in range(13)]
    new = [record(f"s/e{i:02}", "prohibited") for i in range(13)]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    text = format_diff(diff, rulebook.treaty)
    assert text.count("verdict: permitted → prohibited") == 10
    assert "  … and 3 more\n" in text
    assert "s/e09" in text and "s/e10" not in text
    assert format_diff(diff, rulebook.treaty, limit=2).count("verdict:") == 2
    everything = format_diff(diff, rulebook.treaty, limit=0)
    assert everything.count("verdict:") == 13 and "more" not in everything


def test_to_json_is_canonical_and_holds_every_change(rulebook: Rulebook) -> None:
    old = [record("s/a", "prohibited", ("art_10__point_2",)), record("s/gone")]
    new = [record("s/a", "permitted", ("art_10__point_1",)), record("s/new")]
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    text = diff.to_json()
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    assert data["summary"] == {
        "events_compared": 1,
        "changed": 1,
        "by_aspect": {"verdict": 1, "duties": 0, "citations": 1, "findings": 0, "error": 0, "event": 0},
        "added": 1,
        "removed": 1,
        "provisions_touched": 2,
    }
    assert data["provisions"] == [
        {"eid": "art_10__point_1", "label": "Article 10, item 1", "events": ["s/a"]},
        {"eid": "art_10__point_2", "label": "Article 10, item 2", "events": ["s/a"]},
    ]
    (change,) = data["changes"]
    assert change["event"] == "s/a" and change["type"] == "spontaneous_information" and change["date"] == "2024-05-01"
    assert change["aspects"] == ["verdict", "citations"]
    assert change["before"] == old[0] and change["after"] == new[0]
    assert [r["event"] for r in data["added"]] == ["s/new"] and [r["event"] for r in data["removed"]] == ["s/gone"]


# ----------------------------------------------------------------------------- the command


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run ``cooperation-rules`` through ``cli.main`` in English."""
    for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)

    def in_process(*args: str | Path) -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return in_process


ONWARD = {"type": "onward_transfer", "date": "2024-03-01", "actor": "KZ", "recipient": "third_state"}


def make_corpus(folder: Path, *, bad_line: bool = False) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "events.jsonl", folder / "examples.jsonl")
    shutil.copy(EXAMPLES / "lifecycle.json", folder / "examples.lifecycle.json")
    lines = [json.dumps({**ONWARD, "id": "fwd-1"}), json.dumps({**ONWARD, "id": "fwd-2", "sender_consent": True})]
    if bad_line:
        lines.append('{"type": "onward_transfer", "id": "broken"}')
    (folder / "plain.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_snapshot_writes_the_canonical_snapshot(run: Run, tmp_path: Path, rulebook: Rulebook) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "snapshots" / "decisions.jsonl"
    result = run("snapshot", corpus, "--out", out)
    assert (result.code, result.out, result.err) == (0, "", "")
    expected = dump_snapshot(take_snapshot(rulebook, read_corpus(corpus)))
    assert out.read_bytes() == expected.encode("utf-8")
    printed = run("snapshot", corpus)
    assert printed.code == 0 and printed.out == expected
    assert run("snapshot", corpus, "--engine", "python").out == expected


def test_snapshot_with_error_records_exits_1_and_counts_them(run: Run, tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", bad_line=True)
    result = run("snapshot", corpus)
    assert result.code == 1
    assert "1 event could not be evaluated" in result.err
    records = [json.loads(line) for line in result.out.splitlines()]
    assert records[-1]["event"] == "plain/line-3" and records[-1]["error"]["kind"] == "invalid_event"
    assert records[-2]["event"] == "plain/fwd-2"  # the good lines are all there


def test_snapshot_of_an_unreadable_corpus_exits_2(run: Run, tmp_path: Path) -> None:
    result = run("snapshot", tmp_path / "nowhere")
    assert result.code == 2 and result.out == ""
    assert "nowhere: no such folder" in result.err
    (tmp_path / "empty").mkdir()
    assert "no event sets" in run("snapshot", tmp_path / "empty").err


def test_diff_of_two_files_exits_0_1_or_2(run: Run, tmp_path: Path, rulebook: Rulebook) -> None:
    old, new, same = tmp_path / "old.jsonl", tmp_path / "new.jsonl", tmp_path / "same.jsonl"
    before = [record("s/a", "needs_consent", ("art_11__para_2",)), record("s/b")]
    after = [record("s/a", "prohibited", ("art_11__para_2",)), record("s/b")]
    write_snapshot(old, before)
    write_snapshot(same, before)
    write_snapshot(new, after)
    unchanged = run("diff", old, same)
    assert (unchanged.code, unchanged.out) == (0, "No decision changed on 2 events.\n")
    changed = run("diff", old, new)
    assert changed.code == 1
    assert changed.out == format_diff(diff_snapshots(before, after, treaty=rulebook.treaty), rulebook.treaty)
    assert changed.out.startswith("Article 11(2) [art_11__para_2]: 1 event\n  s/a (spontaneous_information, 2024-05-01)\n")
    as_json = run("diff", old, new, "--json")
    assert as_json.code == 1
    assert json.loads(as_json.out) == json.loads(diff_snapshots(before, after, treaty=rulebook.treaty).to_json())
    (tmp_path / "broken.jsonl").write_text('{"event":"s/a"}\n{"event":"s/a"}\n', encoding="utf-8")
    broken = run("diff", old, tmp_path / "broken.jsonl")
    assert broken.code == 2 and "broken.jsonl, line 2, field 'event': event 's/a' is already on line 1" in broken.err
    assert run("diff", old, tmp_path / "missing.jsonl").code == 2


def test_diff_exits_1_when_events_are_only_added_or_only_removed(run: Run, tmp_path: Path) -> None:
    """A snapshot that gains or loses an event is a change, though no event in both differs."""
    old, grown, shrunk = tmp_path / "old.jsonl", tmp_path / "grown.jsonl", tmp_path / "shrunk.jsonl"
    write_snapshot(old, [record("s/a"), record("s/b")])
    write_snapshot(grown, [record("s/a"), record("s/b"), record("s/c")])
    write_snapshot(shrunk, [record("s/a")])
    added = run("diff", old, grown)
    assert added.code == 1
    assert added.out.endswith("0 of 2 events changed; 1 added, 0 removed; 0 provisions touched.\n")
    assert (
        "Only in the new snapshot (added): 1 event\n  s/c (spontaneous_information, 2024-05-01): verdict permitted\n" in added.out
    )
    removed = run("diff", old, shrunk)
    assert removed.code == 1
    assert removed.out.endswith("0 of 1 events changed; 0 added, 1 removed; 0 provisions touched.\n")
    assert "Only in the old snapshot (removed): 1 event\n  s/b (" in removed.out
    assert run("diff", grown, old).code == 1 and run("diff", shrunk, old).code == 1


def finding(
    rule: str, verdict: str | None = "permitted", duties: tuple[str, ...] = (), cites: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {"rule": rule, "verdict": verdict, "duties": list(duties), "citations": list(cites)}


def test_a_rule_that_fires_where_it_did_not_is_a_changed_finding(run: Run, tmp_path: Path, rulebook: Rulebook) -> None:
    """The same verdict, duties and citations, and one more reason in the explanation: the diff shows it, exits 1."""
    direct = finding("art_6.notice_direct", cites=("art_6__para_1",))
    interpol = finding("art_6.notice_through_interpol", cites=("art_6__para_2",))
    before = [{**record("s/n", "permitted", ("art_6__para_1",)), "findings": [direct]}]
    after = [{**record("s/n", "permitted", ("art_6__para_1",)), "findings": [interpol, direct]}]
    diff = diff_snapshots(before, after, treaty=rulebook.treaty)
    (change,) = diff.changes
    assert change.aspects == (Aspect.FINDINGS,)
    assert change.provisions == ("art_6__para_2",)
    assert diff.summary.by_aspect[Aspect.FINDINGS] == 1
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    write_snapshot(old, before)
    write_snapshot(new, after)
    result = run("diff", old, new)
    assert result.code == 1
    assert "    findings:\n      + art_6.notice_through_interpol: permitted; duties none [art_6__para_2]\n" in result.out
    assert result.out.endswith("1 of 1 events changed (findings 1); 0 added, 0 removed; 1 provision touched.\n")
    # A finding's effect counts too: the same rule, now with a duty.
    dutiful = [
        {
            **after[0],
            "findings": [finding("art_6.notice_through_interpol", duties=("must_inform",), cites=("art_6__para_2",)), direct],
        }
    ]
    assert diff_snapshots(after, dutiful).changes[0].aspects == (Aspect.FINDINGS,)
    # Findings in another order are no change; a record written before findings were kept is not compared on them.
    assert not diff_snapshots(after, [{**after[0], "findings": [direct, interpol]}]).changed
    assert not diff_snapshots([record("s/n", "permitted", ("art_6__para_1",))], after).changed


def test_diff_limit_from_the_command_line(run: Run, tmp_path: Path) -> None:
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    write_snapshot(old, [record(f"s/e{i:02}", "permitted") for i in range(12)])
    write_snapshot(new, [record(f"s/e{i:02}", "prohibited") for i in range(12)])
    assert "… and 2 more" in run("diff", old, new).out
    assert "… and 9 more" in run("diff", old, new, "--limit", "3").out
    assert run("diff", old, new, "--limit", "0").out.count("verdict:") == 12


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("old.jsonl",), "give two snapshot files OLD NEW, or --against REV"),
        ((), "give two snapshot files OLD NEW, or --against REV"),
        (("old.jsonl", "new.jsonl", "--against", "HEAD"), "not both"),
        (("old.jsonl", "--against", "HEAD"), "not both"),
        (("old.jsonl", "new.jsonl", "--corpus", "tests/corpus"), "--corpus goes with --against"),
        (("old.jsonl", "new.jsonl", "--limit", "-1"), "--limit"),
    ],
)
def test_diff_usage_errors_exit_2(run: Run, args: tuple[str, ...], message: str) -> None:
    result = run("diff", *args)
    assert result.code == 2
    assert message in result.err and result.out == ""


def test_the_help_lists_the_new_commands(run: Run) -> None:
    result = run("--help")
    assert "snapshot" in result.out and "diff" in result.out
    assert "--against REV" in run("diff", "--help").out


# ----------------------------------------------------------------------------- the rules at a git revision


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A git that reads no configuration of the machine, with an author for commits."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name, value in (("NAME", "Reviewer"), ("EMAIL", "reviewer@example.org")):
        monkeypatch.setenv(f"GIT_AUTHOR_{name}", value)
        monkeypatch.setenv(f"GIT_COMMITTER_{name}", value)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True, text=True)
    return done.stdout


@dataclass(frozen=True)
class Repo:
    root: Path
    rules: Path
    corpus: Path

    def state(self) -> tuple[str, str, str, dict[str, bytes]]:
        """HEAD, the index, the status and every file of the working tree (outside .git)."""
        files = {
            str(p.relative_to(self.root)): p.read_bytes()
            for p in sorted(self.root.rglob("*"))
            if p.is_file() and ".git" not in p.parts
        }
        return (
            git(self.root, "rev-parse", "HEAD"),
            git(self.root, "ls-files", "-s"),
            git(self.root, "status", "--porcelain"),
            files,
        )


@pytest.fixture
def repo(tmp_path: Path, git_env: None) -> Repo:
    """A repository with rules/ (and rules/texts/), a corpus, and one commit of them."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    shutil.copytree(RULES, root / "rules", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "rules" / "texts").mkdir(exist_ok=True)
    shutil.copy(AUTHENTIC_FIXTURE, root / "rules" / "texts" / "ru.yaml")
    make_corpus(root / "corpus")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "rules and corpus")
    return Repo(root, root / "rules", root / "corpus")


def set_verdict(rules: Path, rule_id: str, verdict: str) -> None:
    stem = rule_id.split(".")[0]
    path = rules / f"{stem}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (rule,) = [r for r in data["rules"] if r["id"] == rule_id]
    rule["verdict"] = verdict
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def against(run: Run, repo: Repo, rev: str = "HEAD", *more: str) -> Result:
    return run("--rules", repo.rules, "diff", "--against", rev, "--corpus", repo.corpus, *more)


def test_against_head_with_no_edit_exits_0(run: Run, repo: Repo) -> None:
    events = sum(1 for r in take_snapshot(Rulebook.load(repo.rules), read_corpus(repo.corpus)))
    result = against(run, repo)
    assert (result.code, result.out, result.err) == (0, f"No decision changed on {events} events.\n", "")


def test_against_head_shows_the_decisions_an_edit_changes_and_touches_nothing(run: Run, repo: Repo) -> None:
    set_verdict(repo.rules, "art_11.onward_transfer_without_consent", "prohibited")
    before = repo.state()
    result = against(run, repo, "HEAD", "--json")
    assert result.code == 1, result.err
    data = json.loads(result.out)
    # Art. 11(2): the onward transfers without written consent, while the Agreement binds the data.
    assert {c["event"] for c in data["changes"]} == {"plain/fwd-1", "examples/cz-fwd-2024-0003"}
    assert {tuple(c["aspects"]) for c in data["changes"]} == {("verdict", "findings")}
    assert data["provisions"] == [
        {"eid": "art_11__para_2", "label": "Article 11(2)", "events": ["examples/cz-fwd-2024-0003", "plain/fwd-1"]}
    ]
    text = against(run, repo)
    assert text.code == 1
    assert "Article 11(2) [art_11__para_2]: 2 events" in text.out and "verdict: needs_consent → prohibited" in text.out
    assert repo.state() == before  # no checkout, no index change, the edit is still there
    assert "art_11.yaml" in before[2]


def test_rules_at_reads_every_rule_file_of_the_revision_subfolders_included(repo: Repo, tmp_path: Path) -> None:
    committed = sorted(p.relative_to(repo.rules) for p in repo.rules.rglob("*.yaml"))
    (repo.rules / "art_99.yaml").write_text("title: not committed\n", encoding="utf-8")  # in the working tree only
    out = rules_at("HEAD", repo.rules, tmp_path / "at-head")
    assert sorted(p.relative_to(out) for p in out.rglob("*.yaml")) == committed
    assert Path("texts/ru.yaml") in committed
    for name in committed:
        assert (out / name).read_bytes() == (repo.rules / name).read_bytes()
    at_head = rulebook_at("HEAD", repo.rules)
    assert at_head.evaluate({**ONWARD, "id": "x", "recipient": "international_organization"}).citations[
        0
    ].authentic_texts.keys() == {"ru"}


def test_an_older_revision_is_compared_too(run: Run, repo: Repo) -> None:
    set_verdict(repo.rules, "art_11.onward_transfer_without_consent", "prohibited")
    git(repo.root, "commit", "-q", "-am", "prohibit onward transfers without consent")
    assert against(run, repo, "HEAD").code == 0
    assert against(run, repo, "HEAD~1").code == 1


def test_an_unknown_revision_exits_2_with_a_clear_message(run: Run, repo: Repo) -> None:
    result = against(run, repo, "no-such-rev")
    assert result.code == 2 and result.out == ""
    assert "unknown revision 'no-such-rev'" in result.err
    with pytest.raises(UnknownRevisionError):
        rulebook_at("--output=/tmp/x", repo.rules)


def test_rules_outside_a_repository_exit_2(run: Run, tmp_path: Path, git_env: None) -> None:
    rules = tmp_path / "alone" / "rules"
    shutil.copytree(RULES, rules)
    corpus = make_corpus(tmp_path / "alone" / "corpus")
    result = run("--rules", rules, "diff", "--against", "HEAD", "--corpus", corpus)
    assert result.code == 2 and "is not in a git repository" in result.err
    with pytest.raises(NotARepositoryError, match="alone"):
        rulebook_at("HEAD", rules)


def test_a_revision_without_rule_files_exits_2(run: Run, tmp_path: Path, git_env: None) -> None:
    root = tmp_path / "late"
    root.mkdir()
    git(root, "init", "-q")
    (root / "README.md").write_text("rules come later\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    shutil.copytree(RULES, root / "rules")
    corpus = make_corpus(root / "corpus")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "rules")
    result = run("--rules", root / "rules", "diff", "--against", "HEAD~1", "--corpus", corpus)
    assert result.code == 2 and "no rule files (*.yaml) in rules at revision 'HEAD~1'" in result.err
    with pytest.raises(NoRuleFilesError):
        rulebook_at("HEAD~1", root / "rules")


def test_a_rule_file_that_no_longer_loads_is_named_with_its_revision(run: Run, repo: Repo) -> None:
    path = repo.rules / "art_11.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("fact: sender_consent", "fact: sender_consnet", 1), encoding="utf-8")
    git(repo.root, "commit", "-q", "-am", "a typo")
    path.write_text(good, encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        rulebook_at("HEAD", repo.rules)
    assert raised.value.file == "HEAD:rules/art_11.yaml"
    assert "sender_consnet" in str(raised.value)
    result = against(run, repo)
    assert result.code == 2 and "HEAD:rules/art_11.yaml" in result.err


def test_without_git_the_error_says_so(repo: Repo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(GitUnavailableError, match="git is not installed"):
        rulebook_at("HEAD", repo.rules)


@pytest.fixture
def no_stray_folders() -> Iterator[None]:
    """``rulebook_at`` leaves no temporary folder behind."""
    import tempfile

    before = set(Path(tempfile.gettempdir()).glob("cooperation-rules-*"))
    yield
    assert set(Path(tempfile.gettempdir()).glob("cooperation-rules-*")) == before


def test_rulebook_at_cleans_up(repo: Repo, no_stray_folders: None) -> None:
    assert rulebook_at("HEAD", repo.rules).rules
