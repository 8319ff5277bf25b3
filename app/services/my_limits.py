"""My own limits (``app.domain.my_limits``): stored, measured against the ledger, and checked before a purchase.

Per-line limits live in the ``personal_limits`` table; the cap on active installment plans and the monthly cap
on new credit spending are settings. "Active plan" on a day: an installment plan (bought or a bill turned into
installments) with a part still to be billed after that day, not paid off early or refunded by then, or a purchase
on a pay-in-4 line with a payment due after that day. "New credit
spending" of a month: the purchases posted in that calendar month on every line in CNY (amounts are never
converted, so lines in another currency are left out of the cap).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.domain.errors import ValidationError
from app.domain.my_limits import Breach, LimitBasis, MyLimits, check_purchase, used_fraction
from app.domain.position import position
from app.services.changes import Changes
from app.services.ledger_checks import major
from app.services.queries import READ_AGAINST_KEY, QueryService
from app.storage.personal_limits import PersonalLimitsRepo
from app.storage.repositories import PurchaseFilter, Store
from app.domain.messages import QT_TRANSLATE_NOOP

MAX_PLANS_KEY = "my_limits.max_active_plans"
MONTHLY_CAP_KEY = "my_limits.monthly_cap_fen"
#: The currency the monthly cap is read in.
CAP_CURRENCY = "CNY"


@dataclass(frozen=True)
class LineAgainstMine:
    """One line read against my limit and the bank's: ``owed_fen`` now, both limits (fen) and both fractions
    (``None`` where there is no such limit)."""

    line_id: int
    name: str
    currency: str
    owed_fen: int
    my_limit_fen: int | None
    bank_limit_fen: int
    mine_used: Decimal | None
    bank_used: Decimal | None

    @property
    def over_mine(self) -> bool:
        """Whether I owe more on the line than my own limit."""
        return self.my_limit_fen is not None and self.owed_fen > self.my_limit_fen


@dataclass(frozen=True)
class LimitsStatus:
    """Where I stand against my limits on ``as_of`` (the overview panel, ``debtlens limits show``)."""

    as_of: date
    limits: MyLimits
    lines: tuple[LineAgainstMine, ...]
    active_plans: int
    month_spent_fen: int


class MyLimitsService:
    """Read and change my limits (one transaction each), measure them, and check a purchase against them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = PersonalLimitsRepo(store.db)

    # -- the limits -----------------------------------------------------------------------------------------
    def load(self) -> MyLimits:
        """My limits as stored (unset = ``None``)."""
        plans = self.store.settings.get(MAX_PLANS_KEY)
        cap = self.store.settings.get(MONTHLY_CAP_KEY)
        return MyLimits(self.repo.all(), int(plans) if plans else None, int(cap) if cap else None,
                        QueryService(self.store).limit_basis())

    def set_read_against(self, basis: LimitBasis) -> Changes:
        """Read utilization and every warning against my limits (``MINE``, the default) or the bank's (``BANK``).

        Raises:
            ValidationError: not one of ``mine``, ``bank``.
        """
        try:
            basis = LimitBasis(basis)
        except ValueError:
            raise ValidationError("read_against", basis, QT_TRANSLATE_NOOP("Errors", "must be mine or bank")) from None
        with self.store.atomic():
            self.store.settings.set(READ_AGAINST_KEY, None if basis == LimitBasis.MINE else basis.value)
        return Changes(settings=True)

    def set_line_limit(self, line_id: int, limit_fen: int | None) -> Changes:
        """Set (``None`` clears) my limit on a line, fen > 0 and not above the bank's credit limit
        (``check_below_bank``).

        Raises:
            NotFoundError: unknown line. ValidationError: not more than 0, or above the bank's limit.
        """
        if limit_fen is not None:
            MyLimits({line_id: limit_fen})  # validates
        with self.store.atomic():
            self.store.lines.get(line_id)
            if limit_fen is not None:
                self.check_below_bank(line_id, limit_fen, "limit")
            self.repo.set(line_id, limit_fen)
        return Changes(settings=True)

    def set_max_active_plans(self, plans: int | None) -> Changes:
        """Set (``None`` clears) the most installment plans I allow myself at once. Raises ``ValidationError``
        outside 0-99."""
        if plans is not None:
            MyLimits(max_active_plans=plans)
        with self.store.atomic():
            self.store.settings.set(MAX_PLANS_KEY, None if plans is None else str(plans))
        return Changes(settings=True)

    def set_monthly_cap(self, cap_fen: int | None) -> Changes:
        """Set (``None`` clears) my monthly cap on new credit spending, fen >= 0. Raises ``ValidationError``."""
        if cap_fen is not None:
            MyLimits(monthly_cap_fen=cap_fen)
        with self.store.atomic():
            self.store.settings.set(MONTHLY_CAP_KEY, None if cap_fen is None else str(cap_fen))
        return Changes(settings=True)

    def save(self, limits: MyLimits) -> Changes:
        """Replace all my limits at once (the window's "My limits" dialog): lines left out lose theirs.

        Raises:
            NotFoundError: a line that does not exist; ValidationError: a limit above the bank's, naming
                ``my_limit:<line id>`` (nothing is changed).
        """
        with self.store.atomic():
            for line_id, fen in limits.line_limits_fen.items():
                self.check_below_bank(line_id, fen, f"my_limit:{line_id}")
            for line_id in self.repo.all():
                if line_id not in limits.line_limits_fen:
                    self.repo.set(line_id, None)
            for line_id, fen in limits.line_limits_fen.items():
                self.repo.set(line_id, fen)
            plans, cap = limits.max_active_plans, limits.monthly_cap_fen
            self.store.settings.set(MAX_PLANS_KEY, None if plans is None else str(plans))
            self.store.settings.set(MONTHLY_CAP_KEY, None if cap is None else str(cap))
            basis = limits.read_against
            self.store.settings.set(READ_AGAINST_KEY, None if basis == LimitBasis.MINE else basis.value)
        return Changes(settings=True)

    def check_below_bank(self, line_id: int, limit_fen: int, field: str) -> None:
        """Refuse my own limit on a line above the bank's credit limit in force now: my limit is meant to stop me
        before the bank does, and one above it would never be reached. A line without a bank limit takes any.

        Raises:
            NotFoundError: unknown line. ValidationError: naming ``field``, with the bank's limit.
        """
        line = self.store.lines.get(line_id)
        bank = line.current_limit_fen
        if 0 < bank < limit_fen:
            raise ValidationError(field, major(limit_fen, line.currency), QT_TRANSLATE_NOOP(
                    "Errors", "is above the bank's credit limit on %1 (%2): your own limit must be at most the "
                    "bank's; type %2 or less, or clear it").arg(line.name, major(bank, line.currency)))

    # -- measures -------------------------------------------------------------------------------------------
    def active_plans(self, on: date) -> int:
        """Installment plans running on ``on`` over all lines (see the module docstring; counted in SQL: a
        ledger may hold tens of thousands of plans), each purchase on a pay-in-4 line with a payment still to come
        counting as one."""
        return self.store.plans.running_count(on) + self.store.orders.running_count(on)  # pay in 4: one per purchase

    def month_spent(self, on: date) -> int:
        """New credit spending (fen) posted in the calendar month of ``on``, lines in ``CAP_CURRENCY`` only."""
        first = on.replace(day=1)
        last = date(on.year + (on.month == 12), on.month % 12 + 1, 1)
        cny = {ln.saved_id for ln in self.store.lines.all() if ln.currency == CAP_CURRENCY}
        return self.store.purchases.total(PurchaseFilter(start=first, end=last - timedelta(days=1)), cny)

    def status(self, as_of: date) -> LimitsStatus:
        """Every active line against my limit and the bank's, plans running and this month's spending."""
        limits = self.load()
        rows = []
        for st in QueryService(self.store).status(as_of):
            mine = limits.line_limits_fen.get(st.line.saved_id)
            owed = st.position.outstanding_fen
            rows.append(LineAgainstMine(
                st.line.saved_id, st.line.name, st.line.currency, owed, mine, st.position.bank_limit_fen,
                used_fraction(owed, mine) if mine else None, used_fraction(owed, st.position.bank_limit_fen)))
        return LimitsStatus(as_of, limits, tuple(rows), self.active_plans(as_of), self.month_spent(as_of))

    def check_purchase(self, line_id: int, amount_fen: int, posted_on: date, installments: int = 1
                       ) -> tuple[Breach, ...]:
        """The limits a new purchase would break (``domain.my_limits.check_purchase``), measured on its posting
        day; empty when none is set or none is crossed.

        Raises:
            NotFoundError: unknown line. ValidationError: bad amount or installments.
        """
        limits = self.load()
        if not limits.any:
            return ()
        line = self.store.lines.get(line_id)
        owed = 0
        if line_id in limits.line_limits_fen:
            owed = position(line, QueryService(self.store).line_statements(line_id, posted_on)).outstanding_fen
        spent = self.month_spent(posted_on) if line.currency == CAP_CURRENCY else 0
        plans = self.active_plans(posted_on)
        if line.currency != CAP_CURRENCY:
            limits = MyLimits(limits.line_limits_fen, limits.max_active_plans, None)
        installments = 4 if line.pays_in_4 else installments  # a pay-in-4 purchase is a plan of 4 payments
        return check_purchase(limits, line_id=line_id, amount_fen=amount_fen, installments=installments,
                              line_owed_fen=max(owed, 0), active_plans=plans, month_spent_fen=spent)


def require_confirmed(breaches: tuple[Breach, ...], confirmed: bool) -> None:
    """Raise ``ValidationError`` naming the first broken rule unless the user ``confirmed`` going past it."""
    if breaches and not confirmed:
        b = breaches[0]
        raise ValidationError(b.rule.value, b.after, QT_TRANSLATE_NOOP("Errors", "is past the limit you set yourself"))
