"""The answer: a verdict, the duties that follow, the findings that led there, and the quoted law.

Shape after Cedar's answer (decision, the rules that decided it) with the law quoted
verbatim from the authentic English text, which prevails (final clause, Art. 18).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from .vocabulary import Bearer, DutyKind, Engine, Party, Verdict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Citation(_Frozen):
    """A provision quoted verbatim: eId, label, text."""

    eid: str
    label: str
    text: str


class Duty(_Frozen):
    """A duty: what, who (role and Parties), by when, from which rule, on which provisions."""

    kind: DutyKind
    bearer: Bearer
    parties: tuple[Party, ...]
    due: dt.date | None
    immediately: bool
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
    engine: Engine

    def explain(self) -> str:
        """The evaluation as text for people: verdict, duties with dates, reasons, and the quoted law."""
        lines = [f"Event {self.event_id} ({self.event_type}): {self.verdict.value.upper().replace('_', ' ')}"]
        lines.append(f"  Decided by: {', '.join(self.decided_by)}")
        if self.duties:
            lines.append("  Duties:")
            for d in self.duties:
                when = "immediately" if d.immediately else ""
                if d.due is not None:
                    when = (when + ", " if when else "") + f"due {d.due.isoformat()}"
                when = when or "no deadline set by the Agreement"
                who = " and ".join(p.value for p in d.parties)
                lines.append(f"    - {d.kind.value} ({d.bearer.value}: {who}); {when} [{d.rule}]")
        lines.append("  Why:")
        for f in self.findings:
            outweighed = f" (its verdict, {f.verdict.value}, gives way)" if f.verdict not in (None, self.verdict) else ""
            lines.append(f"    - {f.explanation} [{f.rule}]{outweighed}")
        if self.assumptions:
            lines.append("  Assumptions:")
            lines.extend(f"    - {a}" for a in self.assumptions)
        lines.append("  The law (authentic English text, which prevails under the final clause of Article 18):")
        for c in self.citations:
            lines.append(f"    {c.label} [{c.eid}]:")
            lines.extend(f"      {line}" for line in ('"' + c.text + '"').split("\n"))
        return "\n".join(lines)
