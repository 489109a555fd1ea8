"""The checks a rulebook makes of its rules: every fact, event type, provision, value, date and period they name exists.

Every fault is reported, not only the first, each naming the file, the line and column (when the
rule was read from a file), the rule and the field.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from ..errors import RuleFileError, UnknownProvision
from ..law.agreement import Agreement
from ..law.provisions import Treaty
from ..model.events import EVENT_TYPES
from ..model.vocabulary import Bearer
from ..rulefiles.reading import Positions
from ..rulefiles.schema import PHASE_FACTS
from .facts import DATE_FACTS, FACT_SPECS, LIFECYCLE

if TYPE_CHECKING:
    from ..rulefiles.schema import FactCondition, Rule


#: The code of a fault naming an eId that no provision has.
UNKNOWN_PROVISION = "unknown_provision"
#: The code of an allowance naming a rule no file holds: left out, like an unknown eId, while a file did not read.
UNKNOWN_ALLOWED_RULE = "unknown_allowed_rule"


class _Place:
    """Where the faults of one rule are: its file, its position in the file, and the file's positions if read from one."""

    def __init__(self, file: str, index: int, rule: Rule, positions: Positions | None) -> None:
        self.file, self.index, self.rule, self.positions = file, index, rule, positions

    def fault(self, message: str, *path: str | int, code: str | None = None) -> RuleFileError:
        field = ".".join(str(p) for p in path) or None
        if self.positions is None:
            return RuleFileError(self.file, message, rule=self.rule.id, field=field, code=code)
        return self.positions.fault(("rules", self.index, *path), message, rule=self.rule.id, field=field, code=code)


def _condition_faults(place: _Place, index: int | None, cond: FactCondition) -> Iterator[RuleFileError]:
    """The faults of one condition; ``index`` is its place in ``when``, ``None`` for the one ``applies_while`` implies."""
    rule = place.rule
    where: tuple[str | int, ...] = ("when", index) if index is not None else ("applies_while",)
    spec = FACT_SPECS.get(cond.fact)
    if spec is None:
        yield place.fault(f"unknown fact {cond.fact!r}", *where, "fact")
        return
    missing = [t for t in rule.applies_to if t not in spec.types]
    if missing:
        what = f"fact {cond.fact!r}" if index is not None else f"applies_while: {rule.phase.value} (the fact {cond.fact!r})"
        hint = "" if index is not None else "; say 'applies_while: always' for these types"
        yield place.fault(
            f"{what} does not exist for event type(s) {', '.join(missing)}{hint}",
            *where,
            *(("fact",) if index is not None else ()),
        )
    op, value = cond.operator, cond.operand
    if op == "exists":
        return
    values = value if op in ("in", "not_in") else (value,)
    if op in ("lt", "lte", "gt", "gte") and spec.kind != "int":
        yield place.fault(f"{op} compares numbers, but {cond.fact!r} is {spec.kind}", *where, op)
        return
    for v in values:
        ok = {
            "bool": isinstance(v, bool),
            "int": isinstance(v, int) and not isinstance(v, bool),
            "str": isinstance(v, str),
            "enum": isinstance(v, str) and v in spec.values,
        }[spec.kind]
        if not ok:
            allowed = f"; allowed: {', '.join(spec.values)}" if spec.kind == "enum" else ""
            yield place.fault(f"{v!r} is not a valid value of {cond.fact!r} ({spec.kind}){allowed}", *where, op)


def rule_faults(
    file: str, index: int, rule: Rule, treaty: Treaty, agreement: Agreement, positions: Positions | None = None
) -> Iterator[RuleFileError]:
    """Every fault of ``rule``, the ``index``-th rule of ``file``."""
    place = _Place(file, index, rule, positions)
    stem = file.removesuffix(".yaml")
    if not rule.id.startswith(stem + "."):
        yield place.fault(f"rule ids in {file} start with {stem + '.'!r}", "id")
    for t in rule.applies_to:
        if t not in EVENT_TYPES and t != LIFECYCLE:
            yield place.fault(f"unknown event type {t!r}; expected one of: {', '.join((*EVENT_TYPES, LIFECYCLE))}", "applies_to")
    for eid in rule.cites:
        if eid not in treaty:
            yield place.fault(str(UnknownProvision(eid)), "cites", code=UNKNOWN_PROVISION)
    for i, duty in enumerate(rule.duties):
        for eid in duty.cites or ():
            if eid not in treaty:
                yield place.fault(str(UnknownProvision(eid)), "duties", i, "cites", code=UNKNOWN_PROVISION)
    if PHASE_FACTS[rule.phase] is not None:
        yield from _condition_faults(place, None, rule.conditions[0])
    for i, cond in enumerate(rule.when):
        yield from _condition_faults(place, i, cond)
    for i, duty in enumerate(rule.duties):
        if duty.due is not None:
            have = DATE_FACTS.get(duty.due.from_)
            if have is None or any(t not in have for t in rule.applies_to):
                yield place.fault(
                    f"no date {duty.due.from_!r} for these event types; dates: {', '.join(DATE_FACTS)}",
                    "duties",
                    i,
                    "due",
                    "from",
                )
            if duty.due.period is not None and agreement.periods.get(duty.due.period) is None:
                names = ", ".join(type(agreement.periods).model_fields)
                yield place.fault(
                    f"no period {duty.due.period!r} in agreement.yaml; periods: {names}", "duties", i, "due", "period"
                )
        if LIFECYCLE in rule.applies_to and duty.bearer is not Bearer.BOTH:
            yield place.fault("a lifecycle duty has no actor: its bearer is 'both'", "duties", i, "bearer")
    if rule.verdict is None and not rule.duties and LIFECYCLE in rule.applies_to:
        yield place.fault("a lifecycle rule must give a duty")


def allowance_faults(
    file: str, index: int, rule: Rule, rule_ids: Collection[str], positions: Positions | None = None
) -> Iterator[RuleFileError]:
    """Every entry of ``rule``'s ``allows`` that names no rule of the rulebook (``rule_ids``)."""
    place = _Place(file, index, rule, positions)
    for i, allowance in enumerate(rule.allows):
        if allowance.rule not in rule_ids:
            yield place.fault(f"unknown rule {allowance.rule!r}", "allows", i, "rule", code=UNKNOWN_ALLOWED_RULE)


def agreement_faults(agreement: Agreement, treaty: Treaty) -> Iterator[RuleFileError]:
    """Every eId ``agreement.yaml`` cites that names no provision."""
    for eid in agreement.cited():
        if eid not in treaty:
            yield RuleFileError("agreement.yaml", str(UnknownProvision(eid)), field="cites", code=UNKNOWN_PROVISION)
