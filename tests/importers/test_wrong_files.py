"""Files that are not statements, or not whole, are refused with a clear ImportFormatError."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from app.importers import ImportFormatError, parse_file
from app.importers.records import NOT_A_STATEMENT
from tests.importers.helpers import sample


def _refused(data: bytes, name: str = "file.csv") -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        parse_file(data, name)
    error = caught.value
    assert error.filename == name and str(error).startswith(f"{name}: ")
    return error


def test_alipay_cashbook_export_points_to_the_right_export() -> None:
    data = ("支付宝记账本导出\n记录时间,分类,收支类型,金额,备注,账户\n2024-10-01 09:05,餐饮,支出,9.95,咖啡,花呗\n"
            ).encode("gb18030")
    error = _refused(data)
    assert NOT_A_STATEMENT in str(error)
    assert "记账本" in error.reason and "开具交易流水证明" in error.reason


def test_random_csv_says_what_was_expected() -> None:
    error = _refused(b"name,age,city\nZhang San,30,Beijing\nLi Si,28,Shanghai\n")
    assert NOT_A_STATEMENT in str(error)
    assert "its header (name, age, city) names no date and amount columns" in error.reason
    assert "Alipay" in error.reason and "WeChat" in error.reason and "CSV mapping editor" in error.reason
    assert error.mappable


@pytest.mark.parametrize("data", [b"", b"   \r\n\t\n", b"\xef\xbb\xbf"])
def test_empty_file(data: bytes) -> None:
    assert "empty" in _refused(data).reason


def test_alipay_cut_before_its_header() -> None:
    data = sample("alipay_app_sample_gbk.csv")
    cut = data[: data.index("特别提示".encode("gb18030"))]
    error = _refused(cut)
    assert "truncated" in error.reason and "Alipay" in error.reason


def test_cut_inside_a_gbk_character() -> None:
    data = sample("alipay_app_sample_gbk.csv")
    cut = data[: data.index("示例茶饮铺".encode("gb18030")) + 1]
    assert "truncated" in _refused(cut).reason


def test_wechat_cut_inside_its_preamble() -> None:
    data = sample("wechat_sample_utf8bom.csv")
    assert "WeChat" in _refused(data[:300]).reason


def test_binary_garbage() -> None:
    garbage = bytes(range(256)) * 8 + os.urandom(512)
    assert "binary" in _refused(garbage, "garbage.bin").reason


def test_zip_archive_is_not_a_workbook() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("alipay_record_20241102.csv", sample("alipay_app_sample_gbk.csv"))
    assert "zip archive" in _refused(buffer.getvalue(), "alipay_record.zip").reason


def test_truncated_xlsx() -> None:
    from tests.importers import builders

    data = builders.wechat_xlsx([["2025-07-20 23:59:59", "商户消费", "示例商店", "/", "支出", "¥1.00", "/", "支付成功",
                                  "1", "/", "/"]])
    assert "Excel" in _refused(data[: len(data) // 2], "cut.xlsx").reason


def test_legacy_xls_and_pdf() -> None:
    assert ".xls" in _refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.xls").reason
    assert "PDF" in _refused(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "bill.pdf").reason


def test_ofx_of_the_wrong_kind() -> None:
    data = b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>\n"
    assert "credit-card statement" in _refused(data, "empty.ofx").reason


def test_a_stray_control_character_in_a_text_is_dropped_not_taken_for_a_binary_file() -> None:
    """A bell inside a shop's name (a wallet's export can carry one) does not make the file binary: the row is
    imported with the character replaced, as every importer cleans texts."""
    data = b'date,merchant,category,amount,installments\n2026-11-01,"=cmd|x",Food,12.50,1\n' \
           b'2026-11-01,"a\x07b",Food,3,1\n'
    result = parse_file(data, "typed.csv")
    assert [(e.merchant, e.amount_fen) for e in result.events] == [("=cmd|x", 1250), ("a b", 300)]


def test_full_width_digits_in_an_amount_read_as_typed() -> None:
    data = "date,merchant,category,amount,installments\n2026-11-01,示例商店,Food,１２３．４５,1\n".encode()
    assert [e.amount_fen for e in parse_file(data, "typed.csv").events] == [12345]
