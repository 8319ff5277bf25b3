"""Findings of a user test of the command line: --db handling, broken pipes, messages, rates, fee presets, status,
headless start and --demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app import config
from app.cli import main
from app.cli.messages import error_text, option_name, show_value
from app.cli.output import print_table
from app.domain.credit_line import CARD_FEE_PRESETS, HUABEI_FEE_PRESETS, LineKind, default_fee_presets
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.errors import NotFoundError, ValidationError
from app.services.validation import parse_date


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "t.db"
    assert run(capsys, path, "line", "add", "花呗", "--limit", "5000.00")[0] == 0
    return path


# -- 3. --db -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["", "   "])
def test_empty_db_is_refused(tmp_path, capsys, monkeypatch, value):
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    code, out, err = run(capsys, value, "status")
    assert code == 2 and out == ""
    assert err.startswith("debtlens: error: --db: is empty")
    assert not (tmp_path / "data").exists()  # the default database was not used instead


READ_ONLY = [
    ["status"], ["schedule"], ["statements", "--line", "花呗"], ["line", "list"], ["purchase", "list"],
    ["export", "--out", "-"], ["backup"],
    ["plan", "before-buy", "--line", "花呗", "--price", "1"], ["income"], ["import", "--dry-run", __file__],
]


@pytest.mark.parametrize("args", READ_ONLY, ids=[" ".join(a[:2]) for a in READ_ONLY])
def test_read_only_commands_do_not_create_a_missing_database(tmp_path, capsys, args):
    path = tmp_path / "nope.db"
    code, out, err = run(capsys, path, *args)
    assert code == 2 and out == ""
    assert err == (f"debtlens: error: no DebtLens database at {path} "
                   f"(create one with `debtlens --db {path} line add …`)\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, says", [(["workshop", "list"], "minimum-trap"),
                                        (["workshop", "validate", "minimum-trap"], "valid"),
                                        (["backup", "--list"], "No backups yet")])  # of a lost file too
def test_commands_that_need_no_ledger_run_without_one(tmp_path, capsys, args, says):
    code, out, err = run(capsys, tmp_path / "nope.db", *args)
    assert code == 0 and err == "" and says in out
    assert list(tmp_path.iterdir()) == []


def test_writing_commands_create_the_database(tmp_path, capsys):
    path = tmp_path / "new.db"
    assert run(capsys, path, "income", "8000")[0] == 0
    assert path.exists()
    code, out, _ = run(capsys, path, "income")
    assert (code, out) == (0, "¥8,000.00\n")


def test_default_database_is_still_created_on_first_use(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    assert main(["status"]) == 0
    assert "No credit lines yet" in capsys.readouterr().out
    assert (tmp_path / "data" / "debtlens.db").exists()


# -- 4. broken pipe ------------------------------------------------------------------------------------------
def test_output_to_a_closed_pipe_exits_quietly(tmp_path, capsys):
    path = tmp_path / "t.db"
    assert run(capsys, path, "line", "add", "A", "--limit", "5000")[0] == 0
    assert run(capsys, path, "purchase", "add", "--line", "A", "--date", "2024-03-15", "--amount", "10")[0] == 0
    # --all from 2024 to 2100: some 900 statements, far more than a pipe holds
    proc = subprocess.Popen([sys.executable, "-m", "app", "--db", str(path), "statements", "--line", "A", "--all",
                             "--json", "--today", "2100-01-01"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(10) == b'{\n  "line"'
    proc.stdout.close()  # like `| head -3`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert err == ""


# -- 5. messages ---------------------------------------------------------------------------------------------
def test_values_are_shown_with_str_and_cut_short():
    assert show_value(Decimal("0.05")) == "5%"
    assert show_value(Decimal("1.5")) == "150%"
    assert show_value(date(2024, 3, 1)) == "2024-03-01"
    assert show_value("a\nb") == "a\\nb"
    assert show_value("x" * 10_000) == "x" * 59 + "…"
    assert show_value(10000, "amount") == "100.00"  # fen from a service, shown in yuan
    assert show_value(12, "installments") == "12"
    assert show_value("") == show_value(None) == show_value("  ") == ""


def test_field_names_become_option_names():
    assert [option_name(f) for f in ("statement_day", "due_day", "daily_penalty_rate", "min_payment_rate",
                                     "fee_rate", "amount", "date", "name", "limit", "installments")] == [
        "--statement-day", "--due-day", "--penalty-rate", "--min-payment", "--fee-rate", "--amount", "--date",
        "NAME", "--limit", "--installments"]
    assert option_name("name", "line edit") == "--rename"
    between = QT_TRANSLATE_NOOP("Errors", "must be between 0% and 1% a day")
    assert error_text(ValidationError("daily_penalty_rate", Decimal("0.02"), between)) \
        == "--penalty-rate: must be between 0% and 1% a day (got 2%)"
    assert error_text(ValidationError("date", "", QT_TRANSLATE_NOOP("Errors", "is empty"))) == "--date: is empty"
    assert error_text(NotFoundError(QT_TRANSLATE_NOOP("Errors", "credit line"), "不存在")) \
        == "credit line not found: 不存在"


def test_cli_messages_have_no_repr_and_no_long_echo(db, capsys):
    code, _, err = run(capsys, db, "line", "add", "X", "--limit", "1", "--min-payment", "150%")
    assert code == 2
    assert err == "debtlens: error: --min-payment: must be between 0% and 100% (got 150%); nothing was changed\n"
    code, _, err = run(capsys, db, "line", "add", "长" * 10_000, "--limit", "1")
    assert code == 2 and err.startswith("debtlens: error: NAME: is longer than 80 characters (got 长长")
    assert len(err) < 160 and "…)" in err
    code, _, err = run(capsys, db, "statements", "--line", "nope")
    assert err == "debtlens: error: credit line not found: nope; nothing was changed\n"


def test_service_amounts_in_fen_are_shown_in_yuan(db, capsys):
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-02", "--amount", "100")[0] == 0
    code, _, err = run(capsys, db, "refund", "--line", "花呗", "--date", "2024-03-05", "--amount", "200",
                       "--purchase", "1")
    assert code == 2 and "--amount: " in err and "(got 200.00)" in err


def test_empty_rename_is_refused(db, capsys):
    code, _, err = run(capsys, db, "line", "edit", "花呗", "--rename", "")
    assert (code, err) == (2, "debtlens: error: --rename: is empty; nothing was changed\n")
    code, _, err = run(capsys, db, "line", "edit", "花呗", "--rename", "a\tb")
    assert code == 2 and err.startswith("debtlens: error: --rename: contains control characters")


# -- 6. dates ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["20240301", "2024-W09-5", "2024-3-1", "２０２４-03-01", "2024-03-01T00:00"])
def test_only_yyyy_mm_dd_is_a_date(text):
    with pytest.raises(ValidationError) as info:
        parse_date(text)
    assert info.value.reason == "is not a date of the form YYYY-MM-DD that exists"
    assert parse_date(" 2024-03-01 ") == date(2024, 3, 1)


def test_basic_format_date_is_refused_on_the_cli(db, capsys):
    code, _, err = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "20240301", "--amount", "1")
    assert code == 2
    assert err == ("debtlens: error: --date: is not a date of the form YYYY-MM-DD that exists (got 20240301); "
                   "nothing was changed\n")


def test_purchase_list_shows_iso_dates(db, capsys):
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-05", "--amount", "12.50")[0] == 0
    _, out, _ = run(capsys, db, "purchase", "list")
    assert out.splitlines()[1].split()[:2] == ["1", "2024-03-05"]


# -- 7. rates ------------------------------------------------------------------------------------------------
PURCHASE = ["purchase", "add", "--line", "花呗", "--date", "2024-03-15", "--amount", "1000"]


@pytest.mark.parametrize(("extra", "message"), [
    (["--installments", "3", "--fee-rate", "0.5"], "--fee-rate: write a percentage with %, e.g. 8.8% (got 0.5)"),
    (["--installments", "3", "--fee-rate", ""], "--fee-rate: is empty"),
    (["--fee-rate", "8.8%"], "--fee-rate: only with 2 or more installments (got 8.8%)"),
    (["--installments", "1", "--fee-rate", "0%"], "--fee-rate: only with 2 or more installments (got 0%)"),
    (["--installments", "3", "--fee-rate", "2%", "--merchant-paid"],
     "--merchant-paid: contradicts a fee rate (the merchant pays the fee): leave out one of them"),
    (["--installments", "24"],
     "--fee-rate: no preset fee rate for this many periods: enter the fee rate (0% when interest-free)"),
])
def test_fee_rate_mistakes_exit_2(db, capsys, extra, message):
    code, out, err = run(capsys, db, *PURCHASE, *extra)
    assert (code, out) == (2, "")
    assert err == f"debtlens: error: {message}; nothing was changed\n"
    assert json.loads(run(capsys, db, "purchase", "list", "--json")[1]) == []


def test_bare_rate_on_line_add_is_refused(db, capsys):
    code, _, err = run(capsys, db, "line", "add", "X", "--limit", "1", "--penalty-rate", "0.05")
    assert code == 2 and "--penalty-rate: write a percentage with %" in err
    assert run(capsys, db, "line", "add", "X", "--limit", "1", "--min-payment", "0")[0] == 0  # 0 needs no %


def test_interest_free_installments_with_an_explicit_0_percent(db, capsys):
    code, out, _ = run(capsys, db, *PURCHASE, "--installments", "24", "--fee-rate", "0%", "--json")
    assert code == 0 and json.loads(out)["fee_total_fen"] == 0


# -- 8. fee presets ------------------------------------------------------------------------------------------
def test_default_fee_presets_by_kind():
    assert default_fee_presets(LineKind.HUABEI) == HUABEI_FEE_PRESETS
    assert default_fee_presets("credit_card") == CARD_FEE_PRESETS == {
        3: Decimal("0.0225"), 6: Decimal("0.045"), 12: Decimal("0.09"), 24: Decimal("0.18")}
    assert default_fee_presets(LineKind.BNPL) == {4: Decimal(0)}
    presets = default_fee_presets(LineKind.HUABEI)
    presets[3] = Decimal("0.5")
    assert HUABEI_FEE_PRESETS[3] == Decimal("0.025")  # a copy
    from app.services import demo

    assert demo.CARD_FEE_PRESETS is CARD_FEE_PRESETS  # still importable from the demo module


def test_line_add_takes_the_presets_of_its_kind(tmp_path, capsys):
    path = tmp_path / "t.db"
    assert run(capsys, path, "line", "add", "卡", "--kind", "credit_card", "--limit", "20000")[0] == 0
    assert run(capsys, path, "line", "add", "后付", "--kind", "bnpl", "--limit", "3000",
               "--min-payment", "0%")[0] == 0
    lines = {ln["name"]: ln for ln in json.loads(run(capsys, path, "line", "list", "--json")[1])}
    assert lines["卡"]["fee_presets"] == {"3": "0.0225", "6": "0.045", "12": "0.09", "24": "0.18"}
    assert lines["后付"]["fee_presets"] == {"4": "0"}
    code, out, _ = run(capsys, path, "purchase", "add", "--line", "卡", "--date", "2024-03-15", "--amount", "1000",
                       "--installments", "24", "--json")
    assert code == 0 and json.loads(out)["fee_total_fen"] == 18000
    code, out, _ = run(capsys, path, "purchase", "add", "--line", "后付", "--date", "2024-03-15", "--amount", "1000",
                       "--installments", "4", "--json")
    assert code == 0 and json.loads(out)["fee_total_fen"] == 0
    code, _, err = run(capsys, path, "purchase", "add", "--line", "后付", "--date", "2024-03-15", "--amount", "1000",
                       "--installments", "6")
    assert code == 2 and "no preset fee rate for this many periods" in err


def test_line_edit_fee_presets_and_list_shows_them(db, capsys):
    code, out, err = run(capsys, db, "line", "edit", "花呗", "--fee-preset", "24=15%", "--fee-preset", "3=none",
                         "--fee-preset", "12=7.5%")
    assert code == 0, err
    line = json.loads(run(capsys, db, "line", "list", "--json")[1])[0]
    assert line["fee_presets"] == {"6": "0.045", "9": "0.065", "12": "0.075", "24": "0.15"}
    _, out, _ = run(capsys, db, "line", "list")
    assert out.splitlines()[0].endswith("fee presets")
    assert out.splitlines()[1].endswith("6=4.5% 9=6.5% 12=7.5% 24=15%")
    code, out, _ = run(capsys, db, *PURCHASE, "--installments", "24", "--json")
    assert code == 0 and json.loads(out)["fee_total_fen"] == 15000


@pytest.mark.parametrize(("spec", "message"), [
    ("12", "--fee-preset: write PERIODS=RATE, e.g. 12=8.8% (or 12=none to remove it) (got 12)"),
    ("1=1%", "--fee-preset: must be from 2 to 60 (got 1)"),
    ("12=0.088", "--fee-preset: write a percentage with %, e.g. 8.8% (got 0.088)"),
    ("12=100%", "--fee-preset: must be below 100% (got 100%)"),
])
def test_bad_fee_presets_exit_2(db, capsys, spec, message):
    code, _, err = run(capsys, db, "line", "edit", "花呗", "--fee-preset", spec)
    assert (code, err) == (2, f"debtlens: error: {message}; nothing was changed\n")


# -- 9. installment wording ----------------------------------------------------------------------------------
def test_purchase_add_text_names_the_first_and_the_other_parts(db, capsys):
    code, out, _ = run(capsys, db, *PURCHASE, "--installments", "12")
    assert code == 0
    assert out == ("Recorded purchase 1: ¥1,000.00 on 花呗 in 12 installments: first ¥90.74, then ¥90.66 × 11 "
                   "(total fee ¥88.00).\n")
    code, out, _ = run(capsys, db, *PURCHASE, "--installments", "4", "--fee-rate", "0%")
    assert out == "Recorded purchase 2: ¥1,000.00 on 花呗 in 4 installments: ¥250.00 each (total fee ¥0.00).\n"


# -- 10. status ----------------------------------------------------------------------------------------------
def test_status_shows_the_total_overdue(db, capsys):
    assert run(capsys, db, "line", "add", "卡", "--limit", "100")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-02-15", "--amount", "1000")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-15", "--amount", "500")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "卡", "--date", "2024-04-15", "--amount", "50")[0] == 0
    status = json.loads(run(capsys, db, "status", "--today", "2024-04-20", "--json")[1])
    huabei = status["lines"][0]
    # two minimums missed: the 04-01 bill carries 1,000.00 + 500.00 + 11.00 interest; overdue is its unmet
    # minimum (§1.5): 150.00 + 11.00 + the missed 100.00 of March
    assert (huabei["overdue_fen"], huabei["next_due_fen"], huabei["next_due_minimum_fen"]) == (26100, 26100, 26100)
    # the rest (1,511.00 - 261.00) revolves into the 05-01 bill: due 05-10 with the interest that bill posts
    # (1,000.00 x 0.05 % x 30 days + 500.00 x 0.05 % x 21 days = 20.25); its minimum is what that bill asks beyond
    # the overdue amount, 10 % of all 1,500.00 principal + 20.25 (§1.5); beside the card's bill that day
    schedule = json.loads(run(capsys, db, "schedule", "--today", "2024-04-20", "--json")[1])
    assert [(e["line"], e["due_date"], e["amount_fen"], e["minimum_fen"], e["overdue"]) for e in schedule][:3] == [
        ("花呗", "2024-03-10", 26100, 26100, True), ("卡", "2024-05-10", 5000, 500, False),
        ("花呗", "2024-05-10", 127025, 17025, False)]
    _, out, _ = run(capsys, db, "status", "--today", "2024-04-20")
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    from app.i18n import formatting as fmt

    assert rows["花呗"].endswith(f"{fmt.money(huabei['overdue_fen'])} OVERDUE") and " by " not in rows["花呗"]
    assert rows["卡"].endswith("¥50.00 by 2024-05-10 (minimum ¥5.00)")


def test_status_with_only_archived_lines(db, capsys):
    assert run(capsys, db, "line", "archive", "花呗")[0] == 0
    code, out, _ = run(capsys, db, "status")
    assert (code, out) == (0, "All credit lines are archived (debtlens line list).\n")


def test_a_line_that_still_owes_is_not_archived(db, capsys):
    """¥100.00 bought on Nov 20: archiving 花呗 on Dec 4 is refused, naming what it owes, and nothing changes; paid
    off, it is archived."""
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-11-20", "--amount", "100")[0] == 0
    code, _, err = run(capsys, db, "line", "archive", "花呗", "--today", "2026-12-04")
    assert code == 2 and "NAME: still owes ¥100.00: archive it once it is paid off" in err
    assert json.loads(run(capsys, db, "line", "list", "--json")[1])[0]["archived"] is False
    assert run(capsys, db, "repay", "--line", "花呗", "--date", "2026-12-01", "--amount", "100")[0] == 0
    assert run(capsys, db, "line", "archive", "花呗", "--today", "2026-12-04")[0] == 0


def test_table_width_ignores_colour_codes(capsys, monkeypatch):
    from app.cli import output

    monkeypatch.setattr(output.sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    print_table(["a", "b"], [[output.alert("X"), "1"], ["YY", "2"], ["\x1b[2JZ", "3"]])
    lines = capsys.readouterr().out.splitlines()
    # our own colour is applied; a control character coming from data is printed escaped, never raw
    assert lines[1] == "\x1b[1;31mX\x1b[0m" + " " * 9 + "1" and lines[2] == "YY" + " " * 8 + "2"
    assert lines[3] == "\\x1b[2JZ  3"


# -- 11. headless start and --demo ---------------------------------------------------------------------------
def test_gui_without_a_display_says_so(tmp_path):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("always a graphical session")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "x.db")], capture_output=True,
                          text=True, timeout=60, env=env)
    assert proc.returncode == 1
    assert proc.stderr == ("debtlens: the desktop app needs a graphical session; the sub-commands work without one "
                           "(debtlens --help)\n")
    assert not (tmp_path / "x.db").exists()


def test_demo_on_the_cli_builds_the_demo(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    assert main(["--demo", "status", "--json"]) == 0
    names = [ln["name"] for ln in json.loads(capsys.readouterr().out)["lines"]]
    assert names == ["花呗", "招商银行信用卡", "示例先用后付"]
    assert (tmp_path / "data" / "demo.db").exists() and not (tmp_path / "data" / "debtlens.db").exists()
    assert main(["--demo", "purchase", "list", "--json", "--limit", "1"]) == 0  # built once, used again
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_the_command_table_lists_what_each_module_registers():
    """``COMMAND_MODULES`` (which module to import for a command) matches what each module registers, and a
    command registers only its own module's commands."""
    import argparse
    import importlib

    from app.cli import COMMAND_MODULES, build_parser, command_named

    for name, commands in COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        importlib.import_module(name).register(sub)
        assert tuple(sub.choices) == commands, name
    assert command_named(["--db", "x.db", "--demo", "status", "--json"]) == "status"
    assert command_named(["--db=x.db", "plan", "minimum"]) == "plan"
    assert command_named(["--help"]) is None and command_named([]) is None
    only = build_parser(["--db", "x.db", "alerts"])
    choices = next(a for a in only._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(choices) == {"gui", "alerts"}
    every = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(every) == {"gui"} | {c for cs in COMMAND_MODULES.values() for c in cs}


def test_status_imports_no_other_command_module():
    """``debtlens status`` loads its own command module only: no ledger, plan, import, workshop or Qt code."""
    import ast
    import subprocess
    import sys

    code = ("import sys, app.cli as c; c.build_parser(['status']); "
            "print(sorted(m for m in sys.modules if m.startswith(('app.cli.', 'PySide6', 'matplotlib', 'openpyxl'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = ast.literal_eval(out)
    assert "app.cli.status_cmd" in loaded
    assert not [m for m in loaded if m.startswith(("app.cli.ledger_cmds", "app.cli.plan_cmds", "app.cli.import_cmd", "app.cli.workshop_cmd",
                                                   "PySide6", "matplotlib", "openpyxl"))]


def test_a_refused_amount_is_quoted_as_it_was_typed(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "卡", "--limit", "-5"]) == 2
    assert capsys.readouterr().err == "debtlens: error: --limit: must not be negative (got -5); nothing was changed\n"
    assert main(["--db", db, "income", "99999999999999999"]) == 2
    assert "(got 99999999999999999)" in capsys.readouterr().err


def test_help_is_as_wide_as_the_terminal_says(monkeypatch, capsys):
    """The help's width comes from $COLUMNS or the terminal, the answer argparse's own formatter gets from shutil
    (which the command line no longer loads), and is 80 columns when standard output is not a terminal."""
    import shutil

    from app.cli.parser import terminal_width

    lines = {}
    for columns in ("52", "wide", "200", None):
        if columns is None:
            monkeypatch.delenv("COLUMNS")
        else:
            monkeypatch.setenv("COLUMNS", columns)
        assert terminal_width() == shutil.get_terminal_size().columns
        with pytest.raises(SystemExit):
            main(["line", "add", "--help"])
        lines[columns] = len(capsys.readouterr().out.splitlines())
    assert terminal_width() == 80  # pytest's captured output is no terminal
    assert lines["52"] > lines["wide"] == lines[None] > lines["200"]


def test_schedule_shows_each_line_in_its_own_currency(db, capsys):
    assert run(capsys, db, "line", "add", "Card", "--limit", "1000", "--currency", "USD", "--kind", "credit_card",
               "--statement-day", "20", "--due-day", "8")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "Card", "--date", "2024-04-02", "--amount", "25.01")[0] == 0
    code, out, _ = run(capsys, db, "schedule", "--today", "2024-04-03", "--line", "Card")
    assert code == 0 and "$25.01" in out and "¥" not in out
    entry = json.loads(run(capsys, db, "schedule", "--today", "2024-04-03", "--line", "Card", "--json")[1])[0]
    assert (entry["amount_fen"], entry["currency"]) == (2501, "USD")


def test_status_totals_per_currency(db, capsys):  # 花呗: ¥5,000.00
    assert run(capsys, db, "line", "add", "Card", "--limit", "1000", "--currency", "USD", "--kind", "credit_card",
               "--statement-day", "25", "--due-day", "15")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-15", "--amount", "1200")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "Card", "--date", "2026-03-16", "--amount", "600")[0] == 0
    data = json.loads(run(capsys, db, "status", "--today", "2026-03-20", "--json")[1])
    assert data["totals"] == [
        {"currency": "CNY", "limit_fen": 500000, "outstanding_fen": 120000, "available_fen": 380000,
         "utilization": 0.24},
        {"currency": "USD", "limit_fen": 100000, "outstanding_fen": 60000, "available_fen": 40000,
         "utilization": 0.6}]
    code, out, _ = run(capsys, db, "status", "--today", "2026-03-20")
    rows = [line.split() for line in out.splitlines()]
    assert code == 0 and rows[-2][:7] == ["total", "in", "CNY", "¥5,000.00", "¥1,200.00", "¥3,800.00", "24.0%"]
    assert rows[-1][:7] == ["total", "in", "USD", "$1,000.00", "$600.00", "$400.00", "60.0%"]
    assert "¥1,800.00" not in out  # fen and cents never added up


def test_status_of_one_currency_has_no_total_row(db, capsys):  # 花呗: ¥5,000.00
    assert run(capsys, db, "line", "add", "白条", "--limit", "3000")[0] == 0
    code, out, _ = run(capsys, db, "status", "--today", "2026-03-20")
    assert code == 0 and len(out.splitlines()) == 3 and "total" not in out
    totals = json.loads(run(capsys, db, "status", "--today", "2026-03-20", "--json")[1])["totals"]
    assert totals == [{"currency": "CNY", "limit_fen": 800000, "outstanding_fen": 0, "available_fen": 800000,
                       "utilization": 0.0}]


def test_a_purchase_dated_far_ahead_is_refused_unless_allowed(db, capsys):
    ahead = date.today() + timedelta(days=300)
    code, out, err = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", ahead.isoformat(),
                         "--amount", "88.00")
    assert code == 2 and out == ""
    assert err == (f"debtlens: error: --date: is 300 days after today ({date.today().isoformat()}): most likely a "
                   f"typo; give --allow-future if it is right (got {ahead.isoformat()}); nothing was changed\n")
    assert json.loads(run(capsys, db, "purchase", "list", "--json")[1]) == []
    soon = date.today() + timedelta(days=3)  # a wallet's day ahead of ours: taken as it is
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", soon.isoformat(), "--amount", "1.00")[0] == 0
    code, out, _ = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", ahead.isoformat(),
                       "--amount", "88.00", "--allow-future", "--json")
    assert code == 0 and json.loads(out)["amount_fen"] == 8800


def test_a_repayment_larger_than_everything_owed_needs_to_be_meant(tmp_path, capsys):
    """1,000.00 bought, 100.00 repaid: on 11-12 the line owes 909.90 billed plus 4.95 of interest still to post.
    99999 (for 999.99?) would leave 99,084.15 with the bank: refused, saying so; with --allow-overpayment it is
    recorded. Paying exactly what is owed needs nothing more, and leaves nothing due."""
    db = str(tmp_path / "t.db")
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-09-15", "--amount", "1000.00")
    run(capsys, db, "repay", "--line", "花呗", "--date", "2026-10-10", "--amount", "100")
    code, out, err = run(capsys, db, "repay", "--line", "花呗", "--date", "2026-11-12", "--amount", "99999")
    assert code == 2 and out == ""
    assert ("is more than the ¥914.85 owed on 花呗 on 2026-11-12 (¥99,084.15 would stay on the line as a credit)"
            in err and "--allow-overpayment" in err)
    assert run(capsys, db, "repay", "--line", "花呗", "--date", "2026-11-12", "--amount", "914.85")[0] == 0
    line = json.loads(run(capsys, db, "status", "--today", "2026-11-20", "--json")[1])["lines"][0]
    assert (line["outstanding_fen"], line["next_due_fen"], line["interest_unpaid_fen"]) == (0, 0, 495)
    code, out, _ = run(capsys, db, "repay", "--line", "花呗", "--date", "2026-11-20", "--amount", "50",
                       "--allow-overpayment")
    assert code == 0 and "Recorded repayment of ¥50.00 on 花呗." in out
