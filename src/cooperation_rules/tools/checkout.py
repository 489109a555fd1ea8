"""Where the tooling finds a checkout's folders: the working folder or the nearest folder above it that has them.

The tools work on a project's own files (``features/``, ``tests/corpus``, ``build/``), which a
wheel does not hold. A command that is not given a folder looks for it from the working folder
upwards, as git looks for ``.git``; where there is none, it fails with one line saying what to pass.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CooperationRulesError


class CheckoutFolderMissing(CooperationRulesError, FileNotFoundError):  # noqa: N818 - reads as what is wrong
    """A folder a command needs was not given and is not in the working folder or above it."""


def find_in_checkout(relative: str, *, start: Path | None = None, option: str) -> Path:
    """``relative`` under ``start`` (default: the working folder) or the nearest folder above it that has it.

    ``option`` names the command-line option that gives the folder, for the error.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / relative
        if candidate.exists():
            return candidate
    raise CheckoutFolderMissing(f"no {relative} in {here} or a folder above it; give one with {option}")


def checkout_root(*, start: Path | None = None) -> Path | None:
    """The nearest folder from ``start`` upwards that has ``features/`` and ``rules/`` (a checkout), or ``None``."""
    here = (start or Path.cwd()).resolve()
    return next((f for f in (here, *here.parents) if (f / "features").is_dir() and (f / "rules").is_dir()), None)
