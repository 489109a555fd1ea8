"""Babel's extractor for ``rules/*.yaml``: the messages of the rule files for the catalogs.

Registered in ``pyproject.toml`` (``[tool.babel.extractors]``), so that ``pybabel extract`` finds
each rule's ``explain`` and ``assumes`` and each provision's own ``label`` beside the messages
marked in the code.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml


def _mapping_value(node: yaml.Node, key: str) -> yaml.Node | None:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return None
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return v  # type: ignore[no-any-return]
    return None


def _scalar(node: yaml.Node, key: str) -> tuple[int, str] | None:
    import yaml

    value = _mapping_value(node, key)
    if isinstance(value, yaml.ScalarNode) and isinstance(value.value, str) and value.value.strip():
        return value.start_mark.line + 1, value.value.strip()
    return None


def extract_rules(
    fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[tuple[int, str, str | tuple[str, ...], list[str]]]:
    """Babel extractor for ``rules/*.yaml``: each rule's ``explain`` and ``assumes``, and each provision's own ``label``.

    Registered in ``pyproject.toml`` (``[tool.babel.extractors]``), so ``pybabel extract`` finds
    these beside the messages marked in the code. The message is the text as the rulebook holds
    it (the folded YAML scalar, stripped), which is what ``Localizer.gettext`` looks up.
    """
    import yaml

    root = yaml.compose(fileobj, Loader=yaml.SafeLoader)
    if root is None:
        return
    text = _mapping_value(root, "text")
    if isinstance(text, yaml.SequenceNode):
        for entry in text.value:
            label = _scalar(entry, "label")
            eid = _scalar(entry, "eid")
            if label is not None:
                yield label[0], "pgettext", ("provision", label[1]), [f"provision {eid[1] if eid else '?'}"]
    rules = _mapping_value(root, "rules")
    if isinstance(rules, yaml.SequenceNode):
        for rule in rules.value:
            rule_id = _scalar(rule, "id")
            for field in ("explain", "assumes"):
                found = _scalar(rule, field)
                if found is not None:
                    yield found[0], "gettext", found[1], [f"rule {rule_id[1] if rule_id else '?'}: {field}"]
