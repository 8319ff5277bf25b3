""""Can I pay it on that date?" on a ledger (app/services/pay_check.py); numbers checked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.credit_line import CreditLine, LineKind
from app.domain.errors import ValidationError
from app.domain.pay_check import Verdict
from app.services.pay_check import can_i_pay, pay_day, set_pay_day
from app.services.settings import SettingsService

TODAY = date(2026, 3, 20)


def test_the_bill_date_decides_not_the_longest_free_period(store, ledger):
    """花呗 (bill day 1, due 10) and a card (bill day 25, due day 13 of the next month); ¥1,200.00 already due
    on 花呗's Apr 1 bill (bought Mar 5), ¥2,000.00 cash, ¥8,000.00 pay on the 15th. A ¥3,000.00 purchase today:
    - 花呗 in full: Apr 1 bill, due Apr 10; no pay day before; 2,000 − 1,200 = 800.00, after −2,200.00: short.
    - the card in full: Mar 25 bill, due Apr 13; still no pay day (the 15th comes after): 800 − 3,000: short.
    - 花呗 in 3 parts at 2.5 % (fee 75.00; first part 1,025.00): due Apr 10: 800 − 1,025 = −225.00: short.
    So the card's longer wait does not help: the pay comes on the 15th."""
    hb = ledger.add_line(CreditLine("花呗"), limit_fen=800_000).ids["line"]
    ledger.add_line(CreditLine("示例卡", kind=LineKind.CREDIT_CARD, statement_day=25, due_day=13),
                    limit_fen=1_000_000)
    ledger.record_purchase(hb, date(2026, 3, 5), 120_000)
    SettingsService(store).set_monthly_income(800_000)
    set_pay_day(store, 15)
    rows = {(r.line, r.periods): r for r in can_i_pay(store, 300_000, TODAY, 200_000)}
    full = rows["花呗", 1]
    assert (full.statement_date, full.due_date, full.first_fen) == (date(2026, 4, 1), date(2026, 4, 10), 300_000)
    assert (full.check.before_fen, full.check.after_fen, full.check.verdict) == (80_000, -220_000, Verdict.SHORT)
    card = rows["示例卡", 1]
    assert (card.statement_date, card.due_date) == (date(2026, 3, 25), date(2026, 4, 13))
    assert (card.check.before_fen, card.check.verdict) == (80_000, Verdict.SHORT)
    three = rows["花呗", 3]
    assert (three.first_fen, three.total_fee_fen, three.check.after_fen) == (102_500, 7_500, -22_500)


def test_pay_day_setting_and_bad_input(store):
    assert pay_day(store) is None
    set_pay_day(store, 31)
    assert pay_day(store) == 31
    with pytest.raises(ValidationError):
        set_pay_day(store, 0)
    with pytest.raises(ValidationError):
        can_i_pay(store, 0, TODAY)
