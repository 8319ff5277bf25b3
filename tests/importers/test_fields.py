"""Field readers: amounts to fen, dates as printed, and the decoding order."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.money import parse_amount
from app.importers import ImportFormatError, parse_file
from app.importers.amounts import parse_fen
from app.importers.dates import excel_serial_date, parse_datetime_text
from app.importers.decoding import decode_bytes
from tests.importers.helpers import sample, tally

D = datetime.date


@pytest.mark.parametrize(("text", "fen"), [
    ("16.08", 1608), ("17.99", 1799), ("35.62", 3562), ("8.20", 820), ("4.31", 431), ("32.30", 3230),
    ("9.95", 995), ("145.20", 14520), ("33.16", 3316), ("36.30", 3630), ("2.05", 205), ("16.15", 1615),
    ("¥28.16", 2816), ("￥1,234.56", 123456), ('1,020.00', 102000), ("  1149.00 \t", 114900), ("1,299", 129900),
    ("222228.50", 22222850), ("0.5", 50), (".5", 50), ("7.", 700), ("1.500", 150), ("$12.00", 1200),
    ("１２", 1200), ("１，２３４．５６", 123456),  # full-width, as a Chinese input method types them
])
def test_amounts_are_exact(text: str, fen: int) -> None:
    assert parse_fen(text) == fen


@pytest.mark.parametrize("text", ["", "¥", "abc", "12,34", "1,0000.00", "1.005", "1e3", "--1", "NaN",
                                  "0.00", "-1.00", "100000001.00"])
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_fen(text)


def test_signs_and_decimal_comma() -> None:
    assert parse_fen("-3.90", allow_negative=True) == -390
    assert parse_fen("(12.34)", allow_negative=True) == -1234
    assert parse_fen("1.234,56", decimal_comma=True) == 123456
    assert parse_fen("0.00", allow_zero=True) == 0


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2))
def test_agrees_with_the_domain_parser(value: Decimal) -> None:
    plain = f"{value:f}"
    grouped = f"{value:,.2f}"
    assert parse_fen(plain) == parse_amount(plain) == int(value * 100)
    assert parse_fen(grouped) == parse_amount(grouped)


@pytest.mark.parametrize(("text", "date"), [
    ("2024-10-30 21:47:05", D(2024, 10, 30)), ("2024/3/30 19:42", D(2024, 3, 30)), ("2024-10-30", D(2024, 10, 30)),
    ("2024.10.30", D(2024, 10, 30)), ("2024年10月30日", D(2024, 10, 30)), ("20241030", D(2024, 10, 30)),
    ("2024-10-30T00:30:00", D(2024, 10, 30)), ("45595.875", D(2024, 10, 30)), ("45595", D(2024, 10, 30)),
    ("45595.99999999", D(2024, 10, 31)),
])
def test_dates_as_printed(text: str, date: datetime.date, machine_tz: str) -> None:
    assert parse_datetime_text(text) == date


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)))
def test_every_iso_day_reads_as_itself(day: datetime.date) -> None:
    assert parse_datetime_text(day.isoformat()) == day
    assert parse_datetime_text(f"{day.isoformat()} 23:59:59") == day


@pytest.mark.parametrize("text", ["", "2024-13-01", "2024-02-30 10:00", "10/30/2024", "2024-10-30 25:00",
                                  "yesterday", "123", "2024-10-30 ab:cd", "2024-02-30", "２０２４-10-30"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_datetime_text(text)


def test_excel_serial_range() -> None:
    assert excel_serial_date("1") is None and excel_serial_date("12.5.1") is None
    assert excel_serial_date("45292") == D(2024, 1, 1)


class TestDecoding:
    def test_order_of_evidence(self) -> None:
        assert decode_bytes("交易".encode("utf-8"), "f").encoding == "utf-8"
        assert decode_bytes(b"\xef\xbb\xbf\xe4\xba\xa4", "f").text == "交"
        assert decode_bytes("交易时间".encode("gbk"), "f").encoding == "gb18030"
        assert decode_bytes("交易时间".encode("utf-16"), "f").text == "交易时间"
        assert decode_bytes("Crème".encode("cp1252"), "f", fallback="cp1252") == decode_bytes(
            "Crème".encode("cp1252"), "f", fallback="cp1252")
        guessed = decode_bytes("Crème brûlée\n".encode("cp1252"), "f", fallback="cp1252")
        assert guessed.text == "Crème brûlée\n" and guessed.guessed

    def test_declared_charset_must_fit(self) -> None:
        with pytest.raises(ImportFormatError, match="gb18030"):
            decode_bytes(b"\xff\xff\xff", "f", declared="gb18030")

    def test_utf16_bank_export_parses(self) -> None:
        data = sample("manual_entry_sample.csv").decode("utf-8").encode("utf-16")  # BOM + UTF-16 LE
        assert tally(parse_file(data, "utf16.csv")) == {"purchase": (8, 480361)}
        bomless = sample("manual_entry_sample.csv").decode("utf-8").encode("utf-16-le")
        assert tally(parse_file(bomless, "utf16le.csv")) == {"purchase": (8, 480361)}

    def test_cp1252_csv_is_guessed_and_said_so(self) -> None:
        data = "date,merchant,category,amount\n2024-08-01,Café Crème,Dining,4.50\n".encode("cp1252")
        result = parse_file(data, "cp1252.csv")
        assert result.info["encoding_guessed"] is True and result.info["notices"]


def test_the_chinese_category_names_are_those_the_window_shows():
    """A typed file written from what the Chinese window shows ("餐饮", "购物") is filed under those categories, not
    under Other: the importers' list of Chinese names is the catalogue's."""
    import re
    from pathlib import Path

    from app.importers import categories

    ts = (Path(__file__).resolve().parents[2] / "translations" / "debtlens_zh_CN.ts").read_text(encoding="utf-8")
    context = next(body for name, body in re.findall(r"<context>\s*<name>([^<]+)</name>(.*?)</context>", ts, re.S)
                   if name == "ImportTexts")
    shown = {source: text for source, text in re.findall(
        r"<source>([^<]+)</source>(?:\s*<extracomment>.*?</extracomment>)?\s*<translation>([^<]+)</translation>",
        context, re.S) if source in categories.CATEGORIES}
    assert set(shown) == set(categories.CATEGORIES)
    assert categories.CHINESE_NAMES == {text: source for source, text in shown.items()}
    assert [categories.from_text(f" {text} ") for text in shown.values()] == list(shown)
