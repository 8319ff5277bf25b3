"""OFX statements of our own making (input-formats.md §7): SGML 1.x, cp1252, late-evening US times, FITIDs."""

from __future__ import annotations

import datetime

import pytest

from app.importers import ImportFormatError, parse_file
from tests.importers.helpers import sample, tally

D = datetime.date

SGML_HEADER = ("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\n"
               "COMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n")


def _sgml(transactions: str, *, account: str = "0000000000000000", blank_lines: int = 12) -> bytes:
    body = (
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20240105120000[-5:EST]"
        "<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\r\n"
        "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\r\n"
        f"<CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>{account}</CCACCTFROM>\r\n"
        "<BANKTRANLIST><DTSTART>20231201[-5:EST]<DTEND>20240104[-5:EST]\r\n"
        f"{transactions}"
        "</BANKTRANLIST><LEDGERBAL><BALAMT>-61.58<DTASOF>20240104[-5:EST]</LEDGERBAL></CCSTMTRS>\r\n"
        "</CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\r\n"
    )
    return ("\r\n" * blank_lines + SGML_HEADER).encode("ascii") + body.encode("cp1252")


def _trn(trntype: str, posted: str, amount: str, fitid: str, name: str) -> str:
    return (f"<STMTTRN><TRNTYPE>{trntype}<DTPOSTED>{posted}<TRNAMT>{amount}<FITID>{fitid}<NAME>{name}"
            "</STMTTRN>\r\n")


CHASE_LIKE = (
    _trn("DEBIT", "20231231223000.000[-5:EST]", "-57.85", "2023123100000001", "Caf\u00e9 \u00a6 Sample & Co")
    + _trn("DEBIT", "20240102120000[-5:EST]", "-3.90", "2024010200000002", "SAMPLE STORE LONDON")
    + _trn("FEE", "20240102120000[-5:EST]", "-0.13", "2024010200000002", "FOREIGN TRANSACTION FEE")
    + _trn("PAYMENT", "20240103", "100.00", "2024010300000003", "PAYMENT THANK YOU")
    + _trn("CREDIT", "20240104093000[-5:EST]", "0.30", "2024010200000002", "REWARD CREDIT")
)


def test_sgml_cp1252_and_late_evening_est(machine_tz: str) -> None:
    result = parse_file(_sgml(CHASE_LIKE), "Chase.QFX")
    assert result.format == "ofx" and result.info["version"] == 1
    assert result.info["encoding"] == "cp1252"
    first = result.events[0]
    assert first.posted_on == D(2023, 12, 31)  # 22:30 EST is 03:30 UTC on Jan 1: the printed date stands
    assert first.merchant == "Café ¦ Sample & Co"
    assert first.currency == "USD"
    assert tally(result) == {"purchase": (3, 5785 + 390 + 13), "repayment": (1, 10000), "refund": (1, 30)}


def test_reused_fitid_keeps_every_row() -> None:
    result = parse_file(_sgml(CHASE_LIKE), "Chase.QFX")
    keys = [e.source_key for e in result.events]
    assert keys == [
        "ofx:0000000000000000:2023123100000001",
        "ofx:0000000000000000:2024010200000002",
        "ofx:0000000000000000:2024010200000002#1",
        "ofx:0000000000000000:2024010300000003",
        "ofx:0000000000000000:2024010200000002#2",
    ]
    fee = result.events[2]
    assert fee.kind == "purchase" and fee.category == "Fees" and fee.source_category == "FEE"
    assert keys == [e.source_key for e in parse_file(_sgml(CHASE_LIKE), "again.qfx").events]


def test_rows_point_at_the_stmttrn_lines() -> None:
    result = parse_file(_sgml(CHASE_LIKE, blank_lines=0), "Chase.QFX")
    assert [e.row for e in result.events] == [15, 16, 17, 18, 19]


def test_xml_sample_early_morning_cst_is_not_moved_by_utc(machine_tz: str) -> None:
    event = next(e for e in parse_file(sample("cc_statement_sample.ofx"), "s.ofx").events
                 if e.order_no == "2024112300000004")
    assert event.posted_on == D(2024, 11, 23)


def test_truncated_ofx_is_refused() -> None:
    data = sample("cc_statement_sample.ofx")
    with pytest.raises(ImportFormatError, match="truncated"):
        parse_file(data[: len(data) // 2], "cut.ofx")


def test_bank_account_statement_is_not_a_card() -> None:
    data = _sgml(CHASE_LIKE).replace(b"CREDITCARDMSGSRSV1", b"BANKMSGSRSV1").replace(
        b"CCSTMTTRNRS", b"STMTTRNRS").replace(b"CCSTMTRS", b"STMTRS").replace(
        b"<CCACCTFROM><ACCTID>0000000000000000</CCACCTFROM>",
        b"<BANKACCTFROM><BANKID>000000000<ACCTID>0000<ACCTTYPE>CHECKING</BANKACCTFROM>")
    with pytest.raises(ImportFormatError, match="bank-account statement"):
        parse_file(data, "checking.ofx")
    creditline = data.replace(b"CHECKING", b"CREDITLINE")
    assert len(parse_file(creditline, "line.ofx").events) == 5


def test_two_cards_need_a_choice() -> None:
    one = _sgml(_trn("DEBIT", "20240102", "-1.00", "1", "A"), account="1111000000000000")
    two = _sgml(_trn("DEBIT", "20240102", "-2.00", "1", "B"), account="2222000000000000")
    start = two.index(b"<CREDITCARDMSGSRSV1>")
    end = two.index(b"</CREDITCARDMSGSRSV1>") + len(b"</CREDITCARDMSGSRSV1>")
    data = one.replace(b"</CREDITCARDMSGSRSV1>", b"</CREDITCARDMSGSRSV1>" + two[start:end].replace(
        b"<CREDITCARDMSGSRSV1>", b"").replace(b"</CREDITCARDMSGSRSV1>", b""), 1)
    result = parse_file(data, "two.ofx")
    assert result.info["needs_tracked_method"] is True and result.events == []
    assert result.methods == ["1111000000000000", "2222000000000000"]
    chosen = parse_file(data, "two.ofx", tracked_method="2222000000000000")
    assert [(e.amount_fen, e.merchant) for e in chosen.events] == [(200, "B")]
    assert [s.reason for s in chosen.skipped] == ["account 1111000000000000 is not the tracked card"]


def test_unreadable_amount_and_date_are_problems() -> None:
    result = parse_file(_sgml(_trn("DEBIT", "2024XX02", "-1.00", "1", "A") + _trn("DEBIT", "20240102", "abc", "2",
                                                                                     "B")), "bad.ofx")
    assert [p.field for p in result.problems] == ["DTPOSTED", "TRNAMT"]


#: A card statement as issuers write it: the payment is a plain CREDIT, told apart from a return only by its name.
PAYMENT_AS_CREDIT = (
    _trn("DEBIT", "20231110120000[-5:EST]", "-120.00", "2023111000000001", "SAMPLE GROCER")
    + _trn("DEBIT", "20231120120000[-5:EST]", "-80.50", "2023112000000002", "SAMPLE BOOKS")
    + _trn("CREDIT", "20240102080000[-5:EST]", "200.50", "2024010200000003", "INTERNET PAYMENT - THANK YOU")
    + _trn("CREDIT", "20240103080000[-5:EST]", "15.00", "2024010300000004", "SAMPLE BOOKS RETURN")
    + _trn("CREDIT", "20240104080000[-5:EST]", "30.00", "2024010400000005", "AUTOPAY 000000")
    + _trn("CREDIT", "20240105080000[-5:EST]", "1.25", "2024010500000006", "REWARD CREDIT")
)


def test_a_credit_named_as_a_payment_is_a_repayment() -> None:
    result = parse_file(_sgml(PAYMENT_AS_CREDIT), "card.qfx")
    assert [(e.kind, e.amount_fen, e.merchant) for e in result.events] == [
        ("purchase", 12000, "SAMPLE GROCER"),
        ("purchase", 8050, "SAMPLE BOOKS"),
        ("repayment", 20050, "INTERNET PAYMENT - THANK YOU"),
        ("refund", 1500, "SAMPLE BOOKS RETURN"),
        ("repayment", 3000, "AUTOPAY 000000"),
        ("refund", 125, "REWARD CREDIT"),
    ]
    assert all(e.warnings == () for e in result.events)


@pytest.mark.parametrize("trntype", ["XFER", "ATM", "DEP", "DIRECTDEP", "PAYMENT"])
def test_a_transfer_or_cash_credit_to_the_card_is_a_repayment(trntype: str) -> None:
    result = parse_file(_sgml(_trn(trntype, "20240102", "50.00", "1", "SAMPLE BRANCH 0000")), "card.ofx")
    assert [(e.kind, e.amount_fen) for e in result.events] == [("repayment", 5000)]


@pytest.mark.parametrize("padding", [b"\x00", b"\x00" * 512, b"\r\n\x00\x00", b"\xef\xbb\xbf"],
                         ids=["nul", "nul-block", "newline-nul", "bom"])
def test_padding_after_the_statement_is_not_binary(padding: bytes) -> None:
    plain = parse_file(_sgml(CHASE_LIKE), "card.qfx")
    padded = parse_file(_sgml(CHASE_LIKE) + padding, "card.qfx")
    assert [e.source_key for e in padded.events] == [e.source_key for e in plain.events]
    assert len(padded.events) == 5


def test_a_leading_byte_order_mark_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + sample("cc_statement_sample.ofx") + b"\x00"
    result = parse_file(data, "s.ofx")
    assert result.format == "ofx" and len(result.events) == 6


def test_a_nul_inside_the_statement_is_still_refused() -> None:
    data = _sgml(CHASE_LIKE)
    middle = len(data) // 2
    with pytest.raises(ImportFormatError, match="binary"):
        parse_file(data[:middle] + b"\x00" + data[middle:], "broken.ofx")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""),
                                       ("utf-16-be", b""), ("utf-32-le", b"\xff\xfe\x00\x00")],
                         ids=["le-bom", "be-bom", "le-no-bom", "be-no-bom", "utf32-bom"])
@pytest.mark.parametrize("padding", [b"", b"\x00", b"\x00" * 64], ids=["plain", "one-nul", "nul-block"])
def test_utf16_ofx_reads_like_the_same_file_in_cp1252(codec: str, bom: bytes, padding: bytes) -> None:
    plain = parse_file(_sgml(CHASE_LIKE), "card.qfx")
    wide = bom + _sgml(CHASE_LIKE).decode("cp1252").encode(codec) + padding
    result = parse_file(wide, "card.qfx")
    assert result.format == "ofx" and result.info["encoding"] == codec
    assert [e.source_key for e in result.events] == [e.source_key for e in plain.events]
    assert result.events[0].merchant == "Café ¦ Sample & Co"  # the CHARSET:1252 line no longer applies
    assert tally(result) == {"purchase": (3, 5785 + 390 + 13), "repayment": (1, 10000), "refund": (1, 30)}


def test_utf16_ofx_2_with_its_xml_encoding_line() -> None:
    text = sample("cc_statement_sample.ofx").decode("utf-8")
    plain = parse_file(sample("cc_statement_sample.ofx"), "s.ofx")
    declared = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace("encoding='UTF-8'", "encoding='UTF-16'")
    result = parse_file(declared.encode("utf-16"), "s.ofx")
    assert result.format == "ofx" and result.info["encoding"] == "utf-16-le"
    assert tally(result) == tally(plain) and len(result.events) == 6


def test_utf16_text_that_is_not_valid_is_refused_with_the_offset() -> None:
    data = b"\xff\xfe" + "OFXHEADER:100\r\n".encode("utf-16-le") + b"\x00\xd8\x41\x00"  # a lone surrogate
    with pytest.raises(ImportFormatError, match=r"s\.ofx: cannot decode the text as utf-16-le .*offset"):
        parse_file(data, "s.ofx")
