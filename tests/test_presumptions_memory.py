"""The presumptions a rulebook remembers answer as if each were worked out afresh."""

from __future__ import annotations

import json
import random
from pathlib import Path

import cooperation_rules as cr
from cooperation_rules.law.lifecycle import Lifecycle
from cooperation_rules.rulebook.facts import Timeline, derive
from cooperation_rules.rulebook.presumptions import Presumptions

CORPUS = Path(__file__).parent / "corpus"


def test_remembered_answers_are_the_answers_worked_out_afresh() -> None:
    rulebook = cr.Rulebook.load(engine="python")
    rules = rulebook._rules
    remembering = Presumptions(rules)
    lifecycle = Lifecycle.model_validate_json((CORPUS / "systematic.lifecycle.json").read_text(encoding="utf-8"))
    lines = [
        *(CORPUS / "systematic.jsonl").read_text(encoding="utf-8").splitlines(),
        *(CORPUS / "presumed.jsonl").read_text(encoding="utf-8").splitlines(),
    ]
    # The corpus states every field: leave some out, so that there is something to presume.
    pick = random.Random(2017)
    events = []
    for line in lines[::3]:
        data = json.loads(line)
        kept = {k: v for k, v in data.items() if k in ("type", "id", "date", "actor") or pick.random() < 0.5}
        try:
            events.append(cr.parse_event(kept))
        except cr.InvalidEvent:  # a required field left out
            events.append(cr.parse_event(data))
    afresh = Presumptions(rules)
    asked = relied = 0
    for life in (None, lifecycle):
        timeline = Timeline(life, rulebook.agreement)
        for event in events * 2:  # the second time round, every answer is a remembered one
            facts, _ = derive(event, life, timeline)
            partial = bool(timeline.on(event.date)[1])
            answer = remembering.relied_on(event.type, event.model_fields_set, facts, partial_suspension=partial)
            afresh._answers.clear()
            fresh = afresh.relied_on(event.type, event.model_fields_set, facts, partial_suspension=partial)
            assert answer == fresh, event
            asked += 1
            relied += bool(answer)
    assert relied > 100 and asked - relied > 100  # both kinds of answer were met, many times
