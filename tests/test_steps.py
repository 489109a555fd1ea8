"""The step definitions check every part of their text: what is judged, which suspension, what the decision rests on.

Each scenario here runs outside pytest against the bundled rules and against a rule changed the way a careless edit
would change it; a step that ignored part of its text would pass both.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from cooperation_rules import Rulebook
from cooperation_rules.law.agreement import Agreement
from cooperation_rules.rulefiles.reading import load_rule_files
from cooperation_rules.tools.mutants import apply_mutant, make_mutants
from cooperation_rules.tools.scenarios import ScenarioFailure, ScenarioSuite

AGREEMENT = Agreement.bundled()
FILES = [(f.name, f.content) for f in load_rule_files(ROOT / "rules")]
RULES = Rulebook(FILES)

DIRECT = (
    "      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018\n"
    "      And the Czech Republic informs Kazakhstan on 3 March 2026 directly of a stolen passport numbered 45123987\n"
)


def _run(tmp_path: Path, steps: str, rulebook: Rulebook = RULES) -> list[ScenarioFailure]:
    folder = tmp_path / "features"
    folder.mkdir(exist_ok=True)
    text = f"Feature: steps\n\n    Scenario: one\n{steps}"
    (folder / "one.feature").write_text(text, encoding="utf-8")
    return ScenarioSuite.load(folder, None, rulebook).run(rulebook)


def _mutant(mutant_id: str) -> Rulebook:
    mutant = next(m for m in make_mutants(FILES, AGREEMENT) if m.id == mutant_id)
    files, agreement = apply_mutant(FILES, AGREEMENT, mutant)
    return Rulebook(files, agreement=agreement)


def _messages(failures: list[ScenarioFailure]) -> list[str]:
    return [f"{f.step}: {f.message}" for f in failures]


def test_the_verdict_step_checks_the_act_it_names(tmp_path: Path) -> None:
    when = "      When the act is assessed under the Agreement\n"
    assert _run(tmp_path, DIRECT + when + "      Then the notice is permitted\n") == []
    wrong = _run(tmp_path, DIRECT + when + "      Then the transfer is permitted\n")
    assert _messages(wrong) == ["the transfer is permitted: the transfer is not the act assessed, a travel_document_notice"]
    unknown = _run(tmp_path, DIRECT + when + "      Then the weather is permitted\n")
    assert len(unknown) == 1 and "unknown act 'the weather'" in unknown[0].message


def test_the_decision_rests_on_rules_and_provisions(tmp_path: Path) -> None:
    """Art. 6(3): a notice sent directly rests on the rule of the direct channel, never on the Interpol one."""
    when = "      When the act is assessed under the Agreement\n"
    steps = (
        DIRECT
        + when
        + '      Then the decision rests on "art_6.notice_direct" and "Article 6(3)"\n'
        + '      And the decision does not rest on "art_6.notice_through_interpol"\n'
    )
    assert _run(tmp_path, steps) == []
    # The channel condition of the Interpol rule deleted: verdict, duties and citations stay, a false reason appears.
    failures = _run(tmp_path, steps, _mutant("art_6.notice_through_interpol/drop_condition/when2"))
    assert len(failures) == 1
    assert failures[0].step == 'the decision does not rest on "art_6.notice_through_interpol"'
    assert "the decision rests on art_6.notice_through_interpol" in failures[0].message
    missing = _run(tmp_path, DIRECT + when + '      Then the decision rests on "art_6.notice_through_interpol"\n')
    assert len(missing) == 1 and "does not rest on art_6.notice_through_interpol" in missing[0].message
    only = _run(tmp_path, DIRECT + when + '      Then the decision rests only on "Article 6(3)"\n')
    assert len(only) == 1 and "rests also on" in only[0].message and "art_6.notice_complete" in only[0].message


def test_the_suspension_step_checks_the_suspension_it_names(tmp_path: Path) -> None:
    """Art. 17: each suspension takes effect fifteen days after its notice; the step picks the one it names."""
    given = (
        "      Given the notifications of internal procedures were received on 14 June 2018 and on 20 July 2018\n"
        "      And a notice suspending the whole Agreement on grounds of public health was received on 1 March 2026\n"
        "      And the notice lifting that suspension was received on 1 June 2026\n"
        "      And a notice suspending cooperation on training on grounds of public order was received on 1 July 2026\n"
        "      When the Agreement's own life is assessed\n"
    )
    right = (
        "      Then the first suspension takes effect on 16 March 2026\n"
        "      And the first suspension ends on 16 June 2026\n"
        "      And the second suspension takes effect on 16 July 2026\n"
        "      And the suspension takes effect on 16 July 2026\n"
    )
    assert _run(tmp_path, given + right) == []
    wrong = _run(tmp_path, given + "      Then the first suspension takes effect on 16 July 2026\n")
    assert _messages(wrong) == ["the first suspension takes effect on 16 July 2026: the suspension takes effect on 2026-03-16"]
    beyond = _run(tmp_path, given + "      Then the third suspension takes effect on 16 July 2026\n")
    assert len(beyond) == 1 and "only 2 suspension(s)" in beyond[0].message


def test_the_names_a_decision_rests_on_may_be_written_without_quotes(tmp_path: Path) -> None:
    when = "      When the act is assessed under the Agreement\n"
    assert _run(tmp_path, DIRECT + when + "      Then the decision rests on art_6.notice_direct and Article 6(3)\n") == []
    wrong = _run(tmp_path, DIRECT + when + "      Then the decision rests on art_6.notice_through_interpol\n")
    assert len(wrong) == 1 and "does not rest on art_6.notice_through_interpol" in wrong[0].message
