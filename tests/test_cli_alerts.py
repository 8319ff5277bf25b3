"""``debtlens alerts``: the alerts of tests/services/test_alerts_service.py from the command line."""

from __future__ import annotations

import json

from app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_alerts_text_and_json(tmp_path, capsys):
    """花呗 ¥3,000.00 raised to ¥8,000.00 on 2026-01-15; 600.00 on Nov 1 and Dec 20 (1,200.00 in the 90 days
    before); 1,200.00 in 3 parts on Feb 1, Feb 20, Mar 10 (3,600.00 since): limit creep, owed 3,620.00 = 120.7 %
    of the old limit; 3 plans in 90 days: stacking; repaid 1,200.00 ÷ 3 = 400.00 vs spent 3,000.00 ÷ 3 =
    1,000.00 a month: never debt-free."""
    db = str(tmp_path / "a.db")
    steps = [["line", "add", "花呗", "--limit", "3000"],
             ["line", "limit", "花呗", "--limit", "8000", "--from", "2026-01-15"],
             ["purchase", "add", "--line", "花呗", "--date", "2025-11-01", "--amount", "600"],
             ["purchase", "add", "--line", "花呗", "--date", "2025-12-20", "--amount", "600"],
             ["repay", "--line", "花呗", "--date", "2025-12-09", "--amount", "600"],
             ["repay", "--line", "花呗", "--date", "2026-01-09", "--amount", "600"]]
    steps += [["purchase", "add", "--line", "花呗", "--date", day, "--amount", "1200", "--installments", "3",
               "--fee-rate", "2.5%"] for day in ("2026-02-01", "2026-02-20", "2026-03-10")]
    for step in steps:
        code, _, err = run(capsys, "--db", db, *step)
        assert code == 0, (step, err)
    code, out, _ = run(capsys, "--db", db, "alerts", "--today", "2026-03-20")
    assert code == 0
    assert out.splitlines()[0].startswith(  # the Mar 1 bill went unpaid: its 820.00 minimum is overdue
        "⚠ Overdue on 花呗: ¥820.00 of the minimum unpaid since 2026-03-10 (10 days).")
    assert out.splitlines()[2] == (  # the same words as the window's alerts panel
        "⚠ Limit creep on 花呗: the limit went from ¥3,000.00 to ¥8,000.00 on 2026-01-15, and you spent ¥3,600.00 on "
        "it since, against ¥1,200.00 in the 90 days before. Against the old limit you owe 120.7%.")
    assert "⚠ Stacking: 3 new installment plans in 90 days." in out
    assert ("Debt-free date at your recent pace (repaid ¥400.00, newly spent ¥1,000.00 a month): never. The bills "
            "already scheduled end on 2026-06-10.") in out
    data = json.loads(run(capsys, "--db", db, "alerts", "--today", "2026-03-20", "--json")[1])
    assert [a["kind"] for a in data] == ["overdue", "limit_creep", "stacking", "debt_free_date"]
    assert data[0]["figures"]["overdue_fen"] == 82000 and data[0]["figures"]["since"] == "2026-03-10"
    assert data[1]["figures"]["used_of_old"] == "1.2067" and data[1]["figures"]["raised_on"] == "2026-01-15"
    assert data[1]["source"].startswith("A limit raise within 180 days")


def test_repay_from_another_line_is_recorded_and_alerted(tmp_path, capsys):
    """花呗 ¥1,200.00 bought Oct 3, repaid Nov 9 with money borrowed on 卡: recorded, said so, alerted (¥1,200.00,
    花呗 from 卡); a line repaying itself or an unknown line is refused (exit 2) and nothing is written."""
    db = str(tmp_path / "f.db")
    for step in (["line", "add", "花呗", "--limit", "5000"],
                 ["line", "add", "卡", "--limit", "10000", "--kind", "credit_card", "--statement-day", "5",
                  "--due-day", "23"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-10-03", "--amount", "1200"]):
        assert run(capsys, "--db", db, *step)[0] == 0
    code, out, _ = run(capsys, "--db", db, "repay", "--line", "花呗", "--date", "2026-11-09", "--amount", "1200",
                       "--from-line", "卡")
    assert (code, out.strip()) == (0, "Recorded repayment of ¥1,200.00 on 花呗, paid with money borrowed on 卡: the "
                                      "debt moved there (recorded as a charge on 卡), it was not repaid.")
    code, out, err = run(capsys, "--db", db, "repay", "--line", "花呗", "--date", "2026-11-09", "--amount", "1",
                         "--from-line", "花呗")
    assert code == 2 and "--from-line" in err and "cannot repay itself" in err
    assert run(capsys, "--db", db, "repay", "--line", "花呗", "--date", "2026-11-09", "--amount", "1",
               "--from-line", "无此账户")[0] == 2
    code, out, _ = run(capsys, "--db", db, "alerts", "--today", "2026-11-20", "--json")
    (alert,) = [a for a in json.loads(out) if a["kind"] == "repaid_from_credit"]
    assert alert["line"] == "花呗" and alert["figures"]["total_fen"] == 120000 and alert["figures"]["count"] == 1
    code, out, _ = run(capsys, "--db", db, "alerts", "--today", "2026-11-20")
    assert "Repaid with borrowed money: ¥1,200.00" in out and "花呗 from 卡 (¥1,200.00)" in out


def test_repaying_with_another_lines_money_moves_the_debt_there(tmp_path, capsys):
    """花呗 ¥2,000.00 bought Oct 20, repaid Nov 9 with money borrowed on 卡: 花呗 owes nothing, 卡 owes the
    ¥2,000.00 (a charge "→ 花呗" on Nov 9), so the total owed stays ¥2,000.00. Deleting the repayment takes the
    charge away with it; undo brings both back in one step."""
    db = str(tmp_path / "m.db")
    for step in (["line", "add", "花呗", "--limit", "5000"],
                 ["line", "add", "卡", "--limit", "10000", "--kind", "credit_card", "--statement-day", "5",
                  "--due-day", "23"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-10-20", "--amount", "2000"],
                 ["repay", "--line", "花呗", "--date", "2026-11-09", "--amount", "2000", "--from-line", "卡"]):
        assert run(capsys, "--db", db, *step)[0] == 0

    def owed() -> dict:
        status = json.loads(run(capsys, "--db", db, "status", "--today", "2026-11-20", "--json")[1])
        return {ln["name"]: ln["outstanding_fen"] for ln in status["lines"]}

    assert owed() == {"花呗": 0, "卡": 200000}
    [charge] = json.loads(run(capsys, "--db", db, "purchase", "list", "--line", "卡", "--json")[1])
    assert (charge["date"], charge["amount_fen"], charge["merchant"]) == ("2026-11-09", 200000, "→ 花呗")
    from app.services.ledger import LedgerService
    from app.storage.db import open_database
    from app.storage.repositories import Store

    store = Store(open_database(db))
    [repayment_id] = [r["id"] for r in store.db.query("SELECT id FROM repayments")]
    LedgerService(store).delete_repayment(repayment_id)
    store.close()
    assert owed() == {"花呗": 200000, "卡": 0}
    assert run(capsys, "--db", db, "undo")[0] == 0
    assert owed() == {"花呗": 0, "卡": 200000}
