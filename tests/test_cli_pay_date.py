"""``debtlens plan pay-date``: the worked example of tests/services/test_pay_check_service.py."""

from __future__ import annotations

import json

from app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_pay_date_json_and_text(tmp_path, capsys):
    """花呗 with ¥1,200.00 due Apr 10, ¥2,000.00 cash, ¥8,000.00 on the 15th; ¥3,000.00 today (Mar 20): in full,
    800.00 before, −2,200.00 after: "no"; in 6 parts (522.50 first) 277.50 left < 800.00: "only just"."""
    db = str(tmp_path / "p.db")
    for step in (["line", "add", "花呗", "--limit", "8000"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-03-05", "--amount", "1200"],
                 ["income", "8000"]):
        assert run(capsys, "--db", db, *step)[0] == 0
    code, out, _ = run(capsys, "--db", db, "plan", "pay-date", "--price", "3000", "--cash", "2000", "--pay-day",
                       "15", "--today", "2026-03-20", "--json")
    data = json.loads(out)
    assert code == 0 and (data["pay_day"], data["income_fen"]) == (15, 800_000)
    full, three, six, twelve = data["options"]
    assert (full["due_date"], full["cash_before_fen"], full["cash_after_fen"], full["verdict"]) == (
        "2026-04-10", 80_000, -220_000, "short")
    assert (six["first_fen"], six["cash_after_fen"], six["verdict"]) == (52_250, 27_750, "tight")
    code, out, _ = run(capsys, "--db", db, "plan", "pay-date", "--price", "3000", "--cash", "2000", "--today",
                       "2026-03-20")
    assert out.startswith("Can you pay ¥3,000.00 bought on 2026-03-20? Cash now ¥2,000.00, pay ¥8,000.00 on day 15.")
    assert "-¥2,200.00" in out and "only just" in out
    code, _, err = run(capsys, "--db", db, "plan", "pay-date", "--price", "3000", "--pay-day", "32")
    assert code == 2 and "--pay-day: must be from 1 to 31" in err
