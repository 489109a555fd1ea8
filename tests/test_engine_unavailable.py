"""An engine that cannot run says why and what to use instead, in the language asked: the reason durable-rules
cannot be imported, or the rules it cannot hold, filled into a catalog message (Russian, Czech, Kazakh), English
in ``str``; the error crosses process boundaries whole, and the command line prints it in its ``--locale``."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

import cooperation_rules as cr
from conftest import crowded_rules
from cooperation_rules import cli
from cooperation_rules.engines.durable_rules import DurableEngine

_REQUEST = (
    '{"type":"request","id":"r1","date":"2019-02-11","actor":"KZ","subject":"search_for_suspects",'
    '"form":"written","crime":"drug_trafficking"}'
)


@pytest.fixture
def without_durable(monkeypatch: pytest.MonkeyPatch) -> None:
    """durable-rules made unimportable, as on an interpreter it does not build for."""
    monkeypatch.setitem(sys.modules, "durable", None)
    monkeypatch.setitem(sys.modules, "durable.engine", None)


def _unimportable() -> cr.EngineUnavailable:
    with pytest.raises(cr.EngineUnavailable) as raised:
        cr.Rulebook.load(engine="durable").evaluate(cr.parse_event(_REQUEST))
    return raised.value


@pytest.mark.usefixtures("without_durable")
@pytest.mark.parametrize(
    ("locale", "start", "advice"),
    [
        ("en", "the durable-rules engine cannot be imported here (", "which reaches the same decisions"),
        ("ru", "движок durable-rules здесь не импортируется (", "который приходит к тем же решениям"),
        ("cs", "stroj durable-rules zde nelze importovat (", "který dospěje ke stejným rozhodnutím"),
        ("kk", "durable-rules қозғалтқышы мұнда импортталмайды (", "дәл сондай шешімдерге келетін engine='python' пайдаланыңыз"),
    ],
)
def test_an_engine_that_cannot_be_imported_says_so_in_the_language_asked(locale: str, start: str, advice: str) -> None:
    error = _unimportable()
    words = error.localized(locale)
    assert words.startswith(start) and words.endswith(advice)
    assert "pip install 'cooperation-rules[durable]'" in words
    assert "import of durable.engine halted; None in sys.modules" in words  # the reason, as Python gives it
    assert str(error).startswith("the durable-rules engine cannot be imported here (")


def test_rules_past_the_engines_limit_are_named_with_their_count_in_each_language() -> None:
    with pytest.raises(cr.EngineUnavailable) as raised:
        DurableEngine(crowded_rules(300))
    error = raised.value
    assert str(error) == (
        "the durable-rules engine holds at most 256 rules per event type; cost_claim has 300; "
        "use engine='python', which has no such limit"
    )
    assert error.localized("ru") == (
        "движок durable-rules вмещает не более 256 правил на тип события; у cost_claim их 300; "  # noqa: RUF001
        "используйте engine='python', у которого такого ограничения нет"  # noqa: RUF001
    )
    assert error.localized("cs").startswith(
        "stroj durable-rules pojme nejvýše 256 pravidel na typ události; cost_claim jich má 300;"
    )
    assert error.localized("kk").startswith("durable-rules қозғалтқышы оқиғаның бір түріне ең көбі 256 қағида")  # noqa: RUF001


def test_the_error_crosses_processes_whole() -> None:
    with pytest.raises(cr.EngineUnavailable) as raised:
        DurableEngine(crowded_rules(257))
    again = pickle.loads(pickle.dumps(raised.value))
    assert type(again) is cr.EngineUnavailable
    assert str(again) == str(raised.value)
    assert again.localized("ru") == raised.value.localized("ru")
    assert "у cost_claim их 257" in again.localized("ru")  # noqa: RUF001


@pytest.mark.usefixtures("without_durable")
@pytest.mark.parametrize(
    ("locale", "start"),
    [
        ("ru", "cooperation-rules: ошибка: движок durable-rules здесь не импортируется ("),
        ("cs", "cooperation-rules: chyba: stroj durable-rules zde nelze importovat ("),
    ],
)
def test_the_command_line_prints_it_in_its_language(
    locale: str, start: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(_REQUEST + "\n", encoding="utf-8")
    status = cli.main(["evaluate", "--engine", "durable", "--locale", locale, str(events)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(start), err
    assert err.count("\n") == 1 and "Traceback" not in err
