"""Checks that the scenarios of ``features/`` say what their tags and titles claim.

A scenario's tags (the eIds of the provisions it exercises) are what the trace and the site count
as "the scenarios that test" a provision, so they must agree with what the scenario asserts:

* every provision the scenario names in a citation step ("the decision cites ...", "the verdict
  rests on ...", "the duty of ... rests on ...") is among its tags;
* every tag of a scenario that states citations is either cited, or named in "the decision does
  not cite ..." (the scenario asserts that the provision is set aside), or the scenario says why in
  a comment ``# Tagged beyond its citations: <reason>`` on the lines just above its tags (or above
  its Examples), or it is a check (tag ``@check``) rather than a statement of the law.

A Scenario Outline's title is rendered with each Examples row: a date its title states must be a
date its steps state, so that the site never prints two dates for one act.

The checks read the Gherkin text with the parser pytest-bdd uses and return the problems found, one
line each (``file:line: ...``); they never raise on a fault of the feature they read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler

__all__ = ["CHECK_TAG", "REASON_MARK", "asserted_labels", "citation_tag_problems", "lint_features", "outline_title_problems"]

#: The tag of a scenario that checks the software (a grid of combinations), not a statement of the law.
CHECK_TAG = "check"
#: The comment that states why a scenario carries a tag it does not cite.
REASON_MARK = "# Tagged beyond its citations:"

_CITES = re.compile(r"the decision (?:cites only|cites) (?P<labels>.+)")
_RESTS = re.compile(r"the (?:verdict|duty of .+?) rests on (?P<labels>\".+)")
_NOT_CITED = re.compile(r"the decision does not cite (?P<labels>.+)")
_LABEL = re.compile(r'"([^"]+)"')
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b")


def _parsed(text: str, path: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    document: dict[str, Any] = dict(Parser().parse(text))
    document["uri"] = path
    return document, list(Compiler().compile(document))  # type: ignore[arg-type]


def _nodes(node: Any, found: dict[str, dict[str, Any]], examples: dict[str, dict[str, Any]], owner: Any = None) -> None:
    """Every AST node with an id, by id; and for every Examples row, the Examples block that holds it."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            found[node["id"]] = node
            if owner is not None and "cells" in node:
                examples[node["id"]] = owner
        block = node if "tableBody" in node else owner
        for value in node.values():
            _nodes(value, found, examples, block)
    elif isinstance(node, list):
        for value in node:
            _nodes(value, found, examples, owner)


def _labels(texts: Iterable[str], pattern: re.Pattern[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        m = pattern.fullmatch(text)
        if m:
            found += _LABEL.findall(m["labels"])
    return found


def asserted_labels(texts: Iterable[str]) -> list[str]:
    """The labels of the provisions that steps assert cited ("the decision cites ...", "the verdict rests on ...",
    "the duty of ... rests on ...") or not cited ("the decision does not cite ..."), in step order."""
    steps = list(texts)
    return _labels(steps, _CITES) + _labels(steps, _RESTS) + _labels(steps, _NOT_CITED)


def _reasoned(node: Mapping[str, Any], comments: set[int]) -> bool:
    """The node (scenario or Examples) has the reason comment on one of the two lines above its tags."""
    tags = node.get("tags") or ()
    first = min([t["location"]["line"] for t in tags] + [node["location"]["line"]])
    return bool({first - 1, first - 2} & comments)


def citation_tag_problems(text: str, path: str, eids_by_label: Mapping[str, str]) -> list[str]:
    """Scenarios whose cited provisions are not among their tags, or whose tags are neither cited nor
    explained (see the module's description). ``eids_by_label`` maps "Article 9(2)" to ``art_9__para_2``."""
    document, pickles = _parsed(text, path)
    nodes: dict[str, dict[str, Any]] = {}
    examples: dict[str, dict[str, Any]] = {}
    _nodes(document, nodes, examples)
    comments = {c["location"]["line"] for c in document.get("comments", ()) if c["text"].strip().startswith(REASON_MARK)}
    problems: list[str] = []
    for p in pickles:
        where = f"{path}:{p['location']['line']}: {p['name']!r}"
        tags = {t["name"].removeprefix("@") for t in p["tags"]}
        texts = [s["text"] for s in p["steps"]]
        named = _labels(texts, _CITES) + _labels(texts, _RESTS)
        unknown = sorted({label for label in named if label not in eids_by_label})
        problems += [f"{where} cites {label!r}, which names no provision" for label in unknown]
        cited = {eids_by_label[label] for label in named if label in eids_by_label}
        untagged = sorted(cited - tags)
        if untagged:
            problems.append(f"{where} cites {', '.join(untagged)} without the tag(s)")
        if not cited or CHECK_TAG in tags:
            continue
        set_aside = {eids_by_label[label] for label in _labels(texts, _NOT_CITED) if label in eids_by_label}
        scenario = nodes[p["astNodeIds"][0]]
        block = examples.get(p["astNodeIds"][-1]) if len(p["astNodeIds"]) > 1 else None
        if _reasoned(scenario, comments) or (block is not None and _reasoned(block, comments)):
            continue
        beyond = sorted(tags - cited - set_aside - {CHECK_TAG})
        if beyond:
            problems.append(
                f"{where} is tagged {', '.join(beyond)} but neither cites them, nor says the decision does not "
                f"cite them, nor states why ({REASON_MARK} ...)"
            )
    return problems


def outline_title_problems(text: str, path: str) -> list[str]:
    """Outline rows whose rendered title states a date that none of the row's steps states, or that
    writes a date of the title again, right after a placeholder brought it ("on 20 March 2026 on 20
    March 2026")."""
    document, pickles = _parsed(text, path)
    nodes: dict[str, dict[str, Any]] = {}
    _nodes(document, nodes, {})
    problems: list[str] = []
    for p in pickles:
        if len(p["astNodeIds"]) < 2:
            continue
        where = f"{path}:{p['location']['line']}: {p['name']!r}"
        said = " ".join(s["text"] for s in p["steps"])
        wrong = [d for d in _DATE.findall(p["name"]) if d not in said]
        if wrong:
            problems.append(f"{where} states {', '.join(wrong)}, which its steps do not")
        fixed = _DATE.findall(nodes[p["astNodeIds"][0]]["name"])
        twice = sorted({d for d in fixed if f"{d} on {d}" in p["name"]})
        if twice:
            problems.append(f"{where}: the title writes {', '.join(twice)} and its row writes it again")
    return problems


def lint_features(folder: str | Path, eids_by_label: Mapping[str, str]) -> list[str]:
    """Both checks over every ``*.feature`` file under ``folder`` (paths relative to it), for the trace gate.

    A file that cannot be read or parsed is left to the reading of the scenarios, which names it."""
    root = Path(folder)
    problems: list[str] = []
    for path in sorted(root.rglob("*.feature")):
        name = path.relative_to(root).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
            problems += citation_tag_problems(text, name, eids_by_label) + outline_title_problems(text, name)
        except (OSError, UnicodeDecodeError, CompositeParserException, ParserError):
            continue
    return problems
