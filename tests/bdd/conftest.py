"""Makes the step definitions of ``steps.py`` and its fixtures visible to the scenarios of this folder."""

from __future__ import annotations

from . import steps

# pytest-bdd registers each step definition as a fixture in the module that defines it; pytest
# finds fixtures by scanning a conftest's namespace, so the step fixtures are copied here by name.
globals().update(
    {name: value for name, value in vars(steps).items() if name.startswith("pytestbdd_") or name in ("rulebook", "case")}
)
