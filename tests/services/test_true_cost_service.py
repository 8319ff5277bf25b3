"""True-cost services on a database built with LedgerService: before you buy, band crossings, debt load,
thresholds, the minimum-payment trap and the payoff planner (domain-rules.md §2-§7 worked numbers)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta

from app.domain.credit_line import CreditLine
from app.domain.debt_load import Band, UtilizationThresholds
from app.domain.errors import ValidationError
from app.domain.minimum_payment import MinimumRule
from app.domain.payoff import Debt, Strategy
from app.services.before_you_buy import before_you_buy, crosses_band
from app.services.debt_load import Thresholds, ThresholdService, debt_load
from app.services.minimum_trap import minimum_trap, statement_choice, statement_choices, trap_for_statement
from app.services.payoff_planner import compare_payoff, debts_from_lines
from app.services.settings import SettingsService
from app.services.true_cost import installment_options, option_for_line, revolving_rate

TODAY = date(2024, 3, 15)


def pp(rate: Decimal) -> Decimal:
    """A fraction as percent rounded to 0.01 pp, the way domain-rules.md §3 writes it."""
    return (rate * 100).quantize(Decimal("0.01"))


@pytest.fixture
def income(store):
    SettingsService(store).set_monthly_income(800000)  # 8,000.00 a month


@pytest.fixture
def owed_1200(ledger, huabei):
    """1,200.00 paid in full, on the 2024-04-01 bill (due 04-10): 24 % of the 5,000.00 limit."""
    ledger.record_purchase(huabei, date(2024, 3, 2), 120000)


# -- before you buy -----------------------------------------------------------------------------------------
def test_three_periods_at_2_5_percent_on_huabei(store, huabei):
    c = before_you_buy(store, huabei, 100000, TODAY)
    three = c.option(3)
    assert [p.amount_fen for p in three.plan.parts] == [34168, 34166, 34166]
    assert three.plan.total_fee_fen == 2500 and three.plan.total_paid_fen == 102500
    assert (pp(three.plan.rate.apr), pp(three.plan.rate.ear), pp(three.plan.rate.simple)) == (
        Decimal("14.94"), Decimal("16.01"), Decimal("15.00"))
    # purchase 03-15 posts on the 04-01 bill: parts due 04-10, 05-10, 06-10, i.e. in months 2-4 of the 12
    assert three.plan.due_dates == (date(2024, 4, 10), date(2024, 5, 10), date(2024, 6, 10))
    assert c.months[0] == date(2024, 3, 1) and len(c.months) == 12
    assert three.new_by_month == (0, 34168, 34166, 34166) + (0,) * 8
    assert three.utilization_after == Decimal("0.2") and three.utilization_band_after is Band.AMBER
    assert three.dsr_after is None and three.verdict is Band.AMBER  # no income: utilization alone


def test_every_option_has_its_fee_and_annualized_rate(store, huabei):
    c = before_you_buy(store, huabei, 100000, TODAY)
    assert [o.periods for o in c.options] == [1, 3, 6, 9, 12]
    assert [o.plan.total_fee_fen for o in c.options] == [0, 2500, 4500, 6500, 8800]
    assert [pp(o.plan.rate.apr) for o in c.options] == [
        Decimal("0.00"), Decimal("14.94"), Decimal("15.27"), Decimal("15.34"), Decimal("15.87")]
    assert c.option(1).new_by_month[1] == 100000  # the whole price on the April bill
    assert [p.amount_fen for p in c.option(12).plan.parts] == [9074] + [9066] * 11


def test_xirr_uses_the_real_purchase_and_due_dates(store, huabei):
    # 12 × 8.8 % bought 2024-03-15, first due 2024-04-10: domain-rules.md §3 / §10 vector 5
    twelve = before_you_buy(store, huabei, 100000, TODAY).option(12)
    assert pp(twelve.plan.rate.xirr) == Decimal("17.46")
    assert twelve.plan.due_dates[0] == date(2024, 4, 10) and twelve.plan.due_dates[-1] == date(2025, 3, 10)


def test_repayments_come_on_top_of_what_is_already_due(store, huabei, owed_1200):
    c = before_you_buy(store, huabei, 100000, TODAY)
    assert c.base_by_month == (0, 120000) + (0,) * 10
    three = c.option(3)
    assert three.after_by_month[:5] == (0, 120000 + 34168, 34166, 34166, 0)
    assert three.peak_month == date(2024, 4, 1) and three.peak_due_fen == 154168
    assert (c.limit_fen, c.outstanding_fen, c.available_fen) == (500000, 120000, 380000)
    assert c.utilization_before == Decimal("0.24") and three.utilization_after == Decimal("0.44")


def test_debt_service_ratio_with_income(store, huabei, owed_1200, income):
    c = before_you_buy(store, huabei, 100000, TODAY)
    assert c.income_fen == 800000
    assert c.dsr_before == Decimal("0.15") and c.dsr_band_before is Band.GREEN  # 1,200 / 8,000
    in_full, three, twelve = c.option(1), c.option(3), c.option(12)
    assert in_full.dsr_after == Decimal("0.275") and in_full.dsr_band_after is Band.RED  # 2,200 / 8,000
    assert three.dsr_after == Decimal("0.19271") and three.dsr_band_after is Band.AMBER  # 1,541.68 / 8,000
    assert twelve.dsr_after == Decimal("0.1613425") and twelve.dsr_band_after is Band.AMBER
    # verdict: the worse of utilization (44 % orange) and DSR
    assert in_full.verdict is Band.RED and three.verdict is Band.ORANGE


def test_band_crossing(store, huabei, owed_1200, income):
    c = before_you_buy(store, huabei, 100000, TODAY)
    assert c.crosses_band
    crossing = {x.metric: (x.before, x.after) for x in c.option(3).crossings}
    assert crossing == {"utilization": (Band.AMBER, Band.ORANGE), "dsr": (Band.GREEN, Band.AMBER)}
    assert {x.metric: x.after for x in crosses_band(store, huabei, 100000, TODAY, periods=1)} == {
        "utilization": Band.ORANGE, "dsr": Band.RED}
    # 100.00 more keeps utilization amber (26 %) and the busiest month at 1,300 / 8,000 = 16.25 % (amber!)
    small = crosses_band(store, huabei, 10000, TODAY, periods=1)
    assert [(x.metric, x.before, x.after) for x in small] == [("dsr", Band.GREEN, Band.AMBER)]
    # the busiest month sits exactly on the 15 % line, so even 3 × 10.25 (30.00 + 2.5 % fee) tips it over
    tiny = crosses_band(store, huabei, 3000, TODAY, periods=3)
    assert [(x.metric, x.after_value) for x in tiny] == [("dsr", Decimal("0.15128125"))]


def test_no_crossing_without_income_for_a_small_purchase(store, huabei, owed_1200):
    assert crosses_band(store, huabei, 10000, TODAY) == ()  # 26 % stays amber; no income, no DSR


def test_more_than_available_is_flagged_and_critical(store, huabei, owed_1200):
    c = before_you_buy(store, huabei, 400000, TODAY)
    assert c.exceeds_available
    assert c.option(1).utilization_after == Decimal("1.04") and c.option(1).verdict is Band.CRITICAL


def test_fee_rate_overrides_and_unknown_presets(store, huabei):
    # 24 periods has no Huabei preset: left out, unless a rate is given
    assert [o.periods for o in installment_options(store, huabei, 100000, TODAY, (3, 24))] == [3]
    options = installment_options(store, huabei, 100000, TODAY, (3, 24), {24: Decimal("0.15"), 3: Decimal(0)})
    assert [(o.periods, o.total_fee_fen) for o in options] == [(3, 0), (24, 15000)]
    with pytest.raises(ValidationError) as err:
        option_for_line(store.lines.get(huabei), 100000, TODAY, 24)
    assert err.value.field == "fee_rate"


def test_nothing_is_written(store, huabei, owed_1200, income):
    before = store.purchases.count()
    before_you_buy(store, huabei, 100000, TODAY)
    crosses_band(store, huabei, 100000, TODAY, periods=3)
    assert store.purchases.count() == before


def test_bad_price_is_refused(store, huabei):
    with pytest.raises(ValidationError) as err:
        before_you_buy(store, huabei, 0, TODAY)
    assert err.value.field == "price"


def test_stored_thresholds_change_the_bands(store, huabei, owed_1200):
    service = ThresholdService(store)
    service.save(Thresholds(utilization=UtilizationThresholds(amber=Decimal("0.25"), orange=Decimal("0.5"),
                                                              red=Decimal("0.7"), critical=Decimal("0.9"))))
    assert store.settings.get("threshold.utilization.amber") == "0.25"
    assert store.settings.get("threshold.utilization.critical") is None  # equal to the default: not stored
    loaded = service.load()
    assert loaded.customized == frozenset({"utilization"})
    assert loaded.utilization.amber == Decimal("0.25") and "your own setting" in loaded.utilization.source
    assert loaded.debt_service.source.startswith("CFPB")
    c = before_you_buy(store, huabei, 100000, TODAY)
    assert c.utilization_band_before is Band.GREEN and c.option(1).utilization_band_after is Band.AMBER
    service.reset()
    assert service.load() == Thresholds()


def test_unreadable_thresholds_fall_back_to_the_defaults(store):
    store.settings.set("threshold.debt_service.amber", "lots")
    store.settings.set("threshold.dti_all.amber", "0.60")  # above red: not ascending
    assert ThresholdService(store).load() == Thresholds()


# -- debt load ----------------------------------------------------------------------------------------------
def test_debt_load_overview(store, ledger, huabei, owed_1200, income):
    card = ledger.add_line(CreditLine("卡", statement_day=5, due_day=23), limit_fen=300000).ids["line"]
    ledger.record_purchase(card, date(2024, 3, 10), 150000)  # on the 04-05 bill, due 04-23
    load = debt_load(store, TODAY)
    # §6 example: 2,700 / 8,000 = 33.75 % orange
    assert (load.outstanding_fen, load.limit_fen, load.utilization) == (270000, 800000, Decimal("0.3375"))
    assert load.utilization_band is Band.ORANGE
    assert [(x.name, x.band) for x in load.lines] == [("花呗", Band.AMBER), ("卡", Band.RED)]
    assert load.peak_month == date(2024, 4, 1) and load.peak_due_fen == 270000
    assert load.dsr == Decimal("0.3375") and load.dsr_band is Band.RED
    assert load.dti_all is None and not load.persistent_debt
    assert load.band is Band.RED


def test_debt_load_without_income_or_lines(store):
    load = debt_load(store, TODAY)
    assert load.utilization is None and load.dsr is None and load.band is None


def test_dti_all_with_housing(store, huabei, owed_1200, income):
    ThresholdService(store).set_housing(200000)
    load = debt_load(store, TODAY)
    assert load.dti_all == Decimal("0.4")  # (1,200 + 2,000) / 8,000
    assert load.dti_all_band is Band.AMBER


def test_persistent_debt_flag(store, ledger):
    # 10,000.00 revolving at 0.05 %/day, 200.00 repaid a month: interest takes most of each repayment
    line = ledger.add_line(CreditLine("卡"), limit_fen=2000000).ids["line"]
    ledger.record_purchase(line, date(2023, 1, 5), 1000000)
    for k in range(20):
        ledger.record_repayment(line, date(2023, 2, 10) + relativedelta(months=k), 20000)
    early = debt_load(store, date(2024, 3, 15))  # only 14 bills so far: no 18-month period yet
    late = debt_load(store, date(2024, 10, 15))
    assert not early.persistent_debt
    assert late.persistent_debt and late.persistent_lines == ("卡",)


# -- minimum-payment trap -----------------------------------------------------------------------------------
def test_minimum_trap_u1():
    trap = minimum_trap(300000, Decimal("0.18"), MinimumRule(Decimal("0.01"), True, 2500))
    w = trap.warning
    assert (w.months, w.total_paid_fen, w.total_interest_fen) == (170, 649414, 349414)
    assert (w.payment_36_fen, w.total_36_fen) == (10846, 390456)
    assert trap.minimum_balances[0] == 300000 and trap.minimum_balances[-1] == 0
    assert len(trap.payoff_36_balances) == 37 and trap.payoff_36_balances[-1] == 0


def test_minimum_trap_of_a_huabei_bill(store, huabei, owed_1200):
    choices = statement_choices(store, date(2024, 4, 2))
    assert len(choices) == 1
    choice = choices[0]
    assert (choice.statement_date, choice.due_date, choice.balance_fen, choice.issued) == (
        date(2024, 4, 1), date(2024, 4, 10), 120000, True)
    assert choice.apr == Decimal("0.1825")  # 0.05 %/day × 365, simple
    assert choice.rule == MinimumRule(Decimal("0.10"), False, 1)
    w = trap_for_statement(choice).warning
    # the bill's own minimum (10 % of 1,200.00, as the statements view shows it): no interest before it is due
    assert w.first_minimum_fen == 12000 == choice.minimum_fen
    assert w.months is not None and w.total_interest_fen > 0
    assert revolving_rate(store.lines.get(huabei)).annual.simple == Decimal("0.1825")


def test_the_trap_on_an_overdue_bill_pays_its_minimum_today(store, huabei, owed_1200):
    """The 2024-04-01 bill (due 04-10) still unpaid on 04-25: its 120.00 minimum is paid that day, 15 days late,
    so it costs 120.00 x 0.05 % x 15 = 0.90 more than the same bill chosen before its due date."""
    on_time = statement_choices(store, date(2024, 4, 2))[0]
    late = statement_choices(store, date(2024, 4, 25))[0]
    assert (on_time.overdue, late.overdue, late.minimum_fen) == (False, True, 12000)
    w_on_time, w_late = trap_for_statement(on_time).warning, trap_for_statement(late).warning
    assert w_late.total_interest_fen - w_on_time.total_interest_fen == 90
    assert w_late.months == w_on_time.months and w_late.first_minimum_fen == 12000


def test_the_next_bill_carries_the_rest_of_a_bill_whose_minimum_was_paid(store, ledger, queries, huabei, owed_1200):
    """The 2024-04-01 bill's 120.00 minimum paid on 04-10: its 1,080.00 rest revolves into the 05-01 bill with the
    interest it posts (§1.5). Chosen on 04-20, the next bill is what the next payment shows: 300.00 of new
    purchases plus that rest and interest, not the 300.00 alone (which "costs no interest" if paid in full), and
    the 04-01 bill is not offered a second time."""
    from app.domain.position import by_due_date, due_payments

    ledger.record_repayment(huabei, date(2024, 4, 10), 12000)
    ledger.record_purchase(huabei, date(2024, 4, 12), 30000)
    today = date(2024, 4, 20)
    choices = statement_choices(store, today)
    assert [c.statement_date for c in choices] == [date(2024, 5, 1)]
    nxt = by_due_date(due_payments(queries.line_statements(huabei, today)))[0]
    assert (choices[0].balance_fen, choices[0].minimum_fen) == (nxt.amount_fen, nxt.minimum_fen)
    assert choices[0].balance_fen == 30000 + 108000 + 108000 * 5 * 21 // 10000  # 21 days at 0.05 %: 11.34
    assert statement_choice(store, huabei, date(2024, 5, 1), today) == choices[0]


# -- payoff planner -----------------------------------------------------------------------------------------
P1 = [Debt("A", 80000, Decimal("0.06"), 2500), Debt("B", 250000, Decimal("0.22"), 7500),
      Debt("C", 400000, Decimal("0.16"), 10000)]


def test_payoff_p1():
    c = compare_payoff(P1, 40000, TODAY, ["C", "B", "A"])
    av, sb = c.plan(Strategy.AVALANCHE), c.plan(Strategy.SNOWBALL)
    assert (av.result.months, av.result.total_interest_fen) == (21, 109019)
    assert (sb.result.months, sb.result.total_interest_fen) == (22, 123011)
    assert av.payoff_dates["B"] == date(2025, 2, 15) and av.debt_free == date(2025, 12, 15)
    assert c.plan(Strategy.MINIMUMS_ONLY).result.months == 58
    assert c.plan(Strategy.CUSTOM).result.order == ("C", "B", "A")
    assert c.minimums_fen == 20000 and av.total_balances[0] == 730000 and av.total_balances[-1] == 0


def test_payoff_budget_below_minimums():
    with pytest.raises(ValidationError) as err:
        compare_payoff(P1, 19999, TODAY)
    assert err.value.field == "budget"


def test_debts_prefilled_from_lines(store, huabei, owed_1200):
    assert debts_from_lines(store, TODAY) == [Debt("花呗", 120000, Decimal("0.1825"), 12000)]


def test_debts_prefilled_on_each_debts_own_terms(store):
    """A 0 % pay-later line is 0 %, an installment plan's fee is its APR, a revolving balance its line's rate."""
    from app.domain.credit_line import CreditLine, LineKind
    from app.services.ledger import LedgerService

    ledger = LedgerService(store)
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=2000000, limit_from=date(2020, 1, 1)).ids["line"]
    bnpl = ledger.add_line(CreditLine("先用后付", LineKind.BNPL, statement_day=15, due_day=25,
                                      min_payment_rate=Decimal(0), fee_presets={4: Decimal(0)}),
                           limit_fen=300000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(huabei, TODAY - timedelta(days=3), 50000, merchant="示例超市")
    ledger.record_purchase(huabei, TODAY - timedelta(days=3), 100000, merchant="示例电脑", installments=12,
                           fee_rate=Decimal("0.088"))
    ledger.record_purchase(bnpl, TODAY, 40000, merchant="示例家电", installments=4,
                           fee_rate=Decimal(0))
    debts = {d.name: d for d in debts_from_lines(store, TODAY)}
    assert debts["花呗"] == Debt("花呗", 50000, Decimal("0.1825"), 5000)
    plan = debts["花呗 · 示例电脑"]
    # domain-rules §10 vector 4: 8.8 % over 12 months -> 1.3221 % a month, 15.87 % APR (nominal, 12 x r)
    assert (plan.balance_fen, plan.apr, plan.minimum_fen) == (100000, Decimal("0.1587"), 9074)
    assert debts["先用后付 · 示例家电"] == Debt("先用后付 · 示例家电", 40000, Decimal(0), 10000)
    assert "先用后付" not in debts  # nothing owed outside the plan


def test_debts_as_of_a_past_date_leave_out_later_installment_plans(store):
    """As the statements do: a plan whose purchase comes after ``as_of`` is not owed yet, and the line's revolving
    balance on that day is still counted (a workshop plans from a past day of a ledger holding the whole story)."""
    from app.services.ledger import LedgerService

    ledger = LedgerService(store)
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=2000000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(huabei, TODAY - timedelta(days=3), 50000, merchant="示例超市")
    ledger.record_purchase(huabei, TODAY + timedelta(days=5), 100000, merchant="示例电脑", installments=12,
                           fee_rate=Decimal("0.088"))
    assert debts_from_lines(store, TODAY) == [Debt("花呗", 50000, Decimal("0.1825"), 5000)]
    assert {d.name for d in debts_from_lines(store, TODAY + timedelta(days=5))} == {"花呗", "花呗 · 示例电脑"}


def test_the_trap_defaults_to_a_bill_with_a_revolving_balance(ledger, store, huabei):
    from app.domain.credit_line import LineKind
    from app.services.minimum_trap import default_choice

    card = ledger.add_line(CreditLine("示例信用卡", kind=LineKind.CREDIT_CARD, statement_day=20, due_day=8),
                           limit_fen=1000000).ids["line"]
    ledger.record_purchase(huabei, date(2024, 3, 5), 120000, installments=3, fee_rate=Decimal("0.025"))
    ledger.record_purchase(card, date(2024, 3, 10), 30000)
    choices = statement_choices(store, date(2024, 3, 15))
    # 花呗's Apr 1 bill is its first part, 400.00 + 10.00 fee: nothing in it revolves; the card's ¥300.00 does
    assert [(c.line_name, c.balance_fen, c.revolving_fen) for c in choices] == [
        ("花呗", 41000, 0), ("示例信用卡", 30000, 30000)]
    assert default_choice(choices) == 1
    assert default_choice(choices[:1]) == 0 and default_choice([]) == 0
