"""Money typed by a person is read only when it is unambiguous (issue: a decimal comma recorded 12,34 as 1,234.00).

The rule (``app.i18n.formatting.parse_money``): plain ``1234.56`` or the locale's own format with its grouping in
the right places; anything else is refused with an example. The window's money fields are covered by
``tests/ui/test_bad_input_dialogs.py`` (decimal-comma cases for the limit, purchase, repayment and income fields).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main
from app.domain.errors import ValidationError
from app.i18n import formatting as fmt

ACCEPTED = [
    ("en_US", "1234.56", 123456), ("en_US", "1,234.56", 123456), ("zh_CN", "¥1,234.50", 123450),
    ("zh_CN", "１２３４．５６", 123456), ("zh_CN", "１，２３４．５６", 123456), ("en_US", "١٢٣", 12300),
    ("de_DE", "1.234,56", 123456), ("de_DE", "12,34", 1234), ("de_DE", "1234.56", 123456),
    ("fr_FR", "1 234,56", 123456), ("en_US", "1,234,567.8", 123456780), ("zh_CN", "100", 10000),
]
REFUSED = [
    ("en_US", "12,34", "is not an amount: type it as 1234.56 or 1,234.56"),
    ("zh_CN", "0,50", "is not an amount: type it as 1234.56 or 1,234.56"),
    ("zh_CN", "1.000,00", "is not an amount: type it as 1234.56 or 1,234.56"),
    ("en_US", "1,2,3", "is not an amount"), ("de_DE", "1,234.56", "is not an amount: type it as 1234.56 or 1.234,56"),
    ("en_US", "1.000", "has more than 2 decimals"), ("en_US", "12,3x", "is not a number"),
    ("en_US", "1e5", "is not a number"), ("en_US", "NaN", "is not a finite number"),
]


@pytest.mark.parametrize(("locale", "text", "fen"), ACCEPTED)
def test_unambiguous_money_is_read_in_the_locale(locale, text, fen):
    assert fmt.parse_money(text, locale=locale) == fen


@pytest.mark.parametrize(("locale", "text", "reason"), REFUSED)
def test_decimal_comma_amount_is_refused_with_how_to_type_it(locale, text, reason):
    with pytest.raises(ValidationError) as err:
        fmt.parse_money(text, locale=locale, field="amount")
    assert err.value.field == "amount" and err.value.reason.startswith(reason)


@settings(max_examples=300, deadline=None)
@given(fen=st.integers(0, 10**10), locale=st.sampled_from(["en_US", "zh_CN", "de_DE", "fr_FR"]))
def test_formatted_money_reads_back_to_the_same_fen(fen, locale):
    for text in (fmt.money(fen, locale=locale), fmt.money(fen, locale=locale, symbol=False)):
        assert fmt.parse_money(text, locale=locale, allow_zero=True) == fen


# LANG is Chinese below, so the refusal is in Chinese: "type it as 1234.56"
@pytest.mark.parametrize(("args", "reason"), [
    (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "12,34"], "请写成 1234.56"),
    (["repay", "--line", "花呗", "--date", "2024-03-01", "--amount", "0,50"], "请写成 1234.56"),
    (["line", "limit", "花呗", "--limit", "1.000,00"], "请写成 1234.56"),
    (["income", "8.000,00"], "请写成 1234.56"),
])
def test_cli_refuses_a_decimal_comma_and_writes_nothing(tmp_path, capsys, monkeypatch, args, reason):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000"]) == 0
    capsys.readouterr()
    assert main(["--db", db, *args]) == 2
    assert reason in capsys.readouterr().err
    assert main(["--db", db, "purchase", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_cli_reads_the_users_own_locale(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "t.db")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert main(["--db", db, "line", "add", "Karte", "--limit", "5.000,00"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "Karte", "--date", "2024-03-01", "--amount", "12,34"]) == 0
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["--db", db, "purchase", "add", "--line", "Karte", "--date", "2024-03-02", "--amount", "1,234.56"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "purchase", "list", "--json"]) == 0
    import json

    assert sorted(p["amount_fen"] for p in json.loads(capsys.readouterr().out)) == [1234, 123456]
