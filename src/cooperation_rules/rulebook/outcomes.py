"""What fired rules decide: each rule's effect, built once per rulebook, and what a set of fired rules decides together.

An evaluation is assembled from parts built once (findings, quoted law, duty templates) and
shared between evaluations; shared parts cannot be changed, so no evaluation changes another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from pydantic import BaseModel

from ..catalogs import N_
from ..evaluation.answers import Citation, Duty, Finding
from ..law import legal_calendar
from ..law.agreement import Agreement
from ..model.vocabulary import Bearer, Party, Verdict

if TYPE_CHECKING:
    from ..rulefiles.schema import Due, Rule

#: Said of every evaluation made without a lifecycle. The date is the one of ``agreement.yaml`` (a test holds them equal).
PRESUMPTION = N_(
    "No lifecycle was given: the Agreement is taken to have entered into force on 1 September 2018, as published in "
    "the Bulletin of International Treaties of the Republic of Kazakhstan (2018, No. 5, art. 62), with no suspension "
    "and no termination known (Art. 18(1))."
)


class Deadline:
    """When a duty falls due: a date fact plus months and days, one of the Agreement's periods or the rule's own."""

    __slots__ = ("days", "months", "start")

    def __init__(self, due: Due, agreement: Agreement) -> None:
        self.start = due.from_
        period = agreement.periods.get(due.period) if due.period is not None else None
        self.months = due.add_months + (period.months if period is not None else 0)
        self.days = due.add_days + (period.days if period is not None else 0)

    def on(self, dates: Mapping[str, dt.date | None]) -> dt.date | None:
        """The due date for these date facts; ``None`` when the date it counts from is unknown."""
        start = dates.get(self.start)
        if start is None:
            return None
        return legal_calendar.add_days(legal_calendar.add_months(start, self.months), self.days)


def _parties(bearer: Bearer, actor: Party | None) -> tuple[Party, ...]:
    if bearer is Bearer.BOTH or actor is None:
        return (Party.CZ, Party.KZ)
    return (actor,) if bearer is Bearer.ACTOR else (actor.other,)


_Model = TypeVar("_Model", bound=BaseModel)


@cache
def _field_names(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(model.model_fields)


class _SharedDict(dict[str, Any]):
    """A dict no one can change: a dict held by a part of the answer (a citation's other authentic texts) that a
    rulebook builds once and shares between all its evaluations, so that no evaluation changes another."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("this mapping is shared by every evaluation of the rulebook and cannot be changed")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[dict[str, Any]]]:
        return dict, (dict(self),)  # a copy (copy, deepcopy, pickle) is a plain dict again

    def copy(self) -> dict[str, Any]:
        return dict(self)


def shared(instance: _Model) -> _Model:
    """``instance`` with each of its dicts made unchangeable, to be shared between evaluations."""
    values = {name: _SharedDict(v) if isinstance(v, dict) else v for name, v in instance.__dict__.items()}
    # Its own fields too: ``citation.__dict__["text"] = ...`` would otherwise change every later evaluation.
    return _instance(type(instance), _SharedDict(values), set(instance.__pydantic_fields_set__))


def _instance(model: type[_Model], values: dict[str, Any], fields_set: set[str]) -> _Model:
    """What pydantic's ``model_construct`` makes of complete, valid values (pydantic 2: ``__dict__`` holds the fields)."""
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


def trusted(model: type[_Model], values: dict[str, Any]) -> _Model:
    """An instance of ``model`` from values that are complete and valid already, without validating them again.

    The parts of an evaluation are built from validated rules, provisions and events. This is what
    pydantic's ``model_construct`` does, without its field-by-field resolution of aliases and defaults
    (which costs more than validating); when ``values`` does not name exactly the model's fields,
    ``model_construct`` is used after all.
    """
    if values.keys() != _field_names(model):
        return model.model_construct(**values)
    return _instance(model, values, set(values))


class Effect:
    """What one rule adds to an evaluation, built once per rulebook: its finding, its quoted law, its duties."""

    __slots__ = ("assumes", "citations", "dated", "finding", "id", "precedence", "templates", "verdict")

    def __init__(self, rule: Rule, citations: tuple[tuple[int, Citation], ...], agreement: Agreement) -> None:
        self.id = rule.id
        self.verdict = rule.verdict
        self.precedence = rule.verdict.precedence if rule.verdict is not None else -1
        self.assumes = rule.assumes
        self.citations = citations  # (treaty order, citation), in treaty order
        self.finding = Finding(
            rule=rule.id,
            verdict=rule.verdict,
            duties=tuple(d.kind for d in rule.duties),
            explanation=rule.explain,
            citations=rule.cited,
        )
        #: The duties for each actor with no due date yet; ``dated`` marks the ones whose date is computed.
        self.templates: dict[Party | None, tuple[Duty, ...]] = {
            actor: tuple(
                Duty(
                    kind=d.kind,
                    bearer=d.bearer,
                    parties=_parties(d.bearer, actor),
                    due=None,
                    immediately=d.immediately,
                    urgently=d.urgently,
                    rule=rule.id,
                    citations=rule.duty_cites(d),
                )
                for d in rule.duties
            )
            for actor in (Party.KZ, Party.CZ, None)
        }
        self.dated = tuple(Deadline(d.due, agreement) if d.due is not None else None for d in rule.duties)

    def duties(self, actor: Party | None, dates: Mapping[str, dt.date | None]) -> tuple[Duty, ...]:
        """The rule's duties for an act of ``actor`` (``None``: the Agreement's own life) on these dates."""
        templates = self.templates[actor]
        if not any(self.dated):
            return templates
        out = []
        for template, due in zip(templates, self.dated, strict=True):
            day = due.on(dates) if due is not None else None
            out.append(template if day is None else trusted(Duty, {**template.__dict__, "due": day}))
        return tuple(out)


class Outcome:
    """What a set of fired rules decides, whatever the event: verdict, deciding rules, findings, quoted law, assumptions."""

    __slots__ = ("assumptions", "citations", "decided_by", "effects", "findings", "undated", "verdict")

    def __init__(self, fired: Sequence[Effect], presumed: bool) -> None:
        self.effects = tuple(fired)
        verdict: Verdict | None = None
        precedence = -1
        for e in fired:
            if e.precedence > precedence:
                verdict, precedence = e.verdict, e.precedence
        self.verdict = verdict
        self.decided_by = tuple(e.id for e in fired if e.verdict is verdict)
        self.findings = tuple(e.finding for e in fired)
        merged = {order: c for e in fired for order, c in e.citations}
        self.citations = tuple(merged[order] for order in sorted(merged))  # treaty order, no duplicates
        assumptions: list[str] = [PRESUMPTION] if presumed else []
        for e in fired:
            if e.assumes and e.assumes not in assumptions:
                assumptions.append(e.assumes)
        self.assumptions = tuple(assumptions)
        #: The duties by actor when none of them has a date to compute, else ``None``.
        self.undated: dict[Party | None, tuple[Duty, ...]] | None = None
        if not any(d for e in fired for d in e.dated):
            self.undated = {actor: tuple(d for e in fired for d in e.templates[actor]) for actor in (Party.KZ, Party.CZ, None)}

    def duties(self, actor: Party | None, dates: Mapping[str, dt.date | None]) -> tuple[Duty, ...]:
        """The duties for an act of ``actor`` on these dates, in rule order."""
        if self.undated is not None:
            return self.undated[actor]
        return tuple(duty for e in self.effects for duty in e.duties(actor, dates))


#: Most outcomes a rulebook remembers: each is a combination of rules that fired together; the bundled rules
#: give a few hundred. Beyond it, outcomes are computed each time and memory stays bounded.
MAX_OUTCOMES = 4096
