"""QIF credit-card exports of our own making (input-formats.md §8)."""

from __future__ import annotations

import datetime

import pytest

from app.importers import ImportFormatError, parse_file

D = datetime.date

QUICKEN_US = (
    "!Account\r\nNSample Card\r\nTCCard\r\n^\r\n"
    "!Type:CCard\r\n"
    "D6/ 4'18\r\nT-500.00\r\nPSample Electronics\r\nLElectronics\r\n^\r\n"
    "D6/14'18\r\nU-1,234.56\r\nT-1,234.56\r\nPSample Caf\u00e9\r\nMlunch\r\nLFood:Restaurants\r\n^\r\n"
    "D6/20'18\r\nT500.00\r\nPPayment - Thank You\r\nL[Checking]\r\n^\r\n"
    "D6/21'18\r\nT16.08\r\nPSample Electronics\r\nMreturned cable\r\n^\r\n"
)


def test_quicken_us_dates_amounts_and_kinds(machine_tz: str) -> None:
    result = parse_file(QUICKEN_US.encode("cp1252"), "card.qif")
    assert result.format == "qif"
    assert result.info["encoding"] == "cp1252" and result.info["notices"]  # the encoding was not declared
    assert [(e.row, e.kind, e.posted_on, e.amount_fen) for e in result.events] == [
        (6, "purchase", D(2018, 6, 4), 50000),
        (11, "purchase", D(2018, 6, 14), 123456),
        (18, "repayment", D(2018, 6, 20), 50000),
        (23, "refund", D(2018, 6, 21), 1608),
    ]
    lunch = result.events[1]
    assert (lunch.merchant, lunch.description, lunch.category, lunch.source_category) == (
        "Sample Café", "lunch", "Dining", "Food:Restaurants")
    assert all(e.currency is None for e in result.events)
    keys = [e.source_key for e in result.events]
    assert keys == [e.source_key for e in parse_file(QUICKEN_US.encode("cp1252"), "again.qif").events]


def test_day_first_is_inferred_from_the_whole_file() -> None:
    data = ("!Type:CCard\n"
            "D03/04/2024\nT-10,50\nPExemple\n^\n"  # alone, 03/04 could be either; 25/04 below settles it
            "D25/04/2024\nT-1.234,56\nPExemple\n^\n").encode("utf-8")
    result = parse_file(data, "eu.qif")
    assert [(e.posted_on, e.amount_fen) for e in result.events] == [(D(2024, 4, 3), 1050), (D(2024, 4, 25), 123456)]
    assert result.info["date_order"] == "DMY"


def test_ambiguous_dates_are_reported() -> None:
    result = parse_file(b"!Type:CCard\nD03/04/2024\nT-10.00\nPA\n^\n", "a.qif")
    assert result.events[0].posted_on == D(2024, 3, 4)
    assert any("day or the month" in n for n in result.info["notices"])


def test_two_digit_years_use_the_common_pivot_with_one_notice() -> None:
    data = (b"!Type:CCard\nD01/01/10\nT-10.00\nPA\n^\nD6/4/98\nT-20.00\nPB\n^\nD12/31/69\nT-30.00\nPC\n^\n"
            b"D1/1/70\nT-40.00\nPD\n^\nD6/ 4'18\nT-50.00\nPE\n^\n")
    result = parse_file(data, "old.qif")
    assert [e.posted_on for e in result.events] == [D(2010, 1, 1), D(1998, 6, 4), D(2069, 12, 31), D(2018, 6, 4)]
    # 1970 is read as the pivot says, and is before the days a ledger keeps: that record is not imported
    assert [(p.row, p.reason) for p in result.problems] == [
        (14, "dated 1970-01-01: a ledger keeps days from 1990-01-01 to 2100-12-31")]
    assert result.info["notices"].count(
        "two-digit years were read as 2000–2069 (00–69) and 1970–1999 (70–99): check the dates") == 1
    assert all(e.warnings == () for e in result.events)
    four = parse_file(b"!Type:CCard\nD13/01/2010\nT-10.00\nPA\n^\n", "new.qif")
    assert "notices" not in four.info  # a four-digit year needs no notice


def test_a_payment_named_like_issuers_name_it_is_a_repayment() -> None:
    data = ("!Type:CCard\n"
            "D01/05/2024\nT250.00\nPINTERNET PAYMENT - THANK YOU\n^\n"
            "D01/06/2024\nT80.00\nPAUTOPAY 0000\n^\n"
            "D01/07/2024\nT100.00\nP自动还款\n^\n"
            "D01/08/2024\nT30.00\nPONLINE TRANSFER FROM CHK 0000\n^\n"
            "D01/09/2024\nT12.50\nPSAMPLE TREATMENT CENTER\n^\n"
            "D01/10/2024\nT5.00\nPREWARD CREDIT\n^\n").encode("utf-8")
    result = parse_file(data, "card.qif")
    assert [(e.kind, e.amount_fen) for e in result.events] == [
        ("repayment", 25000), ("repayment", 8000), ("repayment", 10000), ("repayment", 3000), ("refund", 1250),
        ("refund", 500)]


def test_comment_lines_before_the_header_are_still_qif() -> None:
    data = (b"# Exported by Sample Converter 1.0\n; account: Sample Card\n\n!Type:CCard\n"
            b"D01/05/2024\nT-9.99\nPSample Shop\n# a comment between fields\n^\n")
    result = parse_file(data, "converted.qif")
    assert result.format == "qif"
    assert [(e.kind, e.posted_on, e.amount_fen, e.merchant) for e in result.events] == [
        ("purchase", D(2024, 1, 5), 999, "Sample Shop")]


def test_a_bank_account_qif_is_refused_and_its_deposits_never_become_refunds() -> None:
    bank = (b"!Type:Bank\nD01/05/2024\nT2500.00\nPSAMPLE EMPLOYER PAYROLL\n^\n"
            b"D01/06/2024\nT-45.00\nPSample Grocer\n^\n")
    with pytest.raises(ImportFormatError, match="debit account") as caught:
        parse_file(bank, "checking.qif")
    assert "DebtLens tracks credit lines" in caught.value.reason
    mixed = b"!Type:CCard\nD01/07/2024\nT-9.99\nPSample Shop\n^\n" + bank
    result = parse_file(mixed, "both.qif")
    assert [(e.kind, e.amount_fen) for e in result.events] == [("purchase", 999)]
    assert [(s.row, s.reason) for s in result.skipped] == [
        (7, "!Type:Bank section: a debit account, not the credit card"),
        (11, "!Type:Bank section: a debit account, not the credit card")]


def test_other_sections_and_bad_records() -> None:
    data = (b"!Type:CCard\nD13/13/2024\nT-1.00\n^\nD1/2/2024\nTabc\n^\nD1/3/2024\nT0.00\n^\n"
            b"!Type:Invst\nD1/4/2024\nNBuy\nT-5.00\n^\n")
    result = parse_file(data, "mixed.qif")
    assert result.events == []
    assert [(p.row, p.field) for p in result.problems] == [(2, "D"), (5, "T")]
    assert [s.row for s in result.skipped] == [8, 12]


def test_no_card_section_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="CCard"):
        parse_file(b"!Type:Invst\nD1/4/2024\nNBuy\nT-5.00\n^\n", "invest.qif")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_qif_reads_like_the_utf8_file(codec: str) -> None:
    plain = parse_file(QUICKEN_US.encode("utf-8"), "card.qif")
    result = parse_file(QUICKEN_US.encode(codec) + b"\x00", "card.qif")
    assert result.format == "qif" and result.info["encoding"] == ("utf-16-le" if codec == "utf-16" else codec)
    assert [(e.kind, e.amount_fen, e.posted_on) for e in result.events] == [
        (e.kind, e.amount_fen, e.posted_on) for e in plain.events]
    assert len(result.events) == len(plain.events) > 0


def test_european_dotted_dates_with_and_without_an_apostrophe() -> None:
    # MMEX writes DD.MM'YYYY (input-formats.md §8); others DD.MM.YYYY; one file may hold both
    data = ("!Type:CCard\n"
            "D13.02'2019\nT-16.08\nPBeispiel Café\n^\n"
            "D03.04.2019\nT-1.234,56\nPBeispiel Markt\n^\n"
            "D 5.04'19\nT-9,90\nPBeispiel Kiosk\n^\n"
            "D06.04'2019\nT100,00\nPPayment - Thank You\n^\n").encode("utf-8")
    result = parse_file(data, "mmex.qif")
    assert result.problems == []
    assert [(e.row, e.kind, e.posted_on, e.amount_fen) for e in result.events] == [
        (2, "purchase", D(2019, 2, 13), 1608),
        (6, "purchase", D(2019, 4, 3), 123456),  # day-first, settled by 13.02
        (10, "purchase", D(2019, 4, 5), 990),  # 'YY is 20YY, as in Quicken's M/D'YY
        (14, "repayment", D(2019, 4, 6), 10000),
    ]
    assert result.info["date_order"] == "DMY"
    assert "notices" not in result.info  # the order is told by 13.02, and 'YY years need no pivot


def test_dotted_apostrophe_dates_alone_are_day_first_with_a_notice_and_plain_two_digit_years_pivot() -> None:
    result = parse_file(b"!Type:CCard\nD01.02'2019\nT-1.00\nPA\n^\nD03.04.98\nT-2.00\nPB\n^\n", "eu.qif")
    assert [e.posted_on for e in result.events] == [D(2019, 2, 1), D(1998, 4, 3)]
    assert result.info["notices"] == [
        "no date tells whether the day or the month comes first; read as day-first",
        "two-digit years were read as 2000–2069 (00–69) and 1970–1999 (70–99): check the dates"]


@pytest.mark.parametrize("text", ["13.02''2019", "13'02'2019", "13.02/2019", "13.02.'2019", "2019'02.13"])
def test_malformed_apostrophe_dates_are_problems(text: str) -> None:
    result = parse_file(f"!Type:CCard\nD{text}\nT-1.00\nPA\n^\n".encode(), "bad.qif")
    assert result.events == []
    assert [(p.row, p.field, p.reason) for p in result.problems] == [(2, "D", f"is not a date (got {text!r})")]
