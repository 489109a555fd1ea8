"""cooperation-rules: the 2017 Kazakhstan-Czech Republic Agreement on cooperation in combating crime,
as typed events, declarative cited rules, and evaluations that quote the treaty's English text.

Everything an integrator types is here, in this one namespace; the subpackages are the library's
own rooms (``model``, ``law``, ``rulefiles``, ``engines``, ``rulebook``, ``ledger``, ``evaluation``, ``text``)
and may change between versions. ``cooperation_rules.tools`` holds the project's quality tooling
and is not part of this API.

    >>> import cooperation_rules as cr
    >>> ev = cr.evaluate({"type": "onward_transfer", "id": "e1", "date": "2026-03-02",
    ...                   "actor": "CZ", "recipient": "international_organization"})
    >>> ev.verdict.value
    'needs_consent'
    >>> isinstance(cr.parse_event({"type": "use", "id": "u1", "date": "2026-03-02", "actor": "KZ",
    ...                            "purpose": "other"}), cr.Event)
    True
"""

from types import FunctionType as _FunctionType

from ._version import __version__
from .catalogs import Language
from .engines import RuleEngine
from .errors import (
    ConflictingEvent,
    CooperationRulesError,
    EngineFault,
    EngineUnavailable,
    ErrorCode,
    FieldError,
    InconsistentReference,
    InvalidEvent,
    InvalidLifecycle,
    LedgerError,
    LedgerSchemaError,
    RulebookGap,
    RuleFileError,
    UnknownProvision,
    UnknownReference,
    UnknownRule,
    UnstatedFacts,
)
from .evaluation.answers import Citation, CitationRef, CompactEvaluation, Duty, Evaluation, Finding, Receipt
from .evaluation.explain import explain_lifecycle
from .evaluation.schema import evaluation_schema
from .law.agreement import Agreement, Period
from .law.lifecycle import Lifecycle, Suspension
from .law.provisions import Provision, Treaty
from .ledger.chain import Checkpoint, Verification
from .ledger.duties import DutyStatus, DutyTiming, LedgerDuty
from .ledger.ledger import Ledger
from .ledger.results import DataRecord, Recorded, RecordKind, ReplayDifference
from .model.events import (
    EVENT_TYPES,
    AnyEvent,
    Consent,
    ContactDetailsChange,
    Correction,
    CostClaim,
    DataDefect,
    Destruction,
    Event,
    ExpertDeployment,
    Forwarding,
    Notification,
    OnwardTransfer,
    ProceduresNotification,
    RefusalNotice,
    Request,
    Response,
    RetentionReview,
    SpontaneousInformation,
    SuspensionLiftingNotice,
    SuspensionNotice,
    TerminationNotice,
    Transfer,
    TravelDocumentNotice,
    Use,
    UseReport,
    UseReportRequest,
    WrittenConfirmation,
    event_schema,
    parse_event,
)
from .model.vocabulary import (
    SPECIAL_CATEGORIES,
    ActStage,
    AgreementStatus,
    Bearer,
    Channel,
    Crime,
    DataCategory,
    Defect,
    DestructionReason,
    DocumentStatus,
    DutyKind,
    Engine,
    Outcome,
    Party,
    Purpose,
    Recipient,
    RefusalGround,
    RequestForm,
    RulesSource,
    Subject,
    SuspensionGround,
    TextStatus,
    Verdict,
)
from .rulebook.rulebook import Rulebook, default_rulebook, evaluate, provision
from .rulefiles.schema import Rule

__all__ = [
    "EVENT_TYPES",
    "SPECIAL_CATEGORIES",
    "ActStage",
    "Agreement",
    "AgreementStatus",
    "AnyEvent",
    "Bearer",
    "Channel",
    "Checkpoint",
    "Citation",
    "CitationRef",
    "CompactEvaluation",
    "ConflictingEvent",
    "Consent",
    "ContactDetailsChange",
    "CooperationRulesError",
    "Correction",
    "CostClaim",
    "Crime",
    "DataCategory",
    "DataDefect",
    "DataRecord",
    "Defect",
    "Destruction",
    "DestructionReason",
    "DocumentStatus",
    "Duty",
    "DutyKind",
    "DutyStatus",
    "DutyTiming",
    "Engine",
    "EngineFault",
    "EngineUnavailable",
    "ErrorCode",
    "Evaluation",
    "Event",
    "ExpertDeployment",
    "FieldError",
    "Finding",
    "Forwarding",
    "InconsistentReference",
    "InvalidEvent",
    "InvalidLifecycle",
    "Language",
    "Ledger",
    "LedgerDuty",
    "LedgerError",
    "LedgerSchemaError",
    "Lifecycle",
    "Notification",
    "OnwardTransfer",
    "Outcome",
    "Party",
    "Period",
    "ProceduresNotification",
    "Provision",
    "Purpose",
    "Receipt",
    "Recipient",
    "RecordKind",
    "Recorded",
    "RefusalGround",
    "RefusalNotice",
    "ReplayDifference",
    "Request",
    "RequestForm",
    "Response",
    "RetentionReview",
    "Rule",
    "RuleEngine",
    "RuleFileError",
    "Rulebook",
    "RulebookGap",
    "RulesSource",
    "SpontaneousInformation",
    "Subject",
    "Suspension",
    "SuspensionGround",
    "SuspensionLiftingNotice",
    "SuspensionNotice",
    "TerminationNotice",
    "TextStatus",
    "Transfer",
    "TravelDocumentNotice",
    "Treaty",
    "UnknownProvision",
    "UnknownReference",
    "UnknownRule",
    "UnstatedFacts",
    "Use",
    "UseReport",
    "UseReportRequest",
    "Verdict",
    "Verification",
    "WrittenConfirmation",
    "__version__",
    "default_rulebook",
    "evaluate",
    "evaluation_schema",
    "event_schema",
    "explain_lifecycle",
    "parse_event",
    "provision",
]

# Every class and function above reads as part of this namespace (``cooperation_rules.Evaluation``,
# not the module that happens to define it), in reprs, pickles, documentation and tracebacks.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type | _FunctionType):
        _value.__module__ = __name__
del _name, _value
