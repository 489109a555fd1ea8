"""The sign-off edition: a printable document per article, and one for the whole Agreement, for a lawyer to sign.

Each document sets out the article's English text (the unofficial translation) provision by
provision with the rules that implement it in words and their readings, then the article's
scenarios, one line each with what they expect and their result in the run, then a signature
block. Every printed page carries, at its foot, the library's version, the rulebook digest, the
commit, and the dates of the build and of the run (a ``position: fixed`` element, which Chromium
repeats on each page; ``@page`` margin boxes it does not print). The screen site's navigation and
the scenarios' steps are left out: the edition is made to be printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..catalogs import N_
from ..rulebook.rulebook import Rulebook
from ..text.localizer import localizer
from .legend import Legend
from .sitegen import _AGREEMENT, _PAGE_TITLES, SiteStamp, _e, _Site, _write_new, page_of
from .sitestyle import CSS
from .spec import SpecFeature, SpecScenario
from .tracing import Trace

__all__ = ["build_sign_off"]

#: The file of the edition for the whole Agreement.
WHOLE = "agreement"


#: The words the pages write through ``_()`` inside f-strings, which the message extractor of Python 3.11 does not
#: look into: marked here so that the catalogs hold them (tests/test_site.py checks that none is missing).
_IN_MARKUP = (
    N_("sign-off edition"),
    N_("Sign-off"),
)


class _SignOff(_Site):
    """The sign-off documents: the site's pieces, laid out for paper."""

    def page(self, name: str, title: str, body: str) -> str:
        _ = self.tr.gettext
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{_e(self.tr.language.value)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{_e(title)} — {_e(_('sign-off edition'))}</title>\n"
            '<link rel="stylesheet" href="../style.css">\n</head>\n<body class="sign-off">\n'
            f"{self.stamp()}\n"
            '<table class="paper"><thead><tr><td class="paper-space"></td></tr></thead>'
            '<tfoot><tr><td class="paper-space"></td></tr></tfoot><tbody><tr><td class="paper-body">'
            f"<main>\n{body}\n</main></td></tr></tbody></table>\n</body>\n</html>\n"
        )

    def provision_block(self, eid: str, here: str) -> str:
        """A provision's text, then its rules in words (with their readings); no scenarios: they follow the article."""
        _ = self.tr.gettext
        p = self.rulebook.treaty.provision(eid)
        row = self.rows[eid]
        num = f'<span class="num">{_e(p.num)}</span>' if p.num else ""
        parts = [
            f'<section class="provision" id="{_e(eid)}"><div class="law"><h3>{_e(self.label(eid))} '
            f'{self.status(row.status)}</h3><p lang="en">{num}{_text(p.text)}</p></div><div class="impl">'
        ]
        if not row.operative:
            parts.append(f'<p class="reading">{_e(_("Binds no event:"))} {_e(row.reason)}</p>')
        for rule in (r for r in self.rulebook.rules if eid in r.cites):
            parts.append(self.rule(rule, here))
        parts.append("</div></section>")
        return "".join(parts)

    def scenario_rows(self, scenarios: Iterable[SpecScenario]) -> str:
        """One entry per scenario: its name, what it expects of the decision (its Then steps, less those on citations),
        its result and where it is written."""
        entries = []
        for s in scenarios:
            expects = "; ".join(
                step.text for step in s.steps if step.kind == "then" and not step.text.startswith("the decision ")
            )
            entries.append(
                f'<li><span class="name">{_e(s.name)}</span> {self.outcome(s.key)} <span class="eid">{_e(s.key)}</span>'
                f'<br><span class="expects">{_e(expects)}</span></li>'
            )
        return f'<ol class="scenario-list">{"".join(entries)}</ol>'

    def signature(self, what: str) -> str:
        _ = self.tr.gettext
        lines = "".join(
            f"<tr><th>{_e(label)}</th><td></td></tr>"
            for label in (_("Reviewed by (name, position)"), _("Date"), _("Signature"), _("Remarks"))
        )
        statement = _(
            "I have read %(what)s against the text quoted, the rules in words, their readings and the scenarios with"
            " their results in the run named at the foot of each page."
        ) % {"what": what}
        return f'<section class="signature"><h2>{_e(_("Sign-off"))}</h2><p>{_e(statement)}</p><table>{lines}</table></section>'

    def article_body(self, name: str, *, level: int = 1) -> str:
        here = f"{name}.html"
        eids = [p.eid for p in self.rulebook.treaty if page_of(p.eid) == name]
        shown = [e for e in eids if not (e == name and any(self.rows[q].parent == name for q in eids))]
        tag = f"h{level}"
        body = [f'<{tag} id="{_e(name)}">{_e(self.page_title(name))}</{tag}>']
        body.extend(self.provision_block(e, here) for e in shown)
        keys = dict.fromkeys(k for e in shown for k in self.rows[e].scenarios)
        scenarios = self.ordered(keys, here)
        if scenarios:
            passed = sum(1 for s in scenarios if self.traced[s.key].outcome == "passed")
            head = self.tr.gettext("Scenarios of %(what)s: %(passed)d of %(count)d passed") % {
                "what": self.page_title(name),
                "passed": passed,
                "count": len(scenarios),
            }
            body.append(f"<h{level + 1}>{_e(head)}</h{level + 1}>")
            body.append(self.scenario_rows(scenarios))
        return "".join(body)

    def article_document(self, name: str) -> str:
        body = self.article_body(name) + self.signature(self.page_title(name))
        return self.page(name, self.page_title(name), body)

    def whole_document(self) -> str:
        _ = self.tr.gettext
        title = _(_AGREEMENT)
        body = [f"<h1>{_e(title)}</h1>", self.legend()]
        # The whole text, from the Resolution and preamble to the final clause, each part on a page of its own.
        body.extend(f'<div class="article-break">{self.article_body(name, level=2)}</div>' for name in self.pages)
        body.append(self.signature(_("the Agreement")))
        return self.page(WHOLE, title, "".join(body))

    def build_edition(self, out: Path) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        files = {f"{name}.html": self.article_document(name) for name in self.pages if name not in _PAGE_TITLES}
        files[f"{WHOLE}.html"] = self.whole_document()
        written = [_write_new(out.parent / "style.css", CSS.lstrip())] if not (out.parent / "style.css").exists() else []
        written.extend(_write_new(out / name, text) for name, text in files.items())
        return written


def _text(text: str) -> str:
    return "<br>\n".join(_e(line) for line in text.split("\n"))


def build_sign_off(
    rulebook: Rulebook,
    features: Iterable[SpecFeature],
    trace: Trace,
    out: str | Path,
    *,
    locale: str = "en",
    stamp: SiteStamp,
    legend: Legend | None = None,
) -> list[Path]:
    """Write the sign-off edition into ``out`` (``sign-off/`` of the site): ``art_N.html`` per article and
    ``agreement.html`` for the whole Agreement (which opens with ``legend``); return the files written. ``stamp`` is
    the site's."""
    edition = _SignOff(rulebook, tuple(features), trace, None, localizer(locale), stamp, legend)
    return edition.build_edition(Path(out))
