"""The one door to the data: every service and read-side query over one store, with one injected clock.

The window's ``Session`` and the CLI's ``Context`` each hold a ``Services``; views and commands reach the data
only through it (never through the store's repositories), so a rule lives in one place and "today" comes from one
clock that tests pin and a workshop moves (time travel). Service objects are made on first use, so the window's
first paint does not wait for modules it does not show yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.queries import QueryService
from app.storage.db import open_database, open_reader
from app.storage.repositories import Store

if TYPE_CHECKING:
    from app.domain.alerts import Alert
    from app.domain.budgets import BudgetProgress
    from app.domain.my_limits import MyLimits
    from app.domain.payoff import Debt
    from app.domain.statements import Statement
    from app.services.backup_service import BackupService
    from app.services.before_you_buy import Comparison, Crossing
    from app.services.bill_decision import BillDecision
    from app.services.calendar_service import CalendarService
    from app.services.changes import Changes
    from app.services.csv_profiles import CsvProfileService
    from app.services.debt_load import ThresholdService
    from app.services.export_service import ExportService
    from app.services.importing import ImportService
    from app.services.ledger import LedgerService
    from app.services.listing import PurchaseListing
    from app.services.minimum_trap import StatementChoice
    from app.services.monthly_report import MonthlyReport
    from app.services.my_limits import MyLimitsService
    from app.services.overview import Overview
    from app.services.pay_check import PayDateRow
    from app.services.reminders import ReminderService
    from app.services.settings import SettingsService
    from app.services.statement_detail import StatementDetail
    from app.services.undo import UndoService
    from app.services.wishlist import WishlistService


def open_store(path: Path, *, trust_clean_close: bool = True, daily: bool = True) -> Store:
    """The store over the database file ``path`` (created, checked and migrated: ``storage.db.open_database``;
    ``daily=False``: the day's full check and backup of a cleanly closed file are left to the caller).

    Raises:
        DatabaseError: the file cannot be opened, or is damaged.
    """
    return Store(open_database(path, trust_clean_close=trust_clean_close, daily=daily))


def reader_store(path: Path) -> Store:
    """A second store over a file a session already opened, for a worker thread (``storage.db.open_reader``)."""
    return Store(open_reader(path))


class Services:
    """Every service over ``store``, and the read-side queries, with ``today()`` the one clock.

    Args:
        store: the open database.
        today: callable giving "today" (the window's session clock, the CLI's ``--today`` or the system date).
        db_path: the database file (backups are written next to it); ``None`` when not needed.
    """

    def __init__(self, store: Store, today: Callable[[], date], db_path: Path | None = None) -> None:
        self.store = store
        self.today = today
        self.db_path = db_path
        self.queries = QueryService(store)

    # -- services made on first use (a command that only reads loads none of the writing side) ----------------
    @cached_property
    def ledger(self) -> LedgerService:
        """The ledger's user actions (every change a person makes)."""
        from app.services.ledger import LedgerService

        return LedgerService(self.store)

    @cached_property
    def settings(self) -> SettingsService:
        """Data-level settings."""
        from app.services.settings import SettingsService

        return SettingsService(self.store)

    @cached_property
    def listing(self) -> PurchaseListing:
        """The purchases table's pages, in any sort order."""
        from app.services.listing import PurchaseListing

        return PurchaseListing(self.store)

    @cached_property
    def undo(self) -> UndoService:
        """Undo and redo of the user's steps."""
        from app.services.undo import UndoService

        return UndoService(self.store)

    @cached_property
    def imports(self) -> ImportService:
        """Statement-file imports (preview, commit)."""
        from app.services.importing import ImportService

        return ImportService(self.store)

    @cached_property
    def exports(self) -> ExportService:
        """JSON and CSV exports, and loading a JSON export into an empty database."""
        from app.services.export_service import ExportService

        return ExportService(self.store)

    @cached_property
    def calendar(self) -> CalendarService:
        """The due-date calendar (.ics)."""
        from app.services.calendar_service import CalendarService

        return CalendarService(self.store)

    @cached_property
    def reminders(self) -> ReminderService:
        """Payment reminders and which were shown."""
        from app.services.reminders import ReminderService

        return ReminderService(self.store)

    @cached_property
    def csv_profiles(self) -> CsvProfileService:
        """Saved column mappings of bank CSV files."""
        from app.services.csv_profiles import CsvProfileService

        return CsvProfileService(self.store)

    @cached_property
    def thresholds(self) -> ThresholdService:
        """The user's debt-load thresholds (bands)."""
        from app.services.debt_load import ThresholdService

        return ThresholdService(self.store)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of the open database file."""
        from app.services.backup_service import BackupService

        assert self.db_path is not None, "Services(db_path=...) is needed for backups"
        return BackupService(self.db_path, self.store)

    # -- read-side reports (each one the services module of the same name) -----------------------------------
    def overview(self, today: date | None = None) -> Overview:
        """The overview's numbers on ``today`` (default: the clock's day); ``services.overview.overview``."""
        from app.services.overview import overview

        return overview(self.store, today or self.today())

    def statement_detail(self, line_id: int, statement_date: date, as_of: date | None = None,
                         statement: Statement | None = None) -> StatementDetail:
        """What is on one statement (``services.statement_detail.statement_detail``)."""
        from app.services.statement_detail import statement_detail

        return statement_detail(self.store, line_id, statement_date, as_of or self.today(), statement=statement)

    def debts(self, as_of: date | None = None) -> list[Debt]:
        """Each line's debt for the payoff planner (``services.payoff_planner.debts_from_lines``)."""
        from app.services.payoff_planner import debts_from_lines

        return debts_from_lines(self.store, as_of or self.today())

    def statement_choices(self, as_of: date | None = None) -> list[StatementChoice]:
        """Statements the minimum-payment trap can be shown for (``services.minimum_trap``)."""
        from app.services.minimum_trap import statement_choices

        return statement_choices(self.store, as_of or self.today())

    def statement_choice(self, line_id: int, statement_date: date,
                         as_of: date | None = None) -> StatementChoice | None:
        """One statement's choice for the minimum-payment trap, or ``None`` (``services.minimum_trap``)."""
        from app.services.minimum_trap import statement_choice

        return statement_choice(self.store, line_id, statement_date, as_of or self.today())

    def before_you_buy(self, line_id: int, price_fen: int, as_of: date | None = None,
                       periods_options: Sequence[int] | None = None, **options: Any) -> Comparison:
        """Ways of paying ``price_fen`` on a line compared (``services.before_you_buy.before_you_buy``;
        ``periods_options`` default: its ``DEFAULT_PERIODS``)."""
        from app.services.before_you_buy import DEFAULT_PERIODS, before_you_buy

        return before_you_buy(self.store, line_id, price_fen, as_of or self.today(),
                              DEFAULT_PERIODS if periods_options is None else periods_options, **options)

    def crosses_band(self, line_id: int, price_fen: int, as_of: date | None = None, periods: int = 1,
                     fee_rate: Decimal | None = None) -> tuple[Crossing, ...]:
        """The debt-load metrics a purchase would push into a higher band (``services.before_you_buy``)."""
        from app.services.before_you_buy import crosses_band

        return crosses_band(self.store, line_id, price_fen, as_of or self.today(), periods, fee_rate)

    @cached_property
    def my_limits(self) -> MyLimitsService:
        """My own limits per line, the cap on plans and on monthly spending (``services.my_limits``)."""
        from app.services.my_limits import MyLimitsService

        return MyLimitsService(self.store)

    @cached_property
    def wishlist(self) -> WishlistService:
        """The cooling-off list (``services.wishlist``)."""
        from app.services.wishlist import WishlistService

        return WishlistService(self.store)

    # -- guardrails ------------------------------------------------------------------------------------------
    def alerts(self, as_of: date | None = None) -> list[Alert]:
        """Alerts that name the behaviour on ``as_of`` (default: the clock's day; ``services.alerts``)."""
        from app.services.alerts import alerts

        return alerts(self.store, as_of or self.today())

    def bill_decision(self, line_id: int, statement_date: date, as_of: date | None = None,
                      **options: Any) -> BillDecision:
        """Ways to pay one bill compared (``services.bill_decision.bill_decision``)."""
        from app.services.bill_decision import bill_decision

        return bill_decision(self.store, line_id, statement_date, as_of or self.today(), **options)

    def pay_day(self) -> int | None:
        """The day of the month pay arrives (1-31), ``None`` when not set (``services.pay_check``)."""
        from app.services.pay_check import pay_day

        return pay_day(self.store)

    def set_pay_day(self, day: int | None) -> Changes:
        """Set (or, ``None``, clear) the pay day (``services.pay_check.set_pay_day``)."""
        from app.services.pay_check import set_pay_day

        return set_pay_day(self.store, day)

    def can_i_pay(self, price_fen: int, cash_fen: int = 0, as_of: date | None = None,
                  **options: Any) -> list[PayDateRow]:
        """Each line and way to pay ``price_fen`` with the cash left on its due date (``services.pay_check``)."""
        from app.services.pay_check import can_i_pay

        return can_i_pay(self.store, price_fen, as_of or self.today(), cash_fen, **options)

    def budget_caps(self) -> dict[str, int]:
        """Monthly caps on credit spending by category, fen (``services.budgets.caps``)."""
        from app.services.budgets import caps

        return caps(self.store)

    def set_budget_cap(self, category: str, fen: int | None) -> Changes:
        """Set (``None``: remove) one category's monthly cap, fen (``services.budgets.set_cap``)."""
        from app.services.budgets import set_cap

        return set_cap(self.store, category, fen)

    def budget_progress(self, on: date | None = None) -> tuple[BudgetProgress, ...]:
        """Each budget's spending this month (``services.budgets.budget_progress``)."""
        from app.services.budgets import budget_progress

        return budget_progress(self.store, on or self.today())

    def save_limits_and_budgets(self, limits: MyLimits, caps: dict[str, int]) -> Changes:
        """Store my limits and the budgets by category in one transaction (the limits dialog's OK)."""
        from app.services.budgets import set_caps

        with self.store.atomic():
            return self.my_limits.save(limits) | set_caps(self.store, caps)

    def monthly_report(self, month: date, as_of: date | None = None) -> MonthlyReport:
        """The report on ``month`` (any day of it) as ``as_of`` (default: the clock's day) sees it
        (``services.monthly_report``)."""
        from app.services.monthly_report import monthly_report

        return monthly_report(self.store, month, as_of or self.today())

    def ensure_demo(self) -> None:
        """Build the demo scenario into this (demo) database unless it already shows the clock's day
        (``services.demo``)."""
        from app.services.demo import build_demo, is_current

        if not is_current(self.store, self.today()):
            build_demo(self.store, self.today())

    # -- the store's own state -------------------------------------------------------------------------------
    def data_revision(self) -> str:
        """The data revision (renewed by every committed change; keys kept chart images)."""
        return self.store.data_revision()

    def is_empty(self) -> bool:
        """Whether no data table holds a row (only an empty database takes a JSON export)."""
        from app.storage import snapshot

        return snapshot.is_empty(self.store.db)
