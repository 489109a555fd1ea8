"""The documentation site: every provision appears on its page, every link resolves, no script."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FEATURES, ROOT
from cooperation_rules import Rulebook
from cooperation_rules.cli import main
from cooperation_rules.tools.interpretation import read_interpretation
from cooperation_rules.tools.sitegen import SiteStamp, build_site, page_of
from cooperation_rules.tools.spec import RunRecord, ScenarioResult, read_features
from cooperation_rules.tools.tracing import build_trace


class _Page(HTMLParser):
    """The ids, links, scripts and visible text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.stylesheets: list[str] = []
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        if tag == "link" and values.get("rel") == "stylesheet":
            self.stylesheets.append(str(values["href"]))
        if tag == "script":
            self.scripts += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, rulebook: Rulebook) -> Path:
    """The site for the bundled rules and features, with one scenario recorded as failed."""
    features = read_features(FEATURES)
    keys = [s.key for f in features for s in f.scenarios]
    results = {k: ScenarioResult(outcome="passed", rules=("art_9.written_request",)) for k in keys}
    results[keys[0]] = ScenarioResult(outcome="failed", message="AssertionError")
    out = tmp_path_factory.mktemp("site")
    record = RunRecord.by_key(features, results)
    build_site(rulebook, features, build_trace(rulebook, features, record), out, record=record)
    return out


def test_every_provision_appears_on_its_page_with_its_verbatim_text(site: Path, rulebook: Rulebook) -> None:
    pages: dict[str, _Page] = {}
    for p in rulebook.treaty:
        name = page_of(p.eid)
        page = pages.setdefault(name, _read(site / f"{name}.html"))
        assert p.eid in page.ids, f"{p.eid} has no anchor on {name}.html"
        if p.parent is None and any(q.parent == p.eid for q in rulebook.treaty):
            continue  # an article made of parts shows its parts
        assert " ".join(p.text.split()) in " ".join("".join(page.text).split()), f"the text of {p.eid} is not on {name}.html"


def test_every_link_resolves_to_a_page_and_an_anchor(site: Path) -> None:
    pages = {path.name: _read(path) for path in site.glob("*.html")}
    assert {"index.html", "scenarios.html", "art_10.html", "preamble.html", "conclusions.html"} <= set(pages)
    broken = []
    for name, page in pages.items():
        assert page.scripts == 0, f"{name} uses a script"
        assert page.stylesheets == ["style.css"]
        for link in page.links:
            target, _, anchor = link.partition("#")
            target = target or name
            if target not in pages:
                broken.append(f"{name}: {link} (no such page)")
            elif anchor and anchor not in pages[target].ids:
                broken.append(f"{name}: {link} (no such anchor)")
    assert not broken, broken
    assert (site / "style.css").read_text(encoding="utf-8").strip()


def test_the_rules_and_scenarios_stand_beside_their_provision(site: Path, rulebook: Rulebook) -> None:
    art_10 = (site / "art_10.html").read_text(encoding="utf-8")
    section = art_10.split('id="art_10__point_1"', 1)[1].split('<section class="provision"', 1)[0]
    for rule in rulebook.rules:
        if "art_10__point_1" in rule.cites:
            assert f'id="rule-{rule.id}"' in section or f"<h3>{rule.id}</h3>" in section
            assert html.escape(rule.explain) in section
    assert "the act is <b>needs consent</b>" in section
    assert "purpose is other" in section
    assert "Asked in advance: a use for another purpose, the sender not having consented" in section
    assert '<span class="kw">When</span> the act is assessed under the Agreement' in section


def test_the_first_page_summarises_coverage_and_the_last_run(site: Path, rulebook: Rulebook) -> None:
    index = _read(site / "index.html")
    text = " ".join("".join(index.text).split())
    scenarios = sum(len(f.scenarios) for f in read_features(FEATURES))
    assert f"{scenarios} scenarios" in text
    assert f"{scenarios - 1} passed in the last run" in text
    assert "68 operative provisions" in text and "18 bind no event" in text
    assert f"{len(rulebook.rules)} rules" in text
    assert "failed" in text  # the gate's findings name the failed scenario
    for article in range(1, 19):
        assert f"art_{article}.html#art_{article}" in index.links


def test_a_failed_scenario_is_shown_as_failed(site: Path) -> None:
    first = read_features(FEATURES)[0].scenarios[0]
    scenarios = (site / "scenarios.html").read_text(encoding="utf-8")
    anchor = first.key.replace("/", "-").replace(":", "-").replace(".feature", "")
    block = scenarios.split(f'id="sc-{anchor}"', 1)[1].split("</div>", 1)[0]
    assert '<span class="status failed">failed</span>' in block


def test_docs_build_writes_the_site_and_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    status = main(["docs", "build", str(out), "--features", str(FEATURES), "--results", str(tmp_path / "none.json")])
    assert status == 0
    assert f"start at {out / 'index.html'}" in capsys.readouterr().out
    assert (out / "art_17.html").is_file()
    assert "not run" in (out / "art_17.html").read_text(encoding="utf-8")


def test_docs_build_into_a_place_it_cannot_write_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    status = main(["docs", "build", str(blocker / "site"), "--features", str(FEATURES), "--results", str(tmp_path / "none")])
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith("cooperation-rules: error: cannot write ") and str(blocker / "site") in err


def test_an_article_shows_the_conflicts_and_readings_the_check_reports(tmp_path: Path, rulebook: Rulebook) -> None:
    from cooperation_rules.tools.analysis import check_rules

    features = read_features(FEATURES)
    check = check_rules(rulebook)
    build_site(rulebook, features, build_trace(rulebook, features, RunRecord(results={})), tmp_path, check)
    page = _read(tmp_path / "art_9.html")
    text = " ".join(page.text)
    assert "check" in page.ids
    assert (
        "art_9.language_not_agreed (prohibited) and art_9.written_request (permitted) fire together; "
        "precedence gives prohibited (request)"
    ) in text
    assert "Reading: art_9.language_not_agreed: Article 9(6)" in text
    # An article whose rules meet no other verdict and allow nothing has no such section.
    assert "check" not in _read(tmp_path / "art_12.html").ids


STAMP = SiteStamp(
    version="9.8.7",
    rulebook_digest="sha256:" + "d" * 64,
    commit="c" * 40,
    built=dt.datetime(2026, 3, 2, 11, 5, tzinfo=dt.UTC),
    run_time=dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC),
    run_commit="c" * 40,
    run_version="9.8.7",
    run_rulebook_digest="sha256:" + "d" * 64,
)


def test_every_page_states_the_version_digest_commit_and_the_dates_of_build_and_run(tmp_path: Path, rulebook: Rulebook) -> None:
    features = read_features(FEATURES)
    build_site(rulebook, features, build_trace(rulebook, features, None), tmp_path, stamp=STAMP)
    pages = sorted(tmp_path.glob("*.html"))
    assert len(pages) > 20
    for path in pages:
        text = " ".join(" ".join(_read(path).text).split())
        for words in (
            "Version 9.8.7",
            "rulebook sha256:" + "d" * 64,
            "commit " + "c" * 40,
            "built 2026-03-02 11:05 UTC",
            "scenarios run 2026-03-02 10:30 UTC",
        ):
            assert words in text, f"{path.name} does not say {words!r}"


def test_a_site_built_outside_a_git_checkout_says_its_commit_is_unknown(tmp_path: Path, rulebook: Rulebook) -> None:
    features = read_features(FEATURES)
    stamp = STAMP.model_copy(update={"commit": "unknown", "run_time": None})
    build_site(rulebook, features, build_trace(rulebook, features, None), tmp_path, stamp=stamp)
    text = " ".join(" ".join(_read(tmp_path / "art_9.html").text).split())
    assert "commit unknown (not built from a git checkout)" in text
    assert "no run of the scenarios is on file" in text


ONE_FEATURE = """\
Feature: Training

  @art_8__intro @art_8__point_1
  Scenario: A request about training
    Given the Czech Republic sends Kazakhstan a written request about training on 2 March 2026
    When the act is assessed under the Agreement
    Then the request is permitted
    And the decision cites "Article 8, introductory words" and "Article 8, item 1"
"""


def test_a_scenario_whose_expected_verdict_changed_after_the_run_is_shown_as_not_run(tmp_path: Path) -> None:
    """The record of the run is keyed by the scenario's words: the old result is not shown against new words."""
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "training.feature").write_text(ONE_FEATURE, encoding="utf-8")
    features = read_features(folder)
    RunRecord.by_key(features, {"training.feature:4": ScenarioResult(outcome="passed")}).dump(tmp_path / "run.json")
    args = ["docs", "build", str(tmp_path / "site"), "--features", str(folder), "--results", str(tmp_path / "run.json")]
    assert main(args) == 0
    before = (tmp_path / "site" / "art_8.html").read_text(encoding="utf-8")
    assert '<span class="status passed">passed</span>' in before
    (folder / "training.feature").write_text(ONE_FEATURE.replace("is permitted", "is prohibited"), encoding="utf-8")
    assert main(args) == 0
    after = (tmp_path / "site" / "art_8.html").read_text(encoding="utf-8")
    assert '<span class="status passed">passed</span>' not in after
    assert '<span class="status changed">changed since the run: not run</span>' in after
    index = " ".join(" ".join(_read(tmp_path / "site" / "index.html").text).split())
    assert "1 scenario changed since the run and is shown as not run." in index


def test_docs_build_in_russian_gives_the_site_s_words_and_the_explanations_beside_the_english_text(
    tmp_path: Path, rulebook: Rulebook
) -> None:
    out = tmp_path / "site"
    args = ["docs", "build", str(out), "--features", str(FEATURES), "--results", str(tmp_path / "none.json")]
    assert main([*args, "--locale", "ru"]) == 0
    page = (out / "art_9.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in page
    assert "<h1>Статья 9</h1>" in page
    assert "Версия " in page and "свод правил sha256:" in page
    rule = rulebook.rule("art_9.written_request")
    assert "Information and other assistance are provided upon written request" in rule.explain
    box = page.split('id="rule-art_9.written_request"', 1)[1].split("</div>", 1)[0]
    assert "Информация и иная помощь предоставляются по письменному запросу" in box  # the explanation in Russian
    assert f'<span class="english" lang="en">{html.escape(rule.explain)}</span>' in box  # and the English beside it
    # The treaty is quoted in English, whatever the language of the site.
    treaty = rulebook.treaty.provision("art_9__para_2").text
    assert html.escape(treaty.split(".")[0]) in page
    assert main([*args, "--locale", "kk"]) == 0
    assert "<h1>9-бап</h1>" in (out / "art_9.html").read_text(encoding="utf-8")


def test_an_article_page_shows_its_own_article_s_scenarios_first(site: Path) -> None:
    page = (site / "art_9.html").read_text(encoding="utf-8")
    section = page.split('id="art_9__para_1"', 1)[1].split('<section class="provision"', 1)[0]
    scenarios = section.split('<div class="scenario">')[1:]
    assert len(scenarios) > 10
    first_tags = [s.split("exercises ", 1)[1].split('title="', 2)[1].split('"', 1)[0] for s in scenarios[:5]]
    assert all(tag.startswith("art_9") for tag in first_tags), first_tags


def test_each_reading_stands_beside_its_rule_with_its_status_and_on_the_readings_page(site: Path, rulebook: Rulebook) -> None:
    readings = (site / "readings.html").read_text(encoding="utf-8")
    with_reading = [r for r in rulebook.rules if r.comment]
    assert len(with_reading) > 30
    for rule in with_reading:
        assert rule.reading_status is not None, f"{rule.id} has a reading without a status"
        assert f'id="reading-{rule.id}"' in readings
    consult = rulebook.rule("art_18.terminated")
    assert consult.reading_status is not None and consult.reading_status.value == "consult"
    block = readings.split(f'id="reading-{consult.id}"', 1)[1].split("</div>", 1)[0]
    assert "to be raised under Art. 14" in block and "approved by: not yet approved" in block
    art_9 = (site / "art_9.html").read_text(encoding="utf-8")
    box = art_9.split('id="rule-art_9.not_competent_authority"', 1)[1].split("</div>", 1)[0]
    assert '<span class="reading-status">settled</span>' in box
    assert 'href="readings.html#reading-art_9.not_competent_authority"' in box


def test_the_interpretation_is_a_page_each_rule_s_reading_links_to(tmp_path: Path, rulebook: Rulebook) -> None:
    features = read_features(FEATURES)
    interpretation = read_interpretation(ROOT / "docs" / "interpretation.md")
    trace = build_trace(rulebook, features, None)
    build_site(rulebook, features, trace, tmp_path, stamp=STAMP, interpretation=interpretation)
    page = _read(tmp_path / "interpretation.html")
    assert "interp-art_18.not_yet_in_force" in page.ids and "interp-art_17.data_protection_continues" in page.ids
    art_18 = (tmp_path / "art_18.html").read_text(encoding="utf-8")
    assert 'href="interpretation.html#interp-art_18.not_yet_in_force"' in art_18


def test_the_first_page_opens_with_the_legend(tmp_path: Path) -> None:
    out = tmp_path / "site"
    args = ["docs", "build", str(out), "--features", str(FEATURES), "--results", str(tmp_path / "none.json")]
    assert main([*args, "--legend", str(ROOT / "docs" / "legend.yaml")]) == 0
    index = _read(out / "index.html")
    text = " ".join(" ".join(index.text).split())
    assert "legend" in index.ids
    assert "How to read the scenarios" in text
    assert "The request is properly made under the Agreement" in text
    assert "No duty arises under this Agreement." in text
    assert "It does not say the scenario is right in law" in text
    assert "A communication is in English unless the scenario names another language" in text
    assert "The Agreement is quoted in English only, from an unofficial translation" in text
    assert main([*args, "--legend", str(ROOT / "docs" / "legend.yaml"), "--locale", "cs"]) == 0
    assert "Jak číst scénáře" in (out / "index.html").read_text(encoding="utf-8")


def test_a_legend_file_of_the_wrong_shape_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "legend.yaml").write_text("title: {ru: only Russian}\nsections: []\n", encoding="utf-8")
    args = ["docs", "build", str(tmp_path / "site"), "--features", str(FEATURES), "--legend", str(tmp_path / "legend.yaml")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("cooperation-rules: error: ") and "legend.yaml: title.en: Field required" in err


def test_the_sign_off_edition_has_a_document_per_article_and_one_for_the_agreement(tmp_path: Path) -> None:
    out = tmp_path / "site"
    args = ["docs", "build", str(out), "--features", str(FEATURES), "--results", str(tmp_path / "none.json")]
    assert main([*args, "--sign-off"]) == 0
    names = sorted(p.name for p in (out / "sign-off").glob("*.html"))
    assert names == sorted(["agreement.html", *(f"art_{n}.html" for n in range(1, 19))])
    art_9 = _read(out / "sign-off" / "art_9.html")
    text = " ".join(" ".join(art_9.text).split())
    assert art_9.stylesheets == ["../style.css"] and art_9.scripts == 0
    assert "Sign-off" in text and "Reviewed by (name, position)" in text and "Signature" in text
    assert "Scenarios of Article 9: 0 of " in text  # no run recorded: none passed
    assert "not run" in text
    assert "Version " in text and "rulebook sha256:" in text
    assert "art_9.written_request" in text
    whole = " ".join(" ".join(_read(out / "sign-off" / "agreement.html").text).split())
    assert "Article 1" in whole and "Article 18" in whole and "I have read the Agreement against the text quoted" in whole
    assert "Resolution, title and preamble" in whole and "Final clause and signatures" in whole


def test_a_reading_status_without_a_reading_is_refused_naming_the_field() -> None:
    from pydantic import ValidationError

    from cooperation_rules.rulefiles.schema import ReadingStatus, Rule

    base = {"id": "art_9.x", "applies_to": ["request"], "cites": ["art_9__para_1"], "explain": "A test rule, ten+."}
    assert Rule.model_validate({**base, "comment": "A reading.", "reading_status": "consult"}).reading_status is (
        ReadingStatus.CONSULT
    )
    with pytest.raises(ValidationError, match="reading_status is given but the rule states no reading"):
        Rule.model_validate({**base, "reading_status": "settled"})
    with pytest.raises(ValidationError, match="approved_by is given but the rule states no reading"):
        Rule.model_validate({**base, "approved_by": "A. Lawyer"})
    with pytest.raises(ValidationError):
        Rule.model_validate({**base, "comment": "A reading.", "reading_status": "agreed"})


def test_every_word_the_pages_translate_is_in_the_catalog_template() -> None:
    """``_("...")`` inside an f-string escapes the extractor: each such word must be marked elsewhere too."""
    import re

    template = (ROOT / "src" / "cooperation_rules" / "locale" / "messages.pot").read_text(encoding="utf-8")
    ids = {html.unescape(m) for m in re.findall(r'^msgid "(.*)"$', template, flags=re.MULTILINE)}
    missing = []
    for name in ("sitegen.py", "signoff.py"):
        source = (ROOT / "src" / "cooperation_rules" / "tools" / name).read_text(encoding="utf-8")
        for _, word in re.findall(r"""(?<![A-Za-z0-9_.])_\((["'])(.+?)\1\)""", source):
            if word not in ids:
                missing.append(f"{name}: {word}")
    assert len(ids) > 100
    assert not missing, missing


def test_docs_legend_prints_the_legend_for_the_preamble_of_the_feature_files(capsys: pytest.CaptureFixture[str]) -> None:
    legend = str(ROOT / "docs" / "legend.yaml")
    assert main(["docs", "legend", "--legend", legend, "--prefix", "  "]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "  How to read the scenarios"
    assert '  - no duty arises: No duty arises under this Agreement. It never means "no duty at all"' in out
    assert all(line == "" or line.startswith("  ") for line in lines)
    assert main(["docs", "legend", "--legend", legend, "--locale", "kk"]) == 0
    assert capsys.readouterr().out.startswith("Сценарийлерді қалай оқу керек\n")


def test_markup_in_the_interpretation_stays_text() -> None:
    from cooperation_rules.tools.interpretation import render_interpretation

    rendered = render_interpretation(
        '- **A reading** (`art_9.x`, `art_9.y`): <script>alert(1)</script> <img src=x onerror="y">\n'
    )
    assert "<script>" not in rendered.html and "<img" not in rendered.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert '<li id="interp-art_9.x">' in rendered.html and '<a id="interp-art_9.y"></a>' in rendered.html
    assert rendered.anchor("art_9.y") == "interp-art_9.y" and rendered.anchor("art_9.z") is None
