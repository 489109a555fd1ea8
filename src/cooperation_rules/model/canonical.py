"""A canonical encoding of JSON values and its SHA-256 digest, the same on every machine.

Keys sorted, no spaces, UTF-8 without escapes: two equal values always give the same bytes,
so a digest over them names the content, not the way it was written. Receipts name the rulebook
and the lifecycle that decided an evaluation by such digests.
"""

import hashlib
import json
from typing import Any, Final

#: How a digest is written: the algorithm, a colon, the hexadecimal digest.
DIGEST_PREFIX: Final = "sha256:"


def canonical_json(value: Any) -> bytes:
    """``value`` (made of dicts, lists, strings, numbers, booleans and None) as canonical JSON bytes."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def digest(value: Any) -> str:
    """``sha256:`` and the hexadecimal SHA-256 of ``value``'s canonical JSON."""
    return DIGEST_PREFIX + hashlib.sha256(canonical_json(value)).hexdigest()
