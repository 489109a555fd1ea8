"""Generate the systematic event corpus of this folder from the event schema.

    python tests/corpus/generate.py              # rewrite the corpus files beside this script
    python tests/corpus/generate.py --out DIR    # write them into DIR instead
    python tests/corpus/generate.py --check      # write nothing; exit 1 naming every stale file

Every field of every event type (``cooperation_rules.events.EVENT_MODELS``) gets a domain derived from
its annotation; a field whose annotation has no domain here stops the generation, naming the model and
the field, so that a new field is never left out silently. Two layers are unioned per type:

1. pairwise: a strength-2 covering array over every field, the date included, whose domain is every
   boundary day of the lifecycle's calendar (the day before, of and after signature, entry into force,
   each suspension taking and ceasing to take effect, and termination; and each day a notice is
   received);
2. decision classes: the full product of the small domains and of representative classes of the large
   ones, crossed with one representative day in each status region of the lifecycle.

Nothing is random: the same schema and library give the same bytes on every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from cooperation_rules import Agreement, parse_event
from cooperation_rules.law import legal_calendar as calendar
from cooperation_rules.law.lifecycle import Lifecycle, Suspension
from cooperation_rules.model.events import EVENT_MODELS
from cooperation_rules.model.vocabulary import (
    SPECIAL_CATEGORIES,
    AgreementStatus,
    Crime,
    DataCategory,
    DestructionReason,
    Party,
    Purpose,
    RefusalGround,
    RequestForm,
    Subject,
    SuspensionGround,
)
from cooperation_rules.rulebook.facts import Timeline

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EXAMPLES = ROOT / "examples"

D = dt.date
#: Final clause: "Signed in Astana on November 23, 2017" (written out, not read from the code under test).
SIGNATURE_DATE = D(2017, 11, 23)

# --- The systematic lifecycle -----------------------------------------------------------------
# Only the days notices are received are chosen here; every day they lead to (entry into force,
# suspensions taking and ceasing to take effect, termination) is computed by ``Lifecycle``.

#: Art. 18(1): the later notification on 31 December gives entry into force across the year end.
NOTIFICATIONS = (D(2018, 10, 5), D(2018, 12, 31))
#: Art. 17: a lawful partial suspension, later lifted, of subjects that include the two acts
#: (expert deployment, travel-document notices) the library ties to a subject.
PARTIAL = Suspension(
    notice_received=D(2020, 3, 20),
    ground=SuspensionGround.PUBLIC_HEALTH,
    scope=(Subject.EXPERT_ASSISTANCE, Subject.TRAINING, Subject.TRAVEL_DOCUMENTS),
    lifted_notice_received=D(2021, 6, 1),
)
#: Art. 17: a lawful suspension of the whole Agreement, later lifted.
WHOLE = Suspension(
    notice_received=D(2022, 2, 14),
    ground=SuspensionGround.SECURITY,
    scope=None,
    lifted_notice_received=D(2022, 11, 30),
)
#: Art. 17 allows no ground "other": this suspension of the whole Agreement has no effect.
UNLAWFUL = Suspension(
    notice_received=D(2024, 1, 31),
    ground=SuspensionGround.OTHER,
    scope=None,
    lifted_notice_received=D(2024, 9, 30),
)
#: Art. 18(2): six months after 31 August is the end of February (a leap day in 2028).
TERMINATION_NOTICE = D(2027, 8, 31)

SYSTEMATIC_LIFECYCLE = Lifecycle(
    notifications_received=NOTIFICATIONS,
    suspensions=(PARTIAL, WHOLE, UNLAWFUL),
    termination_notice_received=TERMINATION_NOTICE,
)

#: A lifecycle in which only one Party's notification has arrived: the Agreement is signed but never enters into
#: force (Art. 18(1)), so the Article 13 duties, counted from entry into force, never arise.
AWAITING_LIFECYCLE = Lifecycle(notifications_received=(NOTIFICATIONS[0],))
#: Days of that set: around signature, the day the one notification arrives, and a day years later.
AWAITING_DATES = (D(2017, 11, 22), D(2017, 11, 23), D(2017, 11, 24), NOTIFICATIONS[0], D(2026, 3, 2))

#: The day the Agreement entered into force, as published (written out, not read from the code under test).
ENTERED_INTO_FORCE = D(2018, 9, 1)
#: Days of the set evaluated without a lifecycle (taken as in force since 1 September 2018): the day before
#: signature, the day of signature, the days before and of entry into force, and a later day.
PRESUMED_DATES = (
    calendar.add_days(SIGNATURE_DATE, -1),
    SIGNATURE_DATE,
    calendar.add_days(ENTERED_INTO_FORCE, -1),
    ENTERED_INTO_FORCE,
    D(2024, 6, 3),
)

# --- Status regions -----------------------------------------------------------------------------

BEFORE_SIGNATURE = "before_signature"
SIGNED_NOT_IN_FORCE = "signed_not_in_force"
IN_FORCE = "in_force"
PARTIALLY_SUSPENDED = "partially_suspended"
SUSPENDED = "suspended"
UNLAWFULLY_SUSPENDED = "unlawfully_suspended"
TERMINATED = "terminated"
#: The status regions of a lifecycle, in the order they follow each other in the systematic one.
REGIONS = (
    BEFORE_SIGNATURE,
    SIGNED_NOT_IN_FORCE,
    IN_FORCE,
    PARTIALLY_SUSPENDED,
    SUSPENDED,
    UNLAWFULLY_SUSPENDED,
    TERMINATED,
)


def region_of(day: dt.date, lifecycle: Lifecycle | None) -> str:
    """The status region of ``day``: the library's Agreement status, with ``in_force`` split into plain, partially
    suspended (some subjects suspended that day) and unlawfully suspended (a suspension on a ground Art. 17 does not
    allow would run that day, and has no effect). ``lifecycle=None`` is the presumption: in force since signature."""
    status, suspended_subjects = Timeline(lifecycle, Agreement.bundled()).on(day)
    match status:
        case AgreementStatus.BEFORE_SIGNATURE:
            return BEFORE_SIGNATURE
        case AgreementStatus.NOT_IN_FORCE:
            return SIGNED_NOT_IN_FORCE
        case AgreementStatus.TERMINATED:
            return TERMINATED
        case AgreementStatus.SUSPENDED:
            return SUSPENDED
    if suspended_subjects:
        return PARTIALLY_SUSPENDED
    if lifecycle is not None and any(_nominally_running(s, day) for s in lifecycle.suspensions if not s.lawful):
        return UNLAWFULLY_SUSPENDED
    return IN_FORCE


def _nominally_running(suspension: Suspension, day: dt.date) -> bool:
    """True when ``suspension`` would have effect on ``day`` if its ground were lawful."""
    until = suspension.effective_until
    return suspension.effective_from <= day and (until is None or day < until)


def _check(condition: bool, message: str) -> None:
    """Stop the generation with ``message`` unless ``condition`` holds (kept under ``python -O``, unlike assert)."""
    if not condition:
        raise AssertionError(message)


def _midpoint(start: dt.date, end: dt.date) -> dt.date:
    """The day halfway from ``start`` to ``end`` (rounded down)."""
    return calendar.add_days(start, calendar.days_between(start, end) // 2)


def systematic_calendar() -> tuple[tuple[dt.date, ...], dict[str, dt.date]]:
    """The boundary days of the systematic lifecycle, sorted, and one representative day per status region.

    Checks, with the library, that the periods follow each other without overlapping, that termination falls on
    the last day of February, and that every representative day lies in its region.
    """
    lc = SYSTEMATIC_LIFECYCLE
    eif, end = lc.entry_into_force, lc.termination_date
    _check(eif is not None and end is not None, "the systematic lifecycle must enter into force and be terminated")
    assert eif is not None and end is not None  # for the type checker
    _check(PARTIAL.lawful and not PARTIAL.whole, "PARTIAL must be a lawful partial suspension")
    _check(WHOLE.lawful and WHOLE.whole, "WHOLE must be a lawful suspension of the whole Agreement")
    _check(not UNLAWFUL.lawful, "UNLAWFUL must be on a ground Art. 17 does not allow")
    periods: list[tuple[dt.date, dt.date]] = []
    for s in lc.suspensions:
        until = s.effective_until
        _check(until is not None, f"suspension received {s.notice_received} must be lifted")
        assert until is not None
        periods.append((s.effective_from, until))
    chain = [SIGNATURE_DATE, *NOTIFICATIONS, eif]
    for start, until in periods:
        chain += [start, until]
    chain += [TERMINATION_NOTICE, end]
    _check(chain == sorted(chain) and len(set(chain)) == len(chain), f"periods overlap or are out of order: {chain}")
    _check(end.month == 2 and calendar.add_days(end, 1).day == 1, f"termination {end} is not the last day of February")

    boundaries = {SIGNATURE_DATE, eif, end}
    for start, until in periods:
        boundaries |= {start, until}
    days = {calendar.add_days(b, delta) for b in boundaries for delta in (-1, 0, 1)}
    days |= set(lc.notifications_received) | {TERMINATION_NOTICE}
    for s in lc.suspensions:
        days.add(s.notice_received)
        if s.lifted_notice_received is not None:
            days.add(s.lifted_notice_received)

    (partial_from, partial_until), (whole_from, whole_until), (unlawful_from, unlawful_until) = periods
    representative = {
        BEFORE_SIGNATURE: calendar.add_days(SIGNATURE_DATE, -183),
        SIGNED_NOT_IN_FORCE: _midpoint(SIGNATURE_DATE, eif),
        IN_FORCE: _midpoint(eif, partial_from),
        PARTIALLY_SUSPENDED: _midpoint(partial_from, partial_until),
        SUSPENDED: _midpoint(whole_from, whole_until),
        UNLAWFULLY_SUSPENDED: _midpoint(unlawful_from, unlawful_until),
        TERMINATED: calendar.add_days(end, 183),
    }
    for region, day in representative.items():
        _check(region_of(day, lc) == region, f"representative day {day} of {region} lies in {region_of(day, lc)}")
    return tuple(sorted(days)), representative


# --- Field domains ------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class DaysAfterEventDate:
    """A date field's value as a number of days after the event's own ``date`` (negative: before it)."""

    days: int


#: Representative values of the plain text fields, by field name: the first is the one the decision classes use.
TEXT_VALUES: dict[str, tuple[str, ...]] = {
    "request_id": ("request-00001",),
    "transfer_id": ("transfer-00001",),
    "regarding": ("data-defect-00001",),
    "document_number": ("N0456123",),
    "document_type": ("passport",),
    # ISO 639-1 and 639-2 English, then Russian, Kazakh and Czech; the decision classes take "en" and "ru".
    "language": ("en", "ru", "eng", "kk", "cs"),
    # The language of the request a response answers, likewise.
    "request_language": ("en", "ru", "eng", "kk", "cs"),
}
#: How many of ``TEXT_VALUES`` the decision classes take, where more than one.
TEXT_CLASSES: dict[str, int] = {"language": 2, "request_language": 2}
#: Representative values of lists of texts, by field name.
TEXT_LIST_VALUES: dict[str, tuple[str, ...]] = {
    "conditions": ("Use only in criminal proceedings no. 4-118/2019", "Do not disclose to third parties"),
    "conditions_on_personal_data": ("Use only in criminal proceedings no. 4-118/2019", "Do not disclose to third parties"),
}
#: Relative days of the date fields other than the event's own ``date``: the rules compare the days until such
#: a date with 0.
RELATIVE_DAYS = (-1, 0, 1)
#: The same for a date that cannot follow the event's own: the request a response answers is made before or on
#: the day of the answer.
RELATIVE_DAYS_NOT_AFTER: dict[str, tuple[int, ...]] = {"request_date": (-1, 0)}
#: Enumerations of more than ``SMALL_ENUM`` members get representative classes instead of all their members.
SMALL_ENUM = 4

ORDINARY_SUBJECT = Subject.SEARCH_FOR_SUSPECTS
SUSPENDED_SUBJECT = Subject.TRAINING
ORDINARY_CATEGORY = DataCategory.IDENTITY
SPECIAL_CATEGORY = DataCategory.HEALTH
#: Representative classes of the large enumerations, as members; a large enumeration missing here stops the
#: generation. Subject: an ordinary one, one under the partial suspension, and one outside the Agreement (Art. 1(2)).
ENUM_CLASSES: dict[type[StrEnum], tuple[StrEnum, ...]] = {
    Subject: (ORDINARY_SUBJECT, SUSPENDED_SUBJECT, Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS),
    Crime: (Crime.DRUG_TRAFFICKING,),
    DataCategory: (ORDINARY_CATEGORY,),
    RefusalGround: (RefusalGround.SECURITY,),
    # No rule asks why data was destroyed: the reason is only recorded (Art. 10, item 6); the others pairwise.
    DestructionReason: (DestructionReason.TERM_REACHED,),
}
#: Representative classes of lists of a large enumeration, where one value and the empty list are not enough.
LIST_CLASSES: dict[type[StrEnum], tuple[tuple[StrEnum, ...], ...]] = {
    DataCategory: ((ORDINARY_CATEGORY,), (SPECIAL_CATEGORY,), (ORDINARY_CATEGORY, SPECIAL_CATEGORY)),
}

#: Decision classes narrowed where a type's full product would go far beyond ``CLASS_BUDGET`` events; the pairwise
#: layer still crosses every value left out here with every other value and every boundary day.
#: - request (2,304 combinations x 7 regions): one actor (the Parties only swap who bears a duty), an addressed
#:   competent authority and a requesting authority its Party named (flags no other request field qualifies), and
#:   one crime (a crime only adds its Art. 2 item; no crime at all is crossed pairwise like every crime) leave 144
#:   combinations;
#: - response (over 100,000 combinations x 7): one actor, one condition set, in English, and of its request the
#:   values that change what is known of it: subject unknown, ordinary, suspended or legal assistance; form unknown
#:   or oral in a case not urgent (content not allowing electronic means); language unknown or Russian not
#:   agreed; day unknown or the response's own (a request made the day before, across every boundary day, is
#:   crossed pairwise) leave 256;
#: - travel document notice (320 x 7): the language not agreed (an agreed one is crossed pairwise) leaves 160;
#: - transfer (1,536 x 7): one actor; purpose one of Art. 10's and "other"; destruction term absent or the next
#:   day (a transfer only asks whether a term is given; the days before the term count in retention reviews)
#:   leave 192.
NARROWED_CLASSES: dict[tuple[str, str], tuple[object, ...]] = {
    ("request", "actor"): (Party.KZ,),
    ("request", "addressed_to_competent_authority"): (True,),
    ("request", "from_designated_authority"): (True,),
    ("request", "crime"): (Crime.DRUG_TRAFFICKING,),
    ("response", "actor"): (Party.KZ,),
    ("response", "conditions"): (("Use only in criminal proceedings no. 4-118/2019",),),
    ("response", "language"): ("en",),
    ("response", "language_agreed"): (False,),
    ("response", "request_subject"): (None, ORDINARY_SUBJECT, SUSPENDED_SUBJECT, Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS),
    ("response", "request_form"): (None, RequestForm.ORAL),
    ("response", "request_urgent"): (False,),
    ("response", "request_content_allows_electronic"): (False,),
    ("response", "request_language"): (None, "ru"),
    ("response", "request_language_agreed"): (False,),
    ("response", "request_date"): (None, DaysAfterEventDate(0)),
    ("response", "subject"): (None,),
    ("response", "contains_personal_data"): (False,),
    ("travel_document_notice", "language_agreed"): (False,),
    ("travel_document_notice", "contains_personal_data"): (False,),
    ("transfer", "actor"): (Party.KZ,),
    ("transfer", "purpose"): (Purpose.SUPPRESSING_CRIMINAL_ACTIVITY, Purpose.OTHER),
    ("transfer", "destruction_term"): (None, DaysAfterEventDate(1), DaysAfterEventDate(-1)),
    ("transfer", "conditions"): ((),),
    ("transfer", "recorded"): (True,),
    ("transfer", "subject"): (None, SUSPENDED_SUBJECT),
}
#: Most events the decision-class layer may give one type (combinations times status regions).
CLASS_BUDGET = 2000


def check_classes() -> None:
    """Check that the representative classes are what they stand for: the ordinary subject is neither suspended nor
    outside the Agreement, the suspended one is in the partial suspension's scope, the special category is special."""
    scope = PARTIAL.scope or ()
    _check(ORDINARY_SUBJECT not in scope, f"{ORDINARY_SUBJECT} must not be in the partial suspension's scope")
    _check(ORDINARY_SUBJECT is not Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS, "the ordinary subject is outside the Agreement")
    _check(SUSPENDED_SUBJECT in scope, f"{SUSPENDED_SUBJECT} must be in the partial suspension's scope")
    _check(SPECIAL_CATEGORY in SPECIAL_CATEGORIES, f"{SPECIAL_CATEGORY} must be a special category (Art. 10 item 2)")
    _check(ORDINARY_CATEGORY not in SPECIAL_CATEGORIES, f"{ORDINARY_CATEGORY} must not be a special category")


@dataclass(frozen=True)
class Domain:
    """The values a corpus gives one field: ``values`` for the pairwise layer, ``classes`` for the decision one."""

    name: str
    values: tuple[object, ...]
    classes: tuple[object, ...]


def _unwrap(annotation: object) -> tuple[object, bool, list[object]]:
    """``annotation`` without ``| None`` and ``Annotated``: the inner type, whether ``None`` is allowed, and the
    ``Annotated`` metadata found on the way (a nested ``FieldInfo`` gives its own metadata)."""
    optional = False
    metadata: list[object] = []
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"a union of several types: {annotation!r}")
        optional = len(inner) < len(args)
        annotation = inner[0]
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *extra = typing.get_args(annotation)
        for item in extra:
            metadata.extend(item.metadata if isinstance(item, FieldInfo) else [item])
    return annotation, optional, metadata


def _min_length(metadata: Iterable[object]) -> int:
    """The ``min_length`` constraint among ``metadata``, 0 without one."""
    found = [m.min_length for m in metadata if isinstance(m, annotated_types.MinLen)]
    return max(found, default=0)


def _is_enum(annotation: object) -> typing.TypeGuard[type[StrEnum]]:
    """True for a closed vocabulary."""
    return isinstance(annotation, type) and issubclass(annotation, StrEnum)


def _enum_classes(enum: type[StrEnum], where: str) -> tuple[StrEnum, ...]:
    """All members of a small enumeration, the representative classes of a large one."""
    members = tuple(enum)
    if len(members) <= SMALL_ENUM:
        return members
    if enum not in ENUM_CLASSES:
        raise TypeError(f"{where}: {enum.__name__} has {len(members)} members and no representative classes in ENUM_CLASSES")
    return ENUM_CLASSES[enum]


def field_domains(model: type[BaseModel]) -> list[Domain]:
    """The domain of every field of an event model, ``type`` and ``id`` apart, in field order (``date`` is a
    placeholder: each set brings its own days). Raises ``TypeError`` naming the model and the field for an
    annotation it has no domain for."""
    domains: list[Domain] = []
    for name, info in model.model_fields.items():
        where = f"{model.__name__}.{name}"
        if name in {"type", "id"}:
            continue
        try:
            inner, optional, metadata = _unwrap(info.annotation)
        except TypeError as exc:
            raise TypeError(f"{where}: no corpus domain for {exc}") from None
        metadata += info.metadata
        values: tuple[object, ...]
        classes: tuple[object, ...]
        if name == "date" and inner is dt.date and not optional:
            values = classes = ()
        elif inner is bool:
            values = classes = (False, True)
        elif _is_enum(inner):
            values, classes = tuple(inner), _enum_classes(inner, where)
        elif inner is dt.date:
            values = classes = tuple(DaysAfterEventDate(d) for d in RELATIVE_DAYS_NOT_AFTER.get(name, RELATIVE_DAYS))
        elif inner is str:
            if name not in TEXT_VALUES:
                raise TypeError(f"{where}: a text field without representative values in TEXT_VALUES")
            values = TEXT_VALUES[name]
            classes = values[: TEXT_CLASSES.get(name, 1)]
        elif typing.get_origin(inner) is tuple and len(args := typing.get_args(inner)) == 2 and args[1] is Ellipsis:
            item, item_optional, _ = _unwrap(args[0])
            empty: tuple[tuple[object, ...], ...] = ((),) if _min_length(metadata) == 0 else ()
            if item_optional:
                raise TypeError(f"{where}: a list of optional items has no corpus domain")
            if _is_enum(item):
                members = tuple(item)
                values = (*empty, *((m,) for m in members), members)
                classes = (*empty, *LIST_CLASSES.get(item, ((_enum_classes(item, where)[0],),)))
            elif item is str:
                if name not in TEXT_LIST_VALUES:
                    raise TypeError(f"{where}: a list of texts without representative values in TEXT_LIST_VALUES")
                texts = TEXT_LIST_VALUES[name]
                values = (*empty, texts[:1], texts)
                classes = (*empty, texts[:1])
            else:
                raise TypeError(f"{where}: no corpus domain for a list of {item!r}")
        else:
            raise TypeError(f"{where}: no corpus domain for the annotation {info.annotation!r}")
        if optional:
            values, classes = (None, *values), (None, *classes)
        domains.append(Domain(name, values, classes))
    return domains


# --- Combinations -------------------------------------------------------------------------------


def covering_array(sizes: Sequence[int]) -> list[tuple[int, ...]]:
    """Rows of value indices, one per parameter of the given domain sizes, in which every pair of values of every two
    parameters occurs at least once (a strength-2 covering array, built greedily and deterministically)."""
    k = len(sizes)
    if k < 2 or 0 in sizes:
        return [tuple(row) for row in itertools.product(*(range(n) for n in sizes))]
    order = sorted(range(k), key=lambda i: (-sizes[i], i))
    # Rows are seeded with the first pair still missing, the pairs of the largest domains first.
    param_pairs = sorted(itertools.combinations(range(k), 2), key=lambda ij: (-sizes[ij[0]] * sizes[ij[1]], ij))
    todo = [(i, a, j, b) for i, j in param_pairs for a in range(sizes[i]) for b in range(sizes[j])]
    uncovered = set(todo)
    rows: list[tuple[int, ...]] = []
    used = [[0] * n for n in sizes]
    cursor = 0
    while uncovered:
        while todo[cursor] not in uncovered:
            cursor += 1
        i, a, j, b = todo[cursor]
        row: dict[int, int] = {i: a, j: b}
        for p in order:
            if p in row:
                continue
            # The value covering most missing pairs; on a tie the one used least so far, so that values spread evenly.
            gains = [
                sum((min(p, q), v if p < q else w, max(p, q), w if p < q else v) in uncovered for q, w in row.items())
                for v in range(sizes[p])
            ]
            row[p] = min(range(sizes[p]), key=lambda v: (-gains[v], used[p][v], v))
        full = tuple(row[p] for p in range(k))
        for p, q in itertools.combinations(range(k), 2):
            uncovered.discard((p, full[p], q, full[q]))
        for p, v in enumerate(full):
            used[p][v] += 1
        rows.append(full)
    return rows


Assignment = dict[str, object]


def pairwise_layer(domains: Sequence[Domain], days: Sequence[dt.date]) -> list[Assignment]:
    """Assignments covering every pair of values of every two fields, the event's date taking every day of ``days``."""
    values = [tuple(days) if d.name == "date" else d.values for d in domains]
    return [
        {d.name: values[p][v] for p, (d, v) in enumerate(zip(domains, row, strict=True))}
        for row in covering_array([len(v) for v in values])
    ]


def class_layer(type_name: str, domains: Sequence[Domain], region_days: Mapping[str, dt.date]) -> list[Assignment]:
    """The full product of every field's decision classes (narrowed by ``NARROWED_CLASSES``), crossed with one day per
    status region. Raises when a type would give more than ``CLASS_BUDGET`` events."""
    values = [
        tuple(region_days[r] for r in REGIONS if r in region_days)
        if d.name == "date"
        else NARROWED_CLASSES.get((type_name, d.name), d.classes)
        for d in domains
    ]
    count = 1
    for v in values:
        count *= len(v)
    if count > CLASS_BUDGET:
        raise ValueError(f"{type_name}: {count} decision-class events, more than {CLASS_BUDGET}; narrow its classes")
    return [dict(zip((d.name for d in domains), combo, strict=True)) for combo in itertools.product(*values)]


# --- Wire format ----------------------------------------------------------------------------------


def _wire(value: object, day: dt.date) -> object:
    """The JSON value of a field's value, a relative day resolved against the event's ``day``."""
    if value is None or isinstance(value, bool | StrEnum):
        return value.value if isinstance(value, StrEnum) else value
    if isinstance(value, str):
        return value
    if isinstance(value, DaysAfterEventDate):
        return calendar.add_days(day, value.days).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_wire(v, day) for v in value]
    raise TypeError(f"no wire form for {value!r}")


def dump_line(event: Mapping[str, object]) -> str:
    """One event as a corpus line: compact JSON with sorted keys."""
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_set(layers: Callable[[str, list[Domain]], Iterable[Assignment]]) -> list[dict[str, object]]:
    """The events of a set, type by type in ``EVENT_MODELS`` order: the assignments ``layers`` gives each type, without
    repeats, numbered ``{type}-{n:05d}`` per type, every field written (``null`` for an absent value). Each event is
    checked with ``parse_event``, which must give back exactly the fields written."""
    events: list[dict[str, object]] = []
    for type_name, model in EVENT_MODELS.items():
        domains = field_domains(model)
        seen: set[str] = set()
        for assignment in layers(type_name, domains):
            day = assignment["date"]
            if not isinstance(day, dt.date):
                raise TypeError(f"{type_name}: no date in {assignment!r}")
            body = {"type": type_name, **{name: _wire(value, day) for name, value in assignment.items()}}
            key = dump_line(body)
            if key in seen:
                continue
            seen.add(key)
            event = {"id": f"{type_name}-{len(seen):05d}", **body}
            parsed = parse_event(event)
            if parsed.model_dump(mode="json") != event:
                raise AssertionError(f"{type_name}: parse_event does not give back every field of {event!r}")
            events.append(event)
    return events


def _jsonl(events: Iterable[Mapping[str, object]]) -> bytes:
    """A set's file: one line per event."""
    return "".join(dump_line(e) + "\n" for e in events).encode("utf-8")


def _lifecycle_json(lifecycle: Lifecycle) -> bytes:
    """A lifecycle's file, in the format of ``examples/lifecycle.json``; checked to read back equal."""
    text = json.dumps(lifecycle.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    if Lifecycle.parse(text) != lifecycle:
        raise AssertionError("the lifecycle does not read back equal")
    return text.encode("utf-8")


def build() -> dict[str, bytes]:
    """Every generated file of the corpus, by file name, with its bytes."""
    check_classes()
    days, region_days = systematic_calendar()

    def systematic(type_name: str, domains: list[Domain]) -> Iterable[Assignment]:
        return [*pairwise_layer(domains, days), *class_layer(type_name, domains, region_days)]

    def presumed(type_name: str, domains: list[Domain]) -> Iterable[Assignment]:
        return pairwise_layer(domains, PRESUMED_DATES)

    def awaiting(type_name: str, domains: list[Domain]) -> Iterable[Assignment]:
        return pairwise_layer(domains, AWAITING_DATES)

    return {
        "examples.jsonl": (EXAMPLES / "events.jsonl").read_bytes(),
        "examples.lifecycle.json": (EXAMPLES / "lifecycle.json").read_bytes(),
        "awaiting_entry_into_force.jsonl": _jsonl(event_set(awaiting)),
        "awaiting_entry_into_force.lifecycle.json": _lifecycle_json(AWAITING_LIFECYCLE),
        "presumed.jsonl": _jsonl(event_set(presumed)),
        "systematic.jsonl": _jsonl(event_set(systematic)),
        "systematic.lifecycle.json": _lifecycle_json(SYSTEMATIC_LIFECYCLE),
    }


def stale(files: Mapping[str, bytes], folder: Path) -> list[str]:
    """The files of ``folder`` that differ from ``files``: changed, missing, or a set or lifecycle file that the
    generation does not give (every ``*.jsonl`` of a corpus folder is a set), in name order."""
    present = {p.name for p in folder.glob("*.jsonl")} | {p.name for p in folder.glob("*.lifecycle.json")}
    out = {name for name in present if name not in files}
    out |= {name for name, data in files.items() if not (folder / name).is_file() or (folder / name).read_bytes() != data}
    return sorted(out)


def write(files: Mapping[str, bytes], folder: Path) -> None:
    """Write ``files`` into ``folder``, creating it if needed."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: write the corpus, or with ``--check`` report stale files; the exit status."""
    parser = argparse.ArgumentParser(description="Generate the systematic event corpus.")
    parser.add_argument(
        "--out", type=Path, default=HERE, help="folder to write into, or to compare with --check (default: this script's folder)"
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 naming the files that differ")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        differing = stale(files, args.out)
        if differing:
            print(f"corpus in {args.out} is out of date: {', '.join(differing)}", file=sys.stderr)
            print("regenerate with: make corpus", file=sys.stderr)
            return 1
        print(f"corpus in {args.out} is up to date")
        return 0
    write(files, args.out)
    for name, data in files.items():
        count = f", {len(data.splitlines())} events" if name.endswith(".jsonl") else ""
        print(f"wrote {args.out / name}{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
