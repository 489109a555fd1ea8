"""JSON Schemas for standard validators: pydantic's schemas made plain draft 2020-12.

pydantic writes the union of events with the OpenAPI ``discriminator`` keyword, which a draft
2020-12 validator ignores, and leaves ``type`` optional because each model has it as a default.
``event_schema_of`` rewrites such a schema: each event's ``type`` is a required ``const``, and the
top level lists the types in an ``enum`` and selects the event's own schema with one
``if``/``then`` per type, so a validator reports the field at fault rather than only that no
alternative matched. A date must be written ``YYYY-MM-DD`` (a ``pattern`` and a length, besides
``format: date``, which a validator asserts only when told to check formats).

Every schema names its dialect in ``$schema`` and carries a stable ``$id``,
``https://cooperation-rules.invalid/schema/<name>/<version>.json``: the ``.invalid`` domain (RFC
2606) serves nothing, so the id only names the schema of one version of the library.
"""

import copy
from collections.abc import Iterable
from typing import Any, Final

from .._version import __version__

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
#: Where every ``$id`` of the library starts; the name and the library's version follow.
ID_BASE: Final = "https://cooperation-rules.invalid/schema/"
#: The only form of a date on the wire, as ``model.events`` reads it.
DATE_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_DEFS_PREFIX: Final = "#/$defs/"


def schema_id(name: str, version: str = __version__) -> str:
    """The ``$id`` of the schema ``name`` (``event``, ``evaluation``) of one version of the library."""
    return f"{ID_BASE}{name}/{version}.json"


def identified(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """``schema`` with ``$schema`` and ``$id`` first, the dialect and the id of ``name``."""
    return {"$schema": DIALECT, "$id": schema_id(name), **{k: v for k, v in schema.items() if k not in ("$schema", "$id")}}


def with_date_pattern(node: object) -> None:
    """Give every ``format: date`` string of ``node`` the ``YYYY-MM-DD`` pattern and its length of ten, in place.

    The length keeps out a trailing newline, which ``$`` lets through in some regular expression dialects."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("format") == "date" and item.get("type") == "string":
                item.update(pattern=DATE_PATTERN, minLength=len("YYYY-MM-DD"), maxLength=len("YYYY-MM-DD"))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def event_schema_of(raw: dict[str, Any], types: Iterable[str]) -> dict[str, Any]:
    """The draft 2020-12 schema of a union of events, from pydantic's schema ``raw`` of it.

    ``raw`` holds the models in ``$defs`` and the OpenAPI ``discriminator`` mapping each ``type``
    to its model; ``types`` orders the top-level ``enum``. The result has no ``discriminator`` and
    no ``oneOf``: the ``type`` enum and the ``if``/``then`` per type say the same, one model per event.
    """
    defs: dict[str, Any] = copy.deepcopy(raw["$defs"])
    mapping: dict[str, str] = raw["discriminator"]["mapping"]
    ordered = list(types)
    if set(ordered) != set(mapping):
        raise ValueError(f"the event types {sorted(ordered)} are not the schema's {sorted(mapping)}")
    for event_type in ordered:
        model = defs[mapping[event_type].removeprefix(_DEFS_PREFIX)]
        model["properties"]["type"] = {"const": event_type, "title": "Type", "type": "string"}
        model["required"] = ["type", *(field for field in model.get("required", ()) if field != "type")]
    with_date_pattern(defs)
    return identified(
        {
            "title": "Event",
            "description": "An event of the Agreement's cooperation, one JSON object; its type selects its fields.",
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"enum": ordered}},
            "allOf": [
                {
                    "if": {"properties": {"type": {"const": event_type}}, "required": ["type"]},
                    "then": {"$ref": mapping[event_type]},
                }
                for event_type in ordered
            ],
            "$defs": defs,
        },
        "event",
    )
