"""How an evaluation is put together from its parts: the order of its assumptions, the facts under the lifecycle
asked, and the bounded memory of what each combination of fired rules decides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import cooperation_rules as cr
from cooperation_rules.rulebook import rulebook as rulebook_module
from cooperation_rules.rulebook.facts import Timeline, derive
from cooperation_rules.rulebook.outcomes import PRESUMPTION

#: A partial fulfilment answering a request the ledger does not hold, naming neither its language nor whether it
#: hands over personal data (Art. 9(6), Art. 10): two facts presumed, and the rules' own assumption on the request.
RESPONSE = {"type": "response", "id": "kz-resp-2019-0031", "date": "2019-03-01", "actor": "CZ",
            "request_id": "kz-req-2019-0031", "outcome": "partially_fulfilled", "grounds": ["conflict_with_national_law"],
            "conditions": ["Use only in criminal proceedings no. 4-118/2019"]}  # fmt: skip
LANGUAGE = "language: not stated, taken as English (Article 9(6))."
PERSONAL_DATA = "contains_personal_data: not stated, taken as false: the act hands over no personal data (Article 10)."
IN_FORCE = cr.Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 7, 20)))  # type: ignore[arg-type]


def test_the_assumptions_come_lifecycle_first_then_the_event_then_the_rules() -> None:
    rulebook = cr.Rulebook.load()
    under = rulebook.evaluate(RESPONSE, lifecycle=IN_FORCE).assumptions
    assert under[:2] == (LANGUAGE, PERSONAL_DATA)
    assert len(under) == 3 and under[2].startswith("The request answered is taken to have been governed by the Agreement")
    without = rulebook.evaluate(RESPONSE).assumptions
    assert without == (PRESUMPTION, LANGUAGE, PERSONAL_DATA, under[2])


def test_the_facts_are_those_of_the_lifecycle_asked_whatever_timeline_is_at_hand() -> None:
    """Entry into force on 1 September 2018 (notifications of 14 June and 20 July 2018); a lifecycle whose second
    notification came a month later puts it on 1 October: an act of 15 September 2018 falls before it."""
    event = cr.parse_event({**RESPONSE, "date": "2018-09-15"})
    later = cr.Lifecycle(notifications_received=(dt.date(2018, 6, 14), dt.date(2018, 8, 20)))  # type: ignore[arg-type]
    in_force, _ = derive(event, IN_FORCE)
    assert in_force["agreement_status"] == "in_force"
    not_yet, _ = derive(event, later)
    assert not_yet["agreement_status"] == "not_in_force"
    # a timeline built for another lifecycle is not used for this one
    stale, _ = derive(event, later, Timeline(IN_FORCE, cr.Rulebook.load().agreement))
    assert stale["agreement_status"] == "not_in_force"


def test_the_memory_of_outcomes_stops_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rulebook_module, "MAX_OUTCOMES", 2)
    rulebook = cr.Rulebook.load()
    events = [
        {"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"},
        {"type": "request", "id": "r2", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "oral"},
        {"type": "contact_details_change", "id": "c1", "date": "2026-03-02", "actor": "CZ"},
        {"type": "cost_claim", "id": "k1", "date": "2026-03-02", "actor": "CZ", "agreed_in_advance": False},
    ]
    answers = [rulebook.evaluate(e).decision() for e in events]
    assert len(rulebook._outcomes) == 2  # private: the bound is the point of the test
    assert [rulebook.evaluate(e).decision() for e in events] == answers  # past the bound, computed again, the same


def test_every_event_gives_the_rules_its_type_and_both_parties() -> None:
    """The facts a rule may read of any event (``docs/writing-rules.md``): its type, the acting Party and the other."""
    facts, dates = derive(cr.parse_event(RESPONSE), IN_FORCE)
    assert (facts["type"], facts["actor"], facts["counterpart"]) == ("response", "CZ", "KZ")
    assert (facts["agreement_status"], facts["agreement_applies"], facts["data_protection_applies"]) == ("in_force", True, True)
    assert dates == {"date": dt.date(2019, 3, 1), "entry_into_force": dt.date(2018, 9, 1)}


def test_a_suspension_notice_says_whether_it_covers_the_whole_agreement() -> None:
    notice = {"type": "suspension_notice", "id": "s1", "date": "2020-03-05", "actor": "KZ", "ground": "public_health"}
    whole, _ = derive(cr.parse_event(notice), IN_FORCE)
    part, _ = derive(cr.parse_event({**notice, "scope": ["training"]}), IN_FORCE)
    assert (whole["whole_agreement"], part["whole_agreement"]) == (True, False)


def test_an_article_file_without_its_heading_is_refused_naming_the_file_line_and_field(rules_copy: Path) -> None:
    folder = rules_copy
    path = folder / "art_12.yaml"
    text = path.read_text(encoding="utf-8")
    assert "title: Article 12\n" in text
    path.write_text(text.replace("title: Article 12\n", ""), encoding="utf-8")
    with pytest.raises(cr.RuleFileError) as refused:
        cr.Rulebook.load(folder)
    assert str(refused.value) == "art_12.yaml:2:1, field 'title': the file of an article needs its heading as 'title'"
    assert (refused.value.file, refused.value.line, refused.value.field) == ("art_12.yaml", 2, "title")


def _folder_with(rules_copy: Path, extra_text: str) -> Path:
    """The copy of the bundled rules, with its Article 12 file holding more provisions after its own."""
    folder = rules_copy
    path = folder / "art_12.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "\nrules:\n"
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, "\n" + extra_text + "rules:\n"), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            "  - eid: art_11\n    text: Twice.\n",
            "art_12.yaml:10:10, field 'text[2].eid': eId 'art_11' is the article assembled from its parts in art_11.yaml",
        ),
        # Article 13 is given in parts by art_13.yaml, which comes after art_12.yaml: the whole given earlier
        # would replace the assembled article.
        (
            "  - eid: art_13\n    text: Before its parts.\n",
            "art_12.yaml:10:10, field 'text[2].eid': eId 'art_13' is the article assembled from its parts in art_13.yaml",
        ),
        (
            "  - eid: art_12\n    text: Twice.\n",
            "art_12.yaml:10:10, field 'text[2].eid': eId 'art_12' is already used in art_12.yaml",
        ),
        ("  - eid: annex_a\n    text: No label.\n", "art_12.yaml:10:10, field 'text[2]': eId 'annex_a' needs a label"),
    ],
)
def test_a_provision_given_twice_or_without_a_label_is_refused_where_it_is(rules_copy: Path, extra: str, expected: str) -> None:
    with pytest.raises(cr.RuleFileError) as refused:
        cr.Rulebook.load(_folder_with(rules_copy, extra))
    assert str(refused.value) == expected
    assert (refused.value.file, refused.value.line, refused.value.column) == ("art_12.yaml", 10, 10)


def test_every_provision_given_twice_is_reported_not_only_the_first(rules_copy: Path) -> None:
    extra = "  - eid: art_11\n    text: Twice.\n  - eid: art_10\n    text: Again.\n"
    with pytest.raises(cr.RuleFileError) as refused:
        cr.Rulebook.load(_folder_with(rules_copy, extra))
    assert [(f.line, f.field) for f in refused.value.faults] == [(10, "text[2].eid"), (12, "text[3].eid")]


def test_an_article_given_whole_beside_its_own_parts_is_refused(rules_copy: Path) -> None:
    """Article 12 given whole and then in a part of its own, in one file: the part would be assembled under
    the eId the whole already holds, so the article is refused where the whole is given."""
    with pytest.raises(cr.RuleFileError) as refused:
        cr.Rulebook.load(_folder_with(rules_copy, "  - eid: art_12__para_1\n    text: A part.\n"))
    assert str(refused.value) == (
        "art_12.yaml:5:10, field 'text[1].eid': eId 'art_12' is the article assembled from its parts in art_12.yaml"
    )


def test_the_bundled_articles_given_in_parts_are_assembled_from_them() -> None:
    """What the refusals above protect: Article 13 is the text of its three paragraphs."""
    treaty = cr.Rulebook.load().treaty
    article = treaty.provision("art_13")
    for n in (1, 2, 3):
        assert treaty.provision(f"art_13__para_{n}").text in article.text


def test_a_rulebook_built_from_files_without_their_positions_names_the_file_of_each_fault() -> None:
    """``Rulebook(files)`` with no ``positions`` (rule files built in code, not read from a folder): a fault has no
    line, but still names its file, for the text of an article as for its rules."""
    from pathlib import Path

    from cooperation_rules.rulefiles.reading import load_rule_files

    files = [(f.name, f.content) for f in load_rule_files(Path(__file__).resolve().parent.parent / "rules")]
    files = [(name, rf.model_copy(update={"title": None}) if name == "art_12.yaml" else rf) for name, rf in files]
    with pytest.raises(cr.RuleFileError) as refused:
        cr.Rulebook(files)
    assert (refused.value.file, refused.value.line, refused.value.field) == ("art_12.yaml", None, "title")
    assert str(refused.value) == "art_12.yaml, field 'title': the file of an article needs its heading as 'title'"
