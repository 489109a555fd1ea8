"""Receipts: what made each evaluation, deterministic, and the same for the same rules on any machine.

The rulebook digest's canonical form is the library's own (not a documented file format), so the digest is
tested by its properties: equal for a byte copy of the rules and for rule files that differ only in comments
and layout, different after one word of the text, one period of ``agreement.yaml`` or one rule condition.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cooperation_rules as cr
from conftest import ROOT
from cooperation_rules import Lifecycle, Rulebook

RULES = ROOT / "rules"
SRC = ROOT / "src"
EVENT = {
    "type": "request",
    "id": "kz-req-1",
    "date": "2019-02-11",
    "actor": "KZ",
    "subject": "search_for_suspects",
    "form": "written",
    "crime": "drug_trafficking",
}
IN_FORCE = Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 7, 20)))  # type: ignore[arg-type]
SHA256 = re.compile(r"sha256:[0-9a-f]{64}")


def _version() -> str:
    """The version as the one file that holds it writes it."""
    found = re.search(r'__version__ = "([^"]+)"', (SRC / "cooperation_rules" / "_version.py").read_text())
    assert found is not None
    return found.group(1)


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def bundled() -> Rulebook:
    return Rulebook.load()


def test_a_receipt_of_the_bundled_rules_names_them_and_the_event(bundled: Rulebook) -> None:
    evaluation = bundled.evaluate(EVENT, engine="python")
    receipt = evaluation.receipt
    assert receipt.library_version == _version()
    assert SHA256.fullmatch(receipt.rulebook_digest)
    assert receipt.rulebook_digest == bundled.digest
    assert receipt.rules_source == "bundled" and receipt.rules_folder is None
    assert bundled.source == "bundled" and bundled.folder is None
    assert receipt.engine == "python" == evaluation.engine
    assert receipt.lifecycle_digest is None
    assert receipt.event_date == dt.date(2019, 2, 11)
    assert receipt.event_actor == "KZ"
    assert receipt.decision_id is None and receipt.decided_at is None


def test_the_receipt_is_in_the_wire_form_with_every_field(bundled: Rulebook) -> None:
    wire = bundled.evaluate(EVENT, engine="python").to_wire()
    assert set(wire["receipt"]) == {
        "library_version",
        "rulebook_digest",
        "rules_source",
        "rules_folder",
        "engine",
        "lifecycle_digest",
        "event_date",
        "event_actor",
        "decision_id",
        "decided_at",
    }
    assert wire["receipt"]["event_date"] == "2019-02-11"
    assert wire["receipt"]["rules_source"] == "bundled"


def test_a_byte_copy_of_the_bundled_rules_has_their_digest_and_says_it_is_a_folder(tmp_path: Path, bundled: Rulebook) -> None:
    folder = _copy(tmp_path)
    copied = Rulebook.load(str(folder))
    assert copied.digest == bundled.digest
    receipt = copied.evaluate(EVENT).receipt
    assert receipt.rules_source == "folder"
    assert receipt.rules_folder == str(folder)
    assert copied.source == "folder" and copied.folder == str(folder)


def test_loading_the_bundled_folder_by_its_path_is_the_bundled_rules(bundled: Rulebook) -> None:
    from cooperation_rules.rulefiles.reading import bundled_rules_dir

    again = Rulebook.load(str(bundled_rules_dir()))
    assert again.source == "bundled" and again.folder is None and again.digest == bundled.digest


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        pytest.param("art_2.yaml", "      organized crime;", "      organised crime;", id="one word of a provision's text"),
        pytest.param("agreement.yaml", "    days: 15", "    days: 16", id="one period of agreement.yaml"),
        pytest.param(
            "art_11.yaml",
            "      - {fact: outcome, in: [fulfilled, partially_fulfilled]}",
            "      - {fact: outcome, in: [fulfilled]}",
            id="one rule condition",
        ),
    ],
)
def test_one_change_that_matters_changes_the_digest(tmp_path: Path, bundled: Rulebook, file: str, old: str, new: str) -> None:
    folder = _copy(tmp_path)
    _edit(folder / file, old, new)
    assert Rulebook.load(str(folder)).digest != bundled.digest


def test_comments_and_layout_do_not_change_the_digest(tmp_path: Path, bundled: Rulebook) -> None:
    folder = _copy(tmp_path)
    # A comment, blank lines, and a flow mapping written as a block: the same YAML content.
    _edit(
        folder / "art_11.yaml",
        "      - {fact: outcome, in: [fulfilled, partially_fulfilled]}",
        "      # a comment that changes nothing\n\n      - fact: outcome\n        in:\n          - fulfilled\n"
        "          - partially_fulfilled",
    )
    _edit(folder / "agreement.yaml", "    days: 15", "    days:   15   # fifteen days")
    assert Rulebook.load(str(folder)).digest == bundled.digest


def test_the_lifecycle_digest_names_the_lifecycle(bundled: Rulebook) -> None:
    same = Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 7, 20)))  # type: ignore[arg-type]
    other = Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 7, 21)))  # type: ignore[arg-type]
    with_one = bundled.evaluate(EVENT, lifecycle=IN_FORCE).receipt.lifecycle_digest
    with_same = bundled.evaluate(EVENT, lifecycle=same).receipt.lifecycle_digest
    with_other = bundled.evaluate(EVENT, lifecycle=other).receipt.lifecycle_digest
    assert with_one is not None and SHA256.fullmatch(with_one)
    assert with_one == with_same
    assert with_other is not None and with_other != with_one
    assert bundled.evaluate(EVENT).receipt.lifecycle_digest is None


_IN_A_PROCESS = """
import datetime as dt, sys
import cooperation_rules as cr
lifecycle = cr.Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 7, 20)))
print(cr.Rulebook.load().evaluate(sys.argv[1], lifecycle=lifecycle, engine="python").to_json())
"""


def test_two_processes_write_the_same_evaluation_with_its_receipt(bundled: Rulebook) -> None:
    env = {"PYTHONPATH": str(SRC), "PYTHONHASHSEED": "random"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _IN_A_PROCESS, json.dumps(EVENT)], capture_output=True, text=True, env=env, timeout=120
        )
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    here = bundled.evaluate(EVENT, lifecycle=IN_FORCE, engine="python").to_wire()
    assert json.loads(runs[0].stdout) == here


def test_stamped_needs_a_time_zone_and_leaves_the_evaluation_otherwise_alone(bundled: Rulebook) -> None:
    evaluation = bundled.evaluate(EVENT)
    with pytest.raises(ValueError, match="time zone"):
        evaluation.stamped("d-1", dt.datetime(2026, 1, 2, 3, 4, 5))
    at = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    stamped = evaluation.stamped("d-1", at)
    assert stamped.receipt.decision_id == "d-1"
    assert stamped.receipt.decided_at == at
    assert stamped.to_wire()["receipt"]["decided_at"] == "2026-01-02T03:04:05+05:00"
    assert evaluation.receipt.decision_id is None  # the original is unchanged
    assert stamped.decision() == evaluation.decision()


def test_decision_is_the_wire_form_without_engine_and_receipt(bundled: Rulebook) -> None:
    evaluation = bundled.evaluate(EVENT, lifecycle=IN_FORCE)
    wire = evaluation.to_wire()
    decision = evaluation.decision()
    assert set(decision) == set(wire) - {"engine", "receipt"}
    assert all(decision[key] == wire[key] for key in decision)
    other_engine = bundled.evaluate(EVENT, lifecycle=IN_FORCE, engine="python")
    assert other_engine.decision() == decision


def test_compact_wire_form_names_citations_by_eid_and_label_only(bundled: Rulebook) -> None:
    evaluation = bundled.evaluate(EVENT, lifecycle=IN_FORCE)
    full = evaluation.to_wire()
    compact = evaluation.to_wire(compact=True)
    assert full["citations"], "the event should cite some provision"
    assert [set(c) for c in compact["citations"]] == [{"eid", "label"}] * len(full["citations"])
    assert compact["citations"] == [{"eid": c["eid"], "label": c["label"]} for c in full["citations"]]
    assert {k: v for k, v in compact.items() if k != "citations"} == {k: v for k, v in full.items() if k != "citations"}
    assert json.loads(evaluation.to_json(compact=True)) == compact
    assert json.loads(evaluation.to_json()) == full
    # The text left out is what provision() gives.
    first = full["citations"][0]
    assert bundled.provision(first["eid"]).text == first["text"]


def test_the_compact_model_reads_the_compact_wire_form(bundled: Rulebook) -> None:
    from cooperation_rules.evaluation.answers import CompactEvaluation

    compact = bundled.evaluate(EVENT).to_wire(compact=True)
    assert CompactEvaluation.model_validate(compact).model_dump(mode="json") == compact


class _NoOffset(dt.tzinfo):
    """A time zone that does not know its offset: a time in it is as good as one without a zone."""

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta | None:
        return None


def test_a_stamp_needs_a_time_that_knows_its_offset() -> None:
    evaluation = cr.Rulebook.load().evaluate(
        {"type": "request", "id": "r", "date": "2026-01-05", "actor": "CZ", "subject": "training", "form": "written"}
    )
    for when in (dt.datetime(2026, 1, 5, 12), dt.datetime(2026, 1, 5, 12, tzinfo=_NoOffset())):
        with pytest.raises(ValueError, match=r"^decided_at needs a time zone, for instance datetime.now\(timezone.utc\)$"):
            evaluation.stamped("id-1", when)
    stamped = evaluation.stamped("id-1", dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))
    assert (stamped.receipt.decision_id, stamped.receipt.decided_at) == ("id-1", dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))


def test_citations_hash_by_their_content() -> None:
    evaluation = cr.Rulebook.load().evaluate(
        {"type": "transfer", "id": "t", "date": "2026-01-05", "actor": "CZ", "purpose": "related_procedures",
         "categories": ["identity"], "destruction_term": "2030-01-01"}
    )  # fmt: skip
    citations = evaluation.citations
    assert len(citations) > 2
    # Equal citations hash alike (a copy is equal); different ones spread over different hashes, as a set needs.
    assert all(hash(c) == hash(c.model_copy()) for c in citations)
    assert len({hash(c) for c in citations}) == len(citations)


def test_a_folder_whose_path_cannot_be_resolved_is_not_taken_for_the_bundled_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether two paths name one folder is asked of the file system; where it cannot answer (a broken mount, a
    permission), the folder is a folder of its own, never silently the bundled rules."""
    from cooperation_rules.rulebook.rulebook import _same_folder

    here = Path(__file__).parent
    assert _same_folder(here, here / ".." / here.name)

    def refuse(self: Path, strict: bool = False) -> Path:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "resolve", refuse)
    assert not _same_folder(here, here)


def test_the_lifecycle_digest_is_computed_once_for_the_evaluations_under_one_lifecycle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cooperation_rules.rulebook import rulebook as module

    rulebook = Rulebook.load()
    counted: list[object] = []
    original = module.digest

    def counting(value: object) -> str:
        counted.append(value)
        return original(value)

    monkeypatch.setattr(module, "digest", counting)
    other = Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 7, 21)))  # type: ignore[arg-type]
    digests = [rulebook.evaluate(EVENT, lifecycle=life).receipt.lifecycle_digest for life in (IN_FORCE,) * 3 + (other,) * 2]
    assert len(set(digests[:3])) == 1 and len(set(digests[3:])) == 1 and digests[0] != digests[3]
    assert len(counted) == 2  # once for each lifecycle, while it is the one evaluations are asked under


def test_an_event_given_as_any_mapping_is_evaluated_as_its_dict() -> None:
    from types import MappingProxyType

    rulebook = Rulebook.load()
    assert rulebook.evaluate(MappingProxyType(dict(EVENT))).decision() == rulebook.evaluate(dict(EVENT)).decision()
