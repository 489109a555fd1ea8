"""The schema of ``rules/*.yaml``: each file holds an article's text and the rules that implement it.

A rule says, for some event types, *when* (conditions on facts, all of which must hold)
*then* what (a verdict, duties with bearer and deadline, or only a finding), which provisions
it cites and, in one sentence, why. Files are validated at load; a fault names the file,
the rule and the field.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints, model_validator

from ..model.vocabulary import Bearer, DutyKind, Verdict

#: A value a condition compares a fact with.
Operand = StrictBool | StrictInt | str
#: The value of a fact, as the facts of an event hold it.
FactValue = bool | int | str
RuleId = Annotated[str, StringConstraints(pattern=r"^art_\d+(\.[a-z0-9_]+)+$")]
Eid = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]
#: The rule-file format this library reads: every file of a rules folder starts with ``format: 1``.
RULE_FORMAT = 1
_OPERATORS = ("equals", "not_equals", "in", "not_in", "lt", "lte", "gt", "gte", "exists")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class FactCondition(_Frozen):
    """``{fact: NAME, OPERATOR: VALUE}`` with exactly one operator.

    Operators: ``equals``, ``not_equals``, ``in`` (a list), ``not_in`` (a list), ``lt``, ``lte``,
    ``gt``, ``gte`` (whole numbers), ``exists`` (true/false). A fact that is absent (a field left
    null) satisfies only ``exists: false``.
    """

    fact: str
    equals: Operand | None = None
    not_equals: Operand | None = None
    in_: tuple[Operand, ...] | None = Field(default=None, alias="in", min_length=1)
    not_in: tuple[Operand, ...] | None = Field(default=None, min_length=1)
    lt: StrictInt | None = None
    lte: StrictInt | None = None
    gt: StrictInt | None = None
    gte: StrictInt | None = None
    exists: StrictBool | None = None

    @model_validator(mode="after")
    def _one_operator(self) -> FactCondition:
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
    """A deadline computed from a date fact: ``{from: destruction_term}``, ``{from: date, period: suspension_effect}``.

    ``period`` names one of the Agreement's periods (``agreement.yaml``), so that a period the
    Agreement fixes is written once; ``add_days`` and ``add_months`` add a period of the rule's own.
    """

    from_: str = Field(alias="from")
    period: str | None = None
    add_days: int = 0
    add_months: int = 0


class AppliesWhile(StrEnum):
    """In which part of the Agreement's life a rule applies (Art. 17, 18); a rule file's default is ``in_force``.

    - ``in_force``: the Agreement applies to the act: in force, not suspended as a whole, and the
      act's subject not suspended (the fact ``agreement_applies``);
    - ``in_force_or_suspended``: in force or suspended: the conditions of Articles 10 and 11 on data
      already exchanged (the fact ``data_protection_applies``);
    - ``always``: whatever the Agreement's status; the rule's own conditions say when.
    """

    IN_FORCE = "in_force"
    IN_FORCE_OR_SUSPENDED = "in_force_or_suspended"
    ALWAYS = "always"


#: The condition each part of the Agreement's life adds to a rule's own.
PHASE_FACTS: dict[AppliesWhile, str | None] = {
    AppliesWhile.IN_FORCE: "agreement_applies",
    AppliesWhile.IN_FORCE_OR_SUSPENDED: "data_protection_applies",
    AppliesWhile.ALWAYS: None,
}


class DutySpec(_Frozen):
    """A duty: its kind, who bears it, when it falls due (``immediately``, a ``due`` date, or neither), and the
    provisions it rests on (``cites``; the rule's own when not given).

    ``urgently`` is the standard of Art. 9(2), "in urgent manner": no date, but no leisure either.
    """

    kind: DutyKind
    bearer: Bearer
    due: Due | None = None
    immediately: StrictBool = False
    urgently: StrictBool = False
    cites: Annotated[tuple[Eid, ...], Field(min_length=1)] | None = None


class Allowance(_Frozen):
    """A combination with another rule (or the rule itself) that a reading of the text intends, and that reading.

    ``cooperation-rules check`` reports rules with different verdicts that can fire together, and
    duties that a verdict or a date makes doubtful; an allowance names the other rule (``rule``) and
    says in ``reason`` why the combination is meant, so that the report lists it as a reading.
    """

    rule: RuleId
    reason: Annotated[str, StringConstraints(min_length=10, strip_whitespace=True)]


class ReadingStatus(StrEnum):
    """How far a reading of a doubtful text is agreed: ``settled`` (the careful reading, no real doubt left),
    ``doubtful`` (defensible, another reading is open), ``consult`` (to be raised with the other Party: any
    dispute of interpretation is settled by consultations and negotiations, Article 14)."""

    SETTLED = "settled"
    DOUBTFUL = "doubtful"
    CONSULT = "consult"


class Rule(_Frozen):
    """One rule: when its conditions hold for an event of a type in ``applies_to``, it gives its effect."""

    id: RuleId
    applies_to: Annotated[tuple[str, ...], Field(min_length=1)]
    cites: Annotated[tuple[Eid, ...], Field(min_length=1)]
    when: tuple[FactCondition, ...] = ()
    verdict: Verdict | None = None
    duties: tuple[DutySpec, ...] = ()
    applies_while: AppliesWhile | None = None
    """Overrides the file's ``applies_while`` for this rule."""
    explain: Annotated[str, StringConstraints(min_length=10, strip_whitespace=True)]
    assumes: Annotated[str, StringConstraints(min_length=10, strip_whitespace=True)] | None = None
    comment: str | None = None
    """Interpretation notes for lawyers and engineers; not shown in evaluations."""
    reading_status: ReadingStatus | None = None
    """How far the reading in ``comment`` is agreed; optional, so files without it read as before (format 1)."""
    approved_by: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)] | None = None
    """Who approved the reading in ``comment``; absent while no one has."""
    allows: tuple[Allowance, ...] = ()
    """Combinations with other rules that a reading intends (``cooperation-rules check``); not shown in evaluations."""

    @model_validator(mode="after")
    def _reading_has_a_text(self) -> Rule:
        """A status or an approval is of a reading: the rule must state it (``comment``)."""
        if (self.reading_status is not None or self.approved_by is not None) and not self.comment:
            field = "reading_status" if self.reading_status is not None else "approved_by"
            raise ValueError(f"{field} is given but the rule states no reading (comment)")
        return self

    @property
    def reading_text(self) -> str | None:
        """The rule's reading of a doubtful text, for lawyers: its ``comment``."""
        return self.comment

    @property
    def cited(self) -> tuple[str, ...]:
        """Every provision the rule quotes: its own ``cites`` (what its verdict and findings rest on), then its duties'."""
        return tuple(dict.fromkeys((*self.cites, *(eid for d in self.duties for eid in d.cites or ()))))

    def duty_cites(self, duty: DutySpec) -> tuple[str, ...]:
        """The provisions ``duty`` rests on: its own ``cites``, else the rule's."""
        return duty.cites or self.cites

    @property
    def phase(self) -> AppliesWhile:
        """When in the Agreement's life this rule applies (``applies_while``; ``in_force`` unless a file or rule says)."""
        return self.applies_while or AppliesWhile.IN_FORCE

    @property
    def conditions(self) -> tuple[FactCondition, ...]:
        """Every condition the engines test: the one ``applies_while`` implies, then the rule's own ``when``."""
        fact = PHASE_FACTS[self.phase]
        if fact is None:
            return self.when
        return (FactCondition(fact=fact, equals=True), *self.when)


class TextEntry(_Frozen):
    """A provision's verbatim text as stored: eId, optional label and number, and why it binds no event."""

    eid: Eid
    text: Annotated[str, StringConstraints(min_length=1)]
    label: str | None = None
    num: str | None = None
    binds_no_event: str | None = None


class RuleFile(_Frozen):
    """One file of ``rules/``: its format, a title (the article heading), its text, and its rules.

    ``applies_while`` is the default of its rules (``in_force`` when the file does not say); the
    file's rules carry it as read (``RuleFile.model_validate`` gives each rule without one the file's).
    """

    format: int = RULE_FORMAT
    title: str | None = None
    applies_while: AppliesWhile = AppliesWhile.IN_FORCE
    text: tuple[TextEntry, ...] = ()
    rules: tuple[Rule, ...] = ()

    @model_validator(mode="after")
    def _rules_inherit_the_files_phase(self) -> RuleFile:
        """A rule that does not say when it applies applies when its file says."""
        if any(r.applies_while is None for r in self.rules):
            rules = tuple(
                r if r.applies_while is not None else r.model_copy(update={"applies_while": self.applies_while})
                for r in self.rules
            )
            object.__setattr__(self, "rules", rules)
        return self
