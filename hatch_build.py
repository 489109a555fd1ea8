"""Build hook: compile the message catalogs (``.po``) into the ``.mo`` files the package reads.

Registered under ``[tool.hatch.build.hooks.custom]`` in pyproject.toml. The ``.mo`` files are
never committed: every build makes them from ``src/cooperation_rules/locale/*/LC_MESSAGES/*.po``.

- wheel: compiled into a temporary folder and added to the wheel; the ``.po`` sources stay out.
- editable install (``pip install -e .``): compiled beside their ``.po`` in the source tree,
  where the package, imported from ``src/``, reads them.

A catalog with an error (a fuzzy header, a broken placeholder) stops the build.
``python hatch_build.py`` compiles them in place without building anything.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE = Path("src") / "cooperation_rules" / "locale"
PACKAGE_LOCALE = "cooperation_rules/locale"


def compile_catalogs(root: Path, out: Path) -> list[Path]:
    """Compile every ``<lang>/LC_MESSAGES/<domain>.po`` under ``root/LOCALE`` into ``out/<lang>/LC_MESSAGES/<domain>.mo``."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written: list[Path] = []
    for po in sorted((root / LOCALE).glob("*/LC_MESSAGES/*.po")):
        relative = po.relative_to(root / LOCALE).with_suffix(".mo")
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.parts[-3])
        if catalog.fuzzy:
            raise RuntimeError(f"{po}: the catalog's header is marked fuzzy; it would not be compiled")
        errors = [f"{po}: {message.id!r}: {error}" for message, errs in catalog.check() for error in errs]
        if errors:
            raise RuntimeError("\n".join(errors))
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(target)
    if not written:
        raise RuntimeError(f"no message catalogs found under {root / LOCALE}")
    return written


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile the catalogs for every wheel, standard or editable."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        if version == "editable":
            compile_catalogs(root, root / LOCALE)
            return
        self._tmp = Path(tempfile.mkdtemp(prefix="cooperation-rules-mo-"))
        for mo in compile_catalogs(root, self._tmp):
            build_data["force_include"][str(mo)] = f"{PACKAGE_LOCALE}/{mo.relative_to(self._tmp).as_posix()}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for path in compile_catalogs(here, here / LOCALE):
        print(f"compiled {path.relative_to(here)}")
