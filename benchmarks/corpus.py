"""A realistic mix of events for the benchmarks: what two competent authorities would log over the years.

``realistic_mix(n, seed)`` gives ``n`` valid wire events (plain dicts), the same for the same seed: mostly
requests, responses, transfers and uses of the data, some onward transfers, retention reviews and
notices, dated from 2017 (before signature) to 2032, with every vocabulary drawn from.
``write_jsonl`` writes them as JSON Lines without holding them all in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cooperation_rules.model.vocabulary import (
    Channel,
    Crime,
    DataCategory,
    Defect,
    DocumentStatus,
    Outcome,
    Purpose,
    Recipient,
    RefusalGround,
    RequestForm,
    Subject,
    SuspensionGround,
)

FIRST_DAY = dt.date(2017, 6, 1)
DAYS = (dt.date(2032, 12, 31) - FIRST_DAY).days
Event = dict[str, Any]


def _pick(r: random.Random, enum: Any) -> str:
    return str(r.choice(list(enum)).value)


def _request(r: random.Random, e: Event) -> None:
    e["subject"] = _pick(r, Subject)
    e["form"] = r.choices(["written", "electronic", "oral"], [6, 3, 1])[0]
    if e["form"] == RequestForm.ORAL:
        e["urgent"] = r.random() < 0.7
    if r.random() < 0.8:
        e["crime"] = _pick(r, Crime)
    if r.random() < 0.15:
        e["language"] = r.choice(["ru", "cs", "kk"])
        e["language_agreed"] = r.random() < 0.8
    if r.random() < 0.05:
        e["addressed_to_competent_authority"] = False


def _response(r: random.Random, e: Event) -> None:
    e["request_id"] = f"req-{r.randrange(100_000)}"
    e["outcome"] = r.choices(list(Outcome), [6, 2, 1, 1])[0].value
    if e["outcome"] in ("refused", "partially_fulfilled") and r.random() < 0.8:
        e["grounds"] = [_pick(r, RefusalGround)]
    if r.random() < 0.3:
        e["conditions"] = ["Use only in the criminal proceedings named in the request"]


def _transfer(r: random.Random, e: Event) -> None:
    e["categories"] = sorted({_pick(r, DataCategory) for _ in range(r.randint(1, 3))})
    e["purpose"] = r.choices(list(Purpose), [5, 2, 2, 1])[0].value
    if r.random() < 0.05:
        e["necessary"] = False
    if r.random() < 0.05:
        e["proportionate"] = False
    if r.random() < 0.7:
        e["destruction_term"] = (dt.date.fromisoformat(e["date"]) + dt.timedelta(days=r.randint(30, 3650))).isoformat()
    if r.random() < 0.3:
        e["conditions"] = ["No onward transfer"]
    if r.random() < 0.03:
        e["recorded"] = False


def _use(r: random.Random, e: Event) -> None:
    e["purpose"] = r.choices(list(Purpose), [5, 2, 2, 1])[0].value
    e["transfer_id"] = f"tr-{r.randrange(100_000)}"
    e["sender_consent"] = r.random() < 0.3
    e["within_conditions"] = r.random() < 0.9


def _onward_transfer(r: random.Random, e: Event) -> None:
    e["recipient"] = _pick(r, Recipient)
    e["sender_consent"] = r.random() < 0.5


def _retention_review(r: random.Random, e: Event) -> None:
    if r.random() < 0.8:
        e["destruction_term"] = (dt.date.fromisoformat(e["date"]) + dt.timedelta(days=r.randint(-60, 900))).isoformat()
    e["still_necessary"] = r.random() < 0.8


def _travel_document_notice(r: random.Random, e: Event) -> None:
    e["channel"] = _pick(r, Channel)
    if r.random() < 0.9:
        e["document_status"] = _pick(r, DocumentStatus)
    if r.random() < 0.9:
        e["document_number"] = str(r.randrange(10**7, 10**8))
        e["document_type"] = "passport"


def _suspension_notice(r: random.Random, e: Event) -> None:
    e["ground"] = _pick(r, SuspensionGround)
    if r.random() < 0.6:
        e["scope"] = [_pick(r, Subject)]


FILLERS: dict[str, tuple[float, Callable[[random.Random, Event], None]]] = {
    "request": (30, _request),
    "response": (20, _response),
    "transfer": (15, _transfer),
    "use": (12, _use),
    "onward_transfer": (3, _onward_transfer),
    "retention_review": (5, _retention_review),
    "data_defect": (2, lambda r, e: e.update(defect=_pick(r, Defect))),
    "use_report_request": (2, lambda r, e: None),
    "spontaneous_information": (3, lambda r, e: None),
    "travel_document_notice": (4, _travel_document_notice),
    "expert_deployment": (1, lambda r, e: None),
    "cost_claim": (1, lambda r, e: e.update(agreed_in_advance=r.random() < 0.5)),
    "suspension_notice": (0.2, _suspension_notice),
    "termination_notice": (0.1, lambda r, e: None),
    "contact_details_change": (0.5, lambda r, e: None),
}
_TYPES = list(FILLERS)
_WEIGHTS = [w for w, _ in FILLERS.values()]


def events(n: int, seed: int = 2017) -> Iterator[Event]:
    """``n`` valid wire events of every type, the same for the same seed."""
    r = random.Random(seed)
    for k in range(n):
        kind = r.choices(_TYPES, _WEIGHTS)[0]
        day = FIRST_DAY + dt.timedelta(days=r.randrange(DAYS))
        event: Event = {"type": kind, "id": f"{kind[:4]}-{k}", "date": day.isoformat(), "actor": r.choice(["KZ", "CZ"])}
        FILLERS[kind][1](r, event)
        yield event


def realistic_mix(n: int, seed: int = 2017) -> list[Event]:
    """``events(n, seed)`` as a list."""
    return list(events(n, seed))


def write_jsonl(path: Path, n: int, seed: int = 2017, distinct: int = 10_000) -> None:
    """``n`` lines: ``distinct`` generated events repeated in order, ids made unique with ``#k``."""
    base = [json.dumps(e, ensure_ascii=False) for e in events(min(n, distinct), seed)]
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            line = base[k % len(base)]
            # every generated line starts with {"type": ..., "id": "...": make the id unique without parsing
            head, _, rest = line.partition('", "date"')
            out.write(f'{head}#{k}", "date"{rest}\n')
