"""My own limits stored and measured (app/services/my_limits.py): personal line limits, plans running, this
month's spending, and the check before a purchase; numbers checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.credit_line import CreditLine
from app.domain.errors import NotFoundError, ValidationError
from app.domain.my_limits import MyLimits, Rule
from app.services.my_limits import MyLimitsService

TODAY = date(2026, 3, 20)


@pytest.fixture
def huabei(ledger):
    """花呗 (statement day 1, due day 10) whose bank limit went from ¥3,000.00 to ¥8,000.00 on Mar 1, with a
    ¥1,000.00 purchase on Mar 5 (paid in full, on the Apr 1 bill)."""
    line_id = ledger.add_line(CreditLine("花呗"), limit_fen=300_000, limit_from=date(2025, 1, 1)).ids["line"]
    ledger.change_limit(line_id, 800_000, date(2026, 3, 1))
    ledger.record_purchase(line_id, date(2026, 3, 5), 100_000, merchant="示例商城")
    return line_id


def test_the_limits_are_stored_and_cleared(store, huabei):
    service = MyLimitsService(store)
    assert not service.load().any
    service.set_line_limit(huabei, 300_000)
    service.set_max_active_plans(1)
    service.set_monthly_cap(200_000)
    limits = MyLimitsService(store).load()
    assert (dict(limits.line_limits_fen), limits.max_active_plans, limits.monthly_cap_fen) == (
        {huabei: 300_000}, 1, 200_000)
    service.set_line_limit(huabei, None)
    service.set_max_active_plans(None)
    service.set_monthly_cap(None)
    assert not service.load().any


def test_bad_limits_change_nothing(store, huabei):
    service = MyLimitsService(store)
    with pytest.raises(ValidationError):
        service.set_line_limit(huabei, 0)
    with pytest.raises(NotFoundError):
        service.set_line_limit(999, 100)
    with pytest.raises(ValidationError):
        service.set_max_active_plans(100)
    assert not service.load().any


def test_the_raised_limit_read_against_mine(store, huabei):
    """¥1,000.00 owed: the bank's ¥8,000.00 makes it 12.5 % used; my ¥3,000.00 keeps it at 33.3 %."""
    service = MyLimitsService(store)
    service.set_line_limit(huabei, 300_000)
    (row,) = service.status(TODAY).lines
    assert (row.owed_fen, row.my_limit_fen, row.bank_limit_fen) == (100_000, 300_000, 800_000)
    assert row.bank_used == Decimal("0.125") and round(row.mine_used, 4) == Decimal("0.3333")
    assert not row.over_mine


def test_plans_running_and_the_month_spent(store, ledger, huabei):
    """Mar 10: ¥1,200.00 in 3 parts (a plan, parts on the Apr 1, May 1, Jun 1 bills); Feb 20: ¥600.00 in 3 parts
    (parts Mar 1, Apr 1, May 1). On Mar 20 both run: 2 plans. March spending: 1,000 + 1,200 = 2,200.00 (the
    February purchase is not this month's). After paying the Mar 10 plan off early on Mar 21, one runs."""
    plan_a = ledger.record_purchase(huabei, date(2026, 3, 10), 120_000, installments=3,
                                    fee_rate=Decimal("0.025")).ids["purchase"]
    ledger.record_purchase(huabei, date(2026, 2, 20), 60_000, installments=3, fee_rate=Decimal("0.025"))
    service = MyLimitsService(store)
    assert service.active_plans(TODAY) == 2
    assert service.active_plans(date(2026, 3, 9)) == 1  # the March plan was not bought yet
    assert service.month_spent(TODAY) == 220_000
    assert service.month_spent(date(2026, 2, 28)) == 60_000
    ledger.pay_off_plan(store.plans.for_purchase(plan_a).id, date(2026, 3, 21))
    assert service.active_plans(date(2026, 3, 22)) == 1


def test_a_purchase_checked_against_my_limits(store, ledger, huabei):
    """My limit ¥1,500.00 on 花呗 with ¥1,000.00 owed: a ¥800.00 purchase in 3 parts makes 1,800.00, 300.00 over;
    with 1 plan allowed and none running, the plan is fine; cap ¥1,500.00 on March, 1,000 spent: 1,800.00, 300.00
    over. Paid in full, ¥500.00 exactly reaches both: nothing broken."""
    service = MyLimitsService(store)
    service.set_line_limit(huabei, 150_000)
    service.set_max_active_plans(1)
    service.set_monthly_cap(150_000)
    breaches = service.check_purchase(huabei, 80_000, TODAY, installments=3)
    assert [(b.rule, b.before, b.after, b.over) for b in breaches] == [
        (Rule.LINE_LIMIT, 100_000, 180_000, 30_000), (Rule.MONTHLY_CAP, 100_000, 180_000, 30_000)]
    assert service.check_purchase(huabei, 50_000, TODAY) == ()


def test_utilization_and_its_bands_are_read_against_my_limit_or_the_banks(store, huabei):
    """¥1,000.00 owed on a bank limit of ¥8,000.00 (raised from ¥3,000.00 on Mar 1: limit creep): read against my
    ¥3,000.00, utilization 1,000 ÷ 3,000 = 33.3 %, available ¥2,000.00; against the bank's, 12.5 % and ¥7,000.00.
    ``limits show`` keeps both readings whatever is chosen."""
    from app.domain.my_limits import LimitBasis
    from app.services.debt_load import debt_load
    from app.services.queries import QueryService

    service = MyLimitsService(store)
    service.set_line_limit(huabei, 300_000)
    pos = QueryService(store).status(TODAY)[0].position
    assert (pos.limit_fen, pos.bank_limit_fen, pos.limit_is_mine) == (300_000, 800_000, True)
    assert (pos.utilization, pos.available_fen) == (Decimal(1) / 3, 200_000)
    mine_band = debt_load(store, TODAY).lines[0].band

    service.set_read_against(LimitBasis.BANK)
    assert service.load().read_against == LimitBasis.BANK
    pos = QueryService(store).status(TODAY)[0].position
    assert (pos.limit_fen, pos.utilization, pos.available_fen, pos.limit_is_mine) == (
        800_000, Decimal("0.125"), 700_000, False)
    assert debt_load(store, TODAY).lines[0].band != mine_band
    row = service.status(TODAY).lines[0]
    assert (row.my_limit_fen, row.bank_limit_fen, row.mine_used, row.bank_used) == (
        300_000, 800_000, Decimal(1) / 3, Decimal("0.125"))

    with pytest.raises(ValidationError):
        service.set_read_against("neither")  # type: ignore[arg-type]


def test_a_limit_of_mine_above_the_banks_is_refused_and_one_stored_earlier_binds_nothing(store, huabei):
    """9,000.00 of my own on a line the bank limits to 8,000.00 is refused, naming the bank's limit; 8,000.00 is
    taken. One stored before that rule (or left above when the bank lowered its limit) still binds nothing."""
    service = MyLimitsService(store)
    with pytest.raises(ValidationError) as info:
        service.set_line_limit(huabei, 900_000)
    assert info.value.field == "limit" and "bank's credit limit on 花呗 (8,000.00)" in info.value.reason
    assert service.load().line_limits_fen == {}
    with pytest.raises(ValidationError) as info:
        service.save(MyLimits({huabei: 800_001}))
    assert info.value.field == f"my_limit:{huabei}" and service.load().line_limits_fen == {}
    service.set_line_limit(huabei, 800_000)
    assert service.load().line_limits_fen == {huabei: 800_000}
    with store.atomic():
        service.repo.set(huabei, 900_000)  # as stored before the rule
    from app.services.queries import QueryService

    pos = QueryService(store).status(TODAY)[0].position
    assert (pos.limit_fen, pos.limit_is_mine) == (800_000, False)
