"""The wheel: it carries every rule file, installs into a fresh virtual environment, and works there alone.

Slow (a wheel build, a venv, a pip install); marked ``slow`` but run by default.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, treaty_paragraph

pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    """The environment without anything that would let the checkout leak into the fresh venv."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def _run(args: list[str | Path], *, cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, ROOT], cwd=out)
    (built,) = out.glob("cooperation_rules-*.whl")
    return built


def test_the_wheel_carries_every_rule_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cooperation_rules/rules/art_10.yaml" in names
    rule_files = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert len(rule_files) >= 19  # preamble and Articles 1 to 18
    missing = [n for n in rule_files if f"cooperation_rules/rules/{n}" not in names]
    assert missing == []
    assert "cooperation_rules/cli.py" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "cooperation-rules = cooperation_rules.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_wheel_carries_the_compiled_catalogs_and_not_their_sources(wheel: Path) -> None:
    """The build compiles every ``.po`` into a ``.mo`` (hatch_build.py); only the ``.mo`` files ship."""
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted(p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src").rglob("locale/*/LC_MESSAGES/*.po"))
    assert len(sources) == 4  # en, ru, cs, kk
    for po in sources:
        assert po.removesuffix(".po") + ".mo" in names, po
    assert not [n for n in names if n.endswith((".po", ".pot")) or n.endswith("GLOSSARY.md")]


PROBE = """
import json, cooperation_rules as cr
from cooperation_rules.rulefiles.reading import bundled_rules_dir
ev = cr.evaluate({"type": "onward_transfer", "id": "e1", "date": "2026-03-02", "actor": "CZ",
                  "recipient": "international_organization"})
print(json.dumps({"verdict": ev.verdict.value, "decided_by": ev.decided_by, "engine": ev.engine.value,
                  "module": cr.__file__, "rules": str(bundled_rules_dir())}))
"""


def test_the_wheel_installs_and_runs_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "--quiet", wheel], cwd=tmp_path, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    probe = json.loads(_run([python, "-c", PROBE], cwd=elsewhere).stdout)
    # Art. 11(2): submission to an international organisation only with the sending Party's written consent.
    assert probe["verdict"] == "needs_consent"
    assert probe["decided_by"] == ["art_11.onward_transfer_without_consent"]
    assert probe["engine"] == "durable", "durable-rules installed with the wheel's dependencies and imports"
    module, rules = Path(probe["module"]).resolve(), Path(probe["rules"]).resolve()
    for path in (module, rules):
        assert path.is_relative_to(venv.resolve()), path
        assert not path.is_relative_to(ROOT.resolve()), path

    shown = _run([venv / "bin" / "cooperation-rules", "provision", "art_11__para_2"], cwd=elsewhere).stdout
    first, _, text = shown.partition("\n")
    assert first == "Article 11(2) [art_11__para_2]"
    assert " ".join(text.split()) == treaty_paragraph("2. Submission to third states").removeprefix("2. ")

    # The compiled Czech catalog works from the installed wheel alone: verdict, label, the English law.
    events = elsewhere / "events.jsonl"
    events.write_text(
        json.dumps(
            {
                "type": "onward_transfer",
                "id": "e1",
                "date": "2026-03-02",
                "actor": "CZ",
                "recipient": "international_organization",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    czech = _run([venv / "bin" / "cooperation-rules", "explain", events, "--locale", "cs"], cwd=elsewhere).stdout
    assert czech.startswith("Řádek 1: Událost e1 (předání třetímu státu nebo mezinárodní organizaci): VYŽADUJE SOUHLAS")
    assert "Článek 11, odstavec 2 [art_11__para_2]:" in czech
    assert "„" + treaty_paragraph("2. Submission to third states").removeprefix("2. ") + "“" in " ".join(czech.split())
    assert "RuntimeWarning" not in czech
