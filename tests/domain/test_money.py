from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.money import Money, parse_amount, split_evenly
from app.domain.rates import parse_rate


@pytest.mark.parametrize(
    ("text", "fen"),
    [("16.08", 1608), ("17.99", 1799), ("35.62", 3562), ("8.20", 820), ("4.31", 431), ("32.30", 3230),
     ("9.95", 995), ("1,299.00", 129900), ("¥28.16", 2816), ("￥1 020.5 元", 102050), ("  2.05\t", 205),
     ("+3", 300), (Decimal("145.20"), 14520), (7, 700)],
)
def test_parse_amount_exact(text, fen):
    assert parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "is empty"), ("   ", "is empty"), ("abc", "is not a number"), ("-5", "must not be negative"),
     ("0", "must be greater than zero"), ("1.005", "more than 2 decimals"), ("NaN", "is not a number"),
     ("inf", "is not a number"), ("100000000.01", "larger than"), ("1e5", "is not a number"),
     ("1.2.3", "is not a number"), ("'; DROP TABLE purchases;--", "is not a number")],
)
def test_parse_amount_rejects_with_reason(text, reason):
    with pytest.raises(ValidationError) as err:
        parse_amount(text, field="amount")
    assert err.value.field == "amount"
    assert reason in err.value.reason


def test_parse_amount_refuses_float():
    with pytest.raises(TypeError):
        parse_amount(16.08)  # type: ignore[arg-type]


def test_parse_amount_jpy_has_no_decimals():
    assert parse_amount("1500", currency="JPY") == 1500
    with pytest.raises(ValidationError):
        parse_amount("15.5", currency="JPY")


def test_money_refuses_mixed_currencies():
    assert (Money(100) + Money(250)).minor == 350
    assert Money(12345).to_decimal() == Decimal("123.45")
    with pytest.raises(ValueError):
        Money(1, "CNY") + Money(1, "USD")


@pytest.mark.parametrize(
    ("total", "n", "to", "expected"),
    [(136000, 3, "first", [45334, 45333, 45333]), (89915, 6, "first", [14990] + [14985] * 5),
     (240000, 12, "first", [20000] * 12), (10001, 4, "last", [2500, 2500, 2500, 2501])],
)
def test_split_evenly(total, n, to, expected):
    assert split_evenly(total, n, to) == expected
    assert sum(expected) == total


@pytest.mark.parametrize(
    ("text", "rate"),
    [("8.8%", Decimal("0.088")), ("8.8 %", Decimal("0.088")), ("8.8％", Decimal("0.088")),
     ("8.8\u00a0%", Decimal("0.088")), ("0%", Decimal(0)), ("0", Decimal(0)), ("0.00", Decimal(0)),
     ("-0%", Decimal(0)), ("0.05%", Decimal("0.0005")), (Decimal("0.088"), Decimal("0.088"))],
)
def test_parse_rate(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["", "x", "-1%", "100%", "150%", "8.8", "nan%"])
def test_parse_rate_rejects(text):
    with pytest.raises(ValidationError):
        parse_rate(text, field="fee_rate")


@pytest.mark.parametrize("text", ["0.088", "0.5", "1", " 12 ", "0.0005"])
def test_parse_rate_refuses_bare_numbers_other_than_0(text):
    # "0.5" could mean 0.5 % or 50 %: text has to say which with a % sign
    with pytest.raises(ValidationError) as info:
        parse_rate(text, field="fee_rate")
    assert (info.value.field, info.value.reason) == ("fee_rate", "write a percentage with %, e.g. 8.8%")


def test_parse_rate_empty_and_not_a_rate_messages():
    with pytest.raises(ValidationError, match="is empty"):
        parse_rate("  ", field="fee_rate")
    with pytest.raises(ValidationError) as info:
        parse_rate("abc", field="fee_rate")
    assert info.value.reason == "is not a rate (write e.g. 8.8%)"
