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
