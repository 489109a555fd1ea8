"""Shared test setup: every tag used in features/ is registered as a marker (run with --strict-markers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ROOT / "features"
TREATY_SOURCE = ROOT.parent / "shared" / "agreement" / "agreement-kz-cz-2017.en.txt"
_TAG = re.compile(r"(?<!\S)@([A-Za-z0-9_]+)")


def feature_tags() -> set[str]:
    """Every tag written in a feature file."""
    tags: set[str] = set()
    for path in FEATURES.rglob("*.feature"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("@"):
                tags.update(_TAG.findall(line))
    return tags


def pytest_configure(config: pytest.Config) -> None:
    for tag in sorted(feature_tags()):
        config.addinivalue_line("markers", f"{tag}: scenarios tagged @{tag} in features/")
