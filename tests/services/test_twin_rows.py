"""An Alipay export imported as downloaded and again after a spreadsheet re-saved it (order numbers turned into
2.02410E+27, times without seconds, UTF-8 with a BOM, CRLF) adds each payment once, in either order
(input-formats.md §3: dedupe by order number; where a copy lost the numbers, by day, names and amount)."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from app.domain.credit_line import CreditLine
from app.services.importing import ImportService

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 3, 20)
SAMPLE = DATA / "alipay_app_sample_gbk.csv"
#: the sample as imported (tests/services/test_importing.py): purchases, fen; refunds, fen; repayments, fen
ONCE = (10, 146080, 1, 5915, 1, 86327)


def _resaved(original: bytes) -> bytes:
    """``original`` as Excel saves it again: long numbers in scientific notation, times in d/m without seconds."""
    rows = list(csv.reader(io.StringIO(original.decode("gb18030"))))
    header = next(i for i, r in enumerate(rows) if r and r[0].strip().startswith("交易时间"))
    width = max(len(r) for r in rows)
    out = []
    for i, row in enumerate(rows):
        row = [c.strip(" \t") for c in row]
        if i > header and row and row[0][:2] == "20":
            day, time = row[0].split(" ")
            y, m, d = day.split("-")
            row[0] = f"{int(y)}/{int(m)}/{int(d)} {int(time[:2])}:{time[3:5]}"
            for col in (9, 10):
                if row[col].isdigit():  # a number Excel can read: 2.02410E+27 (the refund's "…_1" stays text)
                    row[col] = f"{row[col][0]}.{row[col][1:6]}E+{len(row[col]) - 1}"
        out.append(row + [""] * (width - len(row)))
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(out)
    return b"\xef\xbb\xbf" + text.getvalue().encode("utf-8")


def _import(store, line_id, data: bytes, name: str):
    service = ImportService(store)
    preview = service.preview(data, name, line_id, today=TODAY)
    service.commit(preview)
    return preview


def _totals(store, line_id):
    return tuple(store.db.conn.execute(
        "SELECT (SELECT count(*) FROM purchases WHERE line_id = ?1), (SELECT sum(amount_fen) FROM purchases"
        " WHERE line_id = ?1), (SELECT count(*) FROM refunds WHERE line_id = ?1), (SELECT sum(amount_fen) FROM"
        " refunds WHERE line_id = ?1), (SELECT count(*) FROM repayments WHERE line_id = ?1), (SELECT"
        " sum(amount_fen) FROM repayments WHERE line_id = ?1)", [line_id]).fetchone())


@pytest.mark.parametrize("resaved_first", [False, True])
def test_an_export_and_its_spreadsheet_copy_import_once(ledger, resaved_first):
    store = ledger.store
    line_id = ledger.add_line(CreditLine("花呗"), limit_fen=1000000).ids["line"]
    original = SAMPLE.read_bytes()
    copies = [(original, "alipay.csv"), (_resaved(original), "alipay-excel.csv")]
    if resaved_first:
        copies.reverse()
    first = _import(store, line_id, *copies[0])
    assert len(first.new) == 12 and _totals(store, line_id) == ONCE
    second = _import(store, line_id, *copies[1])
    assert (len(second.new), len(second.duplicates)) == (0, 12)
    assert _totals(store, line_id) == ONCE


def test_equal_rows_are_matched_one_to_one(ledger):
    store = ledger.store
    line_id = ledger.add_line(CreditLine("花呗"), limit_fen=1000000).ids["line"]
    original = SAMPLE.read_bytes().decode("gb18030")
    first_row = next(ln for ln in original.splitlines() if ln.startswith("2024-10-30 21:47:05"))
    # a second tea bought the same minute under another order number: two purchases on both sides
    twin = first_row.replace("2024103022000000000000000001", "2024103022000000000000000099").replace(
        "T2000000000000000001", "T2000000000000000099")
    doubled = original.replace(first_row, f"{first_row}\n{twin}").encode("gb18030")
    _import(store, line_id, _resaved(SAMPLE.read_bytes()), "alipay-excel.csv")
    assert _totals(store, line_id)[:2] == (10, 146080)
    again = _import(store, line_id, doubled, "alipay.csv")
    assert len(again.new) == 1 and again.new[0].event.order_no == "2024103022000000000000000099"
    assert _totals(store, line_id)[:2] == (11, 146080 + 1608)
