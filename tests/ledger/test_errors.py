"""The ledger's errors: English in ``str``, the reader's language in ``localized``, whole across processes."""

from __future__ import annotations

import pickle

import pytest

import cooperation_rules as cr
from cooperation_rules.ledger.stores import open_store


def test_an_unknown_reference_names_the_event_the_field_and_the_reference_in_four_languages() -> None:
    error = cr.UnknownReference("u1", "transfer_id", "t9")
    assert str(error) == "event 'u1', field 'transfer_id': no event 't9' is recorded in the ledger"
    assert error.localized() == error.localized("en") == str(error)
    assert error.localized("ru") == "событие 'u1', поле 'transfer_id': событие 't9' не взято на учет в журнале"
    assert error.localized("cs") == "událost 'u1', pole 'transfer_id': událost 't9' není v knize zaznamenána"
    assert error.localized("kk") == "'u1' оқиғасы, 'transfer_id' өрісі: 't9' оқиғасы журналда есепке алынбаған"
    assert (error.event_id, error.field, error.reference, error.code) == ("u1", "transfer_id", "t9", "unknown_reference")


def test_a_ledger_error_crosses_a_process_boundary_whole() -> None:
    for error in (
        cr.UnknownReference("u1", "transfer_id", "t9"),
        cr.LedgerError(
            "unknown ledger address %(address)s: expected :memory:, sqlite:///path.db or a file path", address="'x://'"
        ),
        cr.ConflictingEvent(
            "event %(event)s is already recorded with a different content; the ledger is append-only", event="'e'"
        ),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert (str(again), again.localized("cs"), again.__dict__) == (str(error), error.localized("cs"), error.__dict__)


def test_an_address_of_another_kind_is_refused_in_the_language_asked() -> None:
    with pytest.raises(cr.LedgerError) as refused:
        open_store("mysql://db")
    assert str(refused.value) == "unknown ledger address 'mysql://db': expected :memory:, sqlite:///path.db or a file path"
    assert refused.value.localized("cs") == (
        "neznámá adresa knihy 'mysql://db': očekává se :memory:, sqlite:///path.db nebo cesta k souboru"
    )


def test_a_recorded_event_named_as_the_wrong_kind_is_refused_in_the_language_asked() -> None:
    request = {"type": "request", "id": "r1", "date": "2026-03-02", "actor": "CZ", "subject": "training", "form": "written"}
    use = {"type": "use", "id": "u1", "date": "2026-03-03", "actor": "KZ", "transfer_id": "r1",
           "purpose": "suppressing_criminal_activity"}  # fmt: skip
    with cr.Ledger.open(":memory:") as ledger:
        ledger.record(request)
        with pytest.raises(cr.InconsistentReference) as refused:
            ledger.record(use)
    assert str(refused.value) == "event 'u1', field 'transfer_id': 'r1' is a request, not a transfer"
    russian = "событие 'u1', поле 'transfer_id': 'r1' является request, а не передачей"  # noqa: RUF001 - Russian
    assert refused.value.localized("ru") == russian
