"""The message catalogs: up to date with the code and the rules, complete, consistent, and loaded.

These are the checks of the catalogs that CI runs (``make test``): a fresh ``pybabel extract``
(Python code and every rule's ``explain`` and ``assumes``) gives exactly the messages of the
committed template; ``pybabel update --check`` finds every catalog in step with the template;
no entry is untranslated, fuzzy or obsolete; ``catalog.check()`` finds no placeholder or plural
error; the terms of ``GLOSSARY.md`` are kept; and every supported language loads a real compiled
catalog, not the silent English fallback.
"""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from conftest import ROOT
from cooperation_rules import catalogs, default_rulebook
from cooperation_rules.catalogs import Language
from cooperation_rules.model.vocabulary import Verdict
from cooperation_rules.text import localizer as i18n

LOCALE = ROOT / "src" / "cooperation_rules" / "locale"
TEMPLATE = LOCALE / "messages.pot"
GLOSSARY = LOCALE / "GLOSSARY.md"
TRANSLATED = [lang for lang in Language if lang is not Language.EN]


def _pybabel() -> str:
    found = Path(sys.executable).with_name("pybabel")
    return str(found) if found.exists() else (shutil.which("pybabel") or "pybabel")


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _po(language: Language) -> Path:
    return LOCALE / language.value / "LC_MESSAGES" / "messages.po"


def _keys(catalog: Catalog) -> set[tuple[str | None, str | tuple[str, ...]]]:
    return {(m.context, m.id) for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A template extracted now from the code and the rules, as ``pybabel extract`` does it."""
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    done = subprocess.run(
        [_pybabel(), "extract", "-F", "pyproject.toml", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return _read(out)


def test_the_template_is_up_to_date_with_the_code_and_the_rules(extracted: Catalog) -> None:
    committed = _read(TEMPLATE)
    fresh, stored = _keys(extracted), _keys(committed)
    assert fresh - stored == set(), "messages in the code or rules/ missing from messages.pot: run pybabel extract"
    assert stored - fresh == set(), "messages in messages.pot no longer in the code or rules/: run pybabel extract"
    for message in extracted:
        if message.id:
            stored_message = committed.get(message.id, message.context)
            assert stored_message is not None and stored_message.locations == message.locations, message.id


def test_the_extraction_finds_every_rule_explanation_and_assumption(extracted: Catalog) -> None:
    from cooperation_rules.rulebook.outcomes import PRESUMPTION

    rulebook = default_rulebook()
    ids = {m.id for m in extracted if isinstance(m.id, str)}
    assert {r.explain for r in rulebook.rules} <= ids
    assert {r.assumes for r in rulebook.rules if r.assumes} <= ids
    assert PRESUMPTION in ids
    labels = {m.id for m in extracted if m.context == "provision"}
    assert "Final clause" in labels and "Preamble" in labels


def test_pybabel_update_check_finds_every_catalog_up_to_date() -> None:
    done = subprocess.run(
        [_pybabel(), "update", "--check", "-i", str(TEMPLATE), "-d", str(LOCALE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "All the catalogs are up-to-date." in done.stderr


def test_there_is_a_catalog_for_each_language_and_no_other() -> None:
    found = sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/messages.po"))
    assert found == sorted(lang.value for lang in Language)


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_no_entry_is_untranslated_fuzzy_or_obsolete(language: Language) -> None:
    catalog = _read(_po(language), language.value)
    assert not catalog.fuzzy, "the header is fuzzy: pybabel compile would skip the whole catalog"
    assert catalog.obsolete == {}
    untranslated = [m.id for m in catalog if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert _keys(catalog) == _keys(_read(TEMPLATE))


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_catalog_check_finds_no_placeholder_or_plural_error(language: Language) -> None:
    catalog = _read(_po(language), language.value)
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert problems == []


@pytest.mark.parametrize(("language", "forms"), [("en", 2), ("ru", 3), ("cs", 3), ("kk", 2)])
def test_plural_forms_are_the_languages_own(language: str, forms: int) -> None:
    catalog = _read(_po(Language(language)), language)
    assert catalog.num_plurals == forms
    plurals = [m for m in catalog if isinstance(m.id, tuple)]
    assert plurals, "the catalogs have plural messages"
    assert all(len(m.string) == forms for m in plurals)


def test_english_messages_are_the_message_ids() -> None:
    catalog = _read(_po(Language.EN), "en")
    differing = [m.id for m in catalog if m.id and m.string != m.id]
    assert differing == []


def test_translations_differ_from_english() -> None:
    """A message copied untranslated would pass the completeness check; only labels-like codes may stay."""
    for language in TRANSLATED:
        catalog = _read(_po(language), language.value)
        same = [m.id for m in catalog if isinstance(m.id, str) and m.id and m.string == m.id]
        assert same == ["%(duty)s (%(kind)s) — %(bearer)s (%(parties)s); %(when)s [%(rule)s]"], language


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_kazakh_russian_and_czech_use_their_own_scripts(language: Language) -> None:
    catalog = _read(_po(language), language.value)
    texts = " ".join(m.string for m in catalog if isinstance(m.string, str) and m.id)
    cyrillic = len(re.findall(r"[\u0400-\u04FF]", texts))
    latin = len(re.findall(r"[A-Za-z\u00C0-\u017F]", re.sub(r"%\(\w+\)[sd]|\b[a-z]+_[a-z_]+\b|JSON|eId|Akoma Ntoso", "", texts)))
    if language is Language.CS:
        assert cyrillic == 0
    else:
        assert cyrillic > 20 * latin, (cyrillic, latin)
    if language is Language.KK:
        assert set("әғқңөұүі") <= set(texts), "Kazakh Cyrillic letters"


# ----------------------------------------------------------------------------- the glossary

_CELL = re.compile(r"`([^`]+)`")


def _glossary_rows() -> list[tuple[str, dict[Language, list[str]]]]:
    text = GLOSSARY.read_text(encoding="utf-8").split("## Terms", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in text.splitlines():
        if not line.startswith("| ") or line.startswith("| English"):
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        patterns = [_CELL.search(c) for c in cells]
        if not all(patterns):
            continue
        english, *stems = (p.group(1).replace("\\|", "|") for p in patterns if p)
        rows.append((english, {lang: s.split("|") for lang, s in zip(TRANSLATED, stems, strict=True)}))
    return rows


def test_the_glossary_has_terms_for_every_language() -> None:
    rows = _glossary_rows()
    assert len(rows) >= 30
    english = [e for e, _ in rows]
    for term in ("[Pp]ersonal data", "competent authorit", "consent", "[Dd]estr", "refus", "Agreement"):
        assert term in english


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_every_message_keeps_the_glossary_terms(language: Language) -> None:
    catalog = _read(_po(language), language.value)
    rows = [(re.compile(e), stems[language]) for e, stems in _glossary_rows()]
    breaches = []
    for m in catalog:
        if not isinstance(m.id, str) or not m.id:
            continue
        english = re.sub(r"%\(\w+\)[sd]", "", m.id)
        translation = m.string.lower()
        for pattern, stems in rows:
            if pattern.search(english) and not any(s.lower() in translation for s in stems):
                breaches.append(f"{pattern.pattern!r} -> {stems}: {m.id[:60]!r} = {m.string[:80]!r}")
    assert breaches == []


# ----------------------------------------------------------------------------- the compiled catalogs


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_every_supported_language_loads_a_real_compiled_catalog(language: Language) -> None:
    assert catalogs.catalog_path(language).is_file(), "compiled by the build (pip install -e . or hatch_build.py)"
    assert catalogs.has_catalog(language), "a real catalog, not the silent English fallback"
    words = i18n.localizer(language.value)
    assert words.language is language
    expected = {"en": "permitted", "ru": "разрешено", "cs": "povoleno", "kk": "рұқсат етіледі"}[language.value]
    assert words.verdict(Verdict.PERMITTED) == expected


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_the_compiled_catalogs_match_their_sources(language: Language) -> None:
    """A ``.po`` edited after the last build leaves a stale ``.mo``: rebuild (``make setup`` or hatch_build.py)."""
    catalog = _read(_po(language), language.value)
    loaded = catalogs.translations(language)
    plural = gettext.c2py(catalog.plural_expr)
    stale = []
    for m in catalog:
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            got = tuple(loaded.ngettext(m.id[0], m.id[1], n) for n in (1, 2, 5))
            want = tuple(m.string[plural(n)] for n in (1, 2, 5))
        else:
            got = loaded.pgettext(m.context, m.id) if m.context else loaded.gettext(m.id)
            want = m.string
        if got != want:
            stale.append(m.id)
    assert stale == [], "the .mo files are older than the .po files: run `python hatch_build.py` or `make setup`"
