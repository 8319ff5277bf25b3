"""Fuzz every importer and import-json (bounded: a few hundred examples each, well under a minute together).

The only allowed outcomes are records or the project's own errors (``ImportFormatError``, ``ValidationError``):
never another exception. It found an ``OverflowError`` on a 20-digit year, a ``ValueError`` on a NUL in the OFX
CHARSET header and ``InvalidOperation`` on a fee preset "abc" in an export.
"""

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import DebtLensError
from app.exporters import json_export
from app.importers import parse_file

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = sorted(p.read_bytes() for p in DATA.glob("*.*") if p.is_file())
QIF = b"!Type:CCard\nD03/15/2024\nT-12.34\nP\xe7\xa4\xba\xe4\xbe\x8b\nMnote\n^\nD03/16/2024\nT5.00\nPrefund\n^\n"
SEEDS = SAMPLES + [QIF]
NASTY = [b"\x00", b"99999999999999999999/05", b"\x1b[31m", b",", b"\n", b"\r", b"1e999", b"NaN", b"-",
         b"\xff\xfe", b"CHARSET:\x00\n", b"0000\xe5\xb9\xb401\xe6\x9c\x88", b"\"", b"<STMTTRN>", b"^\n", b"9" * 40]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        choice = draw(st.integers(0, 3))
        if choice == 0 and data:
            data[at] = draw(st.integers(0, 255))
        elif choice == 1:
            del data[at:at + draw(st.integers(1, 64))]
        elif choice == 2:
            data[at:at] = draw(st.sampled_from(NASTY))
        else:
            start = draw(st.integers(0, max(0, len(data) - 1)))
            data[at:at] = data[start:start + draw(st.integers(1, 200))]
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.one_of(mutated(), st.binary(max_size=2000)))
def test_every_importer_reads_or_refuses_never_crashes(data):
    try:
        parse_file(data, "fuzz.csv")
    except DebtLensError:
        pass


EXPORT = {"format": "debtlens-export", "format_version": 1, "settings": {"monthly_income_fen": "800000"},
          "lines": [{"id": 1, "name": "花呗", "kind": "huabei", "currency": "CNY", "statement_day": 1, "due_day": 10,
                     "statement_day_inclusive": False, "min_payment_rate": "0.10", "daily_penalty_rate": "0.0005",
                     "grace_days": 0, "auto_repay": "off", "remainder_to": "first", "revolving_basis": "unpaid_from_due",
                     "fee_presets": {"12": "0.088"}, "archived": False, "limits": [
                         {"effective": "2024-01-01", "limit_fen": 500000}], "auto_repay_failures": []}],
          "purchases": [{"id": 1, "line_id": 1, "posted_on": "2024-03-01", "statement_date": "2024-04-01",
                         "amount_fen": 1200, "merchant": "示例", "installments": 1}],
          "plans": [], "refunds": [], "repayments": []}
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-2 ** 70, 2 ** 70), st.text(max_size=30),
                   st.sampled_from(["9999-12-01", "abc", "8000.00", "NaN", "-1", "\x1b", "1e999", "2024-02-30"]),
                   st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.text(max_size=3),
                                                                         max_size=2))


@settings(max_examples=300, deadline=None)
@given(section=st.sampled_from(["lines", "purchases", "settings"]), key=st.text(max_size=20) | st.sampled_from(
    ["amount_fen", "posted_on", "statement_date", "fee_presets", "min_payment_rate", "line_id", "id", "name",
     "statement_day", "monthly_income_fen", "default_line_id", "installments", "kind", "archived"]), value=VALUES)
def test_import_json_reads_or_refuses_never_crashes(section, key, value):
    doc = json.loads(json.dumps(EXPORT))
    target = doc["settings"] if section == "settings" else doc[section][0]
    target[key] = value
    try:
        json_export.from_document(json_export.loads(json.dumps(doc)))
    except DebtLensError:
        pass
    except (TypeError, ValueError) as exc:  # json.dumps of the example itself
        raise AssertionError(f"{section}.{key} = {value!r}: {exc!r}") from exc
