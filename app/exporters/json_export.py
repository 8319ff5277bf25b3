"""The whole ledger as one JSON document, and back (pure: no database, no files).

The document speaks the domain's terms: credit lines with their terms, limit history and failed auto-repayments;
purchases; installment plans with their parts; refunds; repayments; settings. Amounts are integer fen under
``*_fen`` keys, dates ISO ``YYYY-MM-DD``, rates decimal strings (``"0.088"``), flags booleans. Records keep their
ids, which the other records refer to. Example::

    {"format": "debtlens-export", "format_version": 1, "schema_version": 1, "app_version": "0.1.0",
     "exported_at": "2025-03-01T10:15:00", "counts": {"credit_lines": 1, ...},
     "settings": {"monthly_income_fen": "800000"},
     "lines": [{"id": 1, "name": "花呗", "statement_day": 1, ..., "fee_presets": {"3": "0.025"},
                "limits": [{"effective": "2020-01-01", "limit_fen": 500000}], "auto_repay_failures": []}],
     "purchases": [...], "plans": [{..., "parts": [{"period": 1, ...}]}], "refunds": [...], "repayments": [...],
     "other_tables": {}}

``to_document`` / ``from_document`` convert between this and the table rows of ``app.storage.snapshot``;
``from_document`` checks every value and raises ``ValidationError`` naming the record and field
(``purchases[12].amount_fen``).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.domain import ledger_bounds
from app.domain.credit_line import AutoRepay, Billing, BnplLateFee, RevolvingBasis
from app.domain.errors import ValidationError
from app.domain.installments import EarlyPayoffPolicy
from app.domain.postings import PartStatus, PlanKind
from app.domain.statements import RepaymentSource
from app.domain.messages import QT_TRANSLATE_NOOP
from app.exporters import json_consistency

FORMAT = "debtlens-export"
FORMAT_VERSION = 1

#: Document key of each table that is a top-level list of records.
LIST_KEYS = {"credit_lines": "lines", "purchases": "purchases", "installment_plans": "plans", "refunds": "refunds",
             "repayments": "repayments"}
BOOL_COLUMNS = {"statement_day_inclusive", "archived", "merchant_paid", "applies_as_payment"}
DATE_COLUMNS = {"posted_on", "statement_date", "effective", "paid_on", "target_statement", "source_statement",
                "closed_on"}
RATE_COLUMNS = {"min_payment_rate", "daily_penalty_rate", "fee_rate", "late_fee_rate"}
#: Dates outside these are not a ledger's (a statement in 9999 made every view compute 95,000 bills).
FIRST_DAY, LAST_DAY = ledger_bounds.FIRST_DAY, ledger_bounds.LAST_DAY
#: The largest amount the services accept: 100,000,000.00 (``money.MAX_AMOUNT_MAJOR``) in fen.
MAX_FEN = 100_000_000 * 100
#: The largest export read: a million purchases export to about 400 MB.
MAX_EXPORT_BYTES = 512 * 1024 * 1024
#: Longest free text kept from a file (names, notes, shop names).
MAX_TEXT = ledger_bounds.MAX_STORED_TEXT
INT_COLUMNS = {"id", "statement_day", "due_day", "grace_days", "installments", "periods", "period"}
ENUMS = {("installment_plans", "kind"): PlanKind, ("installment_plans", "policy"): EarlyPayoffPolicy,
         ("installment_parts", "status"): PartStatus, ("repayments", "source"): RepaymentSource,
         ("auto_repay_changes", "mode"): AutoRepay, ("credit_lines", "auto_repay"): AutoRepay,
         ("credit_lines", "revolving_basis"): RevolvingBasis, ("credit_lines", "billing"): Billing,
         ("credit_lines", "bnpl_late_fee"): BnplLateFee}


# -- tables -> document ----------------------------------------------------------------------------------------
def _out(row: dict, drop: tuple[str, ...] = ()) -> dict:
    rec = {}
    for key, value in row.items():
        if key in drop:
            continue
        if key in BOOL_COLUMNS and value is not None:
            value = bool(value)
        elif key == "fee_presets" and isinstance(value, str):
            value = json.loads(value)
        rec[key] = value
    return rec


def to_document(tables: dict[str, list[dict]], *, schema_version: int, app_version: str,
                exported_at: datetime | None = None) -> dict:
    """Shape the rows of every table (``snapshot.read_tables``) into the export document.

    ``exported_at`` is left out when ``None``, so two exports of the same data can be compared byte for byte.
    """
    tables = dict(tables)
    limits: dict[int, list[dict]] = {}
    for r in tables.pop("limit_changes", []):
        limits.setdefault(r["line_id"], []).append(_out(r, ("id", "line_id")))
    auto_changes: dict[int, list[dict]] = {}
    for r in tables.pop("auto_repay_changes", []):
        auto_changes.setdefault(r["line_id"], []).append(_out(r, ("line_id",)))
    day_changes: dict[int, list[dict]] = {}
    for r in tables.pop("day_changes", []):
        day_changes.setdefault(r["line_id"], []).append(_out(r, ("line_id",)))
    failures: dict[int, list[str]] = {}
    for r in tables.pop("auto_repay_failures", []):
        failures.setdefault(r["line_id"], []).append(r["statement_date"])
    parts: dict[int, list[dict]] = {}
    for r in sorted(tables.pop("installment_parts", []), key=lambda r: (r["plan_id"], r["period"], r["id"])):
        parts.setdefault(r["plan_id"], []).append(_out(r, ("id", "plan_id", "line_id")))
    doc: dict = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": schema_version,
                 "app_version": app_version}
    if exported_at is not None:
        doc["exported_at"] = exported_at.replace(microsecond=0).isoformat()
    doc["counts"] = {}
    doc["settings"] = {r["key"]: r["value"] for r in tables.pop("settings", [])}
    lines = []
    for r in tables.pop("credit_lines", []):
        rec = _out(r)
        rec["limits"] = sorted(limits.get(r["id"], []), key=lambda x: x["effective"])
        rec["auto_repay_changes"] = sorted(auto_changes.get(r["id"], []), key=lambda x: x["effective"])
        rec["auto_repay_failures"] = sorted(failures.get(r["id"], []))
        if r["id"] in day_changes:  # only on a line whose days changed: other lines export as before
            rec["day_changes"] = sorted(day_changes[r["id"]], key=lambda x: x["effective"])
        lines.append(rec)
    doc["lines"] = lines
    doc["purchases"] = [_out(r) for r in tables.pop("purchases", [])]
    doc["plans"] = [{**_out(r), "parts": parts.get(r["id"], [])} for r in tables.pop("installment_plans", [])]
    doc["refunds"] = [_out(r) for r in tables.pop("refunds", [])]
    doc["repayments"] = [_out(r) for r in tables.pop("repayments", [])]
    doc["other_tables"] = {name: rows for name, rows in tables.items()}  # tables newer than this exporter
    doc["counts"] = {
        "credit_lines": len(lines), "limit_changes": sum(len(v) for v in limits.values()),
        "auto_repay_failures": sum(len(v) for v in failures.values()),
        "auto_repay_changes": sum(len(v) for v in auto_changes.values()), "purchases": len(doc["purchases"]),
        "day_changes": sum(len(v) for v in day_changes.values()),
        "installment_plans": len(doc["plans"]), "installment_parts": sum(len(v) for v in parts.values()),
        "refunds": len(doc["refunds"]), "repayments": len(doc["repayments"]), "settings": len(doc["settings"]),
    } | {name: len(rows) for name, rows in doc["other_tables"].items()}
    return doc


def dumps(doc: dict) -> str:
    """The document as UTF-8-ready JSON text: top level indented, one record per line (diff-friendly, compact)."""
    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    out = ["{"]
    items = list(doc.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list) and value:
            out.append(f"  {one(key)}: [")
            out.extend(f"    {one(v)}{',' if j < len(value) - 1 else ''}" for j, v in enumerate(value))
            out.append(f"  ]{comma}")
        else:
            out.append(f"  {one(key)}: {one(value)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


# -- document -> tables ----------------------------------------------------------------------------------------
def loads(text: str | bytes) -> dict:
    """Parse export text. Raises ``ValidationError`` (field ``file``) when it is not JSON or not an export."""
    if len(text) > MAX_EXPORT_BYTES:
        raise ValidationError("file", "", QT_TRANSLATE_NOOP(
                "Errors", "is larger than %1 MB").arg(MAX_EXPORT_BYTES // 2 ** 20))
    try:
        doc = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError("file", "", QT_TRANSLATE_NOOP("Errors", "is not valid JSON (%1)").arg(exc)) from None
    except RecursionError:  # thousands of nested brackets
        raise ValidationError("file", "", QT_TRANSLATE_NOOP(
                "Errors", "is not a DebtLens export (nested too deeply)")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError("file", "", QT_TRANSLATE_NOOP(
                "Errors", "is not a DebtLens export (no \"format\": \"debtlens-export\")"))
    return doc


def _check_value(table: str, where: str, key: str, value: object) -> object:
    field = f"{where}.{key}"
    if key in BOOL_COLUMNS:
        if not isinstance(value, bool):
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be true or false"))
        return int(value)
    if key in DATE_COLUMNS:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be a date YYYY-MM-DD"))
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "is not a date of the form YYYY-MM-DD that exists")) from None
        if len(value) != 10:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be a date YYYY-MM-DD"))
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must be between %1 and %2").arg(FIRST_DAY, LAST_DAY))
        return value
    if key in RATE_COLUMNS:
        if _rate(value) is None:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must be a rate written as a decimal string, e.g. \"0.088\""))
        return value
    if key.endswith("_fen") or key.endswith("_id") or key in INT_COLUMNS:
        if value is None and key.endswith("_id"):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be a whole number"))
        if key.endswith("_fen") and value < 0:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must not be negative"))
        if key.endswith("_fen") and value > MAX_FEN:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must be between 0 and %1 fen").arg(format(MAX_FEN, ',')))
        if (key == "id" or key.endswith("_id")) and not 1 <= value < 2 ** 62:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be a positive id"))
        if key in INT_COLUMNS - {"id"} and not 0 <= value <= 100_000:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is out of range"))
        return value
    if key == "fee_presets":
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and k.isdigit() and 1 <= int(k) <= 60 and _rate(v, below=Decimal(1)) is not None
                for k, v in value.items()):
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must map numbers of periods (1-60) to rate strings below 1"))
        return json.dumps(value, ensure_ascii=False)
    enum = ENUMS.get((table, key))
    if enum is not None and value not in {e.value for e in enum}:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "must be one of %1").arg(', '.join((e.value for e in enum))))
    if value is not None and not isinstance(value, str | int) or isinstance(value, bool):
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be text"))
    if isinstance(value, str):
        _check_text(field, value)
    elif isinstance(value, int) and not -2 ** 62 <= value <= 2 ** 62:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is out of range"))
    return value


def _rate(value: object, below: Decimal = Decimal(100)) -> Decimal | None:
    """A rate as a finite, non-negative ``Decimal`` below ``below``, from its decimal string; else ``None``."""
    try:
        rate = Decimal(value) if isinstance(value, str) and len(value) <= 40 else None
    except InvalidOperation:
        return None
    return rate if rate is not None and rate.is_finite() and 0 <= rate < below else None


def _check_text(field: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValidationError(field, value[:40], QT_TRANSLATE_NOOP(
                "Errors", "is longer than %1 characters").arg(MAX_TEXT))
    if not value.isprintable() and ledger_bounds.has_control(value, allowed="\n\t"):
        raise ValidationError(field, value[:40], QT_TRANSLATE_NOOP("Errors", "contains control characters"))


def _records(doc: dict, key: str) -> list[dict]:
    records = doc.get(key, [])
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValidationError(key, "", QT_TRANSLATE_NOOP("Errors", "must be a list of records"))
    return records


def _row(table: str, where: str, record: dict, drop: tuple[str, ...] = ()) -> dict:
    return {k: _check_value(table, where, k, v) for k, v in record.items() if k not in drop}


def _unique_ids(key: str, rows: list[dict]) -> None:
    seen: set[object] = set()
    for i, row in enumerate(rows):
        if row.get("id") in seen:
            raise ValidationError(f"{key}[{i}].id", row.get("id"), QT_TRANSLATE_NOOP(
                    "Errors", "repeats the id of another record"))
        seen.add(row.get("id"))


def _ref(field: str, value: object, known: set, what: str) -> None:
    if value is not None and value not in known:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "refers to a %1 that is not in the file").arg(what))


def _check_setting(key: str, value: str, line_ids: set) -> None:
    """A setting's value in the format the app reads it: fen as digits, a line id that exists, a decimal cut-off,
    a date; other settings as plain text."""
    field = f"settings.{key}"
    _check_text(field, key)
    _check_text(field, value)
    if key.endswith("_fen"):
        if not value.isascii() or not value.isdigit() or not 0 <= int(value) <= MAX_FEN:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must be a whole number of fen, e.g. \"800000\""))
    elif key.endswith("_line_id") or key == "default_line_id":
        if not value.isascii() or not value.isdigit() or int(value) not in line_ids:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must be the id of a credit line in the file"))
    elif key.startswith("threshold."):
        if _rate(value) is None:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "must be a decimal fraction, e.g. \"0.30\""))
    elif key.startswith("backup_keep_"):
        if not value.isascii() or not value.isdigit() or not 0 <= int(value) <= 366:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be a whole number from 0 to 366"))
    elif key.endswith("_on"):
        _check_value("settings", field, "effective", value)


def from_document(doc: dict) -> dict[str, list[dict]]:
    """Check an export document and turn it back into table rows for ``snapshot.write_tables``.

    Each value is checked on its own, then each record against the schema's rules (``json_consistency.check_records``:
    required fields, unique keys); a line's terms together (e.g. a due day that fits its statement day) and the
    records together (``json_consistency.check_ledger``) are checked by ``ExportService.import_json``.

    Raises:
        ValidationError: a newer format, a malformed record or value, or a reference to a record that is not in
            the file; ``field`` names the record and key.
    """
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError("format_version", version, QT_TRANSLATE_NOOP(
                "Errors", "is missing or not a whole number"))
    if version > FORMAT_VERSION:
        raise ValidationError("format_version", version,
                              QT_TRANSLATE_NOOP(
                                      "Errors", "this file was written by a newer DebtLens (format %1); update the app")
                                              .arg(version))
    tables: dict[str, list[dict]] = {k: [] for k in (
        "credit_lines", "limit_changes", "auto_repay_changes", "day_changes", "auto_repay_failures", "purchases",
        "installment_plans", "installment_parts", "refunds", "repayments", "settings")}
    for i, rec in enumerate(_records(doc, "lines")):
        where = f"lines[{i}]"
        row = _row("credit_lines", where, rec, ("limits", "auto_repay_failures", "auto_repay_changes", "day_changes"))
        if not isinstance(row.get("id"), int):
            raise ValidationError(f"{where}.id", row.get("id"), QT_TRANSLATE_NOOP("Errors", "must be a whole number"))
        limits = rec.get("limits", [])
        if not isinstance(limits, list):
            raise ValidationError(f"{where}.limits", limits, QT_TRANSLATE_NOOP("Errors", "must be a list"))
        for j, lim in enumerate(limits):
            if not isinstance(lim, dict):
                raise ValidationError(f"{where}.limits[{j}]", lim, QT_TRANSLATE_NOOP("Errors", "must be a record"))
            tables["limit_changes"].append({**_row("limit_changes", f"{where}.limits[{j}]", lim), "line_id": row["id"]})
        for key in ("auto_repay_changes", "day_changes"):  # histories: a list of dated records each
            changes = rec.get(key, [])
            if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
                raise ValidationError(f"{where}.{key}", changes, QT_TRANSLATE_NOOP("Errors", "must be a list of records"))
            for j, change in enumerate(changes):
                tables[key].append({**_row(key, f"{where}.{key}[{j}]", change), "line_id": row["id"]})
        failed = rec.get("auto_repay_failures", [])
        if not isinstance(failed, list):
            raise ValidationError(f"{where}.auto_repay_failures", failed, QT_TRANSLATE_NOOP(
                    "Errors", "must be a list of dates"))
        for j, day in enumerate(failed):
            tables["auto_repay_failures"].append({
                "line_id": row["id"],
                "statement_date": _check_value("auto_repay_failures", f"{where}.auto_repay_failures[{j}]",
                                               "statement_date", day)})
        tables["credit_lines"].append(row)  # its terms together: ``ExportService.import_json`` (storage rows)
    _unique_ids("lines", tables["credit_lines"])
    line_ids = {r["id"] for r in tables["credit_lines"]}
    for i, rec in enumerate(_records(doc, "purchases")):
        row = _row("purchases", f"purchases[{i}]", rec)
        _ref(f"purchases[{i}].line_id", row.get("line_id"), line_ids, "credit line")
        tables["purchases"].append(row)
    _unique_ids("purchases", tables["purchases"])
    purchase_ids = {r.get("id") for r in tables["purchases"]}
    for i, rec in enumerate(_records(doc, "plans")):
        where = f"plans[{i}]"
        row = _row("installment_plans", where, rec, ("parts",))
        _ref(f"{where}.line_id", row.get("line_id"), line_ids, "credit line")
        _ref(f"{where}.purchase_id", row.get("purchase_id"), purchase_ids, "purchase")
        parts = rec.get("parts", [])
        if not isinstance(parts, list) or not all(isinstance(p, dict) for p in parts):
            raise ValidationError(f"{where}.parts", "", QT_TRANSLATE_NOOP("Errors", "must be a list of records"))
        for j, part in enumerate(parts):
            tables["installment_parts"].append({
                **_row("installment_parts", f"{where}.parts[{j}]", part), "plan_id": row.get("id"),
                "line_id": row.get("line_id")})
        tables["installment_plans"].append(row)
    for i, rec in enumerate(_records(doc, "refunds")):
        row = _row("refunds", f"refunds[{i}]", rec)
        _ref(f"refunds[{i}].line_id", row.get("line_id"), line_ids, "credit line")
        _ref(f"refunds[{i}].purchase_id", row.get("purchase_id"), purchase_ids, "purchase")
        tables["refunds"].append(row)
    for i, rec in enumerate(_records(doc, "repayments")):
        row = _row("repayments", f"repayments[{i}]", rec)
        _ref(f"repayments[{i}].line_id", row.get("line_id"), line_ids, "credit line")
        _ref(f"repayments[{i}].funded_by_line_id", row.get("funded_by_line_id"), line_ids, "credit line")
        tables["repayments"].append(row)
    settings = doc.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) for v in settings.values()):
        raise ValidationError("settings", settings, QT_TRANSLATE_NOOP("Errors", "must map names to text values"))
    for key, value in settings.items():
        _check_setting(key, value, line_ids)
    tables["settings"] = [{"key": k, "value": v} for k, v in settings.items()]
    other = doc.get("other_tables", {})
    if not isinstance(other, dict):
        raise ValidationError("other_tables", other, QT_TRANSLATE_NOOP(
                "Errors", "must map table names to lists of records"))
    for name in other:
        if name in tables:
            raise ValidationError(f"other_tables.{name}", "", QT_TRANSLATE_NOOP(
                    "Errors", "repeats a table the file already holds"))
        tables[name] = _records(other, name)
    json_consistency.check_records(doc)
    return tables
