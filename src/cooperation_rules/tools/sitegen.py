"""The living documentation: a static HTML site where a lawyer checks the rules against the treaty.

For each article, the English text (the unofficial translation published with Resolution No. 411)
provision by provision; beside each provision, the rules that implement it (when, then, citation)
and the scenarios that test it, with their steps and their result in the last run. The first page
summarises the coverage. Every eId, wherever it appears, links to its provision. Plain HTML and one
stylesheet: no JavaScript, works offline, prints cleanly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from .._version import __version__
from ..catalogs import N_
from ..law.provisions import Provision
from ..rulebook.rulebook import Rulebook
from ..rulefiles.schema import DutySpec, FactCondition, Rule
from ..text.localizer import Localizer, localizer
from .checkout import UNKNOWN_COMMIT, head_commit
from .interpretation import Interpretation
from .legend import Legend, render_legend
from .sitestyle import CSS
from .spec import RunRecord, SpecFeature, SpecScenario
from .tracing import ProvisionTrace, Trace, TraceStatus

if TYPE_CHECKING:
    from .analysis.checks import CheckReport

__all__ = ["SiteStamp", "build_site", "page_of"]

_STATUS_TEXT = {
    TraceStatus.COVERED: N_("implemented and tested"),
    TraceStatus.BINDS_NO_EVENT: N_("binds no event"),
    TraceStatus.NOT_RUN: N_("scenarios not run"),
    TraceStatus.FAILING: N_("scenario failing"),
    TraceStatus.NO_SCENARIO: N_("no scenario"),
    TraceStatus.NO_RULE: N_("no rule"),
}
_OUTCOME_TEXT = {"passed": N_("passed"), "failed": N_("failed"), "skipped": N_("skipped"), None: N_("not run")}
_CHANGED = N_("changed since the run: not run")
_PAGE_TITLES = {"preamble": N_("Resolution, title and preamble"), "conclusions": N_("Final clause and signatures")}
_AGREEMENT = N_(
    "Agreement between the Government of the Republic of Kazakhstan and the Government of the Czech Republic"
    " on cooperation in combating crime"
)
_BEARERS = {"actor": N_("the Party that acts"), "counterpart": N_("the other Party"), "both": N_("both Parties")}
_CONDITIONS = {
    "equals": N_("%(fact)s is %(value)s"),
    "not_equals": N_("%(fact)s is not %(value)s"),
    "in": N_("%(fact)s is one of: %(value)s"),
    "not_in": N_("%(fact)s is none of: %(value)s"),
    "lt": N_("%(fact)s is less than %(value)s"),
    "lte": N_("%(fact)s is at most %(value)s"),
    "gt": N_("%(fact)s is more than %(value)s"),
    "gte": N_("%(fact)s is at least %(value)s"),
}


_FOOTER = N_(
    "The English text quoted word for word is the one published with Government Resolution No. 411 of 9 July 2018 and"
    " marked there “Unofficial translation”; the signed Kazakh, Czech, Russian and English texts are equally"
    " authentic, the English one prevailing in case of disagreement (final clause). Results are those of the run of"
    " the scenarios that the stamp above names; a scenario whose words changed since that run is shown as not run."
)
_LEDE = N_(
    "Astana, 23 November 2017; approved by Resolution No. 411 of the Government of the Republic of Kazakhstan of"
    " 9 July 2018. Each page sets the English text published with that Resolution (an unofficial translation),"
    " provision by provision, beside the rules that implement it and the scenarios that test it."
)
_SCENARIOS_LEDE = N_("The feature files of the specification, word for word, with the result of each scenario in the last run.")
_ALL_COVERED = N_(
    "Every operative provision is implemented by a rule and tested by a passing scenario; every rule fires in a passing scenario."
)
_READINGS_LEDE = N_(
    "Where the text leaves room for doubt, the rules take a reading and say so beside the rule. Each reading states"
    " whether it is settled, doubtful, or to be raised with the other Party for consultation under Article 14, and"
    " who approved it. docs/interpretation.md gives the reasoning at length."
)
_READING_STATUS = {
    "settled": N_("settled"),
    "doubtful": N_("doubtful"),
    "consult": N_("to be raised under Art. 14"),
}


#: On paper, the page sits in a table whose empty head and foot Chromium repeats on every printed page: they keep
#: the text clear of the stamp, which is fixed at the foot of each page (sitestyle.py). On the screen it is plain blocks.
_PAPER_OPEN = (
    '<table class="paper"><thead><tr><td class="paper-space"></td></tr></thead>'
    '<tfoot><tr><td class="paper-space"></td></tr></tfoot><tbody><tr><td class="paper-body">'
)
_PAPER_CLOSE = "</td></tr></tbody></table>"


#: The words the pages write through ``_()`` inside f-strings, which the message extractor of Python 3.11 does not
#: look into: marked here so that the catalogs hold them (tests/test_site.py checks that none is missing).
_IN_MARKUP = (
    N_("The Agreement, its rules and its scenarios"),
    N_("Preamble"),
    N_("Final clause"),
    N_("All scenarios"),
    N_("Readings"),
    N_("all readings"),
    N_("the reasoning"),
    N_("Reading"),
    N_("approved by: %(who)s"),
    N_("the act is"),
    N_("Applies to"),
    N_("When"),
    N_("Then"),
    N_("a finding only (no verdict, no duty)"),
    N_("Cites"),
    N_("Why"),
    N_("Assumes"),
    N_("Fires in"),
    N_("Binds no event:"),
    N_("Rules that cite it (%(count)d)"),
    N_("Rules"),
    N_("No rule cites this provision."),
    N_("Scenarios"),
    N_("No scenario is tagged with this provision."),
    N_("Reading:"),
    N_("What the check of the rules reports"),
    N_("Combinations of the rules of this article over every possible event."),
    N_("Coverage"),
    N_("No run of the scenarios is on file: every scenario is shown as not run."),
    N_("Findings of the gate: %(count)d"),
    N_("Contents"),
    N_("Provision"),
    N_("Status"),
    N_("Scenarios passed"),
    N_("Readings of doubtful provisions"),
)


class SiteStamp(BaseModel):
    """What every page says it was made of: the library's version, the rulebook digest and the commit
    of the build, when it was built, and the run of the scenarios its results come from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    rulebook_digest: str
    commit: str = UNKNOWN_COMMIT
    built: dt.datetime
    run_time: dt.datetime | None = None
    run_commit: str | None = None
    run_version: str | None = None
    run_rulebook_digest: str | None = None

    @classmethod
    def of(cls, rulebook: Rulebook, record: RunRecord | None, commit: str, built: dt.datetime | None = None) -> SiteStamp:
        """The stamp of a site built now (or at ``built``) from ``rulebook`` at ``commit``, with ``record``'s results."""
        return cls(
            version=__version__,
            rulebook_digest=rulebook.digest,
            commit=commit,
            built=built or dt.datetime.now(dt.UTC).replace(microsecond=0),
            run_time=record.time if record else None,
            run_commit=record.commit if record else None,
            run_version=record.version if record else None,
            run_rulebook_digest=record.rulebook_digest if record else None,
        )


def page_of(eid: str) -> str:
    """The page that holds a provision: ``art_10`` for ``art_10__point_5``; the Resolution, title and
    preamble on ``preamble``; the final clause and signatures on ``conclusions``."""
    if eid.startswith("art_"):
        return eid.split("__")[0]
    if eid.startswith("conclusions"):
        return "conclusions"
    return "preamble"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _href(eid: str, here: str) -> str:
    page = page_of(eid) + ".html"
    return f"#{eid}" if page == here else f"{page}#{eid}"


class _Site:
    def __init__(
        self,
        rulebook: Rulebook,
        features: Sequence[SpecFeature],
        trace: Trace,
        check: CheckReport | None,
        tr: Localizer,
        stamp: SiteStamp,
        legend: Legend | None = None,
        interpretation: Interpretation | None = None,
    ) -> None:
        self.legend_entries = legend
        self.interpretation = interpretation
        self.rulebook = rulebook
        self.check = check
        self.features = features
        self.trace = trace
        self.tr = tr
        self.stamp_of = stamp
        self.rows = {p.eid: p for p in trace.provisions}
        self.scenarios = {s.key: s for f in features for s in f.scenarios}
        self.traced = {s.key: s for s in trace.scenarios}
        self.rule_rows = {r.id: r for r in trace.rules}
        self.pages: list[str] = list(dict.fromkeys(page_of(p.eid) for p in rulebook.treaty))

    # --- pieces ---------------------------------------------------------------------------------

    def label(self, eid: str) -> str:
        """A provision's label in the site's language ("Article 10, item 5", "Статья 10, подпункт 5")."""
        return self.tr.provision_label(eid, self.rows[eid].label) if eid in self.rows else eid

    def link(self, eid: str, here: str, text: str | None = None) -> str:
        label = text if text is not None else self.label(eid)
        return f'<a href="{_e(_href(eid, here))}" title="{_e(eid)}">{_e(label)}</a>'

    def status(self, status: TraceStatus) -> str:
        return f'<span class="status {_e(status.value)}">{_e(self.tr.gettext(_STATUS_TEXT[status]))}</span>'

    def outcome(self, key: str) -> str:
        traced = self.traced.get(key)
        outcome = traced.outcome if traced is not None else None
        if traced is not None and traced.changed:
            return f'<span class="status changed">{_e(self.tr.gettext(_CHANGED))}</span>'
        # The outcome comes from the results file: only a known one becomes a class name.
        known = outcome if outcome in _OUTCOME_TEXT and outcome is not None else "not_run" if outcome is None else "unknown"
        text = self.tr.gettext(_OUTCOME_TEXT[outcome]) if outcome in _OUTCOME_TEXT else str(outcome)
        return f'<span class="status {_e(known)}">{_e(text)}</span>'

    def when(self, moment: dt.datetime | None) -> str:
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if moment is not None else "—"

    def stamp(self, *, top: bool = False) -> str:
        """The line every page carries (and every printed page, at its foot): version, digest, commit, dates."""
        _ = self.tr.gettext
        st = self.stamp_of
        commit = st.commit if st.commit != UNKNOWN_COMMIT else _("unknown (not built from a git checkout)")
        parts = [
            _("Version %(version)s") % {"version": st.version},
            _("rulebook %(digest)s") % {"digest": st.rulebook_digest},
            _("commit %(commit)s") % {"commit": commit},
            _("built %(time)s") % {"time": self.when(st.built)},
        ]
        if st.run_time is None:
            parts.append(_("no run of the scenarios is on file"))
        else:
            parts.append(_("scenarios run %(time)s") % {"time": self.when(st.run_time)})
        items = " ".join(f"<span>{_e(p)}</span>" for p in parts)  # spaces between: a line may break there
        warn = ""
        if st.run_time is not None and st.run_rulebook_digest not in (None, st.rulebook_digest):
            warn = '<span class="warn">' + _e(_("the run judged other rules: its results are not shown")) + "</span>"
        return f'<div class="stamp{" top" if top else ""}">{items}{warn}</div>'

    def page(self, name: str, title: str, body: str) -> str:
        _ = self.tr.gettext
        articles = [p for p in self.pages if p not in _PAGE_TITLES]
        nav = " ".join(f'<a href="{_e(p)}.html">{_e(self.page_title(p, short=True))}</a>' for p in articles)
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{_e(self.tr.language.value)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)} — {_e(_(_AGREEMENT))}</title>\n"
            '<link rel="stylesheet" href="style.css">\n</head>\n<body>\n'
            f'<header class="site"><a href="index.html"><b>{_e(_("The Agreement, its rules and its scenarios"))}</b></a>'
            f'<nav><a href="preamble.html">{_e(_("Preamble"))}</a>{nav} <a href="conclusions.html">{_e(_("Final clause"))}</a>'
            f' <a href="scenarios.html">{_e(_("All scenarios"))}</a>'
            f' <a href="readings.html">{_e(_("Readings"))}</a></nav></header>\n'
            f"{self.stamp()}\n"
            f"{_PAPER_OPEN}<main>\n{body}\n</main>\n"
            f"<footer><p>{_e(_(_FOOTER))}</p></footer>{_PAPER_CLOSE}\n"
            "</body>\n</html>\n"
        )

    def page_title(self, name: str, *, short: bool = False) -> str:
        if name in _PAGE_TITLES:
            return self.tr.gettext(_PAGE_TITLES[name])
        number = name.removeprefix("art_")
        return number if short else self.tr.gettext("Article %(article)s") % {"article": number}

    def condition(self, c: FactCondition) -> str:
        _ = self.tr.gettext
        fact = c.fact.replace("_", " ")
        value = c.operand
        if c.operator == "exists":
            words = (_("%(fact)s is given") if value else _("%(fact)s is not given")) % {"fact": fact}
        elif c.operator == "equals" and isinstance(value, bool):
            words = fact if value else _("not %(fact)s") % {"fact": fact}
        else:
            shown = ", ".join(self.value(v) for v in value) if c.operator in ("in", "not_in") else self.value(value)
            words = _(_CONDITIONS[c.operator]) % {"fact": fact, "value": shown}
        return f'<span title="{_e(c.fact)}">{_e(words)}</span>'

    def value(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr.gettext("yes") if value else self.tr.gettext("no")
        return str(value).replace("_", " ")

    def duty(self, d: DutySpec) -> str:
        _ = self.tr.gettext
        text = _("%(duty)s — borne by %(bearer)s") % {
            "duty": self.tr.duty(d.kind),
            "bearer": _(_BEARERS[d.bearer.value]) if d.bearer.value in _BEARERS else d.bearer.value,
        }
        if d.immediately:
            text += _(", immediately")
        if d.urgently:
            text += _(", in an urgent manner")
        if d.due is not None:
            offset = []
            if d.due.add_days:
                offset.append(self.tr.days(d.due.add_days))
            if d.due.add_months:
                offset.append(
                    self.tr.ngettext("%(count)d month", "%(count)d months", d.due.add_months) % {"count": d.due.add_months}
                )
            due = d.due.from_.replace("_", " ")
            if offset:
                text += _(", due %(offset)s after the %(date)s") % {"offset": _(" and ").join(offset), "date": due}
            else:
                text += _(", due on the %(date)s") % {"date": due}
        return _e(text) + f' <span class="eid">{_e(d.kind.value)}</span>'

    def reading(self, rule: Rule, here: str) -> str:
        """The rule's reading of a doubtful text, with its status and who approved it, linked to the readings page."""
        _ = self.tr.gettext
        text = rule.reading_text
        if text is None:
            return ""
        status = rule.reading_status
        head = ""
        if status is not None:
            head = f'<span class="reading-status">{_e(_(_READING_STATUS[status.value]))}</span> '
        approved = rule.approved_by or _("not yet approved")
        link = f'<a href="readings.html#reading-{_e(rule.id)}">{_e(_("all readings"))}</a>'
        anchor = self.interpretation.anchor(rule.id) if self.interpretation is not None else None
        if anchor is not None:
            link += f' · <a href="interpretation.html#{_e(anchor)}">{_e(_("the reasoning"))}</a>'
        return (
            f'<dt>{_e(_("Reading"))}</dt><dd class="reading">{head}{_e(text)}'
            f' <span class="eid">{_e(_("approved by: %(who)s") % {"who": approved})} · {link}</span></dd>'
        )

    def rule(self, rule: Rule, here: str) -> str:
        _ = self.tr.gettext
        when = _("; and ").join(self.condition(c) for c in rule.conditions) or _e(_("always"))
        then = []
        if rule.verdict is not None:
            then.append(_e(_("the act is")) + f" <b>{_e(self.tr.verdict(rule.verdict))}</b>")
        then += [self.duty(d) for d in rule.duties]
        tested = self.rule_rows[rule.id].scenarios
        types = ", ".join(self.tr.event_type(t) for t in rule.applies_to)
        explain = _e(self.tr.gettext(rule.explain))
        if self.tr.language.value != "en":  # the English words beside the translation, as the rule file has them
            explain += f'<br><span class="english" lang="en">{_e(rule.explain)}</span>'
        parts = [
            f'<div class="rule" id="rule-{_e(rule.id)}"><h3>{_e(rule.id)}</h3><dl>',
            f"<dt>{_e(_('Applies to'))}</dt><dd>{_e(types)}</dd>",
            f"<dt>{_e(_('When'))}</dt><dd>{when}</dd>",
            f"<dt>{_e(_('Then'))}</dt><dd>{'; '.join(then) or _e(_('a finding only (no verdict, no duty)'))}</dd>",
            f"<dt>{_e(_('Cites'))}</dt><dd>{', '.join(self.link(e, here) for e in rule.cited)}</dd>",
            f"<dt>{_e(_('Why'))}</dt><dd>{explain}</dd>",
        ]
        if rule.assumes:
            parts.append(f"<dt>{_e(_('Assumes'))}</dt><dd>{_e(self.tr.gettext(rule.assumes))}</dd>")
        parts.append(self.reading(rule, here))
        fires = self.tr.ngettext("%(count)d scenario of the last run", "%(count)d scenarios of the last run", len(tested)) % {
            "count": len(tested)
        }
        parts.append(f"<dt>{_e(_('Fires in'))}</dt><dd>{_e(fires)}</dd>")
        parts.append("</dl></div>")
        return "".join(parts)

    def scenario(self, s: SpecScenario, here: str, *, anchor: bool = False) -> str:
        ident = f' id="{_e(_scenario_id(s.key))}"' if anchor else ""
        tags = ", ".join(self.link(t, here, t) for t in s.tags if t in self.rows)
        steps = []
        for step in s.steps:
            row = f'<li><span class="kw">{_e(step.keyword)}</span> {_e(step.text)}'
            if step.table:
                row += "<table>" + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in step.table)
                row += "</table>"
            steps.append(row + "</li>")
        where = f'<a href="scenarios.html#{_e(_scenario_id(s.key))}">{_e(s.key)}</a>'
        exercises = _e(self.tr.gettext("exercises"))
        return (
            f'<div class="scenario"{ident}><h3>{_e(s.name)} {self.outcome(s.key)}</h3>'
            f'<ol class="steps">{"".join(steps)}</ol>'
            f'<p class="eid">{where} · {exercises} {tags}</p></div>'
        )

    def ordered(self, keys: Iterable[str], here: str) -> list[SpecScenario]:
        """The scenarios of ``keys``, those of this page's article first: a scenario whose first tag is on the page,
        then the fewer provisions of other pages it also exercises, the earlier; then file order."""
        found = [self.scenarios[k] for k in keys if k in self.scenarios]
        name = here.removesuffix(".html")

        def rank(s: SpecScenario) -> tuple[bool, int]:
            first = next((t for t in s.tags if t in self.rows), None)
            return (first is None or page_of(first) != name, sum(1 for t in s.tags if t in self.rows and page_of(t) != name))

        return sorted(found, key=rank)

    def provision(self, p: Provision, row: ProvisionTrace, here: str) -> str:
        _ = self.tr.gettext
        num = f'<span class="num">{_e(p.num)}</span>' if p.num else ""
        law = (
            f'<div class="law"><h3>{_e(self.label(p.eid))} {self.status(row.status)}</h3>'
            f'<p lang="en">{num}{_text(p.text)}</p><p class="eid"><a href="#{_e(p.eid)}">{_e(p.eid)}</a></p></div>'
        )
        impl: list[str] = []
        if not row.operative:
            impl.append(f'<p class="reading">{_e(_("Binds no event:"))} {_e(row.reason)}</p>')
        rules = [r for r in self.rulebook.rules if p.eid in r.cites]
        if rules:
            impl.append(f"<h4>{_e(_('Rules that cite it (%(count)d)') % {'count': len(rules)})}</h4>")
            impl.extend(self.rule(r, here) for r in rules)
        elif row.operative:
            impl.append(f"<h4>{_e(_('Rules'))}</h4><p>{_e(_('No rule cites this provision.'))}</p>")
        tested = self.ordered(row.scenarios, here)
        if tested:
            head = _("Scenarios that test it (%(passed)d of %(count)d passed)") % {"passed": row.passed, "count": len(tested)}
            impl.append(f"<h4>{_e(head)}</h4>")
            impl.extend(self.scenario(s, here) for s in tested)
        elif row.operative:
            none = _("No scenario asserts that the decision cites this provision, or does not cite it.")
            impl.append(f"<h4>{_e(_('Scenarios'))}</h4><p>{_e(none)}</p>")
        return f'<section class="provision" id="{_e(p.eid)}">{law}<div class="impl">{"".join(impl)}</div></section>'

    # --- pages ----------------------------------------------------------------------------------

    def article(self, name: str) -> str:
        _ = self.tr.gettext
        here = f"{name}.html"
        provisions = [p for p in self.rulebook.treaty if page_of(p.eid) == name]
        head = f"<h1>{_e(self.page_title(name))}</h1>"
        whole = self.rows.get(name)
        if whole is not None and any(p.parent == name for p in provisions):  # an article made of parts
            passed = _("%(passed)d of %(count)d scenarios passed") % {"passed": whole.passed, "count": len(whole.scenarios)}
            head += f'<p class="eid" id="{_e(name)}">{_e(name)}</p><p class="lede">{self.status(whole.status)} · {_e(passed)}</p>'
            provisions = [p for p in provisions if p.eid != name]
        body = head + "".join(self.provision(p, self.rows[p.eid], here) for p in provisions) + self.checked(name)
        return self.page(name, self.page_title(name), body)

    def checked(self, name: str) -> str:
        """What ``cooperation-rules check`` reports of the article's rules: verdicts that meet, and the readings allowed."""
        _ = self.tr.gettext
        if self.check is None:
            return ""
        found = [f for f in self.check.about(name + ".") if f.kind == "conflict" or f.allowed is not None]
        if not found:
            return ""
        items = []
        for f in found:
            reading = ""
            if f.allowed is not None:
                reading = f'<br><span class="reading">{_e(_("Reading:"))} {_e(f.allowed)}</span>'
            items.append(f"<li>{_e(f.message)} ({_e(', '.join(f.types))}){reading}</li>")
        return (
            f'<section class="check" id="check"><h2>{_e(_("What the check of the rules reports"))}</h2>'
            f"<p>{_e(_('Combinations of the rules of this article over every possible event.'))}</p>"
            f"<ul>{''.join(items)}</ul></section>"
        )

    def index(self) -> str:
        _ = self.tr.gettext
        s = self.trace.summary()
        figures = [
            (s["operative_provisions"], _("operative provisions")),
            (s["provisions_covered"], _("implemented and tested")),
            (s["provisions_binds_no_event"], _("bind no event")),
            (s["rules"], _("rules")),
            (s["scenarios"], _("scenarios")),
            (s["scenarios_passed"], _("passed in the last run")),
        ]
        problems = self.trace.problems()
        body = [
            f"<h1>{_e(_(_AGREEMENT))}</h1>",
            f'<p class="lede">{_e(_(_LEDE))}</p>',
            self.legend(),
            f'<h2>{_e(_("Coverage"))}</h2><div class="figures">'
            + "".join(f'<div class="figure"><b>{n}</b> {_e(t)}</div>' for n, t in figures)
            + "</div>",
        ]
        changed = sum(1 for sc in self.trace.scenarios if sc.changed)
        if not self.trace.run_recorded:
            body.append(f"<p><b>{_e(_('No run of the scenarios is on file: every scenario is shown as not run.'))}</b></p>")
        elif changed:
            text = self.tr.ngettext(
                "%(count)d scenario changed since the run and is shown as not run.",
                "%(count)d scenarios changed since the run and are shown as not run.",
                changed,
            )
            body.append(f"<p><b>{_e(text % {'count': changed})}</b></p>")
        if problems:
            body.append(f"<p><b>{_e(_('Findings of the gate: %(count)d') % {'count': len(problems)})}</b></p><ul>")
            body.extend(f"<li>{_e(p)}</li>" for p in problems)
            body.append("</ul>")
        else:
            body.append(f"<p>{_e(_(_ALL_COVERED))}</p>")
        body.append(
            f"<h2>{_e(_('Contents'))}</h2><table><tr><th>{_e(_('Provision'))}</th><th>{_e(_('Status'))}</th>"
            f"<th class='n'>{_e(_('Rules'))}</th><th class='n'>{_e(_('Scenarios passed'))}</th></tr>"
        )
        for row in self.trace.provisions:
            if row.parent is not None:
                continue
            body.append(
                f"<tr><td>{self.link(row.eid, 'index.html')}</td><td>{self.status(row.status)}</td>"
                f"<td class='n'>{len(row.rules)}</td><td class='n'>{row.passed} / {len(row.scenarios)}</td></tr>"
            )
        body.append("</table>")
        return self.page("index", _("Coverage"), "".join(body))

    def legend(self) -> str:
        """How to read the verdicts, the duties' timing, what a silent scenario assumes and what 'passed' means
        (``docs/legend.yaml``, when the site is built with it)."""
        if self.legend_entries is None:
            return ""
        return render_legend(self.legend_entries, self.tr)

    def scenarios_page(self) -> str:
        _ = self.tr.gettext
        body = [
            f"<h1>{_e(_('All scenarios'))}</h1>",
            f'<p class="lede">{_e(_(_SCENARIOS_LEDE))}</p>',
        ]
        for f in self.features:
            body.append(f"<h2>{_e(f.name)}</h2>")
            if f.description:
                body.append(f'<p class="lede">{_e(f.description)}</p>')
            body.append(f'<p class="eid">{_e(f.path)}</p>')
            current: str | None = None
            for s in f.scenarios:
                if s.rule != current and s.rule:
                    body.append(f"<h3>{_e(s.rule)}</h3>")
                current = s.rule
                body.append(self.scenario(s, "scenarios.html", anchor=True))
        return self.page("scenarios", _("All scenarios"), "".join(body))

    def readings_page(self) -> str:
        """Every reading of a doubtful text, by article and rule, with its status, who approved it, and its provisions."""
        _ = self.tr.gettext
        body = [f"<h1>{_e(_('Readings of doubtful provisions'))}</h1>", f'<p class="lede">{_e(_(_READINGS_LEDE))}</p>']
        current = None
        for rule in self.rulebook.rules:
            if rule.reading_text is None:
                continue
            page = page_of(rule.cited[0])
            if page != current:
                body.append(f"<h2>{_e(self.page_title(page))}</h2>")
                current = page
            status = rule.reading_status
            shown = _(_READING_STATUS[status.value]) if status is not None else _("status not stated")
            approved = rule.approved_by or _("not yet approved")
            cites = ", ".join(self.link(e, "readings.html") for e in rule.cited)
            anchor = self.interpretation.anchor(rule.id) if self.interpretation is not None else None
            if anchor is not None:
                cites += f' · <a href="interpretation.html#{_e(anchor)}">{_e(_("the reasoning"))}</a>'
            body.append(
                f'<div class="rule" id="reading-{_e(rule.id)}"><h3><a href="{_e(page)}.html#rule-{_e(rule.id)}">{_e(rule.id)}</a>'
                f' <span class="status {_e(status.value if status else "not_run")}">{_e(shown)}</span></h3>'
                f'<p class="reading">{_e(rule.reading_text)}</p>'
                f'<p class="eid">{_e(_("approved by: %(who)s") % {"who": approved})} · {cites}</p></div>'
            )
        return self.page("readings", _("Readings"), "".join(body))

    def interpretation_page(self) -> str:
        """``docs/interpretation.md`` as the site's page (in English, as written)."""
        assert self.interpretation is not None
        note = _e(self.tr.gettext("The readings at length, as docs/interpretation.md states them (in English)."))
        return self.page(
            "interpretation",
            self.tr.gettext("Readings of doubtful provisions"),
            f'<p class="lede">{note}</p><div lang="en" class="interpretation">{self.interpretation.html}</div>',
        )

    def build(self, out: Path) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        written = []
        files = {
            "style.css": CSS.lstrip(),
            "index.html": self.index(),
            "scenarios.html": self.scenarios_page(),
            "readings.html": self.readings_page(),
        }
        if self.interpretation is not None:
            files["interpretation.html"] = self.interpretation_page()
        files.update({f"{name}.html": self.article(name) for name in self.pages})
        for name, text in files.items():
            if Path(name).name != name or name.startswith("."):  # a page name from the rules: never a path
                raise ValueError(f"a page name that is not a plain file name: {name!r}")
            written.append(_write_new(out / name, text))
        return written


def _write_new(target: Path, text: str) -> Path:
    """Write ``target`` afresh: a link already there is replaced, never followed to the file it names."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".site-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)  # renames over the link itself
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target


def _text(text: str) -> str:
    """The provision's text, escaped, its line breaks kept (the Resolution and the preamble have them)."""
    return "<br>\n".join(_e(line) for line in text.split("\n"))


def _scenario_id(key: str) -> str:
    return "sc-" + key.replace("/", "-").replace(":", "-").replace(".feature", "")


def build_site(
    rulebook: Rulebook,
    features: Iterable[SpecFeature],
    trace: Trace,
    out: str | Path,
    check: CheckReport | None = None,
    *,
    record: RunRecord | None = None,
    locale: str = "en",
    stamp: SiteStamp | None = None,
    legend: Legend | None = None,
    interpretation: Interpretation | None = None,
) -> list[Path]:
    """Write the site into ``out`` (created if needed); return the files written.

    ``check``, the report of ``cooperation-rules check``, adds to each article the conflicts and readings of its rules.
    ``record`` is the run the trace's results come from, whose commit, version, digest and time every page states
    (with the build's, ``stamp``, by default now, this library and the working folder's commit). ``locale`` is the
    language of the site's own words and of the rules' explanations; the treaty is quoted in English whatever it is.
    ``legend`` (``docs/legend.yaml``) opens the first page; ``interpretation`` (``docs/interpretation.md``) is a page
    of its own, to which each rule's reading links.
    """
    site = _Site(
        rulebook,
        tuple(features),
        trace,
        check,
        localizer(locale),
        stamp or SiteStamp.of(rulebook, record, head_commit()),
        legend,
        interpretation,
    )
    return site.build(Path(out))
