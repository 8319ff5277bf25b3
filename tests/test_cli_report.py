"""``debtlens report``: the monthly report as a PDF without a window, in Chinese or English; bad input refused."""

from __future__ import annotations

import re
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


@needs_poppler
@pytest.mark.parametrize("lang, rows", [
    ("en", ["Mar 5, 2026 Mar 23, 2026", "$551.10 by Apr 15, 2026", "Apr 15, 2026 Sample USD card", "in 26 days"]),
    ("zh_CN", ["2026年3月5日 2026年3月23日", "2026年4月15日 前还 US$551.10", "2026年4月15日 Sample USD card"])])
def test_report_dates_are_unambiguous_and_never_wrap(db, tmp_path, capsys, lang, rows):
    """Dates in the locale's medium format ("Mar 23, 2026", never "3/23/26"), each whole on one line of its cell."""
    assert run(capsys, db, "line", "add", "Sample USD card", "--limit", "1000", "--currency", "USD", "--kind",
               "credit_card", "--statement-day", "25", "--due-day", "15")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "Sample USD card", "--date", "2026-02-16",
               "--amount", "600")[0] == 0
    out = tmp_path / "report.pdf"
    assert run(capsys, db, "report", "--month", "2026-03", "--today", "2026-03-20", "--lang", lang,
               "--out", str(out))[0] == 0
    pdf = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in pdf.splitlines()]  # one space between the cells of a row
    for row in rows:
        assert any(row in line for line in lines), row
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2}\b", pdf) and "day(s)" not in pdf


@needs_poppler
@pytest.mark.parametrize("lang, headers, calendar", [
    ("en", ["Credit limit", "Available", "Utilization", "Next payment", "Due date", "Balance", "Minimum", "Unpaid",
            "Status", "Interest", "To pay", "At least", "When"], "Upcoming payments"),
    ("zh_CN", ["额度", "已用", "可用", "使用率", "下一笔还款", "账单日", "还款日", "本期应还", "最低还款", "已还", "未还",
               "状态", "利息", "待还", "至少还", "到期"], "即将到期的还款")])
def test_report_headers_are_never_broken_and_page_one_is_full(db, tmp_path, capsys, lang, headers, calendar):
    """Column widths come from the headers and cells: a header wraps only at a space ("Statement / date"), never
    inside a word ("Utilizati/on", "利/息"); the payment calendar shares page 1, the charts have page 2."""
    out = tmp_path / "report.pdf"
    # in May the Mar 5 bill is overdue: the statements table has its interest column too
    assert run(capsys, db, "report", "--month", "2026-05", "--today", "2026-05-20", "--lang", lang,
               "--out", str(out))[0] == 0
    page = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(out), "-"], capture_output=True,
                           text=True, check=True).stdout for n in (1, 2)]
    words = re.split(r"\s{2,}|\n", page[0])  # -layout: two spaces or more between cells
    for header in headers:
        assert any(header in w for w in words), header
    assert "Utilizati\n" not in page[0] and "利\n" not in page[0]
    assert calendar in page[0] and "¥1,006.16" in page[0] and calendar not in page[1]
