"""Typed events on the wire: parsing, the errors that name each bad field, and the closed vocabularies."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from conftest import EXAMPLE_LINES, WIRE_EVENT_TYPES
from cooperation_rules import (
    EVENT_TYPES,
    Crime,
    DataCategory,
    InvalidEvent,
    Party,
    Purpose,
    RefusalGround,
    Subject,
    event_schema,
    parse_event,
)

WIRE_TYPES = WIRE_EVENT_TYPES

#: One minimal valid event per type (only the required fields).
MINIMAL: dict[str, dict[str, Any]] = {
    "request": {"subject": "training", "form": "written"},
    "response": {"request_id": "r1", "outcome": "fulfilled"},
    "spontaneous_information": {},
    "transfer": {"categories": ["identity"], "purpose": "suppressing_criminal_activity"},
    "use": {"purpose": "related_procedures"},
    "onward_transfer": {"recipient": "third_state"},
    "retention_review": {},
    "data_defect": {"defect": "unreliable"},
    "use_report_request": {},
    "travel_document_notice": {"channel": "direct"},
    "expert_deployment": {},
    "cost_claim": {},
    "suspension_notice": {"ground": "security"},
    "suspension_lifting_notice": {},
    "termination_notice": {},
    "contact_details_change": {},
    "written_confirmation": {"request_id": "r1"},
    "refusal_notice": {"request_id": "r1"},
    "consent": {"transfer_id": "t1", "purpose": "other"},
    "destruction": {"transfer_id": "t1", "reason": "term_reached"},
    "use_report": {"transfer_id": "t1"},
    "correction": {"transfer_id": "t1"},
    "forwarding": {"request_id": "r1"},
    "notification": {"regarding": "e1"},
    "procedures_notification": {},
}


def minimal(event_type: str, **overrides: Any) -> dict[str, Any]:
    return {"type": event_type, "id": f"{event_type}-1", "date": "2026-03-02", "actor": "KZ", **MINIMAL[event_type], **overrides}


def invalid(data: dict[str, Any] | str | bytes) -> InvalidEvent:
    with pytest.raises(InvalidEvent) as info:
        parse_event(data)
    return info.value


# --- Parsing ---------------------------------------------------------------------------------------


def test_event_types_are_the_wire_contract() -> None:
    assert set(EVENT_TYPES) == set(WIRE_TYPES)
    assert len(EVENT_TYPES) == len(WIRE_TYPES)
    assert set(MINIMAL) == set(WIRE_TYPES)


@pytest.mark.parametrize("event_type", WIRE_TYPES)
def test_parse_every_type_from_dict_json_text_and_bytes(event_type: str) -> None:
    data = minimal(event_type)
    text = json.dumps(data)
    event = parse_event(data)
    assert event.type == event_type
    assert event.id == f"{event_type}-1"
    assert event.date == dt.date(2026, 3, 2)
    assert event.actor is Party.KZ
    assert event.counterpart is Party.CZ
    assert parse_event(text) == event
    assert parse_event(text.encode("utf-8")) == event
    assert parse_event(event) is event  # an event passes through
    assert parse_event(event.model_dump(mode="json")) == event


@pytest.mark.parametrize("line", EXAMPLE_LINES, ids=[json.loads(line)["id"] for line in EXAMPLE_LINES])
def test_parse_example_lines(line: str) -> None:
    raw = json.loads(line)
    event = parse_event(line)
    assert event.type == raw["type"]
    assert event.id == raw["id"]
    assert event.date.isoformat() == raw["date"]
    assert event.actor.value == raw["actor"]
    assert parse_event(line.encode()) == parse_event(raw) == event
    # Every field given on the wire is kept, with the same JSON value.
    dumped = event.model_dump(mode="json")
    for key, value in raw.items():
        assert dumped[key] == value, key


def test_examples_cover_every_event_type() -> None:
    assert {json.loads(line)["type"] for line in EXAMPLE_LINES} == set(WIRE_TYPES)


def test_defaults_of_a_request() -> None:
    event = parse_event(minimal("request"))
    dumped = event.model_dump(mode="json")
    assert dumped["urgent"] is False
    assert dumped["language"] == "en"
    assert dumped["crime"] is None


def test_a_date_object_is_accepted() -> None:
    assert parse_event(minimal("cost_claim", date=dt.date(2026, 3, 2))).date == dt.date(2026, 3, 2)


# --- Errors name each bad field ----------------------------------------------------------------


def test_invalid_event_is_a_value_error() -> None:
    assert issubclass(InvalidEvent, ValueError)


def test_unknown_type() -> None:
    err = invalid(minimal("request", type="telegram"))
    assert err.fields == ("type",)
    assert "telegram" in str(err)


def test_missing_type() -> None:
    data = minimal("request")
    del data["type"]
    err = invalid(data)
    assert err.fields == ("type",)
    assert "missing" in str(err)


def test_unknown_field() -> None:
    err = invalid(minimal("request", priority="high"))
    assert err.fields == ("priority",)
    assert "unknown field" in str(err)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("date", "2026-02-30", "impossible date"),
        ("date", "2026-03-02T10:00:00", "2026-03-02T10:00:00"),
        ("date", "2026-03-02 10:00", "YYYY-MM-DD"),
        ("date", "02.03.2026", "YYYY-MM-DD"),
        ("date", 20260302, "YYYY-MM-DD"),
        ("urgent", "yes", "true or false"),
        ("urgent", 1, "true or false"),
        ("actor", "SK", "KZ"),
        ("actor", "kz", "KZ"),
        ("id", "", "at least 1"),
        ("subject", "extradition", "information_on_crimes"),
        ("form", "fax", "written"),
        ("crime", "jaywalking", "organized_crime"),
        ("language", "English", "pattern"),
    ],
)
def test_bad_request_field_is_named(field: str, value: Any, words: str) -> None:
    err = invalid(minimal("request", **{field: value}))
    assert err.fields == (field,)
    assert f"{field}: " in str(err)
    assert words in str(err)


def test_datetime_object_is_not_a_date() -> None:
    err = invalid(minimal("cost_claim", date=dt.datetime(2026, 3, 2, 10, 0)))
    assert err.fields == ("date",)


def test_missing_required_fields_are_all_named() -> None:
    err = invalid({"type": "transfer"})
    assert set(err.fields) == {"id", "date", "actor", "categories", "purpose"}


def test_empty_categories() -> None:
    err = invalid(minimal("transfer", categories=[]))
    assert err.fields == ("categories",)


def test_unknown_category_names_its_position() -> None:
    err = invalid(minimal("transfer", categories=["identity", "shoe_size"]))
    assert err.fields == ("categories.1",)


def test_several_bad_fields_are_all_named() -> None:
    err = invalid(minimal("request", id="", date="2026-02-30", actor="XX", urgent="yes", extra=1))
    assert set(err.fields) == {"id", "date", "actor", "urgent", "extra"}


def test_line_number_is_reported() -> None:
    with pytest.raises(InvalidEvent) as info:
        parse_event("{", line=7)
    assert info.value.line == 7
    assert str(info.value).startswith("line 7: ")


@pytest.mark.parametrize("text", ["{", '{"type": "request",}', "", "not json", b"\xff\xfe\xfa"])
def test_malformed_json(text: str | bytes) -> None:
    err = invalid(text)
    assert err.fields == ("",)
    if text == b"\xff\xfe\xfa":  # bytes that are no text at all
        assert err.codes == ("not_utf8",) and "not UTF-8 text" in str(err)
    else:
        assert err.codes == ("invalid_json",) and "malformed JSON" in str(err)


@pytest.mark.parametrize(("text", "kind"), [("[]", "list"), ('[{"type": "request"}]', "list"), ("42", "int"), ('"x"', "str")])
def test_json_that_is_not_an_object(text: str, kind: str) -> None:
    err = invalid(text)
    assert err.fields == ("",)
    assert "JSON object" in str(err)
    assert kind in str(err)


def test_deeply_nested_json_is_an_invalid_event_not_a_recursion_error() -> None:
    depth = 100_000
    assert invalid("[" * depth + "]" * depth).fields == ("",)
    inside = '{"type": "request", "id": ' + "[" * depth + "]" * depth + "}"
    assert invalid(inside).fields == ("",)
    assert invalid('{"id": ' + "[" * depth).fields == ("",)  # deep and unterminated


# --- Closed vocabularies -----------------------------------------------------------------------


def test_subject_values() -> None:
    assert [s.value for s in Subject] == [
        # Art. 3, items 1 to 8
        "information_on_crimes",
        "planned_crimes",
        "suspicious_transactions",
        "illegal_migration",
        "items_related_to_crimes",
        "new_forms_of_crime",
        "forensic_and_criminological_research",
        "legislation",
        # Art. 4, items 1 to 5
        "search_for_suspects",
        "search_for_missing_persons",
        "search_for_objects",
        "special_investigative_methods",
        "joint_crime_programs",
        # Art. 5 to 8
        "expert_assistance",
        "travel_documents",
        "missing_and_wanted_persons",
        "training",
        # Art. 1(2)
        "legal_assistance_in_criminal_matters",
    ]


def test_crime_values() -> None:
    # Art. 2, items 1 to 15 in order, and "other" because the list says "including".
    assert [c.value for c in Crime] == [
        "organized_crime",
        "terrorism_extremism_financing",
        "crimes_against_health",
        "human_trafficking",
        "child_sexual_abuse",
        "illegal_migration_crime",
        "drug_trafficking",
        "cybercrime",
        "weapons_trafficking",
        "counterfeiting",
        "economic_crime",
        "corruption",
        "cultural_property_trafficking",
        "vehicle_crime",
        "intellectual_property",
        "other",
    ]


def test_purpose_values() -> None:
    assert {p.value for p in Purpose} == {
        "suppressing_criminal_activity",
        "related_procedures",
        "public_order_and_security",
        "other",
    }


SPECIAL = {
    # Art. 10, item 2
    "national_origin",
    "racial_origin",
    "ethnic_origin",
    "political_views",
    "religious_beliefs",
    "philosophical_beliefs",
    "criminal_convictions",
    "health",
    "sexual_life",
}
ORDINARY = {"identity", "contact_details", "travel_document", "financial", "location", "photograph", "other"}


def test_data_category_values_and_special_ones() -> None:
    assert {c.value for c in DataCategory} == SPECIAL | ORDINARY
    assert len(DataCategory) == len(SPECIAL) + len(ORDINARY)
    assert {c.value for c in DataCategory if c.is_special} == SPECIAL


def test_refusal_ground_values() -> None:
    # Art. 9(4): sovereignty, security or other important interests; conflict with national law or international obligations.
    assert {g.value for g in RefusalGround} == {
        "sovereignty",
        "security",
        "other_important_interests",
        "conflict_with_national_law",
        "conflict_with_international_obligations",
    }


def test_party_values() -> None:
    assert {p.value for p in Party} == {"KZ", "CZ"}
    assert Party.KZ.other is Party.CZ
    assert Party.CZ.other is Party.KZ


# --- Schema and models -------------------------------------------------------------------------


def test_event_schema_selects_the_model_by_type() -> None:
    schema = event_schema()
    json.dumps(schema)  # plain JSON
    assert schema["required"] == ["type"]
    assert set(schema["properties"]["type"]["enum"]) == set(WIRE_TYPES)
    mapping = {branch["if"]["properties"]["type"]["const"]: branch["then"]["$ref"] for branch in schema["allOf"]}
    assert set(mapping) == set(WIRE_TYPES)
    assert len(schema["allOf"]) == len(WIRE_TYPES)
    for event_type, ref in mapping.items():
        model = schema["$defs"][ref.removeprefix("#/$defs/")]
        assert model["properties"]["type"]["const"] == event_type
        assert {"type", "id", "date", "actor"} <= set(model["required"])
        assert model["additionalProperties"] is False


def test_event_schema_lists_the_vocabularies() -> None:
    defs = event_schema()["$defs"]
    assert set(defs["Subject"]["enum"]) == {s.value for s in Subject}
    assert set(defs["DataCategory"]["enum"]) == SPECIAL | ORDINARY


@pytest.mark.parametrize("event_type", WIRE_TYPES)
def test_events_are_frozen_and_forbid_extra_fields(event_type: str) -> None:
    event = parse_event(minimal(event_type))
    assert isinstance(event, BaseModel)
    assert event.model_config.get("frozen") is True
    assert event.model_config.get("extra") == "forbid"
    with pytest.raises(ValidationError):
        event.id = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        type(event).model_validate({**minimal(event_type), "surplus": True})
    assert event.id == f"{event_type}-1"


def test_integer_over_the_digit_limit_is_an_invalid_event() -> None:
    text = '{"type": "cost_claim", "id": "a", "date": "2026-01-01", "actor": "KZ", "x": 1' + "0" * 5000 + "}"
    with pytest.raises(InvalidEvent) as info:
        parse_event(text, line=3)
    assert info.value.fields == ("",)
    assert info.value.line == 3
    assert "malformed JSON" in str(info.value)


def test_every_field_of_every_event_has_wrong_values_to_try() -> None:
    """The generated bad input knows every field: a field added without its wrong values would be tried only when
    the generator happens to pick it, and then fail with a KeyError instead of testing anything."""
    from cooperation_rules.model.events import EVENT_MODELS
    from strategies import _wrong_values

    for event_type, model in EVENT_MODELS.items():
        for name in model.model_fields:
            if name != "type":
                assert _wrong_values(name, event_type), (event_type, name)


@pytest.mark.parametrize("event_type", sorted(MINIMAL))
def test_each_wrong_value_to_try_is_refused(event_type: str) -> None:
    """Every wrong value the generator tries, put into a valid event of that type, is refused naming its field: the
    generator itself is right, on every field, not only on those it happens to pick."""
    from cooperation_rules.model.events import EVENT_MODELS
    from strategies import _wrong_values

    for name in EVENT_MODELS[event_type].model_fields:
        if name == "type":
            continue
        for wrong in _wrong_values(name, event_type):
            with pytest.raises(InvalidEvent) as refused:
                parse_event(minimal(event_type, **{name: wrong}))
            assert name in {e.field.split(".")[0].split("[")[0] for e in refused.value.errors}, (event_type, name, wrong)


def test_the_words_of_the_type_and_vocabulary_errors() -> None:
    """What a person reads for an unknown or missing type and for a word outside a field's vocabulary: every word
    the event could have had, each once, separated by commas."""
    from cooperation_rules import EVENT_TYPES, ErrorCode

    listed = ", ".join(EVENT_TYPES)
    assert listed.startswith("request, response, spontaneous_information, ") and listed.count(", ") == len(EVENT_TYPES) - 1
    [unknown] = invalid({**minimal("request"), "type": "requestx"}).errors
    assert (unknown.code, unknown.field) == (ErrorCode.UNKNOWN_EVENT_TYPE, "type")
    assert unknown.to_record("en")["message"] == f"unknown event type 'requestx'; expected one of: {listed}"
    [missing] = invalid({k: v for k, v in minimal("request").items() if k != "type"}).errors
    assert (missing.code, missing.to_record("en")["message"]) == (ErrorCode.MISSING, f"missing; expected one of: {listed}")
    [form] = invalid(minimal("request", form="paper")).errors
    assert (form.code, form.field) == (ErrorCode.NOT_ALLOWED, "form")
    assert form.to_record("en")["message"] == "'paper' is not allowed here; one of: 'written', 'electronic', 'oral'"
    [defect] = invalid(minimal("data_defect", defect="x")).errors
    assert defect.to_record("en")["message"] == "'x' is not allowed here; one of: 'unreliable', 'not_transferable'"


def test_a_value_shown_in_an_error_is_cut_at_sixty_characters() -> None:
    """An error repeats the value it refuses, cut to 60 characters with an ellipsis, so that a huge input is never
    echoed whole: a type of 58 letters is shown whole (60 with its quotes), one of 59 is cut to 59 and "…"."""
    whole = "x" * 58
    [shown] = invalid({**minimal("request"), "type": whole}).errors
    assert shown.to_record("en")["message"].startswith(f"unknown event type '{whole}'; expected")
    [cut] = invalid({**minimal("request"), "type": whole + "y"}).errors
    assert cut.to_record("en")["message"].startswith("unknown event type '" + "x" * 58 + "…; expected")


def test_a_pattern_error_names_the_pattern() -> None:
    from cooperation_rules import ErrorCode

    [error] = invalid(minimal("request", language="EN")).errors
    assert (error.code, error.field) == (ErrorCode.PATTERN_MISMATCH, "language")
    assert error.to_record("en")["message"] == "'EN' does not match the pattern ^[a-z]{2,3}$"


def test_a_value_of_the_wrong_type_is_named_in_its_error() -> None:
    from cooperation_rules import ErrorCode

    [flag] = invalid(minimal("request", urgent="yes")).errors
    assert (flag.code, flag.field) == (ErrorCode.WRONG_TYPE, "urgent")
    assert flag.to_record("en")["message"] == "expected true or false, got 'yes'"
    [text] = invalid(minimal("request", language=5)).errors
    assert text.to_record("en")["message"] == "expected a text, got 5"


def test_a_text_too_short_or_too_long_names_its_limit() -> None:
    from cooperation_rules import ErrorCode

    [empty] = invalid(minimal("request", id="")).errors
    assert (empty.code, empty.field, empty.to_record("en")["message"]) == (ErrorCode.TOO_SHORT, "id", "too short: at least 1")
    [long] = invalid(minimal("request", id="x" * 257)).errors
    assert (long.code, long.field, long.to_record("en")["message"]) == (ErrorCode.TOO_LONG, "id", "too long: at most 256")
    assert long.to_record("ru")["message"] == "слишком длинно: не более 256"
    [blank] = invalid(minimal("transfer", conditions=[""])).errors
    assert (blank.field, blank.to_record("en")["message"]) == ("conditions.0", "too short: at least 1")


def test_a_lone_surrogate_is_named_where_it_is_value_or_key() -> None:
    """JSON can escape half a surrogate pair (``\\ud800``), which no UTF-8 text can carry: the fault is ``not_utf8``
    at the field holding it, or at the key itself (written escaped), never a wrong type of the whole record."""
    from cooperation_rules import ErrorCode

    request = json.dumps(minimal("request"))[:-1]
    [value] = invalid(request.replace('"id": "request-1"', '"id": "a\\ud800"') + "}").errors
    assert (value.code, value.field) == (ErrorCode.NOT_UTF8, "id")
    assert value.to_record("en")["message"] == (
        "not text UTF-8 can write: 'a\\ud800' holds a lone surrogate (an escape from \\ud800 to \\udfff)"
    )
    [key] = invalid(request + ', "\\udc00x": 1}').errors
    assert (key.code, key.field) == (ErrorCode.NOT_UTF8, "\\udc00x")
    assert key.to_record("en")["message"] == (
        "a key is not text UTF-8 can write: it holds a lone surrogate (an escape from \\ud800 to \\udfff)"
    )


def test_a_key_with_a_lone_surrogate_is_named_only_for_the_fault_it_causes() -> None:
    """The validator blames the whole record for such a key (and reports nothing else of it, so the key is the one
    fault told); a record with no type is told it has none, whatever its keys."""
    from cooperation_rules import ErrorCode

    [missing] = invalid('{"\\ud800": 1}').errors
    assert (missing.code.value, missing.field) == ("missing", "type")
    [key] = invalid(json.dumps({**minimal("request"), "form": "carrier pigeon"})[:-1] + ', "\\udc00": 1}').errors
    assert (key.code, key.field) == (ErrorCode.NOT_UTF8, "\\udc00")
