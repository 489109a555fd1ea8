"""The hash chain over the ledger's entries: each entry's hash covers the previous hash and its canonical body.

A checkpoint (size and head hash) handed to a third party lets it check later that the log was only appended to:
the entry at that position still carries that hash, and every link after it holds.
"""

from pydantic import BaseModel, ConfigDict

from ..model.canonical import DIGEST_PREFIX, digest

#: The hash before the first entry.
GENESIS = DIGEST_PREFIX + "0" * 64


def link(previous: str, body: str) -> str:
    """The hash of an entry: the digest of the previous hash and the entry's canonical body (a JSON text)."""
    return digest({"previous": previous, "body": body})


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
