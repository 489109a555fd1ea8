"""Where the tooling finds a checkout's folders: the working folder or the nearest folder above it that has them.

The tools work on a project's own files (``features/``, ``tests/corpus``, ``build/``), which a
wheel does not hold. A command that is not given a folder looks for it from the working folder
upwards, as git looks for ``.git``; where there is none, it fails with one line saying what to pass.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ..errors import CooperationRulesError

#: The commit of a run or a site made outside a git checkout.
UNKNOWN_COMMIT = "unknown"


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


def head_commit(folder: Path | None = None) -> str:
    """``git rev-parse HEAD`` in ``folder`` (default: the working folder): the commit a run or a site is made from;
    ``unknown`` outside a git checkout or where git cannot be run, which the record and the site then say."""
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        done = subprocess.run(
            ["git", "-C", str(folder or Path.cwd()), "rev-parse", "HEAD"],
            capture_output=True,
            check=False,
            env=env,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN_COMMIT
    commit = done.stdout.decode("ascii", errors="replace").strip()
    return (
        commit if done.returncode == 0 and len(commit) == 40 and all(c in "0123456789abcdef" for c in commit) else UNKNOWN_COMMIT
    )
