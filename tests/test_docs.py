"""The documentation says what the code does: the README's example runs, every fact and every
commented rule is documented, and the event table lists every event type."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import cooperation_rules as cr
from cooperation_rules.rulebook.facts import FACT_SPECS

ROOT = Path(__file__).resolve().parents[1]

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_api_example_runs_and_its_comments_hold() -> None:
    block = re.search(r"```python\n(.*?)```", README, re.S)
    assert block is not None
    namespace: dict[str, Any] = {}
    exec(compile(block.group(1), "README.md", "exec"), namespace)
    assert namespace["ev"].verdict is cr.Verdict.NEEDS_CONSENT
    assert [c.eid for c in namespace["ev"].citations] == ["art_11__para_2"]
    assert namespace["life"].entry_into_force == dt.date(2018, 9, 1)


def test_readme_event_table_lists_every_event_type() -> None:
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", README, re.M))
    assert listed == set(cr.EVENT_TYPES)


def test_readme_quick_start_commands_exist_in_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_fact_is_documented() -> None:
    doc = (ROOT / "docs" / "writing-rules.md").read_text(encoding="utf-8").split("## Facts", 1)[1]
    documented = set(re.findall(r"^\| `([a-z0-9_]+)` \|", doc, re.M))
    assert documented == set(FACT_SPECS)


def test_every_interpretation_comment_is_in_the_lawyers_notes() -> None:
    doc = (ROOT / "docs" / "interpretation.md").read_text(encoding="utf-8")
    commented = {r.id for r in cr.default_rulebook().rules if r.comment}
    assert commented, "the rulebook records its readings of doubtful provisions"
    missing = sorted(rid for rid in commented if f"`{rid}`" not in doc)
    assert not missing, f"rules with an interpretation comment missing from docs/interpretation.md: {missing}"


#: How the table of readings by provision words each status of the rule files (``reading_status``).
_TABLE_STATUS = {"settled": "settled", "doubtful": "doubtful", "to be raised": "consult"}
#: The most cautious status wins when one rule carries several readings of the table.
_CAUTION = ["settled", "doubtful", "consult"]


def test_the_table_of_readings_and_the_rule_files_give_each_rule_the_same_status() -> None:
    """The rule file is where a reading's status and approval live; the table in docs/interpretation.md shows it by
    provision. A rule named in several rows carries the most cautious of their statuses."""
    by_id = {r.id: r for r in cr.Rulebook.load().rules}
    text = (ROOT / "docs" / "interpretation.md").read_text(encoding="utf-8")
    from_table: dict[str, str] = {}
    rows = [line for line in text.splitlines() if line.startswith("| Article") or line.startswith("| Preamble")]
    assert len(rows) >= 15
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        status = next(v for k, v in _TABLE_STATUS.items() if cells[3].startswith(k))
        for rule_id in re.findall(r"`([a-z0-9_]+\.[a-z0-9_]+)`", cells[2]):
            assert rule_id in by_id, f"the table names an unknown rule {rule_id}"
            earlier = from_table.get(rule_id, "settled")
            from_table[rule_id] = max(earlier, status, key=_CAUTION.index)
    for rule_id, status in from_table.items():
        rule = by_id[rule_id]
        if rule.reading_status is None:
            # A rule whose reading is the table's alone (no comment beside it) can only be a settled one.
            assert status == "settled", f"{rule_id}: a {status} reading needs its comment and status in the rule file"
        else:
            in_file = rule.reading_status.value
            assert in_file == status, f"{rule_id}: {in_file} in its file, {status} in the table"
