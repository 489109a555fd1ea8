"""Item 13 (answers): a citation shared by every evaluation of a rulebook cannot be changed through its ``__dict__``."""

from __future__ import annotations

import copy
import pickle

import pytest

from conftest import EXAMPLES
from cooperation_rules import Rulebook


def test_a_shared_citation_refuses_a_change_through_its_dict() -> None:
    rb = Rulebook.load()
    line = (EXAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines()[0]
    citation = rb.evaluate(line).citations[0]
    text = citation.text
    with pytest.raises(TypeError, match="shared by every evaluation"):
        citation.__dict__["text"] = "forged"
    with pytest.raises(TypeError):
        citation.__dict__.update(text="forged")
    assert rb.evaluate(line).citations[0].text == text
    # copies are the caller's own, and equal
    assert copy.deepcopy(citation) == citation == pickle.loads(pickle.dumps(citation))
    assert citation.model_copy(update={"text": "mine"}).text == "mine"
    assert rb.evaluate(line).citations[0].text == text
