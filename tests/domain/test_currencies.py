"""Every ISO 4217 currency babel knows is accepted, with babel's (CLDR's) number of decimals."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.numbers import get_currency_precision, list_currencies

from app.domain.credit_line import CreditLine, LineKind, validate_line
from app.domain.errors import ValidationError
from app.domain.money import CURRENCY_EXPONENTS, exponent_of, parse_amount
from app.i18n import formatting as fmt

ROOT = Path(__file__).resolve().parents[2]


def test_the_table_is_babels():
    sys.path.insert(0, str(ROOT / "tools"))
    from currency_table import table

    assert CURRENCY_EXPONENTS == table(), "run .venv/bin/python tools/currency_table.py"
    assert set(CURRENCY_EXPONENTS) == {c for c in list_currencies() if len(c) == 3 and c.isupper()}


@pytest.mark.parametrize(("code", "decimals"), [("CNY", 2), ("BRL", 2), ("MXN", 2), ("INR", 2), ("JPY", 0),
                                                ("KRW", 0), ("KWD", 3), ("BHD", 3), ("CLF", 4)])
def test_exponents(code, decimals):
    assert exponent_of(code) == decimals == get_currency_precision(code)


def test_amounts_follow_the_currency():
    assert parse_amount("1234.56", currency="BRL") == 123456
    assert parse_amount("1.234", currency="KWD") == 1234
    with pytest.raises(ValidationError, match="decimals"):
        parse_amount("1.2345", currency="KWD")
    assert fmt.money(123456, "BRL", locale="en_US") == "R$1,234.56"
    assert fmt.money(1234, "KWD", locale="en_US", symbol=False) == "1.234"
    assert fmt.money(1234, "JPY", locale="en_US", symbol=False) == "1,234"


def test_unknown_codes_are_refused():
    for code in ("XYZ", "brl", "", "BRLX"):
        with pytest.raises(ValidationError) as caught:
            exponent_of(code)
        assert caught.value.field == "currency"


def test_a_line_in_brl_is_valid():
    validate_line(CreditLine("Cartão", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=20, currency="BRL"))


def test_cli_line_add_in_brl(tmp_path):
    db = tmp_path / "t.db"
    run = [sys.executable, "-m", "app", "--db", str(db)]
    added = subprocess.run([*run, "line", "add", "Cartão", "--limit", "1500.50", "--currency", "BRL"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*run, "line", "list", "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert '"currency": "BRL"' in listed.stdout and '"limit_fen": 150050' in listed.stdout
    refused = subprocess.run([*run, "line", "add", "X", "--limit", "1", "--currency", "XYZ"], capture_output=True,
                             text=True, cwd=ROOT, timeout=60)
    assert refused.returncode == 2 and "--currency: unknown currency code (got XYZ)" in refused.stderr


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_yen_never_reads_as_yuan(locale):
    """The yuan is written ``¥`` in every language, so the yen is written ``JP¥`` in every language too (English's
    own yen sign is the same ``¥``)."""
    assert fmt.money(123400, "CNY", locale=locale) == "¥1,234.00"
    assert fmt.money(1234, "JPY", locale=locale) == "JP¥1,234"
    assert fmt.money(-1234, "JPY", locale=locale) == "-JP¥1,234"
    assert fmt.currency_sign("JPY", locale) == "JP¥"
    assert fmt.money_units(6494, "JPY", locale) == "JP¥6,494"
