""""Can I pay it on that date?" (app/domain/pay_check.py); numbers checked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.pay_check import Verdict, check, paydays

TODAY = date(2026, 3, 20)


def test_paydays_are_clamped_to_short_months():
    """Pay day 31 after Jan 31 through Apr 30: Feb 28, Mar 31, Apr 30; pay day 15 after Mar 20 through Apr 10:
    none; through Apr 15: Apr 15."""
    assert paydays(date(2026, 1, 31), date(2026, 4, 30), 31) == [date(2026, 2, 28), date(2026, 3, 31),
                                                                 date(2026, 4, 30)]
    assert paydays(TODAY, date(2026, 4, 10), 15) == []
    assert paydays(TODAY, date(2026, 4, 15), 15) == [date(2026, 4, 15)]
    with pytest.raises(ValidationError):
        paydays(TODAY, date(2026, 4, 15), 32)


def test_short_before_pay_day_fine_after_it():
    """¥2,000.00 now, ¥8,000.00 on the 15th. Due Apr 10 with 1,200.00 already due: 2,000 − 1,200 = 800.00, after
    ¥3,000.00: −2,200.00, short. Due May 10 with 1,700.00 due by then: 2,000 + 8,000 − 1,700 = 8,300.00, after
    5,300.00 >= 800.00 (10 % of 8,000): fine."""
    short = check(200_000, 800_000, 15, TODAY, date(2026, 4, 10), 120_000, 300_000)
    assert (short.paydays, short.before_fen, short.after_fen, short.verdict) == (0, 80_000, -220_000, Verdict.SHORT)
    fine = check(200_000, 800_000, 15, TODAY, date(2026, 5, 10), 170_000, 300_000)
    assert (fine.paydays, fine.before_fen, fine.after_fen, fine.verdict) == (1, 830_000, 530_000, Verdict.FINE)


def test_tight_when_less_than_a_tenth_of_income_is_left():
    """800.00 before, a 300.00 part: 500.00 left < 800.00 (10 % of 8,000): tight. Without income set, only cash
    counts and anything not negative is fine."""
    tight = check(200_000, 800_000, 15, TODAY, date(2026, 4, 10), 120_000, 30_000)
    assert (tight.after_fen, tight.verdict) == (50_000, Verdict.TIGHT)
    no_income = check(200_000, None, None, TODAY, date(2026, 5, 10), 120_000, 30_000)
    assert (no_income.paydays, no_income.after_fen, no_income.verdict) == (0, 50_000, Verdict.FINE)


def test_bad_input():
    with pytest.raises(ValidationError):
        check(-1, None, None, TODAY, TODAY, 0, 0)
    with pytest.raises(ValidationError):
        check(0, None, None, TODAY, date(2026, 3, 19), 0, 0)
