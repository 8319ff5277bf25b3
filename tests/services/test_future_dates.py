"""A purchase dated far after today is most likely a typo: the rule (ledger_bounds.far_ahead) and what an import
does with such rows (left out, naming the date; never booked silently)."""

from __future__ import annotations

from datetime import date

from app.domain.ledger_bounds import DAYS_AHEAD_ALLOWED, days_ahead, far_ahead
from app.services.importing import ImportService
from app.services.queries import QueryService

TODAY = date(2026, 3, 20)


def test_more_than_three_days_ahead_is_far():
    assert DAYS_AHEAD_ALLOWED == 3
    assert days_ahead(date(2027, 1, 8), TODAY) == 294
    assert not far_ahead(TODAY, TODAY) and not far_ahead(date(2026, 3, 23), TODAY)
    assert far_ahead(date(2026, 3, 24), TODAY) and far_ahead(date(2027, 3, 20), TODAY)
    assert not far_ahead(date(2020, 1, 1), TODAY)


def test_an_import_leaves_out_rows_dated_far_ahead_and_names_them(store, huabei):
    data = ("date,merchant,category,amount,installments\n"
            "2026-03-18,示例咖啡馆,Dining,16.15,1\n"
            "2026-03-22,示例书店,Books,30.00,1\n"     # two days ahead: a wallet's clock, imported
            "2027-03-19,示例电器,Electronics,999.00,1\n")  # a year ahead: a typo
    service = ImportService(store)
    preview = service.preview(data.encode(), "typed.csv", huabei, today=TODAY)
    assert [(p.event.posted_on, p.event.amount_fen) for p in preview.planned] == [
        (date(2026, 3, 18), 1615), (date(2026, 3, 22), 3000)]
    assert [(s.row, str(s.reason)) for s in preview.skipped] == [
        (4, "dated 2027-03-19, 364 days after today (2026-03-20): not imported, most likely a misread or mistyped "
            "date; enter it by hand if it is right")]
    service.commit(preview)
    assert sorted(p.amount_fen for p in QueryService(store).purchases()) == [1615, 3000]
