"""Hypothesis strategies: valid events of every type, lifecycles, and invalid inputs.

Valid events are plain JSON-able dicts (the wire form): every field of every event type can
appear, optional fields are sometimes omitted and sometimes given as ``null`` where the wire
contract allows it, enum values come from the vocabulary, and dates crowd around the days where
the Agreement's status changes:

- 2017-11-22 / 2017-11-23: the day before and the day of signature (final clause);
- 2018-08-31 / 2018-09-01: entry into force when the last Art. 18(1) notification is received
  on 2018-07-20 (the example lifecycle);
- 2026-03-15 / 2026-03-16: a suspension whose notice is received on 2026-03-01 takes effect
  fifteen days later (Art. 17);
- 2027-02-27 / 2027-02-28: a termination notice received on 2026-08-31 takes effect six months
  later, on 28 February 2027 (Art. 18(2)).

``invalid_cases()`` gives inputs that no reading of the wire contract accepts, each with the
field a correct error report must name (``None`` when the fault is the record as a whole).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from cooperation_rules.law.lifecycle import Lifecycle
from cooperation_rules.model.vocabulary import (
    ActStage,
    Channel,
    Crime,
    DataCategory,
    Defect,
    DestructionReason,
    DocumentStatus,
    Outcome,
    Party,
    Purpose,
    Recipient,
    RefusalGround,
    RequestForm,
    Subject,
    SuspensionGround,
)

JSONDict = dict[str, Any]


def fixed_examples(max_examples: int) -> settings:
    """Settings for CI: a fixed number of derandomized examples, no example database, no deadline (nothing timed)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


SIGNATURE = dt.date(2017, 11, 23)
BOUNDARY_DATES: tuple[dt.date, ...] = (
    dt.date(2017, 11, 22),
    dt.date(2017, 11, 23),
    dt.date(2018, 8, 31),
    dt.date(2018, 9, 1),
    dt.date(2026, 3, 15),
    dt.date(2026, 3, 16),
    dt.date(2027, 2, 27),
    dt.date(2027, 2, 28),
)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2035, 12, 31)


# ----------------------------------------------------------------------------- dates


def _near(days: tuple[dt.date, ...], spread: int) -> st.SearchStrategy[dt.date]:
    return st.builds(lambda d, k: d + dt.timedelta(days=k), st.sampled_from(days), st.integers(-spread, spread))


def days_between(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    """Any day from ``first`` to ``last`` (cheaper to draw than ``st.dates``)."""
    return st.integers(0, (last - first).days).map(lambda k: first + dt.timedelta(days=k))


def event_dates() -> st.SearchStrategy[dt.date]:
    """Mostly the boundary days (or a day next to one), otherwise any day from 2015 to 2035."""
    return st.one_of(
        st.sampled_from(BOUNDARY_DATES),
        _near(BOUNDARY_DATES, 1),
        days_between(FIRST_DAY, LAST_DAY),
    )


def iso(day: dt.date) -> str:
    """The wire form of a date."""
    return day.isoformat()


# ----------------------------------------------------------------------------- valid events


def _enum(enum: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


_IDS = st.one_of(
    st.builds(
        "{}-{}-{}-{:04d}".format,
        st.sampled_from(["kz", "cz"]),
        st.sampled_from(["req", "resp", "tr", "use", "fwd", "rev"]),
        st.integers(2015, 2035),
        st.integers(0, 9999),
    ),
    st.text(min_size=1, max_size=40),
    st.text(alphabet="xyz", min_size=256, max_size=256),
)
_OPTIONAL_IDS = st.one_of(st.none(), _IDS)
_LANGUAGES = st.one_of(
    st.sampled_from(["en", "ru", "cs", "kk", "de"]), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=3)
)
_CONDITION_TEXTS = st.lists(st.text(min_size=1, max_size=60), max_size=2)


@dataclass(frozen=True)
class FieldSpec:
    """How one event field is drawn: a strategy (given the event's date), and whether it may be omitted."""

    draw: Callable[[dt.date], st.SearchStrategy[Any]]
    required: bool = False


def _const(strategy: st.SearchStrategy[Any], *, required: bool = False) -> FieldSpec:
    return FieldSpec(lambda _day: strategy, required)


def _destruction_term(day: dt.date) -> st.SearchStrategy[str | None]:
    """A destruction term two days either side of the event's date, none, or any day."""
    return st.one_of(
        st.integers(-2, 2).map(lambda k: iso(day + dt.timedelta(days=k))),
        st.none(),
        days_between(FIRST_DAY, LAST_DAY).map(iso),
    )


def _request_date(day: dt.date) -> st.SearchStrategy[str | None]:
    """The day of the request a response answers: none, up to two days before the answer, or any day before it."""
    return st.one_of(
        st.none(),
        st.integers(-2, 0).map(lambda k: iso(day + dt.timedelta(days=k))),
        days_between(min(FIRST_DAY, day), day).map(iso),
    )


_REQUIRED = {"required": True}

#: Every field of every event type beyond ``type``, ``id``, ``date`` and ``actor``.
EVENT_FIELDS: dict[str, dict[str, FieldSpec]] = {
    "request": {
        "subject": _const(_enum(Subject), **_REQUIRED),
        "form": _const(_enum(RequestForm), **_REQUIRED),
        "urgent": _const(st.booleans()),
        "crime": _const(st.one_of(st.none(), _enum(Crime))),
        "language": _const(_LANGUAGES),
        "language_agreed": _const(st.booleans()),
        "content_allows_electronic": _const(st.booleans()),
        "addressed_to_competent_authority": _const(st.booleans()),
        "from_designated_authority": _const(st.booleans()),
    },
    "response": {
        "request_id": _const(_IDS, **_REQUIRED),
        "outcome": _const(_enum(Outcome), **_REQUIRED),
        "grounds": _const(st.lists(_enum(RefusalGround), max_size=3)),
        "conditions": _const(_CONDITION_TEXTS),
        "subject": _const(st.one_of(st.none(), _enum(Subject))),
        "contains_personal_data": _const(st.booleans()),
        "language": _const(_LANGUAGES),
        "language_agreed": _const(st.booleans()),
        "request_subject": _const(st.one_of(st.none(), _enum(Subject))),
        "request_form": _const(st.one_of(st.none(), _enum(RequestForm))),
        "request_urgent": _const(st.one_of(st.none(), st.booleans())),
        "request_content_allows_electronic": _const(st.one_of(st.none(), st.booleans())),
        "request_language": _const(st.one_of(st.none(), _LANGUAGES)),
        "request_language_agreed": _const(st.one_of(st.none(), st.booleans())),
        "request_date": FieldSpec(_request_date),
    },
    "spontaneous_information": {
        "subject": _const(st.one_of(st.none(), _enum(Subject))),
        "contains_personal_data": _const(st.booleans()),
        "language": _const(_LANGUAGES),
        "language_agreed": _const(st.booleans()),
        "conditions_on_personal_data": _const(_CONDITION_TEXTS),
    },
    "transfer": {
        "categories": _const(st.lists(_enum(DataCategory), min_size=1, max_size=4), **_REQUIRED),
        "purpose": _const(_enum(Purpose), **_REQUIRED),
        "necessary": _const(st.booleans()),
        "proportionate": _const(st.booleans()),
        "destruction_term": FieldSpec(_destruction_term),
        "conditions": _const(_CONDITION_TEXTS),
        "recorded": _const(st.booleans()),
        "subject": _const(st.one_of(st.none(), _enum(Subject))),
    },
    "use": {
        "purpose": _const(_enum(Purpose), **_REQUIRED),
        "transfer_id": _const(_OPTIONAL_IDS),
        "sender_consent": _const(st.booleans()),
        "within_conditions": _const(st.booleans()),
        "act": _const(_enum(ActStage)),
        "received_under_1998_agreement": _const(st.booleans()),
    },
    "onward_transfer": {
        "recipient": _const(_enum(Recipient), **_REQUIRED),
        "transfer_id": _const(_OPTIONAL_IDS),
        "sender_consent": _const(st.booleans()),
        "act": _const(_enum(ActStage)),
        "received_under_1998_agreement": _const(st.booleans()),
    },
    "retention_review": {
        "transfer_id": _const(_OPTIONAL_IDS),
        "destruction_term": FieldSpec(_destruction_term),
        "still_necessary": _const(st.booleans()),
        "received_under_1998_agreement": _const(st.booleans()),
        "protection_breached": _const(st.booleans()),
    },
    "data_defect": {
        "defect": _const(_enum(Defect), **_REQUIRED),
        "transfer_id": _const(_OPTIONAL_IDS),
    },
    "use_report_request": {
        "transfer_id": _const(_OPTIONAL_IDS),
    },
    "travel_document_notice": {
        "document_number": _const(_OPTIONAL_IDS),
        "document_type": _const(st.one_of(st.none(), st.sampled_from(["passport", "identity card", "seaman's book"]))),
        "document_status": _const(st.one_of(st.none(), _enum(DocumentStatus))),
        "channel": _const(_enum(Channel), **_REQUIRED),
        "contains_personal_data": _const(st.booleans()),
        "language": _const(_LANGUAGES),
        "language_agreed": _const(st.booleans()),
    },
    "expert_deployment": {},
    "cost_claim": {
        "agreed_in_advance": _const(st.booleans()),
    },
    "suspension_notice": {
        "ground": _const(_enum(SuspensionGround), **_REQUIRED),
        "scope": _const(st.one_of(st.none(), st.lists(_enum(Subject), min_size=1, max_size=3))),
    },
    "suspension_lifting_notice": {
        "scope": _const(st.one_of(st.none(), st.lists(_enum(Subject), min_size=1, max_size=3))),
    },
    "termination_notice": {},
    "contact_details_change": {},
    "written_confirmation": {"request_id": _const(_IDS, **_REQUIRED)},
    "refusal_notice": {"request_id": _const(_IDS, **_REQUIRED)},
    "consent": {
        "transfer_id": _const(_IDS, **_REQUIRED),
        "purpose": _const(st.one_of(st.none(), _enum(Purpose))),
        "recipient": _const(st.one_of(st.none(), _enum(Recipient))),
    },
    "destruction": {
        "transfer_id": _const(_IDS, **_REQUIRED),
        "reason": _const(_enum(DestructionReason), **_REQUIRED),
    },
    "use_report": {"transfer_id": _const(_IDS, **_REQUIRED)},
    "correction": {"transfer_id": _const(_IDS, **_REQUIRED)},
    "forwarding": {"request_id": _const(_IDS, **_REQUIRED)},
    "notification": {"regarding": _const(_IDS, **_REQUIRED)},
    "procedures_notification": {},
}
COMMON_FIELDS = ("type", "id", "date", "actor")


@st.composite
def _event_of(draw: st.DrawFn, event_type: str) -> JSONDict:
    day = draw(event_dates())
    event: JSONDict = {"type": event_type, "id": draw(_IDS), "date": iso(day), "actor": draw(_enum(Party))}
    for name, spec in EVENT_FIELDS[event_type].items():
        if spec.required or draw(st.booleans()):
            event[name] = draw(spec.draw(day))
    return event


def events_of(event_type: str) -> st.SearchStrategy[JSONDict]:
    """Valid wire events of one type."""
    return _event_of(event_type)


def valid_events() -> st.SearchStrategy[JSONDict]:
    """Valid wire events of every type."""
    return st.one_of(*(events_of(t) for t in EVENT_FIELDS))


# ----------------------------------------------------------------------------- lifecycles

_NOTIFICATION_DAYS = st.one_of(
    st.sampled_from([dt.date(2018, 6, 14), dt.date(2018, 7, 20), dt.date(2018, 7, 31), dt.date(2018, 8, 1)]),
    days_between(SIGNATURE, dt.date(2030, 12, 31)),
)
_NOTICE_DAYS = st.one_of(
    st.sampled_from([dt.date(2026, 3, 1), dt.date(2020, 3, 20), dt.date(2026, 8, 31)]),
    days_between(dt.date(2016, 1, 1), dt.date(2034, 12, 31)),
)


@st.composite
def _suspension(draw: st.DrawFn) -> JSONDict:
    notice = draw(_NOTICE_DAYS)
    out: JSONDict = {"notice_received": iso(notice), "ground": draw(_enum(SuspensionGround))}
    scope = draw(st.one_of(st.none(), st.lists(_enum(Subject), min_size=1, max_size=3)))
    if scope is not None or draw(st.booleans()):
        out["scope"] = scope
    lifted = draw(st.one_of(st.none(), st.integers(0, 800)))
    if lifted is not None:
        out["lifted_notice_received"] = iso(notice + dt.timedelta(days=lifted))
    return out


@st.composite
def lifecycle_dicts(draw: st.DrawFn) -> JSONDict:
    """Wire lifecycles: 0-2 notifications, 0-2 suspensions (whole or partial, lifted or not), an optional termination notice."""
    out: JSONDict = {}
    notifications = draw(st.lists(_NOTIFICATION_DAYS, max_size=2))
    if notifications or draw(st.booleans()):
        out["notifications_received"] = [iso(d) for d in notifications]
    suspensions = draw(st.lists(_suspension(), max_size=2))
    if suspensions or draw(st.booleans()):
        out["suspensions"] = suspensions
    termination = draw(st.one_of(st.none(), _NOTICE_DAYS))
    if termination is not None:
        out["termination_notice_received"] = iso(termination)
    elif draw(st.booleans()):
        out["termination_notice_received"] = None
    return out


def lifecycles() -> st.SearchStrategy[Lifecycle | None]:
    """No lifecycle (the presumption of the rulebook) or a parsed one."""
    return st.one_of(st.none(), lifecycle_dicts().map(Lifecycle.parse))


# ----------------------------------------------------------------------------- invalid inputs


class InvalidCase:
    """An input no event may be read from, and the field the error must name (``None``: any, or the record).

    Not a dataclass: Hypothesis would print the payload, which may be nested 100,000 deep.
    """

    __slots__ = ("field", "payload", "why")

    def __init__(self, payload: Any, field: str | None, why: str) -> None:
        self.payload = payload
        self.field = field
        self.why = why

    def __repr__(self) -> str:
        return f"InvalidCase({self.why!r}, field={self.field!r})"


_BOOL_FIELDS = {
    "urgent",
    "language_agreed",
    "content_allows_electronic",
    "addressed_to_competent_authority",
    "from_designated_authority",
    "received_under_1998_agreement",
    "protection_breached",
    "necessary",
    "proportionate",
    "recorded",
    "sender_consent",
    "within_conditions",
    "still_necessary",
    "agreed_in_advance",
    "contains_personal_data",
}
_BAD_DATES: list[Any] = [
    "2019-02-30",
    "2018-13-01",
    "2019-2-3",
    "20190203",
    20190203,
    "2019-02-03T00:00:00",
    "2019-02-03 ",
    "",
    True,
    [2019, 2, 3],
]
_BAD_ENUM: list[Any] = ["nonsense", "KZ ", 7, True, 1.5, ["x"], {"a": 1}]
_BAD_NONEMPTY: list[Any] = ["", "x" * 257, 5, True, ["a"], {"a": 1}]


def _wrong_values(name: str, event_type: str) -> list[Any]:
    """Values that the wire contract rejects for this field of this event type."""
    if name in _BOOL_FIELDS:
        return ["yes", "true", 1, 0, None, [], {}]
    if name == "date":
        return [*_BAD_DATES, None]
    if name in ("destruction_term", "request_date"):
        return _BAD_DATES
    if name in ("request_urgent", "request_content_allows_electronic", "request_language_agreed"):  # null: not known
        return ["yes", "true", 1, 0, [], {}]
    if name in ("request_subject", "request_form"):
        return [*_BAD_ENUM, "Written"]
    if name == "request_language":
        return ["EN", "e", "engl", "e1", "en\n", 5]
    if name == "subject":
        # A request always names its subject; the acts that serve one may leave it unknown (null).
        return [*_BAD_ENUM, "kz", "Written", ["training"], *([None] if event_type == "request" else [])]
    if name in ("purpose", "recipient") and event_type == "consent":
        # A consent names the purpose or the recipient it allows, and may leave the other out (null).
        return [*_BAD_ENUM, "kz", "Written"]
    if name in ("actor", "form", "outcome", "purpose", "recipient", "defect", "channel", "ground"):
        return [*_BAD_ENUM, None, "kz", "Written"]
    if name in ("crime", "document_status"):
        return _BAD_ENUM
    if name in ("id", "request_id", "regarding"):
        return [*_BAD_NONEMPTY, None]
    if name in ("transfer_id", "document_number", "document_type"):
        return _BAD_NONEMPTY
    if name == "language":
        return ["EN", "e", "engl", "e1", "en\n", 5, None]
    if name == "categories":
        return [[], "identity", ["nonsense"], None, 5, ["identity", 3]]
    if name == "grounds":
        return ["sovereignty", ["nonsense"], None, 5]
    if name in ("conditions", "conditions_on_personal_data"):
        return [[""], ["x" * 2001], "use only here", [5], None]
    if name == "reason":  # why data was destroyed: one of the reasons Art. 10 item 6 records
        return [*_BAD_ENUM, None, "Term_Reached"]
    if name == "scope":
        return [[], ["nonsense"], "training", 5]
    if name == "act":
        return ["asked about", "DONE", True, None, 5]
    raise KeyError(name)


@st.composite
def _wrong_type(draw: st.DrawFn) -> InvalidCase:
    event = draw(valid_events())
    name = draw(st.sampled_from(sorted(set(event) - {"type"} | set(EVENT_FIELDS[event["type"]]))))
    bad = draw(st.sampled_from(_wrong_values(name, event["type"])))
    return InvalidCase({**event, name: bad}, name, f"{event['type']}.{name}={bad!r:.40}")


@st.composite
def _unknown_field(draw: st.DrawFn) -> InvalidCase:
    event = draw(valid_events())
    known = set(COMMON_FIELDS) | set(EVENT_FIELDS[event["type"]])
    name = draw(st.one_of(st.sampled_from(["colour", "Type", "subject_", "requestId", "extra"]), st.text(max_size=12)))
    if name in known:
        name = name + "_unknown"
    value = draw(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)))
    return InvalidCase({**event, name: value}, name, f"unknown field {name!r}")


@st.composite
def _missing_field(draw: st.DrawFn) -> InvalidCase:
    event = draw(valid_events())
    required = [*COMMON_FIELDS, *(n for n, s in EVENT_FIELDS[event["type"]].items() if s.required)]
    name = draw(st.sampled_from(required))
    return InvalidCase({k: v for k, v in event.items() if k != name}, name, f"missing {name}")


@st.composite
def _unknown_type(draw: st.DrawFn) -> InvalidCase:
    event = draw(valid_events())
    bad = draw(
        st.one_of(
            st.sampled_from(["Request", "requests", "lifecycle", "", " request", "transfer\n"]),
            st.text(max_size=20).filter(lambda t: t not in EVENT_FIELDS),
            st.integers(),
            st.none(),
            st.lists(st.integers(), max_size=2),
        )
    )
    return InvalidCase({**event, "type": bad}, "type", f"type={bad!r:.40}")


def _json_values(max_leaves: int = 10) -> st.SearchStrategy[Any]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
    return st.recursive(
        scalars,
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
        max_leaves=max_leaves,
    )


_NOT_OBJECTS = _json_values().filter(lambda v: not isinstance(v, dict))
_TYPELESS_OBJECTS = st.dictionaries(st.text(max_size=10).filter(lambda k: k != "type"), _json_values(4), max_size=5)


def _nested(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def _deep(draw: st.DrawFn) -> InvalidCase:
    """Deep nesting: as JSON text, up to far beyond what the decoder takes; as a Python value in a field, up to 400 deep.

    Python values nested beyond the recursion limit are left to explicit tests (test_engines.HARD_INPUTS): when
    pydantic-core fails to repr one it reports an unraisable exception, and pytest takes minutes to format each.
    """
    event = draw(valid_events())
    if draw(st.booleans()):
        depth = draw(st.one_of(st.integers(1, 50), st.integers(900, 1100), st.integers(2000, 100_000)))
        text = json.dumps({**event, "date": None})[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}"
        return InvalidCase(text, None, f"JSON nested {depth} deep")
    depth = draw(st.one_of(st.integers(1, 50), st.integers(200, 400)))
    name = draw(st.sampled_from(["type", "date", "actor", "conditions", "unknown_field"]))
    return InvalidCase({**event, name: _nested(depth)}, name, f"{name} nested {depth} deep")


@st.composite
def _huge_number(draw: st.DrawFn) -> InvalidCase:
    """A JSON number with more digits than Python converts by default (4,300)."""
    digits = draw(st.integers(4_301, 6_000))
    event = draw(valid_events())
    name = draw(st.sampled_from(["id", "date", "urgent"]))
    text = json.dumps({**event, name: 0})
    text = text.replace(f'"{name}": 0', f'"{name}": 1' + "0" * (digits - 1))
    return InvalidCase(text, None, f"{name} with {digits} digits")


_TEXTS = st.one_of(
    st.text(max_size=60).filter(lambda t: "{" not in t),
    st.sampled_from(
        ['{"type": "request", "id": "a"', "{", "}", "{}", "{'type': 'request'}", "null", "[]", '"request"', "\ufeff{}"]
    ),
    _NOT_OBJECTS.map(json.dumps),
    _TYPELESS_OBJECTS.map(json.dumps),
)
_BYTES = st.one_of(
    st.binary(max_size=60).filter(lambda b: b"{" not in b),
    st.sampled_from([b"\xff\xfe{\x00", b"\x00\x00\x00{", b'{"type": "request", "id": "\xff"}', b"\xc3\x28", b"{\xed\xa0\x80}"]),
    _TEXTS.map(lambda t: t.encode("utf-8")),
)


def invalid_cases() -> st.SearchStrategy[InvalidCase]:
    """Inputs that are not events: wrong types, unknown or missing fields, bad dates, unknown types, random JSON-ish values."""
    return st.one_of(
        _wrong_type(),
        _unknown_field(),
        _missing_field(),
        _unknown_type(),
        _NOT_OBJECTS.map(lambda v: InvalidCase(v, None, "not an object")),
        _TYPELESS_OBJECTS.map(lambda v: InvalidCase(v, "type", "no type")),
        _TEXTS.map(lambda t: InvalidCase(t, None, "text")),
        _BYTES.map(lambda b: InvalidCase(b, None, "bytes")),
        _deep(),
        _huge_number(),
    )


def invalid_inputs() -> st.SearchStrategy[Any]:
    """Inputs no event may be read from (dicts, JSON texts, bytes, other values)."""
    return invalid_cases().map(lambda case: case.payload)


def field_named(fields: tuple[str, ...], wanted: str) -> bool:
    """True when an error about ``wanted`` (or one of its items, ``wanted.0``) is among ``fields``."""
    return any(f == wanted or f.startswith(wanted + ".") for f in fields)


def as_json_line(event: Mapping[str, Any]) -> str:
    """One JSON Lines record."""
    return json.dumps(event, ensure_ascii=False)
