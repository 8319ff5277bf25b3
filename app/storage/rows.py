"""Conversions between SQLite row values and domain values (dates, rates, enums)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from app.domain.billing import DayChange
from app.domain.credit_line import (
    AutoRepay,
    AutoRepayChange,
    Billing,
    BnplLateFee,
    CreditLine,
    LimitChange,
    LineKind,
    RemainderTo,
    RevolvingBasis,
)


def d(value: str | None) -> date | None:
    """ISO text -> date (``None`` stays ``None``)."""
    return date.fromisoformat(value) if value else None


def iso(value: date | None) -> str | None:
    """date -> ISO text."""
    return value.isoformat() if value else None


def line_to_row(line: CreditLine) -> dict:
    """A credit line as a ``credit_lines`` row (limits are stored in ``limit_changes``)."""
    return {
        "name": line.name.strip(),
        "kind": line.kind.value,
        "currency": line.currency,
        "statement_day": line.statement_day,
        "due_day": line.due_day,
        "statement_day_inclusive": int(line.statement_day_inclusive),
        "min_payment_rate": str(line.min_payment_rate),
        "daily_penalty_rate": str(line.daily_penalty_rate),
        "grace_days": line.grace_days,
        "auto_repay": line.auto_repay.value,
        "remainder_to": line.remainder_to.value,
        "revolving_basis": line.revolving_basis.value,
        "late_fee_rate": str(line.late_fee_rate),
        "late_fee_min_fen": line.late_fee_min_fen,
        "billing": line.billing.value,
        "bnpl_late_fee": line.bnpl_late_fee.value,
        "fee_presets": json.dumps({str(k): str(v) for k, v in sorted(line.fee_presets.items())}),
        "archived": int(line.archived),
    }


def line_from_row(row: dict, limits: list[dict], auto_changes: Sequence[dict] = (),
                  day_changes: Sequence[dict] = ()) -> CreditLine:
    """A ``credit_lines`` row plus its ``limit_changes``, ``auto_repay_changes`` and ``day_changes`` rows ->
    ``CreditLine``."""
    return CreditLine(
        id=row["id"],
        name=row["name"],
        kind=LineKind(row["kind"]),
        currency=row["currency"],
        statement_day=row["statement_day"],
        due_day=row["due_day"],
        statement_day_inclusive=bool(row["statement_day_inclusive"]),
        min_payment_rate=Decimal(row["min_payment_rate"]),
        daily_penalty_rate=Decimal(row["daily_penalty_rate"]),
        grace_days=row["grace_days"],
        auto_repay=AutoRepay(row["auto_repay"]),
        remainder_to=RemainderTo(row["remainder_to"]),
        revolving_basis=RevolvingBasis(row.get("revolving_basis", RevolvingBasis.UNPAID_FROM_DUE.value)),
        late_fee_rate=Decimal(row.get("late_fee_rate", "0")),
        late_fee_min_fen=row.get("late_fee_min_fen", 0),
        billing=Billing(row.get("billing", Billing.MONTHLY.value)),
        bnpl_late_fee=BnplLateFee(row.get("bnpl_late_fee", BnplLateFee.KLARNA_US.value)),
        fee_presets={int(k): Decimal(v) for k, v in json.loads(row["fee_presets"]).items()},
        limits=tuple(LimitChange(date.fromisoformat(r["effective"]), r["limit_fen"]) for r in limits),
        auto_repay_changes=tuple(AutoRepayChange(date.fromisoformat(r["effective"]), AutoRepay(r["mode"]))
                                 for r in auto_changes),
        day_changes=tuple(DayChange(date.fromisoformat(r["effective"]), r["statement_day"], r["due_day"],
                                    bool(r["statement_day_inclusive"])) for r in day_changes),
        archived=bool(row["archived"]),
    )
