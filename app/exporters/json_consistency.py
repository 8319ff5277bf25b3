"""Checks of an export document beyond single values (pure: no database, no files).

``json_export.from_document`` checks each value on its own; what a record or the whole ledger must hold together
is checked here, on the document as read, before anything is written, so a refusal names ``table[index].field``
instead of leaving SQLite to say "NOT NULL constraint failed" about a record nobody can find:

- ``check_records``: the schema's rules per record (app/storage/migrations.py): a column without a default is
  present and not null, a ``NOT NULL`` column is never null, a ``UNIQUE`` key repeats nowhere, the checks on
  amounts and periods hold.
- ``check_ledger``: what the app's own writers guarantee between records (domain-rules.md §1, §2.2, §2.3): each
  purchase and refund is on the bill its line's billing cycle gives for its posting date; a purchase in
  installments has exactly one plan of as many periods and the paid-in-full ones none; each plan has one part per
  period on consecutive bills, its fee parts make its fee and its principal parts (less what refunds took off)
  make its principal exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from app.domain.billing import DayChange, clamp_day
from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.installments import MAX_PERIODS, total_fee
from app.domain.messages import QT_TRANSLATE_NOOP

#: Columns a record must give (``NOT NULL`` without a default), per table; ``IMPLIED`` ones come from the
#: record's parent in the document (a line's limits carry no ``line_id``). These lists are the schema's
#: (tests/services/test_export_consistency.py compares them with a new ledger's).
REQUIRED = {
    "credit_lines": ("name", "kind", "statement_day", "due_day", "min_payment_rate", "daily_penalty_rate"),
    "limit_changes": ("effective", "limit_fen"),
    "auto_repay_changes": ("effective", "mode"),
    "day_changes": ("effective", "statement_day", "due_day"),
    "purchases": ("line_id", "posted_on", "statement_date", "amount_fen"),
    # ``id``: the plan's parts refer to it
    "installment_plans": ("id", "line_id", "kind", "principal_fen", "periods", "fee_rate", "fee_total_fen", "policy"),
    "installment_parts": ("period", "statement_date", "principal_fen", "fee_fen"),
    "refunds": ("line_id", "posted_on", "statement_date", "amount_fen", "credit_fen"),
    "repayments": ("line_id", "paid_on", "amount_fen"),
    "personal_limits": ("limit_fen",),
    "wishlist": ("name", "price_fen", "added_on"),
}
#: ``NOT NULL`` columns with a default: a record may leave them out, but not give them as null.
DEFAULTED = {
    "credit_lines": ("currency", "statement_day_inclusive", "grace_days", "auto_repay", "remainder_to", "fee_presets",
                     "archived", "created_at", "revolving_basis", "late_fee_rate", "late_fee_min_fen",
                     "billing", "bnpl_late_fee"),
    "day_changes": ("statement_day_inclusive",),
    "purchases": ("installments", "merchant", "category", "description", "note", "source"),
    "installment_plans": ("merchant_paid",),
    "installment_parts": ("status",),
    "refunds": ("applies_as_payment", "note", "source"),
    "repayments": ("note", "source"),
    "wishlist": ("shop", "status"),
}
IMPLIED = {"limit_changes": ("line_id",), "auto_repay_changes": ("line_id",), "day_changes": ("line_id",),
           "installment_parts": ("plan_id", "line_id")}
#: The schema's ``UNIQUE`` keys and primary keys besides ``id`` (and the line's name, case-folded as SQLite's NOCASE
#: folds: ASCII letters only).
UNIQUE = {
    "limit_changes": ("line_id", "effective"), "auto_repay_changes": ("line_id", "effective"),
    "day_changes": ("line_id", "effective"),
    "purchases": ("line_id", "source_key"), "installment_plans": ("purchase_id",),
    "refunds": ("line_id", "source_key"), "repayments": ("line_id", "source_key"),
    "personal_limits": ("line_id",),
}
#: ``CHECK (column > 0)`` and the ``BETWEEN 1 AND 60`` of periods.
POSITIVE = {"purchases": "amount_fen", "installment_plans": "principal_fen", "refunds": "amount_fen",
            "repayments": "amount_fen", "wishlist": "price_fen"}
PERIODS = {"purchases": "installments", "installment_plans": "periods"}
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _records(doc: dict) -> Iterator[tuple[str, str, dict, dict]]:
    """``(table, where, record, implied values)`` for every record of the document, in document order."""
    for i, line in enumerate(doc.get("lines", [])):
        yield "credit_lines", f"lines[{i}]", line, {}
        for key, table in (("limits", "limit_changes"), ("auto_repay_changes", "auto_repay_changes"),
                           ("day_changes", "day_changes")):
            for j, rec in enumerate(line.get(key, [])):
                yield table, f"lines[{i}].{key}[{j}]", rec, {"line_id": line.get("id")}
    for key, table in (("purchases", "purchases"), ("plans", "installment_plans"), ("refunds", "refunds"),
                       ("repayments", "repayments")):
        for i, rec in enumerate(doc.get(key, [])):
            yield table, f"{key}[{i}]", rec, {}
            if key == "plans":
                for j, part in enumerate(rec.get("parts", [])):
                    yield "installment_parts", f"plans[{i}].parts[{j}]", part, {"plan_id": rec.get("id")}
    for table, rows in doc.get("other_tables", {}).items():
        for i, rec in enumerate(rows):
            yield table, f"other_tables.{table}[{i}]", rec, {}


def check_records(doc: dict) -> None:
    """Check that every record of an export document (whose values ``json_export.from_document`` has checked)
    keeps the schema's rules, so writing it cannot break a constraint.

    Raises:
        ValidationError: ``field`` is ``table[index].field`` (``purchases[3].merchant``): a required field
            missing, a null where the ledger needs a value, a repeated unique key (``purchases[4].source_key``
            repeating ``purchases[1]``'s on the same line, a second plan of one purchase, a line's failed
            auto-repayment listed twice), an amount of 0 or periods outside 1-60.
    """
    seen: dict[tuple, str] = {}
    for table, where, rec, implied in _records(doc):
        for key in REQUIRED.get(table, ()):
            if key not in rec:
                raise ValidationError(f"{where}.{key}", "", QT_TRANSLATE_NOOP("Errors", "is missing"))
        for key in REQUIRED.get(table, ()) + DEFAULTED.get(table, ()):
            if key in rec and rec[key] is None:
                raise ValidationError(f"{where}.{key}", None, QT_TRANSLATE_NOOP("Errors", "must not be null"))
        positive = POSITIVE.get(table)
        if positive and isinstance(rec.get(positive), int) and rec[positive] <= 0:
            raise ValidationError(f"{where}.{positive}", rec[positive], QT_TRANSLATE_NOOP(
                    "Errors", "must be greater than zero"))
        periods = PERIODS.get(table)
        if periods in rec and not 1 <= rec[periods] <= MAX_PERIODS:
            raise ValidationError(f"{where}.{periods}", rec[periods], QT_TRANSLATE_NOOP(
                    "Errors", "must be a whole number from %1 to %2").arg(1, MAX_PERIODS))
        values = {**rec, **implied}
        for columns in (("id",), UNIQUE.get(table)):
            if not columns or not all(isinstance(values.get(c), str | int) for c in columns):
                continue  # SQL: a null never repeats (other tables' values are SQLite's to refuse)
            unique = (table, columns, *(values[c] for c in columns))
            field = f"{where}.{columns[-1]}"
            if unique in seen:
                reason = (QT_TRANSLATE_NOOP("Errors", "repeats %1 on the same credit line (it must be unique there)")
                          if "line_id" in columns[:-1]
                          else QT_TRANSLATE_NOOP("Errors", "repeats %1 (it must be unique)"))
                raise ValidationError(field, values[columns[-1]], reason.arg(seen[unique]))
            seen[unique] = field
    names: dict[object, int] = {}
    for i, line in enumerate(doc.get("lines", [])):
        name = line.get("name")
        folded = name.translate(_ASCII_FOLD) if isinstance(name, str) else name
        if folded in names:  # the column is COLLATE NOCASE: "Card" and "card" are one name
            raise ValidationError(f"lines[{i}].name", name, QT_TRANSLATE_NOOP(
                    "Errors", "another credit line already has this name"))
        names[folded] = i
        failed: dict[object, int] = {}
        for j, day in enumerate(line.get("auto_repay_failures", [])):
            field = f"lines[{i}].auto_repay_failures[{j}]"
            if day is None:
                raise ValidationError(field, None, QT_TRANSLATE_NOOP("Errors", "must not be null"))
            if day in failed:
                first = f"lines[{i}].auto_repay_failures[{failed[day]}]"
                raise ValidationError(field, day, QT_TRANSLATE_NOOP(
                        "Errors", "repeats %1 (it must be unique)").arg(first))
            failed[day] = j


def check_ledger(doc: dict) -> None:
    """Check that the records of an export document fit together as the app itself writes them, so that a restore
    shows the same bills and debts (run after ``check_records`` and the lines' terms: every ``line_id`` and
    ``purchase_id`` refers to a record of the file, statement days are 1-31).

    Accepted is what a ledger can hold after any of its actions: a statement day changed later moves every bill
    (``LedgerService.edit_line``), so each purchase and refund is on the bill of its posting date under its line's
    terms in the file; a refund of a purchase in installments takes the principal it covers off the plan's unbilled
    parts (``amount_fen - credit_fen``; domain-rules.md §2.3); an early payoff cancels the unbilled parts and adds
    one ``payoff`` part of their principal on a bill of the line.

    Raises:
        ValidationError: ``field`` names the record and key, e.g. ``purchases[0].statement_date`` (not the bill of
            its posting date), ``purchases[2].installments`` (6 with no plan), ``plans[0].periods``,
            ``plans[0].parts`` (principal parts that do not make the principal), ``plans[0].parts[3].statement_date``.
    """
    lines = {line["id"]: line for line in doc.get("lines", [])}
    plans = doc.get("plans", [])
    plan_of = {plan["purchase_id"]: k for k, plan in enumerate(plans) if plan.get("purchase_id") is not None}
    purchases: dict[int, dict] = {}
    for i, rec in enumerate(doc.get("purchases", [])):
        _check_bill(f"purchases[{i}]", rec, lines[rec["line_id"]])
        installments, k = rec.get("installments", 1), plan_of.get(rec.get("id"))
        if installments > 1 and k is None:
            raise ValidationError(f"purchases[{i}].installments", installments, QT_TRANSLATE_NOOP(
                    "Errors", "is %1, but no installment plan in the file belongs to this purchase").arg(installments))
        if installments == 1 and k is not None:  # its amount would be billed twice: in full and in parts
            raise ValidationError(f"purchases[{i}].installments", installments, QT_TRANSLATE_NOOP(
                    "Errors", "is 1 (paid in full), but %1 splits this purchase into installments").arg(f"plans[{k}]"))
        if rec.get("id") is not None:
            purchases[rec["id"]] = rec
    taken: dict[int, int] = {}  # purchase id -> principal its refunds took off its plan, fen
    for i, rec in enumerate(doc.get("refunds", [])):
        where = f"refunds[{i}]"
        _check_bill(where, rec, lines[rec["line_id"]])
        off = rec["amount_fen"] - rec["credit_fen"]
        if off < 0:
            raise ValidationError(f"{where}.credit_fen", rec["credit_fen"], QT_TRANSLATE_NOOP(
                    "Errors", "must not be more than the refund's amount_fen (%1)").arg(rec["amount_fen"]))
        if off and rec.get("purchase_id") not in plan_of:
            raise ValidationError(f"{where}.credit_fen", rec["credit_fen"], QT_TRANSLATE_NOOP(
                    "Errors", "must equal the refund's amount_fen: only a refund of a purchase in installments "
                    "takes part of it off the plan"))
        if off:
            taken[rec["purchase_id"]] = taken.get(rec["purchase_id"], 0) + off
    for k, plan in enumerate(plans):
        _check_plan(f"plans[{k}]", plan, lines[plan["line_id"]], purchases, taken)


def _days(line: dict) -> CreditLine:
    """A line record's statement and due days, with their history (``CreditLine.bill_date`` and siblings)."""
    return CreditLine("-", statement_day=line["statement_day"], due_day=line["due_day"],
                      statement_day_inclusive=bool(line.get("statement_day_inclusive", False)),
                      day_changes=tuple(DayChange(date.fromisoformat(c["effective"]), c["statement_day"],
                                                  c["due_day"], bool(c.get("statement_day_inclusive", False)))
                                        for c in line.get("day_changes", [])))


def _check_bill(where: str, rec: dict, line: dict) -> None:
    """A purchase or refund is on the bill its posting date falls in (``CreditLine.bill_date``)."""
    day = line["statement_day"]
    expected = _days(line).bill_date(date.fromisoformat(rec["posted_on"])).isoformat()
    if rec["statement_date"] != expected:
        raise ValidationError(f"{where}.statement_date", rec["statement_date"], QT_TRANSLATE_NOOP(
                "Errors", "must be %1, the bill its posting date falls on (its credit line's statement day is %2)")
                              .arg(expected, day))


def _check_statement_day(field: str, value: str, line: dict) -> date:
    """``value`` as a date, refused unless it is a statement date of ``line`` (its day, clamped at a month's end)."""
    day = date.fromisoformat(value)
    expected = clamp_day(day.year, day.month, line["statement_day"])
    if not _days(line).is_statement_date(day):
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "is not a statement date of this line (its bills are issued on day %1, e.g. %2)")
                              .arg(line["statement_day"], expected.isoformat()))
    return day


def _check_plan(where: str, plan: dict, line: dict, purchases: dict[int, dict], taken: dict[int, int]) -> None:
    """One plan against its purchase (or bill) and its parts against the plan (``postings.purchase_plan``,
    ``bill_plan``, ``refund_effect``, ``payoff_effect``)."""
    purchase_id, periods, principal = plan.get("purchase_id"), plan["periods"], plan["principal_fen"]
    if plan["kind"] == "bank":
        _check_bank_period(where, plan, purchases.get(purchase_id) if purchase_id is not None else None)
        return
    if purchase_id is not None:
        purchase = purchases[purchase_id]
        if plan["kind"] != "purchase":
            raise ValidationError(f"{where}.kind", plan["kind"], QT_TRANSLATE_NOOP(
                    "Errors", "must be \"purchase\": the plan belongs to a purchase"))
        if plan["line_id"] != purchase["line_id"]:
            raise ValidationError(f"{where}.line_id", plan["line_id"], QT_TRANSLATE_NOOP(
                    "Errors", "must be the credit line of its purchase (%1)").arg(purchase["line_id"]))
        if periods != purchase.get("installments", 1):
            raise ValidationError(f"{where}.periods", periods, QT_TRANSLATE_NOOP(
                    "Errors", "must equal the installments of its purchase (%1)").arg(purchase.get("installments", 1)))
        if principal != purchase["amount_fen"]:
            raise ValidationError(f"{where}.principal_fen", principal, QT_TRANSLATE_NOOP(
                    "Errors", "must be the amount of its purchase (%1 fen)").arg(purchase["amount_fen"]))
        first = date.fromisoformat(purchase["statement_date"])  # period 1 is on the purchase's own bill
    else:
        if plan["kind"] != "bill":
            raise ValidationError(f"{where}.kind", plan["kind"], QT_TRANSLATE_NOOP(
                    "Errors", "must be \"bill\": the plan belongs to no purchase"))
        if plan.get("source_statement") is None:
            raise ValidationError(f"{where}.source_statement", "", QT_TRANSLATE_NOOP("Errors", "is missing"))
        first = _check_statement_day(f"{where}.source_statement", plan["source_statement"], line)
    fee = total_fee(principal, Decimal(plan["fee_rate"]))
    if plan["fee_total_fen"] != fee:
        raise ValidationError(f"{where}.fee_total_fen", plan["fee_total_fen"], QT_TRANSLATE_NOOP(
                "Errors", "must be %1 fen: the fee rate %2 of the principal, rounded half to even")
                              .arg(fee, plan["fee_rate"]))
    parts = plan.get("parts", [])
    found: dict[int, int] = {}
    for j, part in enumerate(parts):
        at, period, status = f"{where}.parts[{j}]", part["period"], part.get("status", "scheduled")
        if not 1 <= period <= periods:
            raise ValidationError(f"{at}.period", period, QT_TRANSLATE_NOOP(
                    "Errors", "must be a whole number from %1 to %2").arg(1, periods))
        if status != "scheduled" and plan.get("closed_on") is None:
            raise ValidationError(f"{where}.closed_on", "", QT_TRANSLATE_NOOP(
                    "Errors", "is missing: the plan has cancelled or paid-off parts"))
        if status == "payoff":  # the lump of an early payoff: on the bill after the payoff day
            _check_statement_day(f"{at}.statement_date", part["statement_date"], line)
            continue
        if period in found:
            raise ValidationError(f"{at}.period", period, QT_TRANSLATE_NOOP(
                    "Errors", "repeats %1 (it must be unique)").arg(f"{where}.parts[{found[period]}].period"))
        found[period] = j
    if len(found) != periods:
        missing = min(set(range(1, periods + 1)) - set(found))
        raise ValidationError(f"{where}.parts", "", QT_TRANSLATE_NOOP(
                "Errors", "must hold a part for each period from 1 to %1 (period %2 is missing)").arg(periods, missing))
    # Period 1 is on the first bill, unless a statement day changed after an early payoff billed before it (dated
    # before the purchase): the change moves the whole plan so that its earliest period-1 part, the payoff's, is on
    # the purchase's new bill, and the cancelled parts (all of them) by as much.
    start, one = first, parts[found[1]]
    if (purchase_id is not None and one.get("status") == "cancelled"
            and min(p["statement_date"] for p in parts if p["period"] == 1) == first.isoformat()):
        start = date.fromisoformat(one["statement_date"])
    for period, j in sorted(found.items()):
        expected = _days(line).next_bill(start, period - 1).isoformat()
        if parts[j]["statement_date"] != expected:
            raise ValidationError(f"{where}.parts[{j}].statement_date", parts[j]["statement_date"], QT_TRANSLATE_NOOP(
                    "Errors", "must be %1, the bill of period %2 of this plan").arg(expected, period))
    fees = sum(p["fee_fen"] for p in parts if p.get("status", "scheduled") != "payoff")
    if fees != plan["fee_total_fen"]:
        raise ValidationError(f"{where}.parts", "", QT_TRANSLATE_NOOP(
                "Errors", "fee parts add up to %1 fen, not the plan's fee_total_fen (%2 fen)")
                              .arg(fees, plan["fee_total_fen"]))
    kept = sum(p["principal_fen"] for p in parts if p.get("status", "scheduled") != "cancelled")
    off = taken.get(purchase_id, 0) if purchase_id is not None else 0
    if kept + off != principal:
        raise ValidationError(f"{where}.parts", "", QT_TRANSLATE_NOOP(
                "Errors", "principal parts add up to %1 fen, not the plan's principal_fen (%2 fen) less what refunds "
                "of its purchase took off it (%3 fen)").arg(kept, principal, off))


def _check_bank_period(where: str, plan: dict, purchase: dict | None) -> None:
    """A period of a bank's plan (``postings.bank_period_plan``): its purchase, of ``installments`` = the plan's
    periods, is billed whole as the plan's one part, on the purchase's own bill, with no fee."""
    if purchase is None:
        raise ValidationError(f"{where}.purchase_id", "", QT_TRANSLATE_NOOP("Errors", "is missing"))
    parts = plan.get("parts", [])
    if plan["periods"] != purchase.get("installments", 1):
        raise ValidationError(f"{where}.periods", plan["periods"], QT_TRANSLATE_NOOP(
                "Errors", "must equal the installments of its purchase (%1)").arg(purchase.get("installments", 1)))
    if plan["principal_fen"] != purchase["amount_fen"] or plan["fee_total_fen"] != 0 or len(parts) != 1:
        raise ValidationError(f"{where}.parts", "", QT_TRANSLATE_NOOP(
                "Errors", "a bank plan's period must be one part of its purchase's amount (%1 fen), with no fee")
                              .arg(purchase["amount_fen"]))
    part = parts[0]
    if (part["principal_fen"], part["fee_fen"], part["statement_date"]) != (
            purchase["amount_fen"], 0, purchase["statement_date"]) or not 1 <= part["period"] <= plan["periods"]:
        raise ValidationError(f"{where}.parts[0]", "", QT_TRANSLATE_NOOP(
                "Errors", "a bank plan's period must be one part of its purchase's amount (%1 fen), with no fee")
                              .arg(purchase["amount_fen"]))
