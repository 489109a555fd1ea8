"""The hash chain over the ledger's entries: each entry's hash covers the previous hash and its canonical body.

Two ways of hashing an entry, by the schema that wrote it (the store keeps from which entry on the second is used):
``link_v1``, the digest of the canonical JSON of ``{"body": ..., "previous": ...}`` (schema 1 to 3), and ``link``,
the SHA-256 of the previous hash, a line feed and the body, in UTF-8 (schema 4 on): the same guarantee, without
escaping the body as a JSON string first.

A checkpoint (size and head hash) handed to a third party lets it check later that the log was only appended to:
the entry at that position still carries that hash, and every link after it holds.
"""

import hashlib
from json.encoder import encode_basestring

from pydantic import BaseModel, ConfigDict

from ..model.canonical import DIGEST_PREFIX

#: The hash before the first entry.
GENESIS = DIGEST_PREFIX + "0" * 64


def link(previous: str, body: str) -> str:
    """The hash of an entry: ``sha256:`` and the hexadecimal SHA-256 of the previous hash, a line feed and the
    entry's canonical body (a JSON text), in UTF-8."""
    return DIGEST_PREFIX + hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()


def link_v1(previous: str, body: str) -> str:
    """The hash of an entry written by schema 1 to 3: the digest (``model.canonical.digest``) of
    ``{"body": body, "previous": previous}``."""
    # The canonical JSON of that object written directly (keys sorted, strings as the C encoder writes them): the
    # same bytes as ``digest`` hashes, without the general encoder's walk over the value.
    text = f'{{"body":{encode_basestring(body)},"previous":{encode_basestring(previous)}}}'
    return DIGEST_PREFIX + hashlib.sha256(text.encode()).hexdigest()


class Checkpoint(BaseModel):
    """How long the log was (``size`` entries) and the hash of its last entry (``head``) at one moment."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    size: int
    head: str


class Verification(BaseModel):
    """The result of checking the chain: ``ok``, how many entries were checked, and the first broken link if any."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ok: bool
    checked: int
    broken_at: int | None = None
    """The position (1-based) of the first entry whose hash, link or content does not hold."""
    reason: str | None = None
