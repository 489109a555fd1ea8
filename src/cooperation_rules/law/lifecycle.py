"""The Agreement's own life: entry into force, suspensions and termination (Art. 17, 18).

A ``Lifecycle`` is what the caller knows of diplomatic notes received; it never changes
once built. ``status_on(day)`` decides whether the Agreement applies on that day.

Every date it computes counts the Agreement's own periods (``law.agreement``): the methods take
an ``agreement`` (a rulebook passes its own, read from its ``agreement.yaml``); without one they
count with the bundled ``rules/agreement.yaml``.
"""

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import FieldError, InvalidLifecycle
from ..model.bounded import MAX_LIFECYCLE_BYTES, read_bounded
from ..model.events import IsoDate, field_path, read_json
from ..model.vocabulary import AgreementStatus, Subject, SuspensionGround
from .agreement import Agreement

#: The most Art. 17 suspensions one lifecycle may list (each with at most two notices): far beyond any
#: the Parties could give, small enough that the first evaluation under a lifecycle stays a fraction of a second.
MAX_SUSPENSIONS = 100


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
    def _lifting_after_notice(self) -> "Suspension":
        if self.lifted_notice_received is not None and self.lifted_notice_received < self.notice_received:
            raise ValueError("lifted_notice_received is before notice_received")
        return self

    def effective_from_under(self, agreement: Agreement | None = None) -> dt.date:
        """Art. 17: the day the suspension takes effect, fifteen days after receipt of the notice."""
        return (agreement or Agreement.bundled()).periods.suspension_effect.after(self.notice_received)

    def effective_until_under(self, agreement: Agreement | None = None) -> dt.date | None:
        """First day the suspension no longer has effect (fifteen days after the lifting notice), if lifted."""
        if self.lifted_notice_received is None:
            return None
        return (agreement or Agreement.bundled()).periods.suspension_effect.after(self.lifted_notice_received)

    def lawful_under(self, agreement: Agreement | None = None) -> bool:
        """Art. 17 allows a suspension only for security, public order or public health."""
        return (agreement or Agreement.bundled()).lawful_ground(self.ground)

    @property
    def effective_from(self) -> dt.date:
        """Art. 17: fifteen days after receipt of the notice (the bundled Agreement's period)."""
        return self.effective_from_under()

    @property
    def effective_until(self) -> dt.date | None:
        """First day the suspension no longer has effect, if lifted (the bundled Agreement's period)."""
        return self.effective_until_under()

    @property
    def lawful(self) -> bool:
        """Art. 17 allows this suspension's ground (the bundled Agreement's grounds)."""
        return self.lawful_under()

    @property
    def whole(self) -> bool:
        """True when the whole Agreement is suspended."""
        return self.scope is None

    def in_effect_on(self, day: dt.date, agreement: Agreement | None = None) -> bool:
        """True when the suspension has effect on ``day``: lawful, taken effect, and not lifted with effect.

        A suspension on a ground Art. 17 does not allow (``other``) never has effect under the
        Agreement: the Agreement goes on applying (see docs/interpretation.md).
        """
        until = self.effective_until_under(agreement)
        return self.lawful_under(agreement) and self.effective_from_under(agreement) <= day and (until is None or day < until)


class Lifecycle(BaseModel):
    """What is known of the Agreement's life: Art. 18(1) notifications or the known day of entry into force,
    Art. 17 suspensions, the Art. 18(2) notice of termination.

    The day a termination takes effect: "six months after the date of receipt" is read as the day six
    calendar months after receipt (31 August gives 28 February, or 29 in a leap year), the first day
    on which the Agreement no longer has effect, as "take effect fifteen days after" in Article 17 is the
    first day with effect (``docs/interpretation.md``). A notice of termination received before entry into
    force has no effect: Article 18(2) speaks of the Agreement "ceasing to have effect", which presupposes
    that it has effect; the rule ``art_18.not_yet_in_force`` reads the notice itself the same way.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # schema built on first use, not at import

    notifications_received: Annotated[tuple[IsoDate, ...], Field(max_length=2)] = Field(
        default=(), description="Dates the Art. 18(1) notifications of internal procedures were received."
    )
    entered_into_force: IsoDate | None = Field(
        default=None,
        description="The day the Agreement entered into force, where it is known (1 September 2018, as published), "
        "instead of the dates of the notifications; given with both notifications, it must be the day they give.",
    )
    # A cap on the input, not a reading of Art. 17: the status of every day is worked out from every suspension.
    suspensions: Annotated[tuple[Suspension, ...], Field(max_length=MAX_SUSPENSIONS)] = ()
    termination_notice_received: IsoDate | None = None

    @model_validator(mode="after")
    def _dates_after_signature(self) -> "Lifecycle":
        # Final clause: nothing of the Agreement's life can precede its signature.
        agreement = Agreement.bundled()
        signed = agreement.signed
        for day in self.notifications_received:
            if day < signed:
                raise ValueError(f"a notification received on {day} is before the Agreement was signed on {signed}")
        if self.entered_into_force is not None and self.entered_into_force <= signed:
            raise ValueError(f"entered_into_force {self.entered_into_force} is not after the signature on {signed}")
        rule = agreement.entry_into_force
        if self.entered_into_force is not None and len(self.notifications_received) >= rule.notifications:
            computed = rule.date_after(max(self.notifications_received))
            if computed != self.entered_into_force:
                raise ValueError(
                    f"entered_into_force {self.entered_into_force} is not {computed}, the day the notifications give"
                )
        return self

    def entry_into_force_under(self, agreement: Agreement | None = None) -> dt.date | None:
        """Art. 18(1): first day of the second month following receipt of the last of the two notifications,
        or the known day of entry into force."""
        if self.entered_into_force is not None:
            return self.entered_into_force
        rule = (agreement or Agreement.bundled()).entry_into_force
        if len(self.notifications_received) < rule.notifications:
            return None
        return rule.date_after(max(self.notifications_received))

    def termination_date_under(self, agreement: Agreement | None = None) -> dt.date | None:
        """Art. 18(2): the day the Agreement ceases to have effect (six months after receipt of the notice); ``None``
        without a notice, or for a notice received before entry into force (it has no effect)."""
        notice = self.termination_notice_received
        if notice is None:
            return None
        eif = self.entry_into_force_under(agreement)
        if eif is None or notice < eif:
            return None
        return (agreement or Agreement.bundled()).periods.termination_effect.after(notice)

    def article_13_due_under(self, agreement: Agreement | None = None) -> dt.date | None:
        """Art. 13(1), (2): day by which competent authorities are named and contacts exchanged."""
        eif = self.entry_into_force_under(agreement)
        return None if eif is None else (agreement or Agreement.bundled()).periods.designation.after(eif)

    @property
    def entry_into_force(self) -> dt.date | None:
        """Art. 18(1), counted with the bundled Agreement (see ``entry_into_force_under``)."""
        return self.entry_into_force_under()

    @property
    def termination_date(self) -> dt.date | None:
        """Art. 18(2), counted with the bundled Agreement (see ``termination_date_under``)."""
        return self.termination_date_under()

    @property
    def article_13_due(self) -> dt.date | None:
        """Art. 13(1), (2), counted with the bundled Agreement (see ``article_13_due_under``)."""
        return self.article_13_due_under()

    def status_on(self, day: dt.date, agreement: Agreement | None = None) -> AgreementStatus:
        """The Agreement's status on ``day`` (signature, entry into force, termination, whole suspension)."""
        agreement = agreement or Agreement.bundled()
        if day < agreement.signed:
            return AgreementStatus.BEFORE_SIGNATURE
        eif = self.entry_into_force_under(agreement)
        if eif is None or day < eif:
            return AgreementStatus.NOT_IN_FORCE
        end = self.termination_date_under(agreement)
        if end is not None and day >= end:
            return AgreementStatus.TERMINATED
        if any(s.whole and s.in_effect_on(day, agreement) for s in self.suspensions):
            return AgreementStatus.SUSPENDED
        return AgreementStatus.IN_FORCE

    def suspended_subjects_on(self, day: dt.date, agreement: Agreement | None = None) -> frozenset[Subject]:
        """Subjects under a partial suspension that has effect on ``day``."""
        out: set[Subject] = set()
        for s in self.suspensions:
            if s.scope is not None and s.in_effect_on(day, agreement):
                out.update(s.scope)
        return frozenset(out)

    def states_on(
        self, days: Sequence[dt.date], agreement: Agreement | None = None
    ) -> tuple[tuple[AgreementStatus, frozenset[Subject]], ...]:
        """``status_on`` and ``suspended_subjects_on`` for each of ``days`` (in ascending order), in one pass.

        The same reading of Art. 17 and 18 as those two, counted by a sweep over the days each suspension
        takes and loses effect, so that a lifecycle of n suspensions costs O(n log n), not O(n²).
        """
        agreement = agreement or Agreement.bundled()
        eif = self.entry_into_force_under(agreement)
        end = self.termination_date_under(agreement)
        # (day, +1 or -1, scope): a lawful suspension counts from its effect until its lifting has effect.
        steps: list[tuple[dt.date, int, tuple[Subject, ...] | None]] = []
        for s in self.suspensions:
            if s.lawful_under(agreement):
                steps.append((s.effective_from_under(agreement), 1, s.scope))
                until = s.effective_until_under(agreement)
                if until is not None:
                    steps.append((until, -1, s.scope))
        steps.sort(key=lambda step: step[0])
        whole, partial, i = 0, Counter[Subject](), 0
        states: list[tuple[AgreementStatus, frozenset[Subject]]] = []
        for day in days:
            while i < len(steps) and steps[i][0] <= day:
                _, step, scope = steps[i]
                if scope is None:
                    whole += step
                else:
                    partial.update({subject: step for subject in scope})
                i += 1
            if day < agreement.signed:
                status = AgreementStatus.BEFORE_SIGNATURE
            elif eif is None or day < eif:
                status = AgreementStatus.NOT_IN_FORCE
            elif end is not None and day >= end:
                status = AgreementStatus.TERMINATED
            else:
                status = AgreementStatus.SUSPENDED if whole > 0 else AgreementStatus.IN_FORCE
            states.append((status, frozenset(subject for subject, n in partial.items() if n > 0)))
        return tuple(states)

    @classmethod
    def parse(cls, data: dict[str, Any] | str | bytes) -> "Lifecycle":
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
    def from_file(cls, path: str | Path) -> "Lifecycle":
        """Read a lifecycle from a JSON file."""
        try:
            text = read_bounded(path, MAX_LIFECYCLE_BYTES)
        except OSError as exc:
            raise InvalidLifecycle([FieldError("", f"cannot read {path}: {exc.strerror}")]) from None
        return cls.parse(text)
