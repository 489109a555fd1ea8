"""The legend of the scenarios has one home, ``docs/legend.yaml``: it is written in the four languages, says what a
lawyer would sign, ``docs/legend.md`` is its generated English rendering, and the feature files' preambles use its
words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import FEATURES, ROOT
from cooperation_rules.cli import main
from cooperation_rules.text.localizer import localizer
from cooperation_rules.tools.legend import Entry, Legend, Section, Words, legend_markdown, read_legend

LEGEND_YAML = ROOT / "docs" / "legend.yaml"
LEGEND_MD = ROOT / "docs" / "legend.md"


def _markdown(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["docs", "legend", "--markdown", "--legend", str(LEGEND_YAML), *options]) == 0
    return capsys.readouterr().out


def test_the_committed_legend_md_is_the_english_rendering_of_legend_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    """docs/legend.md is generated: edit docs/legend.yaml and run the command its first line names."""
    fresh = _markdown(capsys)
    committed = LEGEND_MD.read_text(encoding="utf-8")
    assert committed.splitlines()[0] == (
        "*Generated from `docs/legend.yaml` by the command `cooperation-rules docs legend --markdown`: "
        "edit `docs/legend.yaml`, not this file.*"
    )
    assert committed == fresh, "docs/legend.md is stale: run `cooperation-rules docs legend --markdown > docs/legend.md`"


def test_the_markdown_legend_in_another_language_names_its_command(capsys: pytest.CaptureFixture[str]) -> None:
    out = _markdown(capsys, "--locale", "cs")
    first, _, title = out.splitlines()[:3]
    assert first == (
        "*Vytvořeno z `docs/legend.yaml` příkazem `cooperation-rules docs legend --markdown --locale cs`: "
        "upravujte `docs/legend.yaml`, nikoli tento soubor.*"
    )
    assert title == "# Jak číst scénáře"


def test_markup_in_the_legend_stays_text_in_markdown() -> None:
    words = Words(en="features/*.feature <b>[x](y)</b> `z` snake_case")
    legend = Legend(title=words, sections=(Section(title=words, entries=(Entry(term=words, meaning=words),)),))
    out = legend_markdown(legend, localizer("en"), source="legend.yaml", command="make-it")
    escaped = r"features/\*.feature \<b\>\[x\](y)\</b\> \`z\` snake\_case"
    assert out.splitlines()[2] == f"# {escaped}"
    assert out.splitlines()[-1] == f"- **{escaped}**: {escaped}"


def test_docs_legend_refuses_markdown_and_a_prefix_together(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["docs", "legend", "--legend", str(LEGEND_YAML), "--markdown", "--prefix", "# "])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def _texts(node: Any, where: str) -> list[tuple[str, dict[str, str]]]:
    """Every text of the legend file (a mapping with an ``en`` key), with where it stands."""
    if isinstance(node, dict):
        if "en" in node:
            return [(where, node)]
        return [t for k, v in node.items() for t in _texts(v, f"{where}.{k}")]
    if isinstance(node, list):
        return [t for i, v in enumerate(node) for t in _texts(v, f"{where}[{i}]")]
    return []


def test_every_text_of_the_legend_is_written_in_the_four_languages() -> None:
    texts = _texts(yaml.safe_load(LEGEND_YAML.read_text(encoding="utf-8")), "legend")
    assert len(texts) > 60  # title, introductions, section titles, terms and meanings
    missing = [f"{where}: {lang}" for where, text in texts for lang in ("en", "ru", "cs", "kk") if not text.get(lang)]
    assert not missing, missing
    untranslated = [where for where, text in texts if len({text["en"], text["ru"], text["cs"]}) < 3]
    assert not untranslated, untranslated


def test_the_legend_says_what_a_lawyer_would_sign() -> None:
    """The meanings the scenarios rest on, in the words a lawyer signs (written out here, not read from the file)."""
    legend = read_legend(LEGEND_YAML)
    meanings = {e.term.en: e.meaning.en for s in legend.sections for e in s.entries}
    assert legend.intro is not None
    assert "quoted in English only, from an unofficial translation: it is not an authentic text" in legend.intro.en
    assert meanings["the request is permitted"].startswith("The request is properly made under the Agreement")
    assert "may still refuse it on a ground of Article 9(4)" in meanings["the request is permitted"]
    assert "otherwise unfounded" in meanings["the claim is permitted / prohibited"]
    assert "not that making the claim is a breach" in meanings["the claim is permitted / prohibited"]
    assert meanings["no duty arises"].startswith("No duty arises under this Agreement.")
    assert meanings["no other duty arises"] == (
        "The duties listed before it are all the duties this Agreement attaches to the act."
    )
    assert meanings["immediately"].startswith("At once: due on the day of the act.")
    assert "the decision cites only ..." in meanings and "the decision does not cite ..." in meanings
    assert "the decision takes as given ... / takes nothing of the act as given" in meanings
    assert meanings["one act"].startswith("Each scenario judges one act on one day.")
    assert meanings["passed"].startswith("In the run the stamp names, the software produced exactly what the scenario")
    assert "It does not say the scenario is right in law" in meanings["passed"]


def _preamble(path: Path) -> str:
    """The description of a feature file: the lines after ``Feature:`` up to its first rule, background or scenario."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Feature:"))
    body: list[str] = []
    for line in lines[start + 1 :]:
        if re.match(r"\s*(Rule:|Background:|Scenario|Example|@)", line):
            break
        body.append(line.strip())
    return " ".join(body)


FEATURE_FILES = sorted(FEATURES.rglob("*.feature"))


@pytest.mark.parametrize("path", FEATURE_FILES, ids=lambda p: p.relative_to(FEATURES).as_posix())
def test_every_word_a_preamble_quotes_is_a_term_of_the_legend(path: Path) -> None:
    """A preamble summarises the legend: each word it quotes (other than the name of a Rule) is one of its terms,
    and it points to the legend's English rendering."""
    preamble = _preamble(path)
    terms = [e.term.en.lower() for s in read_legend(LEGEND_YAML).sections for e in s.entries]
    quoted = re.findall(r'(?<!Rule )"([^"]+)"', preamble)
    assert quoted, f"{path.name}: the preamble quotes no word of the legend"
    unknown = [q for q in quoted if not any(re.search(rf"(?<![a-z]){re.escape(q.lower())}(?![a-z])", t) for t in terms)]
    assert not unknown, f"{path.name}: not terms of docs/legend.yaml: {unknown}"
    assert "docs/legend.md" in preamble


def test_a_law_preamble_summarises_the_legend_it_points_to() -> None:
    """Each file that states the law opens with the same summary of the legend, naming the words it defines."""
    law = [p for p in FEATURE_FILES if "checks" not in p.parts]
    assert len(law) >= 5
    for path in law:
        preamble = _preamble(path)
        assert "How to read these scenarios (the full legend is docs/legend.md)" in preamble, path.name
        for word in ('"Permitted"', '"prohibited"', '"not governed by the Agreement"', '"No duty arises"'):
            assert word in preamble, f"{path.name}: {word}"
        assert "not that the statement is right in law" in preamble, path.name
