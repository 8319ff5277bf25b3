"""Read-side services: statements, positions and the repayment schedule, computed from SQL aggregates.

Cost: one grouped query per table per line plus the repayments of the line; no loop over single purchases, so
a status of 100,000 purchases reads a few hundred aggregate rows.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from app.domain.credit_line import CreditLine, RevolvingBasis
from app.domain.currency_totals import main_currency
from app.domain.my_limits import LimitBasis
from app.domain.position import Position, by_due_date, due_payments, position
from app.domain.postings import InstallmentPlan, Purchase
from app.domain.revolving import compute_statements
from app.domain.statements import CycleCharges, LineStatements, Repayment
from app.services.bank_plans import BankPlan, bank_plans
from app.storage.personal_limits import PersonalLimitsRepo
from app.storage.repositories import PurchaseFilter, Store

if TYPE_CHECKING:
    from app.domain.pay_in_4 import Instalment, Order, OrderRefund

#: The setting that says what utilization is read against (``LimitBasis``: ``mine`` or ``bank``).
READ_AGAINST_KEY = "my_limits.read_against"


@dataclass(frozen=True)
class LineStatus:
    """One line's position on a date."""

    line: CreditLine
    position: Position


@dataclass(frozen=True)
class ScheduleEntry:
    """A payment due: ``amount_fen`` on ``due_date`` for the line's statement of ``statement_date``; paying at
    least ``minimum_fen`` keeps the line current (domain-rules.md §1.5)."""

    due_date: date
    statement_date: date
    line_id: int
    line: str
    amount_fen: int
    minimum_fen: int
    principal_fen: int
    fee_fen: int
    overdue: bool
    issued: bool
    currency: str = "CNY"  # the line's (ISO 4217): the amounts are in its minor units


@dataclass(frozen=True)
class MonthlyDue:
    """Repayments due in each of the next months, per line: ``months`` are first days of months,
    ``by_line[name][i]`` the minor units due in month i, in the line's currency ``currencies[name]``."""

    months: list[date]
    by_line: dict[str, list[int]]
    currencies: dict[str, str] = field(default_factory=dict)
    only: str | None = None  # the one currency kept by ``in_currency``

    @property
    def totals(self) -> list[int]:
        """Minor units due per month over all lines (only meaningful in a ledger of one currency: see
        ``totals_in``)."""
        return [sum(v[i] for v in self.by_line.values()) for i in range(len(self.months))]

    def in_currency(self, currency: str) -> MonthlyDue:
        """Only the lines in ``currency`` (what a chart of one money axis shows); ``left_out`` then names the
        other currencies with something due."""
        return MonthlyDue(self.months, {name: v for name, v in self.by_line.items()
                                        if self.currencies.get(name, "CNY") == currency}, self.currencies, currency)

    @property
    def left_out(self) -> tuple[str, ...]:
        """The currencies ``in_currency`` left out (none before it is called)."""
        if self.only is None:
            return ()
        return tuple(dict.fromkeys(c for c in self.currencies.values() if c != self.only))

    def totals_in(self, currency: str) -> list[int]:
        """Minor units due per month over the lines in ``currency`` (a line of unknown currency counts as CNY)."""
        return [sum(v[i] for name, v in self.by_line.items() if self.currencies.get(name, "CNY") == currency)
                for i in range(len(self.months))]


class StatementsCache:
    """Each line's statements computed once per data revision and day, shared by everything that shows them.

    The window's session gives one to its own connection and to its background worker's (attribute
    ``Store.statements_cache``): the overview's numbers, the debt-load badges, the charts' data, the
    statements view and a statement's detail then read one computation per line instead of one each. An entry
    is keyed by ``(line id, as-of day, data revision)`` (``Store.data_revision``: every committed change renews
    it, from this window, the command line or a restore), so a change is never hidden. Not used while a
    transaction is open (its writes have no revision yet), nor by a connection that wrote outside ``atomic()``
    since its last commit (no new revision). Thread-safe; keeps the ``size`` entries used last.
    """

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, LineStatements] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def key(self, store: Store, line_id: int, as_of: date) -> tuple | None:
        """The entry's key for ``store``'s data now, ``None`` when it must not be cached."""
        revision = store.settled_revision()  # None: writing, or written outside atomic()
        return None if revision is None else (line_id, as_of, revision)

    def get(self, key: tuple) -> LineStatements | None:
        """The statements under ``key``, or ``None``."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return found

    def put(self, key: tuple, value: LineStatements) -> None:
        """Keep ``value`` under ``key`` (dropping the oldest entry past ``size``)."""
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget every entry (another file was opened)."""
        with self._lock:
            self._entries.clear()


class QueryService:
    """Computes statements, positions and schedules for a ``Store``; with the store's ``statements_cache``
    (a ``StatementsCache``), each line's statements once per data revision and day."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._reading: dict[int, int] | None = None

    # -- the limits utilization is read against ------------------------------------------------------------------
    def limit_basis(self) -> LimitBasis:
        """Whether utilization and its warnings are read against my own limits (the default) or the bank's."""
        stored = self.store.settings.get(READ_AGAINST_KEY)
        return LimitBasis(stored) if stored in {b.value for b in LimitBasis} else LimitBasis.MINE

    def reading_limits(self) -> dict[int, int]:
        """``{line id: my limit, fen}`` that positions read utilization against (empty when read against the
        bank's); read once per ``QueryService``."""
        if self._reading is None:
            mine = PersonalLimitsRepo(self.store.db).all()
            self._reading = mine if mine and self.limit_basis() == LimitBasis.MINE else {}
        return self._reading

    def position(self, line: CreditLine, result: LineStatements) -> Position:
        """``line``'s position from its statements ``result``, utilization read against my limit for it or the
        bank's (``limit_basis``)."""
        return position(line, result, self.reading_limits().get(line.saved_id))

    # -- the ledger's records, read as they are ----------------------------------------------------------------
    def lines(self, include_archived: bool = True) -> list[CreditLine]:
        """Every credit line (without the archived ones unless ``include_archived``), in display order."""
        return self.store.lines.all(include_archived=include_archived)

    def main_currency(self) -> str:
        """The currency income ratios and the charts read (``currency_totals.main_currency`` of the active lines)."""
        return main_currency(line.currency for line in self.store.lines.all(include_archived=False))

    def has_lines(self) -> bool:
        """Whether the database holds any credit line, archived ones included."""
        return bool(self.store.lines.all())

    def line(self, line_id: int) -> CreditLine:
        """One credit line. Raises ``NotFoundError``."""
        return self.store.lines.get(line_id)

    def refunded_fen(self, purchase_id: int) -> tuple[int, int, str]:
        """``(count, fen, currency)`` of the refunds recorded against purchase ``purchase_id`` (they go with it
        when it is deleted, ``LedgerService.delete_purchase``), in its line's currency. Raises ``NotFoundError``."""
        line = self.store.lines.get(self.store.purchases.get(purchase_id).line_id)
        refunds = self.store.refunds.for_purchase(purchase_id)
        return len(refunds), sum(r.amount_fen for r in refunds), line.currency

    def line_named(self, name: str) -> CreditLine:
        """The credit line called ``name``. Raises ``NotFoundError`` (saying which names exist)."""
        return self.store.lines.by_name(name)

    def plan(self, plan_id: int) -> InstallmentPlan:
        """One installment plan. Raises ``NotFoundError``."""
        return self.store.plans.get(plan_id)

    def plan_for_purchase(self, purchase_id: int) -> InstallmentPlan | None:
        """The installment plan of a purchase, or ``None`` when it was paid in full."""
        return self.store.plans.for_purchase(purchase_id)

    def purchases(self, f: PurchaseFilter | None = None, limit: int | None = None) -> list[Purchase]:
        """Purchases matching ``f`` (default: all), in the repository's listing order, at most ``limit``."""
        return self.store.purchases.matching(f or PurchaseFilter(), limit=limit)

    def failed_auto(self, line_id: int) -> frozenset[date]:
        """Statement dates of ``line_id`` whose auto-repayment the user marked failed."""
        return self.store.repayments.failed_auto(line_id)

    # -- computed ---------------------------------------------------------------------------------------------
    def bank_plans(self, line_id: int, as_of: date | None = None) -> list[BankPlan]:
        """The banks' own installment plans whose periods the line's imported statements showed, latest first
        (``app.services.bank_plans``), as known on ``as_of`` (every period without it): what is left of each is the
        bank's to tell, not computed."""
        return bank_plans(self.store, line_id, as_of)

    def line_statements(self, line_id: int, as_of: date) -> LineStatements:
        """All statements of a line as of ``as_of`` (see ``domain.revolving.compute_statements``)."""
        line = self.store.lines.get(line_id)
        return self._statements(line, as_of)

    def _statements(self, line: CreditLine, as_of: date) -> LineStatements:
        cache: StatementsCache | None = getattr(self.store, "statements_cache", None)
        key = cache.key(self.store, line.saved_id, as_of) if cache is not None else None
        if cache is not None and key is not None:
            found = cache.get(key)
            if found is not None:
                return found
        result = self.compute(line, as_of)
        if cache is not None and key is not None:
            cache.put(key, result)
        return result

    def compute(self, line: CreditLine, as_of: date) -> LineStatements:
        """``line``'s statements as of ``as_of`` computed afresh (no cache): monthly bills
        (``domain.revolving.compute_statements``), or a pay-in-4 line's payments by due date
        (``domain.pay_in_4.compute_pay_in_4``)."""
        if line.pays_in_4:  # each purchase due in 4 payments: read one by one, not per bill (domain-rules.md §5)
            from app.domain.pay_in_4 import compute_pay_in_4  # loaded for such a line only: most ledgers have none

            return compute_pay_in_4(line, *self._pay_in_4_records(line, as_of), as_of,
                                    self.store.repayments.failed_auto(line.saved_id))
        return compute_statements(line, *self.engine_inputs(line, as_of))

    def engine_inputs(self, line: CreditLine, as_of: date) -> tuple[
            list[CycleCharges], list[Repayment], date, frozenset[date]]:
        """What the statements engine reads for ``line`` as of ``as_of``, in ``compute_statements``' order: the
        per-bill totals, the repayments (refunds' credits included), ``as_of``, the auto-repayments marked failed."""
        return (self.store.cycles.for_line(
                    line.saved_id, as_of, amount_days=line.revolving_basis is RevolvingBasis.FULL_FROM_POSTING),
                self.store.repayments.for_line(line.saved_id) + self.store.refunds.as_payments(line.saved_id), as_of,
                self.store.repayments.failed_auto(line.saved_id))

    def _pay_in_4_records(self, line: CreditLine, as_of: date) -> tuple[list[Order], list[OrderRefund], list[Repayment]]:
        orders = self.store.orders
        return (orders.orders(line.saved_id, as_of), orders.refunds(line.saved_id, as_of),
                self.store.repayments.for_line(line.saved_id))

    def pay_in_4_payments(self, line: CreditLine, as_of: date) -> list[Instalment]:
        """Every payment of a pay-in-4 line's purchases as of ``as_of``, by due date
        (``domain.pay_in_4.pay_in_4_payments``)."""
        from app.domain.pay_in_4 import pay_in_4_payments

        return pay_in_4_payments(line, *self._pay_in_4_records(line, as_of), as_of,
                                 self.store.repayments.failed_auto(line.saved_id))[0]

    def status(self, as_of: date, include_archived: bool = False) -> list[LineStatus]:
        """The position of every (active) line on ``as_of``."""
        return [LineStatus(line, self.position(line, self._statements(line, as_of)))
                for line in self.store.lines.all(include_archived)]

    def schedule(self, as_of: date, months: int = 12, line_id: int | None = None) -> list[ScheduleEntry]:
        """Payments still to make, sorted by due date: overdue ones, then those due within ``months`` months
        of ``as_of`` (issued statements and installment periods already scheduled)."""
        horizon = as_of + relativedelta(months=months)
        entries: list[ScheduleEntry] = []
        for line in self.store.lines.all(include_archived=False):
            if line_id is not None and line.id != line_id:
                continue
            for due in by_due_date(due_payments(self._statements(line, as_of))):
                if due.due_date > horizon:
                    continue
                entries.append(ScheduleEntry(
                    due_date=due.due_date, statement_date=due.statement_date, line_id=line.saved_id, line=line.name,
                    amount_fen=due.amount_fen, minimum_fen=due.minimum_fen, principal_fen=due.principal_fen, fee_fen=due.fee_fen,
                    overdue=due.overdue, issued=due.statement_date <= as_of, currency=line.currency,
                ))
        entries.sort(key=lambda e: (e.due_date, e.line))
        return entries

    def monthly_due(self, as_of: date, months: int = 12) -> MonthlyDue:
        """Repayments due per calendar month for the next ``months`` months (the current month first), per line;
        what is overdue counts in the current month."""
        first = as_of.replace(day=1)
        month_starts = [first + relativedelta(months=i) for i in range(months)]
        by_line: dict[str, list[int]] = defaultdict(lambda: [0] * months)
        currencies: dict[str, str] = {}
        for e in self.schedule(as_of, months):
            currencies[e.line] = e.currency
            index = 0 if e.due_date < first else (e.due_date.year - first.year) * 12 + e.due_date.month - first.month
            if 0 <= index < months:
                by_line[e.line][index] += e.amount_fen
        return MonthlyDue(month_starts, dict(by_line), currencies)

    def over_limit(self, line_id: int, amount_fen: int, on: date) -> tuple[int, int] | None:
        """Whether spending ``amount_fen`` on ``on`` takes the line over its credit limit: ``(fen over, fen
        available)``, or ``None`` when it fits or the line has no limit set. The purchase is still the user's
        choice; this says so in words before it is saved."""
        line = self.store.lines.get(line_id)
        pos = position(line, self._statements(line, on))  # the bank's limit: what the card will refuse
        if pos.limit_fen <= 0 or amount_fen <= pos.available_fen:
            return None
        return amount_fen - pos.available_fen, pos.available_fen

    def owed_fen(self, line_id: int, on: date) -> int:
        """Everything line ``line_id`` owes on ``on``, fen: its bills, what is not billed yet (installment principal
        included) and the interest still to post. A repayment larger than this leaves a credit on the line."""
        line = self.store.lines.get(line_id)
        result = self._statements(line, on)
        return position(line, result).outstanding_fen + result.accruing_interest_fen

    def totals(self, as_of: date) -> tuple[int, int, Decimal | None]:
        """``(outstanding fen, total limit fen, utilization fraction or None)`` over all active lines."""
        status = self.status(as_of)
        outstanding = sum(s.position.outstanding_fen for s in status)
        limit = sum(s.position.limit_fen for s in status)
        return outstanding, limit, (Decimal(outstanding) / Decimal(limit) if limit else None)
