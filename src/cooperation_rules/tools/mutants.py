"""Mutants of the rules: the changes a careless edit of ``rules/`` would make, one rule at a time.

For every rule of a rulebook's files this module makes the mutants that the tests must notice:

- ``drop_condition``: one condition of ``when`` deleted;
- ``negate_condition``: one condition turned round (``equals`` <-> ``not_equals``, ``in`` <-> ``not_in``,
  ``lt`` <-> ``gte``, ``lte`` <-> ``gt``, ``exists: true`` <-> ``exists: false``);
- ``swap_verdict``: the verdict replaced by each of the other three;
- ``swap_duty_kind``: a duty's kind replaced by the next kind of :class:`DutyKind` the rule does not impose;
- ``change_bearer``: a duty's bearer replaced by each of the other two;
- ``shift_boundary``: a number compared with (``lt``, ``lte``, ``gt``, ``gte``: day counts) or a due
  date moved by one day either way;
- ``drop_citation``: one cited provision deleted;
- ``drop_duty``: one duty deleted;
- ``toggle_immediately``: a duty's ``immediately`` turned round;
- ``toggle_urgently``: a duty's ``urgently`` (Art. 9(2), "in urgent manner") turned round;
- ``drop_event_type``: one event type of ``applies_to`` deleted (when the rule names more than one);
- ``drop_value``: one value deleted from the list of an ``in`` or ``not_in`` condition (of two or more);
- ``change_phase``: ``applies_while`` (when in the Agreement's life the rule applies) replaced by each other value.

The Agreement's own facts (``agreement.yaml``) are mutated too, as ``agreement.*`` mutants:

- ``shift_period``: each period (fifteen days, six months, thirty days), the month of entry into
  force and the day of signature moved by one (day or month) either way;
- ``drop_value``: one lawful ground of suspension deleted; ``add_value``: the ground ``other`` made lawful.

A mutant is data: the file and position of the rule it changes, and the rule as changed, or,
when the rule-file schema itself refuses the change (a rule must cite a provision), why. No
Python changes, as no rule is Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..law import legal_calendar
from ..law.agreement import Agreement
from ..model.vocabulary import Bearer, DutyKind, SuspensionGround, Verdict
from ..rulefiles.reading import AGREEMENT_FILE
from ..rulefiles.schema import AppliesWhile, DutySpec, FactCondition, Rule, RuleFile

__all__ = ["Mutant", "MutationKind", "apply_mutant", "make_mutants"]


class MutationKind(StrEnum):
    """What a mutant changes in its rule."""

    DROP_CONDITION = "drop_condition"
    NEGATE_CONDITION = "negate_condition"
    SWAP_VERDICT = "swap_verdict"
    SWAP_DUTY_KIND = "swap_duty_kind"
    CHANGE_BEARER = "change_bearer"
    SHIFT_BOUNDARY = "shift_boundary"
    DROP_CITATION = "drop_citation"
    DROP_DUTY = "drop_duty"
    TOGGLE_IMMEDIATELY = "toggle_immediately"
    TOGGLE_URGENTLY = "toggle_urgently"
    DROP_EVENT_TYPE = "drop_event_type"
    DROP_VALUE = "drop_value"
    ADD_VALUE = "add_value"
    CHANGE_PHASE = "change_phase"
    SHIFT_PERIOD = "shift_period"


class Mutant(BaseModel):
    """One rule, or the Agreement's own facts, changed one way.

    ``rule`` is the changed rule, or ``None`` when the schema refuses it (``refusal``) or when the
    mutant changes ``agreement.yaml``: then ``agreement`` holds the changed facts.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    """``<rule id>/<kind>/<detail>``: stable as long as the rule is not rewritten."""
    kind: MutationKind
    file: str
    position: int
    """Index of the rule in its file."""
    rule_id: str
    provisions: tuple[str, ...]
    """The eIds the original rule cites: where the mutant is reported."""
    description: str
    """The change in the words of the rule file, e.g. ``when[2] {fact: necessary, equals: false} -> not_equals``."""
    rule: Rule | None
    refusal: str | None = None
    agreement: Agreement | None = None

    @property
    def refused(self) -> bool:
        """True when the schema refuses the change: there is nothing to judge."""
        return self.rule is None and self.agreement is None


_NEGATION = {
    "equals": "not_equals",
    "not_equals": "equals",
    "in": "not_in",
    "not_in": "in",
    "lt": "gte",
    "gte": "lt",
    "lte": "gt",
    "gt": "lte",
}
_NUMERIC = ("lt", "lte", "gt", "gte")


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def _condition_text(c: FactCondition) -> str:
    return f"{{fact: {c.fact}, {c.operator}: {_show(c.operand)}}}"


def _condition(fact: str, operator: str, operand: Any) -> FactCondition:
    return FactCondition.model_validate({"fact": fact, operator: operand})


def _rule_data(rule: Rule) -> dict[str, Any]:
    return rule.model_dump(by_alias=True, exclude_none=True)


def _duty_text(d: DutySpec) -> str:
    return f"{{kind: {d.kind.value}, bearer: {d.bearer.value}}}"


def _replaced(items: list[dict[str, Any]], index: int, item: dict[str, Any]) -> list[dict[str, Any]]:
    return [item if j == index else x for j, x in enumerate(items)]


def _without(items: list[Any], index: int) -> list[Any]:
    return [x for j, x in enumerate(items) if j != index]


def _variants(rule: Rule) -> Iterator[tuple[MutationKind, str, str, dict[str, Any]]]:
    """(kind, id detail, description, the changed rule's data) for every mutant of ``rule``."""
    data = _rule_data(rule)
    conditions: list[dict[str, Any]] = data["when"]
    duties: list[dict[str, Any]] = data["duties"]
    for i, cond in enumerate(rule.when):
        where = f"when[{i + 1}] {_condition_text(cond)}"
        yield MutationKind.DROP_CONDITION, f"when{i + 1}", f"{where} deleted", {**data, "when": _without(conditions, i)}
        op, value = cond.operator, cond.operand
        negated = _condition(cond.fact, "exists", not value) if op == "exists" else _condition(cond.fact, _NEGATION[op], value)
        variants = [(MutationKind.NEGATE_CONDITION, f"when{i + 1}", negated)]
        if op in ("in", "not_in") and len(value) > 1:
            variants += [
                (MutationKind.DROP_VALUE, f"when{i + 1}-{member}", _condition(cond.fact, op, tuple(_without(list(value), k))))
                for k, member in enumerate(value)
            ]
        if op in _NUMERIC:
            variants += [
                (MutationKind.SHIFT_BOUNDARY, f"when{i + 1}{step:+d}", _condition(cond.fact, op, value + step))
                for step in (-1, 1)
            ]
        for kind, detail, changed in variants:
            yield (
                kind,
                detail,
                f"{where} -> {_condition_text(changed)}",
                {**data, "when": _replaced(conditions, i, _rule_data_condition(changed))},
            )
    if rule.verdict is not None:
        for other in Verdict:
            if other is not rule.verdict:
                yield (
                    MutationKind.SWAP_VERDICT,
                    other.value,
                    f"verdict {rule.verdict.value} -> {other.value}",
                    {**data, "verdict": other.value},
                )
    kinds = {d.kind for d in rule.duties}
    members = list(DutyKind)
    for i, duty in enumerate(rule.duties):
        start = members.index(duty.kind)
        replacement = next(k for k in members[start + 1 :] + members[:start] if k not in kinds)
        yield (
            MutationKind.SWAP_DUTY_KIND,
            f"duty{i + 1}",
            f"duties[{i + 1}] {_duty_text(duty)}: kind -> {replacement.value}",
            {**data, "duties": _replaced(duties, i, {**duties[i], "kind": replacement.value})},
        )
        for bearer in Bearer:
            if bearer is not duty.bearer:
                yield (
                    MutationKind.CHANGE_BEARER,
                    f"duty{i + 1}-{bearer.value}",
                    f"duties[{i + 1}] {_duty_text(duty)}: bearer -> {bearer.value}",
                    {**data, "duties": _replaced(duties, i, {**duties[i], "bearer": bearer.value})},
                )
        if duty.due is not None:
            for step in (-1, 1):
                due = {**duty.due.model_dump(by_alias=True), "add_days": duty.due.add_days + step}
                period = f"period: {duty.due.period}, " if duty.due.period is not None else ""
                shown = f"{{from: {duty.due.from_}, {period}add_months: {duty.due.add_months}, add_days: {duty.due.add_days}}}"
                yield (
                    MutationKind.SHIFT_BOUNDARY,
                    f"duty{i + 1}-due{step:+d}",
                    f"duties[{i + 1}] {_duty_text(duty)}: due {shown} moved {step:+d} day",
                    {**data, "duties": _replaced(duties, i, {**duties[i], "due": due})},
                )
    for i, duty in enumerate(rule.duties):
        yield (
            MutationKind.DROP_DUTY,
            f"duty{i + 1}",
            f"duties[{i + 1}] {_duty_text(duty)} deleted",
            {**data, "duties": _without(duties, i)},
        )
        flipped = "false" if duty.immediately else "true"
        yield (
            MutationKind.TOGGLE_IMMEDIATELY,
            f"duty{i + 1}",
            f"duties[{i + 1}] {_duty_text(duty)}: immediately -> {flipped}",
            {**data, "duties": _replaced(duties, i, {**duties[i], "immediately": not duty.immediately})},
        )
        yield (
            MutationKind.TOGGLE_URGENTLY,
            f"duty{i + 1}",
            f"duties[{i + 1}] {_duty_text(duty)}: urgently -> {'false' if duty.urgently else 'true'}",
            {**data, "duties": _replaced(duties, i, {**duties[i], "urgently": not duty.urgently})},
        )
    for phase in AppliesWhile:
        if phase is not rule.phase:
            yield (
                MutationKind.CHANGE_PHASE,
                phase.value,
                f"applies_while {rule.phase.value} -> {phase.value}",
                {**data, "applies_while": phase.value},
            )
    if len(rule.applies_to) > 1:
        for i, event_type in enumerate(rule.applies_to):
            yield (
                MutationKind.DROP_EVENT_TYPE,
                event_type,
                f"applies_to {event_type} deleted",
                {**data, "applies_to": _without(list(rule.applies_to), i)},
            )
    for i, duty in enumerate(rule.duties):
        for k, eid in enumerate(duty.cites or ()):
            rest = _without(list(duty.cites or ()), k) or None
            yield (
                MutationKind.DROP_CITATION,
                f"duty{i + 1}-{eid}",
                f"duties[{i + 1}] {_duty_text(duty)}: cites {eid} deleted",
                {**data, "duties": _replaced(duties, i, {**duties[i], "cites": rest})},
            )
    for i, eid in enumerate(rule.cites):
        yield (
            MutationKind.DROP_CITATION,
            eid,
            f"cites {eid} deleted",
            {**data, "cites": _without(list(rule.cites), i)},
        )


def _rule_data_condition(c: FactCondition) -> dict[str, Any]:
    return c.model_dump(by_alias=True, exclude_none=True)


def make_mutants(files: Sequence[tuple[str, RuleFile]], agreement: Agreement | None = None) -> tuple[Mutant, ...]:
    """Every mutant of every rule of ``files`` (name, rule file), in rulebook order, then of ``agreement``'s facts."""
    out: list[Mutant] = []
    for name, rf in files:
        for position, rule in enumerate(rf.rules):
            for kind, detail, description, data in _variants(rule):
                changed: Rule | None
                refusal = None
                try:
                    changed = Rule.model_validate(data)
                except ValidationError as exc:
                    err = exc.errors(include_url=False)[0]
                    where = ".".join(str(p) for p in err["loc"])
                    changed, refusal = None, f"the rule-file schema refuses it ({where}: {err['msg']})"
                out.append(
                    Mutant(
                        id=f"{rule.id}/{kind.value}/{detail}",
                        kind=kind,
                        file=name,
                        position=position,
                        rule_id=rule.id,
                        provisions=rule.cited,
                        description=description,
                        rule=changed,
                        refusal=refusal,
                    )
                )
    if agreement is not None:
        out.extend(_agreement_mutants(agreement))
    return tuple(out)


def _agreement_variants(agreement: Agreement) -> Iterator[tuple[MutationKind, str, str, tuple[str, ...], dict[str, Any]]]:
    """(kind, what, description, the provisions it comes from, the changed facts' data) for each change of ``agreement``."""
    data = agreement.model_dump(mode="json")
    for step in (-1, 1):
        moved = legal_calendar.add_days(agreement.signed, step).isoformat()
        yield (
            MutationKind.SHIFT_PERIOD,
            f"signature{step:+d}",
            f"signature date {agreement.signed.isoformat()} -> {moved}",
            agreement.signature.cites,
            {**data, "signature": {**data["signature"], "date": moved}},
        )
        months = agreement.entry_into_force.first_day_of_month_after + step
        yield (
            MutationKind.SHIFT_PERIOD,
            f"entry_into_force{step:+d}",
            f"entry into force on the first day of month {agreement.entry_into_force.first_day_of_month_after} -> {months} "
            "after the last notification",
            agreement.entry_into_force.cites,
            {**data, "entry_into_force": {**data["entry_into_force"], "first_day_of_month_after": months}},
        )
        for name in type(agreement.periods).model_fields:
            period = data["periods"][name]
            unit = "months" if period["months"] else "days"
            changed = {**period, unit: period[unit] + step}
            yield (
                MutationKind.SHIFT_PERIOD,
                f"{name}{step:+d}",
                f"period {name}: {period[unit]} {unit} -> {changed[unit]}",
                tuple(period["cites"]),
                {**data, "periods": {**data["periods"], name: changed}},
            )
    grounds = data["lawful_suspension_grounds"]
    cites = agreement.lawful_suspension_grounds.cites
    for i, ground in enumerate(grounds["grounds"]):
        yield (
            MutationKind.DROP_VALUE,
            f"ground-{ground}",
            f"lawful suspension ground {ground} deleted",
            cites,
            {**data, "lawful_suspension_grounds": {**grounds, "grounds": _without(grounds["grounds"], i)}},
        )
    for ground in SuspensionGround:
        if ground.value not in grounds["grounds"]:
            yield (
                MutationKind.ADD_VALUE,
                f"ground-{ground.value}",
                f"lawful suspension ground {ground.value} added",
                cites,
                {**data, "lawful_suspension_grounds": {**grounds, "grounds": [*grounds["grounds"], ground.value]}},
            )


def _agreement_mutants(agreement: Agreement) -> Iterator[Mutant]:
    for kind, detail, description, provisions, data in _agreement_variants(agreement):
        changed: Agreement | None
        refusal = None
        try:
            changed = Agreement.model_validate(data)
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            changed, refusal = (
                None,
                f"the agreement.yaml schema refuses it ({'.'.join(str(p) for p in err['loc'])}: {err['msg']})",
            )
        yield Mutant(
            id=f"agreement/{kind.value}/{detail}",
            kind=kind,
            file=AGREEMENT_FILE,
            position=-1,
            rule_id=f"agreement.{detail.rstrip('+-0123456789')}",
            provisions=provisions,
            description=description,
            rule=None,
            refusal=refusal,
            agreement=changed,
        )


def apply_mutant(
    files: Sequence[tuple[str, RuleFile]], agreement: Agreement, mutant: Mutant
) -> tuple[list[tuple[str, RuleFile]], Agreement]:
    """``files`` and ``agreement`` with the mutant's change in place of the original; the mutant must not be refused."""
    if mutant.refused:
        raise ValueError(f"mutant {mutant.id} is refused by the schema: {mutant.refusal}")
    if mutant.agreement is not None:
        return list(files), mutant.agreement
    out = []
    for name, rf in files:
        if name == mutant.file:
            rules = list(rf.rules)
            if rules[mutant.position].id != mutant.rule_id:
                raise ValueError(f"mutant {mutant.id} does not belong to these files: {name} changed")
            rules[mutant.position] = mutant.rule  # type: ignore[assignment]  # not refused and not of the agreement
            rf = rf.model_copy(update={"rules": tuple(rules)})
        out.append((name, rf))
    return out, agreement
