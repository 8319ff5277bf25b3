"""Totals over a yuan line and a dollar card: one figure per currency, utilization per currency, the debt-service
ratio over the income's currency only (app.domain.currency_totals)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.credit_line import CreditLine, LineKind
from app.domain.currency_totals import Amounts, main_currency, total
from app.domain.debt_load import Band
from app.i18n import formatting as fmt
from app.services.debt_load import debt_load
from app.services.monthly_report import monthly_report
from app.services.overview import overview
from app.services.settings import SettingsService

TODAY = date(2026, 3, 20)


def two_currencies(ledger, store) -> tuple[int, int]:
    """花呗 (¥5,000.00 limit) owes ¥1,200.00 due 04-10; a USD card ($1,000.00 limit, bill on the 25th, due on the
    15th) owes $600.00 due 04-15; income ¥8,000.00 a month."""
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2020, 1, 1)).ids["line"]
    card = ledger.add_line(CreditLine("Sample USD card", kind=LineKind.CREDIT_CARD, currency="USD", statement_day=25,
                                      due_day=15), limit_fen=100000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(huabei, date(2026, 3, 15), 120000)
    ledger.record_purchase(card, date(2026, 3, 16), 60000)
    SettingsService(store).set_monthly_income(800000)
    return huabei, card


def test_the_domain_sums_per_currency_main_first():
    sums = total([("USD", 15000), ("CNY", 320000), ("CNY", 100)], "CNY")
    assert sums == Amounts((("CNY", 320100), ("USD", 15000)))
    assert (sums.of("USD"), sums.of("EUR"), sums.currencies) == (15000, 0, ("CNY", "USD"))
    assert total([], "CNY", ["CNY", "USD"]).nonzero() == Amounts((("CNY", 0),))
    assert main_currency(["USD", "CNY"]) == "CNY" and main_currency(["USD", "EUR"]) == "USD"
    assert main_currency([]) == "CNY"


def test_overview_keeps_yuan_and_dollars_apart(ledger, store):
    two_currencies(ledger, store)
    o = overview(store, TODAY)
    assert o.main_currency == "CNY" and o.currencies == ("CNY", "USD")
    assert o.outstanding == Amounts((("CNY", 120000), ("USD", 60000)))  # was ¥1,800.00: fen plus cents
    assert o.limit == Amounts((("CNY", 500000), ("USD", 100000)))
    assert o.available == Amounts((("CNY", 380000), ("USD", 40000)))
    assert o.utilizations == (("CNY", Decimal("0.24")), ("USD", Decimal("0.6")))
    assert o.due_soon == Amounts((("CNY", 120000), ("USD", 60000)))
    # the ``*_fen`` totals are the main currency's, and so is the income ratio: 1,200.00 ÷ 8,000.00
    assert (o.outstanding_fen, o.limit_fen, o.utilization) == (120000, 500000, Decimal("0.24"))
    assert o.debt_service_ratio == Decimal("0.15")
    assert o.upcoming.due_date == date(2026, 4, 10) and o.upcoming.amounts == Amounts((("CNY", 120000),))
    assert fmt.amounts(o.outstanding, locale="en_US") == "¥1,200.00 · $600.00"
    assert fmt.amounts(o.outstanding, locale="zh_CN") == "¥1,200.00 · US$600.00"


def test_debt_load_reads_utilization_per_currency_and_income_in_yuan(ledger, store):
    two_currencies(ledger, store)
    load = debt_load(store, TODAY)
    cny, usd = load.currencies
    assert (cny.currency, cny.outstanding_fen, cny.limit_fen, cny.utilization, cny.band) == (
        "CNY", 120000, 500000, Decimal("0.24"), Band.AMBER)
    assert (usd.currency, usd.outstanding_fen, usd.limit_fen, usd.utilization, usd.band) == (
        "USD", 60000, 100000, Decimal("0.6"), Band.RED)
    assert load.utilization == Decimal("0.24") and load.utilization_band is Band.RED  # the worst currency's band
    # April holds ¥1,200.00 (the $600.00 is left out of a yuan income): 1,200 ÷ 8,000 = 15 %, green
    assert load.due_by_month[1] == 120000 and load.peak_due_fen == 120000
    assert load.dsr == Decimal("0.15") and load.dsr_band is Band.GREEN
    assert load.other_currencies == ("USD",)


def test_a_ledger_in_dollars_only_has_its_totals_in_dollars(ledger, store):
    card = ledger.add_line(CreditLine("Sample USD card", currency="USD", statement_day=25, due_day=15),
                           limit_fen=100000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(card, date(2026, 3, 16), 60000)
    o, load = overview(store, TODAY), debt_load(store, TODAY)
    assert o.main_currency == load.main_currency == "USD" and load.other_currencies == ()
    assert (o.outstanding_fen, o.utilization, load.utilization) == (60000, Decimal("0.6"), Decimal("0.6"))
    assert fmt.amounts(o.outstanding, locale="en_US") == "$600.00"


def test_monthly_report_figures_per_currency(ledger, store):
    two_currencies(ledger, store)
    report = monthly_report(store, date(2026, 3, 1), TODAY)
    assert report.overview.outstanding == Amounts((("CNY", 120000), ("USD", 60000)))
    assert report.load.other_currencies == ("USD",) and report.load.dsr == Decimal("0.15")


def test_the_charts_data_holds_the_main_currency_only(ledger, store):
    from app.services.queries import QueryService
    from app.services.reports import debt_load as series_of

    two_currencies(ledger, store)
    series = series_of(store, TODAY)
    assert (series.currency, series.left_out) == ("CNY", ("USD",))
    assert series.outstanding_fen[series.today_index] == 120000  # ¥1,200.00; the $600.00 is not added
    assert series.limit_fen[series.today_index] == 500000
    queries = QueryService(store)
    monthly = queries.monthly_due(TODAY)
    assert monthly.left_out == () and set(monthly.by_line) == {"花呗", "Sample USD card"}
    charted = monthly.in_currency(queries.main_currency())
    assert list(charted.by_line) == ["花呗"] and charted.left_out == ("USD",)
    assert charted.totals[1] == 120000  # April
    report = monthly_report(store, date(2026, 3, 1), TODAY)
    assert report.monthly_due.left_out == report.debt_load.left_out == ("USD",)


def test_before_you_buy_keeps_to_the_lines_currency(ledger, store):
    from app.services.before_you_buy import before_you_buy

    huabei, card = two_currencies(ledger, store)
    # $300.00 on the dollar card: the yuan line's ¥1,200.00 is neither due nor owed in dollars
    usd = before_you_buy(store, card, 30000, TODAY, (1,))
    assert (usd.currency, usd.income_currency, usd.left_out, usd.income_applies) == ("USD", "CNY", ("CNY",), False)
    assert usd.base_by_month[1] == 60000  # April: $600.00 (was 180000: fen plus cents)
    assert usd.total_utilization_before == Decimal("0.6")  # $600 of $1,000 (was 0.3 over ¥ and $ limits)
    assert usd.option(1).total_utilization_after == Decimal("0.9")
    # the income is in yuan: no debt-service ratio for a dollar purchase (was $900 ÷ ¥8,000)
    assert usd.income_fen == 800000 and usd.dsr_before is None and usd.option(1).dsr_after is None
    assert [x.metric for x in usd.option(1).crossings] == ["utilization"]
    # ¥1,000.00 on 花呗: the dollar card's $600.00 is left out of what is due and of "all lines"
    cny = before_you_buy(store, huabei, 100000, TODAY, (1,))
    assert (cny.left_out, cny.income_applies) == (("USD",), True)
    assert cny.base_by_month[1] == 120000 and cny.total_utilization_before == Decimal("0.24")
    assert cny.dsr_before == Decimal("0.15")  # ¥1,200.00 ÷ ¥8,000.00
    assert cny.option(1).dsr_after == Decimal("0.275")  # April ¥2,200.00 ÷ ¥8,000.00
