"""Debt load for the overview: utilization, debt-service ratio, their bands, the persistent-debt flag.

Definitions (domain-rules.md §6, design.md vocabulary):

- **Utilization** = Σ outstanding ÷ Σ credit limits over the active lines (and per line), a fraction.
- **Debt-service ratio (DSR, 月供收入比)** = the repayments due in the *busiest* of the next 12 calendar months
  (the current month first; what is overdue counts in the current month; ``QueryService.monthly_due``) ÷ the
  monthly income set by the user. The busiest month, not the average, because a month you cannot pay is what
  makes you borrow again. Bands: DTI_consumer, CFPB/MMI 15 %/20 % ([S]/[T]); income is whatever the user
  entered (CFPB reads gross, credit counsellors net).
- **DTI (all debts)** = (that busiest month + monthly housing payment) ÷ income, only when the user set a housing
  payment; bands 36/43/50 % (CFPB [S], QM [T], Wells Fargo [S]).
- **Persistent debt** (FCA CONC 6.7.27R [S]): on a line, over its last 18 statement cycles, the interest and fees
  paid exceed the principal repaid (``persistent_pairs``).

Currencies (``app.domain.currency_totals``): utilization is per currency (a currency's lines against its limits,
``DebtLoad.currencies``) and its band the worst of them; ``outstanding_fen``, ``limit_fen`` and ``utilization``
are the main currency's. The debt-service ratio and DTI read the main currency's repayments only (the income is
in it); ``other_currencies`` names what they leave out.

Thresholds are editable; they are kept in the settings table as Decimal text under ``threshold.<metric>.<band>``
keys. Money is int fen, ratios ``Decimal`` fractions. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.debt_load import (
    PERSISTENT_DEBT_STATEMENTS,
    Band,
    DebtServiceThresholds,
    DtiAllThresholds,
    UtilizationThresholds,
    debt_service_band,
    dti_all_band,
    persistent_debt,
    ratio,
    utilization_band,
)
from app.domain.currency_totals import main_currency, total
from app.domain.errors import ValidationError
from app.domain.statements import LineStatements, Repayment
from app.services import undo as steps
from app.services.changes import Changes
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

#: Months ahead the debt-service ratio looks at (the busiest one counts).
DSR_HORIZON_MONTHS = 12
MONTHLY_HOUSING = "monthly_housing_fen"
_PREFIX = "threshold"
_GROUPS = {
    "utilization": UtilizationThresholds,
    "debt_service": DebtServiceThresholds,
    "dti_all": DtiAllThresholds,
}
_BAND_ORDER = list(Band)


def band_rank(band: Band) -> int:
    """0 for green up to 4 for critical."""
    return _BAND_ORDER.index(band)


def worst_band(*bands: Band | None) -> Band | None:
    """The most alarming of ``bands`` (``None`` ones ignored; ``None`` when all are)."""
    known = [b for b in bands if b is not None]
    return max(known, key=band_rank) if known else None


@dataclass(frozen=True)
class Thresholds:
    """The band cut-offs in force, each set with its ``source``.

    Attributes:
        customized: names of the sets the user edited (``"utilization"``, ``"debt_service"``, ``"dti_all"``).
    """

    utilization: UtilizationThresholds = UtilizationThresholds()
    debt_service: DebtServiceThresholds = DebtServiceThresholds()
    dti_all: DtiAllThresholds = DtiAllThresholds()
    customized: frozenset[str] = frozenset()


def _cutoffs(group: Any) -> dict[str, Decimal]:  # one of the domain's threshold dataclasses
    return {f.name: getattr(group, f.name) for f in fields(group) if f.name != "source"}


class ThresholdService:
    """Read and change the band thresholds (and the monthly housing payment used by DTI), one transaction each."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self) -> Thresholds:
        """The thresholds in force: stored values over the defaults. A set whose stored text is unreadable or
        out of order falls back to its defaults (the app must still open)."""
        loaded: dict[str, object] = {}
        customized = set()
        for name, cls in _GROUPS.items():
            default = cls()
            values = {}
            for key in _cutoffs(default):
                text = self.store.settings.get(f"{_PREFIX}.{name}.{key}")
                if text is not None:
                    values[key] = text
            if not values:
                loaded[name] = default
                continue
            try:
                group = replace(default, **{k: Decimal(v) for k, v in values.items()})
            except (InvalidOperation, ValidationError):
                loaded[name] = default
                continue
            if _cutoffs(group) != _cutoffs(default):
                group = replace(group, source=f"your own setting (defaults: {default.source})")
                customized.add(name)
            loaded[name] = group
        return Thresholds(customized=frozenset(customized), **loaded)  # type: ignore[arg-type]

    def save(self, thresholds: Thresholds) -> Changes:
        """Store every cut-off of ``thresholds`` as Decimal text; values equal to the default are removed so a
        later change of the defaults reaches the user.

        Raises:
            ValidationError: cut-offs not ascending or negative (raised when the threshold sets are built).
        """
        with self.store.step(steps.SET_THRESHOLDS):
            for name, cls in _GROUPS.items():
                default = _cutoffs(cls())
                for key, value in _cutoffs(getattr(thresholds, name)).items():
                    stored = None if value == default[key] else str(value)
                    self.store.settings.set(f"{_PREFIX}.{name}.{key}", stored)
        return Changes(settings=True)

    def reset(self) -> Changes:
        """Go back to the default thresholds."""
        return self.save(Thresholds())

    def housing_fen(self) -> int | None:
        """Monthly housing payment (rent or mortgage) in fen, or ``None`` when not set."""
        value = self.store.settings.get(MONTHLY_HOUSING)
        return int(value) if value else None

    def set_housing(self, fen: int | None) -> Changes:
        """Set (or clear with ``None``) the monthly housing payment, fen. Raises ``ValidationError`` if negative."""
        if fen is not None and (isinstance(fen, bool) or not isinstance(fen, int) or fen < 0):
            raise ValidationError("monthly_housing", fen, QT_TRANSLATE_NOOP("Errors", "must be zero or more"))
        with self.store.step(steps.SET_HOUSING, amount_fen=fen):
            self.store.settings.set(MONTHLY_HOUSING, None if fen is None else str(fen))
        return Changes(settings=True)


@dataclass(frozen=True)
class LineLoad:
    """One line's share of the load. ``utilization``/``band`` are ``None`` for a line without a limit."""

    line_id: int
    name: str
    currency: str
    limit_fen: int
    outstanding_fen: int
    utilization: Decimal | None
    band: Band | None
    persistent_debt: bool


@dataclass(frozen=True)
class CurrencyLoad:
    """The utilization of the lines in one currency: ``outstanding_fen`` of ``limit_fen`` (minor units of
    ``currency``); ``utilization``/``band`` are ``None`` when its lines have no limit."""

    currency: str
    outstanding_fen: int
    limit_fen: int
    utilization: Decimal | None
    band: Band | None


@dataclass(frozen=True)
class DebtLoad:
    """The overview's debt-load figures on ``as_of`` (see the module docstring for the definitions).

    Attributes:
        outstanding_fen / limit_fen / utilization: over the active lines in the main currency ``main_currency``;
            ``None`` when they have no limit. ``currencies``: the same per currency, the main one first.
        utilization_band: the worst of the currencies' bands.
        months / due_by_month: first day of each of the next 12 months and what is due in it in the main currency.
        other_currencies: the active lines' other currencies, whose repayments the DSR and DTI leave out.
        peak_month / peak_due_fen: the busiest of those months (the earliest on a tie) and what is due then.
        income_fen: monthly income, ``None`` when not set; ``dsr`` and ``dsr_band`` are ``None`` then.
        housing_fen / dti_all / dti_all_band: only with income and a housing payment set.
        persistent_debt: any line flagged by the FCA test; ``persistent_lines`` names them.
        thresholds: the cut-offs used, each with its source.
    """

    as_of: date
    outstanding_fen: int
    limit_fen: int
    utilization: Decimal | None
    utilization_band: Band | None
    lines: tuple[LineLoad, ...]
    months: tuple[date, ...]
    due_by_month: tuple[int, ...]
    peak_month: date | None
    peak_due_fen: int
    income_fen: int | None
    dsr: Decimal | None
    dsr_band: Band | None
    housing_fen: int | None
    dti_all: Decimal | None
    dti_all_band: Band | None
    persistent_debt: bool
    persistent_lines: tuple[str, ...]
    thresholds: Thresholds
    main_currency: str = "CNY"
    currencies: tuple[CurrencyLoad, ...] = ()
    other_currencies: tuple[str, ...] = ()

    @property
    def band(self) -> Band | None:
        """The worst of the utilization, DSR and DTI bands (``None`` when none can be computed)."""
        return worst_band(self.utilization_band, self.dsr_band, self.dti_all_band)


def peak(due_by_month: list[int] | tuple[int, ...]) -> tuple[int, int]:
    """``(index, fen)`` of the busiest month, the earliest on a tie; ``(0, 0)`` for no months."""
    if not due_by_month:
        return 0, 0
    best = max(range(len(due_by_month)), key=lambda i: (due_by_month[i], -i))
    return best, due_by_month[best]


def dsr_of(due_fen: int, income_fen: int | None) -> Decimal | None:
    """Debt-service ratio ``due ÷ income``, ``None`` without a (positive) income."""
    if not income_fen:
        return None
    return ratio(due_fen, income_fen, "debt_service")


def persistent_pairs(result: LineStatements, repayments: Sequence[Repayment]) -> list[tuple[int, int]]:
    """``(interest_and_fees_paid_fen, principal_repaid_fen)`` per issued statement cycle, oldest first.

    For each cycle: the interest and fees billed on its statement, and the repayments made during the cycle
    (recorded ones and synthesized auto-repayments). Repayments cover interest and fees first (the
    ``statements`` allocation rule), so ``cost_paid = min(billed cost, repaid)`` and the rest is principal
    (FCA CONC 6.7.27R compares what was *paid* in the period [S]).
    """
    paid = sorted([r for r in repayments if r.paid_on <= result.as_of] + list(result.auto_repayments),
                  key=lambda r: r.paid_on)
    pairs = []
    for st in result.issued():
        repaid = sum(r.amount_fen for r in paid if st.cycle_start <= r.paid_on <= st.cycle_end)
        cost_paid = min(st.installment_fee_fen + st.interest_fen, repaid)
        pairs.append((cost_paid, repaid - cost_paid))
    return pairs


def debt_load(store: Store, as_of: date, thresholds: Thresholds | None = None) -> DebtLoad:
    """Compute the overview's debt load on ``as_of`` (thresholds from the settings unless given)."""
    queries = QueryService(store)
    thresholds = thresholds or ThresholdService(store).load()
    income = SettingsService(store).monthly_income_fen()
    housing = ThresholdService(store).housing_fen()
    lines = []
    for line in store.lines.all(include_archived=False):  # the lines ``queries.status`` covers, statements run once
        stmts = queries.line_statements(line.saved_id, as_of)
        pos = queries.position(line, stmts)
        lines.append(LineLoad(
            line_id=line.saved_id, name=line.name, currency=line.currency, limit_fen=pos.limit_fen,
            outstanding_fen=pos.outstanding_fen, utilization=pos.utilization,
            band=utilization_band(pos.utilization, thresholds.utilization) if pos.utilization is not None else None,
            persistent_debt=persistent_debt(
                persistent_pairs(stmts, store.repayments.for_line(line.saved_id))[-PERSISTENT_DEBT_STATEMENTS:]),
        ))
    main = main_currency(x.currency for x in lines)
    order = [x.currency for x in lines]
    outstanding = total(((x.currency, x.outstanding_fen) for x in lines), main, order)
    limit = total(((x.currency, x.limit_fen) for x in lines), main, order)
    per_currency = []
    for code, fen in outstanding.items:
        util = ratio(fen, limit.of(code), "utilization") if limit.of(code) > 0 else None
        per_currency.append(CurrencyLoad(
            code, fen, limit.of(code), util,
            utilization_band(util, thresholds.utilization) if util is not None else None))
    monthly = queries.monthly_due(as_of, DSR_HORIZON_MONTHS)
    due = tuple(monthly.totals_in(main))
    index, peak_fen = peak(due)
    dsr = dsr_of(peak_fen, income)
    dti = dsr_of(peak_fen + housing, income) if housing is not None else None
    flagged = tuple(x.name for x in lines if x.persistent_debt)
    return DebtLoad(
        as_of=as_of, outstanding_fen=per_currency[0].outstanding_fen, limit_fen=per_currency[0].limit_fen,
        utilization=per_currency[0].utilization, utilization_band=worst_band(*(c.band for c in per_currency)),
        lines=tuple(lines), months=tuple(monthly.months), due_by_month=due,
        peak_month=monthly.months[index] if monthly.months else None, peak_due_fen=peak_fen,
        income_fen=income, dsr=dsr,
        dsr_band=debt_service_band(dsr, thresholds.debt_service) if dsr is not None else None,
        housing_fen=housing, dti_all=dti,
        dti_all_band=dti_all_band(dti, thresholds.dti_all) if dti is not None else None,
        persistent_debt=bool(flagged), persistent_lines=flagged, thresholds=thresholds,
        main_currency=main, currencies=tuple(per_currency), other_currencies=outstanding.currencies[1:],
    )
