"""The fast writer of evaluations writes, byte for byte, what ``Evaluation.to_json`` writes.

The command line writes with ``WireWriter``; readers of its output rely on the wire form pydantic
gives, so every evaluation of the corpus, under no lifecycle and under the example's, in both modes,
stamped or not, and events whose ids hold characters JSON must escape, are compared with it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cooperation_rules import Evaluation, Lifecycle, Rulebook
from cooperation_rules.errors import InvalidEvent
from cooperation_rules.evaluation import wire
from cooperation_rules.evaluation.wire import MAX_REMEMBERED, WireWriter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load()


@pytest.fixture(scope="module")
def evaluations(rulebook: Rulebook) -> list[Evaluation]:
    lifecycle = Lifecycle.from_file(ROOT / "examples" / "lifecycle.json")
    found: list[Evaluation] = []
    for path in CORPUS:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                found.append(rulebook.evaluate(line))
                found.append(rulebook.evaluate(line, lifecycle=lifecycle))
            except InvalidEvent:
                continue  # the corpus holds bad lines on purpose; they give error records, not evaluations
    assert len(found) > 10_000
    return found


@pytest.mark.parametrize("compact", [False, True])
def test_every_corpus_evaluation_is_written_as_pydantic_writes_it(evaluations: list[Evaluation], compact: bool) -> None:
    writer = WireWriter(compact=compact)
    for evaluation in evaluations:
        assert writer.dumps(evaluation) == evaluation.to_json(compact=compact)
    # the same writer again, now answering from what it remembers
    assert all(writer.dumps(e) == e.to_json(compact=compact) for e in evaluations[:500])


def test_the_line_number_comes_first_and_the_rest_is_the_evaluation(evaluations: list[Evaluation]) -> None:
    written = json.loads(WireWriter().dumps(evaluations[0], line=17))
    assert next(iter(written)) == "line" and written.pop("line") == 17
    assert written == evaluations[0].to_wire()


def test_a_stamped_receipt_is_written_whole(evaluations: list[Evaluation]) -> None:
    stamped = evaluations[0].stamped("d-1", dt.datetime(2026, 12, 2, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))))
    text = WireWriter().dumps(stamped)
    assert text == stamped.to_json()
    assert json.loads(text)["receipt"]["decided_at"] == "2026-12-02T08:30:00+05:00"


def test_memory_stays_bounded_over_many_distinct_outcomes(rulebook: Rulebook, evaluations: list[Evaluation]) -> None:
    writer = WireWriter(compact=True)
    for evaluation in evaluations:
        writer.dumps(evaluation)
    assert len(writer._by_identity) <= MAX_REMEMBERED  # private: the bound is the point of the test
    assert len(writer._by_value) <= MAX_REMEMBERED


@settings(max_examples=150, deadline=None)
@given(event_id=st.text(min_size=1, max_size=30).filter(lambda s: s.strip() == s and s.isprintable()))
def test_ids_with_characters_json_escapes_are_written_alike(rulebook: Rulebook, event_id: str) -> None:
    event = {"type": "contact_details_change", "id": event_id, "date": "2026-02-02", "actor": "CZ"}
    try:
        evaluation = rulebook.evaluate(event)
    except InvalidEvent:
        return  # ids the library refuses are not written at all
    assert WireWriter().dumps(evaluation) == evaluation.to_json()


@pytest.mark.parametrize("event_id", ['quote"d', "back\\slash", "tab\there", "line\u2028sep", "ünïcødé ключ", "\x7f"])
def test_awkward_ids_are_written_alike(rulebook: Rulebook, event_id: str) -> None:
    event = {"type": "contact_details_change", "id": event_id, "date": "2026-02-02", "actor": "CZ"}
    evaluation = rulebook.evaluate(event)
    assert WireWriter().dumps(evaluation) == evaluation.to_json()


@pytest.mark.parametrize("compact", [False, True])
def test_a_rules_folder_of_ones_own_is_named_in_every_receipt(compact: bool, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "my-rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", folder)
    rulebook = Rulebook.load(folder)
    writer = WireWriter(compact=compact)
    for event in (
        {"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"},
        {"type": "request", "id": "r2", "date": "2026-03-03", "actor": "KZ", "subject": "training", "form": "oral"},
    ):
        evaluation = rulebook.evaluate(event)
        line = writer.dumps(evaluation)
        assert line == evaluation.to_json(compact=compact)
        receipt = json.loads(line)["receipt"]
        assert (receipt["rules_source"], receipt["rules_folder"]) == ("folder", str(folder))


class _Counting:
    """A stand-in for a serialiser that counts what it is asked to write, and writes it as the original does."""

    def __init__(self, original: Any) -> None:
        self.original = original
        self.calls: list[object] = []

    def dump_json(self, value: object, **options: Any) -> bytes:
        self.calls.append(value)
        written: bytes = self.original.dump_json(value, **options)
        return written

    def __call__(self, value: Any) -> str:
        self.calls.append(value)
        written: str = self.original(value)
        return written


def _same_outcome(rulebook: Rulebook, count: int) -> list[Evaluation]:
    """``count`` evaluations of written requests for training: one outcome, one receipt but for id and date."""
    return [
        rulebook.evaluate(
            {
                "type": "request",
                "id": f"r{n}",
                "date": f"2026-03-{n % 28 + 1:02d}",
                "actor": "CZ",
                "subject": "training",
                "form": "written",
            }
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("compact", [False, True])
def test_each_shared_part_is_serialised_once(rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch, compact: bool) -> None:
    """Evaluations that share an outcome share its findings, citations, deciding rules and assumptions, and the receipt
    up to the event's date: a writer serialises each of them once, then writes what it remembers."""
    counted = {name: _Counting(getattr(wire, name)) for name in ("FINDINGS", "CITATIONS", "json_strings", "json_nullable")}
    for name, counter in counted.items():
        monkeypatch.setattr(wire, name, counter)
    evaluations = _same_outcome(rulebook, 60)
    writer = WireWriter(compact=compact)
    assert [writer.dumps(e) for e in evaluations] == [e.to_json(compact=compact) for e in evaluations]
    assert len(counted["FINDINGS"].calls) == 1
    assert len(counted["CITATIONS"].calls) == 1
    # the deciding rules, the assumptions and the fields presumed (the same for every one of these events), once
    first = evaluations[0]
    assert first.presumed == ("crime", "language", "addressed_to_competent_authority")
    assert counted["json_strings"].calls == [first.decided_by, first.assumptions, first.presumed]
    # the receipt's rules folder and lifecycle digest, once
    assert counted["json_nullable"].calls == [None, None]
    # a second writer remembers nothing of the first's
    WireWriter(compact=compact).dumps(evaluations[0])
    assert len(counted["FINDINGS"].calls) == 2


def test_a_writer_that_reaches_its_bound_starts_again(rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MAX_REMEMBERED`` parts a writer forgets what it holds and starts again: never more than the bound, and
    still written byte for byte as pydantic writes it."""
    monkeypatch.setattr(wire, "MAX_REMEMBERED", 4)
    events = [
        {"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"},
        {"type": "request", "id": "r2", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "oral"},
        {"type": "contact_details_change", "id": "c1", "date": "2026-03-02", "actor": "CZ"},
        {"type": "request", "id": "r3", "date": "2026-03-02", "actor": "KZ", "subject": "training", "form": "written"},
    ]
    evaluations = [rulebook.evaluate(e) for e in events]
    writer = WireWriter()
    sizes = []
    for evaluation in evaluations * 3:
        assert writer.dumps(evaluation) == evaluation.to_json()
        sizes.append((len(writer._by_identity), len(writer._by_value)))  # private: the bound is the point of the test
    assert max(size for pair in sizes for size in pair) == 4
    assert all(a <= 4 and b <= 4 for a, b in sizes)
    # by identity, three parts an outcome: 3; the second outcome's 4th and 5th parts (the 5th after starting
    # again at 4): 2; the third outcome's, the 2nd of them after starting again: 1
    assert [a for a, _ in sizes[:3]] == [3, 2, 1]


def test_a_list_of_strings_is_written_as_json_without_spaces() -> None:
    assert wire.json_strings(()) == wire.json_strings([]) == "[]"
    assert wire.json_strings(("a", 'quote"d', "ž")) == '["a","quote\\"d","ž"]'
    assert wire.json_nullable(None) == "null" and wire.json_nullable("x") == '"x"'


@pytest.mark.parametrize("stamp", [{"decision_id": "d-1"}, {"decided_at": dt.datetime(2026, 12, 2, 8, 30, tzinfo=dt.UTC)}])
def test_a_receipt_stamped_in_part_is_written_as_it_is(evaluations: list[Evaluation], stamp: dict[str, Any]) -> None:
    """A receipt a caller stamped with an id or a time alone (``stamped`` sets both) is still written whole."""
    evaluation = evaluations[0]
    part = evaluation.model_copy(update={"receipt": evaluation.receipt.model_copy(update=stamp)})
    writer = WireWriter()
    assert writer.dumps(evaluation) == evaluation.to_json()  # the unstamped receipt's form remembered first
    assert writer.dumps(part) == part.to_json()
    assert {k: json.loads(writer.dumps(part))["receipt"][k] for k in stamp} != {k: None for k in stamp}
