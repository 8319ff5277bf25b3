"""Workshop scenarios: every shipped file is valid, its figures are the engine's, and bad files are named."""

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from app import config
from app.cli import main
from app.services.export_service import ExportService
from app.storage.db import open_database
from app.storage.repositories import Store
from app.workshop import library
from app.workshop.build import build_scenario, check_moments, figure
from app.workshop.scenario import Expect, ScenarioError, parse_scenario

SHIPPED = library.shipped()


def test_at_least_six_scenarios_ship():
    assert {p.stem for p in SHIPPED} >= {"student-phone", "minimum-trap", "limit-creep", "three-due-dates",
                                          "pay-in-4-stacking", "quick-loan"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenario_figures_are_the_engines(path, tmp_path):
    scenario = library.load_file(path)
    assert scenario.id == path.stem and scenario.moments
    for text in (scenario.title, scenario.summary, scenario.persona.name, scenario.persona.situation,
                 *(m.question for m in scenario.moments), *(m.answer for m in scenario.moments)):
        assert text.zh and text.en and text.zh != text.en  # both languages, really translated
    store = Store(open_database(tmp_path / "w.db"))
    build_scenario(store, scenario)
    assert check_moments(store, scenario) == []
    assert sum(len(m.expect) for m in scenario.moments) >= 1
    store.close()


def test_worked_figures_of_the_scenarios(tmp_path):
    """Hand-checked: R1-style carrying on the minimum trap, the PBOC rate of the quick loan."""
    trap = library.load_file(library.find("minimum-trap"))
    store = Store(open_database(tmp_path / "t.db"))
    build_scenario(store, trap)
    # first bill 10,000.00, minimum 10 % = 1,000.00; next bill: 9,000.00 carried + 9,000 x 0.05 % x 11 days
    # (Feb 24 ... Mar 5, 2026 has 28-day February: 24..28 = 5 days + 1..5 = 5 days -> 10 days) = 45.00
    first = trap.moments[0].on
    assert figure(store, Expect("minimum", "信用卡", 0), first) == 100000
    march = Expect("statement_balance", "信用卡", 0)
    assert figure(store, march, trap.moments[0].on.replace(month=3, day=6)) == 900000 + 4500
    loan = library.load_file(library.find("quick-loan"))
    offer = loan.offers[0]
    assert (offer.cost_fen, offer.upfront_fen) == (250000, 150000)
    assert str(offer.annualized_rate().quantize(__import__("decimal").Decimal("0.0001"))) == "37.2449"


def _export_hash(store: Store) -> str:
    text = ExportService(store).json_text(datetime(2026, 1, 1, 12, 0))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_reset_restores_the_scenario_exactly(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["workshop", "reset", "three-due-dates"]) == 0
    path = config.workshop_db_path("three-due-dates")
    store = Store(open_database(path))
    before = _export_hash(store)
    line = store.lines.all()[0]
    from app.services.ledger import LedgerService

    LedgerService(store).record_purchase(line.id, datetime(2026, 3, 1).date(), 99900)  # a trainer plays along
    assert _export_hash(store) != before
    store.close()
    assert main(["workshop", "reset", "three-due-dates"]) == 0
    store = Store(open_database(path))
    assert _export_hash(store) == before
    store.close()
    assert not config.default_db_path().exists()  # the user's ledger is never touched


def test_cli_validate_show_and_list(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["workshop", "validate", "minimum-trap"]) == 0
    assert "minimum-trap: valid; 3 moments, 5 figures checked." in capsys.readouterr().out
    assert main(["workshop", "show", "minimum-trap", "--moment", "2", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "最低还款陷阱 — 2027-01-06" in out and "¥3,189.87" in out
    assert main(["workshop", "list"]) == 0
    assert "The minimum-payment trap" in capsys.readouterr().out


def test_validate_reports_a_figure_that_differs(tmp_path, capsys):
    text = library.find("limit-creep").read_text(encoding="utf-8").replace('value = "13.1%"', 'value = "12.5%"')
    bad = tmp_path / "creep.toml"
    bad.write_text(text, encoding="utf-8")
    assert main(["workshop", "validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "utilization of 花呗 is 13.1%, the file says 12.5%" in out


@pytest.mark.parametrize(("text", "where"), [
    ("[scenario\nid = 1", "line 1, TOML"),
    ('[scenario]\nid = "x"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\nname = "a"\nage = 20\n'
     'situation = "s"\nmonthly_income = "abc"\n', "line 9, persona.monthly_income"),
    ('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\n'
     'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n[[lines]]\nname = "L"\nlimit = "1.00"\n'
     '[[purchases]]\ndate = 2027-01-01\nline = "L"\namount = "5.00"\n', "line 16, purchases[1].date"),
    ('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\n'
     'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n[[lines]]\nname = "L"\nlimit = "1.00"\n'
     '[[purchases]]\ndate = 2026-02-01\nline = "M"\namount = "5.00"\n', "line 17, purchases[1].line"),
('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\n'
     'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n[[lines]]\nname = "L"\nlimit = "1.00"\n'
     '[[moments]]\ndate = 2026-02-01\nquestion = "q"\npoint_at = "p"\nanswer = "a"\nchoices = ["1", "2"]\n', "line 15, moments[1].correct: names the right choice"),
    ('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\n'
     'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n[[lines]]\nname = "L"\nlimit = "1.00"\n'
     '[[moments]]\ndate = 2026-02-01\nquestion = "q"\npoint_at = "p"\nanswer = "a"\nchoices = ["1", "2"]\ncorrect = 3\n', "line 21, moments[1].correct: needs a whole number from 1 to 2"),
    ('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\n'
     'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n[[lines]]\nname = "L"\nlimit = "1.00"\n'
     '[[moments]]\ndate = 2026-02-01\nquestion = "q"\npoint_at = "p"\nanswer = "a"\nchoices = ["1"]\ncorrect = 1\n', "line 20, moments[1].choices: needs from 2 to 6"),
])
def test_bad_scenario_files_name_the_line_and_field(text, where):
    with pytest.raises(ScenarioError) as err:
        parse_scenario(text, "bad.toml")
    assert str(err.value).startswith(f"bad.toml, {where}")


def test_a_moment_can_ask_the_room_to_choose():
    from app.workshop import library

    scenario = library.load_file(library.find("minimum-trap"))
    first = scenario.moments[0]
    assert [c.en for c in first.choices] == ["100.00", "1,000.00", "5,000.00", "10,000.00"]
    assert first.correct == 2 and first.choices[1].zh == "1,000 元"
    assert scenario.moments[2].choices == () and scenario.moments[2].correct == 0


def test_a_fifo_or_missing_file_is_refused(tmp_path):
    import os

    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(ScenarioError, match="is not a file"):
        library.load_file(fifo)
    with pytest.raises(ScenarioError, match="is not a file"):
        library.load_file(Path(tmp_path / "missing.toml"))
