"""``debtlens calendar``: the due dates as an .ics file, and the ledger refused as its target."""

from __future__ import annotations

import json

import pytest
from icalendar import Calendar

from app.cli import main


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path, capsys):
    """A ledger with a card (statement day 5, due day 23) and 1,234.56 spent on Feb 10, 2026 (the Mar 5 bill, due
    Mar 23), and Huabei with 600.00 in 3 installments at 2.5 % from Mar 5 (205.00 due Apr 10, May 10, Jun 10)."""
    path = tmp_path / "t.db"
    for args in (
        ("line", "add", "招行信用卡", "--limit", "20000", "--kind", "credit_card", "--statement-day", "5",
         "--due-day", "23"),
        ("line", "add", "花呗", "--limit", "5000", "--statement-day", "1", "--due-day", "10"),
        ("purchase", "add", "--line", "招行信用卡", "--date", "2026-02-10", "--amount", "1234.56"),
        ("purchase", "add", "--line", "花呗", "--date", "2026-03-05", "--amount", "600.00", "--installments", "3",
         "--fee-rate", "2.5%"),
    ):
        assert run(capsys, path, *args)[0] == 0
    return path


def test_calendar_writes_one_event_per_bill(db, tmp_path, capsys):
    out = tmp_path / "due.ics"
    code, text, _ = run(capsys, db, "calendar", "--months", "12", "--out", str(out), "--today", "2026-03-20",
                        "--lang", "en")
    assert code == 0
    assert text.startswith(f"Wrote 4 due dates of 2 credit line(s) to {out}.")
    cal = Calendar.from_ical(out.read_bytes())
    found = list(cal.walk("VEVENT"))
    assert [(e.decoded("dtstart").isoformat(), str(e["summary"])) for e in found] == [
        ("2026-03-23", "招行信用卡 bill due ¥1,234.56"), ("2026-04-10", "花呗 bill due ¥205.00"),
        ("2026-05-10", "花呗 bill due ¥205.00"), ("2026-06-10", "花呗 bill due ¥205.00")]
    assert [str(e["uid"]) for e in found] == ["1-2026-03-05@debtlens", "2-2026-04-01@debtlens",
                                              "2-2026-05-01@debtlens", "2-2026-06-01@debtlens"]
    assert all([a["trigger"].to_ical() for a in e.walk("VALARM")] == [b"-P3D"] for e in found)
    # exporting again (Chinese, a 7-day alarm, 2 months) replaces the earlier calendar file under the same UIDs
    code, _, _ = run(capsys, db, "calendar", "--months", "2", "--out", str(out), "--today", "2026-03-20",
                     "--lang", "zh_CN", "--days-before", "7")
    again = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert code == 0 and [str(e["uid"]) for e in again] == [str(e["uid"]) for e in found[:3]]
    assert str(again[0]["summary"]) == "招行信用卡 还款日 应还¥1,234.56"
    assert [a["trigger"].to_ical() for a in again[0].walk("VALARM")] == [b"-P7D"]


def test_calendar_to_standard_output(db, capsys):
    code, text, err = run(capsys, db, "calendar", "--out", "-", "--today", "2026-03-20", "--lang", "en",
                          "--months", "1")
    assert code == 0 and err == "2 due dates.\n"
    assert [str(e["uid"]) for e in Calendar.from_ical(text).walk("VEVENT")] == ["1-2026-03-05@debtlens",
                                                                              "2-2026-04-01@debtlens"]


def test_calendar_refuses_the_ledger_and_bad_options(db, tmp_path, capsys):
    before = db.read_bytes()
    code, _, err = run(capsys, db, "calendar", "--out", str(db), "--today", "2026-03-20", "--force")
    assert code == 2
    assert "--out: is the ledger itself (or one of its files); choose another name" in err
    assert "nothing was changed" in err
    assert db.read_bytes() == before
    code, _, err = run(capsys, db, "calendar", "--out", str(tmp_path / "x.ics"), "--days-before", "40")
    assert code == 2 and "--days-before: must be from 0 to 31 (got 40)" in err
    code, _, err = run(capsys, db, "calendar", "--out", str(tmp_path / "x.ics"), "--months", "0")
    assert code == 2 and "--months: must be from 1 to 120 (got 0)" in err
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    code, _, err = run(capsys, db, "calendar", "--out", str(other), "--today", "2026-03-20")
    assert code == 2 and "exists already" in err and other.read_text() == "mine"
    assert not (tmp_path / "x.ics").exists()


def test_calendar_refuses_a_database_that_does_not_exist(tmp_path, capsys):
    code, _, err = run(capsys, tmp_path / "none.db", "calendar", "--out", str(tmp_path / "x.ics"))
    assert code == 2 and "no DebtLens database" in err and not (tmp_path / "none.db").exists()


def test_reminders_lists_the_bills_and_sets_the_days(db, capsys):
    code, text, _ = run(capsys, db, "reminders", "--today", "2026-03-20", "--json")
    assert code == 0
    assert json.loads(text) == [{"kind": "due_soon", "line": "招行信用卡", "line_id": 1, "statement_date": "2026-03-05",
                                 "due_date": "2026-03-23", "days_left": 3, "amount_fen": 123456,
                                 "minimum_fen": 12346}]
    assert run(capsys, db, "reminders", "--today", "2026-03-19")[1] == "No bill to remind of.\n"
    code, text, _ = run(capsys, db, "reminders", "--days-before", "4", "--line", "招行信用卡")
    assert (code, text) == (0, "Reminders for 招行信用卡: 4 day(s) before a due date.\n")
    assert [r["days_left"] for r in json.loads(run(capsys, db, "reminders", "--today", "2026-03-19", "--json")[1])] \
        == [4]
    assert run(capsys, db, "reminders", "--days-before", "0")[1] == "Reminders for every line: off.\n"
    assert len(json.loads(run(capsys, db, "reminders", "--today", "2026-03-19", "--json")[1])) == 1  # its own 4
    code, _, err = run(capsys, db, "reminders", "--days-before", "32")
    assert code == 2 and "--days-before: must be from 0 to 31 (got 32)" in err
