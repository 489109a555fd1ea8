"""The English text of the Agreement, provision by provision, with Akoma Ntoso style eIds.

The bundled text is the English text published with Government Resolution No. 411, marked there
"Unofficial translation" (``agreement.yaml``, ``english_text``); it is quoted word for word.

The text lives in ``rules/*.yaml`` beside the rules that implement it; this module only
reads it. Labels are derived from the eId ("art_9__para_4" is "Article 9(4)",
"art_10__point_5" is "Article 10, item 5") unless a file gives one.
"""

import difflib
import re
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, ConfigDict

from ..errors import UnknownProvision

_EID = re.compile(r"^art_(\d+)(?:__para_(\d+))?(?:__(point)_(\d+)|__(intro))?$")


class Provision(BaseModel):
    """One provision: its eId, a human label, its number as printed ("4.", "5)") and its verbatim text."""

    model_config = ConfigDict(frozen=True, defer_build=True)  # schema built on first use, not at import

    eid: str
    label: str
    text: str
    num: str | None = None
    parent: str | None = None
    binds_no_event: str | None = None
    """Why no event is decided by this provision; ``None`` for an operative provision."""


def label_for(eid: str) -> str | None:
    """The conventional label of an article-part eId, or ``None`` for other eIds."""
    m = _EID.match(eid)
    if not m:
        return None
    art, para, point_kw, point, intro = m.groups()
    label = f"Article {art}"
    if para:
        label += f"({para})"
    if point_kw:
        label += f", item {point}"
    if intro:
        label += ", introductory words"
    return label


def eid_parts(eid: str) -> tuple[str, str | None, str | None, bool] | None:
    """Article, paragraph, item and whether it is the introductory words, of an article-part eId.

    ``art_10__point_5`` gives ``("10", None, "5", False)``; eIds outside the articles give ``None``.
    """
    m = _EID.match(eid)
    if not m:
        return None
    art, para, _, point, intro = m.groups()
    return art, para, point, intro is not None


def parent_of(eid: str) -> str | None:
    """The eId one level up (``art_9__para_4`` -> ``art_9``), or ``None`` at the top."""
    return eid.rsplit("__", 1)[0] if "__" in eid and eid.startswith("art_") else None


class Treaty:
    """The provisions in treaty order; articles with parts are assembled from their parts."""

    def __init__(self, provisions: Iterable[Provision], headings: dict[str, str]) -> None:
        raw = tuple(provisions)
        leaves: list[Provision] = []
        self._headings = dict(headings)
        ordered: list[Provision] = []
        seen: dict[str, Provision] = {}
        for p in raw:
            parent = parent_of(p.eid)
            if parent is not None and parent not in seen:
                parts = [q for q in raw if q.eid.startswith(parent + "__")]
                text = "\n".join(((q.num + " ") if q.num else "") + q.text for q in parts)
                whole = Provision(eid=parent, label=label_for(parent) or parent, text=text)
                seen[parent] = whole
                ordered.append(whole)
            if parent is not None:
                p = p.model_copy(update={"parent": parent})
            if p.eid in seen:
                raise ValueError(f"duplicate eId {p.eid!r}")
            seen[p.eid] = p
            ordered.append(p)
            leaves.append(p)
        self._leaves = tuple(leaves)
        self._by_eid = seen
        self._order = {p.eid: i for i, p in enumerate(ordered)}
        self._all = tuple(ordered)

    def __iter__(self) -> Iterator[Provision]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def __contains__(self, eid: object) -> bool:
        return eid in self._by_eid

    @property
    def leaves(self) -> tuple[Provision, ...]:
        """The provisions as stored, in order (no assembled articles)."""
        return self._leaves

    def provision(self, eid: str) -> Provision:
        """The provision with this eId; ``UnknownProvision`` otherwise."""
        try:
            return self._by_eid[eid]
        except KeyError:
            raise UnknownProvision(eid, difflib.get_close_matches(eid, list(self._by_eid), n=3)) from None

    def order(self, eid: str) -> int:
        """Position of ``eid`` in treaty order (for sorting citations)."""
        return self._order[eid]

    def rebuild_text(self) -> str:
        """The whole text as printed: headings, numbers and provisions, one paragraph each."""
        out: list[str] = []
        current: str | None = None
        for p in self._leaves:
            article = p.eid.split("__")[0] if p.eid.startswith("art_") else None
            if article is not None and article != current:
                out.append(self._headings[article])
                current = article
            out.append(((p.num + " ") if p.num else "") + p.text)
        return "\n\n".join(out) + "\n"
