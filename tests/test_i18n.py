"""The four languages of the Agreement (final clause of Article 18: Kazakh, Czech, Russian, English).

What a person reads comes in English, Russian, Czech or Kazakh; wire values stay English; the law
is quoted in the authentic English text, which prevails; the language is chosen per call (or per
command), never globally. Expected words are taken from CLDR (dates, plural rules) and from the
catalogs' glossary.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml

import cooperation_rules as cr
from conftest import EXAMPLES, ROOT, treaty_paragraph
from cooperation_rules import catalogs
from cooperation_rules.catalogs import Language, resolve_locale
from cooperation_rules.evaluation.explain import explain_lifecycle
from cooperation_rules.model.events import EVENT_TYPES
from cooperation_rules.model.vocabulary import Bearer, DutyKind, Subject, SuspensionGround, Verdict
from cooperation_rules.rulebook.outcomes import PRESUMPTION
from cooperation_rules.text import extract
from cooperation_rules.text import localizer as i18n
from cooperation_rules.text.localizer import localizer

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "authentic_texts"

ONWARD = {
    "type": "onward_transfer",
    "id": "cz-fwd-1",
    "date": "2026-03-02",
    "actor": "CZ",
    "recipient": "international_organization",
}
REVIEW = {
    "type": "retention_review",
    "id": "cz-rev-1",
    "date": "2029-03-02",
    "actor": "CZ",
    "destruction_term": "2029-03-01",
}
#: The verdict of ``ONWARD`` (Art. 11(2)), as each language writes it in the headline.
NEEDS_CONSENT = {"en": "NEEDS CONSENT", "ru": "ТРЕБУЕТСЯ СОГЛАСИЕ", "cs": "VYŽADUJE SOUHLAS", "kk": "КЕЛІСІМ ҚАЖЕТ"}


def _evaluate(event: dict[str, Any], **kwargs: Any) -> cr.Evaluation:
    return cr.evaluate(event, engine="python", **kwargs)


# ----------------------------------------------------------------------------- which language


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("cs", "cs"),
        ("cs_CZ.UTF-8", "cs"),
        ("ru_RU.utf8", "ru"),
        ("ru-RU", "ru"),
        ("kk_KZ", "kk"),
        ("kk_Cyrl_KZ.UTF-8", "kk"),
        ("en_GB.UTF-8", "en"),
        ("EN", "en"),
        ("sr_RS@latin", None),
        ("de_DE.UTF-8", None),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("", None),
    ],
)
def test_a_locale_name_is_reduced_to_its_language(name: str, language: str | None) -> None:
    assert catalogs.normalise(name) == (Language(language) if language else None)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "cs_CZ.UTF-8"}, "cs"),
        ({"LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "cs_CZ.UTF-8"}, "kk"),
        ({"LC_ALL": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "cs_CZ.UTF-8"}, "ru"),
        ({"LC_ALL": "", "LANG": "cs_CZ.UTF-8"}, "cs"),  # an empty variable is not set (POSIX)
        ({"LC_ALL": "C", "LANG": "cs_CZ.UTF-8"}, "en"),  # the first one set decides, even unsupported
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_environment_chooses_in_posix_order_with_english_as_fallback(environ: dict[str, str], language: str) -> None:
    assert resolve_locale(None, environ=environ) is Language(language)


def test_an_explicit_locale_wins_over_the_environment() -> None:
    assert resolve_locale("kk", environ={"LC_ALL": "ru_RU.UTF-8"}) is Language.KK
    assert resolve_locale("de", environ={"LC_ALL": "ru_RU.UTF-8"}) is Language.EN, "unsupported: English"


def test_explain_without_a_locale_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    ev = _evaluate(ONWARD)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "cs_CZ.UTF-8")
    assert ev.explain().startswith(f"Událost cz-fwd-1 (předání třetímu státu nebo mezinárodní organizaci): {NEEDS_CONSENT['cs']}")
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    assert NEEDS_CONSENT["ru"] in ev.explain().splitlines()[0]
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert ev.explain() == ev.explain("en")


def test_an_unsupported_locale_gives_english() -> None:
    ev = _evaluate(ONWARD)
    assert ev.explain("de") == ev.explain("en") == ev.explain("en_US.UTF-8")


# ----------------------------------------------------------------------------- what people read


@pytest.mark.parametrize(
    ("locale", "label", "law"),
    [
        (
            "en",
            "Article 11(2)",
            "The law, quoted word for word from the English text published with Government Resolution No. 411 as an "
            "unofficial translation",
        ),
        ("ru", "Статья 11, пункт 2", "опубликованного вместе с постановлением Правительства № 411 как неофициальный перевод"),
        ("cs", "Článek 11, odstavec 2", "zveřejněného s usnesením vlády č. 411 jako neoficiální překlad"),
        ("kk", "11-бап, 2-тармақ", "№ 411 қаулысымен бірге ресми емес аударма ретінде жарияланған ағылшын тіліндегі мәтіннен"),
    ],
)
def test_explain_speaks_the_language_and_quotes_the_english_text_which_prevails(locale: str, label: str, law: str) -> None:
    """Art. 11(2) decides; the headline, the reason and the label are translated, the quotation is not."""
    ev = _evaluate(ONWARD)
    text = ev.explain(locale)
    assert NEEDS_CONSENT[locale] in text.splitlines()[0]
    assert f"{label} [art_11__para_2]:" in text
    assert law in text
    english = treaty_paragraph("2. Submission to third states").removeprefix("2. ")
    assert english in " ".join(text.split()), "the authentic English text, verbatim"
    assert "[art_11.onward_transfer_without_consent]" in text, "rule ids stay as on the wire"
    reason = catalogs.translations(Language(locale)).gettext(ev.findings[0].explanation)
    assert f"    - {reason} [art_11.onward_transfer_without_consent]" in text
    if locale != "en":
        assert reason != ev.findings[0].explanation


def test_the_default_english_text_keeps_its_form() -> None:
    ev = _evaluate(REVIEW)
    text = ev.explain("en")
    lines = text.splitlines()
    assert lines[0] == "Event cz-rev-1 (retention review): PROHIBITED"
    assert lines[1].startswith("  Decided by: art_10.")
    assert "  Duties:" in lines and "  Why:" in lines and "  Assumptions:" in lines
    # Art. 10 item 5: the destruction term the sending Party informed has come; destroy now.
    assert any(line.startswith("    - Destroy the personal data (must_destroy) — the acting Party (CZ)") for line in lines)
    assert "    Article 10, item 5 [art_10__point_5]:" in lines
    assert f"    - {PRESUMPTION}" in lines


@pytest.mark.parametrize(
    ("locale", "headline", "duty", "label", "presumed"),
    [
        (
            "ru",
            "Событие cz-rev-1 (проверка необходимости хранения данных): ЗАПРЕЩЕНО",
            "Уничтожить персональные данные (must_destroy) — Сторона, совершающая действие (CZ)",
            "Статья 10, подпункт 5",
            "Соглашение считается вступившим в силу 1 сентября 2018 года",
        ),
        (
            "cs",
            "Událost cz-rev-1 (přezkum uchovávání údajů): ZAKÁZÁNO",
            "Zničit osobní údaje (must_destroy) — jednající strana (CZ)",
            "Článek 10, bod 5",
            "má se za to, že Dohoda vstoupila v platnost 1. září 2018",
        ),
        (
            "kk",
            "Оқиға cz-rev-1 (деректерді сақтау қажеттілігін тексеру): ТЫЙЫМ САЛЫНАДЫ",
            "Дербес деректерді жою (must_destroy) — әрекетті жасаушы Тарап (CZ)",
            "10-бап, 5-тармақша",
            "2018 жылғы 1 қыркүйекте күшіне енді деп есептеледі",
        ),
    ],
)
def test_every_part_of_an_explanation_is_translated(locale: str, headline: str, duty: str, label: str, presumed: str) -> None:
    text = _evaluate(REVIEW).explain(locale)
    assert text.splitlines()[0] == headline
    assert f"    - {duty}" in text
    assert f"    {label} [art_10__point_5]:" in text
    assert presumed in text, "the assumption without a lifecycle"
    assert "Decided by" not in text and "Duties:" not in text and "Why:" not in text and "Assumptions:" not in text


def test_verdicts_that_give_way_are_named_in_the_language() -> None:
    transfer = {
        "type": "transfer",
        "id": "t-health",
        "date": "2026-03-02",
        "actor": "KZ",
        "categories": ["health"],
        "purpose": "suppressing_criminal_activity",
        "necessary": False,
    }
    ev = _evaluate(transfer)
    general = {
        locale: next(line for line in ev.explain(locale).splitlines() if "[art_10.transfer]" in line) for locale in NEEDS_CONSENT
    }
    assert general["en"].endswith("(its verdict, permitted, gives way)")
    assert general["ru"].endswith("(вывод этого правила, «разрешено», уступает)")
    assert general["cs"].endswith("(jeho výrok „povoleno“ ustupuje)")
    assert general["kk"].endswith("(бұл қағиданың «рұқсат етіледі» деген қорытындысы басым болмайды)")


@pytest.mark.parametrize("locale", ["ru", "cs", "kk"])
def test_every_rule_explanation_and_assumption_has_a_translation(locale: str) -> None:
    words = localizer(locale)
    rulebook = cr.default_rulebook()
    texts = [r.explain for r in rulebook.rules] + [r.assumes for r in rulebook.rules if r.assumes] + [PRESUMPTION]
    untranslated = [t for t in texts if words.gettext(t) == t]
    assert untranslated == []


def test_every_wire_value_people_read_has_a_name_in_every_language() -> None:
    for locale in ("en", "ru", "cs", "kk"):
        words = localizer(locale)
        names = [
            *(words.verdict(v) for v in Verdict),
            *(words.duty(k) for k in DutyKind),
            *(words.bearer(b) for b in Bearer),
            *(words.event_type(t) for t in EVENT_TYPES),
            *(words.subject(s) for s in Subject),
            *(words.suspension_ground(g) for g in SuspensionGround),
        ]
        assert all(names), locale
        assert "_" not in "".join(names), f"{locale}: a snake_case wire value shown as a name"
        if locale != "en":
            english = localizer("en")
            assert {words.duty(k) for k in DutyKind}.isdisjoint({english.duty(k) for k in DutyKind})
    assert set(i18n.EVENT_TYPE_NAMES) == set(EVENT_TYPES)


@pytest.mark.parametrize(
    ("eid", "expected"),
    [
        (
            "art_10__point_5",
            {"en": "Article 10, item 5", "ru": "Статья 10, подпункт 5", "cs": "Článek 10, bod 5", "kk": "10-бап, 5-тармақша"},
        ),
        (
            "art_9__para_4",
            {"en": "Article 9(4)", "ru": "Статья 9, пункт 4", "cs": "Článek 9, odstavec 4", "kk": "9-бап, 4-тармақ"},
        ),
        (
            "art_10__intro",
            {
                "en": "Article 10, introductory words",
                "ru": "Статья 10, вводная часть",
                "cs": "Článek 10, úvodní část ustanovení",
                "kk": "10-бап, кіріспе бөлігі",
            },
        ),
        ("art_12", {"en": "Article 12", "ru": "Статья 12", "cs": "Článek 12", "kk": "12-бап"}),
        (
            "conclusions__para_1",
            {"en": "Final clause", "ru": "Заключительное положение", "cs": "Závěrečné ustanovení", "kk": "Қорытынды ереже"},
        ),
    ],
)
def test_provision_labels_in_each_language(eid: str, expected: dict[str, str]) -> None:
    provision = cr.provision(eid)
    for locale, label in expected.items():
        assert localizer(locale).provision_label(eid, provision.label) == label


def test_english_labels_are_the_treatys_labels_and_every_label_is_translated() -> None:
    english, others = localizer("en"), [localizer(x) for x in ("ru", "cs", "kk")]
    for p in cr.default_rulebook().treaty:
        assert english.provision_label(p.eid, p.label) == p.label
        for words in others:
            assert words.provision_label(p.eid, p.label) != p.label, (words.language, p.eid)


# ----------------------------------------------------------------------------- dates, durations, plurals


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "September 1, 2018"), ("cs", "1. září 2018"), ("ru", "1 сентября 2018 года"), ("kk", "2018 жылғы 1 қыркүйек")],
)
def test_dates_are_written_in_the_languages_long_form(locale: str, expected: str) -> None:
    """Art. 18(1): notifications of 14 June and 20 July 2018 -> in force on 1 September 2018, written as each
    language's legal texts write a date ("года" and "жылғы" spelled out, not CLDR's "г." and "ж.")."""
    assert localizer(locale).date(dt.date(2018, 9, 1)) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", ["1 day", "2 days", "5 days", "15 days", "21 days", "30 days", "183 days"]),
        ("cs", ["1 den", "2 dny", "5 dnů", "15 dnů", "21 dnů", "30 dnů", "183 dnů"]),
        ("ru", ["1 день", "2 дня", "5 дней", "15 дней", "21 день", "30 дней", "183 дня"]),
        ("kk", ["1 күн", "2 күн", "5 күн", "15 күн", "21 күн", "30 күн", "183 күн"]),
    ],
)
def test_durations_are_days_with_the_languages_plural_forms_never_weeks(locale: str, expected: list[str]) -> None:
    """Art. 17: fifteen days; Art. 13: thirty days; Art. 18(2): six months (here 183 days)."""
    assert [localizer(locale).days(n) for n in (1, 2, 5, 15, 21, 30, 183)] == expected


@pytest.mark.parametrize(
    ("locale", "forms"),
    [
        ("en", {1: "1 line could", 2: "2 lines could", 5: "5 lines could", 21: "21 lines could"}),
        ("cs", {1: "1 řádek se", 2: "2 řádky se", 5: "5 řádků se", 21: "21 řádků se"}),
        ("ru", {1: "1 строку не", 2: "2 строки не", 5: "5 строк не", 21: "21 строку не"}),
        ("kk", {1: "1 жолды", 2: "2 жолды", 5: "5 жолды", 21: "21 жолды"}),
    ],
)
def test_counted_messages_use_the_languages_plural_forms(locale: str, forms: dict[int, str]) -> None:
    words = localizer(locale)
    for n, start in forms.items():
        message = words.ngettext(
            "%(count)d line could not be evaluated; see the error records",
            "%(count)d lines could not be evaluated; see the error records",
            n,
        ) % {"count": n}
        assert message.startswith(start), (n, message)


def test_the_agreements_life_in_each_language() -> None:
    """Art. 18(1): in force 1 September 2018; Art. 17: the suspension noticed on 20 March 2020 has
    effect fifteen days later, 4 April 2020; Art. 13(1): thirty days from entry into force."""
    life = cr.Lifecycle.from_file(EXAMPLES / "lifecycle.json")
    duties = cr.default_rulebook().lifecycle_duties(life, engine="python")
    expected = {
        "en": [
            "entry into force September 1, 2018",
            "in effect from April 4, 2020, 15 days after the notice",
            "due October 1, 2018, 30 days after entry into force",
        ],
        "cs": [
            "vstup v platnost 1. září 2018",
            "účinné od 4. dubna 2020, 15 dnů po oznámení",
            "lhůta: 1. října 2018, 30 dnů po vstupu v platnost",
        ],
        "ru": [
            "вступление в силу — 1 сентября 2018 года",
            "действует с 4 апреля 2020 года, через 15 дней после уведомления",
            "срок: 1 октября 2018 года, через 30 дней после вступления в силу",
        ],
        "kk": [
            "күшіне енуі — 2018 жылғы 1 қыркүйек",
            "хабарламадан кейін 15 күн өткен соң",
            "күшіне енгеннен кейін 30 күн өткен соң",
        ],
    }
    for locale, phrases in expected.items():
        text = explain_lifecycle(life, duties, locale=locale)
        for phrase in phrases:
            assert phrase in text, (locale, phrase, text)
        assert not any(week in text.lower() for week in ("week", "týd", "недел", "апта")), locale


# ----------------------------------------------------------------------------- no global language


def test_two_threads_explaining_in_two_languages_at_once_each_get_their_own() -> None:
    ev = _evaluate(ONWARD)
    expected = {"cs": ev.explain("cs"), "kk": ev.explain("kk")}
    assert expected["cs"] != expected["kk"]
    start = threading.Barrier(2)
    results: dict[str, list[str]] = {"cs": [], "kk": []}

    def work(locale: str) -> None:
        start.wait()
        for _ in range(300):
            results[locale].append(ev.explain(locale))

    threads = [threading.Thread(target=work, args=(locale,)) for locale in expected]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for locale, texts in results.items():
        assert len(texts) == 300
        assert all(text == expected[locale] for text in texts), locale
    assert not hasattr(builtins, "_"), "no gettext.install(): builtins untouched"


# ----------------------------------------------------------------------------- errors


def test_error_messages_are_english_on_the_wire_and_translated_for_people() -> None:
    with pytest.raises(cr.UnknownProvision) as caught:
        cr.provision("art_10__point_55")
    error = caught.value
    assert str(error).startswith("no provision with eId 'art_10__point_55' (did you mean ")
    assert error.localized("cs").startswith("žádné ustanovení s eId 'art_10__point_55' (mysleli jste ")
    assert error.localized("ru").startswith("нет положения с eId 'art_10__point_55'")
    with pytest.raises(cr.InvalidEvent) as bad:
        cr.parse_event('{"type": "request"}', line=7)
    assert str(bad.value).startswith("line 7: invalid event: ")
    assert bad.value.localized("kk").startswith("7-жол: қате сипатталған оқиға: ")
    assert bad.value.localized("en") == str(bad.value)
    gap = cr.RuleFileError("art_12.yaml", "unknown fact 'colour'", rule="art_12.x", field="when.0.fact")
    assert str(gap) == "art_12.yaml, rule 'art_12.x', field 'when.0.fact': unknown fact 'colour'"
    assert gap.localized("cs") == "art_12.yaml, pravidlo 'art_12.x', pole 'when.0.fact': unknown fact 'colour'"


# ----------------------------------------------------------------------------- the extractor


def test_the_rules_extractor_finds_explanations_assumptions_and_labels(tmp_path: Path) -> None:
    rule_file = tmp_path / "art_99.yaml"
    rule_file.write_text(
        "title: Article 99\n"
        "text:\n"
        "  - {eid: art_99, label: A label of its own, text: Some text.}\n"
        "rules:\n"
        "  - id: art_99.a\n"
        "    applies_to: [request]\n"
        "    cites: [art_99]\n"
        "    explain: >-\n"
        "      A reason\n"
        "      folded over two lines.\n"
        "    assumes: An assumption it makes.\n",
        encoding="utf-8",
    )
    with rule_file.open("rb") as handle:
        found = list(extract.extract_rules(handle, ["gettext", "pgettext"], [], {}))
    messages = {message: comments for _, _, message, comments in found}
    assert messages[("provision", "A label of its own")] == ["provision art_99"]
    assert messages["A reason folded over two lines."] == ["rule art_99.a: explain"]
    assert messages["An assumption it makes."] == ["rule art_99.a: assumes"]


# ----------------------------------------------------------------------------- other authentic texts


def _rules_with_texts(tmp_path: Path, *files: tuple[str, str]) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "texts").mkdir()
    for fixture, name in files:
        shutil.copy(FIXTURES / fixture, rules / "texts" / name)
    return rules


def test_the_bundled_rules_carry_no_invented_translation_of_the_treaty() -> None:
    assert not (ROOT / "rules" / "texts").exists()
    ev = _evaluate(ONWARD)
    assert all(c.authentic_texts == {} for c in ev.citations)
    assert ev.model_dump(mode="json")["citations"][0]["authentic_texts"] == {}


def test_an_authentic_text_in_another_language_is_quoted_beside_the_english_one(tmp_path: Path) -> None:
    rulebook = cr.Rulebook.load(_rules_with_texts(tmp_path, ("ru.yaml", "ru.yaml")), engine="python")
    ev = rulebook.evaluate(ONWARD)
    (citation,) = ev.citations
    fixture = yaml.safe_load((FIXTURES / "ru.yaml").read_text(encoding="utf-8"))
    assert citation.authentic_texts == {"ru": fixture["art_11__para_2"]}
    assert citation.text == treaty_paragraph("2. Submission to third states").removeprefix("2. "), "English stays the text"
    text = ev.explain("cs")
    english_at = text.index("„" + citation.text)
    russian_at = text.index("Autentické znění (ruština):")
    assert english_at < russian_at, "the prevailing English text comes first"
    assert "„" + fixture["art_11__para_2"] + "“" in text
    assert "Аутентичный текст (русский):" in ev.explain("ru")
    # Citations of provisions the file does not cover carry none.
    review = rulebook.evaluate(REVIEW)
    by_eid = {c.eid: c.authentic_texts for c in review.citations}
    assert by_eid["art_10__point_5"] == {"ru": fixture["art_10__point_5"]}
    assert all(texts == {} for eid, texts in by_eid.items() if eid != "art_10__point_5")


def test_an_authentic_text_for_an_unknown_eid_is_an_error_naming_the_file_and_the_eid(tmp_path: Path) -> None:
    with pytest.raises(cr.RuleFileError) as caught:
        cr.Rulebook.load(_rules_with_texts(tmp_path, ("unknown_eid.yaml", "kk.yaml")))
    assert caught.value.file == "texts/kk.yaml"
    assert caught.value.field == "art_99__para_1"
    assert "art_99__para_1" in str(caught.value) and "texts/kk.yaml" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "fault"),
    [
        ("de.yaml", "art_11__para_2: Text.\n", "expected one of: kk.yaml, cs.yaml, ru.yaml"),
        ("en.yaml", "art_11__para_2: Text.\n", "expected one of"),
        ("cs.yaml", "- a list\n", "a mapping from eIds to texts"),
        ("cs.yaml", "art_11__para_2: ''\n", "non-empty string"),
        ("cs.yaml", "art_11__para_2: [\n", "not valid YAML"),
    ],
)
def test_a_faulty_authentic_text_file_is_refused(tmp_path: Path, name: str, content: str, fault: str) -> None:
    rules = _rules_with_texts(tmp_path)
    (rules / "texts" / name).write_text(content, encoding="utf-8")
    with pytest.raises(cr.RuleFileError) as caught:
        cr.Rulebook.load(rules)
    assert caught.value.file == f"texts/{name}"
    assert fault in str(caught.value)


# ----------------------------------------------------------------------------- the command line


def _cli(*args: str, env: dict[str, str] | None = None, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    return subprocess.run(
        [sys.executable, "-m", "cooperation_rules.cli", *args],
        input=stdin.decode("utf-8"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**base, **(env or {})},
        timeout=120,
        check=False,
    )


EVENTS = str(EXAMPLES / "events.jsonl")
LIFECYCLE = str(EXAMPLES / "lifecycle.json")


@pytest.mark.parametrize(
    ("locale", "first_event", "line_word"),
    [
        ("ru", "Строка 1: Событие kz-req-2019-0031 (запрос): РАЗРЕШЕНО", "Строка"),
        ("cs", "Řádek 1: Událost kz-req-2019-0031 (žádost): POVOLENO", "Řádek"),
        ("kk", "1-жол: Оқиға kz-req-2019-0031 (сұрау салу): РҰҚСАТ ЕТІЛЕДІ", "-жол"),
        ("en", "Line 1: Event kz-req-2019-0031 (request): PERMITTED", "Line"),
    ],
)
def test_explain_locale_reads_the_examples_in_each_language(locale: str, first_event: str, line_word: str) -> None:
    done = _cli("explain", EVENTS, "--lifecycle", LIFECYCLE, "--locale", locale)
    assert done.returncode == 0, done.stderr
    assert first_event in done.stdout
    count = sum(1 for line in Path(EVENTS).read_text(encoding="utf-8").splitlines() if line.strip())
    assert sum(1 for line in done.stdout.splitlines() if line_word in line.split(":")[0]) == count
    assert treaty_paragraph("1. Information and other forms of assistance").removeprefix("1. ") in " ".join(done.stdout.split())


def test_the_command_takes_its_language_from_the_environment() -> None:
    czech = _cli("explain", EVENTS, env={"LANG": "cs_CZ.UTF-8"})
    assert "Řádek 1: Událost kz-req-2019-0031 (žádost): POVOLENO" in czech.stdout
    russian = _cli("explain", EVENTS, env={"LANG": "cs_CZ.UTF-8", "LC_ALL": "ru_RU.UTF-8"})
    assert "Строка 1: Событие kz-req-2019-0031 (запрос): РАЗРЕШЕНО" in russian.stdout
    option = _cli("explain", EVENTS, "--locale", "kk", env={"LC_ALL": "ru_RU.UTF-8"})
    assert "1-жол: Оқиға kz-req-2019-0031" in option.stdout
    fallback = _cli("explain", EVENTS, env={"LANG": "de_DE.UTF-8"})
    assert "Line 1: Event kz-req-2019-0031 (request): PERMITTED" in fallback.stdout


def test_an_unsupported_locale_option_is_a_usage_error() -> None:
    done = _cli("explain", EVENTS, "--locale", "de")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "unsupported locale 'de'; supported: en, ru, cs, kk" in done.stderr
    assert _cli("explain", EVENTS, "--locale", "cs_CZ.UTF-8").returncode == 0


def test_the_json_output_stays_english_whatever_the_language() -> None:
    english = _cli("evaluate", EVENTS, "--engine", "python")
    russian = _cli("evaluate", EVENTS, "--engine", "python", env={"LC_ALL": "ru_RU.UTF-8"})
    assert english.returncode == russian.returncode == 0
    assert english.stdout == russian.stdout
    first = json.loads(russian.stdout.splitlines()[0])
    assert first["verdict"] == "permitted" and first["duties"][0]["kind"] == "must_respond"


def test_messages_on_standard_error_are_translated_with_plural_forms() -> None:
    bad = b'{"type": "request"}\n{"type": "nothing"}\n'
    czech = _cli("evaluate", "-", env={"LANG": "cs_CZ.UTF-8"}, stdin=bad)
    assert czech.returncode == 1
    assert "cooperation-rules: 2 řádky se nepodařilo vyhodnotit; viz záznamy o chybách" in czech.stderr
    assert json.loads(czech.stdout.splitlines()[0])["error"] == "invalid_event", "the records keep their wire form"
    russian = _cli("provision", "art_99", "--locale", "ru")
    assert russian.returncode == 2
    assert russian.stderr.startswith("cooperation-rules: ошибка: нет положения с eId 'art_99'")


def test_provision_and_help_in_the_language() -> None:
    done = _cli("provision", "art_10__point_5", "--locale", "kk")
    first, _, text = done.stdout.partition("\n")
    assert first == "10-бап, 5-тармақша [art_10__point_5]"
    assert " ".join(text.split()) == treaty_paragraph("5) the sending Contracting Party in the process").removeprefix("5) ")
    help_text = _cli("explain", "--help", "--locale", "ru").stdout
    assert "прочитать события JSON Lines и вывести каждое решение" in help_text
    assert "--locale LANG" in help_text
