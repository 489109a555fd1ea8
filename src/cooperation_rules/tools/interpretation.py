"""``docs/interpretation.md`` on the documentation site: the readings of doubtful provisions at length.

The file is Markdown, keyed by rule id (each entry names, in backticks, the rules that implement
its reading). On the site it is one page; each entry gets an anchor per rule it names first
(``interp-<rule id>``), so that the box of a provision links each rule's reading to its reasoning.
Rendered with markdown-it in its strict CommonMark mode with raw HTML off: what the file says is
shown as text, never run as markup.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["Interpretation", "read_interpretation", "render_interpretation"]

_RULE_ID = re.compile(r"\bart_\d+(?:\.[a-z0-9_]+)+")


class Interpretation:
    """The rendered document, and the rule ids it gives an anchor to."""

    def __init__(self, html: str, anchored: frozenset[str]) -> None:
        self.html = html
        self.anchored = anchored

    def anchor(self, rule_id: str) -> str | None:
        """The anchor of the entry that first names ``rule_id``, or ``None`` when no entry does."""
        return f"interp-{rule_id}" if rule_id in self.anchored else None


def render_interpretation(text: str) -> Interpretation:
    """Render the Markdown ``text``; each list item gets the anchors of the rule ids it names first."""
    md = MarkdownIt("commonmark", {"html": False})
    tokens = md.parse(text)
    anchored: set[str] = set()
    for i, token in enumerate(tokens):
        if token.type != "list_item_open":
            continue
        inline = next((t for t in tokens[i + 1 :] if t.type == "inline"), None)
        if inline is None:
            continue
        new = [r for r in dict.fromkeys(_RULE_ID.findall(inline.content)) if r not in anchored]
        if new:
            token.attrSet("id", f"interp-{new[0]}")
            anchored.update(new)
            # The other rules it names first point at the same entry through an empty anchor each.
            extra = "".join(f'<a id="interp-{r}"></a>' for r in new[1:])  # rule ids only: [a-z0-9_.]
            if extra:
                inline.children = [Token("html_inline", "", 0, content=extra), *(inline.children or [])]
    html = md.renderer.render(tokens, md.options, {})
    return Interpretation(html, frozenset(anchored))


def read_interpretation(path: str | Path) -> Interpretation:
    """Read and render ``docs/interpretation.md`` (or another file of readings)."""
    return render_interpretation(Path(path).read_text(encoding="utf-8"))
