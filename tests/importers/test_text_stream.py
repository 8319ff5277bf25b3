"""A large text statement is decoded a chunk at a time; what is read is the same as decoding it whole."""

from __future__ import annotations

import pytest

from app.importers import ImportFormatError, parse_file, text_stream
from app.importers.rows import csv_rows, text_lines
from app.importers.text_stream import stream_text
from tests.importers import builders


def _rows(n: int) -> list[tuple[str, ...]]:
    return [(f"2026-05-{1 + i % 28:02d} 10:00:00", "餐饮美食", f"示例茶饮铺{i}", "/", "示例商品", "支出",
             f"{1 + i}.50", "花呗", "交易成功", f"2026050122000000000000{i:06d}", f"T{i:019d}") for i in range(n)]


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 300 bytes, so a few rows cross many chunk boundaries."""
    monkeypatch.setattr(text_stream, "CHUNK_BYTES", 300)


def _events(result) -> list[tuple]:
    return [(e.kind, e.row, e.posted_on, e.amount_fen, e.merchant, e.source_key) for e in result.events]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8", "utf-8-sig"])
def test_chunked_reading_gives_the_rows_of_the_whole_text(small_chunks, encoding) -> None:
    data = builders.alipay_2023(_rows(40), encoding=encoding)
    streamed = stream_text(data)
    assert streamed is not None and streamed.encoding == ("gb18030" if encoding == "gb18030" else "utf-8")
    whole = data.decode("utf-8-sig" if encoding != "gb18030" else encoding)
    assert "".join(streamed.lines()) == whole
    assert list(csv_rows(streamed.lines(), "f")) == list(csv_rows(text_lines(whole), "f"))
    result = parse_file(data, "f.csv")
    assert len(result.events) == 40 and result.events[39].amount_fen == 4050
    assert result.info["encoding"] == streamed.encoding


def test_a_quoted_field_across_a_chunk_boundary_keeps_its_line_break(small_chunks) -> None:
    text = "a,b\n" + "x" * 290 + ',"one\ntwo"\nlast,row'
    streamed = stream_text(text.encode("utf-8"))
    assert streamed is not None
    rows = list(csv_rows(streamed.lines(), "f"))
    assert rows == [(1, ["a", "b"]), (2, ["x" * 290, "one\ntwo"]), (4, ["last", "row"])]
    assert not streamed.ends_cleanly() and streamed.line_count() == 4


def test_a_bad_byte_after_the_head_reads_the_file_whole_as_before(small_chunks) -> None:
    good = builders.alipay_2023(_rows(30))
    cut = good[:-1] + b"\xd6"  # the last character cut in half, far beyond the first chunk
    assert stream_text(cut) is not None  # the head alone looks fine
    with pytest.raises(ImportFormatError, match="truncated"):
        parse_file(cut, "cut.csv")


def test_a_head_in_utf8_and_later_gbk_text_is_decided_on_the_whole_file(small_chunks) -> None:
    ascii_head = ("Date,Description,Amount\n" + "2026-05-01,Shop,1.00\n" * 30).encode("ascii")
    data = ascii_head + "2026-05-02,示例便民店,2.00\n".encode("gb18030")
    streamed = stream_text(data)
    assert streamed is not None and streamed.encoding == "utf-8"
    with pytest.raises(UnicodeDecodeError):
        list(streamed.lines())


@pytest.mark.parametrize("data", [
    "交易时间".encode("utf-16"),  # a wide encoding is decided by decode_bytes
    b"no line feed at all",
    b"a,b\x00\n",  # binary
    b"a,b\n\x01\x02\n",  # control characters
    "Crème,brûlée\n".encode("cp1252"),  # neither UTF-8 nor Chinese: a guess, made on the whole file
])
def test_files_the_head_cannot_settle_are_read_whole(data: bytes) -> None:
    assert stream_text(data) is None


def test_a_declared_encoding_is_streamed_when_line_feeds_are_safe_in_it() -> None:
    assert stream_text("日期,金额\n".encode("gbk"), declared="gbk").encoding == "gbk"
    assert stream_text("日期,金额\n".encode("gbk"), declared="utf-16") is None
    assert stream_text(b"a,b\n", declared="no-such-codec") is None


def test_why_an_encoding_was_tried_is_a_translated_phrase() -> None:
    import codecs

    from app.importers.decoding import decode_bytes

    with pytest.raises(ImportFormatError) as caught:
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "bad.csv")  # a lone surrogate: no UTF-16 text
    why = caught.value.reason.args[1]
    assert why.template == "it starts with a %1 byte-order mark" and why.args == ("utf-16-le",)
    with pytest.raises(ImportFormatError) as caught:
        decode_bytes(b"\xff\xff\xff", "f", declared="gb18030")
    why = caught.value.reason.args[1]
    assert why.template == "%1 says %2" and why.args[0].template == "the file" and why.args[1] == "gb18030"
