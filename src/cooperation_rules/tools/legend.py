"""The legend of the documentation: what the verdicts, the duties' timing, a silent scenario and "passed" mean.

Its words have one home, ``docs/legend.yaml``: the site's first page shows it, ``docs/legend.md`` is its English
rendering as Markdown (generated, never edited), and the preamble of the feature files summarises it. Each term and
meaning is given in English and, where written, in Russian, Czech and Kazakh; a language without its own words shows
the English ones.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ..errors import CooperationRulesError
from ..text.localizer import Localizer

__all__ = ["Legend", "LegendError", "legend_markdown", "legend_text", "read_legend", "render_legend"]

_Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class LegendError(CooperationRulesError):
    """A legend file that cannot be read, or does not have the legend's shape; names the file."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Words(_Frozen):
    """One text in the four languages; English is required."""

    en: _Text
    ru: _Text | None = None
    cs: _Text | None = None
    kk: _Text | None = None

    def of(self, language: str) -> str:
        """The text in ``language``, else in English."""
        text: str | None = getattr(self, language, None)
        return text or self.en


class Entry(_Frozen):
    """A term and what it means."""

    term: Words
    meaning: Words


class Section(_Frozen):
    """A titled group of terms (the verdicts for one kind of event, the duties' timing, ...)."""

    title: Words
    intro: Words | None = None
    entries: Annotated[tuple[Entry, ...], Field(min_length=1)]


class Legend(_Frozen):
    """The legend: its title, what it is (``intro``: among others, that the Agreement is quoted from an unofficial
    translation) and its sections in order."""

    title: Words
    intro: Words | None = None
    sections: Annotated[tuple[Section, ...], Field(min_length=1)]


def read_legend(path: str | Path) -> Legend:
    """Read ``docs/legend.yaml`` (or another legend file); a missing or malformed file is a :class:`LegendError`."""
    source = Path(path)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LegendError(f"{source}: cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise LegendError(f"{source}: not valid YAML: {exc}") from exc
    try:
        return Legend.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise LegendError(f"{source}: {where}: {first['msg']}") from exc


def render_legend(legend: Legend, tr: Localizer) -> str:
    """The legend as an HTML section, in ``tr``'s language."""
    language = tr.language.value
    e = html.escape
    parts = [f'<section class="legend" id="legend"><h2>{e(legend.title.of(language))}</h2>']
    if legend.intro is not None:
        parts.append(f"<p>{e(legend.intro.of(language))}</p>")
    for section in legend.sections:
        parts.append(f"<h3>{e(section.title.of(language))}</h3>")
        if section.intro is not None:
            parts.append(f"<p>{e(section.intro.of(language))}</p>")
        parts.append("<dl>")
        for entry in section.entries:
            parts.append(f"<dt>{e(entry.term.of(language))}</dt><dd>{e(entry.meaning.of(language))}</dd>")
        parts.append("</dl>")
    parts.append("</section>")
    return "".join(parts)


def legend_text(legend: Legend, language: str = "en", *, prefix: str = "") -> str:
    """The legend as plain text in ``language``, each line after ``prefix`` (for the description of a feature file,
    two spaces; for a comment, ``# ``): the title, then each section's title and its terms with their meanings."""
    lines = [legend.title.of(language)]
    if legend.intro is not None:
        lines.append(legend.intro.of(language))
    for section in legend.sections:
        lines += ["", section.title.of(language)]
        if section.intro is not None:
            lines.append(section.intro.of(language))
        lines += [f"- {e.term.of(language)}: {e.meaning.of(language)}" for e in section.entries]
    return "".join(f"{prefix}{line}".rstrip() + "\n" for line in lines)


#: Characters Markdown would read as markup (emphasis, code, links, raw HTML): the legend's words are text.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def legend_markdown(legend: Legend, tr: Localizer, *, source: str, command: str) -> str:
    """The legend as Markdown in ``tr``'s language, for ``docs/legend.md``: a first line saying the file is generated
    from ``source`` by ``command`` (so that nobody edits the copy instead of the one home), then the title, the
    introduction, and each section with its terms in bold and their meanings."""
    language = tr.language.value
    notice = tr.gettext("Generated from %(source)s by the command %(command)s: edit %(source)s, not this file.") % {
        "source": f"`{source}`",
        "command": f"`{command}`",
    }
    lines = [f"*{notice}*", "", f"# {_md(legend.title.of(language))}"]
    if legend.intro is not None:
        lines += ["", _md(legend.intro.of(language))]
    for section in legend.sections:
        lines += ["", f"## {_md(section.title.of(language))}"]
        if section.intro is not None:
            lines += ["", _md(section.intro.of(language))]
        lines.append("")
        lines += [f"- **{_md(e.term.of(language))}**: {_md(e.meaning.of(language))}" for e in section.entries]
    return "".join(f"{line}\n" for line in lines)
