"""Every scenario of every feature file under features/ (bdd_features_base_dir), on both engines."""

from __future__ import annotations

from pytest_bdd import scenarios

# "." is the features folder itself: pyproject.toml sets bdd_features_base_dir = "features".
scenarios(".")
