"""Events the ledger tests record again and again."""

from __future__ import annotations


def transfer(**kw: object) -> dict[str, object]:
    """A transfer of identity data by the Czech Republic on 2 March 2026, to be destroyed by 1 January 2031."""
    return {
        "type": "transfer", "id": "t1", "date": "2026-03-02", "actor": "CZ", "categories": ["identity"],
        "purpose": "suppressing_criminal_activity", "destruction_term": "2031-01-01", **kw,
    }  # fmt: skip
