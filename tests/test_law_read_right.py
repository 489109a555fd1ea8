"""The readings of the legal review: what text is quoted, when the Agreement applies, nothing presumed silently,
acts asked about and acts done, subjects on every act, duties as far as the text reaches.

Expected verdicts, duties and dates are written out by hand from the Agreement's text.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cooperation_rules as cr
from conftest import ROOT

D = dt.date
RULES = ROOT / "rules"
IN_FORCE = cr.Lifecycle(notifications_received=(D(2018, 6, 14), D(2018, 7, 20)))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def rulebook() -> cr.Rulebook:
    return cr.Rulebook.load(engine="python")


def _duties(ev: cr.Evaluation) -> set[tuple[str, str, bool, dt.date | None]]:
    return {(d.kind.value, d.bearer.value, d.immediately, d.due) for d in ev.duties}


# ----------------------------------------------------------------------------- 1. what text is quoted


def test_every_citation_says_it_quotes_the_unofficial_translation_published_with_resolution_411(rulebook: cr.Rulebook) -> None:
    ev = rulebook.evaluate(
        {"type": "onward_transfer", "id": "o", "date": "2026-03-02", "actor": "CZ", "recipient": "third_state"}
    )
    assert {c.text_status for c in ev.citations} == {cr.TextStatus.UNOFFICIAL_TRANSLATION}
    assert ev.model_dump(mode="json")["citations"][0]["text_status"] == "unofficial_translation"
    source = rulebook.agreement.english_text
    assert source.kind is cr.TextStatus.UNOFFICIAL_TRANSLATION
    assert "No. 411" in source.published_with and source.date == D(2018, 7, 9)
    text = ev.explain("en")
    assert "quoted word for word from the English text published with Government Resolution No. 411 as an unofficial" in (
        " ".join(text.split())
    )
    assert "authentic English text, which prevails" not in text
    # The preamble of the bundled text says it too: "Unofficial translation", twice.
    notes = [p for p in rulebook.treaty if p.eid.startswith("resolution__note")]
    assert [p.text for p in notes] == ["Unofficial translation", "Unofficial translation"]


def test_a_rules_folder_holding_the_signed_english_text_says_it_quotes_the_authentic_text(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    agreement = folder / "agreement.yaml"
    agreement.write_text(
        agreement.read_text(encoding="utf-8").replace("kind: unofficial_translation", "kind: authentic"), encoding="utf-8"
    )
    ev = cr.Rulebook.load(folder).evaluate({"type": "use_report_request", "id": "u", "date": "2026-03-02", "actor": "CZ"})
    assert {c.text_status for c in ev.citations} == {cr.TextStatus.AUTHENTIC}
    assert "quoted word for word from the signed English text, which prevails under the final clause" in ev.explain("en")


# ----------------------------------------------------------------------------- 2. when the Agreement applies


@pytest.mark.parametrize(
    ("day", "verdict"),
    [
        ("2017-11-22", cr.Verdict.NOT_APPLICABLE),  # before signature
        ("2018-03-15", cr.Verdict.NOT_APPLICABLE),  # signed, not yet in force
        ("2018-08-31", cr.Verdict.NOT_APPLICABLE),
        ("2018-09-01", cr.Verdict.PERMITTED),  # in force, as published
    ],
)
def test_without_a_lifecycle_the_agreement_applies_from_1_september_2018_as_published(
    rulebook: cr.Rulebook, day: str, verdict: cr.Verdict
) -> None:
    request = {"type": "request", "id": "r", "date": day, "actor": "KZ", "subject": "training", "form": "written"}
    ev = rulebook.evaluate(request)
    assert ev.verdict is verdict
    assert ev.assumptions[0].startswith(
        "No lifecycle was given: the Agreement is taken to have entered into force on 1 September 2018"
    )
    assert "Bulletin of International Treaties of the Republic of Kazakhstan (2018, No. 5, art. 62)" in ev.assumptions[0]


def test_a_lifecycle_may_give_the_known_day_of_entry_into_force(rulebook: cr.Rulebook) -> None:
    known = cr.Lifecycle(entered_into_force=D(2018, 9, 1))  # type: ignore[arg-type]
    assert known.entry_into_force == D(2018, 9, 1)
    assert known.article_13_due == D(2018, 10, 1)
    assert known.status_on(D(2018, 8, 31)) is cr.AgreementStatus.NOT_IN_FORCE
    assert known.status_on(D(2018, 9, 1)) is cr.AgreementStatus.IN_FORCE
    both = cr.Lifecycle(notifications_received=(D(2018, 6, 14), D(2018, 7, 20)), entered_into_force=D(2018, 9, 1))  # type: ignore[arg-type]
    assert both.entry_into_force == D(2018, 9, 1)
    with pytest.raises(cr.InvalidLifecycle, match="is not 2018-09-01, the day the notifications give"):
        cr.Lifecycle.parse({"notifications_received": ["2018-06-14", "2018-07-20"], "entered_into_force": "2018-10-01"})


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"notifications_received": ["2017-11-22", "2018-07-20"]}, "received on 2017-11-22 is before the Agreement was signed"),
        ({"entered_into_force": "2017-11-23"}, "is not after the signature on 2017-11-23"),
    ],
)
def test_a_lifecycle_dated_before_the_signature_is_refused(data: dict[str, Any], words: str) -> None:
    with pytest.raises(cr.InvalidLifecycle) as raised:
        cr.Lifecycle.parse(data)
    assert words in str(raised.value)


def test_a_termination_notice_before_entry_into_force_has_no_effect_in_a_lifecycle_as_in_the_rules(rulebook: cr.Rulebook) -> None:
    life = cr.Lifecycle(notifications_received=(D(2018, 6, 14), D(2018, 7, 20)), termination_notice_received=D(2018, 8, 15))  # type: ignore[arg-type]
    assert life.termination_date is None
    assert life.status_on(D(2026, 3, 2)) is cr.AgreementStatus.IN_FORCE
    notice = {"type": "termination_notice", "id": "t", "date": "2018-08-15", "actor": "CZ"}
    assert rulebook.evaluate(notice, lifecycle=IN_FORCE).verdict is cr.Verdict.NOT_APPLICABLE


# ----------------------------------------------------------------------------- 3. nothing presumed silently

TRANSFER = {
    "type": "transfer",
    "id": "t",
    "date": "2026-03-02",
    "actor": "CZ",
    "categories": ["identity"],
    "purpose": "related_procedures",
}


def test_every_default_a_rule_relied_on_is_an_assumption_naming_the_field_and_the_provision(rulebook: cr.Rulebook) -> None:
    ev = rulebook.evaluate(TRANSFER, lifecycle=IN_FORCE)
    assert ev.presumed == ("conditions", "necessary", "proportionate", "destruction_term", "recorded")
    assert ev.assumptions == (
        "conditions: not stated: no conditions were set (Article 9(4), Article 10, item 1).",
        "necessary: not stated, taken as true: the transfer is needed (Article 10, items 2 and 4).",
        "proportionate: not stated, taken as true: the volume of data is appropriate to the purpose (Article 10, item 4).",
        "destruction_term: not stated: no destruction term was informed (Article 10, item 5).",
        "recorded: not stated, taken as true: the sending Party recorded the transfer (Article 10, item 6).",
    )
    stated = {
        **TRANSFER,
        "necessary": True,
        "proportionate": True,
        "destruction_term": "2030-01-01",
        "conditions": [],
        "recorded": True,
    }
    assert rulebook.evaluate(stated, lifecycle=IN_FORCE).presumed == ()
    assert rulebook.evaluate(stated, lifecycle=IN_FORCE).assumptions == ()
    # In every language.
    assert "necessary: neuvedeno, bere se hodnota true: předání je potřebné (čl. 10 body 2 a 4)." in ev.explain("cs")
    assert "necessary: не указано, принято значение true: передача необходима (статья 10, подпункты 2 и 4)." in ev.explain("ru")


def test_a_default_no_rule_relied_on_is_not_reported(rulebook: cr.Rulebook) -> None:
    # A written request: whether the content allows electronic means decides nothing (Art. 9(1) asks it of electronic ones).
    request = {"type": "request", "id": "r", "date": "2026-03-02", "actor": "KZ", "subject": "training", "form": "written"}
    assert "content_allows_electronic" not in rulebook.evaluate(request, lifecycle=IN_FORCE).presumed
    electronic = {**request, "form": "electronic"}
    assert "content_allows_electronic" in rulebook.evaluate(electronic, lifecycle=IN_FORCE).presumed
    # An agreement on another language says nothing of a request in English.
    assert "language_agreed" not in rulebook.evaluate({**request, "language": "en"}, lifecycle=IN_FORCE).presumed
    assert "language_agreed" in rulebook.evaluate({**request, "language": "ru"}, lifecycle=IN_FORCE).presumed


def test_strict_mode_refuses_an_event_that_leaves_a_decisive_fact_unstated_naming_each_field(rulebook: cr.Rulebook) -> None:
    with pytest.raises(cr.UnstatedFacts) as raised:
        rulebook.evaluate(TRANSFER, lifecycle=IN_FORCE, strict=True)
    assert isinstance(raised.value, cr.InvalidEvent)
    assert raised.value.fields == ("conditions", "necessary", "proportionate", "destruction_term", "recorded")
    assert raised.value.code == "unstated_facts"
    assert str(raised.value).startswith("the event leaves decisive legal facts unstated, which strict mode does not accept: ")
    stated = {**TRANSFER, "necessary": True, "proportionate": True, "destruction_term": None, "conditions": [], "recorded": True}
    assert rulebook.evaluate(stated, lifecycle=IN_FORCE, strict=True).verdict is cr.Verdict.PERMITTED
    assert cr.evaluate(stated, lifecycle=IN_FORCE, strict=True).presumed == ()


def test_strict_mode_on_the_command_line_writes_an_error_record_and_goes_on(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    stated = {
        **TRANSFER,
        "id": "ok",
        "necessary": True,
        "proportionate": True,
        "destruction_term": None,
        "conditions": [],
        "recorded": True,
    }
    events.write_text(json.dumps(TRANSFER) + "\n" + json.dumps(stated) + "\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cooperation_rules",
            "evaluate",
            "--strict",
            "--lifecycle",
            str(ROOT / "examples" / "lifecycle.json"),
            str(events),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["line"] == 1 and first["error"] == "unstated_facts"
    assert [e["field"] for e in first["errors"]] == ["conditions", "necessary", "proportionate", "destruction_term", "recorded"]
    assert second["event_id"] == "ok" and second["verdict"] == "permitted"


# ----------------------------------------------------------------------------- 4. acts asked about and acts done


@pytest.mark.parametrize(
    ("fields", "verdict", "rule"),
    [
        ({"act": "asked"}, cr.Verdict.NEEDS_CONSENT, "art_10.use_for_other_purpose_without_consent"),
        ({"act": "done"}, cr.Verdict.PROHIBITED, "art_10.use_for_other_purpose_done_without_consent"),
        ({"act": "done", "sender_consent": True}, cr.Verdict.PERMITTED, "art_10.use_for_other_purpose_with_consent"),
    ],
)
def test_a_use_for_another_purpose_asked_about_needs_consent_done_without_it_is_prohibited(
    rulebook: cr.Rulebook, fields: dict[str, Any], verdict: cr.Verdict, rule: str
) -> None:
    use = {"type": "use", "id": "u", "date": "2026-03-02", "actor": "KZ", "purpose": "other", "within_conditions": True, **fields}
    ev = rulebook.evaluate(use, lifecycle=IN_FORCE)
    assert ev.verdict is verdict
    assert ev.decided_by == (rule,)
    assert [c.eid for c in ev.citations] == ["art_10__point_1"]


def test_an_onward_transfer_done_without_the_senders_consent_is_prohibited(rulebook: cr.Rulebook) -> None:
    onward = {"type": "onward_transfer", "id": "o", "date": "2026-03-02", "actor": "KZ", "recipient": "third_state"}
    assert rulebook.evaluate({**onward, "act": "asked"}, lifecycle=IN_FORCE).verdict is cr.Verdict.NEEDS_CONSENT
    done = rulebook.evaluate({**onward, "act": "done"}, lifecycle=IN_FORCE)
    assert done.verdict is cr.Verdict.PROHIBITED and done.decided_by == ("art_11.onward_transfer_done_without_consent",)
    assert (
        rulebook.evaluate({**onward, "act": "done", "sender_consent": True}, lifecycle=IN_FORCE).verdict is cr.Verdict.PERMITTED
    )
    # Not stated: asked about, and said so.
    assert "act" in rulebook.evaluate(onward, lifecycle=IN_FORCE).presumed


def test_the_sending_partys_own_transfer_for_another_purpose_does_not_need_its_own_consent(rulebook: cr.Rulebook) -> None:
    ev = rulebook.evaluate({**TRANSFER, "purpose": "other", "destruction_term": "2030-01-01"}, lifecycle=IN_FORCE)
    assert ev.verdict is cr.Verdict.PERMITTED
    assert ("must_observe_conditions", "counterpart", False, None) in _duties(ev)
    assert "art_10.transfer_purpose_outside_article_10" in {f.rule for f in ev.findings}


# ----------------------------------------------------------------------------- 6. duties as far as the text reaches


def test_a_destruction_term_already_reached_at_transfer_means_destruction_at_once_recorded(rulebook: cr.Rulebook) -> None:
    ev = rulebook.evaluate({**TRANSFER, "destruction_term": "2026-03-02"}, lifecycle=IN_FORCE)
    assert ("must_destroy", "counterpart", True, None) in _duties(ev)
    assert ("must_record_destruction", "counterpart", True, None) in _duties(ev)
    assert not any(d.due is not None and d.due < D(2026, 3, 2) for d in ev.duties), "no duty dated before the act"
    later = rulebook.evaluate({**TRANSFER, "destruction_term": "2026-03-03"}, lifecycle=IN_FORCE)
    assert ("must_destroy", "counterpart", False, D(2026, 3, 3)) in _duties(later)


@pytest.mark.parametrize(
    "event",
    [
        {"type": "response", "request_id": "r1", "outcome": "fulfilled"},
        {"type": "response", "request_id": "r1", "outcome": "partially_fulfilled", "grounds": ["security"]},
        {"type": "spontaneous_information"},
        {
            "type": "travel_document_notice",
            "channel": "direct",
            "document_number": "1",
            "document_type": "passport",
            "document_status": "lost",
        },
    ],
)
def test_information_received_in_any_act_of_cooperation_must_be_protected(rulebook: cr.Rulebook, event: dict[str, Any]) -> None:
    ev = rulebook.evaluate({**event, "id": "x", "date": "2026-03-02", "actor": "KZ"}, lifecycle=IN_FORCE)
    assert ("must_protect", "counterpart", False, None) in _duties(ev)
    assert "art_11__para_1" in {c.eid for c in ev.citations}
    with_data = rulebook.evaluate(
        {**event, "id": "x", "date": "2026-03-02", "actor": "KZ", "contains_personal_data": True}, lifecycle=IN_FORCE
    )
    assert {("must_record", "both", False, None), ("must_protect", "both", False, None)} <= _duties(with_data)
    assert ("must_inform_destruction_term", "actor", False, D(2026, 3, 2)) in _duties(with_data)


def test_a_suspension_notice_imposes_no_duty_and_its_lifting_is_an_event_too(rulebook: cr.Rulebook) -> None:
    notice = {"type": "suspension_notice", "id": "s", "date": "2026-03-01", "actor": "CZ", "ground": "public_health"}
    ev = rulebook.evaluate(notice, lifecycle=IN_FORCE)
    assert ev.verdict is cr.Verdict.PERMITTED and ev.duties == ()
    assert all(d.kind is not cr.DutyKind.MUST_SUSPEND_COOPERATION for r in rulebook.rules for d in r.duties)
    lifting = {"type": "suspension_lifting_notice", "id": "l", "date": "2026-06-01", "actor": "CZ"}
    lifted = rulebook.evaluate(lifting, lifecycle=IN_FORCE)
    assert (lifted.verdict, lifted.decided_by, lifted.duties) == (cr.Verdict.PERMITTED, ("art_17.lifting_notice",), ())
    assert rulebook.evaluate({**lifting, "date": "2018-08-01"}, lifecycle=IN_FORCE).verdict is cr.Verdict.NOT_APPLICABLE


# ----------------------------------------------------------------------------- 7. a partial suspension reaches every act

PARTIAL = cr.Lifecycle(  # training suspended with effect from 16 March 2026 (notice of 1 March + 15 days)
    notifications_received=(D(2018, 6, 14), D(2018, 7, 20)),  # type: ignore[arg-type]
    suspensions=(
        cr.Suspension(notice_received=D(2026, 3, 1), ground=cr.SuspensionGround.PUBLIC_HEALTH, scope=(cr.Subject.TRAINING,)),
    ),
)


@pytest.mark.parametrize("event_type", ["response", "spontaneous_information", "transfer"])
def test_a_partial_suspension_reaches_answers_information_and_transfers_that_name_the_subject(
    rulebook: cr.Rulebook, event_type: str
) -> None:
    base = {**TRANSFER, "type": "transfer"} if event_type == "transfer" else {"type": event_type, "actor": "CZ"}
    if event_type == "response":
        base = {**base, "request_id": "r1", "outcome": "fulfilled"}
    event = {**base, "id": "x", "date": "2026-04-01", "subject": "training"}
    ev = rulebook.evaluate(event, lifecycle=PARTIAL)
    assert ev.verdict is cr.Verdict.NOT_APPLICABLE
    assert "art_17.subject_suspended" in ev.decided_by
    other = rulebook.evaluate({**event, "subject": "search_for_suspects"}, lifecycle=PARTIAL)
    assert other.verdict is cr.Verdict.PERMITTED
    unnamed = rulebook.evaluate({k: v for k, v in event.items() if k != "subject"}, lifecycle=PARTIAL)
    assert unnamed.verdict is cr.Verdict.PERMITTED and "subject" in unnamed.presumed


def test_personal_data_sent_while_suspended_must_be_protected_and_destroyed_at_once(rulebook: cr.Rulebook) -> None:
    ev = rulebook.evaluate({**TRANSFER, "date": "2026-04-01", "subject": "training"}, lifecycle=PARTIAL)
    assert ev.verdict is cr.Verdict.NOT_APPLICABLE
    assert _duties(ev) == {
        ("must_protect", "counterpart", False, None),
        ("must_destroy", "counterpart", True, None),
        ("must_record_destruction", "counterpart", True, None),
    }


def test_every_destruction_a_bundled_rule_imposes_is_recorded_by_the_same_party_at_the_same_time() -> None:
    """Art. 10 item 6: records "of the transfer, reception and destruction"; each must_destroy has its record."""
    rulebook = cr.Rulebook.load()
    destroying = [r for r in rulebook.rules if any(d.kind == "must_destroy" for d in r.duties)]
    assert len(destroying) > 10
    for rule in destroying:
        timing = [(d.bearer, d.due, d.immediately) for d in rule.duties if d.kind == "must_destroy"]
        recorded = [(d.bearer, d.due, d.immediately) for d in rule.duties if d.kind == "must_record_destruction"]
        assert recorded == timing, rule.id
        assert all("art_10__point_6" in (d.cites or rule.cites) for d in rule.duties if d.kind == "must_record_destruction")


def test_an_authentic_text_in_another_language_is_quoted_under_the_english_line_by_line(tmp_path: Path) -> None:
    """A signed text given in ``rules/texts/<lang>.yaml`` is quoted under the English one, named by its language, each
    of its lines indented under its heading."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    (folder / "texts").mkdir(exist_ok=True)
    (folder / "texts" / "ru.yaml").write_text(
        "art_10__point_5: |-\n  Первая строка образца.\n  Вторая строка образца.\n", encoding="utf-8"
    )
    transfer = {
        "type": "transfer", "id": "t1", "date": "2026-03-02", "actor": "CZ", "categories": ["identity"],
        "purpose": "suppressing_criminal_activity", "destruction_term": "2031-01-01",
    }  # fmt: skip
    lines = cr.Rulebook.load(folder).evaluate(transfer).explain("en").split("\n")
    at = lines.index("    Article 10, item 5 [art_10__point_5]:")
    assert lines[at + 1].startswith('      "the sending Contracting Party in the process of transferring personal data')
    assert lines[at + 2 : at + 5] == [
        "      Authentic text (Russian):",
        '        "Первая строка образца.',
        '        Вторая строка образца."',
    ]
    assert lines[at + 5] == "    Article 10, item 6 [art_10__point_6]:"


def test_a_provision_outside_the_articles_is_named_by_its_own_label(rulebook: cr.Rulebook) -> None:
    before_signature = {
        "type": "request",
        "id": "r",
        "date": "2017-11-01",
        "actor": "KZ",
        "subject": "training",
        "form": "written",
    }
    ev = rulebook.evaluate(before_signature)
    lines = ev.explain("en").split("\n")
    assert "    Final clause [conclusions__para_1]:" in lines
    assert "    Заключительное положение [conclusions__para_1]:" in ev.explain("ru").split("\n")


def test_the_duties_of_the_agreements_life_follow_the_rules_folders_own_agreement(tmp_path: Path) -> None:
    """Entry into force on the first day of the third month after the last notification, in a folder that says so:
    1 October 2018, and the thirty days of Article 13 run from it, to 31 October 2018 (the bundled text gives
    1 September, and 1 October)."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    agreement = folder / "agreement.yaml"
    text = agreement.read_text(encoding="utf-8")
    assert "first_day_of_month_after: 2" in text
    agreement.write_text(text.replace("first_day_of_month_after: 2", "first_day_of_month_after: 3"), encoding="utf-8")
    life = cr.Lifecycle.model_validate({"notifications_received": ["2018-06-14", "2018-07-20"]})
    for engine in ("python", "durable"):
        duties = cr.Rulebook.load(folder).lifecycle_duties(life, engine=engine)
        assert {(d.kind.value, d.due) for d in duties} == {
            ("must_name_competent_authorities", dt.date(2018, 10, 31)),
            ("must_exchange_contacts", dt.date(2018, 10, 31)),
        }
    assert {d.due for d in cr.Rulebook.load(RULES).lifecycle_duties(life)} == {dt.date(2018, 10, 1)}


def test_an_act_is_judged_by_the_rules_folders_own_entry_into_force(tmp_path: Path) -> None:
    """The same folder (entry into force on 1 October 2018): a written request on 15 September 2018 comes before it,
    so the Agreement does not yet apply to it (Art. 18(1)); under the bundled text it has applied since 1 September."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    agreement = folder / "agreement.yaml"
    agreement.write_text(
        agreement.read_text(encoding="utf-8").replace("first_day_of_month_after: 2", "first_day_of_month_after: 3"),
        encoding="utf-8",
    )
    life = cr.Lifecycle.model_validate({"notifications_received": ["2018-06-14", "2018-07-20"]})
    request = {"type": "request", "id": "r1", "date": "2018-09-15", "actor": "CZ", "subject": "training", "form": "written",
               "crime": "organized_crime", "language": "en", "addressed_to_competent_authority": True}  # fmt: skip
    own = cr.Rulebook.load(folder)
    for engine in ("python", "durable"):
        ev = own.evaluate(request, lifecycle=life, engine=engine)
        assert (ev.verdict, ev.decided_by) == (cr.Verdict.NOT_APPLICABLE, ("art_18.not_yet_in_force",))
    assert cr.Rulebook.load(RULES).evaluate(request, lifecycle=life).verdict is cr.Verdict.PERMITTED
