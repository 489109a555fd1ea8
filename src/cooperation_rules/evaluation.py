"""The answer: a verdict, the duties that follow, the findings that led there, and the quoted law.

Shape after Cedar's answer (decision, the rules that decided it) with the law quoted
verbatim from the authentic English text, which prevails (final clause, Art. 18).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from .errors import N_
from .i18n import Localizer, localizer
from .vocabulary import Bearer, DutyKind, Engine, Party, Verdict

if TYPE_CHECKING:
    from .lifecycle import Lifecycle


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # schemas built on first use, not at import


class Citation(_Frozen):
    """A provision quoted verbatim: eId, label, the authentic English text, and other authentic texts.

    ``text`` is the English text, which prevails (final clause, Art. 18). ``authentic_texts``
    holds, by language code ("kk", "cs", "ru"), the other authentic texts the rulebook was given
    for this provision (``rules/texts/<lang>.yaml``); empty when it was given none.
    """

    eid: str
    label: str
    text: str
    authentic_texts: dict[str, str] = Field(default_factory=dict)


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

    def explain(self, locale: str | None = None) -> str:
        """The evaluation as text for people: verdict, duties with dates, reasons, and the quoted law.

        ``locale`` chooses the language ("en", "ru", "cs", "kk", or a name such as "cs_CZ.UTF-8");
        ``None`` reads ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, and an unsupported language gives
        English (see ``i18n``). Rule ids, eIds and duty kinds stay as on the wire; the law is quoted
        in the authentic English text, which prevails (final clause, Art. 18), followed by any other
        authentic text the citation carries.
        """
        tr = localizer(locale)
        headline = tr.gettext("Event %(id)s (%(type)s): %(verdict)s") % {
            "id": self.event_id,
            "type": tr.event_type(self.event_type),
            "verdict": tr.verdict(self.verdict).upper(),
        }
        lines = [headline, "  " + tr.gettext("Decided by: %(rules)s") % {"rules": ", ".join(self.decided_by)}]
        if self.duties:
            lines.append("  " + tr.gettext("Duties:"))
            lines.extend("    - " + duty_line(tr, d) for d in self.duties)
        lines.append("  " + tr.gettext("Why:"))
        for f in self.findings:
            outweighed = ""
            if f.verdict not in (None, self.verdict):
                outweighed = " " + tr.gettext("(its verdict, %(verdict)s, gives way)") % {"verdict": tr.verdict(f.verdict)}
            lines.append(f"    - {tr.gettext(f.explanation)} [{f.rule}]{outweighed}")
        if self.assumptions:
            lines.append("  " + tr.gettext("Assumptions:"))
            lines.extend(f"    - {tr.gettext(a)}" for a in self.assumptions)
        lines.append("  " + tr.gettext("The law (authentic English text, which prevails under the final clause of Article 18):"))
        for c in self.citations:
            lines.append(f"    {tr.provision_label(c.eid, c.label)} [{c.eid}]:")
            lines.extend(_quoted(tr, c.text, "      "))
            for language, text in sorted(c.authentic_texts.items()):
                lines.append("      " + tr.gettext("Authentic text (%(language)s):") % {"language": tr.language_name(language)})
                lines.extend(_quoted(tr, text, "        "))
        return "\n".join(lines)


#: How a deadline counted from entry into force reads (Art. 13(1), (2)).
_DUE_AFTER_ENTRY_INTO_FORCE = N_("due %(date)s, %(days)s after entry into force")


def _quoted(tr: Localizer, text: str, indent: str) -> list[str]:
    return [indent + line for line in tr.quote(text).split("\n")]


def duty_line(tr: Localizer, duty: Duty, *, since: tuple[str, dt.date] | None = None) -> str:
    """One duty for people: what, who, by when, and the rule that imposes it.

    ``since`` is a starting point and its name (message) for saying how many days the deadline
    leaves ("30 days after entry into force", Art. 13(1)); durations are always in days.
    """
    when: list[str] = []
    if duty.immediately:
        when.append(tr.gettext("immediately"))
    if duty.due is not None:
        if since is not None and since[1] <= duty.due:
            from_, start = since
            when.append(tr.gettext(from_) % {"date": tr.date(duty.due), "days": tr.days((duty.due - start).days)})
        else:
            when.append(tr.gettext("due %(date)s") % {"date": tr.date(duty.due)})
    deadline = ", ".join(when) or tr.gettext("no deadline set by the Agreement")
    return tr.gettext("%(duty)s (%(kind)s) — %(bearer)s (%(parties)s); %(when)s [%(rule)s]") % {
        "duty": tr.duty(duty.kind),
        "kind": duty.kind.value,
        "bearer": tr.bearer(duty.bearer),
        "parties": ", ".join(p.value for p in duty.parties),
        "when": deadline,
        "rule": duty.rule,
    }


def explain_lifecycle(lifecycle: Lifecycle, duties: Iterable[Duty], *, locale: str | None = None) -> str:
    """The Agreement's own life for people: entry into force (Art. 18(1)), suspensions and their
    effect fifteen days after the notice (Art. 17), termination (Art. 18(2)), and the duties that
    life creates (Art. 13(1), (2)). ``locale`` as for ``Evaluation.explain``."""
    tr = localizer(locale)
    eif = lifecycle.entry_into_force
    entry = (
        tr.gettext("entry into force %(date)s") % {"date": tr.date(eif)}
        if eif is not None
        else tr.gettext("entry into force not yet known")
    )
    end_date = lifecycle.termination_date
    end = (
        tr.gettext("ceases to have effect %(date)s") % {"date": tr.date(end_date)}
        if end_date is not None
        else tr.gettext("no termination notice")
    )
    lines = [tr.gettext("The Agreement's life: %(entry)s; %(end)s") % {"entry": entry, "end": end}]
    for s in lifecycle.suspensions:
        scope = tr.gettext("the whole Agreement") if s.scope is None else ", ".join(tr.subject(subject) for subject in s.scope)
        head = tr.gettext("Suspension (ground: %(ground)s; scope: %(scope)s), notice received %(date)s") % {
            "ground": tr.suspension_ground(s.ground),
            "scope": scope,
            "date": tr.date(s.notice_received),
        }
        if not s.lawful:
            effect = tr.gettext("Article 17 does not allow this ground, so the suspension has no effect")
        else:
            effect = tr.gettext("in effect from %(date)s, %(days)s after the notice") % {
                "date": tr.date(s.effective_from),
                "days": tr.days((s.effective_from - s.notice_received).days),
            }
            until = s.effective_until
            if until is not None:
                effect += "; " + tr.gettext("lifted with effect from %(date)s") % {"date": tr.date(until)}
        lines.append(f"  - {head}: {effect}")
    since = (_DUE_AFTER_ENTRY_INTO_FORCE, eif) if eif is not None else None
    lines.extend("  - " + duty_line(tr, d, since=since) for d in duties)
    return "\n".join(lines)
