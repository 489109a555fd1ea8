"""Loading rules/: each fault in a rule file is reported with the file, the rule and the field at fault."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT
from cooperation_rules import Rulebook, RuleFileError

RULES = ROOT / "rules"
Mutation = Callable[[dict[str, Any]], None]


def rule_in(data: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(r for r in data["rules"] if r["id"] == rule_id)


def corrupt(folder: Path, file: str, mutate: Mutation) -> None:
    """Rewrite one file of the copy with one change made to its parsed content."""
    path = folder / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def load_error(folder: Path) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        Rulebook.load(folder)
    return info.value


def test_the_copy_loads_unchanged(rules_copy: Path) -> None:
    # The harness itself (copy, parse, dump) must not break anything.
    corrupt(rules_copy, "art_9.yaml", lambda data: None)
    rulebook = Rulebook.load(rules_copy)
    assert len(rulebook.rules) == len(Rulebook.load().rules)


def _set_when(rule_id: str, index: int, condition: dict[str, Any]) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        rule_in(data, rule_id)["when"][index] = condition

    return mutate


def _add_when(rule_id: str, condition: dict[str, Any]) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        rule_in(data, rule_id).setdefault("when", []).append(condition)

    return mutate


def _set(rule_id: str, key: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        rule_in(data, rule_id)[key] = value

    return mutate


def _set_duty(rule_id: str, index: int, key: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        rule_in(data, rule_id)["duties"][index][key] = value

    return mutate


def _duplicate(rule_id: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["rules"].append(dict(rule_in(data, rule_id)))

    return mutate


# art_9.written_request: when = [subject, form] (applies_while: in_force, its file's), duties = [must_respond (counterpart)].
CASES: list[tuple[str, str, Mutation, str, str, str]] = [
    (
        "unknown fact",
        "art_9.yaml",
        _set_when("art_9.written_request", 1, {"fact": "medium", "equals": "written"}),
        "art_9.written_request",
        "when.1.fact",
        "unknown fact 'medium'",
    ),
    (
        "fact not available for the event type",
        "art_13.yaml",
        _add_when("art_13.contact_details_change", {"fact": "outcome", "equals": "fulfilled"}),
        "art_13.contact_details_change",
        "when.0.fact",
        "contact_details_change",
    ),
    (
        "enum value not in the vocabulary",
        "art_9.yaml",
        _set_when("art_9.written_request", 1, {"fact": "form", "equals": "fax"}),
        "art_9.written_request",
        "when.1.equals",
        "'fax'",
    ),
    (
        "enum value not in the vocabulary, in a list",
        "art_9.yaml",
        _set_when("art_9.refusal_on_treaty_ground", 1, {"fact": "outcome", "in": ["refused", "ignored"]}),
        "art_9.refusal_on_treaty_ground",
        "when.1.in",
        "'ignored'",
    ),
    (
        "condition with two operators",
        "art_9.yaml",
        _set_when("art_9.written_request", 1, {"fact": "form", "equals": "written", "not_equals": "oral"}),
        "art_9.written_request",
        "when.1",
        "exactly one of",
    ),
    (
        "condition with no operator",
        "art_9.yaml",
        _set_when("art_9.written_request", 1, {"fact": "form"}),
        "art_9.written_request",
        "when.1",
        "exactly one of",
    ),
    (
        "number comparison on a non-number fact",
        "art_9.yaml",
        _set_when("art_9.written_request", 1, {"fact": "form", "lt": 3}),
        "art_9.written_request",
        "when.1.lt",
        "compares numbers",
    ),
    (
        "unknown verdict",
        "art_9.yaml",
        _set("art_9.written_request", "verdict", "allowed"),
        "art_9.written_request",
        "verdict",
        "permitted",
    ),
    (
        "unknown duty kind",
        "art_9.yaml",
        _set_duty("art_9.written_request", 0, "kind", "must_reply"),
        "art_9.written_request",
        "duties.0.kind",
        "must_respond",
    ),
    (
        "unknown bearer",
        "art_9.yaml",
        _set_duty("art_9.written_request", 0, "bearer", "requester"),
        "art_9.written_request",
        "duties.0.bearer",
        "counterpart",
    ),
    (
        "cites an eId that does not exist",
        "art_9.yaml",
        _set("art_9.written_request", "cites", ["art_9__para_1", "art_9__para_7"]),
        "art_9.written_request",
        "cites",
        "art_9__para_7",
    ),
    (
        "unknown event type in applies_to",
        "art_9.yaml",
        _set("art_9.written_request", "applies_to", ["request", "telegram"]),
        "art_9.written_request",
        "applies_to",
        "'telegram'",
    ),
    (
        "duplicate rule id",
        "art_9.yaml",
        _duplicate("art_9.written_request"),
        "art_9.written_request",
        "id",
        "already used in art_9.yaml",
    ),
    (
        "rule id not prefixed by the file's stem",
        "art_9.yaml",
        _set("art_9.written_request", "id", "art_10.written_request"),
        "art_10.written_request",
        "id",
        "'art_9.'",
    ),
    (
        "due.from a date the event type lacks",
        "art_9.yaml",
        _set_duty("art_9.written_request", 0, "due", {"from": "destruction_term"}),
        "art_9.written_request",
        "duties.0.due.from",
        "'destruction_term'",
    ),
    (
        "due.from a date that does not exist at all",
        "art_18.yaml",
        _set_duty("art_18.termination_notice", 0, "due", {"from": "receipt", "add_months": 6}),
        "art_18.termination_notice",
        "duties.0.due.from",
        "'receipt'",
    ),
    (
        "unknown key in a rule",
        "art_9.yaml",
        _set("art_9.written_request", "because", "the treaty says so"),
        "art_9.written_request",
        "because",
        "unknown field",
    ),
]


@pytest.mark.parametrize(("file", "mutate", "rule", "field", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fault_names_file_rule_and_field(
    rules_copy: Path, file: str, mutate: Mutation, rule: str, field: str, words: str
) -> None:
    corrupt(rules_copy, file, mutate)
    err = load_error(rules_copy)
    assert (err.file, err.rule, err.field) == (file, rule, field)
    message = str(err)
    assert file in message
    assert repr(rule) in message
    assert repr(field) in message
    assert words in message


def test_invalid_yaml_names_the_file(rules_copy: Path) -> None:
    (rules_copy / "art_9.yaml").write_text("title: Article 9\nrules: [\n  - id: art_9.x\n", encoding="utf-8")
    err = load_error(rules_copy)
    assert err.file == "art_9.yaml"
    assert "art_9.yaml" in str(err)
    assert "YAML" in str(err)


def test_a_file_that_is_not_utf8_names_the_file_and_the_byte(rules_copy: Path) -> None:
    (rules_copy / "art_9.yaml").write_bytes("title: Article 9\n# Článek 9\n".encode("cp1250"))
    err = load_error(rules_copy)
    assert err.file == "art_9.yaml"
    assert "not UTF-8 text" in str(err) and "at byte 19" in str(err)


def test_an_article_file_without_its_heading_names_the_field(rules_copy: Path) -> None:
    path = rules_copy / "art_7.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Article 7\n", ""), encoding="utf-8")
    err = load_error(rules_copy)
    assert err.file == "art_7.yaml" and err.field == "title"


def test_a_file_that_is_a_list_names_the_file(rules_copy: Path) -> None:
    (rules_copy / "art_12.yaml").write_text("- id: art_12.x\n- id: art_12.y\n", encoding="utf-8")
    err = load_error(rules_copy)
    assert err.file == "art_12.yaml"
    assert "art_12.yaml" in str(err)
    assert "mapping" in str(err)


def test_an_empty_file_names_the_file(rules_copy: Path) -> None:
    (rules_copy / "art_12.yaml").write_text("", encoding="utf-8")
    assert load_error(rules_copy).file == "art_12.yaml"


def test_a_text_entry_without_text_names_its_position(rules_copy: Path) -> None:
    corrupt(rules_copy, "art_9.yaml", lambda data: data["text"][3].pop("text"))
    err = load_error(rules_copy)
    assert err.file == "art_9.yaml"
    assert err.field == "text[4].text"


def test_an_empty_folder(tmp_path: Path) -> None:
    err = load_error(tmp_path)
    assert str(tmp_path) in str(err)
    assert "no *.yaml" in str(err)


def test_a_missing_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-rules"
    err = load_error(missing)
    assert str(missing) in str(err)
    assert "not a folder" in str(err)


def test_rule_file_error_is_a_value_error() -> None:
    assert issubclass(RuleFileError, ValueError)


def test_an_eid_used_in_two_files_names_the_second_file_and_the_entry(rules_copy: Path) -> None:
    def mutate(data: dict[str, Any]) -> None:
        data["text"].append({"eid": "art_9__para_1", "text": "A second copy."})

    corrupt(rules_copy, "art_10.yaml", mutate)
    err = load_error(rules_copy)
    assert err.file == "art_10.yaml"
    assert err.field == "text[9].eid"
    assert "art_9.yaml" in str(err) and "art_9__para_1" in str(err)


# ----------------------------------------------------------------------------- every fault at once, with its place


def _replace_line(path: Path, old: str, new: str) -> int:
    """Replace the first line of ``path`` equal to ``old`` (stripped) by ``new``; its line number (from 1)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.strip() == old)
    lines[index] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return index + 1


def test_every_fault_of_every_file_is_reported_at_once_with_line_and_column(rules_copy: Path) -> None:
    # Three faults in three files, each written by hand at a known line: an unknown fact (art_9), a key written twice
    # (art_10), and a file without its format (art_3).
    fact_line = _replace_line(
        rules_copy / "art_9.yaml", "- {fact: form, equals: written}", "      - {fact: medium, equals: written}"
    )
    text = (rules_copy / "art_10.yaml").read_text(encoding="utf-8")
    (rules_copy / "art_10.yaml").write_text(
        text.replace("title: Article 10\n", "title: Article 10\ntitle: Article 10\n"), "utf-8"
    )
    title_line = (rules_copy / "art_10.yaml").read_text(encoding="utf-8").split("\n").index("title: Article 10") + 2
    _replace_line(rules_copy / "art_3.yaml", "format: 1", "")
    err = load_error(rules_copy)
    places = sorted((f.file, f.line, f.column) for f in err.faults)
    assert len(err.faults) == 3, str(err)
    assert ("art_9.yaml", fact_line, 16) in places  # the fact's value: "      - {fact: " is 15 characters
    assert ("art_10.yaml", title_line, 1) in places
    assert ("art_3.yaml", 3, 1) in places  # the mapping starts after the file's comment and the emptied line
    message = str(err)
    assert f"art_9.yaml:{fact_line}:16, rule 'art_9.written_request', field 'when.1.fact': unknown fact 'medium'" in message
    assert f"art_10.yaml:{title_line}:1: key 'title' is written twice" in message
    assert "art_3.yaml:3:1, field 'format': no 'format'; a rules file starts with 'format: 1'" in message
    assert len(message.splitlines()) == 3


def test_a_format_this_library_does_not_read_is_refused(rules_copy: Path) -> None:
    _replace_line(rules_copy / "art_5.yaml", "format: 1", "format: 2")
    err = load_error(rules_copy)
    assert (err.file, err.field, err.line) == ("art_5.yaml", "format", 2)
    assert "format 2 is not one this library reads (it reads format 1)" in str(err)


def test_a_rule_file_named_yml_is_refused_not_skipped(rules_copy: Path) -> None:
    shutil.copy(rules_copy / "art_5.yaml", rules_copy / "art_5b.yml")
    err = load_error(rules_copy)
    assert err.file == "art_5b.yml" and "rule files end in .yaml" in str(err)


def test_a_due_date_naming_a_period_the_agreement_does_not_have_is_refused(rules_copy: Path) -> None:
    line = _replace_line(
        rules_copy / "art_18.yaml",
        "due: {from: date, period: termination_effect}",
        "        due: {from: date, period: fortnight}",
    )
    err = load_error(rules_copy)
    assert (err.file, err.rule, err.field, err.line) == (
        "art_18.yaml",
        "art_18.termination_notice",
        "duties.0.due.period",
        line,
    )
    assert "no period 'fortnight' in agreement.yaml; periods: suspension_effect, termination_effect, designation" in str(err)


def test_the_agreements_own_facts_are_checked_like_a_rule_file(rules_copy: Path) -> None:
    line = _replace_line(rules_copy / "agreement.yaml", "days: 15", "    days: fifteen")
    (rules_copy / "agreement.yaml").write_text(
        (rules_copy / "agreement.yaml").read_text(encoding="utf-8").replace("cites: [art_17]\n", "cites: [art_17__para_9]\n", 1),
        encoding="utf-8",
    )
    err = load_error(rules_copy)
    assert (err.file, err.line, err.field) == ("agreement.yaml", line, "periods.suspension_effect.days")
    (rules_copy / "agreement.yaml").unlink()
    err = load_error(rules_copy)
    assert err.file == "agreement.yaml" and "cannot read" in str(err)


def test_a_rule_that_applies_while_the_agreement_is_in_force_needs_no_condition_for_it(rules_copy: Path) -> None:
    rulebook = Rulebook.load(rules_copy)
    rule = rulebook.rule("art_9.written_request")
    assert [c.fact for c in rule.when] == ["subject", "form", "from_designated_authority"]
    assert rule.phase.value == "in_force"
    assert [c.fact for c in rule.conditions] == ["agreement_applies", "subject", "form", "from_designated_authority"]
    lifecycle_rule = rulebook.rule("art_13.name_competent_authorities")
    assert lifecycle_rule.phase.value == "always" and lifecycle_rule.conditions == lifecycle_rule.when
    # A lifecycle rule has no act to which the Agreement applies: left in force, it is refused.
    _replace_line(rules_copy / "art_13.yaml", "applies_while: always", "")
    err = load_error(rules_copy)
    assert err.rule == "art_13.name_competent_authorities" and "say 'applies_while: always'" in str(err)


def test_a_folder_of_format_0_is_upgraded_to_decide_as_before(rules_copy: Path) -> None:
    from cooperation_rules.rulefiles.upgrade import upgrade_folder

    # art_13.yaml as it was written before formats: no format, no applies_while, the status condition in each rule.
    path = rules_copy / "art_13.yaml"
    text = path.read_text(encoding="utf-8").replace("format: 1\n", "").replace("    applies_while: always\n", "")
    text = text.replace(
        "    cites: [art_13__para_3]\n",
        "    cites: [art_13__para_3]\n    when:\n      - {fact: agreement_applies, equals: true}\n",
    )
    path.write_text(text, encoding="utf-8")
    (rules_copy / "agreement.yaml").unlink()
    assert "no 'format'" in str(load_error(rules_copy))
    assert upgrade_folder(rules_copy) == ["art_13.yaml", "agreement.yaml"]
    upgraded, bundled = Rulebook.load(rules_copy), Rulebook.load()
    rule = upgraded.rule("art_13.contact_details_change")
    assert rule.phase.value == "always" and [c.fact for c in rule.conditions] == ["agreement_applies"]
    change = {"type": "contact_details_change", "id": "c1", "date": "2026-02-02", "actor": "CZ"}
    assert upgraded.evaluate(change).decision() == bundled.evaluate(change).decision()
    assert upgrade_folder(rules_copy) == []  # a folder already of format 1 is left as it is
