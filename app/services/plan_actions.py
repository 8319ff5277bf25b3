"""The ledger's installment-plan actions: paying a plan off early (提前还款) and turning a bill into installments
(账单分期). A base of :class:`~app.services.ledger.LedgerService` (same store, same rules: one action, one
transaction, one undo step)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.domain.errors import ValidationError
from app.domain.installments import validate_fee_rate, validate_periods
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import InstallmentPlan, PartStatus, bill_plan, payoff_effect
from app.domain.statements import Repayment
from app.services import undo as steps
from app.services.changes import Changes
from app.services.entry_checks import check_convertible, check_split, convertible_fen
from app.services.ledger_checks import check_amount, major, preset_rate
from app.services.validation import check_rate, parse_date
from app.storage.repositories import Store


class PlanActions:
    """Installment-plan actions on ``store``."""

    store: Store

    def pay_off_plan(self, plan_id: int, on: date, *, pay_now: bool = True) -> Changes:
        """Pay an installment plan off early (提前还款) on ``on``: unbilled periods are cancelled and one payoff
        amount (remaining principal + fees under the plan's policy) is billed on the next statement; with
        ``pay_now`` a repayment of that amount is recorded on ``on`` for that statement."""
        with self.store.step(steps.PAY_OFF_PLAN) as step:
            plan = self.store.plans.get(plan_id)
            line = self.store.lines.get(plan.line_id)
            on = parse_date(on, "date")
            began = self.plan_began(plan)
            if on < began:  # a payoff before the plan existed would be billed on a bill before its purchase
                raise ValidationError("date", on, QT_TRANSLATE_NOOP("Errors", "is before the plan began (%1)")
                                      .arg(began.isoformat()))
            parts, principal, fee = payoff_effect(plan, on, line)
            step.update(amount_fen=principal + fee, currency=line.currency)
            self.store.plans.replace_parts(plan_id, parts, on)
            if pay_now and principal + fee > 0:
                lump = next(p for p in parts if p.status is PartStatus.PAYOFF)
                self.store.repayments.insert(line.saved_id, Repayment(
                    paid_on=on, amount_fen=principal + fee, target_statement=lump.statement_date,
                    note="early payoff"))
        return Changes(postings=True, repayments=pay_now, ids={"plan": plan_id, "line": line.saved_id})

    def plan_began(self, plan: InstallmentPlan) -> date:
        """The first day ``plan`` can be paid off: its purchase's posting date, or for a bill installment the
        statement date of the bill it converted."""
        if plan.purchase_id is not None:
            return self.store.purchases.get(plan.purchase_id).posted_on
        return plan.source_statement or min(p.statement_date for p in plan.parts)

    def convert_statement(self, line_id: int, statement_date: date, periods: int, fee_rate: Decimal | None = None,
                          amount_fen: int | None = None, *, today: date) -> Changes:
        """Turn (part of) an issued statement into a bill installment plan (账单分期).

        ``amount_fen`` defaults to what of the statement's unpaid balance is not already installment parts
        (``entry_checks.convertible_fen``); ``fee_rate`` to the line's preset; the
        statement must be issued by ``today`` and not yet past its due date (``entry_checks.check_convertible``).

        Raises:
            ValidationError: nothing to convert, a bill past its due date, more than the statement's unpaid balance,
                or too little to give each period one fen.
        """
        from app.services.queries import QueryService

        with self.store.step(steps.CONVERT_STATEMENT, periods=periods) as step:
            line = self.store.lines.get(line_id)
            if line.pays_in_4:
                raise ValidationError("statement", statement_date, QT_TRANSLATE_NOOP(
                        "Errors", "is a payment of a pay-in-4 line, which cannot be turned into an installment plan"))
            validate_periods(periods)
            rate = (preset_rate(line, periods) if fee_rate is None
                    else validate_fee_rate(check_rate(fee_rate, "fee_rate")))
            statement_date = parse_date(statement_date, "statement")
            step["statement_date"] = statement_date.isoformat()
            stmts = QueryService(self.store).line_statements(line_id, today)
            stmt = next((s for s in stmts.statements if s.statement_date == statement_date and s.issued), None)
            if stmt is None or stmt.unpaid_fen <= 0:
                raise ValidationError("statement", statement_date, QT_TRANSLATE_NOOP(
                        "Errors", "has no unpaid balance to convert"))
            check_convertible(statement_date, stmt.due_date, parse_date(today, "today"))
            room = convertible_fen(stmt)
            amount = room if amount_fen is None else check_amount(amount_fen)
            if amount > stmt.unpaid_fen:
                raise ValidationError("amount", amount_fen, QT_TRANSLATE_NOOP(
                        "Errors", "is more than the unpaid balance (%1)").arg(major(stmt.unpaid_fen, line.currency)))
            if amount > room or amount == 0:
                raise ValidationError("amount", major(amount or stmt.unpaid_fen, line.currency), QT_TRANSLATE_NOOP(
                        "Errors", "is more than the %1 of this bill that can be turned into installments: %2 of what "
                        "is unpaid are parts of installment plans already").arg(
                        major(room, line.currency), major(stmt.unpaid_fen - room, line.currency)))
            check_split(amount, periods, line.currency)
            plan: InstallmentPlan = bill_plan(line, statement_date, amount, periods, rate)
            plan_id = self.store.plans.insert(replace(plan, line_id=line_id))
        return Changes(postings=True, ids={"plan": plan_id, "line": line_id})
