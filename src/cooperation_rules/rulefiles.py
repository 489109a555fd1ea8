"""The schema of ``rules/*.yaml``: each file holds an article's text and the rules that implement it.

A rule says, for some event types, *when* (conditions on facts, all of which must hold)
*then* what (a verdict, duties with bearer and deadline, or only a finding), which provisions
it cites and, in one sentence, why. Files are validated at load; a fault names the file,
the rule and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints, ValidationError, model_validator

from .errors import RuleFileError
from .vocabulary import Bearer, DutyKind, Verdict

Scalar = StrictBool | StrictInt | str
RuleId = Annotated[str, StringConstraints(pattern=r"^art_\d+(\.[a-z0-9_]+)+$")]
Eid = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]
_OPERATORS = ("equals", "not_equals", "in", "not_in", "lt", "lte", "gt", "gte", "exists")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Condition(_Frozen):
    """``{fact: NAME, OPERATOR: VALUE}`` with exactly one operator.

    Operators: ``equals``, ``not_equals``, ``in`` (a list), ``not_in`` (a list), ``lt``, ``lte``,
    ``gt``, ``gte`` (whole numbers), ``exists`` (true/false). A fact that is absent (a field left
    null) satisfies only ``exists: false``.
    """

    fact: str
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    in_: tuple[Scalar, ...] | None = Field(default=None, alias="in", min_length=1)
    not_in: tuple[Scalar, ...] | None = Field(default=None, min_length=1)
    lt: StrictInt | None = None
    lte: StrictInt | None = None
    gt: StrictInt | None = None
    gte: StrictInt | None = None
    exists: StrictBool | None = None

    @model_validator(mode="after")
    def _one_operator(self) -> Condition:
        ops = [o for o in _OPERATORS if getattr(self, "in_" if o == "in" else o) is not None]
        if len(ops) != 1:
            raise ValueError(f"a condition on {self.fact!r} needs exactly one of {', '.join(_OPERATORS)}; found {ops or 'none'}")
        return self

    @property
    def operator(self) -> str:
        """The operator's name as written in the file."""
        return next(o for o in _OPERATORS if getattr(self, "in_" if o == "in" else o) is not None)

    @property
    def operand(self) -> Any:
        """The operator's value."""
        return getattr(self, "in_" if self.operator == "in" else self.operator)


class Due(_Frozen):
    """A deadline computed from a date fact: ``{from: destruction_term}``, ``{from: date, add_days: 15}``."""

    from_: str = Field(alias="from")
    add_days: int = 0
    add_months: int = 0


class DutySpec(_Frozen):
    """A duty: its kind, who bears it, and when it falls due (``immediately``, a ``due`` date, or neither)."""

    kind: DutyKind
    bearer: Bearer
    due: Due | None = None
    immediately: StrictBool = False


class Rule(_Frozen):
    """One rule: when its conditions hold for an event of a type in ``applies_to``, it gives its effect."""

    id: RuleId
    applies_to: Annotated[tuple[str, ...], Field(min_length=1)]
    cites: Annotated[tuple[Eid, ...], Field(min_length=1)]
    when: tuple[Condition, ...] = ()
    verdict: Verdict | None = None
    duties: tuple[DutySpec, ...] = ()
    explain: Annotated[str, StringConstraints(min_length=10, strip_whitespace=True)]
    assumes: Annotated[str, StringConstraints(min_length=10, strip_whitespace=True)] | None = None
    comment: str | None = None
    """Interpretation notes for lawyers and engineers; not shown in evaluations."""


class TextEntry(_Frozen):
    """A provision's verbatim text as stored: eId, optional label and number, and why it binds no event."""

    eid: Eid
    text: Annotated[str, StringConstraints(min_length=1)]
    label: str | None = None
    num: str | None = None
    binds_no_event: str | None = None


class RuleFile(_Frozen):
    """One file of ``rules/``: a title (the article heading), its text, and its rules."""

    title: str | None = None
    text: tuple[TextEntry, ...] = ()
    rules: tuple[Rule, ...] = ()


def _error_from_validation(file: str, raw: Any, exc: ValidationError) -> RuleFileError:
    err = exc.errors(include_url=False)[0]
    loc = list(err["loc"])
    rule: str | None = None
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        try:
            rule = str(raw["rules"][loc[1]].get("id") or f"#{loc[1] + 1}")
        except (KeyError, IndexError, TypeError, AttributeError):
            rule = f"#{loc[1] + 1}"
        loc = loc[2:]
    elif len(loc) >= 2 and loc[0] == "text" and isinstance(loc[1], int):
        loc = [f"text[{loc[1] + 1}]", *loc[2:]]
    field = ".".join(str(p) for p in loc) or None
    more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return RuleFileError(file, str(err["msg"]).removeprefix("Value error, ") + more, rule=rule, field=field)


#: PyYAML's C parser (libyaml) where PyYAML was built with it, else its Python one: the same documents, ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """``yaml.safe_load`` through the fastest safe loader available."""
    return yaml.load(text, Loader=_YAML_LOADER)


def read_yaml_file(path: Path, name: str) -> Any:
    """The YAML document of ``path``; a file that cannot be read, is not UTF-8 or is not YAML is a
    ``RuleFileError`` naming ``name``."""
    try:
        return read_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleFileError(name, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise RuleFileError(name, f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    except yaml.YAMLError as exc:
        raise RuleFileError(name, f"not valid YAML: {exc}") from None


def load_rule_file(path: Path) -> RuleFile:
    """Read and validate one rule file."""
    name = path.name
    raw = read_yaml_file(path, name)
    if not isinstance(raw, dict):
        raise RuleFileError(name, "a rule file is a mapping with 'title', 'text' and 'rules'")
    try:
        return RuleFile.model_validate(raw)
    except ValidationError as exc:
        raise _error_from_validation(name, raw, exc) from None


def load_rule_files(folder: Path) -> list[tuple[str, RuleFile]]:
    """Every ``*.yaml`` of ``folder``, read and validated, with its file name, in rulebook order (``rule_file_order``)."""
    if not folder.is_dir():
        raise RuleFileError(str(folder), "not a folder of rule files")
    paths = sorted(folder.glob("*.yaml"), key=rule_file_order)
    if not paths:
        raise RuleFileError(str(folder), "no *.yaml rule files")
    return [(p.name, load_rule_file(p)) for p in paths]


def rule_file_order(path: Path) -> tuple[int, str]:
    """``preamble.yaml`` first, then ``art_N.yaml`` by N, then any other file by name."""
    stem = path.stem
    if stem == "preamble":
        return (-1, stem)
    if stem.startswith("art_") and stem[4:].isdigit():
        return (int(stem[4:]), stem)
    return (10_000, stem)
