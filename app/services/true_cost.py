"""True cost of borrowing on a credit line: the installment options for a price, and the revolving rate.

PBOC Announcement [2021] No. 3 requires the annualized rate to be shown at least as prominently as any fee or
daily rate (domain-rules.md §3 [S-news]). For a line and a price this module lists what each way of paying costs:
the schedule the line would bill, the total fee, and the annualized rates computed from the cash flows
(``app.domain.true_cost``): monthly IRR ``r``, nominal APR ``12·r``, EAR ``(1+r)^12 − 1``, simple annualized
(average-balance method, labelled as simple), and XIRR on the real purchase and due dates.

Money is int fen, rates ``Decimal`` fractions, dates ``datetime.date``. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, Decimal

from app.domain.bnpl import bnpl_pay_in_4
from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.installments import InstallmentPart, validate_fee_rate, validate_periods
from app.domain.minimum_payment import MinimumRule
from app.domain.money import round_fen
from app.domain.pay_in_4 import INTERVAL_DAYS, PAYMENTS
from app.domain.postings import purchase_plan
from app.domain.true_cost import AnnualizedRate, DailyRateAnnualized, annualized_rate, daily_rate_annualized, xirr
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

#: The plans "Before you buy" compares by default: pay in full, then the Huabei preset terms (§2.1 [T]).
DEFAULT_PERIODS: tuple[int, ...] = (1, 3, 6, 9, 12)


@dataclass(frozen=True)
class InstallmentOption:
    """One way to pay ``price_fen`` on a line: in full (``periods == 1``) or in monthly installments.

    Attributes:
        periods: number of monthly parts; 1 = the whole price on the next bill, no fee.
        fee_rate: total fee for the whole plan, fraction of the price (0.025 = 2.5 %); the line's preset.
        parts: the split (Alipay rule §2.2 [S-copy]), principal and fee per period, fen.
        statement_dates: the bill each part is on.
        due_dates: the payment due date of each part.
        total_fee_fen: Σ fees, fen (``round_half_even(price × rate)``).
        total_paid_fen: price + fees, fen.
        rate: annualized rates from the cash flows; ``rate.xirr`` uses the purchase date and the real due dates.
        pay_in_4: the 4 payments every 14 days of a pay-in-4 line (``pay_in_4_option``), not monthly parts.
    """

    periods: int
    fee_rate: Decimal
    parts: tuple[InstallmentPart, ...]
    statement_dates: tuple[date, ...]
    due_dates: tuple[date, ...]
    total_fee_fen: int
    total_paid_fen: int
    rate: AnnualizedRate
    pay_in_4: bool = False

    @property
    def first_amount_fen(self) -> int:
        """Amount of period 1 (it takes the split remainders under the Alipay rule), fen."""
        return self.parts[0].amount_fen

    @property
    def regular_amount_fen(self) -> int:
        """Amount of the last period (the regular one when remainders go first), fen."""
        return self.parts[-1].amount_fen


def option_for_line(
    line: CreditLine, price_fen: int, purchase_date: date, periods: int, fee_rate: Decimal | None = None
) -> InstallmentOption:
    """What paying ``price_fen`` on ``line`` in ``periods`` parts costs (§2.2 placement, §3 rates).

    Args:
        line: the credit line (statement/due days, remainder rule, fee presets).
        price_fen: the price, fen, > 0.
        purchase_date: posting date; period 1 is on the bill this posting goes to.
        periods: 1-60; 1 means paying the whole price on that bill (no fee).
        fee_rate: total fee as a fraction; ``None`` takes the line's preset for ``periods``.

    Raises:
        ValidationError: bad price, periods or fee rate; ``field="fee_rate"`` when the line has no preset for
            ``periods`` and no rate is given.
    """
    validate_periods(periods, "periods")
    if periods == 1:
        rate = Decimal(0)
    elif fee_rate is not None:
        rate = validate_fee_rate(fee_rate)
    elif periods in line.fee_presets:
        rate = line.fee_presets[periods]
    else:
        raise ValidationError("fee_rate", periods, QT_TRANSLATE_NOOP(
                "Errors", "this line has no fee preset for that many periods; give one"))
    plan = purchase_plan(line, purchase_date, price_fen, periods, rate)
    parts = tuple(InstallmentPart(p.period, p.principal_fen, p.fee_fen) for p in plan.parts)
    statements = tuple(p.statement_date for p in plan.parts)
    dues = tuple(line.bill_due(s) for s in statements)
    # IRR on equal monthly spacing, then XIRR on the real dates (the first gap is 10-40 days, not a month)
    rates = annualized_rate(price_fen, parts)
    real = xirr([(purchase_date, price_fen), *((d, -p.amount_fen) for d, p in zip(dues, parts, strict=True))])
    fee = sum(p.fee_fen for p in parts)
    return InstallmentOption(
        periods=periods, fee_rate=rate, parts=parts, statement_dates=statements, due_dates=dues,
        total_fee_fen=fee, total_paid_fen=price_fen + fee, rate=replace(rates, xirr=real),
    )


def pay_in_4_option(price_fen: int, purchase_date: date) -> InstallmentOption:
    """Paying ``price_fen`` on a pay-in-4 line (§5): 4 payments every 14 days from ``purchase_date``, the remainder
    on the first, no fee and no interest (each payment's "statement" is its due date). 100.01 -> 25.01 + 3 × 25.00.
    """
    payments = bnpl_pay_in_4(price_fen, purchase_date, count=PAYMENTS, interval_days=INTERVAL_DAYS)
    parts = tuple(InstallmentPart(p.number, p.amount_fen, 0) for p in payments)
    dues = tuple(p.due_date for p in payments)
    rates = annualized_rate(price_fen, parts)
    return InstallmentOption(periods=PAYMENTS, fee_rate=Decimal(0), parts=parts, statement_dates=dues, due_dates=dues,
                             total_fee_fen=0, total_paid_fen=price_fen, rate=replace(rates, xirr=Decimal(0)),
                             pay_in_4=True)


def installment_options(
    store: Store,
    line_id: int,
    price_fen: int,
    purchase_date: date,
    periods_options: Sequence[int] = DEFAULT_PERIODS,
    fee_rates: Mapping[int, Decimal] | None = None,
) -> list[InstallmentOption]:
    """Every way of paying ``price_fen`` on a stored line, in the order of ``periods_options``.

    A number of periods with neither a rate in ``fee_rates`` nor a preset on the line is left out (its cost is
    unknown). ``fee_rates`` overrides the presets (e.g. a personalised or promotional rate, §2.1). A pay-in-4 line
    has the one way it splits every purchase (``pay_in_4_option``).

    Raises:
        NotFoundError: unknown line. ValidationError: bad price, periods or rate.
    """
    line = store.lines.get(line_id)
    if line.pays_in_4:  # one way only: the line splits every purchase into 4 payments itself (§5)
        return [pay_in_4_option(price_fen, purchase_date)]
    overrides = dict(fee_rates or {})
    options = []
    for periods in periods_options:
        if periods != 1 and periods not in overrides and periods not in line.fee_presets:
            continue
        options.append(option_for_line(line, price_fen, purchase_date, periods, overrides.get(periods)))
    return options


@dataclass(frozen=True)
class RevolvingRate:
    """The yearly cost of a line's daily penalty / revolving interest rate (§3 "Daily rate → annual").

    Attributes:
        daily_rate: fraction per day (0.0005 = 0.05 %/day).
        annual: simple (× 365: 18.25 %), compounded daily (20.02 %), compounded monthly (19.56 %).
    """

    daily_rate: Decimal
    annual: DailyRateAnnualized

    @property
    def apr(self) -> Decimal:
        """The simple yearly rate ``daily × 365`` used as the line's APR in simulations (the figure Chinese
        sources quote, §3; PBOC requires a simple rate to be labelled as such)."""
        return self.annual.simple


def revolving_rate(line: CreditLine) -> RevolvingRate:
    """The annualized daily penalty rate of ``line`` (0.05 %/day -> 18.25 % simple)."""
    return RevolvingRate(line.daily_penalty_rate, daily_rate_annualized(line.daily_penalty_rate))


def line_minimum_rule(line: CreditLine) -> MinimumRule:
    """The minimum-payment rule of a Chinese line: ``min_payment_rate`` of the bill (10 % for Huabei, §1 [T]).

    The statements engine rounds the minimum *up* to the fen (``ROUND_CEILING``, §1 [I]), so a bill is never
    asked less than 1 fen; ``floor_fen=1`` reproduces that in the Reg Z simulation, which rounds half up (without
    it a 10 % minimum rounds to 0 on the last few fen and never pays off). A line without a minimum (rate 0)
    asks the whole balance: 100 %.
    """
    pct = line.min_payment_rate if line.min_payment_rate > 0 else Decimal(1)
    return MinimumRule(pct=pct, plus_interest=False, floor_fen=1)


def line_minimum_fen(line: CreditLine, balance_fen: int) -> int:
    """The minimum payment a line asks on ``balance_fen``: ``ceil(rate × balance)``, the whole balance when the
    line has no minimum (§1 [T] rate, [I] rounding, as ``statements.minimum_payment``)."""
    if balance_fen <= 0:
        return 0
    if line.min_payment_rate == 0:
        return balance_fen
    return min(balance_fen, round_fen(Decimal(balance_fen) * line.min_payment_rate, ROUND_CEILING))
