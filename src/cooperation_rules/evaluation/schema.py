"""The JSON Schema of an evaluation as ``evaluate`` writes it, for standard validators (draft 2020-12).

It is the schema of ``Evaluation`` in pydantic's serialization mode, with every field of every
object required (the wire form always writes them all, defaults included), dates written
``YYYY-MM-DD``, and the ``$schema`` and ``$id`` conventions of ``model.schema``.
"""

from typing import Any

from pydantic import TypeAdapter

from ..model.schema import identified, with_date_pattern
from .answers import CompactEvaluation, Evaluation


def evaluation_schema() -> dict[str, Any]:
    """The JSON Schema of ``Evaluation.model_dump(mode="json")``, one line of ``evaluate``'s output (draft 2020-12)."""
    return _schema(Evaluation, "evaluation")


def compact_evaluation_schema() -> dict[str, Any]:
    """The JSON Schema of ``Evaluation.to_wire(compact=True)``, one line of ``evaluate --compact``'s output: each
    citation is an eId and a label (draft 2020-12)."""
    return _schema(CompactEvaluation, "compact-evaluation")


def _schema(model: type[Evaluation] | type[CompactEvaluation], name: str) -> dict[str, Any]:
    raw = TypeAdapter(model).json_schema(mode="serialization")
    # An evaluation nests models (citations, duties, findings, the receipt), each under ``$defs``; the other
    # definitions there are enumerations, which have no properties.
    for node in (raw, *raw["$defs"].values()):
        if "properties" in node:
            node["required"] = list(node["properties"])
    with_date_pattern(raw)
    return identified(raw, name)
