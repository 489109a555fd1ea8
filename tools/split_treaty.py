"""Split the authentic English text into rules/*.yaml provision lists (run once; rules/ is then edited by hand)."""
from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

SRC = Path(sys.argv[1])
OUT = Path(sys.argv[2])

raw = SRC.read_text(encoding="utf-8")
# The text of Article 17 is broken across a blank line: join it.
raw = raw.replace("The Contracting Parties\n\nshall immediately notify", "The Contracting Parties shall immediately notify")
paras = []
for _p in (p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()):
    _lines = _p.split("\n")
    if len(_lines) > 1 and all(re.match(r"^- \d+\) ", ln) for ln in _lines):
        paras.extend(_lines)
    else:
        paras.append(_p)


def block(text: str, indent: int) -> str:
    pad = " " * indent
    if "\n" in text:
        return "|-\n" + "\n".join(pad + line for line in text.split("\n"))
    return ">-\n" + "\n".join(pad + line for line in textwrap.wrap(text, 92, break_long_words=False, break_on_hyphens=False))


front: list[tuple[str, str, str]] = []
articles: dict[int, list[tuple[str, str, str]]] = {}
current: int | None = None
i = 0
front_ids = [
    ("resolution__title", "Title of the Resolution"),
    ("resolution__note_1", "Note on the translation"),
    ("resolution__intro", "Resolution No. 411, heading"),
    ("resolution__note_2", "Note on the translation"),
    ("resolution__formula", "Resolution No. 411, enacting words"),
    ("resolution__para_1", "Resolution No. 411, paragraph 1"),
    ("resolution__para_2", "Resolution No. 411, paragraph 2"),
    ("resolution__signatory", "Resolution No. 411, signatory"),
    ("resolution__signature", "Resolution No. 411, signature"),
    ("resolution__approval", "Approval of the Agreement"),
    ("title", "Title of the Agreement"),
]
for eid, label in front_ids:
    text = paras[i]
    if eid == "resolution__signatory":
        text = text.replace("*", "").replace("\n", " ")
    if eid == "resolution__approval":
        text = text.replace("\n", " ")
    num = ""
    m = re.match(r"^(\d+)\. (.*)$", text, re.S)
    if m and eid.startswith("resolution__para"):
        num, text = m.group(1) + ".", m.group(2)
    front.append((eid, label, num, text))
    i += 1
pre = []
while not paras[i].startswith("Article 1"):
    pre.append(paras[i])
    i += 1
front.append(("preamble", "Preamble", "", "\n".join(pre)))
conclusions = []
while i < len(paras):
    p = paras[i]
    m = re.fullmatch(r"Article (\d+)", p)
    if m:
        current = int(m.group(1))
        articles[current] = []
        i += 1
        continue
    if p.startswith("Signed in") or p.startswith("On behalf"):
        conclusions.append(p)
        i += 1
        continue
    assert current is not None
    art = f"art_{current}"
    items = articles[current]
    mp = re.match(r"^(\d+)\. (.*)$", p, re.S)
    mi = re.match(r"^(?:- )?(\d+)\) (.*)$", p, re.S)
    if mp:
        items.append((f"{art}__para_{mp.group(1)}", "", mp.group(1) + ".", mp.group(2)))
    elif mi:
        items.append((f"{art}__point_{mi.group(1)}", "", mi.group(1) + ")", mi.group(2)))
    elif "\n" in p and all(re.match(r"^- \d+\) ", ln) for ln in p.split("\n")[:1]):
        raise SystemExit("unexpected")
    else:
        # intro (chapeau) or undivided article
        items.append((f"{art}__intro", "", "", p))
    i += 1

for n, items in articles.items():
    if len(items) == 1 and items[0][0].endswith("__intro"):
        articles[n] = [(f"art_{n}", "", "", items[0][3])]

conc_ids = [("conclusions__para_1", "Final clause"), ("conclusions__signatory_kz", "Signature for Kazakhstan"), ("conclusions__signatory_cz", "Signature for the Czech Republic")]


def emit(path: Path, header: str, entries) -> None:
    out = [header, "text:"]
    for eid, label, num, text in entries:
        out.append(f"  - eid: {eid}")
        if label:
            out.append(f"    label: {label}")
        if num:
            out.append(f'    num: "{num}"')
        out.append("    text: " + block(text, 6))
    out.append("rules: []")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


emit(OUT / "preamble.yaml", "# The Resolution approving the Agreement, the Agreement's title and its preamble.\ntitle: null", front)
for n, items in articles.items():
    entries = list(items)
    if n == 18:
        entries += [(eid, label, "", t) for (eid, label), t in zip(conc_ids, conclusions)]
    emit(OUT / f"art_{n}.yaml", f"# Article {n}\ntitle: Article {n}", entries)
print("ok", len(front), {n: len(v) for n, v in articles.items()})
