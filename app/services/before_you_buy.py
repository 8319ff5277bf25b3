"""Before you buy (消费前想一想): what a purchase would cost and what it would do to your load, per way of paying.

For a price on a line, each option (pay in full, 3/6/9/12 installments) gets: the repayments of the next 12
calendar months *on top of* what is already due (``QueryService.monthly_due``), the total cost and fee, the
annualized rate (``services.true_cost``), the line's utilization after the purchase, the debt-service ratio after
it, and a verdict band: the worse of the utilization band and the DSR band (``domain.debt_load`` cut-offs, as
stored by ``services.debt_load.ThresholdService``).

Definitions (see ``services.debt_load``):
- utilization after = (the line's outstanding + price) ÷ the line's limit: an installment plan occupies the
  limit for its whole remaining principal (§1 [T]), so it is the same for every option.
- DSR after = the busiest of the next 12 months (what is due + this purchase's parts) ÷ monthly income.

Currencies (``app.domain.currency_totals``): amounts of different currencies are never added up. What is already
due and "all your lines" are the lines in the chosen line's currency; the other currencies are named in
``left_out``. The income is in the ledger's main currency (``income_currency``), so the debt-service ratio is only
read for a purchase on a line in that currency (``dsr_*`` are ``None`` on a line in another currency).

Nothing is written: recording the chosen option is ``LedgerService.record_purchase``. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.currency_totals import main_currency
from app.domain.debt_load import Band, debt_service_band, ratio, utilization_band
from app.domain.errors import ValidationError
from app.domain.money import MAX_AMOUNT_MAJOR
from app.services.debt_load import (
    DSR_HORIZON_MONTHS,
    Thresholds,
    ThresholdService,
    band_rank,
    dsr_of,
    peak,
    worst_band,
)
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.services.true_cost import DEFAULT_PERIODS, InstallmentOption, installment_options
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Crossing:
    """A metric that this purchase pushes into a higher band.

    Attributes:
        metric: ``"utilization"`` (this line), ``"total_utilization"`` (all lines; only reported when there is
            more than one line with a limit) or ``"dsr"``.
        before / after: the bands; ``before_value`` / ``after_value`` the fractions.
    """

    metric: str
    before: Band
    after: Band
    before_value: Decimal
    after_value: Decimal


@dataclass(frozen=True)
class BuyOption:
    """One way of paying, with its effect on the load.

    Attributes:
        plan: schedule, fee and annualized rates (``InstallmentOption``).
        new_by_month: fen of this purchase due in each of the comparison's 12 months.
        after_by_month: what is already due plus ``new_by_month``, fen.
        later_fen: parts of this purchase due after the 12 months (plans over 12 periods), fen.
        peak_month / peak_due_fen: the busiest month after the purchase and its total.
        utilization_after / utilization_band_after: this line, ``None`` without a limit.
        total_utilization_after: all active lines, ``None`` without limits.
        dsr_after / dsr_band_after: ``None`` when no income is set.
        verdict: worse of ``utilization_band_after`` and ``dsr_band_after`` (green when neither is known).
        crossings: metrics pushed into a higher band (empty when none).
    """

    plan: InstallmentOption
    new_by_month: tuple[int, ...]
    after_by_month: tuple[int, ...]
    later_fen: int
    peak_month: date
    peak_due_fen: int
    utilization_after: Decimal | None
    utilization_band_after: Band | None
    total_utilization_after: Decimal | None
    dsr_after: Decimal | None
    dsr_band_after: Band | None
    verdict: Band
    crossings: tuple[Crossing, ...]

    @property
    def periods(self) -> int:
        """Number of monthly parts (1 = pay in full)."""
        return self.plan.periods


@dataclass(frozen=True)
class Comparison:
    """The before-you-buy comparison for ``price_fen`` on one line, on ``as_of``.

    Attributes:
        months / base_by_month: first day of each of the next 12 months and the fen already due in it (all lines).
        limit_fen / outstanding_fen / available_fen: the line before the purchase; the limit is the one
            utilization is read against: mine when ``limit_is_mine`` (``QueryService.position``), else the bank's.
        exceeds_available: the price is more than the credit the bank leaves (the purchase would be refused or
            put the line over its limit).
        utilization_before / utilization_band_before: this line; ``total_utilization_before`` all lines.
        dsr_before / dsr_band_before: busiest month already due ÷ income; ``None`` without income or when the
            line is not in ``income_currency``.
        options: one ``BuyOption`` per way of paying, in the order asked.
        income_currency: the currency the income is in (the ledger's main currency).
        left_out: the other currencies of the active lines: what is due on them is not in ``base_by_month`` and
            their lines are not in ``total_utilization_*``.
    """

    as_of: date
    line_id: int
    line_name: str
    currency: str
    price_fen: int
    limit_fen: int
    outstanding_fen: int
    available_fen: int
    exceeds_available: bool
    months: tuple[date, ...]
    base_by_month: tuple[int, ...]
    income_fen: int | None
    utilization_before: Decimal | None
    utilization_band_before: Band | None
    total_utilization_before: Decimal | None
    dsr_before: Decimal | None
    dsr_band_before: Band | None
    options: tuple[BuyOption, ...]
    thresholds: Thresholds
    limit_is_mine: bool = False
    income_currency: str = "CNY"
    left_out: tuple[str, ...] = ()

    @property
    def income_applies(self) -> bool:
        """Whether the income is in this line's currency (the debt-service ratio is read only then)."""
        return self.currency == self.income_currency

    def option(self, periods: int) -> BuyOption:
        """The option with ``periods`` parts. Raises ``KeyError`` when it is not compared."""
        for opt in self.options:
            if opt.periods == periods:
                return opt
        raise KeyError(periods)

    @property
    def crosses_band(self) -> bool:
        """Whether any option pushes a metric into a higher band."""
        return any(opt.crossings for opt in self.options)


def _month_index(due: date, first: date) -> int:
    return (due.year - first.year) * 12 + due.month - first.month


def _crossing(metric: str, before: Decimal | None, after: Decimal | None, band_of) -> Crossing | None:
    if before is None or after is None:
        return None
    b, a = band_of(before), band_of(after)
    return Crossing(metric, b, a, before, after) if band_rank(a) > band_rank(b) else None


def before_you_buy(
    store: Store,
    line_id: int,
    price_fen: int,
    as_of: date,
    periods_options: Sequence[int] = DEFAULT_PERIODS,
    *,
    fee_rates: Mapping[int, Decimal] | None = None,
    thresholds: Thresholds | None = None,
) -> Comparison:
    """Compare the ways of paying ``price_fen`` on a line, bought on ``as_of`` (see the module docstring).

    Example: 1,000.00 on a Huabei line with nothing else due, 3 × 2.5 %: parts 341.68, 341.66, 341.66, fee
    25.00, APR 14.94 % (domain-rules.md §2.2, §3).

    Args:
        store: the data.
        line_id: the line the purchase would go on.
        price_fen: the price, fen, > 0.
        as_of: today, the purchase (posting) date.
        periods_options: numbers of monthly parts to compare; 1 = pay the next bill in full.
        fee_rates: fee rates overriding the line's presets, per number of periods.
        thresholds: band cut-offs; the stored ones by default.

    Raises:
        NotFoundError: unknown line. ValidationError: bad price, periods or rates.
    """
    if isinstance(price_fen, bool) or not isinstance(price_fen, int) or price_fen <= 0:
        raise ValidationError("price", price_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if price_fen > MAX_AMOUNT_MAJOR * 100:
        raise ValidationError("price", price_fen, QT_TRANSLATE_NOOP(
                "Errors", "is larger than %1").arg(format(MAX_AMOUNT_MAJOR, ',')))
    queries = QueryService(store)
    thresholds = thresholds or ThresholdService(store).load()
    line = store.lines.get(line_id)
    plans = installment_options(store, line_id, price_fen, as_of, periods_options, fee_rates)
    pos = queries.position(line, queries.line_statements(line_id, as_of))
    everything = queries.status(as_of)
    statuses = [s for s in everything if s.line.currency == line.currency]  # never add fen to cents
    left_out = tuple(dict.fromkeys(s.line.currency for s in everything if s.line.currency != line.currency))
    income_currency = main_currency(s.line.currency for s in everything)
    total_outstanding = sum(s.position.outstanding_fen for s in statuses)
    total_limit = sum(s.position.limit_fen for s in statuses)
    lines_with_limit = sum(1 for s in statuses if s.position.limit_fen > 0)
    income = SettingsService(store).monthly_income_fen()
    dsr_income = income if line.currency == income_currency else None  # the income is in the main currency
    monthly = queries.monthly_due(as_of, DSR_HORIZON_MONTHS)
    base = tuple(monthly.totals_in(line.currency))
    first = monthly.months[0]

    def util_band(value: Decimal) -> Band:
        return utilization_band(value, thresholds.utilization)

    def dsr_band(value: Decimal) -> Band:
        return debt_service_band(value, thresholds.debt_service)

    util_before = ratio(pos.outstanding_fen, pos.limit_fen, "utilization") if pos.limit_fen > 0 else None
    util_after = ratio(pos.outstanding_fen + price_fen, pos.limit_fen, "utilization") if pos.limit_fen > 0 else None
    total_before = ratio(total_outstanding, total_limit, "utilization") if total_limit > 0 else None
    total_after = ratio(total_outstanding + price_fen, total_limit, "utilization") if total_limit > 0 else None
    dsr_before = dsr_of(peak(base)[1], dsr_income)

    options = []
    for plan in plans:
        new = [0] * len(base)
        later = 0
        for due, part in zip(plan.due_dates, plan.parts, strict=True):
            index = max(0, _month_index(due, first))
            if index < len(new):
                new[index] += part.amount_fen
            else:
                later += part.amount_fen
        after = tuple(b + n for b, n in zip(base, new, strict=True))
        index, peak_fen = peak(after)
        dsr_after = dsr_of(peak_fen, dsr_income)
        crossings = [
            _crossing("utilization", util_before, util_after, util_band),
            _crossing("total_utilization", total_before, total_after, util_band) if lines_with_limit > 1 else None,
            _crossing("dsr", dsr_before, dsr_after, dsr_band),
        ]
        util_band_after = util_band(util_after) if util_after is not None else None
        dsr_band_after = dsr_band(dsr_after) if dsr_after is not None else None
        options.append(BuyOption(
            plan=plan, new_by_month=tuple(new), after_by_month=after, later_fen=later,
            peak_month=monthly.months[index], peak_due_fen=peak_fen,
            utilization_after=util_after, utilization_band_after=util_band_after,
            total_utilization_after=total_after, dsr_after=dsr_after, dsr_band_after=dsr_band_after,
            verdict=worst_band(util_band_after, dsr_band_after) or Band.GREEN,
            crossings=tuple(c for c in crossings if c is not None),
        ))
    return Comparison(
        as_of=as_of, line_id=line_id, line_name=line.name, currency=line.currency, price_fen=price_fen,
        limit_fen=pos.limit_fen, outstanding_fen=pos.outstanding_fen, available_fen=pos.available_fen,
        exceeds_available=price_fen > max(0, pos.bank_limit_fen - pos.outstanding_fen), months=tuple(monthly.months), base_by_month=base,
        income_fen=income, utilization_before=util_before,
        utilization_band_before=util_band(util_before) if util_before is not None else None,
        total_utilization_before=total_before, dsr_before=dsr_before,
        dsr_band_before=dsr_band(dsr_before) if dsr_before is not None else None,
        options=tuple(options), thresholds=thresholds, limit_is_mine=pos.limit_is_mine,
        income_currency=income_currency, left_out=left_out,
    )


def crosses_band(
    store: Store,
    line_id: int,
    price_fen: int,
    as_of: date,
    periods: int = 1,
    fee_rate: Decimal | None = None,
) -> tuple[Crossing, ...]:
    """The metrics a purchase paid in ``periods`` parts would push into a higher band; empty when none.

    The purchase dialog calls this before saving: a non-empty result means "show the before-you-buy
    comparison first" (nothing is saved until the user confirms).

    Raises:
        NotFoundError: unknown line. ValidationError: bad price, periods or fee rate.
    """
    if fee_rate is None and periods > 1:
        # the rate ``LedgerService.record_purchase`` would use: the line's preset, else no fee
        fee_rate = store.lines.get(line_id).fee_presets.get(periods, Decimal(0))
    rates = {periods: fee_rate} if fee_rate is not None else None
    comparison = before_you_buy(store, line_id, price_fen, as_of, (periods,), fee_rates=rates)
    return comparison.options[0].crossings
