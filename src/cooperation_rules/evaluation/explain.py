"""The answer as people read it: verdict, duties with dates, reasons, assumptions and the quoted law.

Everything here is localised (``text.localizer``): rule ids, eIds and duty kinds stay as on the
wire, and the law is quoted word for word in the English text the rulebook holds, with what that
text is (the bundled rules: the unofficial translation published with Resolution No. 411),
followed by any authentic text a citation carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..catalogs import N_
from ..model.vocabulary import TextStatus
from ..text.localizer import Localizer, localizer
from ..text.printable import printable

if TYPE_CHECKING:
    from ..law.lifecycle import Lifecycle
    from .answers import Duty, Evaluation


def explain_evaluation(evaluation: Evaluation, locale: str | None = None) -> str:
    """The evaluation as text for people (see ``Evaluation.explain``)."""
    tr = localizer(locale)
    headline = tr.gettext("Event %(id)s (%(type)s): %(verdict)s") % {
        "id": printable(evaluation.event_id),  # input, echoed: never a control character raw
        "type": tr.event_type(evaluation.event_type),
        "verdict": tr.verdict(evaluation.verdict).upper(),
    }
    lines = [headline, "  " + tr.gettext("Decided by: %(rules)s") % {"rules": ", ".join(evaluation.decided_by)}]
    if evaluation.duties:
        lines.append("  " + tr.gettext("Duties:"))
        lines.extend("    - " + duty_line(tr, d) for d in evaluation.duties)
    lines.append("  " + tr.gettext("Why:"))
    for f in evaluation.findings:
        outweighed = ""
        if f.verdict not in (None, evaluation.verdict):
            outweighed = " " + tr.gettext("(its verdict, %(verdict)s, gives way)") % {"verdict": tr.verdict(f.verdict)}
        lines.append(f"    - {tr.gettext(f.explanation)} [{f.rule}]{outweighed}")
    if evaluation.assumptions:
        lines.append("  " + tr.gettext("Assumptions:"))
        lines.extend(f"    - {tr.gettext(a)}" for a in evaluation.assumptions)
    authentic = any(c.text_status is TextStatus.AUTHENTIC for c in evaluation.citations)
    lines.append("  " + tr.gettext(_LAW_AUTHENTIC if authentic else _LAW_TRANSLATION))
    for c in evaluation.citations:
        lines.append(f"    {tr.provision_label(c.eid, c.label)} [{c.eid}]:")
        lines.extend(_quoted(tr, c.text, "      "))
        for language, text in sorted(c.authentic_texts.items()):
            lines.append("      " + tr.gettext("Authentic text (%(language)s):") % {"language": tr.language_name(language)})
            lines.extend(_quoted(tr, text, "        "))
    return "\n".join(lines)


#: The heading of the quoted law: what the English text is (``Citation.text_status``) and where a signed text can be given.
_LAW_TRANSLATION = N_(
    "The law, quoted word for word from the English text published with Government Resolution No. 411 as an unofficial "
    "translation (the signed Kazakh, Czech, Russian and English texts are the authentic ones; a rules folder can hold "
    "them, see docs/languages.md):"
)
_LAW_AUTHENTIC = N_("The law, quoted word for word from the signed English text, which prevails under the final clause:")
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
    if duty.urgently:
        when.append(tr.gettext("in an urgent manner (Art. 9(2))"))
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
