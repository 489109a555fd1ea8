"""The Agreement's own life: entry into force, suspensions and termination (Art. 17, 18).

A ``Lifecycle`` is what the caller knows of diplomatic notes received; it never changes
once built. ``status_on(day)`` decides whether the Agreement applies on that day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import calendar
from .errors import FieldError, InvalidLifecycle
from .events import IsoDate, field_path, read_json
from .vocabulary import AgreementStatus, Subject, SuspensionGround


class Suspension(BaseModel):
    """A suspension under Art. 17: notice received, ground, scope, and the lifting notice if any."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # schema built on first use, not at import

    notice_received: IsoDate
    ground: SuspensionGround
    scope: Annotated[tuple[Subject, ...], Field(min_length=1)] | None = Field(
        default=None, description="Subjects suspended; null suspends the whole Agreement."
    )
    lifted_notice_received: IsoDate | None = None

    @model_validator(mode="after")
    def _lifting_after_notice(self) -> Suspension:
        if self.lifted_notice_received is not None and self.lifted_notice_received < self.notice_received:
            raise ValueError("lifted_notice_received is before notice_received")
        return self

    @property
    def effective_from(self) -> dt.date:
        """Art. 17: fifteen days after receipt of the notice."""
        return calendar.suspension_effect(self.notice_received)

    @property
    def effective_until(self) -> dt.date | None:
        """First day the suspension no longer has effect (fifteen days after the lifting notice), if lifted."""
        if self.lifted_notice_received is None:
            return None
        return calendar.suspension_effect(self.lifted_notice_received)

    @property
    def lawful(self) -> bool:
        """Art. 17 allows a suspension only for security, public order or public health."""
        return self.ground is not SuspensionGround.OTHER

    @property
    def whole(self) -> bool:
        """True when the whole Agreement is suspended."""
        return self.scope is None

    def in_effect_on(self, day: dt.date) -> bool:
        """True when the suspension has effect on ``day``: lawful, taken effect, and not lifted with effect.

        A suspension on a ground Art. 17 does not allow (``other``) never has effect under the
        Agreement: the Agreement goes on applying (see docs/interpretation.md).
        """
        until = self.effective_until
        return self.lawful and self.effective_from <= day and (until is None or day < until)


class Lifecycle(BaseModel):
    """What is known of the Agreement's life: Art. 18(1) notifications, Art. 17 suspensions, Art. 18(2) notice."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # schema built on first use, not at import

    notifications_received: Annotated[tuple[IsoDate, ...], Field(max_length=2)] = Field(
        default=(), description="Dates the Art. 18(1) notifications of internal procedures were received."
    )
    suspensions: tuple[Suspension, ...] = ()
    termination_notice_received: IsoDate | None = None

    @property
    def entry_into_force(self) -> dt.date | None:
        """Art. 18(1): first day of the second month following receipt of the last of the two notifications."""
        if len(self.notifications_received) < 2:
            return None
        return calendar.first_day_of_second_month_following(max(self.notifications_received))

    @property
    def termination_date(self) -> dt.date | None:
        """Art. 18(2): the day the Agreement ceases to have effect (six months after receipt of the notice)."""
        if self.termination_notice_received is None:
            return None
        return calendar.termination_effect(self.termination_notice_received)

    @property
    def article_13_due(self) -> dt.date | None:
        """Art. 13(1), (2): day by which competent authorities are named and contacts exchanged."""
        eif = self.entry_into_force
        return None if eif is None else calendar.article_13_deadline(eif)

    def status_on(self, day: dt.date) -> AgreementStatus:
        """The Agreement's status on ``day`` (signature, entry into force, termination, whole suspension)."""
        if day < calendar.SIGNATURE_DATE:
            return AgreementStatus.BEFORE_SIGNATURE
        eif = self.entry_into_force
        if eif is None or day < eif:
            return AgreementStatus.NOT_IN_FORCE
        end = self.termination_date
        if end is not None and day >= end:
            return AgreementStatus.TERMINATED
        if any(s.whole and s.in_effect_on(day) for s in self.suspensions):
            return AgreementStatus.SUSPENDED
        return AgreementStatus.IN_FORCE

    def suspended_subjects_on(self, day: dt.date) -> frozenset[Subject]:
        """Subjects under a partial suspension that has effect on ``day``."""
        out: set[Subject] = set()
        for s in self.suspensions:
            if s.scope is not None and s.in_effect_on(day):
                out.update(s.scope)
        return frozenset(out)

    @classmethod
    def parse(cls, data: dict[str, Any] | str | bytes) -> Lifecycle:
        """Read a lifecycle from a dict or JSON text; raise ``InvalidLifecycle`` naming each bad field."""
        payload: Any = data
        if isinstance(data, (str, bytes)):
            payload, fault = read_json(data)
            if fault is not None:
                raise InvalidLifecycle([fault])
        try:
            return cls.model_validate(payload)
        except ValidationError as exc:
            raise InvalidLifecycle(
                [
                    FieldError(field_path(e["loc"]), str(e["msg"]).removeprefix("Value error, "))
                    for e in exc.errors(include_url=False)
                ]
            ) from None

    @classmethod
    def from_file(cls, path: str | Path) -> Lifecycle:
        """Read a lifecycle from a JSON file."""
        try:
            text = Path(path).read_bytes()
        except OSError as exc:
            raise InvalidLifecycle([FieldError("", f"cannot read {path}: {exc.strerror}")]) from None
        return cls.parse(text)
