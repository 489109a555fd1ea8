"""Items 2, 3 and 4: the durable engine's memory over many rulebooks, fork, and rules it cannot hold.

Each runs in a subprocess: resident memory, fork and a C engine left in a bad state are facts of a
whole process.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from cooperation_rules import EngineUnavailable, Rulebook
from cooperation_rules.engines.durable_rules import MAX_RULES_PER_TYPE

pytest.importorskip("durable_rules_engine", reason="the durable extra is not installed")


def _python(script: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )


LOADS = textwrap.dedent(
    """
    import gc, sys
    from pathlib import Path
    from cooperation_rules import Rulebook, parse_event
    sys.path.insert(0, "benchmarks")
    import corpus

    def rss():
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

    engine, loads = sys.argv[1], int(sys.argv[2])
    events = [parse_event(e) for e in corpus.realistic_mix(200, seed=1)]
    assert len({e.type for e in events}) > 10
    for n in range(loads + 5):
        if n == 5:  # the allocator has its working size
            gc.collect()
            start = rss()
        rb = Rulebook.load()
        for e in events:
            rb.evaluate(e, engine=engine)
        del rb
    gc.collect()
    print(rss() - start)
    """
)


@pytest.mark.parametrize("engine", ["durable", "python"])
def test_loading_and_dropping_rulebooks_keeps_the_process_flat(engine: str) -> None:
    """Item 2: 60 rulebooks that evaluated every event type leaked about 170 MB of C memory."""
    done = _python(LOADS, engine, "60")
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) < 24 * 1024, f"grew by {done.stdout.strip()} KiB"


FORKS = """
import os, sys, threading
from cooperation_rules import Rulebook, parse_event
sys.path.insert(0, "benchmarks")
import corpus

rb = Rulebook.load()
events = [parse_event(e) for e in corpus.realistic_mix(200, seed=2)]
reference = [rb.evaluate(e, engine="python").verdict for e in events]
# Built before the threads start: a fork while another thread imports a module leaves Python's own
# import lock held in the child, whatever the library does.
rb.engine("durable")
stop = False

def busy():
    while not stop:
        for e in events:
            rb.evaluate(e, engine="durable")

workers = [threading.Thread(target=busy) for _ in range(2)]
for w in workers:
    w.start()
children = []
for _ in range(int(sys.argv[1])):
    pid = os.fork()
    if pid == 0:
        ok = [rb.evaluate(e, engine="durable").verdict for e in events] == reference
        os._exit(0 if ok else 3)
    children.append(pid)
stop = True
for w in workers:
    w.join()
print(sorted(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children))
"""


def test_a_child_forked_while_another_thread_evaluates_gets_a_working_engine() -> None:
    """Item 3: 17 of 40 children hung on the engine's lock inherited held."""
    done = _python(FORKS, "30", timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str([0] * 30)


def _crowded_rules(tmp_path: Path, extra: int) -> Path:
    """A copy of rules/ with ``extra`` more copies of Art. 12's 'costs not agreed' rule, each with an id of its own."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    path = folder / "art_12.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (rule,) = [r for r in data["rules"] if r["id"] == "art_12.costs_not_agreed"]
    for n in range(extra):
        clone = copy.deepcopy(rule)
        clone["id"] = f"art_12.costs_not_agreed_{n}"
        data["rules"].append(clone)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def test_rules_the_durable_engine_cannot_hold_are_a_clear_error(tmp_path: Path) -> None:
    """Item 4: past about 256 rules of one event type durable-rules raised its own error, code 108."""
    folder = _crowded_rules(tmp_path, MAX_RULES_PER_TYPE)
    rb = Rulebook.load(folder)
    with pytest.raises(EngineUnavailable, match=r"at most 256 rules per event type; cost_claim has 2\d\d"):
        rb.engine("durable")
    assert rb.engine("auto").name == "python"  # auto never picks an engine that cannot hold the rules
    done = subprocess.run(
        [sys.executable, "-m", "cooperation_rules", "--rules", str(folder), "evaluate", "--engine", "durable", "-"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "at most 256 rules per event type" in done.stderr


def test_lists_of_values_hit_the_engine_limit_earlier_and_are_still_a_clear_error(tmp_path: Path) -> None:
    """durable-rules refuses 129 rules that hold lists of values (error 107) below the rule count's limit."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    path = folder / "art_12.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (rule,) = [r for r in data["rules"] if r["id"] == "art_12.costs_not_agreed"]
    for n in range(140):
        clone = copy.deepcopy(rule)
        clone["id"] = f"art_12.listed_{n}"
        clone["when"] = [*clone["when"], {"fact": "actor", "in": ["CZ", "KZ"]}]
        data["rules"].append(clone)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rb = Rulebook.load(folder)
    with pytest.raises(EngineUnavailable, match="cannot compile the rules of cost_claim"):
        rb.engine("durable")
