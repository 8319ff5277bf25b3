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


def test_two_digit_year_without_apostrophe_is_flagged() -> None:
    result = parse_file(b"!Type:CCard\nD6/4/98\nT-10.00\nPA\n^\n", "old.qif")
    assert result.events[0].posted_on == D(1998, 6, 4) and result.events[0].warnings


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
