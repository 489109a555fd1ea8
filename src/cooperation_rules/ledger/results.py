"""What the ledger answers: a recorded event, an Art. 10(6) record, a decision that replays differently."""

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from ..evaluation.answers import Evaluation
from ..model.vocabulary import DataCategory, DestructionReason, Party, Purpose


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Recorded(_Frozen):
    """An event as the ledger holds it: its position, hash, evaluation, and the duties it opened and discharged."""

    seq: int
    hash: str
    event_id: str
    case: str
    evaluation: Evaluation
    opened: tuple[str, ...]
    discharged: tuple[str, ...]
    link_assumptions: tuple[str, ...] = ()
    """What was assumed of a reference the ledger does not hold (only with ``assume_unknown``)."""


class RecordKind(StrEnum):
    """The three records Article 10, item 6 names."""

    TRANSFER = "transfer"
    RECEPTION = "reception"
    DESTRUCTION = "destruction"


class DataRecord(_Frozen):
    """A record of Article 10, item 6: the transfer, reception or destruction of personal data, with the purpose of
    the transfer, the list of data (its categories), the bodies involved (the Parties whose authorities acted) and,
    for a destruction, its reason."""

    kind: RecordKind
    party: Party
    """The Party that keeps the record: the sender for a transfer, the receiver for a reception and a destruction."""
    date: dt.date
    event_id: str
    transfer_id: str
    purpose: Purpose
    categories: tuple[DataCategory, ...]
    sending_party: Party
    receiving_party: Party
    reason: DestructionReason | None = None


class ReplayDifference(_Frozen):
    """A recorded decision the current rules decide differently: which part, before and after, and the provisions
    whose citation came or went."""

    seq: int
    event_id: str
    part: str
    recorded: object
    current: object
    provisions: tuple[str, ...]
