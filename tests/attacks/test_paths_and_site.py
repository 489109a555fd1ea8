"""Items 5, 6, 11 and 13 (the site's files): paths from git trees, corpora and sites stay inside their folder,
and every text of the site is escaped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import FEATURES, ROOT
from cooperation_rules import Rulebook
from cooperation_rules.tools.diff import UnknownRevisionError, rules_at
from cooperation_rules.tools.sitegen import build_site
from cooperation_rules.tools.snapshot import CorpusError, read_corpus
from cooperation_rules.tools.spec import RunRecord, ScenarioResult, read_features
from cooperation_rules.tools.tracing import build_trace, format_trace

HOSTILE = '"><script>alert(1)</script><b class="x'

# ----------------------------------------------------------------------------- item 5: a tree entry named ..


def _git(repo: Path, *args: str, stdin: str | None = None) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo)}
    env |= {
        f"GIT_{who}_{what}": value for who in ("AUTHOR", "COMMITTER") for what, value in (("NAME", "R"), ("EMAIL", "r@e.org"))
    }
    return subprocess.run(
        ["git", "-C", str(repo), *args], input=stdin, capture_output=True, check=True, text=True, env=env
    ).stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_tree_entry_named_dot_dot_writes_nothing_outside_the_folder(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "rules").mkdir(parents=True)
    _git(repo, "init", "-q")
    blob = _git(repo, "hash-object", "-w", "--stdin", stdin="format: 1\n")
    inner = _git(repo, "mktree", stdin=f"100644 blob {blob}\tescaped.yaml\n")
    rules = _git(repo, "mktree", stdin=f"040000 tree {inner}\t..\n100644 blob {blob}\tart_1.yaml\n")
    top = _git(repo, "mktree", stdin=f"040000 tree {rules}\trules\n")
    commit = _git(repo, "commit-tree", top, "-m", "a tree with ..")
    into = tmp_path / "work" / "into"
    into.mkdir(parents=True)
    with pytest.raises(UnknownRevisionError, match="leaves the rules folder"):
        rules_at(commit, repo / "rules", into)
    assert not (tmp_path / "work" / "escaped.yaml").exists()
    assert [p.name for p in tmp_path.rglob("escaped.yaml")] == []


# ----------------------------------------------------------------------------- items 6 and 13: the site


class _Parsed(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts = 0
        self.classes: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        self.classes.extend(v or "" for k, v in attrs if k == "class")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site whose results file holds a hostile outcome, and whose rules hold a hostile reading."""
    folder = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(ROOT / "rules", folder)
    path = folder / "art_12.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (rule,) = [r for r in data["rules"] if r["id"] == "art_12.costs_not_agreed"]
    rule["comment"] = HOSTILE
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rulebook = Rulebook.load(folder)
    assert rulebook.rule("art_12.costs_not_agreed").comment == HOSTILE
    features = read_features(FEATURES)
    keys = [s.key for f in features for s in f.scenarios]
    results = {k: ScenarioResult(outcome=HOSTILE, rules=("art_12.costs_not_agreed",)) for k in keys}
    out = tmp_path_factory.mktemp("site")
    build_site(rulebook, features, build_trace(rulebook, features, RunRecord.by_key(features, results)), out)
    return out


def test_hostile_outcomes_and_readings_stay_text(hostile_site: Path) -> None:
    seen = False
    for page in hostile_site.glob("*.html"):
        parsed = _Parsed()
        parsed.feed(page.read_text(encoding="utf-8"))
        assert parsed.scripts == 0, page.name
        for value in parsed.classes:
            assert all(word.replace("_", "").replace("-", "").isalnum() for word in value.split()), (page.name, value)
        seen = seen or HOSTILE in "".join(parsed.text)
    assert seen, "the hostile text is shown, as text"


def test_the_site_replaces_a_link_rather_than_writing_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").symlink_to(victim)
    rulebook = Rulebook.load()
    features = read_features(FEATURES)
    build_site(rulebook, features, build_trace(rulebook, features, RunRecord(results={})), out)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (out / "index.html").is_symlink()
    assert "<html" in (out / "index.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- item 11: corpora


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.jsonl").write_text((ROOT / "examples" / "events.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", ["dangling", "folder", "fifo", "outside"])
def test_a_lifecycle_that_is_not_a_file_of_the_corpus_is_an_error(tmp_path: Path, kind: str) -> None:
    folder = _corpus(tmp_path)
    lifecycle = folder / "a.lifecycle.json"
    if kind == "dangling":
        lifecycle.symlink_to(tmp_path / "nowhere.json")
    elif kind == "folder":
        lifecycle.mkdir()
    elif kind == "fifo":
        os.mkfifo(lifecycle)
    else:
        shutil.copy(ROOT / "examples" / "lifecycle.json", tmp_path / "elsewhere.json")
        lifecycle.symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(CorpusError, match=r"a\.lifecycle\.json"):
        read_corpus(folder)
    done = subprocess.run(
        [sys.executable, "-m", "cooperation_rules", "snapshot", str(folder)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_a_file_name_that_is_not_utf8_is_reported_without_a_traceback(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    os.mkfifo(os.fsencode(folder) + b"/bad\xff.jsonl")
    done = subprocess.run([sys.executable, "-m", "cooperation_rules", "snapshot", str(folder)], capture_output=True, timeout=60)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"bad\\udcff.jsonl" in done.stderr


def test_the_trace_report_shows_a_hostile_outcome_escaped() -> None:
    """A results file whose outcome holds a newline and a terminal escape cannot add a line to the report."""
    rulebook = Rulebook.load()
    features = read_features(FEATURES)
    key = features[0].scenarios[0].key
    forged = "failed\ngate: passed\x1b[2K"
    trace = build_trace(rulebook, features, RunRecord.by_key(features, {key: ScenarioResult(outcome=forged, rules=())}))
    report = format_trace(trace)
    assert "\x1b" not in report
    gates = [line for line in report.splitlines() if line.startswith("gate: ")]
    assert len(gates) == 1 and gates[0].endswith("problem(s)")
    assert "failed\\x0agate: passed\\x1b[2K" in report
