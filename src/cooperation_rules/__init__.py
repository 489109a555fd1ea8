"""cooperation-rules: the 2017 Kazakhstan-Czech Republic Agreement on cooperation in combating crime,
as typed events, declarative cited rules, and evaluations that quote the authentic English text.

    >>> import cooperation_rules as cr
    >>> ev = cr.evaluate({"type": "onward_transfer", "id": "e1", "date": "2026-03-02",
    ...                   "actor": "CZ", "recipient": "international_organization"})
    >>> ev.verdict.value
    'needs_consent'
"""

from __future__ import annotations

from .errors import (
    CooperationRulesError,
    EngineFault,
    EngineUnavailable,
    FieldError,
    InvalidEvent,
    InvalidLifecycle,
    RulebookGap,
    RuleFileError,
    UnknownProvision,
)
from .evaluation import Citation, Duty, Evaluation, Finding
from .events import EVENT_TYPES, Event, event_schema, parse_event
from .lifecycle import Lifecycle, Suspension
from .rulebook import Rulebook, default_rulebook, evaluate, provision
from .treaty import Provision
from .vocabulary import (
    AgreementStatus,
    Bearer,
    Crime,
    DataCategory,
    DutyKind,
    Engine,
    Party,
    Purpose,
    RefusalGround,
    Subject,
    Verdict,
)

__all__ = [
    "EVENT_TYPES",
    "AgreementStatus",
    "Bearer",
    "Citation",
    "CooperationRulesError",
    "Crime",
    "DataCategory",
    "Duty",
    "DutyKind",
    "Engine",
    "EngineFault",
    "EngineUnavailable",
    "Evaluation",
    "Event",
    "FieldError",
    "Finding",
    "InvalidEvent",
    "InvalidLifecycle",
    "Lifecycle",
    "Party",
    "Provision",
    "Purpose",
    "RefusalGround",
    "RuleFileError",
    "Rulebook",
    "RulebookGap",
    "Subject",
    "Suspension",
    "UnknownProvision",
    "Verdict",
    "default_rulebook",
    "evaluate",
    "event_schema",
    "parse_event",
    "provision",
]
