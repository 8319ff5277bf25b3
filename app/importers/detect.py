"""Which format a file is: by its leading bytes, then by the names in its header row (never by line numbers)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.importers import alipay, alipay_web, bank_csv, manual_csv, wechat
from app.importers.bank_csv import CsvProfile
from app.importers.rows import Row

#: Rows searched for a header: the Alipay preamble has 24 lines, WeChat's XLSX 17, ICBC's 6.
HEADER_SCAN_ROWS = 80

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and password-protected .xlsx


@dataclass
class Header:
    """Where a table format's header was found.

    Attributes:
        kind: ``"alipay_app_2023"``, ``"alipay_app_2021"``, ``"alipay_web"``, ``"wechat"``, ``"manual"`` or
            ``"bank"``.
        row: line or sheet row of the header.
        cells: the header cells.
        preamble: rows above the header.
        profile: the matching bank profile when ``kind == "bank"``.
    """

    kind: str
    row: int
    cells: list[str]
    preamble: list[Row] = field(default_factory=list)
    profile: CsvProfile | None = None


def binary_kind(data: bytes) -> str | None:
    """``"zip"``, ``"ole"``, ``"pdf"`` for container formats, else ``None`` (text, or garbage)."""
    if data.startswith(ZIP_MAGIC):
        return "zip"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    return None


def header_kind(cells: list[str], profile: CsvProfile | None) -> Header | None:
    """Match one row against every table layout; the caller's profile is tried first."""
    if not cells or not any(cells):
        return None
    if profile is not None and profile.matches(cells):
        return Header("bank", 0, cells, profile=profile)
    layout = alipay.matches(cells)
    if layout:
        return Header(layout, 0, cells)
    if wechat.matches(cells):
        return Header("wechat", 0, cells)
    if alipay_web.matches(cells):
        return Header("alipay_web", 0, cells)
    if manual_csv.matches(cells):
        return Header("manual", 0, cells)
    for preset in bank_csv.PRESETS:
        if preset.matches(cells):
            return Header("bank", 0, cells, profile=preset)
    return None


def find_header(rows: Iterable[Row], profile: CsvProfile | None) -> tuple[Header | None, list[Row]]:
    """Read rows until a known header appears (at most :data:`HEADER_SCAN_ROWS`).

    Returns:
        The header (or ``None``) and the rows read before it.
    """
    preamble: list[Row] = []
    for number, cells in rows:
        found = header_kind(cells, profile)
        if found is not None:
            found.row, found.preamble = number, preamble
            return found, preamble
        preamble.append((number, cells))
        if len(preamble) >= HEADER_SCAN_ROWS:
            break
    return None, preamble


def no_header_reason(preamble: list[Row]) -> str:
    """Explain, as well as the first rows allow, why a table file is not a supported statement."""
    text = " ".join(" ".join(cells) for _, cells in preamble[:HEADER_SCAN_ROWS])
    if "记账本" in text:
        return ("it looks like an Alipay 记账本 (cash-book) export; export the transaction statement instead: "
                "我的 → 账单 → … → 开具交易流水证明 → 用于个人对账")
    if "支付宝" in text or "电子客户回单" in text:
        return ("it mentions Alipay but has no transaction header (交易时间,交易分类,…); the file may be "
                "truncated")
    if "微信支付" in text:
        return "it mentions WeChat Pay but has no transaction header (交易时间,交易类型,…); the file may be truncated"
    return (f"no known column header in its first {HEADER_SCAN_ROWS} lines (looked for the Alipay app and PC-web, "
            "WeChat Pay, CMB, ICBC, CGB, Chase and date,merchant,category,amount layouts); for another bank's "
            "CSV, set up a CSV profile")
