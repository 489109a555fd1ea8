"""Rule files written before formats were numbered, read as format 1.

Files of format 0 have no ``format`` key and no ``applies_while``: each rule carried its own
condition on the Agreement's status (``agreement_applies``, ``data_protection_applies`` or
``agreement_status``), and the Agreement's periods lived in code. Read as format 1 they apply
``always`` (their own conditions already say when) and count with the bundled ``agreement.yaml``,
whose periods are the ones that code held. ``tools.diff`` upgrades the rules of an older git
revision this way, so that ``diff --against`` compares decisions across the change of format.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .reading import AGREEMENT_FILE, bundled_rules_dir, read_yaml_file

_FORMAT_0_AS_1 = (
    "format: 1\n# Upgraded from format 0: each rule states its own condition on the Agreement's status.\napplies_while: always\n"
)


def upgrade_folder(folder: Path) -> list[str]:
    """Rewrite every format-0 file of ``folder`` as format 1, and add the bundled ``agreement.yaml`` if it has none.

    Returns the names of the files written. A file that already says its format is left as it is.
    """
    written: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == AGREEMENT_FILE:
            continue
        document = read_yaml_file(path, path.name)
        if isinstance(document, dict) and "format" not in document:
            path.write_text(_FORMAT_0_AS_1 + path.read_text(encoding="utf-8"), encoding="utf-8")
            written.append(path.name)
    if written and not (folder / AGREEMENT_FILE).exists():
        shutil.copyfile(bundled_rules_dir() / AGREEMENT_FILE, folder / AGREEMENT_FILE)
        written.append(AGREEMENT_FILE)
    return written
