"""The documentation site's one stylesheet, for the screen and for paper.

On paper (``@media print``) a page is A4 in one column: the provision's text, then its rules,
then one line per scenario (its name and its result; the steps are on the screen only), so that
an article prints in a few pages rather than a column of white beside a long one. Chromium does
not print ``@page`` margin boxes, so the stamp (version, rulebook digest, dates) is an element
with ``position: fixed``, which Chromium repeats at the foot of every printed page; the page sits
in a table whose empty foot, repeated on every page as well, keeps the text clear of it.
"""

from __future__ import annotations

__all__ = ["CSS"]

CSS = """
:root { --ink: #1d1d1b; --muted: #5f5f5a; --rule: #d8d4c8; --paper: #fffdf8; --accent: #173f6b;
        --ok: #1e6b34; --bad: #a3161b; --warn: #8a5a00; }
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font-family: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif;
       line-height: 1.5; }
header.site, main, footer, .stamp { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
header.site { border-bottom: 1px solid var(--rule); padding-top: 1rem; padding-bottom: .6rem; }
header.site a { color: var(--accent); text-decoration: none; margin-right: 1rem; }
.stamp { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: .72rem; color: var(--muted);
         padding-top: .3rem; padding-bottom: .3rem; }
.stamp span { margin-right: 1.2rem; white-space: nowrap; }
.stamp .warn { color: var(--bad); }
h1 { font-size: 1.9rem; font-weight: normal; margin: 1.2rem 0 .4rem; }
h2 { font-size: 1.35rem; font-weight: normal; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
a { color: var(--accent); }
.lede { color: var(--muted); max-width: 46rem; }
.provision { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 1.5rem;
             border-top: 1px solid var(--rule); padding: 1rem 0; }
.provision > .law { font-size: 1.02rem; }
.provision .num { font-weight: bold; margin-right: .3rem; }
.eid { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: .78rem; color: var(--muted); }
.impl { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: .86rem; }
.impl h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .6rem 0 .2rem; }
.rule, .scenario { border-left: 3px solid var(--rule); padding: .2rem 0 .2rem .7rem; margin: .4rem 0; }
.rule dl { margin: .2rem 0; display: grid; grid-template-columns: 7.5rem 1fr; gap: .1rem .6rem; }
.rule dt { color: var(--muted); } .rule dd { margin: 0; }
.english { color: var(--muted); font-size: .92em; }
.reading { font-style: italic; color: var(--muted); }
.reading-status { font-style: normal; font-weight: 600; }
.status { display: inline-block; font-size: .75rem; padding: 0 .45rem; border-radius: .6rem; border: 1px solid;
          font-family: "Helvetica Neue", Arial, sans-serif; white-space: nowrap; }
.status.covered, .status.passed { color: var(--ok); }
.status.failing, .status.failed, .status.no_rule, .status.no_scenario { color: var(--bad); }
.status.not_run, .status.skipped, .status.changed { color: var(--warn); }
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
.legend dt { font-weight: 600; margin-top: .5rem; } .legend dd { margin: 0 0 0 1.2rem; }
.signature { margin-top: 2rem; break-inside: avoid; }
.signature table td { height: 2.6rem; border-bottom: 1px solid var(--ink); }
footer { color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); margin-top: 3rem; padding-bottom: 2rem; }
.print-only { display: none; }
ol.scenario-list { padding-left: 1.6rem; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .86rem; }
ol.scenario-list .name { font-weight: 600; } ol.scenario-list .expects { color: var(--muted); }
.sign-off .provision { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
table.paper, table.paper > tbody, table.paper > tbody > tr, table.paper > tbody > tr > td.paper-body {
  display: block; width: auto; font: inherit; padding: 0; border: 0; }
table.paper > thead, table.paper > tfoot { display: none; }
@media (max-width: 52rem) { .provision { grid-template-columns: 1fr; } }
@media print {
  @page { size: A4; margin: 12mm 14mm 8mm 14mm; }
  html { font-size: 9pt; line-height: 1.35; } body { background: white; }
  header.site, footer .nav, .screen-only { display: none; }
  .print-only { display: block; }
  header.site, main, footer, .stamp { max-width: none; padding: 0; }
  table.paper { display: table; width: 100%; border-collapse: collapse; }
  table.paper > thead { display: table-header-group; } table.paper > tfoot { display: table-footer-group; }
  table.paper > tbody { display: table-row-group; } table.paper > tbody > tr { display: table-row; }
  table.paper > tbody > tr > td.paper-body { display: table-cell; }
  table.paper > thead td.paper-space { height: 2mm; padding: 0; border: 0; }
  table.paper > tfoot td.paper-space { height: 13mm; padding: 0; border: 0; }
  .stamp { position: fixed; bottom: 0; left: 0; right: 0; height: 10mm; overflow: hidden; border-top: 1px solid var(--rule);
           font-size: 7pt; line-height: 1.3; padding-top: 1mm; background: white; }
  .stamp span { margin-right: .8rem; }
  .provision { display: block; padding: .5rem 0; }
  .provision > .law { break-inside: avoid; font-size: 1rem; }
  .provision > .law h3 { break-after: avoid; }
  .impl { font-size: .9rem; }
  .rule { break-inside: avoid; margin: .25rem 0; }
  .rule dl { grid-template-columns: 4.5rem 1fr; }
  .scenario { border-left: 0; padding: 0; margin: 0; }
  .scenario h3 { font-size: .9rem; font-weight: normal; margin: 0; }
  .scenario ol.steps, .scenario .eid { display: none; }
  a { color: inherit; text-decoration: none; }
  h1 { margin-top: 0; }
  h2, h4 { break-after: avoid-page; }
  .figure { padding: .2rem .5rem; }
  ol.scenario-list { columns: 2; column-gap: 2.4rem; font-size: .78rem; line-height: 1.25; }
  ol.scenario-list li { break-inside: avoid; margin-bottom: .25rem; }
  ol.scenario-list .status, ol.scenario-list .eid { font-size: .68rem; }
  .sign-off .impl { columns: 2; column-gap: 1.2rem; } .sign-off .impl > .rule { break-inside: avoid; margin-top: 0; }
  .sign-off .rule dl { gap: 0 .5rem; } .sign-off .rule h3 { font-size: .9rem; margin: 0; }
  .sign-off .article-break { break-before: page; }
  .signature th { width: 14rem; } .signature td { height: 2.4rem; }
}
"""
