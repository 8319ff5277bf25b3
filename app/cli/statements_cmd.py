"""``debtlens statements``: a line's statements (a pay-in-4 line's due dates of its purchases' payments)."""

from __future__ import annotations

from app.cli.language import say
from app.cli.ledger_cmds import PAID_LATE, STATUS_WORDS, _today
from app.cli.output import print_json, print_table
from app.domain.messages import QT_TRANSLATE_NOOP
from app.i18n import formatting as fmt


def statements(args, ctx) -> int:
    """``debtlens statements``: a line's statements as a table or JSON; a pay-in-4 line's are its due dates."""
    line = ctx.queries.line_named(args.line)
    today = _today(args, ctx)
    result = ctx.queries.line_statements(line.id, today)
    stmts = [s for s in result.statements if args.all or not s.is_empty]
    plans = ctx.queries.bank_plans(line.id, today)  # what was known that day, as the statements
    if args.json:
        # every figure needed to check "paid + still owed - credit = purchases + fees + interest - refunds"
        print_json({
            "line": line.name, "currency": line.currency, "as_of": result.as_of,
            "owed_on_bills_fen": sum(s.unpaid_fen for s in result.issued()), "pay_in_4": result.pay_in_4,
            "credit_fen": result.credit_fen, "unmatched_fen": result.unmatched_fen,
            "overdue_fen": result.overdue_fen, "overdue_since": result.overdue_since,
            "interest_unpaid_fen": result.interest_unpaid_fen, "accruing_interest_fen": result.accruing_interest_fen,
            "statements": [{
                "statement_date": s.statement_date, "cycle_start": s.cycle_start, "cycle_end": s.cycle_end,
                "due_date": s.due_date, "previous_balance_fen": s.previous_balance_fen,
                "purchases_fen": s.purchases_fen, "refunds_fen": s.refunds_fen,
                "installment_principal_fen": s.installment_principal_fen,
                "installment_fee_fen": s.installment_fee_fen, "converted_fen": s.converted_fen,
                "interest_fen": s.interest_fen, "late_fee_fen": s.late_fee_fen,
                "credit_applied_fen": s.credit_applied_fen,
                "balance_fen": s.balance_fen, "minimum_fen": s.minimum_fen, "paid_fen": s.paid_fen,
                "paid_by_due_fen": s.paid_by_due_fen, "auto_repaid_fen": s.auto_repaid_fen,
                "unpaid_fen": s.unpaid_fen, "carried_fen": s.carried_fen, "minimum_left_fen": s.minimum_left_fen,
                "interest_unpaid_fen": s.penalty_fen, "status": s.status, "overdue_days": s.overdue_days,
                "issued": s.issued,
            } for s in stmts],
            # the banks' own plans seen on imported statements: what is left of each is the bank's to tell
            "bank_plans": [{"plan": p.bank_plan, "periods": p.periods, "last_period": p.last_period,
                            "periods_left": p.periods_left, "last_billed": p.last_billed,
                            "billed_fen": p.posted_fen, "remaining_principal_fen": None} for p in plans],
        })
        return 0
    cur = line.currency
    if result.pay_in_4:
        print(say(QT_TRANSLATE_NOOP("Cli", "Pay in 4: each row is a due date of your purchases' payments (4 payments "
                                           "every 14 days, no interest); a late fee is in its balance.")))
    # installments: the plan parts billed on the statement (DebtLens's plans and the banks'), due in full in the
    # minimum, so a minimum well above the line's share of the balance reads as what it is
    print_table(QT_TRANSLATE_NOOP(
            "Cli", "statement|due|previous|balance|installments|minimum|paid|unpaid|interest|status"),
                [[s.statement_date.isoformat(), s.due_date.isoformat(), fmt.money(s.previous_balance_fen, cur),
                  fmt.money(s.balance_fen, cur),
                  fmt.money(s.installment_principal_fen + s.installment_fee_fen, cur) if
                  s.installment_principal_fen + s.installment_fee_fen else "",
                  fmt.money(s.minimum_fen, cur), fmt.money(s.paid_fen, cur),
                  QT_TRANSLATE_NOOP("Cli", "%1 carried").arg(fmt.money(s.carried_fen, cur)) if s.carried_fen
                  else fmt.money(s.unpaid_fen, cur),
                  fmt.money(s.interest_fen, cur), PAID_LATE if s.paid_late else STATUS_WORDS.get(s.status, s.status.value)]
                 for s in stmts])
    for p in plans:
        if not p.periods_left:
            print(say(QT_TRANSLATE_NOOP("Cli", "Bank installment plan %1: its last period (%2 of %2) billed on %3")
                      .arg(p.bank_plan, p.periods, p.last_billed.isoformat())))
            continue
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Bank installment plan %1: period %2 of %3 billed on %4 (%5 in all on your statements); %6 "
                "periods left, remaining principal unknown (the bank's statements show one period at a time)")
                  .arg(p.bank_plan, p.last_period, p.periods, p.last_billed.isoformat(), fmt.money(p.posted_fen, cur),
                       p.periods_left)))
    return 0
