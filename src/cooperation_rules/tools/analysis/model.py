"""The symbolic model of the rules: every possible event of a type as a set of z3 variables, and each rule as a formula.

A fact is a pair of variables, whether it is present and its value: a yes/no fact is a z3 Bool, a
day count an Int, a vocabulary value (or a word such as a language code) the index of the value in
its list. Conditions mean what the compiled engine makes of them (``engines/compiled.py``): an
absent fact satisfies only ``exists: false``, and ``not_equals`` and ``not_in`` need the fact
present. What ``derive()`` (``rulebook/facts.py``) makes certain of the facts of one event is
written here once as constraints between the variables: ``agreement_applies`` holds exactly when
the Agreement is in force and the act's subject not suspended (Art. 17, 18), ``language_agreed`` is
false for a request in English (Art. 9(6)), ``ground_lawful`` reads the grounds of
``agreement.yaml``, and so on. A derived fact the model does not know makes ``UnknownFact``: a
model that fell behind ``derive()`` would prove things of events that cannot happen, or miss
events that can.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import z3

from ...model.events import EVENT_MODELS
from ...model.vocabulary import AgreementStatus, Party, Subject, SuspensionGround
from ...rulebook.facts import DATE_FACTS, ENGLISH, FACT_SPECS, LIFECYCLE, FactSpec
from ...rulefiles.schema import Operand

if TYPE_CHECKING:
    from ...law.agreement import Agreement
    from ...rulefiles.schema import FactCondition, Rule

FactValue = bool | int | str
#: The value an absent fact's variable takes (any would do: no condition reads it).
_ANY: dict[str, Operand] = {"bool": False, "int": 0}
#: The statuses in which the Agreement has entered into force, and so the day it did is on or before the event's.
_AFTER_ENTRY_INTO_FORCE = (AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.TERMINATED)


class UnknownFact(Exception):  # noqa: N818 - named for what it reports, like RulebookGap
    """A fact (or a date fact) of the catalogue that the symbolic model has no form for: the check cannot run."""

    def __init__(self, name: str, what: str = "fact") -> None:
        super().__init__(
            f"the {what} {name!r} has no symbolic form in cooperation_rules.tools.analysis.model: "
            "say there what derive() makes certain of it before checking the rules"
        )
        self.name = name


@dataclass
class Sym:
    """One fact of one event type: whether it is present, its value, and the words an index stands for."""

    name: str
    spec: FactSpec
    present: z3.BoolRef
    value: z3.ExprRef
    universe: tuple[str, ...] = ()
    """For a vocabulary or a word: the values the index counts (a word's ends with ones no rule names)."""

    def encode(self, operand: Operand) -> z3.ExprRef:
        """The variable's form of a value a condition names."""
        if self.spec.kind == "bool":
            return z3.BoolVal(bool(operand))
        if self.spec.kind == "int":
            return z3.IntVal(int(operand))
        return z3.IntVal(self.universe.index(str(operand)))

    def decode(self, model: z3.ModelRef) -> FactValue | None:
        """The fact's value in a solution, ``None`` when absent."""
        if not z3.is_true(model.eval(self.present, model_completion=True)):
            return None
        raw = model.eval(self.value, model_completion=True)
        if self.spec.kind == "bool":
            return bool(z3.is_true(raw))
        number = int(raw.as_long())
        return number if self.spec.kind == "int" else self.universe[number]


# ----------------------------------------------------------------------------- what derive() makes certain

#: Constraints between facts, by derived fact: what ``derive()`` makes certain of each (a function of the type model).
Constraint = Callable[["TypeModel"], list[z3.BoolRef]]


def _status_is(m: TypeModel, *statuses: AgreementStatus) -> z3.BoolRef:
    return m.is_in("agreement_status", [s.value for s in statuses])


def _counterpart(m: TypeModel) -> list[z3.BoolRef]:
    """The counterpart is the other Party."""
    return [z3.Implies(m.equals("actor", p.value), m.equals("counterpart", p.other.value)) for p in Party]


def _agreement_applies(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 17, 18: in force, and the act's subject (when it has one) not under a partial suspension."""
    suspended = m.holds("subject_suspended") if m.has("subject_suspended") else z3.BoolVal(False)
    return [m.value("agreement_applies") == z3.And(_status_is(m, AgreementStatus.IN_FORCE), z3.Not(suspended))]


def _data_protection_applies(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 10, 11 bind data already exchanged while the Agreement is in force or suspended."""
    return [m.value("data_protection_applies") == _status_is(m, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)]


def _subject_suspended(m: TypeModel) -> list[z3.BoolRef]:
    """A partial suspension counts only while the Agreement is in force (not suspended as a whole, not terminated);
    the fact exists when the act has a subject: always for requests, experts and travel documents, and for an
    answer, information or a transfer when it names the subject it serves."""
    present = m.sym("subject").present if m.has("subject") else z3.BoolVal(True)
    return [
        m.sym("subject_suspended").present == present,
        z3.Implies(m.value("subject_suspended") == z3.BoolVal(True), _status_is(m, AgreementStatus.IN_FORCE)),
    ]


_UNKNOWN, _GOVERNED, _NOT_GOVERNED, _ALLOWED, _NOT_ALLOWED = "unknown", "governed", "not_governed", "allowed", "not_allowed"


def _request_agreement_status(m: TypeModel) -> list[z3.BoolRef]:
    """Known exactly when the day of the request answered is known; then so is whether it was suspended.

    The request is made no later than its answer: before signature or entry into force whatever the answer's status;
    in force or suspended (a suspension since lifted) when the answer's day is in force, suspended or after
    termination; after termination only when the answer is too.
    """
    rs = m.sym("request_agreement_status")
    early = m.is_in("request_agreement_status", [AgreementStatus.BEFORE_SIGNATURE.value, AgreementStatus.NOT_IN_FORCE.value])
    meanwhile = z3.And(
        m.is_in("request_agreement_status", [AgreementStatus.IN_FORCE.value, AgreementStatus.SUSPENDED.value]),
        _status_is(m, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.TERMINATED),
    )
    return [
        m.sym("request_suspended").present == rs.present,
        z3.Implies(rs.present, z3.Or(early, rs.value == m.value("agreement_status"), meanwhile)),
    ]


def _request_suspended(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 17: suspended as a whole on the request's day, or in force with the request's subject suspended."""
    status = "request_agreement_status"
    return [
        z3.Implies(m.equals(status, AgreementStatus.SUSPENDED.value), m.holds("request_suspended")),
        z3.Implies(
            m.holds("request_suspended"),
            z3.Or(
                m.equals(status, AgreementStatus.SUSPENDED.value),
                z3.And(m.equals(status, AgreementStatus.IN_FORCE.value), m.sym("request_subject").present),
            ),
        ),
    ]


def _request_governed(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 1(2), 17, 18: unknown when neither the request's subject nor its day is known; not governed when what is
    known excludes it (legal assistance, not in force on its day, or suspended)."""
    subject, status = m.sym("request_subject"), m.sym("request_agreement_status")
    excluded = z3.Or(
        m.equals("request_subject", Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS.value),
        z3.And(
            status.present,
            z3.Or(z3.Not(m.equals("request_agreement_status", AgreementStatus.IN_FORCE.value)), m.holds("request_suspended")),
        ),
    )
    unknown = z3.And(z3.Not(subject.present), z3.Not(status.present))
    return [
        m.equals("request_governed", _UNKNOWN) == unknown,
        m.equals("request_governed", _NOT_GOVERNED) == z3.And(z3.Not(unknown), excluded),
    ]


def _request_form_allowed(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 9(1): unknown without the request's form; not allowed only for a request made orally or by electronic
    means (in a case not urgent, or with a content that did not allow them: fields that are no facts of the rules)."""
    unknown = z3.Not(m.sym("request_form").present)
    return [
        m.equals("request_form_allowed", _UNKNOWN) == unknown,
        z3.Implies(m.equals("request_form_allowed", _NOT_ALLOWED), m.is_in("request_form", ["oral", "electronic"])),
    ]


def _request_language_allowed(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 9(6): known or not, allowed or not, from fields that are no facts of the rules: any of the three."""
    return []


def _language_is_english(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 9(6): English is ``en`` or ``eng``; an agreement on another language says nothing of a request in English."""
    out = [m.value("language_is_english") == m.is_in("language", sorted(ENGLISH))]
    if m.has("language_agreed"):
        out.append(z3.Implies(m.holds("language_is_english"), z3.Not(m.holds("language_agreed"))))
    return out


def _days_until_destruction_term(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 10 item 5: a day count exists exactly when a destruction term is known."""
    given = m.holds("destruction_term_given") if m.has("destruction_term_given") else z3.BoolVal(False)
    return [m.sym("days_until_destruction_term").present == given]


def _minimum_content_present(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 6(2): the minimum content includes the document's status."""
    if not m.has("document_status"):
        return []
    return [z3.Implies(m.holds("minimum_content_present"), m.sym("document_status").present)]


def _ground_lawful(m: TypeModel) -> list[z3.BoolRef]:
    """Art. 17: the lawful grounds are those of ``agreement.yaml``."""
    lawful = [g.value for g in SuspensionGround if m.agreement.lawful_ground(g)] if m.has("ground") else []
    return [m.value("ground_lawful") == m.is_in("ground", lawful)]


def _type(m: TypeModel) -> list[z3.BoolRef]:
    return [m.equals("type", m.event_type)] if m.event_type in FACT_SPECS["type"].values else []


def _free(_: TypeModel) -> list[z3.BoolRef]:
    return []


#: Every fact ``derive()`` computes rather than copies from a field, with what it makes certain of it.
DERIVED: dict[str, Constraint] = {
    "type": _type,
    "actor": _free,
    "counterpart": _counterpart,
    "agreement_status": _free,
    "agreement_applies": _agreement_applies,
    "data_protection_applies": _data_protection_applies,
    "subject_suspended": _subject_suspended,
    "language_is_english": _language_is_english,
    "has_grounds": _free,
    "has_conditions": _free,
    "special_categories_present": _free,
    "destruction_term_given": _free,
    "days_until_destruction_term": _days_until_destruction_term,
    "minimum_content_present": _minimum_content_present,
    "whole_agreement": _free,
    "ground_lawful": _ground_lawful,
    "entry_into_force_known": _free,
    "request_governed": _request_governed,
    "request_form_allowed": _request_form_allowed,
    "request_language_allowed": _request_language_allowed,
    "request_agreement_status": _request_agreement_status,
    "request_suspended": _request_suspended,
}
#: Derived facts present only sometimes (the others are present on every event of their types).
SOMETIMES_PRESENT = frozenset(
    {"days_until_destruction_term", "subject_suspended", "request_agreement_status", "request_suspended"}
)


@dataclass(frozen=True)
class DateFact:
    """What the model knows of a date fact a deadline counts from, relative to the event's day."""

    given_by: str | None = None
    """The yes/no fact that says the date is known; ``None``: known whenever the rule fires."""
    days_from_event: str | None = None
    """The fact counting the days from the event's day to it, on the types that have one."""
    never_before: bool = False
    """The date is never before the event's day (the event's own day)."""
    after_statuses: tuple[AgreementStatus, ...] = ()
    """Statuses on which the date is on or before the event's day."""


#: Every date fact of ``DATE_FACTS``, with what the model knows of it (a duty dated before the act needs it).
DATES: dict[str, DateFact] = {
    "date": DateFact(never_before=True),
    "destruction_term": DateFact(given_by="destruction_term_given", days_from_event="days_until_destruction_term"),
    "entry_into_force": DateFact(after_statuses=_AFTER_ENTRY_INTO_FORCE),
}


def _optional(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in typing.get_args(annotation)


def field_fact_presence(name: str, event_type: str) -> bool | None:
    """For a fact copied from an event field: ``True`` when always present, ``False`` when the field may be null.

    ``None`` when ``name`` is no field of the type's model (then it must be a derived fact).
    """
    model = EVENT_MODELS.get(event_type)
    if model is None or name not in model.model_fields:
        return None
    return not _optional(model.model_fields[name].annotation)


def unknown_facts() -> list[tuple[str, str]]:
    """Facts and date facts of the catalogue the model has no form for, each with what it is (``fact``, ``date fact``)."""
    out: list[tuple[str, str]] = []
    for name, spec in FACT_SPECS.items():
        if name in DERIVED:
            continue
        if spec.kind not in ("bool", "int", "enum", "str") or any(
            field_fact_presence(name, t) is None for t in spec.types if t != LIFECYCLE
        ):
            out.append((name, "fact"))
    out.extend((name, "date fact") for name in DATE_FACTS if name not in DATES)
    return out


def _words(name: str, rules: Sequence[Rule]) -> tuple[str, ...]:
    """The words a free-text fact is compared with, the codes of English for the language, and two words no rule names."""
    named = {str(v) for r in rules for c in r.conditions if c.fact == name for v in _operands(c)}
    if name == "language":
        named |= ENGLISH
    return (*sorted(named), "\x00other", "\x00another")


def _operands(cond: FactCondition) -> tuple[Operand, ...]:
    if cond.operator == "exists":
        return ()
    return tuple(cond.operand) if cond.operator in ("in", "not_in") else (cond.operand,)


@dataclass
class TypeModel:
    """Every possible event of one type (or the lifecycle), its facts as variables, under what ``derive()`` makes certain."""

    event_type: str
    agreement: Agreement
    rules: tuple[Rule, ...]
    facts: dict[str, Sym] = field(default_factory=dict)
    base: list[z3.BoolRef] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.facts

    def sym(self, name: str) -> Sym:
        return self.facts[name]

    def value(self, name: str) -> z3.ExprRef:
        return self.facts[name].value

    def holds(self, name: str) -> z3.BoolRef:
        """A yes/no fact present and true."""
        s = self.facts[name]
        return z3.And(s.present, s.value == z3.BoolVal(True))

    def equals(self, name: str, value: Operand) -> z3.BoolRef:
        s = self.facts[name]
        return z3.And(s.present, s.value == s.encode(value))

    def is_in(self, name: str, values: Sequence[Operand]) -> z3.BoolRef:
        if name not in self.facts:
            return z3.BoolVal(False)
        s = self.facts[name]
        return z3.And(s.present, z3.Or([s.value == s.encode(v) for v in values if self._known(s, v)] or [z3.BoolVal(False)]))

    @staticmethod
    def _known(s: Sym, value: Operand) -> bool:
        return s.spec.kind in ("bool", "int") or str(value) in s.universe

    def condition(self, cond: FactCondition) -> z3.BoolRef:
        """What the compiled engine makes of one condition: an absent fact satisfies only ``exists: false``."""
        s = self.facts.get(cond.fact)
        op, value = cond.operator, cond.operand
        if s is None:  # a fact the type never has: absent
            return z3.BoolVal(op == "exists" and not value)
        if op == "exists":
            return s.present if value else z3.Not(s.present)
        if op in ("lt", "lte", "gt", "gte"):
            if s.spec.kind != "int":
                return z3.BoolVal(False)
            compare: dict[str, Callable[[Any, Any], z3.BoolRef]] = {
                "lt": lambda a, b: a < b,
                "lte": lambda a, b: a <= b,
                "gt": lambda a, b: a > b,
                "gte": lambda a, b: a >= b,
            }
            return z3.And(s.present, compare[op](s.value, z3.IntVal(int(value))))
        values = _operands(cond)
        matches = [s.value == s.encode(v) for v in values if self._typed(s, v)]
        any_of = z3.Or(matches) if matches else z3.BoolVal(False)
        if op in ("equals", "in"):
            return z3.And(s.present, any_of)
        return z3.And(s.present, z3.Not(any_of))

    @staticmethod
    def _typed(s: Sym, value: Operand) -> bool:
        """A value of the fact's kind (the compiled engine never lets ``True`` equal ``1``)."""
        kind = s.spec.kind
        if kind == "bool":
            return isinstance(value, bool)
        if kind == "int":
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, str) and value in s.universe

    def rule(self, rule: Rule) -> z3.BoolRef:
        """The rule fires: all its conditions hold, the one ``applies_while`` implies first."""
        return z3.And([self.condition(c) for c in rule.conditions]) if rule.conditions else z3.BoolVal(True)

    def facts_of(self, model: z3.ModelRef) -> dict[str, FactValue]:
        """The facts of a solution, as ``derive()`` would give them (absent facts left out)."""
        out: dict[str, FactValue] = {}
        for name, s in self.facts.items():
            v = s.decode(model)
            if v is not None:
                out[name] = v
        return out

    def assignment(
        self, facts: Mapping[str, FactValue], only: Sequence[str] | None = None
    ) -> list[tuple[z3.ExprRef, z3.ExprRef]]:
        """The facts of one event as values of the variables (of the facts ``only`` names, if given).

        An absent fact's value is any (the first of its kind): no condition reads it.
        """
        out: list[tuple[z3.ExprRef, z3.ExprRef]] = []
        for name in only if only is not None else self.facts:
            s = self.facts[name]
            present = name in facts
            if not z3.is_true(s.present):
                out.append((s.present, z3.BoolVal(present)))
            value: Operand = facts[name] if present else _ANY[s.spec.kind] if s.spec.kind in _ANY else s.universe[0]
            if s.spec.kind in ("enum", "str") and str(value) not in s.universe:
                value = s.universe[-2]  # a word no rule names: every such word is alike to the rules
            out.append((s.value, s.encode(value)))
        return out


def build_type_model(event_type: str, rules: Sequence[Rule], agreement: Agreement) -> TypeModel:
    """The model of the events of ``event_type`` and of the ``rules`` that apply to it."""
    missing = unknown_facts()
    if missing:
        raise UnknownFact(*missing[0])
    m = TypeModel(event_type, agreement, tuple(rules))
    for name, spec in FACT_SPECS.items():
        if event_type not in spec.types:
            continue
        sort = {"bool": z3.BoolSort(), "int": z3.IntSort()}.get(spec.kind, z3.IntSort())
        universe: tuple[str, ...] = ()
        if spec.kind == "enum":
            universe = tuple(str(v) for v in spec.values)
        elif spec.kind == "str":
            universe = _words(name, rules)
        value = z3.Const(f"{event_type}.{name}", sort)
        if name in DERIVED:
            always = name not in SOMETIMES_PRESENT
        else:
            always = bool(field_fact_presence(name, event_type)) if event_type != LIFECYCLE else True
        present = z3.BoolVal(True) if always else z3.Bool(f"{event_type}.{name}?")
        m.facts[name] = Sym(name, spec, present, value, universe)
        if universe:
            m.base.append(z3.And(value >= 0, value < len(universe)))
    for name in m.facts:
        if name in DERIVED:
            m.base.extend(DERIVED[name](m))
    return m
