"""Import service over the sample exports: exact counts and fen totals, re-import adds nothing, all-or-nothing."""

from datetime import date
from pathlib import Path

import pytest

from app.domain.credit_line import CreditLine, LineKind
from app.importers.records import ImportFormatError
from app.services.importing import ImportService

#: the day the imports are previewed on (after every sample file)
TODAY = date(2026, 3, 20)

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def card(ledger):
    line = CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23)
    return ledger.add_line(line, limit_fen=2000000).ids["line"]


def _usd_line(ledger):
    """A card in USD (statement day 5, due day 23) with a 20,000.00 limit; returns its id."""
    line = CreditLine("Sample Card", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23, currency="USD")
    return ledger.add_line(line, limit_fen=2000000).ids["line"]


def _totals(store, line_id):
    row = next(store.db.query(
        "SELECT (SELECT count(*) FROM purchases WHERE line_id = :l) AS p,"
        " (SELECT coalesce(sum(amount_fen), 0) FROM purchases WHERE line_id = :l) AS pf,"
        " (SELECT count(*) FROM refunds WHERE line_id = :l) AS r,"
        " (SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE line_id = :l) AS rf,"
        " (SELECT count(*) FROM repayments WHERE line_id = :l) AS y,"
        " (SELECT coalesce(sum(amount_fen), 0) FROM repayments WHERE line_id = :l) AS yf", {"l": line_id}))
    return tuple(row.values())


@pytest.mark.parametrize(
    ("name", "method", "expected", "skipped"),
    [
        ("alipay_app_sample_gbk.csv", None, (10, 146080, 1, 5915, 1, 86327), [29, 32, 34]),
        ("wechat_sample_utf8bom.csv", "招商银行信用卡(0000)", (5, 187906, 1, 4860, 1, 148000), [19, 23, 25, 28]),
        ("cc_statement_sample.ofx", None, (4, 92719, 1, 2316, 1, 126600), []),
        ("manual_entry_sample.csv", None, (8, 480361, 0, 0, 0, 0), []),
    ],
)
def test_samples_import_exactly_and_once(store, huabei, card, name, method, expected, skipped):
    line_id = huabei if name.startswith("alipay") else card
    service = ImportService(store)
    data = (DATA / name).read_bytes()
    preview = service.preview(data, name, line_id, tracked_method=method, today=TODAY)
    s = preview.summary()
    assert (s["purchases"], s["purchases_fen"], s["refunds"], s["refunds_fen"], s["repayments"],
            s["repayments_fen"]) == expected
    assert [x["row"] for x in s["skipped"]] == skipped
    assert _totals(store, line_id) == (0, 0, 0, 0, 0, 0)  # a preview writes nothing
    service.commit(preview)
    assert _totals(store, line_id) == expected
    again = service.preview(data, name, line_id, tracked_method=method, today=TODAY)
    assert again.new == [] and len(again.duplicates) == sum(expected[::2])
    service.commit(again)
    assert _totals(store, line_id) == expected


def test_alipay_refund_is_linked_and_repayment_pays_the_named_bill(store, huabei):
    service = ImportService(store)
    service.commit(service.preview((DATA / "alipay_app_sample_gbk.csv").read_bytes(), "a.csv", huabei, today=TODAY))
    refund = store.refunds.for_line(huabei)[0]
    purchase = store.purchases.get(refund.purchase_id)
    assert (purchase.amount_fen, purchase.order_no) == (11830, "2024102022000000000000000006")
    repayment = store.repayments.for_line(huabei)[0]
    assert repayment.target_statement == date(2024, 10, 1)  # "花呗主动还款-2024年10月账单"


def test_manual_installments_become_zero_fee_plans(store, card):
    service = ImportService(store)
    service.commit(service.preview((DATA / "manual_entry_sample.csv").read_bytes(), "m.csv", card, today=TODAY))
    plans = store.plans.for_line(card)
    assert sorted((p.principal_fen, p.periods, p.fee_total_fen) for p in plans) == [
        (89915, 6, 0), (136000, 3, 0), (240000, 12, 0)]
    laptop = next(p for p in plans if p.principal_fen == 136000)
    assert [x.principal_fen for x in laptop.parts] == [45334, 45333, 45333]


def test_failed_commit_changes_nothing(store, huabei, monkeypatch):
    service = ImportService(store)
    preview = service.preview((DATA / "alipay_app_sample_gbk.csv").read_bytes(), "a.csv", huabei, today=TODAY)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.repayments, "insert_many", boom)
    with pytest.raises(RuntimeError):
        service.commit(preview)
    assert _totals(store, huabei) == (0, 0, 0, 0, 0, 0)


def test_wrong_file_is_refused_with_its_name(store, huabei):
    with pytest.raises(ImportFormatError) as err:
        ImportService(store).preview(b"name,age\nx,1\n", "people.csv", huabei, today=TODAY)
    assert err.value.filename == "people.csv"
    assert "not an Alipay/WeChat/OFX/QIF/bank CSV statement" in err.value.reason


def test_repayment_of_a_bill_before_the_imported_history_is_not_credit(store, huabei, queries):
    service = ImportService(store)
    preview = service.preview((DATA / "alipay_app_sample_gbk.csv").read_bytes(), "a.csv", huabei, today=TODAY)
    warned = [p for p in preview.planned if p.warnings and p.event.kind == "repayment"]
    assert [p.event.row for p in warned] == [35]
    service.commit(preview)
    # 1,460.80 bought - 59.15 refunded: the 863.27 paid the September bill, which is not in the file
    assert queries.status(date(2024, 11, 2))[0].position.outstanding_fen == 146080 - 5915


def test_wechat_repayment_pays_the_bill_issued_before_it(store, card, queries):
    service = ImportService(store)
    service.commit(service.preview((DATA / "wechat_sample_utf8bom.csv").read_bytes(), "w.csv", card,
                                   tracked_method="招商银行信用卡(0000)", today=TODAY))
    assert store.repayments.for_line(card)[0].target_statement == date(2024, 9, 5)
    assert queries.status(date(2024, 10, 6))[0].position.outstanding_fen == 187906 - 4860


def test_preview_warns_about_bills_due_with_no_repayment_after_them(store, huabei):
    service = ImportService(store)
    data = (DATA / "alipay_app_sample_gbk.csv").read_bytes()
    late = service.preview(data, "a.csv", huabei, today=date(2026, 11, 29)).summary()["notices"]
    assert len(late) == 1 and late[0].startswith("Bills of these purchases were due before today (1, the first on "
                                                 "2024-11-10)")
    assert service.preview(data, "a.csv", huabei, today=date(2024, 11, 5)).summary()["notices"] == []


def test_an_ofx_payment_named_thank_you_is_a_repayment_and_no_bill_looks_overdue(store, ledger):
    """Regression: a CREDIT "INTERNET PAYMENT - THANK YOU" was a refund of an unknown purchase, so the bill it paid
    looked unpaid and the preview warned of overdue bills with penalty interest. The statement is in USD: onto a
    USD line."""
    from tests.importers.test_ofx import PAYMENT_AS_CREDIT, _sgml

    card = _usd_line(ledger)
    service = ImportService(store)
    preview = service.preview(_sgml(PAYMENT_AS_CREDIT), "card.qfx", card, today=date(2024, 1, 10))
    s = preview.summary()
    assert (s["purchases"], s["purchases_fen"], s["repayments"], s["repayments_fen"], s["refunds"],
            s["refunds_fen"]) == (2, 20050, 2, 23050, 2, 1625)
    assert not any("overdue" in n for n in s["notices"])
    unlinked = [p.event.merchant for p in preview.planned if "no purchase named for this refund: credited unlinked"
                in p.warnings]
    assert unlinked == ["SAMPLE BOOKS RETURN", "REWARD CREDIT"]  # the payment is no longer among them
    service.commit(preview)
    assert _totals(store, card) == (2, 20050, 2, 1625, 2, 23050)


@pytest.mark.parametrize(("method", "names_card", "warning"), [
    ("招商银行信用卡(0000)", True, "paid with 招商银行信用卡(0000), money borrowed on 招商银行信用卡: the debt moves "
                               "there; marked as repaid from that line"),
    ("中信银行信用卡(1111)", False, "paid with 中信银行信用卡(1111), borrowed money: the debt moves to that card or "
                               "line rather than being repaid"),
    ("工商银行储蓄卡(0000)", False, None),
])
def test_a_huabei_repayment_paid_with_a_credit_card_is_marked_from_its_method(store, huabei, card, method,
                                                                            names_card, warning):
    """The sample's 花呗 repayment (¥863.27, row 35) paid with a credit card: with that card among the lines it is
    marked as repaid from it; an unknown card only warns; a debit card is the borrower's own money."""
    text = (DATA / "alipay_app_sample_gbk.csv").read_bytes().decode("gb18030").replace("工商银行储蓄卡(0000)", method)
    service = ImportService(store)
    preview = service.preview(text.encode("gb18030"), "a.csv", huabei, today=TODAY)
    repayment = next(p for p in preview.new if p.event.kind == "repayment")
    assert repayment.funded_by_line_id == (card if names_card else None)
    assert [w for w in repayment.warnings if w.startswith("paid with")] == ([warning] if warning else [])
    service.commit(preview)
    stored = store.repayments.for_line(huabei)[0]
    assert (stored.amount_fen, stored.funded_by_line_id) == (86327, card if names_card else None)


def test_an_import_made_stale_by_another_is_made_again_and_adds_nothing_twice(store, huabei):
    """Two programs preview the same file; the second writes after the first: it previews again and adds nothing
    (it used to fail on the unique key with a traceback)."""
    service = ImportService(store)
    data = (DATA / "alipay_app_sample_gbk.csv").read_bytes()
    first = service.preview(data, "a.csv", huabei, today=TODAY)
    second = service.preview(data, "a.csv", huabei, today=TODAY)
    service.commit(first)
    previews = []

    def again():
        previews.append(service.preview(data, "a.csv", huabei, today=TODAY))
        return previews[-1]

    written, changes = service.commit_current(second, again)
    assert written is previews[0] and written.new == [] and len(previews) == 1
    assert not changes.postings and _totals(store, huabei) == (10, 146080, 1, 5915, 1, 86327)


def test_a_ledger_that_keeps_changing_refuses_the_import_and_writes_nothing(store, huabei, ledger):
    from app.services.importing import ATTEMPTS
    from app.storage.files import DatabaseBusyError

    service = ImportService(store)
    data = (DATA / "alipay_app_sample_gbk.csv").read_bytes()
    stale = service.preview(data, "a.csv", huabei, today=TODAY)
    calls = []

    def again():  # another program writes each time this one reads the file again
        fresh = service.preview(data, "a.csv", huabei, today=TODAY)
        calls.append(ledger.record_purchase(huabei, date(2026, 3, 1), 100, merchant="示例商户").ids["purchase"])
        return fresh

    ledger.record_purchase(huabei, date(2026, 3, 1), 100, merchant="示例商户")
    with pytest.raises(DatabaseBusyError) as refused:
        service.commit_current(stale, again)
    assert len(calls) == ATTEMPTS and "nothing was saved" in str(refused.value)
    assert _totals(store, huabei)[:2] == (ATTEMPTS + 1, 100 * (ATTEMPTS + 1))


_IN_USD = ("in USD, the line is in CNY: not imported (DebtLens does not convert currencies); import the file onto a "
           "line in USD, or enter the amount by hand in CNY")


def test_a_statement_in_another_currency_is_left_out_row_by_row_and_imports_onto_a_line_in_its_own(
        store, ledger, card):
    """The OFX sample with CURDEF USD: on the CNY card every row is left out naming both currencies ($1,266.00 was
    booked as ¥1,266.00 with a warning); on a USD line it imports as the CNY sample does onto a CNY one."""
    data = (DATA / "cc_statement_sample.ofx").read_bytes().replace(b"<CURDEF>CNY", b"<CURDEF>USD")
    service = ImportService(store)
    preview = service.preview(data, "usd.ofx", card, today=TODAY)
    assert preview.planned == [] and preview.problems == []
    assert [(s.row, s.reason) for s in preview.skipped] == [(row, _IN_USD) for row in (33, 41, 49, 57, 65, 73)]
    service.commit(preview)
    assert _totals(store, card) == (0, 0, 0, 0, 0, 0)
    usd = _usd_line(ledger)
    preview = service.preview(data, "usd.ofx", usd, today=TODAY)
    assert preview.skipped == []
    service.commit(preview)
    assert _totals(store, usd) == (4, 92719, 1, 2316, 1, 126600)
    # no CURDEF: the amounts are the line's currency, as QIF's
    bare = data.replace(b"<CURDEF>USD</CURDEF>", b"")
    assert ImportService(store).preview(bare, "bare.ofx", card, today=TODAY).summary()["purchases_fen"] == 92719


def test_a_chase_csv_is_usd_by_its_layout(store, ledger, card):
    data = ("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
            "12/30/2023,01/02/2024,SAMPLE STORE,Shopping,Sale,\"-1,234.56\",\n"
            "01/03/2024,01/03/2024,Payment Thank You-Mobile,,Payment,500.00,\n").encode()
    service = ImportService(store)
    s = service.preview(data, "chase.csv", card, today=TODAY).summary()
    assert (s["purchases"], s["repayments"]) == (0, 0)
    assert s["skipped"] == [{"row": 2, "reason": _IN_USD}, {"row": 3, "reason": _IN_USD}]
    s = service.preview(data, "chase.csv", _usd_line(ledger), today=TODAY).summary()
    assert (s["purchases"], s["purchases_fen"], s["repayments"], s["repayments_fen"], s["skipped"]) == (
        1, 123456, 1, 50000, [])


def test_only_the_rows_in_another_currency_are_left_out(store, card, monkeypatch):
    """Rows in the line's currency, or in none the file names (QIF), import; the others are skipped in row order
    among the file's own skipped rows."""
    from app.domain.messages import QT_TRANSLATE_NOOP
    from app.importers.records import ImportedEvent, ParseResult, SkippedRow

    def event(row, currency):
        return ImportedEvent(kind="purchase", row=row, posted_on=date(2024, 1, row), amount_fen=100 * row,
                             merchant="示例商户", description="", category="other", source_category="",
                             source_key=f"test:{row}", currency=currency)

    parsed = ParseResult(format="ofx", events=[event(2, "CNY"), event(3, "HKD"), event(5, None)],
                         skipped=[SkippedRow(4, QT_TRANSLATE_NOOP("ImportTexts", "amount is 0.00: no money moved"))])
    service = ImportService(store)
    monkeypatch.setattr(service, "parse", lambda *args, **kwargs: parsed)
    preview = service.preview(b"", "mixed.ofx", card, today=TODAY)
    assert [(p.event.row, p.event.amount_fen) for p in preview.new] == [(2, 200), (5, 500)]
    assert [(s.row, s.reason) for s in preview.skipped] == [
        (3, "in HKD, the line is in CNY: not imported (DebtLens does not convert currencies); import the file onto "
            "a line in HKD, or enter the amount by hand in CNY"),
        (4, "amount is 0.00: no money moved")]
    service.commit(preview)
    assert _totals(store, card) == (2, 700, 0, 0, 0, 0)
