"""Decision snapshots: reading a corpus, the records of each event, canonical bytes, and the approved snapshot.

Expected decisions are read from the Agreement, not from the code: Art. 18(1) (entry into force
on the first day of the second month following the last notification: 20 July 2018 gives
1 September 2018), Art. 13(1), (2) (thirty days from entry into force: 1 October 2018),
Art. 10 item 3 (the receiving Party reports the use of data), Art. 10 item 5 (data is destroyed
at the term the sending Party informed), Art. 11(2) (onward transfer needs written consent),
final clause (signed 23 November 2017; an act before it is outside the Agreement).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, require_durable
from cooperation_rules import Rulebook
from cooperation_rules.errors import CooperationRulesError
from cooperation_rules.model.jsonl import BadLine, GoodLine
from cooperation_rules.tools.diff import Aspect, diff_snapshots, format_diff
from cooperation_rules.tools.snapshot import (
    CorpusError,
    CorpusSet,
    SnapshotError,
    dump_snapshot,
    parse_snapshot,
    read_corpus,
    read_snapshot,
    take_snapshot,
    write_snapshot,
)

EXAMPLES = ROOT / "examples"
RULES = ROOT / "rules"
CORPUS = ROOT / "tests" / "corpus"
APPROVED = ROOT / "tests" / "snapshots" / "decisions.jsonl"
APPROVE = "make snapshot   (.venv/bin/cooperation-rules snapshot tests/corpus --out tests/snapshots/decisions.jsonl)"

#: Art. 18(1) with examples/lifecycle.json (notifications of 14 June and 20 July 2018).
EXAMPLES_ENTRY_INTO_FORCE = dt.date(2018, 9, 1)
#: Final clause: signed in Astana on 23 November 2017; without a lifecycle the Agreement is presumed in force since.
SIGNATURE = dt.date(2017, 11, 23)


def event(**fields: Any) -> dict[str, Any]:
    return fields


#: A small set of our own, with no lifecycle: onward transfers with and without consent, before and after
#: signature, a report on use, spontaneous information, a bad line, and a blank line.
PLAIN: tuple[dict[str, Any] | str, ...] = (
    event(type="onward_transfer", id="fwd-1", date="2024-03-01", actor="KZ", recipient="third_state"),
    event(type="onward_transfer", id="fwd-2", date="2024-03-02", actor="CZ", recipient="third_state", sender_consent=True),
    event(type="onward_transfer", id="fwd-3", date="2017-06-01", actor="CZ", recipient="international_organization"),
    '{"type": "onward_transfer", "id": "broken", "date": "2024-13-40", "actor": "KZ"}',
    "",
    event(type="use_report_request", id="urr-1", date="2024-04-01", actor="CZ", transfer_id="t-1"),
    event(type="spontaneous_information", id="spont-1", date="2024-05-01", actor="KZ"),
    event(type="spontaneous_information", id="spont-2", date="2017-01-10", actor="CZ"),
)


def write_set(folder: Path, name: str, lines: tuple[dict[str, Any] | str, ...]) -> Path:
    path = folder / f"{name}.jsonl"
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus: the examples with their lifecycle, and a set of our own without one."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(EXAMPLES / "events.jsonl", folder / "examples.jsonl")
    shutil.copy(EXAMPLES / "lifecycle.json", folder / "examples.lifecycle.json")
    write_set(folder, "plain", PLAIN)
    return folder


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load(RULES)


def edit_rules(folder: Path, change: Callable[[str, dict[str, Any]], None]) -> None:
    """Apply ``change(file name, content)`` to every rule file of ``folder`` and write it back."""
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(path.name, data)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def edit_rule(folder: Path, rule_id: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Apply ``change`` to the rule ``rule_id`` of ``folder``."""
    found = []

    def visit(_: str, data: dict[str, Any]) -> None:
        for rule in data.get("rules") or ():
            if rule["id"] == rule_id:
                change(rule)
                found.append(rule_id)

    edit_rules(folder, visit)
    assert found == [rule_id], f"no rule {rule_id} in {folder}"


def snapshot_bytes(rules: Path, corpus: tuple[CorpusSet, ...]) -> bytes:
    return dump_snapshot(take_snapshot(Rulebook.load(rules), corpus)).encode("utf-8")


def corpus_events(folder: Path) -> list[tuple[str, dict[str, Any], dt.date]]:
    """Every valid-looking event of the corpus as written (key, fields, the day the Agreement starts to apply),
    read without the library."""
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        name = path.name.removesuffix(".jsonl")
        start = EXAMPLES_ENTRY_INTO_FORCE if (folder / f"{name}.lifecycle.json").exists() else SIGNATURE
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            fields = json.loads(line)
            try:
                dt.date.fromisoformat(fields.get("date", ""))
            except ValueError:
                continue
            out.append((f"{name}/{fields['id']}", fields, start))
    return out


def in_force(fields: dict[str, Any], start: dt.date) -> bool:
    """The Agreement binds the act (no termination in the corpus; the examples' suspension is partial)."""
    return dt.date.fromisoformat(fields["date"]) >= start


# ----------------------------------------------------------------------------- reading a corpus


def test_read_corpus_takes_sets_in_name_order_with_their_lifecycles(corpus_dir: Path) -> None:
    corpus = read_corpus(corpus_dir)
    assert [s.name for s in corpus] == ["examples", "plain"]
    examples, plain = corpus
    assert examples.lifecycle is not None and examples.lifecycle.entry_into_force == EXAMPLES_ENTRY_INTO_FORCE
    assert plain.lifecycle is None
    assert examples.path == corpus_dir / "examples.jsonl"
    example_lines = [line for line in (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [g.event.id for g in examples.events] == [json.loads(line)["id"] for line in example_lines]
    assert not examples.bad_lines


def test_a_bad_line_is_kept_with_its_number_and_never_drops_a_good_one(corpus_dir: Path) -> None:
    plain = read_corpus(corpus_dir)[1]
    assert [(type(item).__name__, item.line) for item in plain.lines] == [
        ("GoodLine", 1),
        ("GoodLine", 2),
        ("GoodLine", 3),
        ("BadLine", 4),
        ("GoodLine", 6),  # line 5 is blank: no record
        ("GoodLine", 7),
        ("GoodLine", 8),
    ]
    (bad,) = plain.bad_lines
    assert isinstance(bad, BadLine) and "date" in bad.error.fields


def test_a_repeated_or_reserved_event_id_is_a_bad_line(tmp_path: Path) -> None:
    spont = {"type": "spontaneous_information", "date": "2024-05-01", "actor": "KZ"}
    write_set(
        tmp_path, "ids", ({**spont, "id": "a"}, {**spont, "id": "a"}, {**spont, "id": "lifecycle"}, {**spont, "id": "line-9"})
    )
    (ids,) = read_corpus(tmp_path)
    assert [type(item) for item in ids.lines] == [GoodLine, BadLine, BadLine, BadLine]
    messages = [str(item.error) for item in ids.bad_lines]
    assert "already used on line 1" in messages[0]
    assert all("id" in item.error.fields for item in ids.bad_lines)
    keys = [r["event"] for r in take_snapshot(Rulebook.load(RULES), (ids,))]
    assert keys == ["ids/a", "ids/line-2", "ids/line-3", "ids/line-4"]


def test_corpus_errors_name_the_folder_or_the_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such folder") as missing:
        read_corpus(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(missing.value)
    a_file = tmp_path / "file.jsonl"
    a_file.write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a folder"):
        read_corpus(a_file)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("no sets here", encoding="utf-8")
    with pytest.raises(CorpusError, match="no event sets") as none:
        read_corpus(empty)
    assert isinstance(none.value, CooperationRulesError)


def test_an_invalid_lifecycle_names_its_file_and_field(corpus_dir: Path) -> None:
    (corpus_dir / "examples.lifecycle.json").write_text('{"notifications_received": ["2018-02-30"]}', encoding="utf-8")
    with pytest.raises(CorpusError) as raised:
        read_corpus(corpus_dir)
    assert raised.value.path == str(corpus_dir / "examples.lifecycle.json")
    assert "notifications_received" in str(raised.value)
    (corpus_dir / "examples.lifecycle.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"examples\.lifecycle\.json"):
        read_corpus(corpus_dir)


def test_a_lifecycle_with_no_set_beside_it_is_an_error(corpus_dir: Path) -> None:
    shutil.copy(EXAMPLES / "lifecycle.json", corpus_dir / "exampels.lifecycle.json")
    with pytest.raises(CorpusError, match=r"exampels\.lifecycle\.json.*expected exampels\.jsonl"):
        read_corpus(corpus_dir)


def test_an_unreadable_set_names_its_file(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "plain.jsonl":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(CorpusError, match=r"plain\.jsonl: cannot read: Permission denied"):
        read_corpus(corpus_dir)


# ----------------------------------------------------------------------------- the records


def test_an_event_record_holds_the_decision_only(corpus_dir: Path, rulebook: Rulebook) -> None:
    records = {r["event"]: r for r in take_snapshot(rulebook, read_corpus(corpus_dir))}
    # Art. 10 item 3: at the sending Party's request (CZ), the receiving Party (KZ) reports the use.
    assert records["plain/urr-1"] == {
        "event": "plain/urr-1",
        "type": "use_report_request",
        "date": "2024-04-01",
        "verdict": "permitted",
        "verdict_cites": ["art_10__point_3"],
        "duties": [
            {
                "kind": "must_report_use",
                "bearer": "counterpart",
                "parties": ["KZ"],
                "due": None,
                "immediately": False,
                "urgently": False,
                "citations": ["art_10__point_3"],
            }
        ],
        "citations": ["art_10__point_3"],
        # The one rule that fired, with its effect: the reason the explanation gives.
        "findings": [
            {"rule": "art_10.use_report", "verdict": "permitted", "duties": ["must_report_use"], "citations": ["art_10__point_3"]}
        ],
    }
    # Art. 10 item 5: the review after the term informed (1 March 2029): destroy at once, due that day.
    review = records["examples/cz-rev-2029-0001"]
    assert review["verdict"] == "prohibited"
    assert [(d["kind"], d["bearer"], d["parties"], d["due"], d["immediately"]) for d in review["duties"]] == [
        ("must_destroy", "actor", ["CZ"], "2029-03-01", True),
        # Art. 10 item 6: the destruction is recorded.
        ("must_record_destruction", "actor", ["CZ"], "2029-03-01", True),
    ]
    # Art. 11(2) without consent; the final clause before signature.
    assert records["plain/fwd-1"]["verdict"] == "needs_consent"
    assert records["plain/fwd-1"]["verdict_cites"] == ["art_11__para_2"]
    assert records["plain/fwd-3"]["verdict"] == "not_applicable"


def test_a_set_with_a_lifecycle_starts_with_the_duties_of_the_agreements_life(corpus_dir: Path, rulebook: Rulebook) -> None:
    records = take_snapshot(rulebook, read_corpus(corpus_dir))
    assert records[0] == {
        "event": "examples/lifecycle",
        "type": "lifecycle",
        "date": None,
        "verdict": None,
        "verdict_cites": [],
        # Art. 13(1), (2): thirty days from entry into force (1 September 2018), borne by both Parties.
        "duties": [
            {
                "kind": "must_exchange_contacts",
                "bearer": "both",
                "parties": ["CZ", "KZ"],
                "due": "2018-10-01",
                "immediately": False,
                "urgently": False,
                "citations": ["art_13__para_2"],
            },
            {
                "kind": "must_name_competent_authorities",
                "bearer": "both",
                "parties": ["CZ", "KZ"],
                "due": "2018-10-01",
                "immediately": False,
                "urgently": False,
                "citations": ["art_13__para_1"],
            },
        ],
        "citations": ["art_13__para_1", "art_13__para_2"],
        "findings": [
            {
                "rule": "art_13.exchange_contacts",
                "verdict": None,
                "duties": ["must_exchange_contacts"],
                "citations": ["art_13__para_2"],
            },
            {
                "rule": "art_13.name_competent_authorities",
                "verdict": None,
                "duties": ["must_name_competent_authorities"],
                "citations": ["art_13__para_1"],
            },
        ],
    }
    keys = [r["event"] for r in records]
    assert "plain/lifecycle" not in keys
    assert keys.index("plain/fwd-1") > keys.index("examples/kz-req-2019-0031")  # sets in name order, events in file order


def test_a_bad_line_and_an_event_with_no_verdict_are_error_records(corpus_dir: Path, rules_copy: Path) -> None:
    # A rulebook with a gap: spontaneous information (Art. 9(3)) gets no verdict while the Agreement applies.
    edit_rule(rules_copy, "art_9.spontaneous_information", lambda rule: rule.pop("verdict"))
    records = {r["event"]: r for r in take_snapshot(Rulebook.load(rules_copy), read_corpus(corpus_dir))}
    bad = records["plain/line-4"]
    assert set(bad) == {"event", "error"}
    assert bad["error"]["kind"] == "invalid_event" and "line 4" in bad["error"]["message"]
    gap = records["plain/spont-1"]
    assert set(gap) == {"event", "type", "date", "error"}
    assert (gap["type"], gap["date"], gap["error"]["kind"]) == ("spontaneous_information", "2024-05-01", "no_verdict")
    assert "spont-1" in gap["error"]["message"]
    assert records["plain/spont-2"]["verdict"] == "not_applicable"  # before signature: another rule decides
    assert records["plain/urr-1"]["verdict"] == "permitted"  # the rest is still decided


def test_records_name_rules_in_their_findings_only_and_quote_no_text(corpus_dir: Path, rulebook: Rulebook) -> None:
    records = take_snapshot(rulebook, read_corpus(corpus_dir))
    text = dump_snapshot(records)
    outside = dump_snapshot([{k: v for k, v in r.items() if k != "findings"} for r in records])
    for rule in rulebook.rules:
        assert rule.id not in outside
    assert "art_10.use_report" in text
    for provision in rulebook.treaty.leaves:
        assert provision.text not in text


# ----------------------------------------------------------------------------- canonical bytes


def test_the_text_is_one_sorted_compact_json_object_per_line(corpus_dir: Path, rulebook: Rulebook) -> None:
    records = take_snapshot(rulebook, read_corpus(corpus_dir))
    text = dump_snapshot(records)
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    assert len(lines) == len(records)
    for line, record in zip(lines, records, strict=True):
        assert line == json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert parse_snapshot(text) == records


def test_the_same_rulebook_twice_gives_the_same_bytes(corpus_dir: Path) -> None:
    corpus = read_corpus(corpus_dir)
    first = dump_snapshot(take_snapshot(Rulebook.load(RULES), corpus))
    again = dump_snapshot(take_snapshot(Rulebook.load(RULES), read_corpus(corpus_dir)))
    assert first == again
    rulebook = Rulebook.load(RULES)
    assert dump_snapshot(take_snapshot(rulebook, corpus)) == dump_snapshot(take_snapshot(rulebook, corpus)) == first


def test_the_engines_give_the_same_bytes(corpus_dir: Path, rulebook: Rulebook) -> None:
    corpus = read_corpus(corpus_dir)
    require_durable()
    assert dump_snapshot(take_snapshot(rulebook, corpus, engine="durable")) == dump_snapshot(take_snapshot(rulebook, corpus))


def test_reordering_rules_in_their_files_keeps_the_bytes(corpus_dir: Path, rules_copy: Path) -> None:
    corpus = read_corpus(corpus_dir)
    before = snapshot_bytes(rules_copy, corpus)

    def reverse(_: str, data: dict[str, Any]) -> None:
        if data.get("rules"):
            data["rules"] = list(reversed(data["rules"]))
            for rule in data["rules"]:
                rule["cites"] = list(reversed(rule["cites"]))
                rule["duties"] = list(reversed(rule.get("duties") or []))

    edit_rules(rules_copy, reverse)
    reordered = Rulebook.load(rules_copy)
    assert [r.id for r in reordered.rules] != [r.id for r in Rulebook.load(RULES).rules]
    assert dump_snapshot(take_snapshot(reordered, corpus)).encode("utf-8") == before


def test_renaming_rules_changes_the_findings_only(corpus_dir: Path, rules_copy: Path) -> None:
    """A renamed rule is a changed reason (the findings name the rules that fired); the decision stays the same."""
    corpus = read_corpus(corpus_dir)
    before = snapshot_bytes(rules_copy, corpus)

    def rename(_: str, data: dict[str, Any]) -> None:
        for rule in data.get("rules") or ():
            rule["id"] = rule["id"] + "_renamed"
            for allowance in rule.get("allows") or ():  # a rule's allowances name rules by id too
                allowance["rule"] = allowance["rule"] + "_renamed"

    edit_rules(rules_copy, rename)
    renamed = Rulebook.load(rules_copy)
    assert all(r.id.endswith("_renamed") for r in renamed.rules)
    after = take_snapshot(renamed, corpus)
    old = parse_snapshot(before.decode("utf-8"))
    assert dump_snapshot(after).encode("utf-8") != before
    without = [{k: v for k, v in r.items() if k != "findings"} for r in after]
    assert without == [{k: v for k, v in r.items() if k != "findings"} for r in old]
    fired = [f["rule"] for r in after for f in r.get("findings", ())]
    assert fired and all(rule.endswith("_renamed") for rule in fired)


def test_a_changed_verdict_changes_exactly_the_events_it_decides(corpus_dir: Path, rules_copy: Path) -> None:
    corpus = read_corpus(corpus_dir)
    old = take_snapshot(Rulebook.load(rules_copy), corpus)
    edit_rule(rules_copy, "art_11.onward_transfer_without_consent", lambda rule: rule.update(verdict="prohibited"))
    rulebook = Rulebook.load(rules_copy)
    new = take_snapshot(rulebook, corpus)
    assert dump_snapshot(new) != dump_snapshot(old)
    # Art. 11(2): onward transfers without written consent, while the Agreement binds data exchanged.
    expected = {
        key
        for key, fields, start in corpus_events(corpus_dir)
        if fields["type"] == "onward_transfer" and not fields.get("sender_consent", False) and in_force(fields, start)
    }
    assert expected == {"plain/fwd-1", "examples/cz-fwd-2024-0003"}
    diff = diff_snapshots(old, new, treaty=rulebook.treaty)
    assert {c.event for c in diff.changes} == expected
    for change in diff.changes:
        # The verdict and the effect of the rule that fired change; which rule fired does not.
        assert change.aspects == (Aspect.VERDICT, Aspect.FINDINGS)
        assert change.provisions == ("art_11__para_2",)
        assert [f["rule"] for f in change.before["findings"]] == [f["rule"] for f in change.after["findings"]]
        assert (change.before["verdict"], change.after["verdict"]) == ("needs_consent", "prohibited")
    assert [(g.eid, set(g.events)) for g in diff.provisions] == [("art_11__para_2", expected)]
    assert not diff.added and not diff.removed


def test_a_changed_bearer_changes_the_duties_of_exactly_those_events(corpus_dir: Path, rules_copy: Path) -> None:
    corpus = read_corpus(corpus_dir)
    old = take_snapshot(Rulebook.load(rules_copy), corpus)

    def to_actor(rule: dict[str, Any]) -> None:
        rule["duties"][0]["bearer"] = "actor"

    edit_rule(rules_copy, "art_10.use_report", to_actor)
    new = take_snapshot(Rulebook.load(rules_copy), corpus)
    assert dump_snapshot(new) != dump_snapshot(old)
    # Art. 10 item 3: every report request on data the Agreement still protects.
    expected = {
        key: fields["actor"]
        for key, fields, start in corpus_events(corpus_dir)
        if fields["type"] == "use_report_request" and in_force(fields, start)
    }
    assert set(expected) == {"plain/urr-1", "examples/kz-urr-2025-0001"}
    diff = diff_snapshots(old, new)
    assert {c.event for c in diff.changes} == set(expected)
    for change in diff.changes:
        assert change.aspects == (Aspect.DUTIES,)
        assert change.provisions == ("art_10__point_3",)
        actor = expected[change.event]
        other = "CZ" if actor == "KZ" else "KZ"
        assert [(d["bearer"], d["parties"]) for d in change.before["duties"]] == [("counterpart", [other])]
        assert [(d["bearer"], d["parties"]) for d in change.after["duties"]] == [("actor", [actor])]


def test_a_changed_due_date_changes_the_lifecycle_record(corpus_dir: Path, rules_copy: Path) -> None:
    corpus = read_corpus(corpus_dir)
    old = take_snapshot(Rulebook.load(rules_copy), corpus)

    def one_more_day(rule: dict[str, Any]) -> None:
        rule["duties"][0]["due"]["add_days"] = 1  # the Agreement's thirty days, and one more

    edit_rule(rules_copy, "art_13.name_competent_authorities", one_more_day)
    new = take_snapshot(Rulebook.load(rules_copy), corpus)
    diff = diff_snapshots(old, new)
    # Only the set with a lifecycle has Art. 13(1) duties: 1 September 2018 + 31 days.
    (change,) = diff.changes
    assert change.event == "examples/lifecycle"
    assert change.aspects == (Aspect.DUTIES,)
    assert change.provisions == ("art_13__para_1",)
    due = {d["kind"]: d["due"] for d in change.after["duties"]}
    assert due["must_name_competent_authorities"] == (EXAMPLES_ENTRY_INTO_FORCE + dt.timedelta(days=31)).isoformat()
    assert due["must_exchange_contacts"] == "2018-10-01"


# ----------------------------------------------------------------------------- reading and writing a snapshot


def test_write_and_read_a_snapshot(corpus_dir: Path, rulebook: Rulebook, tmp_path: Path) -> None:
    records = take_snapshot(rulebook, read_corpus(corpus_dir))
    path = tmp_path / "deep" / "decisions.jsonl"
    write_snapshot(path, records)
    assert path.read_bytes() == dump_snapshot(records).encode("utf-8")
    assert read_snapshot(path) == records


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ('{"event":"a/1","verdict":"permitted"}\n{"event":\n', 2, None, "not JSON"),
        ('["a/1"]\n', 1, None, "a JSON object"),
        ('{"verdict":"permitted"}\n', 1, "event", "required"),
        ('{"event":"a/1","duties":[{"kind":"must_record"}]}\n', 1, "duties.0.bearer", "required"),
        ('{"event":"a/1","surprise":1}\n', 1, "surprise", "not permitted"),
        ('{"event":"a/1"}\n\n{"event":"a/1"}\n', 3, "event", "already on line 1"),
    ],
)
def test_a_malformed_snapshot_names_the_file_the_line_and_the_field(
    tmp_path: Path, text: str, line: int, field: str | None, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SnapshotError) as raised:
        read_snapshot(path)
    error = raised.value
    assert (error.path, error.line) == (str(path), line)
    assert error.field == field
    assert message in str(error) and str(path) in str(error) and f"line {line}" in str(error)


def test_an_unreadable_snapshot_is_named(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match=r"missing\.jsonl: cannot read"):
        read_snapshot(tmp_path / "missing.jsonl")
    (tmp_path / "latin.jsonl").write_bytes(b'{"event":"a/1"}\n{"event":"\xe9"}\n')
    with pytest.raises(SnapshotError, match="line 2: not UTF-8"):
        read_snapshot(tmp_path / "latin.jsonl")


# ----------------------------------------------------------------------------- the approved snapshot


def test_decisions_match_the_approved_snapshot() -> None:
    """The decisions on tests/corpus are the reviewed ones in tests/snapshots/decisions.jsonl (docs/regressions.md)."""
    assert CORPUS.is_dir() and any(CORPUS.glob("*.jsonl")), "no corpus in tests/corpus: regenerate it with make corpus"
    rulebook = Rulebook.load()
    records = take_snapshot(rulebook, read_corpus(CORPUS))
    if not APPROVED.is_file():
        pytest.fail(
            f"no approved snapshot at {APPROVED.relative_to(ROOT)}: review the decisions, then approve them with\n  {APPROVE}"
        )
    if APPROVED.read_bytes() == dump_snapshot(records).encode("utf-8"):
        return
    diff = diff_snapshots(read_snapshot(APPROVED), records, treaty=rulebook.treaty)
    pytest.fail(
        "The decisions on tests/corpus differ from the approved snapshot tests/snapshots/decisions.jsonl:\n\n"
        + format_diff(diff, rulebook.treaty)
        + "\nIf every change is intended, approve the new decisions and commit the snapshot with the rules:\n  "
        + APPROVE,
        pytrace=False,
    )
