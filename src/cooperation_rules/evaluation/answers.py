"""The answer: a verdict, the duties that follow, the findings that led there, and the quoted law.

Shape after Cedar's answer (decision, the rules that decided it) with the law quoted
verbatim from the English text the rulebook holds, each citation saying what that text is: the
bundled rules quote the unofficial translation published with Government Resolution No. 411.
"""

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from ..model.vocabulary import Bearer, DutyKind, Engine, Party, TextStatus, Verdict
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

    def explain(self, locale: str | None = None) -> str:
        """The evaluation as text for people: verdict, duties with dates, reasons, and the quoted law.

        ``locale`` chooses the language ("en", "ru", "cs", "kk", or a name such as "cs_CZ.UTF-8");
        ``None`` reads ``LANGUAGE``, then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; an unsupported language gives
        English (see ``catalogs``). Rule ids, eIds and duty kinds stay as on the wire; the law is quoted
        word for word in the English text the rulebook holds, saying what that text is, followed by any
        authentic text the citation carries.
        """
        return explain_evaluation(self, locale)
