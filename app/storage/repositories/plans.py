"""Installment plans and their scheduled parts (a purchase's plan, or a bill turned into installments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from app.domain.errors import NotFoundError
from app.domain.installments import EarlyPayoffPolicy
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import InstallmentPlan, PartStatus, PlanKind, ScheduledPart
from app.storage.repositories.bulk import new_id
from app.storage.repositories.purchases import IN_INSTALLMENTS
from app.storage.rows import d, iso

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase


class PlansRepo:
    """Installment plans and their scheduled parts."""

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def insert(self, plan: InstallmentPlan) -> int:
        """Store a plan and its parts; returns the plan id."""
        plan_id = new_id(self.db.table("installment_plans").insert({
            "line_id": plan.line_id, "purchase_id": plan.purchase_id, "kind": plan.kind.value,
            "principal_fen": plan.principal_fen, "periods": plan.periods, "fee_rate": str(plan.fee_rate),
            "fee_total_fen": plan.fee_total_fen, "policy": plan.policy.value,
            "merchant_paid": int(plan.merchant_paid), "source_statement": iso(plan.source_statement),
            "closed_on": iso(plan.closed_on), "bank_plan": plan.bank_plan,
        }))
        self._insert_parts(plan_id, plan.line_id, plan.parts)
        return plan_id

    def _insert_parts(self, plan_id: int, line_id: int, parts: tuple[ScheduledPart, ...]) -> None:
        self.db.table("installment_parts").insert_all(
            ({"plan_id": plan_id, "line_id": line_id, "period": p.period,
              "statement_date": p.statement_date.isoformat(), "principal_fen": p.principal_fen,
              "fee_fen": p.fee_fen, "status": p.status.value} for p in parts),
            batch_size=500,
        )

    def replace_parts(self, plan_id: int, parts: tuple[ScheduledPart, ...], closed_on: date | None) -> None:
        """Replace a plan's parts (after a refund or an early payoff)."""
        plan = self.get(plan_id)
        self.db.execute("DELETE FROM installment_parts WHERE plan_id = ?", [plan_id])
        self._insert_parts(plan_id, plan.line_id, parts)
        self.db.table("installment_plans").update(plan_id, {"closed_on": iso(closed_on)})

    def delete(self, plan_id: int) -> None:
        """Delete a plan and its parts."""
        self.db.execute("DELETE FROM installment_plans WHERE id = ?", [plan_id])

    def get(self, plan_id: int) -> InstallmentPlan:
        """The plan with this id. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM installment_plans WHERE id = ?", [plan_id]))
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "installment plan"), plan_id)
        return self._plan(rows[0])

    def for_purchase(self, purchase_id: int) -> InstallmentPlan | None:
        """The plan of an installment purchase, or ``None``."""
        rows = list(self.db.query("SELECT * FROM installment_plans WHERE purchase_id = ?", [purchase_id]))
        return self._plan(rows[0]) if rows else None

    def for_line(self, line_id: int) -> list[InstallmentPlan]:
        """All plans of a line."""
        return [self._plan(r) for r in self.db.query(
            "SELECT * FROM installment_plans WHERE line_id = ? ORDER BY id", [line_id])]

    def running_count(self, on: date) -> int:
        """Installment plans, over all lines, running on ``on``: started by then (the purchase posted, or for a
        bill turned into installments its statement, else its first part's), not closed by then, and with a
        scheduled part still to be billed after ``on``. One query.

        It starts from the parts billed after ``on``, sought per line in ``parts_cycle``: on today's date these are
        the running plans' last few parts (25 ms at 1,000,000 purchases; checking every plan took 80 ms). A day
        years back reads more of them (0.2 s there)."""
        return self.db.execute(
            "SELECT COUNT(*) FROM installment_plans pl LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE pl.id IN (SELECT plan_id FROM installment_parts WHERE line_id IN (SELECT id FROM credit_lines) "
            "AND status = 'scheduled' AND statement_date > :on) "
            "AND (pl.closed_on IS NULL OR pl.closed_on > :on) "
            "AND COALESCE(pu.posted_on, pl.source_statement, (SELECT MIN(statement_date) FROM installment_parts p "
            "WHERE p.plan_id = pl.id), :on) <= :on", {"on": on.isoformat()}).fetchone()[0]

    def starts(self, line_id: int, start: date, end: date) -> list[date]:
        """The day each installment plan of ``line_id`` started, from ``start`` to ``end`` (both included): the
        purchase's posting day, or the statement turned into installments. A bank's plan started when its
        statement showed period 1; its later periods start nothing."""
        # a purchase paid in installments has its plan: its posting days come from the purchases' index (read
        # through every plan of the line, 24 ms a line at a million purchases; this way 2 ms)
        return [date.fromisoformat(r[0]) for r in self.db.execute(
            f"SELECT posted_on FROM purchases WHERE line_id = :line AND {IN_INSTALLMENTS} AND statement_date >= :a "
            "AND posted_on BETWEEN :a AND :b "
            "AND NOT EXISTS (SELECT 1 FROM installment_plans bp JOIN installment_parts bt ON bt.plan_id = bp.id "
            "WHERE bp.purchase_id = purchases.id AND bp.kind = 'bank' AND bt.period > 1) "
            "UNION ALL SELECT source_statement FROM installment_plans WHERE line_id = :line AND purchase_id IS NULL "
            "AND source_statement BETWEEN :a AND :b ORDER BY 1",
            {"line": line_id, "a": start.isoformat(), "b": end.isoformat()})]

    def parts_on_statement(self, line_id: int, statement_date: date) -> list[dict]:
        """Installment parts billed on a statement (cancelled ones left out), with their plan and purchase:
        dicts with ``plan_id, kind, period, periods, principal_fen, fee_fen, status, purchase_id, merchant,
        posted_on, source_statement, bank_plan`` (``merchant``/``posted_on`` are ``None`` for a bill installment;
        ``bank_plan`` the bank's plan id of a ``bank`` period, else ``None``)."""
        return list(self.db.query(
            "SELECT p.plan_id, pl.kind, p.period, pl.periods, p.principal_fen, p.fee_fen, p.status, "
            "pl.purchase_id, pu.merchant, pu.posted_on, pl.source_statement, pl.bank_plan "
            "FROM installment_parts p JOIN installment_plans pl ON pl.id = p.plan_id "
            "LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE p.line_id = ? AND p.statement_date = ? AND p.status != 'cancelled' "
            "ORDER BY pu.posted_on, p.plan_id, p.period", [line_id, statement_date.isoformat()]))

    def bank_period_of(self, purchase_ids: list[int]) -> dict[int, tuple[str, int]]:
        """``{purchase id: (bank plan id, period n)}`` for those of ``purchase_ids`` that are a period of a bank's
        plan (one query, each purchase sought in ``plans_purchase``)."""
        if not purchase_ids:
            return {}
        marks = ", ".join("?" * len(purchase_ids))
        return {pid: (ref, n) for pid, ref, n in self.db.execute(
            "SELECT pl.purchase_id, pl.bank_plan, p.period FROM installment_plans pl JOIN installment_parts p "
            f"ON p.plan_id = pl.id WHERE pl.purchase_id IN ({marks}) AND pl.kind = 'bank'", purchase_ids)}

    def bank_periods(self, line_id: int, as_of: date | None = None) -> list[tuple[str, int, int, str, int, int]]:
        """Per bank plan of ``line_id`` (kind ``bank``, one row per period shown): ``(bank_plan, periods N, latest
        period n, its statement date, sum of the periods' principal and fee in fen, periods shown)``, the latest
        billed first. With ``as_of``, only the periods posted by then (their purchase's day), as the line's
        statements as of that day count them (``CyclesRepo.for_line``). One query over the line's bank periods."""
        return self.db.execute(
            "SELECT pl.bank_plan, pl.periods, MAX(p.period), MAX(p.statement_date), "
            "SUM(p.principal_fen + p.fee_fen), COUNT(*) FROM installment_plans pl "
            "JOIN installment_parts p ON p.plan_id = pl.id JOIN purchases pu ON pu.id = pl.purchase_id "
            # "+": never start from the purchases' date index (a scan of every purchase on file: 0.2 s at a
            # million); start from the line's few plans
            "WHERE pl.line_id = ? AND pl.kind = 'bank' AND p.status != 'cancelled' AND +pu.posted_on <= ? "
            "GROUP BY pl.bank_plan, pl.periods ORDER BY 4 DESC, 1",
            [line_id, (as_of or date.max).isoformat()]).fetchall()

    def _plan(self, row: dict) -> InstallmentPlan:
        parts = tuple(
            ScheduledPart(r["period"], date.fromisoformat(r["statement_date"]), r["principal_fen"], r["fee_fen"],
                          PartStatus(r["status"]))
            for r in self.db.query(
                "SELECT * FROM installment_parts WHERE plan_id = ? ORDER BY period, id", [row["id"]]))
        return InstallmentPlan(
            id=row["id"], line_id=row["line_id"], purchase_id=row["purchase_id"], kind=PlanKind(row["kind"]),
            principal_fen=row["principal_fen"], periods=row["periods"], fee_rate=Decimal(row["fee_rate"]),
            fee_total_fen=row["fee_total_fen"], parts=parts, policy=EarlyPayoffPolicy(row["policy"]),
            merchant_paid=bool(row["merchant_paid"]), source_statement=d(row["source_statement"]),
            closed_on=d(row["closed_on"]), bank_plan=row["bank_plan"],
        )
