from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.billing import (
    clamp_day,
    cycle_of,
    due_date_for,
    interest_free_days,
    next_statement_date,
    statement_date_for,
)


def test_h3_leap_day_posting_huabei():
    # domain-rules.md H3: posted 2024-02-29, pair (1,10): bill 2024-03-01, due 2024-03-10, 10 free days
    assert statement_date_for(date(2024, 2, 29), 1) == date(2024, 3, 1)
    assert due_date_for(date(2024, 3, 1), 10) == date(2024, 3, 10)
    assert interest_free_days(date(2024, 2, 29), 1, 10) == 10


def test_interest_free_period_bounds_huabei():
    # §1: posted Mar 1 2024 -> due Apr 10 = 40 days; posted Mar 31 -> 10 days
    assert interest_free_days(date(2024, 3, 1), 1, 10) == 40
    assert interest_free_days(date(2024, 3, 31), 1, 10) == 10


def test_posting_on_statement_day_goes_to_next_bill_unless_inclusive():
    assert statement_date_for(date(2024, 3, 5), 5) == date(2024, 4, 5)
    assert statement_date_for(date(2024, 3, 5), 5, inclusive=True) == date(2024, 3, 5)
    assert cycle_of(date(2024, 4, 5), 5) == (date(2024, 3, 5), date(2024, 4, 4))
    assert cycle_of(date(2024, 4, 5), 5, inclusive=True) == (date(2024, 3, 6), date(2024, 4, 5))


def test_month_end_clamping():
    assert clamp_day(2025, 2, 31) == date(2025, 2, 28)
    assert clamp_day(2024, 2, 30) == date(2024, 2, 29)
    assert statement_date_for(date(2025, 2, 10), 31) == date(2025, 2, 28)
    assert next_statement_date(date(2025, 2, 28), 31) == date(2025, 3, 31)
    assert due_date_for(date(2025, 1, 31), 31) == date(2025, 2, 28)


def test_due_day_before_statement_day_falls_next_month():
    assert due_date_for(date(2024, 3, 20), 8) == date(2024, 4, 8)
    assert due_date_for(date(2024, 3, 10), 10) == date(2024, 4, 10)
    # credit card example C1: statement 03-20, due 04-08
    assert due_date_for(date(2024, 3, 20), 8) == date(2024, 4, 8)


@given(
    posting=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    day=st.integers(1, 31),
    inclusive=st.booleans(),
)
def test_every_posting_lands_on_exactly_one_statement(posting, day, inclusive):
    s = statement_date_for(posting, day, inclusive)
    start, end = cycle_of(s, day, inclusive)
    assert start <= posting <= end
    # the neighbouring cycles do not contain it
    prev_start, prev_end = cycle_of(next_statement_date(s, day, -1), day, inclusive)
    next_start, next_end = cycle_of(next_statement_date(s, day, 1), day, inclusive)
    assert not prev_start <= posting <= prev_end
    assert not next_start <= posting <= next_end
    assert prev_end + timedelta(days=1) == start and end + timedelta(days=1) == next_start
    assert due_date_for(s, day) > s
