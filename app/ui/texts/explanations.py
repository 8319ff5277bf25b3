"""Plain-language explanations of every true-cost and debt-load figure, keyed by figure id.

Each entry says what the figure means, why it matters and where its threshold or formula comes from
(domain-rules.md §3-§7). Texts are English source strings marked with ``QT_TRANSLATE_NOOP`` under the
``Explanations`` context, so lupdate extracts them; ``title()`` and ``text()`` translate them when asked, so a
language switch needs nothing more. Views reach them from the figure itself (``widgets.explain.ExplainButton``,
tooltips, ``QWhatsThis``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Explanations"

#: figure id -> (title, explanation), both untranslated source texts.
EXPLANATIONS: dict[str, tuple[str, str]] = {
    "apr": (
        QT_TRANSLATE_NOOP("Explanations", "Annualized rate (APR)"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "What borrowing this way really costs per year, worked out from the actual payments: the monthly rate "
            "at which your payments repay the price (IRR), times 12. A fee of '2.5% in total' sounds small, but "
            "you pay the money back month by month, so per year it costs about six times as much. Since 2021 the "
            "People's Bank of China requires every loan to show this annualized rate (PBOC Announcement 2021 "
            "No. 3)."),
    ),
    "ear": (
        QT_TRANSLATE_NOOP("Explanations", "Effective annual rate"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The annualized rate with compounding: (1 + monthly rate)^12 - 1. It is a little higher than the "
            "APR and compares directly with a savings or deposit rate."),
    ),
    "simple_annualized": (
        QT_TRANSLATE_NOOP("Explanations", "Simple annualized rate"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The fee divided by the money you actually had on average over a year (average-balance method, "
            "simple interest). The PBOC allows this method only if it is labelled as simple interest. It is "
            "close to the APR, not the same."),
    ),
    "xirr": (
        QT_TRANSLATE_NOOP("Explanations", "Rate on the real dates (XIRR)"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The yearly rate using the real purchase date and the real due dates (365-day year). A long "
            "interest-free gap before the first payment makes it lower; a purchase just before the bill makes "
            "it higher."),
    ),
    "daily_rate": (
        QT_TRANSLATE_NOOP("Explanations", "Daily interest as a yearly rate"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Overdue and revolving interest is charged per day. 0.05% a day sounds tiny, but times 365 it is "
            "18.25% a year (simple), 20.02% with daily compounding. This is the rate used when you pay only the "
            "minimum. Since 2021 banks must show it as an annual rate (PBOC)."),
    ),
    "per_period": (
        QT_TRANSLATE_NOOP("Explanations", "Per month"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "What each monthly bill will include for this purchase. The first month takes the rounding "
            "remainders, so it can be a few fen more (Alipay's split rule)."),
    ),
    "total_fee": (
        QT_TRANSLATE_NOOP("Explanations", "Total fee"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The installment fee for the whole plan: the fee rate times the price. It is a fee, not an interest "
            "rate: compare plans by the annualized rate instead."),
    ),
    "total_cost": (
        QT_TRANSLATE_NOOP("Explanations", "Total cost"),
        QT_TRANSLATE_NOOP("Explanations", "Everything you pay for this purchase: the price plus all fees."),
    ),
    "utilization": (
        QT_TRANSLATE_NOOP("Explanations", "Credit utilization"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "How much of your credit limit you are using: what you owe (including installment principal not yet "
            "billed) divided by the limit. Keep it under 30%; people with the best credit scores use under 10% "
            "(FICO). Bands: green under 10%, amber 10-30%, orange 30-50%, red from 50%, critical from 90%. The "
            "bands are our choice built on that guidance; you can change them."),
    ),
    "dsr": (
        QT_TRANSLATE_NOOP("Explanations", "Debt-service ratio"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Repayments due in your busiest month of the next 12, divided by your monthly income. The busiest "
            "month counts because a month you cannot pay is what makes people borrow again. Consumer debt "
            "payments above 15-20% of income are a warning sign (US CFPB 'Your Money, Your Goals'); credit "
            "counsellors call more than 20% dangerous. Set your income to see it."),
    ),
    "dti_all": (
        QT_TRANSLATE_NOOP("Explanations", "All debts to income"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Your busiest month's repayments plus your housing payment, divided by income. Lines: 36% (CFPB), "
            "43% (US mortgage rule), 50% (Wells Fargo: take action)."),
    ),
    "persistent_debt": (
        QT_TRANSLATE_NOOP("Explanations", "Persistent debt"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Over the last 18 months you paid more in interest and fees than you paid off of what you borrowed: "
            "the debt is barely shrinking. The UK regulator makes card lenders step in at this point (FCA CONC "
            "6.7.27R)."),
    ),
    "my_limits": (
        QT_TRANSLATE_NOOP("Explanations", "My limits"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Limits you set yourself, below the bank's: per line, the most installment plans at once, and a cap on "
            "new credit spending per calendar month. Banks raise limits to sell credit: from ¥3,000 to ¥8,000, "
            "¥1,000 owed drops from 33.3% to 12.5% used although nothing was repaid. Against your own ¥3,000 it "
            "stays 33.3%. Before saving a purchase that goes past one of your limits, DebtLens names it and asks "
            "again. These are your rules, not a regulator's."),
    ),
    "alert_limit_creep": (
        QT_TRANSLATE_NOOP("Explanations", "Limit creep"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Shown when the bank raised a line's limit within the last 180 days and you spent more on that line in "
            "the 90 days since than in the 90 days before. A raise makes the same debt look smaller (¥1,000 is "
            "33.3% of ¥3,000 but 12.5% of ¥8,000), and more credit tends to be spent. The rule is DebtLens's own; "
            "China's 2022 credit-card notice (CBIRC and PBOC) forbids banks to induce over-use of cards."),
    ),
    "alert_stacking": (
        QT_TRANSLATE_NOOP("Explanations", "Stacking"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Shown when 3 or more new installment plans or newly used credit lines start within 90 days. Each "
            "plan looks affordable alone; stacked, their monthly parts add up and run for months. The rule is "
            "DebtLens's own."),
    ),
    "alert_full_lines": (
        QT_TRANSLATE_NOOP("Explanations", "Juggling lines"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Shown when 2 or more lines are at 80% of their limit or more at the same time. The overall "
            "utilization averages them with emptier lines and hides that you are near the end of several. The "
            "rule is DebtLens's own."),
    ),
    "alert_committed_income": (
        QT_TRANSLATE_NOOP("Explanations", "Income already committed"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Repayments due in the next 90 days (overdue ones included) divided by 3 months of your income. Shown "
            "above 20%: the US Consumer Financial Protection Bureau advises keeping non-mortgage debt payments at "
            "15-20% of income at most."),
    ),
    "alert_persistent_debt": (
        QT_TRANSLATE_NOOP("Explanations", "Persistent debt (18, 27, 36 months)"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The UK regulator's test (FCA CONC 6.7.27R): over 18 months, you paid more in interest and fees than "
            "you repaid of what you borrowed. If it is still so 9 months later (27 months), lenders must warn "
            "again (CONC 6.7.33R); after 36 months they must offer a way to repay in a reasonable time, normally "
            "3 to 4 years (CONC 6.7.35R). DebtLens shows the monthly payment that would clear the debt in 36 and "
            "in 48 months at the line's rate."),
    ),
    "alert_debt_free_date": (
        QT_TRANSLATE_NOOP("Explanations", "Realistic debt-free date"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "What you owe divided by what you repaid minus what you newly spent per month, on average over the "
            "last 3 whole months: the month you would be debt-free at that pace (never, if you spend as much as "
            "you repay). Interest still to come is left out, so the real date is later. Beside it: when the bills "
            "already scheduled end, the date a brochure would show, as if you never bought anything again. If "
            "you have been paying only the minimum (and buying nothing new), the date is where that leads instead: "
            "each bill's minimum paid on its due date, worked out with the line's own bills and their interest; the "
            "minimum shrinks with what you owe, so it takes years."),
    ),
    "alert_overdue": (
        QT_TRANSLATE_NOOP("Explanations", "Overdue"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Shown when a bill's due date passed with less than its minimum paid. The amount is the minimum still "
            "unpaid; the date is the due date of the oldest bill still unmet. Until it is paid, overdue interest "
            "accrues every day, and the lender may report it to the credit reference centre (征信)."),
    ),
    "alert_repaid_from_credit": (
        QT_TRANSLATE_NOOP("Explanations", "Repaying one line from another"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Shown when, in the last 90 days, a bill was paid with money borrowed on another credit line (以卡养卡): "
            "you marked it when recording the repayment, or the import saw it in the payment method. The bill "
            "counts as paid, but the debt only moved: it comes back on the other line's next bill, often with a "
            "fee or interest, and the total you owe did not fall. China's 2022 card notice (银保监规〔2022〕13号) asks "
            "banks to watch for cards repaid with other credit; the UK FCA counts only your own money as repaying "
            "a balance (CONC 6.7). The realistic debt-free date leaves such repayments out."),
    ),
    "verdict": (
        QT_TRANSLATE_NOOP("Explanations", "Verdict"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The worse of two bands after this purchase: credit utilization and the debt-service ratio. Green is "
            "comfortable; amber means watch it; orange, red and critical mean this purchase makes your debts "
            "hard to carry."),
    ),
    "minimum_trap": (
        QT_TRANSLATE_NOOP("Explanations", "Paying only the minimum"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "How long it takes and what it costs to clear this balance if you pay only the minimum each month "
            "and buy nothing new on it. US card statements must print this warning (Regulation Z, 12 CFR "
            "1026.7(b)(12)). For Huabei we use its minimum (10% of the bill) and its daily rate as a yearly rate."),
    ),
    "payment_36": (
        QT_TRANSLATE_NOOP("Explanations", "Paid off in 3 years"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "The fixed monthly payment that clears the balance in 36 months, and the total you would pay that "
            "way (Regulation Z, Appendix M2)."),
    ),
    "budget": (
        QT_TRANSLATE_NOOP("Explanations", "Monthly budget"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "What you can pay towards these debts every month, in total. It must at least cover every minimum "
            "payment; everything above the minimums goes to one debt at a time."),
    ),
    "avalanche": (
        QT_TRANSLATE_NOOP("Explanations", "Avalanche"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Pay the minimum on every debt and put the rest on the debt with the highest rate; when it is paid "
            "off, its payment rolls on to the next. This costs the least interest."),
    ),
    "snowball": (
        QT_TRANSLATE_NOOP("Explanations", "Snowball"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Pay the minimum on every debt and put the rest on the smallest balance first. It usually costs a "
            "little more interest but clears a first debt sooner, which helps many people keep going."),
    ),
    "custom": (
        QT_TRANSLATE_NOOP("Explanations", "Your order"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "Pay the minimums and put the rest on the debts in the order of the table (move rows up and down)."),
    ),
    "minimums_only": (
        QT_TRANSLATE_NOOP("Explanations", "Minimums only"),
        QT_TRANSLATE_NOOP(
            "Explanations",
            "For comparison: paying exactly the minimums and nothing more, without rolling a paid-off debt's "
            "payment on to the others."),
    ),
    "payoff_months": (
        QT_TRANSLATE_NOOP("Explanations", "Months to debt-free"),
        QT_TRANSLATE_NOOP("Explanations", "How many months until every debt in the table is paid at this budget."),
    ),
    "total_interest": (
        QT_TRANSLATE_NOOP("Explanations", "Total interest"),
        QT_TRANSLATE_NOOP("Explanations", "All the interest you pay until the debts are cleared."),
    ),
}


def title(figure_id: str) -> str:
    """The translated short name of a figure (the id itself when unknown)."""
    entry = EXPLANATIONS.get(figure_id)
    return QCoreApplication.translate(CONTEXT, entry[0]) if entry else figure_id


def text(figure_id: str) -> str:
    """The translated explanation of a figure (empty when unknown)."""
    entry = EXPLANATIONS.get(figure_id)
    return QCoreApplication.translate(CONTEXT, entry[1]) if entry else ""


def rich(figure_id: str) -> str:
    """Title and explanation as a small HTML block for tooltips and What's This (wraps long lines)."""
    from html import escape

    return f"<p><b>{escape(title(figure_id), quote=False)}</b></p><p>{escape(text(figure_id), quote=False)}</p>"
