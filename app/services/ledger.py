"""The ledger's user actions: credit lines, limits, purchases, refunds, repayments, installment plans.

Every public method is one user action in one transaction (``Store.atomic``): it validates everything first, and
a failure leaves the database unchanged. Amounts are int fen, rates Decimal fractions, dates ``datetime.date``.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import date
from typing import Any
from decimal import Decimal

from app.domain.billing import clamp_day, next_statement_date
from app.domain.credit_line import CreditLine, LimitChange, clean_line_name, validate_line
from app.domain.errors import ValidationError
from app.domain.installments import EarlyPayoffPolicy, validate_fee_rate, validate_periods
from app.domain.pay_in_4 import refuse_plan
from app.domain.postings import (
    PartStatus,
    PlanKind,
    Purchase,
    clean_text,
    purchase_plan,
)
from app.domain.statements import Repayment, RepaymentSource
from app.services import undo as steps
from app.services.changes import Changes
from app.services.validation import check_line_values, check_rate, parse_date
from app.storage.repositories import Store
from app.services.ledger_checks import MAX_FEN, check_amount, preset_rate, refuse_rebuild
from app.services.entry_checks import check_days, check_split, check_target_bill, refuse_taken
from app.domain.day_changes import days_of
from app.services.day_restate import change_days
from app.services.plan_actions import PlanActions
from app.services.refund_actions import RefundActions
from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.funded_match import FUNDED as FUNDED_SOURCE  # the charge a repayment paid with a line leaves there


class LedgerService(PlanActions, RefundActions):
    """User actions on the ledger. Construct with a ``Store``; every method commits or changes nothing."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- credit lines ----------------------------------------------------------------------------------------
    def add_line(self, line: CreditLine, limit_fen: int | None = None, limit_from: date | None = None) -> Changes:
        """Add a credit line with an optional starting limit (fen) in force from ``limit_from`` (default 2000-01-01
        so the limit applies to all history).

        The name is made canonical (``credit_line.clean_line_name``: NFKC, trimmed); invisible or text-direction
        characters, a name that reads as another line's, and days that give two bills one due date
        (``entry_checks.check_days``) are refused.

        Raises:
            ValidationError: bad terms, a negative limit, or a name another line already has.
        """
        if limit_fen is not None:
            if isinstance(limit_fen, bool) or not isinstance(limit_fen, int) or not 0 <= limit_fen <= MAX_FEN:
                raise ValidationError("limit", limit_fen, QT_TRANSLATE_NOOP(
                        "Errors", "must be between 0 and 100,000,000"))
            line = replace(line, limits=(LimitChange(limit_from or date(2000, 1, 1), limit_fen),))
        line = replace(line, name=clean_line_name(line.name))
        check_line_values(line)
        validate_line(line)
        check_days(line)
        with self.store.step(steps.ADD_LINE, line=line.name):
            refuse_taken(self.store.lines.name_taken(line.name), line.name)
            line_id = self.store.lines.insert(line)
        return Changes(lines=True, ids={"line": line_id})

    def edit_line(self, line_id: int, *, today: date | None = None, **terms: Any) -> Changes:
        """Change a line's terms (name, days, rates, auto-repay ...). New days given with ``today`` apply from the
        next cycle: bills issued by then keep their dates and amounts (``app.domain.day_changes``); without
        ``today`` they re-derive the bill of every purchase and refund and re-place installment periods. A new auto-repay mode applies to statements
        due from ``today`` on (the caller's day: the window's session or the CLI's ``--today``); the bills it
        settled before stay settled.

        Raises:
            ValidationError, NotFoundError. TypeError: the auto-repay mode changes and no ``today`` was given.
        """
        unknown = set(terms) - {f.name for f in dataclass_fields(CreditLine)} | (
            set(terms) & {"id", "limits", "auto_repay_changes", "day_changes"})
        if unknown:
            raise ValidationError("field", ", ".join(sorted(unknown)), QT_TRANSLATE_NOOP("Errors", "cannot be edited"))
        name = steps.EDIT_LINE
        if set(terms) == {"archived"}:
            name = steps.ARCHIVE_LINE if terms["archived"] else steps.UNARCHIVE_LINE
        with self.store.step(name) as step:
            old = self.store.lines.get(line_id)
            step["line"] = old.name
            if isinstance(terms.get("name"), str) and terms["name"] != old.name:  # a stored name is kept as it is
                terms["name"] = clean_line_name(terms["name"])
            check_line_values(replace(old, **terms))
            new = old.with_changes(**terms)
            if "name" in terms:
                refuse_taken(self.store.lines.name_taken(new.name, except_id=line_id), new.name)
            if (new.statement_day, new.due_day) != (old.statement_day, old.due_day):  # stored days are kept
                check_days(new)
            self.store.lines.update(new)
            if new.auto_repay is not old.auto_repay:
                if not old.auto_repay_changes:  # the mode so far applied to all earlier bills
                    self.store.lines.set_auto_repay(line_id, date(1990, 1, 1), old.auto_repay.value)
                if today is None:
                    raise TypeError("edit_line needs today= to change the auto-repay mode")
                self.store.lines.set_auto_repay(line_id, today, new.auto_repay.value)
            if today is not None and days_of(new) != days_of(old):
                change_days(self.store, old, new, today, self._restate)
            elif (new.statement_day, new.statement_day_inclusive) != (old.statement_day, old.statement_day_inclusive):
                if old.day_changes:  # without a day to start from, the new days apply to all the history
                    self.store.lines.set_day_changes(line_id, ())
                self._restate(replace(new, day_changes=()))
        return Changes(lines=True, postings=True, ids={"line": line_id})

    def _restate(self, line: CreditLine) -> None:
        """Put every posting of ``line`` on a statement of its new statement day: purchases, refunds and an early
        payoff's lump again from their own days. Other installment parts keep amounts and status: a purchase plan
        moves by as many months as its purchase's bill moved, so period 1 stays on that bill; a bill installment,
        and anything else naming a statement, stays in the same month (statement day clamped)."""
        self.store.cycles.restate(
            line.saved_id, lambda posted: line.bill_date(posted),
            lambda old: clamp_day(old.year, old.month, line.statement_day))
        for plan in self.store.plans.for_line(line.saved_id):
            shift = 0
            if plan.purchase_id is not None:
                # a bank plan's one period is on its purchase's bill, as a plan's period 1 is
                first = min(p.statement_date for p in plan.parts if p.period == 1 or plan.kind is PlanKind.BANK)
                new_first = self.store.purchases.get(plan.purchase_id).statement_date
                assert new_first is not None  # a stored purchase is always placed on a statement
                shift = (new_first.year - first.year) * 12 + new_first.month - first.month
            parts = tuple(replace(p, statement_date=line.bill_date(
                plan.closed_on) if (
                p.status is PartStatus.PAYOFF and plan.closed_on) else next_statement_date(
                clamp_day(p.statement_date.year, p.statement_date.month, line.statement_day), line.statement_day,
                shift)) for p in plan.parts)
            self.store.plans.replace_parts(plan.saved_id, parts, plan.closed_on)

    def change_limit(self, line_id: int, limit_fen: int, effective: date) -> Changes:
        """Record a new credit limit (fen) from ``effective`` on; the history is kept."""
        if isinstance(limit_fen, bool) or not isinstance(limit_fen, int) or not 0 <= limit_fen <= MAX_FEN:
            raise ValidationError("limit", limit_fen, QT_TRANSLATE_NOOP("Errors", "must be between 0 and 100,000,000"))
        effective = parse_date(effective, "effective")
        with self.store.step(steps.CHANGE_LIMIT, limit_fen=limit_fen) as step:
            line = self.store.lines.get(line_id)
            step.update(line=line.name, currency=line.currency, effective_date=effective.isoformat())
            self.store.lines.set_limit(line_id, effective, limit_fen)
        return Changes(lines=True, ids={"line": line_id})

    def archive_line(self, line_id: int, archived: bool = True, *, today: date | None = None) -> Changes:
        """Hide a line from the overview (``archived=False`` brings it back); its history stays.

        ``today`` (the caller's clock): a line that still owes anything on that day (bills, unbilled purchases,
        installments to come, interest) is not archived: an archived line counts in no total, bill or reminder.

        Raises:
            ValidationError: ``name``: the line still owes money on ``today``, saying how much.
        """
        if archived and today is not None:
            from app.services.queries import QueryService  # the read side; imported here, it imports this module

            owed = QueryService(self.store).owed_fen(line_id, today)
            if owed > 0:
                from app.i18n import formatting as fmt

                line = self.store.lines.get(line_id)
                raise ValidationError("name", line.name, QT_TRANSLATE_NOOP(
                        "Errors", "still owes %1: archive it once it is paid off (an archived line counts in no "
                        "total, bill or reminder)").arg(fmt.money(owed, line.currency)))
        return self.edit_line(line_id, archived=archived)

    def delete_line(self, line_id: int) -> Changes:
        """Delete a line with everything recorded on it."""
        with self.store.step(steps.DELETE_LINE) as step:
            step["line"] = self.store.lines.get(line_id).name
            self.store.lines.delete(line_id)
        return Changes(lines=True, postings=True, repayments=True)

    # -- purchases -------------------------------------------------------------------------------------------
    def record_purchase(
        self, line_id: int, posted_on: date, amount_fen: int, *, merchant: str = "", category: str = "",
        note: str = "", description: str = "", installments: int = 1, fee_rate: Decimal | None = None,
        merchant_paid: bool = False, policy: EarlyPayoffPolicy = EarlyPayoffPolicy.ALL_REMAINING_FEES,
        source: str = "manual", source_key: str | None = None, order_no: str | None = None,
        entered: bool = False,
    ) -> Changes:
        """Record a purchase, paid in full (``installments=1``) or as an installment plan.

        ``fee_rate`` is the plan's total fee as a fraction; ``None`` takes the line's preset for that many periods
        (an error when there is none). A merchant-paid plan costs the user no fee. ``entered``: a person typed it
        (the window's purchase dialog, ``debtlens purchase add``), so its terms must also make sense together
        (``check_purchase_terms``); imports and workshop stories pass their plans' own terms.

        Raises:
            ValidationError: bad amount, date, text, periods (1-60) or fee rate, or (``entered``) terms that
                contradict each other; NotFoundError: unknown line.
        """
        with self.store.step(steps.ADD_PURCHASE, amount_fen=amount_fen, merchant=merchant) as step:
            step["currency"] = self.store.lines.get(line_id).currency
            if entered:
                self.check_purchase_terms(line_id, installments, fee_rate, merchant_paid, amount_fen)
            purchase_id = self._insert_purchase(
                line_id, posted_on, amount_fen, merchant=merchant, category=category, note=note,
                description=description, installments=installments, fee_rate=fee_rate,
                merchant_paid=merchant_paid, policy=policy, source=source, source_key=source_key,
                order_no=order_no)
        return Changes(postings=True, ids={"purchase": purchase_id, "line": line_id})

    def check_purchase_terms(self, line_id: int, installments: int, fee_rate: Decimal | None,
                             merchant_paid: bool, amount_fen: int | None = None) -> None:
        """Refuse installment terms a person typed that contradict each other, so the window and the command line
        refuse the same input: a fee rate on a purchase paid in full, a fee rate on a plan the merchant pays for,
        no fee rate for a number of periods the line has no preset for, a plan on a pay-in-4 line, or (given
        ``amount_fen``) an amount too small to give each period at least one fen (``entry_checks.check_split``).

        Raises:
            ValidationError: ``field`` is ``fee_rate``, ``merchant_paid``, ``installments`` or ``amount``;
                NotFoundError.
        """
        refuse_plan(line := self.store.lines.get(line_id), installments)
        if amount_fen is not None:
            check_split(check_amount(amount_fen), installments, line.currency)
        if fee_rate is not None:
            if installments < 2:
                raise ValidationError("fee_rate", fee_rate, QT_TRANSLATE_NOOP(
                        "Errors", "only with 2 or more installments"))
            if merchant_paid:
                raise ValidationError("merchant_paid", "", QT_TRANSLATE_NOOP(
                        "Errors", "contradicts a fee rate (the merchant pays the fee): leave out one of them"))
        elif installments > 1 and not merchant_paid:
            preset_rate(line, installments)

    def _insert_purchase(self, line_id: int, posted_on: date, amount_fen: int, *, merchant: str, category: str,
                         note: str, description: str, installments: int, fee_rate: Decimal | None,
                         merchant_paid: bool, policy: EarlyPayoffPolicy, source: str, source_key: str | None,
                         order_no: str | None) -> int:
        line = self.store.lines.get(line_id)
        posted_on = parse_date(posted_on, "date")
        check_amount(amount_fen)
        validate_periods(installments)
        purchase = Purchase(
            line_id=line_id, posted_on=posted_on, amount_fen=amount_fen,
            merchant=clean_text(merchant, "merchant"), category=clean_text(category, "category", 60),
            note=clean_text(note, "note", 1000), description=clean_text(description, "description"),
            installments=installments,
            statement_date=line.bill_date(posted_on),
            source=source, source_key=source_key, order_no=order_no,
        )
        plan = None
        if installments > 1:
            rate = preset_rate(line, installments) if fee_rate is None else fee_rate
            validate_fee_rate(check_rate(rate, "fee_rate"))
            plan = purchase_plan(line, posted_on, amount_fen, installments, rate, merchant_paid, policy)
        purchase_id = self.store.purchases.insert(purchase)
        if plan is not None:
            self.store.plans.insert(replace(plan, line_id=line_id, purchase_id=purchase_id))
        return purchase_id

    def edit_purchase(self, purchase_id: int, **fields: Any) -> Changes:
        """Change a purchase; its id stays. Changing its line, date, amount, installments or fee rebuilds its
        plan, which is refused once the plan was refunded or paid off (delete and re-enter it instead).

        Accepted fields: line_id, posted_on, amount_fen, merchant, category, note, description, installments,
        fee_rate, merchant_paid.

        Raises:
            ValidationError: an unknown field or a bad value; NotFoundError: unknown purchase or line.
        """
        money_fields = {"line_id", "posted_on", "amount_fen", "installments", "fee_rate", "merchant_paid"}
        text_fields = {"merchant", "category", "note", "description"}
        if unknown := set(fields) - money_fields - text_fields:
            raise ValidationError("field", ", ".join(sorted(unknown)), QT_TRANSLATE_NOOP("Errors", "cannot be edited"))
        with self.store.step(steps.EDIT_PURCHASE) as step:
            old = self.store.purchases.get(purchase_id)
            plan = self.store.plans.for_purchase(purchase_id)
            refunds = self.store.refunds.for_purchase(purchase_id)
            limits = {"merchant": 200, "category": 60, "note": 1000, "description": 200}
            texts: dict[str, Any] = {k: clean_text(fields.get(k, getattr(old, k)), k, limits[k]) for k in text_fields}
            new = replace(old, **texts)
            if money_fields & set(fields):
                refuse_rebuild(purchase_id, plan, bool(refunds))
                line = self.store.lines.get(fields.get("line_id", old.line_id))
                if refunds and line.id != old.line_id:
                    raise ValidationError("line", line.name, QT_TRANSLATE_NOOP(
                            "Errors", "a refunded purchase cannot move to another line"))
                posted_on = parse_date(fields.get("posted_on", old.posted_on), "date")
                amount = check_amount(fields.get("amount_fen", old.amount_fen))
                if amount < sum(r.amount_fen for r in refunds):
                    raise ValidationError("amount", amount, QT_TRANSLATE_NOOP(
                            "Errors", "is less than what was already refunded"))
                periods = validate_periods(fields.get("installments", old.installments))
                if {"amount_fen", "installments"} & set(fields):  # a person changed the plan's size
                    check_split(amount, periods, line.currency)
                refuse_plan(line, periods if {"installments", "line_id"} & set(fields) else 1)  # pay in 4: no plan
                new = replace(new, line_id=line.saved_id, posted_on=posted_on, amount_fen=amount, installments=periods,
                              statement_date=line.bill_date(posted_on))
                if plan is not None:
                    self.store.plans.delete(plan.saved_id)
                if periods > 1:
                    rate = fields.get("fee_rate", plan.fee_rate if plan else None)
                    if rate is None:
                        rate = preset_rate(line, periods)
                    validate_fee_rate(check_rate(rate, "fee_rate"))
                    merchant_paid = bool(fields.get("merchant_paid", plan.merchant_paid if plan else False))
                    rebuilt = purchase_plan(line, posted_on, amount, periods, rate, merchant_paid,
                                            plan.policy if plan else EarlyPayoffPolicy.ALL_REMAINING_FEES)
                    self.store.plans.insert(replace(rebuilt, line_id=line.saved_id, purchase_id=purchase_id))
            self.store.purchases.update(new)
            step.update(amount_fen=new.amount_fen, merchant=new.merchant,
                        currency=self.store.lines.get(new.line_id).currency)
        return Changes(postings=True, ids={"purchase": purchase_id, "line": new.line_id})

    def delete_purchase(self, purchase_id: int) -> Changes:
        """Delete a purchase with its plan and the refunds of it (a refund of nothing would be free credit)."""
        with self.store.step(steps.DELETE_PURCHASE) as step:
            purchase = self.store.purchases.get(purchase_id)
            step.update(amount_fen=purchase.amount_fen, merchant=purchase.merchant,
                        currency=self.store.lines.get(purchase.line_id).currency)
            for refund in self.store.refunds.for_purchase(purchase_id):
                self.store.refunds.delete(refund.saved_id)
            self.store.purchases.delete(purchase_id)
        return Changes(postings=True, ids={"line": purchase.line_id})

    # -- repayments ------------------------------------------------------------------------------------------
    def record_repayment(self, line_id: int, paid_on: date, amount_fen: int, *, note: str = "",
                         target_statement: date | None = None, source: RepaymentSource = RepaymentSource.MANUAL,
                         source_key: str | None = None, funded_by_line_id: int | None = None) -> Changes:
        """Record a repayment (fen) on ``paid_on``. It pays posted interest and fees first, then the oldest
        principal (domain-rules.md §1.5); an overpayment becomes a credit on the next statement.
        ``target_statement`` names the bill it was made for (imports keep it to recognise payments of bills from
        before the history on record). ``funded_by_line_id``: the other credit line whose money paid it (以卡养卡:
        it pays this bill all the same, and the alerts name it); typed by a person (``source`` manual), the same
        amount is also recorded on that line as a charge (merchant ``→ <this line>``, source ``funded``, key
        ``repayment:<id>``), in the same step: the debt moves there instead of vanishing. Deleting the repayment
        deletes its charge.

        Raises:
            ValidationError: bad date or amount; a named bill that is not a statement date of the line, or (typed
                by a person) one that is not on record on ``paid_on`` (``entry_checks.check_target_bill``);
                a line funding its own repayment, or one in another currency.
            NotFoundError: the line, or the funding line, does not exist.
        """
        with self.store.step(steps.ADD_REPAYMENT, amount_fen=amount_fen) as step:
            line = self.store.lines.get(line_id)
            step["currency"] = line.currency
            paid_on = parse_date(paid_on, "date")
            check_amount(amount_fen)
            if target_statement is not None and not line.pays_in_4:  # pay in 4: to the earliest payment due (§5)
                target_statement = check_target_bill(self.store, line, parse_date(target_statement, "statement"),
                                                     paid_on, typed=source is RepaymentSource.MANUAL)
            if funded_by_line_id is not None:
                if funded_by_line_id == line_id:
                    raise ValidationError("from_line", line.name, QT_TRANSLATE_NOOP(
                            "Errors", "is the line being repaid: a line cannot repay itself"))
                funding = self.store.lines.get(funded_by_line_id)
                if funding.currency != line.currency:
                    raise ValidationError("from_line", funding.name, QT_TRANSLATE_NOOP(
                            "Errors", "is a %1 line and %2 is in %3: the amount would not be the same on both").arg(
                            funding.currency, line.name, line.currency))
            repayment_id = self.store.repayments.insert(line_id, Repayment(
                paid_on=paid_on, amount_fen=amount_fen, source=source, target_statement=target_statement,
                note=clean_text(note, "note", 1000), funded_by_line_id=funded_by_line_id), source_key)
            if funded_by_line_id is not None and source is RepaymentSource.MANUAL:
                self.record_purchase(funded_by_line_id, paid_on, amount_fen, merchant=f"→ {line.name}",
                                     source=FUNDED_SOURCE, source_key=f"repayment:{repayment_id}")
        return Changes(postings=funded_by_line_id is not None, repayments=True,
                       ids={"repayment": repayment_id, "line": line_id})

    def delete_repayment(self, repayment_id: int) -> Changes:
        """Delete a recorded repayment."""
        with self.store.step(steps.DELETE_REPAYMENT) as step:
            line_id, repayment = self.store.repayments.get(repayment_id)
            step.update(amount_fen=repayment.amount_fen, currency=self.store.lines.get(line_id).currency)
            self.store.repayments.delete(repayment_id)
            charge = None
            if repayment.funded_by_line_id is not None:  # the charge its funding line got (record_repayment)
                charge = self.store.purchases.id_for_key(repayment.funded_by_line_id, f"repayment:{repayment_id}")
                if charge is not None:
                    self.store.purchases.delete(charge)
        return Changes(postings=charge is not None, repayments=True, ids={"line": line_id})

    def set_auto_repay_failed(self, line_id: int, statement_date: date, failed: bool = True) -> Changes:
        """Mark the automatic repayment of a statement as failed (the statement then shows as unpaid/overdue),
        or undo that mark."""
        with self.store.step(steps.MARK_AUTO_FAILED if failed else steps.CLEAR_AUTO_FAILED) as step:
            self.store.lines.get(line_id)
            statement_date = parse_date(statement_date, "statement")
            step["statement_date"] = statement_date.isoformat()
            self.store.repayments.set_auto_failed(line_id, statement_date, failed)
        return Changes(repayments=True, ids={"line": line_id})
