"""The documentation site: every provision appears on its page, every link resolves, no script."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FEATURES
from cooperation_rules import Rulebook
from cooperation_rules.cli import main
from cooperation_rules.tools.sitegen import build_site, page_of
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
    block = scenarios.split(f'id="sc-{first.key.replace(":", "-").replace(".feature", "")}"', 1)[1].split("</div>", 1)[0]
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
