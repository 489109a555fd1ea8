"""The answer: a verdict, the duties that follow, the findings that led there, and the quoted law.

Shape after Cedar's answer (decision, the rules that decided it) with the law quoted
verbatim from the English text the rulebook holds, each citation saying what that text is: the
bundled rules quote the unofficial translation published with Government Resolution No. 411.
"""

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..model.vocabulary import Bearer, DutyKind, Engine, Party, RulesSource, TextStatus, Verdict
from .explain import explain_evaluation


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # schemas built on first use, not at import


class Citation(_Frozen):
    """A provision quoted verbatim: eId, label, the English text, what that text is, and authentic texts.

    ``text`` is the English text of the rulebook, word for word; ``text_status`` says what it is:
    ``unofficial_translation`` for the bundled rules (the English text published with Government
    Resolution No. 411, which marks it "Unofficial translation"), ``authentic`` for a rules folder
    holding the signed English text, which prevails (final clause). ``authentic_texts`` holds, by
    language code ("kk", "cs", "ru"), the signed authentic texts the rulebook was given for this
    provision (``rules/texts/<lang>.yaml``); empty when it was given none.
    """

    eid: str
    label: str
    text: str
    text_status: TextStatus = TextStatus.UNOFFICIAL_TRANSLATION
    authentic_texts: dict[str, str] = Field(default_factory=dict)

    def __hash__(self) -> int:
        # Frozen answers are hashable; the texts by language are a mapping, hashed as its sorted items.
        return hash((self.eid, self.label, self.text, self.text_status, tuple(sorted(self.authentic_texts.items()))))


class Duty(_Frozen):
    """A duty: what, who (role and Parties), by when, from which rule, on which provisions.

    ``urgently``: to be done "in urgent manner" (Art. 9(2)), a standard the Agreement sets without a date.
    """

    kind: DutyKind
    bearer: Bearer
    parties: tuple[Party, ...]
    due: dt.date | None
    immediately: bool
    urgently: bool = False
    rule: str
    citations: tuple[str, ...]


class Finding(_Frozen):
    """A rule that fired: its id, its effect (verdict and duty kinds), why, and what it cites."""

    rule: str
    verdict: Verdict | None
    duties: tuple[DutyKind, ...]
    explanation: str
    citations: tuple[str, ...]


class CitationRef(_Frozen):
    """A provision named, not quoted: its eId and label (compact output; the text is ``Rulebook.provision(eid)``)."""

    eid: str
    label: str


class Receipt(_Frozen):
    """What made an evaluation, so that it can be re-run later and compared.

    ``rulebook_digest`` is a SHA-256 over the canonical content of every rule file, the Agreement's own facts
    (``agreement.yaml``) and the text (``Rulebook.digest``): the same rules give the same digest on any machine.
    ``rules_source`` says whether they are the rules bundled with this library or a folder the caller named
    (``rules_folder``, as it was given). ``lifecycle_digest`` is the digest of the ``Lifecycle`` the evaluation
    counted with, ``None`` when none was given (the Agreement is then presumed in force, and ``assumptions`` says
    so). A receipt holds no wall-clock time: the same event, rules and lifecycle give the same receipt.
    ``decision_id`` and ``decided_at`` are empty unless the caller stamps the evaluation (``Evaluation.stamped``,
    or ``--stamp`` on the command line).
    """

    library_version: str
    rulebook_digest: str
    rules_source: RulesSource
    rules_folder: str | None = None
    engine: Engine
    lifecycle_digest: str | None = None
    event_date: dt.date
    event_actor: Party
    decision_id: str | None = None
    decided_at: dt.datetime | None = None


#: What compact output leaves out of every citation: the quoted texts and what they are (``exclude`` of
#: ``model_dump``; ``--compact`` on the command line).
COMPACT_EXCLUDE: Any = {"citations": {"__all__": {"text", "text_status", "authentic_texts"}}}


class Evaluation(_Frozen):
    """What the Agreement makes of one event. ``model_dump(mode="json")`` is the wire form."""

    event_id: str
    event_type: str
    verdict: Verdict
    decided_by: tuple[str, ...]
    duties: tuple[Duty, ...]
    findings: tuple[Finding, ...]
    citations: tuple[Citation, ...]
    assumptions: tuple[str, ...]
    presumed: tuple[str, ...] = ()
    """The event fields left unstated whose defaults the decision relied on (each also explained in ``assumptions``)."""
    engine: Engine
    receipt: Receipt
    """What made this evaluation: library version, rulebook digest, engine, lifecycle digest, event date and actor."""

    def stamped(self, decision_id: str, decided_at: dt.datetime) -> "Evaluation":
        """This evaluation with a decision id and time in its receipt, for a caller's decision log.

        The library never stamps on its own (an evaluation is a pure function of event, rules and lifecycle);
        ``decided_at`` must carry its time zone, so that the log reads the same wherever it is read.
        """
        if decided_at.tzinfo is None or decided_at.utcoffset() is None:
            raise ValueError("decided_at needs a time zone, for instance datetime.now(timezone.utc)")
        receipt = self.receipt.model_copy(update={"decision_id": decision_id, "decided_at": decided_at})
        return self.model_copy(update={"receipt": receipt})

    def decision(self) -> dict[str, Any]:
        """What the rules decided, in wire form: everything but the engine and the receipt.

        Two engines, two machines or two runs that decide alike give equal decisions; compare these to re-run a past
        evaluation (the receipt says which rules and lifecycle to re-run it with).
        """
        return self.model_dump(mode="json", exclude={"engine", "receipt"})

    def to_wire(self, *, compact: bool = False) -> dict[str, Any]:
        """The wire form (``model_dump(mode="json")``); ``compact=True`` names each cited provision by eId and label
        only, leaving out the quoted text (read it with ``Rulebook.provision(eid)`` or ``cooperation-rules provision``).
        """
        return self.model_dump(mode="json", exclude=COMPACT_EXCLUDE if compact else None)

    def to_json(self, *, compact: bool = False) -> str:
        """The wire form as one line of JSON; ``compact`` as in ``to_wire``."""
        return self.model_dump_json(exclude=COMPACT_EXCLUDE if compact else None)

    def explain(self, locale: str | None = None) -> str:
        """The evaluation as text for people: verdict, duties with dates, reasons, and the quoted law.

        ``locale`` chooses the language ("en", "ru", "cs", "kk", or a name such as "cs_CZ.UTF-8");
        ``None`` reads ``LANGUAGE``, then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; an unsupported language gives
        English (see ``catalogs``). Rule ids, eIds and duty kinds stay as on the wire; the law is quoted
        word for word in the English text the rulebook holds, saying what that text is, followed by any
        authentic text the citation carries.
        """
        return explain_evaluation(self, locale)


class CompactEvaluation(_Frozen):
    """An evaluation with its citations by eId and label only (``Evaluation.to_wire(compact=True)``)."""

    event_id: str
    event_type: str
    verdict: Verdict
    decided_by: tuple[str, ...]
    duties: tuple[Duty, ...]
    findings: tuple[Finding, ...]
    citations: tuple[CitationRef, ...]
    assumptions: tuple[str, ...]
    presumed: tuple[str, ...] = ()
    engine: Engine
    receipt: Receipt
