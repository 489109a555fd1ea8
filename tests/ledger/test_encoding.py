"""The ledger's fast writers agree byte for byte with the canonical encoding the chain is defined over."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import cooperation_rules as cr
from cooperation_rules.ledger.chain import link, link_v1
from cooperation_rules.ledger.encoding import EntryWriter, body, part_digest
from cooperation_rules.model.canonical import canonical_json, digest
from strategies import fixed_examples, lifecycle_dicts, valid_events

CORPUS = Path(__file__).parent.parent / "corpus"
RULEBOOK = cr.Rulebook.load(engine="python")


def expected_evaluation(evaluation: cr.Evaluation) -> str:
    """What the writer must give, written the slow way: the whole dump, the two shared parts replaced by the digest of
    their canonical JSON."""
    data = evaluation.model_dump(mode="json")
    for key in ("citations", "findings"):
        data[key] = digest(data[key])
    return canonical_json(data).decode()


def test_the_writer_agrees_with_the_canonical_encoding_over_the_corpus() -> None:
    writer = EntryWriter()
    lifecycle = cr.Lifecycle.model_validate_json((CORPUS / "systematic.lifecycle.json").read_text())
    lines = (CORPUS / "systematic.jsonl").read_text().splitlines()
    assert len(lines) > 1000
    for line in lines:
        for life in (None, lifecycle):
            evaluation = RULEBOOK.evaluate(line, lifecycle=life)
            text, parts = writer.evaluation(evaluation)
            assert text == expected_evaluation(evaluation)
            assert [json.loads(p) for _, p in parts] == [
                json.loads(evaluation.model_dump_json(include={"citations"}))["citations"],
                json.loads(evaluation.model_dump_json(include={"findings"}))["findings"],
            ]
            assert all(part_digest(p) == named for named, p in parts)


@fixed_examples(200)
@given(event=valid_events(), lifecycle=st.one_of(st.none(), lifecycle_dicts()))
def test_the_writer_agrees_on_generated_events_and_lifecycles(
    event: dict[str, object], lifecycle: dict[str, object] | None
) -> None:
    life = None if lifecycle is None else cr.Lifecycle.model_validate(lifecycle)
    evaluation = RULEBOOK.evaluate(event, lifecycle=life)
    writer = EntryWriter()
    assert writer.evaluation(evaluation)[0] == expected_evaluation(evaluation)
    stamped = evaluation.stamped("id-1", dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC))
    assert writer.evaluation(stamped)[0] == expected_evaluation(stamped)
    assert writer.lifecycle(life) == ("null" if life is None else canonical_json(life.model_dump(mode="json")).decode())


@given(case=st.text(), event=st.dictionaries(st.text(), st.text()), assumptions=st.lists(st.text()), seq=st.integers(1, 10**12))
def test_a_body_is_canonical(case: str, event: dict[str, str], assumptions: list[str], seq: int) -> None:
    parts = {
        "discharges": [{"duty_id": "duty:1", "on_date": "2026-01-01"}],
        "duties": [],
        "evaluation": {"verdict": "permitted"},
        "event": event,
        "lifecycle": None,
        "resolved": event,
    }
    text = body(
        seq=seq,
        case=case,
        link_assumptions=tuple(assumptions),
        **{k: canonical_json(v).decode() for k, v in parts.items()},
    )
    assert text == canonical_json({**parts, "case": case, "link_assumptions": assumptions, "seq": seq}).decode()


@given(previous=st.text(), text=st.text())
def test_a_link_is_the_digest_of_the_previous_hash_and_the_body(previous: str, text: str) -> None:
    try:
        v1 = digest({"previous": previous, "body": text})
        v2 = "sha256:" + hashlib.sha256((previous + "\n" + text).encode("utf-8")).hexdigest()
    except UnicodeEncodeError:  # a lone surrogate has no UTF-8: neither way may hash it
        return
    assert link_v1(previous, text) == v1
    assert link(previous, text) == v2


def test_a_link_written_out() -> None:
    # Computed with another tool: printf 'sha256:' followed by 64 zeros, a line feed and {} | sha256sum
    assert link("sha256:" + "0" * 64, "{}") == "sha256:aceb32241c60f8a6e2b47ee3c8c04becfd38a917fa7183113898214f2d5f6490"
