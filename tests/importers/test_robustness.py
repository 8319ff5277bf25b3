"""Whatever the bytes, parse_file returns a ParseResult or raises ImportFormatError, nothing else.

Also: the importers stay a leaf package (no storage, services, UI or Qt).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.importers import ImportFormatError, ParseResult, parse_file
from tests.importers import builders
from tests.importers.helpers import sample

SAMPLES = ("alipay_app_sample_gbk.csv", "wechat_sample_utf8bom.csv", "cc_statement_sample.ofx",
           "manual_entry_sample.csv")
OWN = (
    builders.alipay_web([(f"2023031500000000000000{i}", "MT1", "2023-03-15 07:01:22", "2023-03-15 07:01:25",
                          "2023-03-18 10:00:00", "淘宝", "支付宝担保交易", "示例店", "示例\n商品", "29.00", "支出",
                          "交易成功", "0.00", "9.00", "", "已支出") for i in range(3)], spent="60.00"),
    b"!Type:CCard\nD6/ 4'18\nT-1,234.56\nPSample\n^\nD6/14'18\nT16.08\nPPayment\n^\n",
    "交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n2025/01/05,2025/01/06,（消费）示例,15.90,人民币,15.90,人民币\n"
    .encode("utf-8"),
)
SEEDS = tuple(sample(name) for name in SAMPLES) + OWN


def _check(data: bytes, name: str) -> None:
    try:
        result = parse_file(data, name)
    except ImportFormatError as err:
        assert err.filename == name and str(err)
        return
    assert isinstance(result, ParseResult)
    assert all(e.amount_fen > 0 for e in result.events)
    keys = [e.source_key for e in result.events]
    assert len(keys) == len(set(keys))


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    index = draw(st.integers(0, len(SEEDS) - 1))
    data = bytearray(SEEDS[index])
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b",", b'"', b"\t", b"\r\n", b"\n", b"-----", b"\x00", b"<STMTTRN>", b"^", b"\xa3"]))
        elif action == "delete":
            del data[position:position + draw(st.integers(1, 40))]
        elif action == "truncate":
            del data[position:]
        elif action == "duplicate":
            end = min(len(data), position + draw(st.integers(1, 400)))
            data[end:end] = data[position:end]
    return bytes(data), f"mutant{index}.{'ofx' if index == 2 else 'csv'}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_samples(case: tuple[bytes, str]) -> None:
    _check(*case)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    _check(data, "random.bin")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([b"OFXHEADER:100\n", b"<?xml version='1.0'?><?OFX OFXHEADER=\"200\"?>", b"!Type:CCard\n",
                        b"PK\x03\x04", "交易时间,交易分类\n".encode("gb18030"), b"date,merchant,category,amount\n"]),
       st.binary(max_size=1024))
def test_random_bytes_behind_a_real_header(head: bytes, tail: bytes) -> None:
    _check(head + tail, "headed.bin")


def test_importers_import_no_storage_services_ui_or_qt() -> None:
    package = Path(__file__).resolve().parents[2] / "app" / "importers"
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("app.storage", "app.services", "app.ui", "PySide6", "matplotlib")), (
                    f"{module.name} imports {name}")
    code = ("import sys, app.importers; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib') "
            "or m.startswith(('app.storage', 'app.services', 'app.ui'))]; print(bad); assert not bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
