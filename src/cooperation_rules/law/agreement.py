"""The Agreement's own facts, read from ``rules/agreement.yaml``: the English text quoted and its source, its
signature date, its periods, the rule of its entry into force and the grounds on which it may be suspended.

Each of these legal facts has exactly one home, that file: the calendar, the lifecycle and the
rules all read it from there, and the mutation check changes it like any rule. The bundled file
holds:

- final clause: signed on 23 November 2017;
- entered into force on 1 September 2018 (Bulletin of International Treaties of the Republic of
  Kazakhstan, 2018, No. 5, art. 62): the day counted from when no lifecycle is given;
- Art. 18(1): entry into force on the first day of the second month following receipt of the
  last notification;
- Art. 17: a suspension, and its lifting, take effect fifteen days after receipt of the notice,
  and only the security of the state, public order or public health allow one;
- Art. 18(2): the Agreement ceases to have effect six months after receipt of a notice of
  termination;
- Art. 13(1), (2): competent authorities named and contacts exchanged within thirty days of entry
  into force.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator

from ..model.vocabulary import SuspensionGround, TextStatus
from . import legal_calendar

_Eids = Annotated[tuple[Annotated[str, Field(pattern=r"^[a-z0-9_]+$")], ...], Field(min_length=1)]


class _AgreementPart(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Period(_AgreementPart):
    """A period the Agreement fixes, in calendar months and days, and the provisions that fix it.

    A day past the end of a shorter month clamps to its last day (31 August + 6 months = 28 or
    29 February), as ``legal_calendar.add_months`` does.
    """

    months: StrictInt = Field(default=0, ge=0, le=1200)
    days: StrictInt = Field(default=0, ge=0, le=36_600)
    cites: _Eids

    @model_validator(mode="after")
    def _not_empty(self) -> Period:
        if self.months == 0 and self.days == 0:
            raise ValueError("a period needs months or days")
        return self

    def after(self, day: dt.date) -> dt.date:
        """The day this period after ``day``: months first, then days."""
        return legal_calendar.add_days(legal_calendar.add_months(day, self.months), self.days)


class EnglishText(_AgreementPart):
    """The English text the rules quote: what it is, its title, where it was published, a reference and its date."""

    kind: TextStatus
    title: Annotated[str, Field(min_length=1)]
    published_with: Annotated[str, Field(min_length=1)]
    reference: Annotated[str, Field(min_length=1)]
    date: dt.date


class Signature(_AgreementPart):
    """The day the Agreement was signed (final clause)."""

    date: dt.date
    cites: _Eids


class EntryIntoForce(_AgreementPart):
    """Art. 18(1): "on the first day of the ``months``-th month following" receipt of the last notification."""

    first_day_of_month_after: StrictInt = Field(ge=1, le=24)
    notifications: Literal[2] = 2
    cites: _Eids

    def date_after(self, last_notification: dt.date) -> dt.date:
        """Entry into force for the last notification received on ``last_notification``."""
        return legal_calendar.first_day_of_month_after(last_notification, self.first_day_of_month_after)


class EnteredIntoForce(_AgreementPart):
    """The day the Agreement did enter into force (Art. 18(1)), and the publication that says so."""

    date: dt.date
    source: Annotated[str, Field(min_length=1)]
    cites: _Eids


class SuspensionGrounds(_AgreementPart):
    """Art. 17: the grounds on which a Party may suspend the Agreement."""

    grounds: Annotated[tuple[SuspensionGround, ...], Field(min_length=1)]
    cites: _Eids


class Periods(_AgreementPart):
    """The periods of the Agreement by name; rules refer to them by these names (``due: {period: ...}``)."""

    suspension_effect: Period
    termination_effect: Period
    designation: Period

    def get(self, name: str) -> Period | None:
        """The period called ``name``, or ``None``."""
        value = getattr(self, name, None) if name in type(self).model_fields else None
        return value if isinstance(value, Period) else None


class Agreement(_AgreementPart):
    """The Agreement's own facts: when it was signed, when it enters into force, its periods, its suspension grounds."""

    format: Literal[1]
    english_text: EnglishText
    signature: Signature
    entry_into_force: EntryIntoForce
    entered_into_force: EnteredIntoForce
    periods: Periods
    lawful_suspension_grounds: SuspensionGrounds

    @property
    def signed(self) -> dt.date:
        """The day of signature (final clause)."""
        return self.signature.date

    @model_validator(mode="after")
    def _entered_after_signature(self) -> Agreement:
        if self.entered_into_force.date < self.signature.date:
            raise ValueError("entered_into_force.date is before the signature")
        return self

    def lawful_ground(self, ground: SuspensionGround) -> bool:
        """Art. 17: ``ground`` allows a suspension."""
        return ground in self.lawful_suspension_grounds.grounds

    def cited(self) -> tuple[str, ...]:
        """Every eId the file cites, in file order, for the rulebook to check."""
        parts = (
            self.signature.cites,
            self.entry_into_force.cites,
            self.entered_into_force.cites,
            *(self.periods.get(name).cites for name in Periods.model_fields),  # type: ignore[union-attr]
            self.lawful_suspension_grounds.cites,
        )
        return tuple(eid for cites in parts for eid in cites)

    @classmethod
    def bundled(cls) -> Agreement:
        """The facts of the bundled ``rules/agreement.yaml``, read once per process and never changed."""
        return _bundled()

    @classmethod
    def load(cls, folder: str | Path) -> Agreement:
        """The facts of ``folder/agreement.yaml``; a ``RuleFileError`` naming the file, line and field otherwise."""
        from ..rulefiles.reading import AGREEMENT_FILE, validate_file  # PyYAML only when a file is read

        return validate_file(Path(folder) / AGREEMENT_FILE, cls)


@cache
def _bundled() -> Agreement:
    from ..rulefiles.reading import bundled_rules_dir

    return Agreement.load(bundled_rules_dir())
