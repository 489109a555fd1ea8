"""Items 8, 9, 10 and the API's part of 12: inputs of any size, shape or type end in the library's own errors.

Each side input has a size limit enforced while reading (``cooperation_rules.model.bounded``);
a key given twice in an event, a lifecycle or a snapshot record is refused, naming the key; a
lifecycle lists at most ``MAX_SUSPENSIONS`` suspensions.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from cooperation_rules import InvalidEvent, InvalidLifecycle, Lifecycle, Rulebook, RuleFileError, evaluate, parse_event
from cooperation_rules.law.lifecycle import MAX_SUSPENSIONS
from cooperation_rules.tools.snapshot import SnapshotError, parse_snapshot

REQUEST = (
    '{"type": "request", "id": "r-1", "date": "2019-02-11", "actor": "CZ", '
    '"subject": "search_for_suspects", "form": "written", "crime": "drug_trafficking"}'
)


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cooperation_rules", *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def _one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0]


# ----------------------------------------------------------------------------- item 8: lifecycles capped


def _suspensions(n: int) -> dict[str, Any]:
    start = dt.date(2019, 1, 1)
    return {
        "notifications_received": ["2018-06-14", "2018-07-20"],
        "suspensions": [
            {
                "notice_received": str(start + dt.timedelta(days=3 * i)),
                "ground": "public_health",
                "lifted_notice_received": str(start + dt.timedelta(days=3 * i + 1)),
            }
            for i in range(n)
        ],
    }


def test_a_lifecycle_lists_at_most_a_hundred_suspensions() -> None:
    assert MAX_SUSPENSIONS == 100
    assert len(Lifecycle.parse(_suspensions(100)).suspensions) == 100
    with pytest.raises(InvalidLifecycle, match=r"suspensions: .*at most 100 items"):
        Lifecycle.parse(_suspensions(10_000))


# ----------------------------------------------------------------------------- item 9: sizes enforced while reading


def test_an_endless_lifecycle_is_a_one_line_error() -> None:
    _one_line_error(_cli("evaluate", "--lifecycle", "/dev/zero", "-", stdin=REQUEST), "larger than 1,048,576 bytes")


def test_endless_snapshots_are_a_one_line_error() -> None:
    _one_line_error(_cli("diff", "/dev/zero", "/dev/zero"), "larger than 67,108,864 bytes")


def test_an_oversized_rule_file_is_a_rule_file_error(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    with (folder / "art_1.yaml").open("a", encoding="utf-8") as f:
        f.write("# padding\n" * 500_000)
    with pytest.raises(RuleFileError, match=r"art_1.yaml.*larger than 4,194,304 bytes"):
        Rulebook.load(folder)


# ----------------------------------------------------------------------------- item 10: a key given twice


def test_an_event_naming_a_key_twice_is_refused_naming_the_key() -> None:
    twice = REQUEST.replace('"actor": "CZ"', '"actor": "CZ", "actor": "KZ"')
    with pytest.raises(InvalidEvent, match="actor: key 'actor' given more than once") as caught:
        parse_event(twice)
    assert [e.field for e in caught.value.errors] == ["actor"]
    done = _cli("evaluate", "-", stdin=twice + "\n")
    assert done.returncode == 1
    assert json.loads(done.stdout)["errors"] == [
        {"code": "repeated_key", "field": "actor", "message": "key 'actor' given more than once"}
    ]


def test_a_lifecycle_naming_a_key_twice_is_refused(tmp_path: Path) -> None:
    text = (EXAMPLES / "lifecycle.json").read_text(encoding="utf-8")
    twice = text.replace(
        '"termination_notice_received": null', '"termination_notice_received": null, "termination_notice_received": "2030-01-01"'
    )
    assert twice != text
    with pytest.raises(InvalidLifecycle, match="key 'termination_notice_received' given more than once"):
        Lifecycle.parse(twice)


def test_a_snapshot_record_naming_a_key_twice_is_refused() -> None:
    line = '{"event": "set/a", "verdict": "permitted", "verdict": "prohibited"}'
    with pytest.raises(SnapshotError, match="key 'verdict' given more than once"):
        parse_snapshot(line)


def test_a_deeply_nested_snapshot_line_is_a_snapshot_error() -> None:
    with pytest.raises(SnapshotError, match="nested too deeply"):
        parse_snapshot("[" * 10_000 + "]" * 10_000)


# ----------------------------------------------------------------------------- item 12: any input type


@pytest.mark.parametrize("value", [None, [1, 2], 5, 1.5, object(), {"a"}, b"\xff", bytearray(b"[]"), "[]"])
def test_an_event_of_any_type_is_an_invalid_event(value: Any) -> None:
    with pytest.raises(InvalidEvent):
        evaluate(value)
    with pytest.raises(InvalidEvent):
        parse_event(value)


PEAK = """
import sys
from cooperation_rules.cli import main
status = main(["evaluate", sys.argv[1]])
# VmHWM, this process's own peak (ru_maxrss would carry the forking parent's over exec)
peak = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
print(peak, status, file=sys.stderr)
"""


def test_one_line_of_a_million_empty_lists_stays_small(tmp_path: Path) -> None:
    """A line under the 4 MiB limit of 1.4 million empty lists peaked at 187 MB before it was refused."""
    line = '{"type": "request", "x": [' + ",".join(["[]"] * 1_398_000) + "]}"
    assert len(line) < 4 * 1024 * 1024
    events = tmp_path / "nested.jsonl"
    events.write_text(line + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PEAK, str(events)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    peak_kib, status = done.stderr.strip().splitlines()[-1].split()
    assert status == "1"
    assert json.loads(done.stdout)["errors"] == [
        {"code": "invalid_json", "field": "", "message": "malformed JSON: more than 20,000 lists and objects"}
    ]
    assert int(peak_kib) < 100 * 1024


def test_the_sweep_over_suspensions_reads_every_day_as_status_on_does() -> None:
    """Item 8: the day-by-day status comes from one sweep (O(n log n)); it must agree with the plain reading."""
    rng = random.Random(8)
    grounds = ["security", "public_order", "public_health", "other"]
    subjects = ["training", "expert_assistance", "search_for_suspects", "legislation"]
    for _ in range(60):
        suspensions = []
        for _ in range(rng.randint(0, 12)):
            notice = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
            item: dict[str, Any] = {"notice_received": str(notice), "ground": rng.choice(grounds)}
            if rng.random() < 0.5:
                item["scope"] = rng.sample(subjects, rng.randint(1, 3))
            if rng.random() < 0.7:
                item["lifted_notice_received"] = str(notice + dt.timedelta(days=rng.randint(0, 400)))
            suspensions.append(item)
        data: dict[str, Any] = {
            "notifications_received": ["2018-06-14", "2018-07-20"][: rng.randint(0, 2)],
            "suspensions": suspensions,
        }
        if rng.random() < 0.3:
            data["termination_notice_received"] = str(dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 3000)))
        lifecycle = Lifecycle.parse(data)
        days = sorted({dt.date(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 4500)) for _ in range(300)})
        expected = tuple((lifecycle.status_on(d), lifecycle.suspended_subjects_on(d)) for d in days)
        assert lifecycle.states_on(days) == expected, data
