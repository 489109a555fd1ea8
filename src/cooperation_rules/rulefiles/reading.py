"""Reading the files of a rules folder: YAML through a safe loader, every fault found, each with its place.

A rules folder is read as a validator reads: every file is read and validated, and every fault
of every file is reported at once, each naming the file, the line and column, the rule and the
field (``RuleFileError.faults``). A file that cannot be read, is not UTF-8, is not YAML, repeats a
key, lacks ``format: 1`` or does not match the schema is a fault of that file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import RuleFileError
from ..model.bounded import MAX_RULE_FILE_BYTES, read_bounded
from .schema import RULE_FORMAT, RuleFile

#: PyYAML's C parser (libyaml) where PyYAML was built with it, else its Python one: the same documents, ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: The file of a rules folder that holds the Agreement's own facts (``law.agreement``), read apart from the rule files.
AGREEMENT_FILE = "agreement.yaml"
#: The folder of a rules folder that holds the other authentic texts (``law.authentic_texts``).
TEXTS_FOLDER = "texts"

Path_ = tuple[str | int, ...]
_Model = TypeVar("_Model", bound=BaseModel)


def bundled_rules_dir() -> Path:
    """The ``rules/`` folder shipped in the wheel, or the checkout's ``rules/`` in development."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "rules", package.parents[1] / "rules"):
        if (candidate / "art_10.yaml").is_file():
            return candidate
    raise FileNotFoundError(f"no rules/ folder found in {package} or in the source checkout")


@dataclass(frozen=True)
class Positions:
    """Where each value of a YAML document starts: line and column (from 1) by path of keys and indexes."""

    file: str
    marks: Mapping[Path_, tuple[int, int]] = field(default_factory=dict)

    def of(self, path: Path_) -> tuple[int | None, int | None]:
        """The line and column of ``path``, or of the nearest enclosing value that has one."""
        while True:
            found = self.marks.get(path)
            if found is not None:
                return found
            if not path:
                return None, None
            path = path[:-1]

    def fault(
        self, path: Path_, message: str, *, rule: str | None = None, field: str | None = None, code: str | None = None
    ) -> RuleFileError:
        """A fault of this file at ``path``."""
        line, column = self.of(path)
        return RuleFileError(self.file, message, rule=rule, field=field, line=line, column=column, code=code)


def _walk(node: yaml.Node, path: Path_, marks: dict[Path_, tuple[int, int]], faults: list[tuple[Path_, str]]) -> None:
    """Record where every value starts; a key written twice in one mapping is a fault (YAML would keep the last)."""
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else repr(key.value)
            if name in seen:
                marks[(*path, name, "#duplicate")] = (key.start_mark.line + 1, key.start_mark.column + 1)
                faults.append(((*path, name, "#duplicate"), f"key {name!r} is written twice; a key is written once"))
            seen.add(name)
            _walk(value, (*path, name), marks, faults)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), marks, faults)


def read_yaml_document(path: Path, name: str) -> tuple[Any, Positions]:
    """The YAML document of ``path`` and where each of its values starts.

    A file that cannot be read, is not UTF-8, is not YAML, or repeats a key in one mapping is a
    ``RuleFileError`` naming ``name`` (and, where there is one, the line and column).
    """
    try:
        text = read_bounded(path, MAX_RULE_FILE_BYTES).decode("utf-8")
    except OSError as exc:
        raise RuleFileError(name, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise RuleFileError(name, f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    loader = _YAML_LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleFileError(name, f"not valid YAML: {problem}", line=line, column=column) from None
    finally:
        loader.dispose()
    marks: dict[Path_, tuple[int, int]] = {}
    duplicates: list[tuple[Path_, str]] = []
    if node is not None:
        _walk(node, (), marks, duplicates)
    positions = Positions(name, marks)
    if duplicates:
        raise RuleFileError.collected([positions.fault(where, message) for where, message in duplicates])
    return data, positions


def read_yaml_file(path: Path, name: str) -> Any:
    """The YAML document of ``path`` (see ``read_yaml_document``)."""
    return read_yaml_document(path, name)[0]


def _rule_label(raw: Any, index: int) -> str:
    try:
        return str(raw["rules"][index].get("id") or f"#{index + 1}")
    except (KeyError, IndexError, TypeError, AttributeError):
        return f"#{index + 1}"


def validation_faults(raw: Any, exc: ValidationError, positions: Positions) -> Iterator[RuleFileError]:
    """Every fault pydantic found in a file, each with its line and column, rule and field."""
    for err in exc.errors(include_url=False):
        loc: Path_ = tuple(err["loc"])
        at = loc
        rule: str | None = None
        shown: list[str | int] = list(loc)
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rule = _rule_label(raw, loc[1])
            shown = list(loc[2:])
        elif len(loc) >= 2 and loc[0] == "text" and isinstance(loc[1], int):
            shown = [f"text[{loc[1] + 1}]", *loc[2:]]
        message = "unknown field" if err["type"] == "extra_forbidden" else str(err["msg"]).removeprefix("Value error, ")
        # pydantic names a model's field by its alias ("in", "from"); the document holds that name too.
        yield positions.fault(at, message, rule=rule, field=".".join(str(p) for p in shown) or None)


def _format_fault(raw: Any, positions: Positions) -> RuleFileError | None:
    """Every file of a rules folder starts with ``format: 1``: the rule-file format it is written in."""
    version = raw.get("format") if isinstance(raw, dict) else None
    if version == RULE_FORMAT and type(version) is int:
        return None
    if version is None:
        return positions.fault((), f"no 'format'; a rules file starts with 'format: {RULE_FORMAT}'", field="format")
    return positions.fault(
        ("format",), f"format {version!r} is not one this library reads (it reads format {RULE_FORMAT})", field="format"
    )


def validate_file(path: Path, model: type[_Model], name: str | None = None) -> _Model:
    """Read ``path`` and validate it as ``model``; every fault at once, with its line and column."""
    return validate_document(*read_yaml_document(path, name or path.name), model)


def validate_document(raw: Any, positions: Positions, model: type[_Model]) -> _Model:
    """Validate a document read by ``read_yaml_document`` as ``model``; every fault at once."""
    if not isinstance(raw, dict):
        raise positions.fault((), "a rules file is a mapping that starts with 'format: 1'")
    faults: list[RuleFileError] = []
    wrong_format = _format_fault(raw, positions)
    if wrong_format is not None:
        faults.append(wrong_format)
    try:
        document = model.model_validate(raw)
    except ValidationError as exc:
        faults.extend(f for f in validation_faults(raw, exc, positions) if f.field != "format" or wrong_format is None)
        raise RuleFileError.collected(faults) from None
    if faults:
        raise RuleFileError.collected(faults)
    return document


@dataclass(frozen=True)
class LoadedFile:
    """One rule file as read: its name, its validated content, and where each of its values starts."""

    name: str
    content: RuleFile
    positions: Positions


def rule_file_paths(folder: Path) -> list[Path]:
    """The rule files of ``folder`` in rulebook order (``rule_file_order``): every ``*.yaml`` but ``agreement.yaml``.

    A file named ``*.yml`` is refused rather than skipped: it would otherwise be ignored without a word.
    """
    if not folder.is_dir():
        raise RuleFileError(str(folder), "not a folder of rule files")
    strays = sorted(p.name for p in folder.glob("*.yml"))
    if strays:
        raise RuleFileError.collected(
            [RuleFileError(name, "rule files end in .yaml; rename it, or move it out of the rules folder") for name in strays]
        )
    paths = sorted((p for p in folder.glob("*.yaml") if p.name != AGREEMENT_FILE), key=rule_file_order)
    if not paths:
        raise RuleFileError(str(folder), "no *.yaml rule files")
    return paths


def read_rule_folder(folder: Path) -> tuple[list[LoadedFile], list[RuleFileError]]:
    """Every rule file of ``folder`` that reads and validates, in rulebook order, and the faults of the others."""
    loaded: list[LoadedFile] = []
    faults: list[RuleFileError] = []
    for path in rule_file_paths(folder):
        try:
            raw, positions = read_yaml_document(path, path.name)
            loaded.append(LoadedFile(path.name, validate_document(raw, positions, RuleFile), positions))
        except RuleFileError as exc:
            faults.append(exc)
    return loaded, faults


def load_rule_files(folder: Path) -> list[LoadedFile]:
    """Every rule file of ``folder``, read and validated, in rulebook order; every fault of every file at once."""
    loaded, faults = read_rule_folder(folder)
    if faults:
        raise RuleFileError.collected(faults)
    return loaded


def rule_file_order(path: Path) -> tuple[int, str]:
    """``preamble.yaml`` first, then ``art_N.yaml`` by N, then any other file by name."""
    stem = path.stem
    if stem == "preamble":
        return (-1, stem)
    if stem.startswith("art_") and stem[4:].isdigit():
        return (int(stem[4:]), stem)
    return (10_000, stem)
