"""The offer checker's rule (app/domain/offers.py): PBOC Announcement [2021] No. 3's annualized rate, with worked
numbers checked by hand in each docstring."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest

from app.domain.errors import ValidationError
from app.domain.offers import LoanOffer, OfferFlag, Payment, PeriodUnit, check_offer
from app.domain.true_cost import irr_monthly, irr_per_period

START = date(2026, 1, 1)


def offer(contract: int, received: int, *payments: tuple[date, int], fees=()) -> LoanOffer:
    return LoanOffer(contract, received, START, tuple(Payment(d, a) for d, a in payments),
                     tuple(Payment(d, a) for d, a in fees))


def test_the_seven_day_loan_with_money_kept_back():
    """Contract 5,000.00, 3,500.00 received on Jan 1, 6,000.00 due Jan 8 (7 days).

    By hand: cost = 6,000 − 3,500 = 2,500.00; simple annual rate = 2,500 ÷ 3,500 × 365 ÷ 7
    = 0.714285… × 52.142857… = 37.244897… -> 37.2449 (3,724.49 %). Kept back 5,000 − 3,500 = 1,500.00;
    term 7 days, under a month."""
    c = check_offer(offer(500_000, 350_000, (date(2026, 1, 8), 600_000)))
    assert (c.cost_fen, c.principal_fen, c.kept_back_fen, c.total_paid_fen, c.term_days) == (
        250_000, 350_000, 150_000, 600_000, 7)
    assert c.single and c.period.unit is PeriodUnit.TERM and c.period.days == 7
    assert c.apr == Decimal("37.2449") and str(c.apr) == "37.2449"
    assert c.period_rate == Decimal("0.714286")  # 2,500 ÷ 3,500 over the 7 days
    assert c.ear is None
    assert c.flags == (OfferFlag.UPFRONT_DEDUCTION, OfferFlag.SHORT_TERM)


def test_a_three_payment_monthly_schedule_uses_the_irr():
    """3,000.00 received on Jan 1 (nothing kept back), 1,100.00 on Feb 1, Mar 1 and Apr 1.

    By hand: r solves 3,000 = 1,100 × (v + v² + v³) with v = 1/(1+r), i.e. v + v² + v³ = 2.727272…;
    r = 4.9212 % a month: v = 0.953096, v² = 0.908392, v³ = 0.865785, sum 2.727273, × 1,100 = 3,000.00.
    APR = 12 × 0.0492123 = 0.5905 (59.05 %); effective (1.0492123)^12 − 1 = 0.7798 (77.98 %).
    numpy_financial.irr([-3000, 1100, 1100, 1100]) = 0.04921226 agrees. Cost 300.00, term 90 days: no flag."""
    months = (date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1))
    c = check_offer(offer(300_000, 300_000, *((d, 110_000) for d in months)))
    assert not c.single and c.period.unit is PeriodUnit.MONTH and c.period.per_year == 12
    assert c.period_rate == Decimal("0.049212")
    assert abs(float(c.period_rate) - npf.irr([-3000, 1100, 1100, 1100])) < 1e-6
    assert (c.apr, c.ear) == (Decimal("0.5905"), Decimal("0.7798"))
    assert (c.cost_fen, c.term_days, c.flags) == (30_000, 90, ())


def test_month_end_dates_are_still_a_monthly_schedule():
    """Start Jan 31: the months are Feb 28, Mar 31, Apr 30 (month-end clamped), so the period is a month and the
    figures equal the Jan 1 schedule's: APR 59.05 %."""
    start = date(2026, 1, 31)
    o = LoanOffer(300_000, 300_000, start, tuple(Payment(d, 110_000) for d in (
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30))))
    c = check_offer(o)
    assert c.period.unit is PeriodUnit.MONTH and c.apr == Decimal("0.5905")


def test_a_weekly_schedule_is_per_week_times_365_over_7():
    """1,000.00 received, 275.00 every 7 days four times (a "pay in 4 weeks" cash loan).

    By hand: r solves 1,000 = 275 × (v + v² + v³ + v⁴): r = 3.9245 % a week (numpy_financial.irr 0.0392450);
    APR = r × 365 ÷ 7 = 0.039245 × 52.142857 = 2.0463 (204.63 %); effective (1.039245)^52.142857 − 1 = 6.4425.
    Term 28 days: under a month."""
    weeks = [date(2026, 1, 8), date(2026, 1, 15), date(2026, 1, 22), date(2026, 1, 29)]
    c = check_offer(offer(100_000, 100_000, *((d, 27_500) for d in weeks)))
    assert c.period.unit is PeriodUnit.DAYS and c.period.days == 7
    assert c.period_rate == Decimal("0.039245")
    assert (c.apr, c.ear) == (Decimal("2.0463"), Decimal("6.4425"))
    assert c.flags == (OfferFlag.SHORT_TERM,)


def test_uneven_dates_use_a_daily_period_equal_to_xirr():
    """1,000.00 received, 520.00 after 10 days and 520.00 after 40: no common gap, so the period is a day:
    1,000 = 520 v¹⁰ + 520 v⁴⁰. The effective annual rate (1+r)^365 − 1 is then the XIRR (act/365) of the
    same flows; APR = 365 r."""
    from app.domain.true_cost import xirr

    c = check_offer(offer(100_000, 100_000, (date(2026, 1, 11), 52_000), (date(2026, 2, 10), 52_000)))
    assert c.period.unit is PeriodUnit.DAYS and c.period.days == 1 and c.period.per_year == 365
    rate = irr_per_period(100_000, [(10, 52_000), (40, 52_000)])
    assert abs(100_000 - 52_000 / (1 + rate) ** 10 - 52_000 / (1 + rate) ** 40) < Decimal("1e-6")
    assert c.apr == (rate * 365).quantize(Decimal("0.0001"))
    real = xirr([(START, 100_000), (date(2026, 1, 11), -52_000), (date(2026, 2, 10), -52_000)])
    assert abs(c.ear - real) <= Decimal("0.0001")


def test_fees_on_the_start_day_cut_the_principal_and_later_fees_are_payments():
    """Contract 2,000.00, all 2,000.00 received, a 200.00 "service fee" paid that day, 2,100.00 repaid 30 days
    later plus a 50.00 "membership" fee with it.

    By hand: principal actually received = 2,000 − 200 = 1,800.00; paid = 2,100 + 200 + 50 = 2,350.00; cost =
    2,350 − 2,000 = 350.00; one payment date (2,150.00 on Jan 31): 350 ÷ 1,800 × 365 ÷ 30 = 2.365740… -> 2.3657
    (236.57 %). The fee taken when the money arrives is money kept back: 200.00 (upfront_deduction); 30 days
    is under a month (Jan 1 + 1 month = Feb 1)."""
    c = check_offer(offer(200_000, 200_000, (date(2026, 1, 31), 210_000),
                          fees=((START, 20_000), (date(2026, 1, 31), 5_000))))
    assert (c.principal_fen, c.upfront_fees_fen, c.total_paid_fen, c.cost_fen) == (180_000, 20_000, 235_000, 35_000)
    assert c.payments == (Payment(date(2026, 1, 31), 215_000),)
    assert c.apr == Decimal("2.3657")
    assert c.kept_back_fen == 20_000
    assert c.flags == (OfferFlag.UPFRONT_DEDUCTION, OfferFlag.SHORT_TERM)


def test_a_month_or_more_with_nothing_kept_back_has_no_flag_and_a_free_loan_costs_nothing():
    """1,000.00 lent and received, 1,000.00 repaid exactly a month later: cost 0, rate 0, no flag."""
    c = check_offer(offer(100_000, 100_000, (date(2026, 2, 1), 100_000)))
    assert (c.cost_fen, c.apr, c.flags) == (0, Decimal("0.0000"), ())


@pytest.mark.parametrize(("o", "field", "reason"), [
    (offer(0, 0, (date(2026, 1, 8), 1)), "contract", "must be greater than zero"),
    (offer(100, 200, (date(2026, 1, 8), 300)), "received", "is more than the contract amount"),
    (offer(100, 100), "repayments", "give at least one repayment"),
    (offer(100, 100, (START, 200)), "repayments", "must be after the day the money arrives"),
    (offer(100, 100, (date(2026, 1, 8), 0)), "repayments", "must be greater than zero"),
    (offer(100, 100, (date(2026, 1, 8), 50)), "repayments",
     "the repayments and fees add up to less than the cash received"),
    (offer(100, 100, (date(2026, 1, 8), 200), fees=((START, 100),)), "fees",
     "paid when the money arrives take all of the cash received"),
    (offer(100, 100, (date(2026, 1, 8), 200), fees=((date(2025, 12, 31), 5),)), "fees",
     "must not be before the day the money arrives"),
])
def test_bad_offers_name_the_field(o, field, reason):
    with pytest.raises(ValidationError) as info:
        check_offer(o)
    assert (info.value.field, info.value.reason) == (field, reason)


def test_irr_monthly_is_irr_per_period_with_its_100_percent_cap():
    """One IRR solver: ``irr_monthly`` is ``irr_per_period`` at periods 1..n capped at 100 % a month (the §3
    preset 1,000.00 × 3 at 2.5 %: 341.68, 341.66, 341.66 -> 1.2449 %)."""
    assert irr_monthly(100_000, [34_168, 34_166, 34_166]) == irr_per_period(
        100_000, [(1, 34_168), (2, 34_166), (3, 34_166)], max_rate=Decimal(1))
    with pytest.raises(ValidationError, match="100% a month"):
        irr_monthly(100, [300])
    assert irr_per_period(100, [(1, 300)]) == Decimal(2)  # 200 % a period, found past the first bracket


def test_the_workshop_offer_uses_the_same_rule():
    """The quick-loan story's offer (app/workshop/scenario.py ``Offer``) reads its figures from ``check_offer``."""
    from app.workshop.scenario import Offer, Text

    story = Offer(Text("贷", "loan"), 500_000, 350_000, START, date(2026, 1, 8), 600_000)
    assert story.annualized_rate() == check_offer(offer(500_000, 350_000, (date(2026, 1, 8), 600_000))).apr
    assert (story.cost_fen, story.upfront_fen) == (250_000, 150_000)
