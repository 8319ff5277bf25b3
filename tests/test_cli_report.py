"""``debtlens report``: the monthly report as a PDF without a window, in Chinese or English; bad input refused."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.cli import main

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path, capsys):
    """A card (statement day 5, due day 23) with 1,234.56 spent on Feb 10, 2026 (the Mar 5 bill, due Mar 23)."""
    path = tmp_path / "t.db"
    for args in (
        ("line", "add", "招行信用卡", "--limit", "20000", "--kind", "credit_card", "--statement-day", "5",
         "--due-day", "23"),
        ("purchase", "add", "--line", "招行信用卡", "--date", "2026-02-10", "--amount", "1234.56"),
    ):
        assert run(capsys, path, *args)[0] == 0
    return path


@needs_poppler
@pytest.mark.parametrize("lang, heading, statements", [
    ("zh_CN", "月度报告 · 2026年3月", "2026年3月的账单"), ("en", "Monthly report · Mar 2026", "Statements of Mar 2026")])
def test_report_writes_the_months_pdf(db, tmp_path, capsys, lang, heading, statements):
    out = tmp_path / "report.pdf"
    code, text, _ = run(capsys, db, "report", "--month", "2026-03", "--today", "2026-03-20", "--lang", lang,
                        "--out", str(out))
    assert code == 0
    assert text.strip() == f"Wrote the report on 2026-03 (1 statement(s), 1 upcoming payment(s)) to {out}."
    pdf = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert heading in pdf and statements in pdf and "¥1,234.56" in pdf and "t.db" in pdf


def test_report_refuses_a_future_month_a_bad_month_and_a_file_that_is_not_a_pdf(db, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, db, "report", "--month", "2026-04", "--today", "2026-03-20", "--out", str(out))
    assert code != 0 and "after this month" in err and not out.exists()
    code, _, err = run(capsys, db, "report", "--month", "03/2026", "--out", str(out))
    assert code != 0 and "--month" in err and "YYYY-MM" in err and not out.exists()
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, db, "report", "--today", "2026-03-20", "--out", str(notes))
    assert code != 0 and "is not a PDF" in err and notes.read_text(encoding="utf-8") == "mine"
    code, _, err = run(capsys, db, "report", "--today", "2026-03-20", "--out", str(db))
    assert code != 0 and "ledger itself" in err
