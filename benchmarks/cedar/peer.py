"""Cedar, through cedarpy, deciding the provisions it shares with the rulebook: Art. 10 item 1 and Art. 11(2).

The policies are the ``*.cedar`` files beside this module, checked against ``schema.cedarschema`` when
loaded. A ``use`` or ``onward_transfer`` event becomes one Cedar request: the acting Party as principal,
the act as action, the transfer or the recipient as resource, and the event's flags as context. Cedar has
no calendar, so the Agreement's status on the act's day (final clause, Art. 17, 18) is worked out in
Python by the floor and passed in the context.

An allow is ``permitted``; a deny is the strongest ``@verdict`` among the policies that decided it
(forbid wins over permit in Cedar, as ``prohibited`` and ``needs_consent`` win over ``permitted`` in the
rulebook). Cedar gives no duties: only verdicts are compared.

cedarpy is a benchmark-only dependency, imported when a ``CedarPeer`` is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cooperation_rules.law.lifecycle import Lifecycle
from cooperation_rules.model.events import Event, OnwardTransfer, Use
from cooperation_rules.model.vocabulary import AgreementStatus, Verdict
from floor import Floor

HERE = Path(__file__).resolve().parent
POLICY_FILES = tuple(sorted(HERE.glob("*.cedar")))
SCHEMA_FILE = HERE / "schema.cedarschema"
#: The event types whose provisions the Cedar policies encode.
SHARED_TYPES = ("use", "onward_transfer")
_DATA_PROTECTION = frozenset({AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED})
_ACTIONS = {t: {"type": "Action", "id": t} for t in SHARED_TYPES}


def policy_text() -> str:
    """Every policy file, in name order."""
    return "\n".join(p.read_text(encoding="utf-8") for p in POLICY_FILES)


class CedarPeer:
    """Decides ``use`` and ``onward_transfer`` events with Cedar, under one lifecycle."""

    def __init__(self, lifecycle: Lifecycle | None) -> None:
        import cedarpy

        text = policy_text()
        checked = cedarpy.validate_policies(text, SCHEMA_FILE.read_text(encoding="utf-8"))
        if not checked.validation_passed:
            raise ValueError(f"the Cedar policies do not match their schema: {checked}")
        self._cedar = cedarpy
        self._policies = cedarpy.PolicySet.from_str(text)
        self._verdicts = {
            pid: Verdict(policy.annotations["verdict"]) for pid, policy in self._policies.to_pst().static_policies.items()
        }
        self._entities = cedarpy.Entities.from_json_str("[]")
        self._floor = Floor(lifecycle)

    def request(self, event: Event) -> dict[str, Any]:
        """The Cedar request for a ``use`` or ``onward_transfer`` event."""
        status = self._floor.status(event.date)
        context: dict[str, Any] = {"agreement_status": status.value, "data_protection_applies": status in _DATA_PROTECTION}
        if isinstance(event, Use):
            context.update(purpose=event.purpose.value, within_conditions=event.within_conditions)
            context["sender_consent"] = event.sender_consent
            resource = {"type": "Transfer", "id": event.transfer_id or ""}
        elif isinstance(event, OnwardTransfer):
            context["sender_consent"] = event.sender_consent
            resource = {"type": "Recipient", "id": event.recipient.value}
        else:
            raise ValueError(f"Cedar decides only {', '.join(SHARED_TYPES)} events, not {event.type!r}")
        return {
            "principal": {"type": "Party", "id": event.actor.value},
            "action": _ACTIONS[event.type],
            "resource": resource,
            "context": context,
        }

    def verdict(self, result: Any) -> Verdict:
        """The rulebook's verdict for a Cedar answer."""
        if result.diagnostics.errors:
            raise RuntimeError(f"Cedar failed: {result.diagnostics.errors}")
        if result.allowed:
            return Verdict.PERMITTED
        decided = [self._verdicts[pid] for pid in result.diagnostics.reasons]
        return max(decided, key=lambda v: v.precedence) if decided else Verdict.NOT_APPLICABLE

    def decide(self, event: Event) -> Verdict:
        """One event, one call to Cedar."""
        return self.verdict(self._cedar.is_authorized(self.request(event), self._policies, self._entities))

    def decide_batch(self, events: list[Event]) -> list[Verdict]:
        """Many events in one call to Cedar."""
        results = self._cedar.is_authorized_batch([self.request(e) for e in events], self._policies, self._entities)
        return [self.verdict(r) for r in results]
