"""The event corpus of tests/corpus/: up to date with its generator, well formed, and covering what it claims.

The coverage is recomputed from the events themselves: the domains come from the event models, the boundary
days from each set's lifecycle file, the status regions from the library's status of the Agreement on each day.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import shutil
import subprocess
import sys
import types
import typing
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import annotated_types
import pytest
from pydantic import BaseModel, Field
from pydantic.fields import FieldInfo

from cooperation_rules import EVENT_TYPES, Agreement, AgreementStatus, Lifecycle, Subject, parse_event
from cooperation_rules.model.events import EVENT_MODELS, CostClaim, Event
from cooperation_rules.model.vocabulary import SPECIAL_CATEGORIES, DataCategory, SuspensionGround
from cooperation_rules.rulebook.facts import Timeline

CORPUS = Path(__file__).resolve().parent / "corpus"
GENERATOR = CORPUS / "generate.py"
ROOT = CORPUS.parents[1]
SIGNATURE = dt.date(2017, 11, 23)
#: The sets the generator writes (the others are copies).
GENERATED_SETS = ("awaiting_entry_into_force", "presumed", "systematic")
#: Status regions of a day; ``in_force`` is split by what is suspended that day.
REGIONS = (
    "before_signature",
    "signed_not_in_force",
    "in_force",
    "partially_suspended",
    "suspended",
    "unlawfully_suspended",
    "terminated",
)
#: Decision classes the generator narrows (tests/corpus/README.md), written out independently of the generator:
#: the product of decision classes is checked with these fields taking only these classes.
NARROWED: dict[tuple[str, str], tuple[object, ...]] = {
    ("request", "actor"): ("KZ",),
    ("request", "addressed_to_competent_authority"): (True,),
    ("request", "from_designated_authority"): (True,),
    ("request", "crime"): ("given",),
    ("response", "actor"): ("KZ",),
    ("response", "conditions"): ("listed",),
    ("response", "language"): ("english",),
    ("response", "language_agreed"): (False,),
    ("response", "request_subject"): (None, "ordinary", "suspended", "outside"),
    ("response", "request_form"): (None, "oral"),
    ("response", "request_urgent"): (False,),
    ("response", "request_content_allows_electronic"): (False,),
    ("response", "request_language"): (None, "other"),
    ("response", "request_language_agreed"): (False,),
    ("response", "request_date"): (None, "same day"),
    ("response", "subject"): (None,),
    ("response", "contains_personal_data"): (False,),
    ("travel_document_notice", "language_agreed"): (False,),
    ("travel_document_notice", "contains_personal_data"): (False,),
    ("transfer", "actor"): ("KZ",),
    ("transfer", "purpose"): ("suppressing_criminal_activity", "other"),
    ("transfer", "destruction_term"): (None, "after", "before"),
    ("transfer", "conditions"): ("empty",),
    ("transfer", "recorded"): (True,),
    ("transfer", "subject"): (None, "suspended"),
}


# --- Reading the corpus ---------------------------------------------------------------------------


def _load_generator() -> types.ModuleType:
    """The generator script, imported from its file."""
    spec = importlib.util.spec_from_file_location("corpus_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> types.ModuleType:
    """The imported generator."""
    return _load_generator()


def corpus_files(folder: Path) -> dict[str, bytes]:
    """The set and lifecycle files of a corpus folder, by name, with their bytes."""
    paths = [*folder.glob("*.jsonl"), *folder.glob("*.lifecycle.json")]
    return {p.name: p.read_bytes() for p in sorted(paths)}


@dataclass(frozen=True)
class EventSet:
    """One set of the committed corpus: its name, its lines, its parsed events and its lifecycle (or none)."""

    name: str
    lines: tuple[str, ...]
    events: tuple[Event, ...]
    lifecycle: Lifecycle | None


def _read_sets() -> dict[str, EventSet]:
    """Every set of the committed corpus, by name, each line parsed with ``parse_event``."""
    sets: dict[str, EventSet] = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        name = path.name.removesuffix(".jsonl")
        lines = tuple(path.read_text(encoding="utf-8").splitlines())
        events = tuple(parse_event(line, line=n) for n, line in enumerate(lines, start=1))
        lifecycle_path = CORPUS / f"{name}.lifecycle.json"
        lifecycle = Lifecycle.from_file(lifecycle_path) if lifecycle_path.exists() else None
        sets[name] = EventSet(name, lines, events, lifecycle)
    return sets


@pytest.fixture(scope="module")
def sets() -> dict[str, EventSet]:
    """The committed sets, read once."""
    return _read_sets()


# --- Domains, boundaries and regions, recomputed from the models and the lifecycle ----------------


def _unwrap(annotation: object) -> tuple[object, bool, list[object]]:
    """The type inside ``| None`` and ``Annotated``, whether ``None`` is allowed, and the metadata on the way."""
    optional = False
    metadata: list[object] = []
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        optional = type(None) in args
        (annotation,) = [a for a in args if a is not type(None)]
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *extra = typing.get_args(annotation)
        for item in extra:
            metadata.extend(item.metadata if isinstance(item, FieldInfo) else [item])
    return annotation, optional, metadata


def _is_enum(annotation: object) -> typing.TypeGuard[type[StrEnum]]:
    """True for a closed vocabulary."""
    return isinstance(annotation, type) and issubclass(annotation, StrEnum)


def closed_fields(model: type[BaseModel]) -> dict[str, tuple[object, ...]]:
    """The yes/no and vocabulary fields of a model (``actor`` included), each with every value it can take as it is
    written on the wire (``None`` for an optional field)."""
    out: dict[str, tuple[object, ...]] = {}
    for name, info in model.model_fields.items():
        inner, optional, _ = _unwrap(info.annotation)
        if inner is bool:
            values: tuple[object, ...] = (False, True)
        elif _is_enum(inner):
            values = tuple(m.value for m in inner)
        else:
            continue
        out[name] = (None, *values) if optional else values
    return out


def vocabulary_lists(model: type[BaseModel]) -> dict[str, tuple[str, ...]]:
    """The list fields of a model whose items are members of a vocabulary, with every member."""
    out: dict[str, tuple[str, ...]] = {}
    for name, info in model.model_fields.items():
        inner, _, _ = _unwrap(info.annotation)
        if typing.get_origin(inner) is tuple and _is_enum(item := typing.get_args(inner)[0]):
            out[name] = tuple(m.value for m in item)
    return out


def boundary_days(event_set: EventSet) -> frozenset[dt.date]:
    """The days every value must meet: for a set with a lifecycle, the day before, of and after signature, entry
    into force, each suspension taking and ceasing to take effect and termination, and each day a notice is
    received; for a set without one, its own days, which must be the day before signature, the day of signature,
    the days before and of the published entry into force (1 September 2018) and one later day."""
    lc = event_set.lifecycle
    if lc is None:
        own = frozenset(e.date for e in event_set.events)
        edges = {SIGNATURE - dt.timedelta(days=1), SIGNATURE, dt.date(2018, 8, 31), dt.date(2018, 9, 1)}
        later = own - edges
        assert edges <= own and len(own) == 5 and len(later) == 1 and min(later) > dt.date(2018, 9, 1), sorted(own)
        return own
    edges = {SIGNATURE, lc.entry_into_force, lc.termination_date}
    for s in lc.suspensions:
        edges |= {s.effective_from, s.effective_until}
    days = {d + dt.timedelta(days=k) for d in edges if d is not None for k in (-1, 0, 1)}
    days |= set(lc.notifications_received)
    days |= {s.notice_received for s in lc.suspensions}
    days |= {s.lifted_notice_received for s in lc.suspensions if s.lifted_notice_received is not None}
    if lc.termination_notice_received is not None:
        days.add(lc.termination_notice_received)
    return frozenset(days)


def region(day: dt.date, lifecycle: Lifecycle | None) -> str:
    """The status region of ``day``: the library's status of the Agreement, ``in_force`` split into partially
    suspended, during a suspension on a ground Art. 17 does not allow, and plainly in force."""
    if lifecycle is None:
        return {
            AgreementStatus.BEFORE_SIGNATURE: "before_signature",
            AgreementStatus.NOT_IN_FORCE: "not_in_force",
            AgreementStatus.IN_FORCE: "in_force",
        }[Timeline(None, Agreement.bundled()).on(day)[0]]
    status = lifecycle.status_on(day)
    if status is not AgreementStatus.IN_FORCE:
        return {
            AgreementStatus.BEFORE_SIGNATURE: "before_signature",
            AgreementStatus.NOT_IN_FORCE: "signed_not_in_force",
            AgreementStatus.SUSPENDED: "suspended",
            AgreementStatus.TERMINATED: "terminated",
        }[status]
    if lifecycle.suspended_subjects_on(day):
        return "partially_suspended"
    for s in lifecycle.suspensions:
        until = s.effective_until
        if s.ground is SuspensionGround.OTHER and s.effective_from <= day and (until is None or day < until):
            return "unlawfully_suspended"
    return "in_force"


def wire(event: Event) -> dict[str, object]:
    """An event as written on the wire."""
    return event.model_dump(mode="json")


def by_type(event_set: EventSet) -> dict[str, list[Event]]:
    """The events of a set grouped by type."""
    out: dict[str, list[Event]] = defaultdict(list)
    for e in event_set.events:
        out[e.type].append(e)
    return out


def generated(sets: dict[str, EventSet]) -> Iterator[EventSet]:
    """The generated sets."""
    for name in GENERATED_SETS:
        yield sets[name]


# --- Up to date -------------------------------------------------------------------------------------


def test_committed_corpus_is_a_fresh_generation(generator: types.ModuleType, tmp_path: Path) -> None:
    generator.write(generator.build(), tmp_path)
    fresh, committed = corpus_files(tmp_path), corpus_files(CORPUS)
    assert sorted(committed) == sorted(fresh), "extra or missing corpus files; regenerate with make corpus"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale corpus files {stale}; regenerate with make corpus"
    assert set(fresh) == {f"{s}.jsonl" for s in (*GENERATED_SETS, "examples")} | {
        "awaiting_entry_into_force.lifecycle.json",
        "systematic.lifecycle.json",
        "examples.lifecycle.json",
    }


def test_generation_is_deterministic(generator: types.ModuleType) -> None:
    assert generator.build() == generator.build()


def test_examples_are_byte_for_byte_copies() -> None:
    assert (CORPUS / "examples.jsonl").read_bytes() == (ROOT / "examples" / "events.jsonl").read_bytes()
    assert (CORPUS / "examples.lifecycle.json").read_bytes() == (ROOT / "examples" / "lifecycle.json").read_bytes()


def test_check_reports_stale_missing_and_stray_files_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    up_to_date = subprocess.run(
        [sys.executable, str(GENERATOR), "--check", "--out", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert up_to_date.returncode == 0, up_to_date.stderr

    systematic = tmp_path / "systematic.jsonl"
    edited = systematic.read_bytes().replace(b'"actor":"KZ"', b'"actor":"CZ"', 1)
    systematic.write_bytes(edited)
    (tmp_path / "presumed.jsonl").unlink()
    (tmp_path / "stray.jsonl").write_text("{}\n", encoding="utf-8")
    before = corpus_files(tmp_path)
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--check", "--out", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    for name in ("systematic.jsonl", "presumed.jsonl", "stray.jsonl"):
        assert name in result.stderr
    for name in ("examples.jsonl", "systematic.lifecycle.json"):
        assert name not in result.stderr
    assert corpus_files(tmp_path) == before


# --- Well formed ------------------------------------------------------------------------------------


def test_every_set_parses_with_unique_ids_and_a_loadable_lifecycle(sets: dict[str, EventSet]) -> None:
    assert set(sets) == {*GENERATED_SETS, "examples"}
    for event_set in sets.values():
        assert event_set.events, event_set.name
        ids = [e.id for e in event_set.events]
        assert len(ids) == len(set(ids)), f"{event_set.name}: repeated ids"
    assert sets["systematic"].lifecycle is not None
    assert sets["examples"].lifecycle is not None
    assert sets["presumed"].lifecycle is None
    awaiting = sets["awaiting_entry_into_force"].lifecycle
    assert awaiting is not None and awaiting.entry_into_force is None  # one notification: never in force


def test_generated_lines_are_canonical_complete_and_numbered_per_type(sets: dict[str, EventSet]) -> None:
    for event_set in generated(sets):
        counters: dict[str, int] = defaultdict(int)
        seen: set[str] = set()
        for line, event in zip(event_set.lines, event_set.events, strict=True):
            data = json.loads(line)
            assert line == json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            assert data == wire(event), f"{event_set.name}: {event.id} does not write every field"
            counters[event.type] += 1
            assert event.id == f"{event.type}-{counters[event.type]:05d}"
            body = json.dumps({k: v for k, v in data.items() if k != "id"}, sort_keys=True)
            assert body not in seen, f"{event_set.name}: {event.id} repeats an earlier event"
            seen.add(body)


def test_systematic_lifecycle_has_every_kind_of_period_in_order(sets: dict[str, EventSet]) -> None:
    lc = sets["systematic"].lifecycle
    assert lc is not None and lc.entry_into_force is not None and lc.termination_date is not None
    assert lc.termination_notice_received is not None
    assert len(lc.notifications_received) == 2
    kinds = [(s.lawful, s.whole, s.lifted_notice_received is not None) for s in lc.suspensions]
    assert (True, False, True) in kinds  # lawful partial suspension, lifted
    assert (True, True, True) in kinds  # lawful suspension of the whole Agreement, lifted
    assert any(s.ground is SuspensionGround.OTHER for s in lc.suspensions)
    # The dates written out from the Agreement, not taken from the library's calendar: entry into force on the first
    # day of the second month after the last notification (Art. 18(1)); a suspension and its lifting take effect
    # fifteen days after the notice is received (Art. 17); termination six months after receipt, 31 August giving
    # the leap day 29 February (Art. 18(2)).
    assert lc.entry_into_force == dt.date(2019, 2, 1)
    assert [(s.effective_from, s.effective_until) for s in lc.suspensions] == [
        (dt.date(2020, 4, 4), dt.date(2021, 6, 16)),
        (dt.date(2022, 3, 1), dt.date(2022, 12, 15)),
        (dt.date(2024, 2, 15), dt.date(2024, 10, 15)),
    ]
    end = lc.termination_date
    assert end == dt.date(2028, 2, 29), "termination should fall on a leap day"
    chain: list[dt.date] = [SIGNATURE, *sorted(lc.notifications_received), lc.entry_into_force]
    for s in lc.suspensions:
        assert s.effective_until is not None
        chain += [s.notice_received, s.effective_from, s.effective_until]
    chain += [lc.termination_notice_received, end]
    assert chain == sorted(chain), "periods overlap or are out of order"


# --- Coverage ---------------------------------------------------------------------------------------


def test_every_event_type_appears_in_every_generated_set(sets: dict[str, EventSet]) -> None:
    for event_set in generated(sets):
        assert set(by_type(event_set)) == set(EVENT_TYPES), event_set.name


def test_every_vocabulary_value_appears(sets: dict[str, EventSet]) -> None:
    for event_set in generated(sets):
        groups = by_type(event_set)
        for type_name, model in EVENT_MODELS.items():
            events = [wire(e) for e in groups[type_name]]
            for name, values in closed_fields(model).items():
                missing = set(values) - {e[name] for e in events}
                assert not missing, f"{event_set.name}/{type_name}.{name}: {missing} never appear"
            for name, members in vocabulary_lists(model).items():
                unlisted = set(members) - {m for e in events for m in typing.cast(list[str], e[name] or [])}
                assert not unlisted, f"{event_set.name}/{type_name}.{name}: {unlisted} never listed"


def test_every_value_meets_every_boundary_day(sets: dict[str, EventSet]) -> None:
    for event_set in generated(sets):
        boundaries = boundary_days(event_set)
        groups = by_type(event_set)
        for type_name, model in EVENT_MODELS.items():
            events = groups[type_name]
            missing_days = boundaries - {e.date for e in events}
            assert not missing_days, f"{event_set.name}/{type_name}: no event on {sorted(missing_days)}"
            met = {(e.date, name, wire(e)[name]) for e in events for name in closed_fields(model)}
            for name, values in closed_fields(model).items():
                missing = [(d, v) for d in sorted(boundaries) for v in values if (d, name, v) not in met]
                assert not missing, f"{event_set.name}/{type_name}.{name}: pairs (day, value) never met: {missing[:5]}"


def test_every_status_region_appears_for_every_type(sets: dict[str, EventSet]) -> None:
    expected = {
        "systematic": set(REGIONS),
        "presumed": {"before_signature", "not_in_force", "in_force"},
        "awaiting_entry_into_force": {"before_signature", "signed_not_in_force"},
    }
    for event_set in generated(sets):
        for type_name, events in by_type(event_set).items():
            found = {region(e.date, event_set.lifecycle) for e in events}
            assert found == expected[event_set.name], f"{event_set.name}/{type_name}: regions {sorted(found)}"


def test_every_pair_of_closed_values_appears(sets: dict[str, EventSet]) -> None:
    for event_set in generated(sets):
        groups = by_type(event_set)
        for type_name, model in EVENT_MODELS.items():
            fields = closed_fields(model)
            assert "actor" in fields
            seen: set[tuple[str, object, str, object]] = set()
            for event in groups[type_name]:
                data = wire(event)
                for a, b in itertools.combinations(fields, 2):
                    seen.add((a, data[a], b, data[b]))
            for a, b in itertools.combinations(fields, 2):
                missing = [(x, y) for x in fields[a] for y in fields[b] if (a, x, b, y) not in seen]
                assert not missing, f"{event_set.name}/{type_name}: ({a}, {b}) pairs never met: {missing[:5]}"


def _decision_class(model: type[BaseModel], name: str, event: Event, suspended: frozenset[Subject]) -> object:
    """The decision class of one field's value in ``event``: the value itself for a yes/no flag or a small
    vocabulary, otherwise the class it stands for."""
    value = getattr(event, name)
    if value is None:
        return None
    inner, _, _ = _unwrap(model.model_fields[name].annotation)
    if inner is bool:
        return value
    if _is_enum(inner):
        if len(inner) <= 4:
            return value.value
        if inner is Subject:
            if value is Subject.LEGAL_ASSISTANCE_IN_CRIMINAL_MATTERS:
                return "outside"
            return "suspended" if value in suspended else "ordinary"
        return "given"
    if inner is dt.date:
        days = (value - event.date).days
        return "before" if days < 0 else "same day" if days == 0 else "after"
    if inner is str:
        if name in {"language", "request_language"}:
            return "english" if value in {"en", "eng"} else "other"
        return "given"
    if typing.get_origin(inner) is tuple:
        if typing.get_args(inner)[0] is DataCategory:
            special = {c in SPECIAL_CATEGORIES for c in value}
            return "both" if special == {True, False} else "special" if True in special else "ordinary"
        return "listed" if value else "empty"
    raise AssertionError(f"{model.__name__}.{name}: no decision class for {inner!r}")


def _decision_classes(model: type[BaseModel], name: str) -> tuple[object, ...]:
    """Every decision class of a field (the classes ``_decision_class`` gives)."""
    info = model.model_fields[name]
    inner, optional, metadata = _unwrap(info.annotation)
    metadata += info.metadata
    if inner is bool:
        classes: tuple[object, ...] = (False, True)
    elif _is_enum(inner):
        classes = (
            tuple(m.value for m in inner)
            if len(inner) <= 4
            else ("ordinary", "suspended", "outside")
            if inner is Subject
            else ("given",)
        )
    elif inner is dt.date:
        classes = ("before", "same day", "after")
    elif inner is str:
        classes = ("english", "other") if name in {"language", "request_language"} else ("given",)
    elif typing.get_origin(inner) is tuple:
        non_empty = any(isinstance(m, annotated_types.MinLen) and m.min_length > 0 for m in metadata)
        if typing.get_args(inner)[0] is DataCategory:
            classes = ("ordinary", "special", "both")
        else:
            classes = ("listed",) if non_empty else ("empty", "listed")
    else:
        raise AssertionError(f"{model.__name__}.{name}: no decision class for {inner!r}")
    return (None, *classes) if optional else classes


def test_full_product_of_decision_classes_meets_every_status_region(sets: dict[str, EventSet]) -> None:
    event_set = sets["systematic"]
    lc = event_set.lifecycle
    assert lc is not None
    suspended = frozenset(s for sus in lc.suspensions if sus.scope is not None for s in sus.scope)
    groups = by_type(event_set)
    for type_name, model in EVENT_MODELS.items():
        names = [n for n in model.model_fields if n not in {"type", "id", "date"}]
        seen = {(region(e.date, lc), *(_decision_class(model, n, e, suspended) for n in names)) for e in groups[type_name]}
        domains = [NARROWED.get((type_name, n), _decision_classes(model, n)) for n in names]
        missing = [combo for combo in itertools.product(REGIONS, *domains) if combo not in seen]
        assert not missing, f"{type_name} ({', '.join(names)}): {len(missing)} combinations missing, e.g. {missing[:3]}"


# --- The generator fails loudly -------------------------------------------------------------------


class _Level(StrEnum):
    ONE = "one"
    TWO = "two"
    THREE = "three"
    FOUR = "four"
    FIVE = "five"


class _WithNumber(CostClaim):
    weight: float = 0.0


class _WithText(CostClaim):
    remark: str = "x"


class _WithLargeVocabulary(CostClaim):
    level: _Level = _Level.ONE


class _WithTextList(CostClaim):
    remarks: tuple[str, ...] = Field(default=())


@pytest.mark.parametrize(
    ("model", "field"),
    [(_WithNumber, "weight"), (_WithText, "remark"), (_WithLargeVocabulary, "level"), (_WithTextList, "remarks")],
)
def test_generator_refuses_a_field_it_has_no_domain_for(generator: types.ModuleType, model: type[BaseModel], field: str) -> None:
    with pytest.raises(TypeError, match=rf"{model.__name__}\.{field}\b"):
        generator.field_domains(model)


def test_generator_gives_every_field_of_every_event_type_a_domain(generator: types.ModuleType) -> None:
    for type_name, model in EVENT_MODELS.items():
        names = [d.name for d in generator.field_domains(model)]
        assert names == [n for n in model.model_fields if n not in {"type", "id"}], type_name
