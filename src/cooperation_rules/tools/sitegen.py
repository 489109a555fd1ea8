"""The living documentation: a static HTML site where a lawyer checks the rules against the treaty.

For each article, the English text (the unofficial translation published with Resolution No. 411)
provision by provision; beside each provision, the rules that implement it (when, then, citation)
and the scenarios that test it, with their steps and their result in the last run. The first page
summarises the coverage. Every eId, wherever it appears, links to its provision. Plain HTML and one
stylesheet: no JavaScript, works offline, prints cleanly.
"""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..law.provisions import Provision
from ..rulebook.rulebook import Rulebook
from ..rulefiles.schema import DutySpec, FactCondition, Rule
from .spec import SpecFeature, SpecScenario
from .tracing import ProvisionTrace, Trace, TraceStatus

if TYPE_CHECKING:
    from .analysis.checks import CheckReport

__all__ = ["build_site", "page_of"]

_STATUS_TEXT = {
    TraceStatus.COVERED: "implemented and tested",
    TraceStatus.BINDS_NO_EVENT: "binds no event",
    TraceStatus.NOT_RUN: "scenarios not run",
    TraceStatus.FAILING: "scenario failing",
    TraceStatus.NO_SCENARIO: "no scenario",
    TraceStatus.NO_RULE: "no rule",
}
_OUTCOME_TEXT = {"passed": "passed", "failed": "failed", "skipped": "skipped", None: "not run"}
_PAGE_TITLES = {"preamble": "Resolution, title and preamble", "conclusions": "Final clause and signatures"}

CSS = """
:root { --ink: #1d1d1b; --muted: #5f5f5a; --rule: #d8d4c8; --paper: #fffdf8; --accent: #173f6b;
        --ok: #1e6b34; --bad: #a3161b; --warn: #8a5a00; }
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font-family: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif;
       line-height: 1.5; }
header.site, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
header.site { border-bottom: 1px solid var(--rule); padding-top: 1rem; padding-bottom: .6rem; }
header.site a { color: var(--accent); text-decoration: none; margin-right: 1rem; }
h1 { font-size: 1.9rem; font-weight: normal; margin: 1.2rem 0 .4rem; }
h2 { font-size: 1.35rem; font-weight: normal; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
a { color: var(--accent); }
.lede { color: var(--muted); max-width: 46rem; }
.provision { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 1.5rem;
             border-top: 1px solid var(--rule); padding: 1rem 0; break-inside: avoid-page; }
.provision > .law { font-size: 1.02rem; }
.provision .num { font-weight: bold; margin-right: .3rem; }
.eid { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: .78rem; color: var(--muted); }
.impl { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: .86rem; }
.impl h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .6rem 0 .2rem; }
.rule, .scenario { border-left: 3px solid var(--rule); padding: .2rem 0 .2rem .7rem; margin: .4rem 0; }
.rule dl { margin: .2rem 0; display: grid; grid-template-columns: 5.5rem 1fr; gap: .1rem .6rem; }
.rule dt { color: var(--muted); } .rule dd { margin: 0; }
.reading { font-style: italic; color: var(--muted); }
.status { display: inline-block; font-size: .75rem; padding: 0 .45rem; border-radius: .6rem; border: 1px solid;
          font-family: "Helvetica Neue", Arial, sans-serif; white-space: nowrap; }
.status.covered, .status.passed { color: var(--ok); }
.status.failing, .status.failed, .status.no_rule, .status.no_scenario { color: var(--bad); }
.status.not_run, .status.skipped { color: var(--warn); }
.status.binds_no_event { color: var(--muted); }
ol.steps { list-style: none; padding: 0; margin: .2rem 0; }
ol.steps li { margin: .05rem 0; }
.kw { font-weight: bold; color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .88rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
.figure { border: 1px solid var(--rule); padding: .6rem 1rem; min-width: 11rem; }
.figure b { display: block; font-size: 1.6rem; font-weight: normal; }
footer { color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); margin-top: 3rem; padding-bottom: 2rem; }
@media (max-width: 52rem) { .provision { grid-template-columns: 1fr; } }
@media print {
  html { font-size: 11pt; } body { background: white; }
  header.site nav, footer .nav { display: none; }
  .provision { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid-page; }
}
"""


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
        self, rulebook: Rulebook, features: Sequence[SpecFeature], trace: Trace, check: CheckReport | None = None
    ) -> None:
        self.rulebook = rulebook
        self.check = check
        self.features = features
        self.trace = trace
        self.rows = {p.eid: p for p in trace.provisions}
        self.scenarios = {s.key: s for f in features for s in f.scenarios}
        self.outcomes = {s.key: s.outcome for s in trace.scenarios}
        self.rule_rows = {r.id: r for r in trace.rules}
        self.pages: list[str] = list(dict.fromkeys(page_of(p.eid) for p in rulebook.treaty))

    # --- pieces ---------------------------------------------------------------------------------

    def link(self, eid: str, here: str, text: str | None = None) -> str:
        label = text if text is not None else self.rows[eid].label if eid in self.rows else eid
        return f'<a href="{_e(_href(eid, here))}" title="{_e(eid)}">{_e(label)}</a>'

    def status(self, status: TraceStatus) -> str:
        return f'<span class="status {_e(status.value)}">{_e(_STATUS_TEXT[status])}</span>'

    def outcome(self, key: str) -> str:
        outcome = self.outcomes.get(key)
        # The outcome comes from the results file: only a known one becomes a class name.
        known = outcome if outcome in _OUTCOME_TEXT and outcome is not None else "not_run" if outcome is None else "unknown"
        return f'<span class="status {_e(known)}">{_e(_OUTCOME_TEXT.get(outcome, str(outcome)))}</span>'

    def page(self, name: str, title: str, body: str) -> str:
        articles = [p for p in self.pages if p not in _PAGE_TITLES]
        nav = " ".join(f'<a href="{_e(p)}.html">{_e(self.page_title(p, short=True))}</a>' for p in articles)
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)} — Agreement between Kazakhstan and the Czech Republic on cooperation in combating crime"
            "</title>\n"
            '<link rel="stylesheet" href="style.css">\n</head>\n<body>\n'
            '<header class="site"><a href="index.html"><b>The Agreement, its rules and its scenarios</b></a>'
            f'<nav><a href="preamble.html">Preamble</a>{nav} <a href="conclusions.html">Final clause</a>'
            ' <a href="scenarios.html">All scenarios</a></nav></header>\n'
            f"<main>\n{body}\n</main>\n"
            "<footer><p>The English text quoted word for word is the one published with Government Resolution No. 411"
            " of 9 July 2018 and marked there &ldquo;Unofficial translation&rdquo;; the signed Kazakh, Czech, Russian and"
            " English texts are equally authentic, the English one prevailing in case of disagreement (final clause)."
            " Results are those of the last recorded run of the scenarios.</p></footer>\n"
            "</body>\n</html>\n"
        )

    def page_title(self, name: str, *, short: bool = False) -> str:
        if name in _PAGE_TITLES:
            return _PAGE_TITLES[name]
        number = name.removeprefix("art_")
        return number if short else f"Article {number}"

    def condition(self, c: FactCondition) -> str:
        fact = c.fact.replace("_", " ")
        value = c.operand
        words = {
            "equals": (f"{fact}" if value is True else f"not {fact}" if value is False else f"{fact} is {_value(value)}"),
            "not_equals": f"{fact} is not {_value(value)}",
            "in": f"{fact} is one of: {', '.join(_value(v) for v in value)}" if c.operator == "in" else "",
            "not_in": f"{fact} is none of: {', '.join(_value(v) for v in value)}" if c.operator == "not_in" else "",
            "lt": f"{fact} is less than {value}",
            "lte": f"{fact} is at most {value}",
            "gt": f"{fact} is more than {value}",
            "gte": f"{fact} is at least {value}",
            "exists": f"{fact} is given" if value else f"{fact} is not given",
        }
        return f'<span title="{_e(c.fact)}">{_e(words[c.operator])}</span>'

    def duty(self, d: DutySpec) -> str:
        text = f"{d.kind.value.replace('_', ' ')} — borne by {_bearer(d.bearer.value)}"
        if d.immediately:
            text += ", immediately"
        if d.urgently:
            text += ", in an urgent manner"
        if d.due is not None:
            offset = []
            if d.due.add_days:
                offset.append(f"{d.due.add_days} days")
            if d.due.add_months:
                offset.append(f"{d.due.add_months} months")
            due = d.due.from_.replace("_", " ")
            text += f", due {' and '.join(offset) + ' after ' if offset else 'on '}the {due}"
        return _e(text)

    def rule(self, rule: Rule, here: str) -> str:
        when = "; and ".join(self.condition(c) for c in rule.conditions) or "always"
        then = []
        if rule.verdict is not None:
            then.append(f"the act is <b>{_e(rule.verdict.value.replace('_', ' '))}</b>")
        then += [self.duty(d) for d in rule.duties]
        tested = self.rule_rows[rule.id].scenarios
        parts = [
            f'<div class="rule" id="rule-{_e(rule.id)}"><h3>{_e(rule.id)}</h3><dl>',
            f"<dt>Applies to</dt><dd>{_e(', '.join(t.replace('_', ' ') for t in rule.applies_to))}</dd>",
            f"<dt>When</dt><dd>{when}</dd>",
            f"<dt>Then</dt><dd>{'; '.join(then) or 'a finding only (no verdict, no duty)'}</dd>",
            f"<dt>Cites</dt><dd>{', '.join(self.link(e, here) for e in rule.cited)}</dd>",
            f"<dt>Why</dt><dd>{_e(rule.explain)}</dd>",
        ]
        if rule.assumes:
            parts.append(f"<dt>Assumes</dt><dd>{_e(rule.assumes)}</dd>")
        if rule.comment:
            parts.append(f'<dt>Reading</dt><dd class="reading">{_e(rule.comment)}</dd>')
        parts.append(f"<dt>Fires in</dt><dd>{len(tested)} scenario(s) of the last run</dd>")
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
        return (
            f'<div class="scenario"{ident}><h3>{_e(s.name)} {self.outcome(s.key)}</h3>'
            f'<ol class="steps">{"".join(steps)}</ol>'
            f'<p class="eid">{where} · exercises {tags}</p></div>'
        )

    def provision(self, p: Provision, row: ProvisionTrace, here: str) -> str:
        num = f'<span class="num">{_e(p.num)}</span>' if p.num else ""
        law = (
            f'<div class="law"><h3>{_e(p.label)} {self.status(row.status)}</h3>'
            f'<p>{num}{_text(p.text)}</p><p class="eid"><a href="#{_e(p.eid)}">{_e(p.eid)}</a></p></div>'
        )
        impl: list[str] = []
        if not row.operative:
            impl.append(f'<p class="reading">Binds no event: {_e(row.reason)}</p>')
        rules = [r for r in self.rulebook.rules if p.eid in r.cites]
        if rules:
            impl.append(f"<h4>Rules that cite it ({len(rules)})</h4>")
            impl.extend(self.rule(r, here) for r in rules)
        elif row.operative:
            impl.append("<h4>Rules</h4><p>No rule cites this provision.</p>")
        tested = [self.scenarios[k] for k in row.scenarios if k in self.scenarios]
        if tested:
            impl.append(f"<h4>Scenarios that test it ({row.passed} of {len(tested)} passed)</h4>")
            impl.extend(self.scenario(s, here) for s in tested)
        elif row.operative:
            impl.append(
                "<h4>Scenarios</h4><p>No scenario asserts that the decision cites this provision, or does not cite it.</p>"
            )
        return f'<section class="provision" id="{_e(p.eid)}">{law}<div class="impl">{"".join(impl)}</div></section>'

    # --- pages ----------------------------------------------------------------------------------

    def article(self, name: str) -> str:
        here = f"{name}.html"
        provisions = [p for p in self.rulebook.treaty if page_of(p.eid) == name]
        head = f"<h1>{_e(self.page_title(name))}</h1>"
        whole = self.rows.get(name)
        if whole is not None and any(p.parent == name for p in provisions):  # an article made of parts
            head += (
                f'<p class="eid" id="{_e(name)}">{_e(name)}</p><p class="lede">{self.status(whole.status)} · '
                f"{whole.passed} of {len(whole.scenarios)} scenarios passed</p>"
            )
            provisions = [p for p in provisions if p.eid != name]
        body = head + "".join(self.provision(p, self.rows[p.eid], here) for p in provisions) + self.checked(name)
        return self.page(name, self.page_title(name), body)

    def checked(self, name: str) -> str:
        """What ``cooperation-rules check`` reports of the article's rules: verdicts that meet, and the readings allowed."""
        if self.check is None:
            return ""
        found = [f for f in self.check.about(name + ".") if f.kind == "conflict" or f.allowed is not None]
        if not found:
            return ""
        items = []
        for f in found:
            reading = f'<br><span class="reading">Reading: {_e(f.allowed)}</span>' if f.allowed is not None else ""
            items.append(f"<li>{_e(f.message)} ({_e(', '.join(f.types))}){reading}</li>")
        return (
            '<section class="check" id="check"><h2>What the check of the rules reports</h2>'
            f"<p>Combinations of this article's rules over every possible event.</p><ul>{''.join(items)}</ul></section>"
        )

    def index(self) -> str:
        s = self.trace.summary()
        figures = [
            (s["operative_provisions"], "operative provisions"),
            (s["provisions_covered"], "implemented and tested"),
            (s["provisions_binds_no_event"], "bind no event"),
            (s["rules"], "rules"),
            (s["scenarios"], "scenarios"),
            (s["scenarios_passed"], "passed in the last run"),
        ]
        problems = self.trace.problems()
        body = [
            "<h1>Agreement between the Government of the Republic of Kazakhstan and the Government of the Czech"
            " Republic on cooperation in combating crime</h1>",
            '<p class="lede">Astana, 23 November 2017; approved by Resolution No. 411 of the Government of the Republic'
            " of Kazakhstan of 9 July 2018. Each page sets the English text published with that Resolution (an unofficial"
            " translation), provision by provision, beside the rules that implement it and the scenarios that test"
            " it.</p>",
            '<h2>Coverage</h2><div class="figures">'
            + "".join(f'<div class="figure"><b>{n}</b> {_e(t)}</div>' for n, t in figures)
            + "</div>",
        ]
        if not self.trace.run_recorded:
            body.append("<p><b>No run of the scenarios is recorded:</b> every scenario is shown as not run.</p>")
        if problems:
            body.append(f"<p><b>{len(problems)} finding(s) of the gate:</b></p><ul>")
            body.extend(f"<li>{_e(p)}</li>" for p in problems)
            body.append("</ul>")
        else:
            body.append(
                "<p>Every operative provision is implemented by a rule and tested by a passing scenario;"
                " every rule fires in a passing scenario.</p>"
            )
        body.append(
            "<h2>Contents</h2><table><tr><th>Provision</th><th>Status</th><th class='n'>Rules</th>"
            "<th class='n'>Scenarios passed</th></tr>"
        )
        for row in self.trace.provisions:
            if row.parent is not None:
                continue
            body.append(
                f"<tr><td>{self.link(row.eid, 'index.html')}</td><td>{self.status(row.status)}</td>"
                f"<td class='n'>{len(row.rules)}</td><td class='n'>{row.passed} / {len(row.scenarios)}</td></tr>"
            )
        body.append("</table>")
        return self.page("index", "Coverage", "".join(body))

    def scenarios_page(self) -> str:
        body = [
            "<h1>All scenarios</h1>",
            '<p class="lede">The feature files of the specification, as written,'
            " with the result of each scenario in the last run.</p>",
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
        return self.page("scenarios", "All scenarios", "".join(body))

    def build(self, out: Path) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        written = []
        files = {"style.css": CSS.lstrip(), "index.html": self.index(), "scenarios.html": self.scenarios_page()}
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


def _value(value: object) -> str:
    return str(value).replace("_", " ") if not isinstance(value, bool) else ("yes" if value else "no")


def _bearer(value: str) -> str:
    return {"actor": "the Party that acts", "counterpart": "the other Party", "both": "both Parties"}.get(value, value)


def _scenario_id(key: str) -> str:
    return "sc-" + key.replace("/", "-").replace(":", "-").replace(".feature", "")


def build_site(
    rulebook: Rulebook,
    features: Iterable[SpecFeature],
    trace: Trace,
    out: str | Path,
    check: CheckReport | None = None,
) -> list[Path]:
    """Write the site into ``out`` (created if needed); return the files written.

    ``check``, the report of ``cooperation-rules check``, adds to each article the conflicts and readings of its rules.
    """
    return _Site(rulebook, tuple(features), trace, check).build(Path(out))
