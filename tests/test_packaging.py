"""The wheel: it carries every rule file, installs into a fresh virtual environment, and works there alone.

Slow (a wheel build, a venv, a pip install); marked ``slow`` but run by default.
"""

from __future__ import annotations

import json
import os
import re
import shutil
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
    assert "cooperation_rules/rules/agreement.yaml" in names
    assert "cooperation_rules/cli.py" in names
    assert "cooperation_rules/py.typed" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    declared = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "cooperation-rules = cooperation_rules.cli:main" in declared
    assert "[cooperation_rules.commands]\ntools = cooperation_rules.tools.commands:commands" in declared


def test_the_wheel_needs_no_compiler_and_puts_the_tooling_behind_extras(wheel: Path) -> None:
    metadata = next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines() if line.startswith("Requires-Dist:")]
    plain = sorted(re.split(r"[<>=!~;\s]", r.split(":", 1)[1].strip())[0].lower() for r in requires if "extra ==" not in r)
    assert plain == ["babel", "pydantic", "pyyaml"]  # pure-Python wheels, or wheels for every platform: no compiler
    assert any(
        r.startswith("Requires-Dist: durable-rules==2.0.28; (python_version < '3.13') and extra == 'durable'") for r in requires
    )
    assert any("gherkin-official" in r and "extra == 'tools'" in r for r in requires)
    assert any("pytest-bdd" in r and "extra == 'tools'" in r for r in requires)
    assert any("z3-solver" in r and "extra == 'check'" in r for r in requires)


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
try:
    cr.evaluate({"type": "onward_transfer", "id": "e2", "date": "2026-03-02", "actor": "CZ",
                 "recipient": "third_state"}, engine="durable")
    durable = "available"
except cr.EngineUnavailable as exc:
    durable = str(exc)
print(json.dumps({"verdict": ev.verdict.value, "decided_by": ev.decided_by, "engine": ev.engine.value,
                  "module": cr.__file__, "rules": str(bundled_rules_dir()), "version": cr.__version__,
                  "durable": durable}))
"""

ONWARD = {"type": "onward_transfer", "id": "e1", "date": "2026-03-02", "actor": "CZ", "recipient": "international_organization"}


def _pythons() -> list[tuple[str, Path | None]]:
    """Python 3.11, 3.12 and 3.13: this interpreter for its own version, else one found on the machine (pyenv or PATH)."""
    found: list[tuple[str, Path | None]] = []
    for minor in ("3.11", "3.12", "3.13"):
        if f"{sys.version_info.major}.{sys.version_info.minor}" == minor:
            found.append((minor, Path(sys.executable)))
            continue
        candidates = (
            sorted(Path("/root/.pyenv/versions").glob(f"{minor}.*/bin/python{minor}")) if Path("/root/.pyenv").is_dir() else []
        )
        on_path = shutil.which(f"python{minor}")
        found.append((minor, candidates[-1] if candidates else (Path(on_path) if on_path else None)))
    return found


def _venv(python: Path, where: Path, *install: str | Path) -> Path:
    """A fresh virtual environment of ``python`` with ``install`` installed from wheels only (no compiler can run)."""
    venv = where / "venv"
    _run([python, "-m", "venv", venv], cwd=where)
    _run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--only-binary=:all:", *install], cwd=where, timeout=900)
    return venv


@pytest.mark.parametrize(("minor", "python"), _pythons(), ids=[m for m, _ in _pythons()])
def test_the_wheel_installs_without_a_compiler_and_runs_alone(
    wheel: Path, tmp_path: Path, minor: str, python: Path | None
) -> None:
    if python is None:
        pytest.skip(f"no Python {minor} on this machine (looked in /root/.pyenv/versions and on PATH)")
    venv = _venv(python, tmp_path, wheel)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    probe = json.loads(_run([venv / "bin" / "python", "-c", PROBE], cwd=elsewhere).stdout)
    # Art. 11(2): submission to an international organisation only with the sending Party's written consent.
    assert probe["verdict"] == "needs_consent"
    assert probe["decided_by"] == ["art_11.onward_transfer_without_consent"]
    assert probe["engine"] == "python", "the default engine runs everywhere"
    assert "pip install 'cooperation-rules[durable]'" in probe["durable"], "durable-rules is an extra, named when asked for"
    module, rules = Path(probe["module"]).resolve(), Path(probe["rules"]).resolve()
    for path in (module, rules):
        assert path.is_relative_to(venv.resolve()), path
        assert not path.is_relative_to(ROOT.resolve()), path

    command = venv / "bin" / "cooperation-rules"
    assert _run([command, "--version"], cwd=elsewhere).stdout.strip() == f"cooperation-rules {probe['version']}"
    shown = _run([command, "provision", "art_11__para_2"], cwd=elsewhere).stdout
    first, _, text = shown.partition("\n")
    assert first == "Article 11(2) [art_11__para_2]"
    assert " ".join(text.split()) == treaty_paragraph("2. Submission to third states").removeprefix("2. ")
    schema = json.loads(_run([command, "schema"], cwd=elsewhere).stdout)
    assert "onward_transfer" in json.dumps(schema)

    # The compiled Czech catalog works from the installed wheel alone: verdict, label, the English law.
    events = elsewhere / "events.jsonl"
    events.write_text(json.dumps(ONWARD) + "\n", encoding="utf-8")
    czech = _run([command, "explain", events, "--locale", "cs"], cwd=elsewhere).stdout
    assert czech.startswith("Řádek 1: Událost e1 (předání třetímu státu nebo mezinárodní organizaci): VYŽADUJE SOUHLAS")
    assert "Článek 11, odstavec 2 [art_11__para_2]:" in czech
    assert "„" + treaty_paragraph("2. Submission to third states").removeprefix("2. ") + "“" in " ".join(czech.split())
    assert "RuntimeWarning" not in czech
    evaluated = json.loads(_run([venv / "bin" / "python", "-m", "cooperation_rules", "evaluate", events], cwd=elsewhere).stdout)
    assert evaluated["verdict"] == "needs_consent" and evaluated["engine"] == "python"

    # The tooling ships but its extra does not: a command that reads features says what to install, in one line.
    done = subprocess.run([command, "trace"], cwd=elsewhere, env=_env(), capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "cooperation-rules: error: cooperation-rules trace needs the tools extra: "
        "pip install 'cooperation-rules[tools]' (missing: gherkin)"
    ]


def test_with_the_tools_extra_the_wheel_traces_and_mutates_a_checkouts_features(wheel: Path, tmp_path: Path) -> None:
    venv = _venv(Path(sys.executable), tmp_path, f"{wheel}[tools]")
    command = venv / "bin" / "cooperation-rules"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Outside a checkout, the defaults find nothing and say what to give, in one line.
    done = subprocess.run([command, "trace"], cwd=elsewhere, env=_env(), capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"cooperation-rules: error: no features in {elsewhere.resolve()} or a folder above it; give one with --features"
    )
    # Against the checkout's features, given as arguments: the trace, and the mutation check of one article's rules.
    trace = _run([command, "trace", "--features", ROOT / "features", "--results", tmp_path / "none.json"], cwd=elsewhere).stdout
    assert "art_9__para_1" in trace and "art_9.oral_urgent_request" in trace
    mutate = _run(
        [
            command,
            "mutate",
            "--check",
            "--rule",
            "art_6.",
            "--features",
            ROOT / "features",
            "--corpus",
            ROOT / "tests" / "corpus",
        ],
        cwd=elsewhere,
        timeout=600,
    ).stdout
    assert "mutation score (killed by the scenarios / mutants that could change a decision)" in mutate
    assert "100.0%" in mutate.splitlines()[-1]
    # Inside the checkout, the same commands find its folders themselves.
    assert "art_9__para_1" in _run([command, "trace", "--results", tmp_path / "none.json"], cwd=ROOT / "docs").stdout
