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
from app.workshop.scenario import PAYOFF_FIGURES, Expect, ScenarioError
from app.workshop.scenario_file import parse_scenario

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
    assert "授信账户  欠款" in out  # the table speaks the story's language, not the locale's English
    assert main(["workshop", "list"]) == 0
    out = capsys.readouterr().out
    assert "The minimum-payment trap" in out and out.startswith("name ")  # the next command: the locale's again
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert main(["workshop", "list"]) == 0  # no --lang: the locale's language, for the titles and the table
    out = capsys.readouterr().out
    assert "最低还款陷阱" in out and out.startswith("名称")


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


def test_a_field_no_table_has_is_refused_with_where_it_is():
    head = ('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-01\n[persona]\n'
            'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n[[lines]]\nname = "L"\nlimit = "1.00"\n')
    with pytest.raises(ScenarioError) as err:  # a top-level key written after a table lands in that table
        parse_scenario(head + 'lessons = ["a"]\n', "late.toml")
    assert str(err.value).startswith("late.toml, line 15, lines[1].lessons: belongs at the top of the file")
    with pytest.raises(ScenarioError) as err:
        parse_scenario(head + 'polcy = "minimum"\n', "typo.toml")
    assert str(err.value).startswith("typo.toml, line 15, lines[1].polcy: is not a field here (fields: due_day")


def test_every_shipped_scenario_has_its_lessons():
    from app.workshop import library

    for path in library.shipped():
        scenario = library.load_file(path)
        assert scenario.lessons and all(lesson.zh and lesson.en for lesson in scenario.lessons), path.name


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


# -- the recovery story: payoff figures ([recovery]) ----------------------------------------------------------


def _built(name: str, tmp_path):
    scenario = library.load_file(library.find(name))
    store = Store(open_database(tmp_path / f"{name}.db"))
    build_scenario(store, scenario)
    return scenario, store


def test_recovery_story_worked_figures(tmp_path):
    """From three-due-dates' worst month (March 2, 2026), 1,200.00 a month: avalanche against snowball."""
    from app.domain.payoff import Strategy
    from app.workshop.build import recovery_plans

    scenario, store = _built("recovery", tmp_path)
    assert {p.stem for p in SHIPPED} >= {"recovery"} and len(SHIPPED) >= 7
    assert (scenario.recovery.budget_fen, str(scenario.recovery.start)) == (120000, "2026-03-02")
    assert len(scenario.lessons) == 3  # written before the first table, so they really are top-level
    reveal = scenario.moments[1]
    assert reveal.correct == 1 and reveal.choices[0].en.startswith("Huabei")
    values = {f: figure(store, Expect(f, None, 0), reveal.on, scenario) for f in PAYOFF_FIGURES}
    assert values == {"payoff_months_avalanche": 6, "payoff_months_snowball": 6,
                      "payoff_interest_avalanche": 30402, "payoff_interest_snowball": 31434}
    assert values["payoff_interest_avalanche"] <= values["payoff_interest_snowball"]
    # the same whatever the moment's date: the plan is projected from recovery.from
    assert figure(store, Expect("payoff_interest_avalanche", None, 0), scenario.moments[2].on, scenario) == 30402

    plans = recovery_plans(store, scenario)
    # Huabei's 5,562.83 at 0.05 % a day x 365 = 18.25 %, minimum 10 % rounded up; the pay-later's 900.00 left
    # of a fee-free plan at 0 %, paying a 300.00 part a month
    assert [(d.name, d.balance_fen, str(d.apr), d.minimum_fen) for d in plans.debts] == [
        ("花呗", 556283, "0.1825", 55629), ("先用后付 · 示例家电", 90000, "0.0000", 30000)]
    avalanche, snowball = plans.plan(Strategy.AVALANCHE).result, plans.plan(Strategy.SNOWBALL).result
    assert avalanche.order == ("花呗", "先用后付 · 示例家电")  # the higher rate first
    assert snowball.order == ("先用后付 · 示例家电", "花呗")  # the smaller balance first
    # month 1 by hand: interest 5,562.83 x 18.25 % / 12 = 84.60; minimums 556.29 + 300.00; the other 343.71 to
    # Huabei (avalanche) or to the pay-later (snowball)
    assert avalanche.balances[1] == (556283 + 8460 - 55629 - 34371, 90000 - 30000)
    assert snowball.balances[1] == (556283 + 8460 - 55629, 90000 - 30000 - 34371)
    pay_later = "先用后付 · 示例家电"
    assert (snowball.payoff_month[pay_later], avalanche.payoff_month[pay_later]) == (2, 3)  # snowball's quick win
    assert str(plans.plan(Strategy.AVALANCHE).debt_free) == "2026-09-02"
    store.close()


def test_recovery_figures_agree_with_the_worst_month(tmp_path):
    """The worst month the story starts from: what is owed, the bill and its minimum (the engine's, by hand)."""
    scenario, store = _built("recovery", tmp_path)
    worst = scenario.moments[0].on
    # Huabei's March bill: 1,350.00 carried from February + the card's 4,200.00 drawn on Feb 23 + 12.83 interest;
    # minimum: 10 % of the principal 5,550.00 + the interest = 567.83
    assert figure(store, Expect("statement_balance", "花呗", 0), worst) == 135000 + 420000 + 1283
    assert figure(store, Expect("minimum", "花呗", 0), worst) == 55500 + 1283
    assert figure(store, Expect("owed", None, 0), worst) == 556283 + 90000
    assert figure(store, Expect("overdue", None, 0), worst) == 0
    store.close()


def test_nothing_owed_on_recovery_from_is_debt_free_in_no_months(tmp_path):
    text = library.find("recovery").read_text(encoding="utf-8").replace("from = 2026-03-02", "from = 2026-01-02")
    scenario = parse_scenario(text.replace("date = 2026-03-03", "date = 2026-01-03"), "early.toml")
    store = Store(open_database(tmp_path / "e.db"))
    build_scenario(store, scenario)
    assert figure(store, Expect("payoff_months_snowball", None, 0), scenario.start, scenario) == 0
    assert figure(store, Expect("payoff_interest_avalanche", None, 0), scenario.start, scenario) == 0
    store.close()


def test_a_budget_too_small_is_reported_against_the_budget(tmp_path, capsys):
    small = tmp_path / "small.toml"
    small.write_text(library.find("recovery").read_text(encoding="utf-8")
                     .replace('budget = "1200.00"', 'budget = "800.00"'), encoding="utf-8")
    scenario, store = library.load_file(small), Store(open_database(tmp_path / "s.db"))
    build_scenario(store, scenario)
    with pytest.raises(ScenarioError) as err:
        check_moments(store, scenario)
    store.close()
    assert str(err.value) == ("small.toml, line 28, recovery.budget: 800.00 a month is below the sum of the minimum "
                              "payments (856.29) on 2026-03-02, so no plan can start; raise the budget")
    assert main(["workshop", "validate", str(small)]) == 2
    assert "small.toml, line 28, recovery.budget: 800.00 a month is below" in capsys.readouterr().err


_HEAD = ('[scenario]\nid = "x"\ntitle = "t"\nsummary = "s"\nstart = 2026-01-01\nend = 2026-06-30\n[persona]\n'
         'name = "a"\nage = 20\nsituation = "s"\nmonthly_income = "1.00"\n')
_LINE = '[[lines]]\nname = "L"\nlimit = "1000.00"\nmin_payment = "1%"\npenalty_rate = "0.5%"\npolicy = "nothing"\n'
_MOMENT = '[[moments]]\ndate = 2026-03-01\nquestion = "q"\npoint_at = "p"\nanswer = "a"\n[[moments.expect]]\n'


def test_a_budget_that_never_pays_off_is_reported(tmp_path):
    """1 % minimum, 0.5 % a day (182.5 % a year): 800.00 costs 121.67 a month, more than the 100.00 budget."""
    text = (_HEAD + '[recovery]\nbudget = "100.00"\nfrom = 2026-02-20\n' + _LINE
            + '[[purchases]]\ndate = 2026-01-05\nline = "L"\namount = "800.00"\n'
            + _MOMENT + 'figure = "payoff_months_avalanche"\nvalue = 6\n')
    scenario = parse_scenario(text, "never.toml")
    store = Store(open_database(tmp_path / "n.db"))
    build_scenario(store, scenario)
    with pytest.raises(ScenarioError, match=r"^never.toml, line 13, recovery.budget: 100.00 a month never pays off "
                                            r"L by avalanche"):
        check_moments(store, scenario)
    store.close()


@pytest.mark.parametrize(("text", "where"), [
    (_HEAD + _LINE + _MOMENT + 'figure = "payoff_months_avalanche"\nvalue = 6\n',
     "line 24, moments[1].expect[1].figure: needs a [recovery] table with a budget"),
    (_HEAD + '[recovery]\nbudget = "500.00"\nfrom = 2026-02-01\n' + _LINE + _MOMENT
     + 'figure = "payoff_months_snowball"\nvalue = "6"\n',
     "line 28, moments[1].expect[1].value: needs a whole number from 0 to 1200"),
    (_HEAD + '[recovery]\nbudget = "500.00"\nfrom = 2026-02-01\n' + _LINE + _MOMENT
     + 'figure = "payoff_interest_snowball"\nvalue = 12\n',
     'line 28, moments[1].expect[1].value: needs an amount in quotes'),
    (_HEAD + '[recovery]\nbudget = "500.00"\nfrom = 2026-02-01\n' + _LINE + _MOMENT
     + 'figure = "payoff_interest_avalanche"\nline = "L"\nvalue = "1.00"\n',
     "line 28, moments[1].expect[1].line: a payoff plan covers every line"),
    (_HEAD + '[recovery]\nbudget = "500.00"\nfrom = 2026-04-01\n' + _LINE + _MOMENT
     + 'figure = "payoff_months_avalanche"\nvalue = 3\n',
     "line 27, moments[1].expect[1].figure: the plan starts on recovery.from (2026-04-01), after this moment"),
    (_HEAD + '[recovery]\nbudget = "500.00"\nfrom = 2027-01-01\n' + _LINE,
     "line 14, recovery.from: 2027-01-01 is outside the scenario"),
    (_HEAD + '[recovery]\nbudget = "0.00"\nfrom = 2026-02-01\n' + _LINE, "line 13, recovery.budget: must be greater"),
    (_HEAD + '[recovery]\nbudget = 500\nfrom = 2026-02-01\n' + _LINE, "line 13, recovery.budget: needs an amount"),
    (_HEAD + '[recovery]\nbudget = "500.00"\n' + _LINE, "line 12, recovery.from: needs a date"),
    ('recovery = "500.00"\n' + _HEAD + _LINE, "recovery: must be a [recovery] table"),
])
def test_bad_recovery_tables_and_payoff_figures_name_the_line_and_field(text, where):
    with pytest.raises(ScenarioError) as err:
        parse_scenario(text, "bad.toml")
    assert str(err.value).startswith(f"bad.toml, {where}")


def test_cli_validate_and_show_the_recovery_story(tmp_path, monkeypatch, capsys):
    import json

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["workshop", "validate", "recovery"]) == 0
    assert "recovery: valid; 3 moments, 14 figures checked." in capsys.readouterr().out
    assert main(["workshop", "show", "recovery", "--moment", "2"]) == 0
    out = capsys.readouterr().out
    assert "Payoff plan: ¥1,200.00 a month from 2026-03-02" in out
    rows = [line.split() for line in out.splitlines() if line.startswith(("Avalanche", "Snowball"))]
    assert rows == [["Avalanche", "花呗", "→", "先用后付", "·", "示例家电", "6", "¥304.02", "2026-09-02"],
                    ["Snowball", "先用后付", "·", "示例家电", "→", "花呗", "6", "¥314.34", "2026-09-02"]]
    assert main(["workshop", "show", "recovery", "--moment", "1"]) == 0
    assert "Payoff plan" not in capsys.readouterr().out  # not before the moment that asks about it
    assert main(["workshop", "show", "recovery", "--moment", "2", "--json"]) == 0
    payoff = json.loads(capsys.readouterr().out)["payoff"]
    assert [(p["strategy"], p["months"], p["interest_fen"]) for p in payoff["plans"]] == [
        ("avalanche", 6, 30402), ("snowball", 6, 31434)]
    assert main(["workshop", "show", "three-due-dates", "--moment", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["payoff"] is None
