"""A bank statement's installment period (CGB ``（分期）…/10/12期``) imported: billed in full in its statement's
minimum payment, never revolved (domain-rules.md §1.5, example M1), keyed by the bank's plan id and period."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.credit_line import CreditLine, LineKind, RevolvingBasis
from app.domain.statements import StatementStatus
from app.services.bank_plans import bank_plans
from app.services.importing import ImportService
from app.services.ledger import LedgerService
from app.services.queries import QueryService
from app.services.statement_detail import EntryKind, statement_detail
from app.storage.db import open_database
from app.storage.repositories import Store

HEADER = "交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
#: one purchase 100.00 and one plan period 387.42 on the bill of 2025-01-15
WORKED = (HEADER + "2025/01/05,2025/01/06,（消费）示例便利店,100.00,人民币,100.00,人民币\n"
          "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n").encode()
TODAY = date(2025, 3, 20)


@pytest.fixture
def cgb(ledger):
    """A CGB-like card: statement day 15, due day 5, minimum 10 % of ordinary spending, interest 0.05 %/day from
    the due date."""
    line = CreditLine("广发信用卡", kind=LineKind.CREDIT_CARD, statement_day=15, due_day=5,
                      min_payment_rate=Decimal("0.10"), daily_penalty_rate=Decimal("0.0005"),
                      revolving_basis=RevolvingBasis.UNPAID_FROM_DUE)
    return ledger.add_line(line, limit_fen=2000000).ids["line"]


def _import(store, line_id, data, today=TODAY):
    service = ImportService(store)
    preview = service.preview(data, "cgb.csv", line_id, today=today)
    service.commit(preview)
    return preview


def test_worked_example_minimum_counts_the_period_in_full(store, queries, cgb):
    _import(store, cgb, WORKED)
    jan = {s.statement_date: s for s in queries.line_statements(cgb, TODAY).statements}[date(2025, 1, 15)]
    assert jan.purchases_fen == 10000 and jan.installment_principal_fen == 38742
    assert jan.balance_fen == 48742  # 100.00 + 387.42
    assert jan.minimum_fen == 39742  # ceil(10 % × 100.00) + 387.42, not 10 % × 487.42 = 48.75
    assert jan.due_date == date(2025, 2, 5)


def test_paying_the_minimum_revolves_only_the_ordinary_rest(store, queries, ledger, cgb):
    _import(store, cgb, WORKED)
    ledger.record_repayment(cgb, date(2025, 2, 5), 39742)
    by_date = {s.statement_date: s for s in queries.line_statements(cgb, TODAY).statements}
    jan, feb = by_date[date(2025, 1, 15)], by_date[date(2025, 2, 15)]
    assert jan.status is StatementStatus.MINIMUM_PAID
    # the period was paid first (within a bill, installment parts before spending): 90.00 of the 100.00 revolves,
    # and only it accrues interest: 90.00 × 0.0005 × 10 days (02-06 … 02-15) = 0.45
    assert feb.previous_balance_fen == 9000
    assert feb.interest_fen == 45
    assert feb.balance_fen == 9045 and feb.minimum_fen == 900 + 45


def test_the_same_period_in_an_overlapping_download_is_stored_once(store, queries, cgb):
    _import(store, cgb, WORKED)
    later = (HEADER + "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n"
             "2025/02/03,2025/02/03,（分期）银联分期12345678901/11/12期,387.42,人民币,387.42,人民币\n").encode()
    preview = _import(store, cgb, later)
    assert [p.duplicate for p in preview.planned] == [True, False]
    assert store.db.execute("SELECT count(*) FROM installment_plans WHERE kind = 'bank'").fetchone()[0] == 2
    by_date = {s.statement_date: s for s in queries.line_statements(cgb, TODAY).statements}
    assert by_date[date(2025, 2, 15)].installment_principal_fen == 38742
    [plan] = bank_plans(store, cgb)
    assert (plan.bank_plan, plan.periods, plan.last_period, plan.periods_left, plan.posted_fen, plan.shown) == (
        "12345678901", 12, 11, 1, 2 * 38742, 2)


def test_the_plans_as_of_a_day_count_only_the_periods_posted_by_then(store, queries, cgb):
    """Periods 10 and 11 of one plan (01-03, 02-03) and period 1 of another (02-05): on 01-20 only period 10 was
    known, as the statements of that day count it; on 02-04 period 11 too; the second plan from 02-05."""
    data = (HEADER + "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n"
            "2025/02/03,2025/02/03,（分期）银联分期12345678901/11/12期,387.42,人民币,387.42,人民币\n"
            "2025/02/05,2025/02/05,（分期）银联分期98765432100/1/6期,200.00,人民币,200.00,人民币\n").encode()
    _import(store, cgb, data)

    def known(day):
        return [(p.bank_plan, p.last_period, p.periods_left, p.last_billed, p.posted_fen, p.shown)
                for p in queries.bank_plans(cgb, day)]

    assert known(date(2025, 1, 20)) == [("12345678901", 10, 2, date(2025, 1, 15), 38742, 1)]
    assert known(date(2025, 2, 4)) == [("12345678901", 11, 1, date(2025, 2, 15), 2 * 38742, 2)]
    assert known(date(2025, 2, 5)) == known(None) == [("12345678901", 11, 1, date(2025, 2, 15), 2 * 38742, 2),
                                                      ("98765432100", 1, 5, date(2025, 2, 15), 20000, 1)]
    feb = {s.statement_date: s for s in queries.line_statements(cgb, date(2025, 2, 4)).statements}[date(2025, 2, 15)]
    assert feb.installment_principal_fen == 38742  # the statements of 02-04 count the same periods


def test_statement_detail_shows_the_period_of_its_plan(store, queries, cgb):
    _import(store, cgb, WORKED)
    entries = list(statement_detail(store, cgb, date(2025, 1, 15), TODAY).entries)
    part = next(e for e in entries if e.kind is EntryKind.INSTALLMENT)
    assert (part.amount_fen, part.period, part.periods) == (38742, 10, 12)
    assert sum(e.amount_fen for e in entries) == 48742


def test_two_plans_with_equal_periods_are_two_rows(store, queries, cgb):
    data = (HEADER + "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n"
            "2025/01/03,2025/01/03,（分期）银联分期98765432100/2/6期,387.42,人民币,387.42,人民币\n").encode()
    _import(store, cgb, data)
    jan = {s.statement_date: s for s in queries.line_statements(cgb, TODAY).statements}[date(2025, 1, 15)]
    assert jan.balance_fen == jan.minimum_fen == 2 * 38742
    assert [(p.bank_plan, p.periods_left) for p in bank_plans(store, cgb)] == [("12345678901", 2), ("98765432100", 4)]


def test_import_is_undone_whole(store, queries, cgb):
    from app.services.undo import UndoService

    _import(store, cgb, WORKED)
    UndoService(store).undo()
    assert store.db.execute("SELECT count(*) FROM installment_plans").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM purchases").fetchone()[0] == 0
    assert store.cycles.totals_table() == []


def test_paying_each_minimum_keeps_the_line_current(store, queries, ledger, cgb):
    """Three bills, each with a plan period 387.42 and spending 100.00; each bill's minimum paid on its due date."""
    rows = [HEADER]
    for month, n in ((1, 10), (2, 11), (3, 12)):
        rows.append(f"2025/{month:02d}/03,2025/{month:02d}/03,（分期）银联分期12345678901/{n}/12期,387.42,人民币,"
                    "387.42,人民币\n")
        rows.append(f"2025/{month:02d}/05,2025/{month:02d}/06,（消费）示例便利店,100.00,人民币,100.00,人民币\n")
    _import(store, cgb, "".join(rows).encode(), today=date(2025, 3, 20))
    minimums = []
    for month in (1, 2, 3):
        bill = {s.statement_date: s for s in queries.line_statements(cgb, date(2025, month, 15)).statements}[
            date(2025, month, 15)]
        minimums.append(bill.minimum_fen)
        ledger.record_repayment(cgb, bill.due_date, bill.minimum_fen)
    # Feb: 90.00 revolved + 0.45 interest + 100.00 new + 387.42 → 9.00 + 0.45 + 10.00 + 387.42
    assert minimums[:2] == [39742, 900 + 45 + 1000 + 38742]
    result = queries.line_statements(cgb, date(2025, 4, 10))
    assert result.overdue_fen == 0
    assert [s.status for s in result.statements[:3]] == [StatementStatus.MINIMUM_PAID] * 3


_MONTHS = st.lists(st.tuples(st.integers(0, 300000), st.lists(st.integers(1, 200000), min_size=1, max_size=3)),
                   min_size=1, max_size=4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(months=_MONTHS)
def test_a_minimum_payer_with_bank_periods_is_never_overdue(tmp_path_factory, months):
    """Any spending and any plan periods per bill, imported from a bank file; each bill's minimum paid on its due
    date: no bill is overdue, and each minimum holds its plan periods whole."""
    store = Store(open_database(tmp_path_factory.mktemp("ledger") / "ledger.db"))
    try:
        ledger, queries = LedgerService(store), QueryService(store)
        line = ledger.add_line(CreditLine("广发信用卡", kind=LineKind.CREDIT_CARD, statement_day=15, due_day=5,
                                          min_payment_rate=Decimal("0.10")), limit_fen=10**8).ids["line"]
        rows = [HEADER]
        for month, (spend, periods) in enumerate(months, start=1):
            if spend:
                rows.append(f"2025/{month:02d}/05,,（消费）示例便利店,{spend / 100:.2f},人民币,{spend / 100:.2f},人民币\n")
            for k, amount in enumerate(periods):
                rows.append(f"2025/{month:02d}/03,,（分期）银联分期{k:011d}/{month}/12期,{amount / 100:.2f},人民币,"
                            f"{amount / 100:.2f},人民币\n")
        _import(store, line, "".join(rows).encode(), today=date(2025, 12, 1))
        for month, (_spend, periods) in enumerate(months, start=1):
            day = date(2025, month, 15)
            bill = {s.statement_date: s for s in queries.line_statements(line, day).statements}[day]
            assert bill.installment_principal_fen == sum(periods)
            assert bill.minimum_fen >= sum(periods)  # never revolved
            ledger.record_repayment(line, bill.due_date, bill.minimum_fen)
        result = queries.line_statements(line, date(2025, len(months) + 1, 10))
        assert result.overdue_fen == 0
        assert all(s.status is not StatementStatus.OVERDUE for s in result.statements)
    finally:
        store.close()


def test_a_bank_period_keeps_the_bank_terms(store, ledger, cgb):
    """Its texts can be edited; its amount, date or terms cannot (they are the bank's), nor can it be paid off here."""
    from app.domain.errors import ValidationError
    from app.services.listing import PurchaseListing

    _import(store, cgb, WORKED)
    [plan] = [p for p in store.plans.for_line(cgb) if p.bank_plan]
    ledger.edit_purchase(plan.purchase_id, note="手机分期")
    with pytest.raises(ValidationError, match="bank's installment plan"):
        ledger.edit_purchase(plan.purchase_id, amount_fen=100)
    with pytest.raises(ValidationError, match="pay it off with the bank"):
        ledger.pay_off_plan(plan.id, date(2025, 1, 10))
    listed = PurchaseListing(store).get(plan.purchase_id)
    assert (listed.bank_period, listed.installments, listed.note) == (("12345678901", 10), 12, "手机分期")


def test_a_later_period_is_no_new_spending_and_starts_no_plan(store, cgb):
    first = (HEADER + "2025/02/03,2025/02/03,（分期）银联分期98765432100/1/6期,200.00,人民币,200.00,人民币\n").encode()
    _import(store, cgb, WORKED)
    _import(store, cgb, first)
    jan_feb = (date(2025, 1, 1), date(2025, 2, 28))
    assert store.purchases.spent_by_day(cgb, *jan_feb) == [(date(2025, 1, 5), 10000)]
    assert store.plans.starts(cgb, *jan_feb) == [date(2025, 2, 3)]  # period 1 of a plan: it started then


def test_a_new_statement_day_moves_the_period_with_its_purchase(store, queries, ledger, cgb):
    _import(store, cgb, WORKED)
    ledger.edit_line(cgb, statement_day=2)  # the period of 01-03 is now on the 02-02 bill, the purchase of 01-05 too
    feb = {s.statement_date: s for s in queries.line_statements(cgb, TODAY).statements}[date(2025, 2, 2)]
    assert (feb.purchases_fen, feb.installment_principal_fen, feb.minimum_fen) == (10000, 38742, 39742)
    assert store.cycles.totals_table() == store.cycles.totals_recomputed()


OFX_WORKED = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:UTF-8\nCHARSET:NONE\nCOMPRESSION:NONE\n"
    "OLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<CCSTMTRS><CURDEF>CNY"
    "<CCACCTFROM><ACCTID>6200000000000000</CCACCTFROM><BANKTRANLIST>\n"
    "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250105<TRNAMT>-100.00<FITID>F1<NAME>示例便利店</STMTTRN>\n"
    "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250103<TRNAMT>-387.42<NAME>（分期）银联分期12345678901/10/12期</STMTTRN>\n"
    "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n").encode()
QIF_WORKED = ("!Type:CCard\nD01/05/2025\nT-100.00\nP示例便利店\n^\n"
              "D01/03/2025\nT-387.42\nP银联分期\nM第10期/共12期\n^\n").encode()


@pytest.mark.parametrize(("data", "name", "plan"), [(OFX_WORKED, "cgb.ofx", "12345678901"),
                                                     (QIF_WORKED, "cgb.qif", "银联分期")])
def test_ofx_and_qif_periods_are_billed_like_the_csv_ones(store, queries, cgb, data, name, plan):
    """The worked example in an OFX and a QIF download: the period is billed in full, not turned into a new
    purchase, and the same file imported again adds nothing."""
    service = ImportService(store)
    preview = service.preview(data, name, cgb, today=TODAY)
    [period] = [p.event for p in preview.new if p.event.plan_period is not None]
    assert (period.plan_period.plan_ref, period.plan_period.period, period.plan_period.periods) == (plan, 10, 12)
    assert any("installment plans" in str(n) for n in preview.info["notices"])
    service.commit(preview)
    jan = {s.statement_date: s for s in queries.line_statements(cgb, TODAY).statements}[date(2025, 1, 15)]
    assert jan.purchases_fen == 10000 and jan.installment_principal_fen == 38742
    assert jan.minimum_fen == 39742
    assert service.preview(data, name, cgb, today=TODAY).new == []


def test_a_card_statement_onto_a_huabei_line_is_said_before_importing(store, ledger):
    """The CGB statement previewed onto 花呗 (a Huabei line): the preview says it is a card's statement and names
    the line; onto the card it says nothing of the kind."""
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500_000).ids["line"]
    preview = ImportService(store).preview(WORKED, "cgb.csv", huabei, today=TODAY)
    assert "This is a CGB credit-card statement (CSV or Excel), and 花呗 is a Huabei line: import it onto your " \
           "card's line." in preview.info["notices"]


def test_a_card_statement_lists_the_charge_of_a_repayment_paid_with_the_card_once(store, ledger, queries, cgb):
    """花呗 repaid ¥500.00 on Jan 6 with money borrowed on the CGB card: the card already owes that ¥500.00. Its
    statement, imported later, lists "支付宝-花呗还款 500.00" on Jan 7: that row is the same charge, left out as a
    duplicate; a ¥500.00 purchase at a shop the same day is a purchase of its own."""
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500_000).ids["line"]
    ledger.record_purchase(huabei, date(2024, 12, 20), 50_000)
    ledger.record_repayment(huabei, date(2025, 1, 6), 50_000, funded_by_line_id=cgb)
    data = (HEADER + "2025/01/07,2025/01/07,（消费）支付宝-花呗还款,500.00,人民币,500.00,人民币\n"
            "2025/01/07,2025/01/07,（消费）示例便利店,500.00,人民币,500.00,人民币\n").encode()
    preview = ImportService(store).preview(data, "cgb.csv", cgb, today=TODAY)
    assert [(p.event.merchant or p.event.description, p.duplicate) for p in preview.planned] == [
        ("（消费）支付宝-花呗还款", True), ("（消费）示例便利店", False)]
    ImportService(store).commit(preview)
    assert queries.owed_fen(cgb, date(2025, 1, 8)) == 100_000  # the funded ¥500.00 and the shop's ¥500.00
