"""Importing bill exports: preview what a file would add, then write it in one transaction.

The parsers (``app.importers``) turn bytes into plain events; this service matches them against what the line
already holds (each imported event keeps its source identity, so importing the same file twice, or an
overlapping period, adds nothing twice) and writes the new ones. A failed import changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.credit_line import CreditLine
from app.domain.funding import funding
from app.domain.postings import MAX_TEXT_LENGTH, place_refund
from app.domain.statements import Repayment, RepaymentSource
from app.importers.records import PURCHASE, REFUND, REPAYMENT, ImportedEvent, ParseResult, Problem, SkippedRow
from app.services import undo as steps
from app.services.bank_plans import write_plan_periods
from app.services.funded_match import funded_twins
from app.services.import_notices import line_kind_notice
from app.services.changes import Changes
from app.domain.ledger_bounds import MAX_STORED_TEXT
from app.services.twin_rows import twins
from app.services.line_currency import in_line_currency
from app.services.row_dates import not_far_ahead
from app.services.collector import collector_paused
from app.domain.billing import statement_for_label
from app.services.ledger import LedgerService
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]

@dataclass(frozen=True, slots=True)
class PlannedEvent:
    """An imported event and what the import will do with it.

    ``duplicate``: already stored (same source identity on this line), so it is left out.
    ``refund_of_id``: the stored purchase a refund pays back (``None`` when it is credited unlinked).
    ``funded_by_line_id``: for a repayment paid with another credit line's money (its payment method names one,
    ``domain.funding``), that line.
    """

    event: ImportedEvent
    duplicate: bool
    refund_of_id: int | None = None
    warnings: tuple[str, ...] = ()
    funded_by_line_id: int | None = None


@dataclass
class ImportPreview:
    """What importing a file onto a line would do; nothing has been written yet."""

    filename: str
    format: str
    line_id: int
    line_name: str
    planned: list[PlannedEvent]
    skipped: list[SkippedRow]
    problems: list[Problem]
    methods: list[str]
    info: dict = field(default_factory=dict)
    #: The ledger's settled data revision when the preview was made and the day it was made for: while both are
    #: still the same, the preview is still what importing would do (``ImportService.commit(unchanged=True)``).
    revision: str | None = None
    today: date | None = None

    @cached_property
    def new(self) -> list[PlannedEvent]:
        """Events that will be added (worked out once: the window, the command line and the commit all ask)."""
        return [p for p in self.planned if not p.duplicate]

    @cached_property
    def duplicates(self) -> list[PlannedEvent]:
        """Events already imported before."""
        return [p for p in self.planned if p.duplicate]

    def count(self, kind: str) -> tuple[int, int]:
        """``(number, fen)`` of new events of ``kind``."""
        events = [p.event for p in self.new if p.event.kind == kind]
        return len(events), sum(e.amount_fen for e in events)

    def summary(self) -> dict:
        """The CLI's ``--json`` shape: counts and fen totals of new events on the tracked line."""
        purchases, purchases_fen = self.count("purchase")
        refunds, refunds_fen = self.count(REFUND)
        repayments, repayments_fen = self.count(REPAYMENT)
        return {
            "file": self.filename, "format": self.format, "line": self.line_name,
            "purchases": purchases, "purchases_fen": purchases_fen, "refunds": refunds, "refunds_fen": refunds_fen,
            "repayments": repayments, "repayments_fen": repayments_fen, "duplicates": len(self.duplicates),
            "skipped": [{"row": s.row, "reason": s.reason} for s in self.skipped],
            "problems": [{"file": p.file, "row": p.row, "field": p.field, "reason": p.reason}
                         for p in self.problems],
            "warnings": [{"row": p.event.row, "warning": w} for p in self.planned for w in p.warnings],
            "notices": list(self.info.get("notices", [])),
        }


def repayment_target(line: CreditLine, e: ImportedEvent) -> date:
    """The bill an imported repayment pays: the one its text names ("2024年10月账单"), else the latest bill issued
    on or before the payment (a statement export's payment almost always settles the bill just issued). Naming it
    keeps a repayment of a bill from before the imported history from turning into credit against later bills."""
    if e.statement_label is not None:
        return statement_for_label(line, e.statement_label.year, e.statement_label.month)
    issued = line.bill_date(e.posted_on)
    return line.next_bill(issued, -1) if issued > e.posted_on else issued


class PreviewOutdated(Exception):
    """The ledger changed after the preview was made (``ImportService.commit(unchanged=True)``); nothing was
    written. Never reaches a person: the import previews again."""


#: Times :meth:`ImportService.commit_current` makes a preview again when the ledger changed under it.
ATTEMPTS = 3

#: Purchases written per batch of a commit (one transaction for all of them; progress is reported per batch).
BATCH = 5_000


class ImportService:
    """Preview and commit imports onto one credit line."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ledger = LedgerService(store)

    def parse(self, data: bytes, filename: str, *, tracked_method: str | None = None, profile=None,
              progress: Progress | None = None, all_on_line: bool = False) -> ParseResult:
        """Parse file bytes (see ``app.importers.parse_file``). Raises ``ImportFormatError``."""
        from app.importers import parse_file

        return parse_file(data, filename, tracked_method=tracked_method, profile=profile, progress=progress,
                          all_on_line=all_on_line)

    @collector_paused()  # see app.services.collector
    def preview(self, data: bytes, filename: str, line_id: int, *, tracked_method: str | None = None,
                profile=None, progress: Progress | None = None, today: date,
                all_on_line: bool = False) -> ImportPreview:
        """Parse a file and say what importing it onto ``line_id`` would add, without writing anything.

        ``today`` (the caller's day: the window's session, the CLI's date) is used to warn about bills of the file's
        purchases that were due before today with no repayment on record after them: they would show as overdue
        with penalty interest.
        ``all_on_line``: the user said every payment in the file was charged to this line; a file that does not
        say how each payment was made (Alipay PC-web export) plans nothing without it.
        A row in another currency than the line's is skipped with both named (``line_currency``), and so is a row
        dated more than a few days after ``today``, naming its date (``row_dates``).

        Raises:
            ImportFormatError: the file is not a statement DebtLens reads (names the file and what was expected).
            NotFoundError: unknown line.
        """
        revision = self.store.settled_revision()  # before anything is read: a write meanwhile renews it
        line = self.store.lines.get(line_id)
        result = self.parse(data, Path(filename).name, tracked_method=tracked_method, profile=profile,
                            progress=progress, all_on_line=all_on_line)
        events, skipped = not_far_ahead(*in_line_currency(result, line.currency), today)
        known = self.store.imported_keys(line_id, {e.source_key for e in events})
        prefix = result.info.get("id_key_prefix")
        if prefix:  # the same export imported before with its order numbers, or without them (twin_rows)
            known |= twins(self.store, line_id, prefix, events, known)
        known |= funded_twins(self.store, line_id, events, known)  # charges of repayments paid with this line
        new_purchase_keys = {e.source_key for e in events if e.kind == "purchase"}
        first_bill = self._first_bill(line, events)
        lines = self.store.lines.all(include_archived=False)
        planned = []
        for e in events:
            duplicate = e.source_key in known
            if e.kind == PURCHASE:
                planned.append(PlannedEvent(e, duplicate, None, e.warnings))  # most rows: nothing to work out
                continue
            warnings = list(e.warnings)
            refund_of = None
            if e.kind == REFUND and not duplicate:
                if e.refund_of:
                    refund_of = self.store.purchases.id_for_key(line_id, e.refund_of)
                    if refund_of is None and e.refund_of not in new_purchase_keys:
                        warnings.append(QT_TRANSLATE_NOOP(
                                "ImportTexts", "the refunded purchase is not in this file or the ledger: credited "
                                "unlinked"))
                else:
                    warnings.append(QT_TRANSLATE_NOOP(
                            "ImportTexts", "no purchase named for this refund: credited unlinked"))
            if e.kind == REPAYMENT and not duplicate and first_bill is not None:
                target = repayment_target(line, e)
                if target < first_bill:
                    warnings.append(QT_TRANSLATE_NOOP(
                            "ImportTexts", "pays the bill of %1, from before the first purchase on record: kept, but "
                            "not counted against later bills").arg(target.isoformat()))
            paid_with = funding(e.method, lines, line_id) if e.kind == REPAYMENT and e.method else None
            if paid_with is not None and paid_with.credit and not duplicate:
                if paid_with.line_id is not None:
                    warnings.append(QT_TRANSLATE_NOOP(
                            "ImportTexts", "paid with %1, money borrowed on %2: the debt moves there; marked as repaid "
                            "from that line")
                                    .arg(e.method, next((ln.name for ln in lines if ln.id == paid_with.line_id))))
                else:
                    warnings.append(QT_TRANSLATE_NOOP(
                            "ImportTexts", "paid with %1, borrowed money: the debt moves to that card or line rather "
                            "than being repaid").arg(e.method))
            planned.append(PlannedEvent(e, duplicate, refund_of, tuple(warnings),
                                        paid_with.line_id if paid_with is not None else None))
        info = dict(result.info)
        from app.importers import format_label  # loaded with the parsers already

        mismatch = line_kind_notice(result.format, line, format_label(result.format)) if events else None
        if mismatch is not None:  # rows of another kind of line: spending and repayments this one never saw
            info.setdefault("notices", []).append(mismatch)
        unpaid = self._bills_without_repayment(line, [p.event for p in planned if not p.duplicate],
                                               today)
        if unpaid:
            info.setdefault("notices", []).append((QT_TRANSLATE_NOOP(  # a pay-in-4 line charges late fees, no interest
                    "ImportTexts", "Payments of these purchases were due before today (%1, the first on %2) and no "
                    "repayment after them is on record: they will show as overdue, and a payment unpaid past its grace "
                    "days costs the line's late fee (no interest is charged). If you paid them, also import the "
                    "export of the following weeks, or record those repayments.") if line.pays_in_4 else
                QT_TRANSLATE_NOOP(
                        "ImportTexts", "Bills of these purchases were due before today (%1, the first on %2) and no "
                        "repayment after them is on record: they will show as overdue, with penalty interest. If you "
                        "paid them, also import the export of the following months, or record those repayments."))
                                .arg(len(unpaid), unpaid[0].isoformat()))
        new_spending = sum(p.event.amount_fen for p in planned if not p.duplicate and p.event.kind == PURCHASE)
        if new_spending:
            from app.services.queries import QueryService

            over = QueryService(self.store).over_limit(line_id, new_spending, today)
            if over is not None:  # said in words before anything is saved; importing is still the user's choice
                from app.i18n import formatting as fmt

                info.setdefault("notices", []).append(
                    QT_TRANSLATE_NOOP(
                            "ImportTexts", "These purchases (%1) are %2 over your %3 available on %4.")
                                    .arg(
                                        fmt.money(new_spending, line.currency),
                                        fmt.money(over[0], line.currency),
                                        fmt.money(over[1], line.currency),
                                        line.name,
                                    ))
        return ImportPreview(Path(filename).name, result.format, line_id, line.name, planned, skipped,
                             result.problems, result.methods, info, revision, today)

    def _bills_without_repayment(self, line: CreditLine, events: list[ImportedEvent], today: date) -> list[date]:
        """Due dates, before ``today``, of the bills the new purchases post to (on a pay-in-4 line, of their
        payments) that fall after the last repayment on record (in the ledger or the file)."""
        from app.domain.pay_in_4 import INTERVAL_DAYS, PAYMENTS  # a pay-in-4 line's payments (domain-rules.md §5)

        paid = [e.posted_on for e in events if e.kind == REPAYMENT]
        last = self.store.repayments.last_date(line.saved_id)
        if last is not None:
            paid.append(last)
        latest = max(paid) if paid else None
        bills = {line.bill_date(e.posted_on)
                 for e in events if e.kind == "purchase"}
        dues = sorted({e.posted_on + timedelta(days=INTERVAL_DAYS * k) for e in events if e.kind == "purchase"
                       for k in range(PAYMENTS)} if line.pays_in_4 else {line.bill_due(s) for s in bills})
        return [d for d in dues if d < today and (latest is None or d > latest)]

    def _first_bill(self, line: CreditLine, events: list[ImportedEvent]) -> date | None:
        """The earliest bill with a purchase, in the ledger or in the file."""
        dates = [line.bill_date(e.posted_on)
                 for e in events if e.kind == "purchase"]
        stored = self.store.purchases.first_statement(line.saved_id)
        if stored is not None:
            dates.append(stored)
        return min(dates) if dates else None

    def commit_current(self, preview: ImportPreview, again: Callable[[], ImportPreview],
                       progress: Progress | None = None) -> tuple[ImportPreview, Changes]:
        """Write ``preview`` while the ledger is still as it was when it was made; when another window or program
        wrote to it meanwhile, make the preview again with ``again()`` (the same file, against the ledger as it is
        now) and write that instead, up to :data:`ATTEMPTS` times. Returns the preview written and what changed
        (nothing, without a step in the undo history, when nothing in it is new any more).

        Raises:
            DatabaseBusyError: the ledger changed under every attempt; nothing was written.
            as :meth:`commit` and ``again``.
        """
        for _ in range(ATTEMPTS):
            if not preview.new:
                return preview, Changes()
            try:
                return preview, self.commit(preview, progress, unchanged=True)
            except PreviewOutdated:
                preview = again()
        from app.storage.files import DatabaseBusyError

        raise DatabaseBusyError(self.store.path, QT_TRANSLATE_NOOP(
                "Errors", "is busy: another DebtLens window or program is writing to it; nothing was saved, try again "
                "when it has finished"))

    @collector_paused()
    def commit(self, preview: ImportPreview, progress: Progress | None = None, *, unchanged: bool = False) -> Changes:
        """Write the new events of a preview in one transaction: all of them, or nothing.

        ``unchanged``: write only if the ledger's data is still as it was when the preview was made (its settled
        revision, checked inside the write transaction), else raise :class:`PreviewOutdated` having written
        nothing: the caller previews again.

        Purchases paid in full, refunds of them and repayments are inserted in bulk; installment purchases get a
        plan with no fee (bill exports carry no fee rate) and refunds of them go through the ledger, which
        shrinks or cancels the plan. A refund is linked to its purchase when it is known and not over-refunded,
        else credited unlinked; a repayment naming a Huabei bill ("YYYY年MM月账单") pays that bill first.
        """
        line = self.store.lines.get(preview.line_id)
        new = [p for p in preview.new]
        total, done = len(new), 0

        def step(count: int) -> None:
            nonlocal done
            done += count
            if progress:
                progress(done, total)

        with self.store.bulk_write(), self.store.step(steps.IMPORT_FILE, file=preview.filename, line=line.name,
                                                      records=total):
            if unchanged and (preview.revision is None or self.store.data_revision() != preview.revision):
                raise PreviewOutdated(preview.filename)
            bank = [] if line.pays_in_4 else [p.event for p in new if p.event.plan_period is not None]
            plain = sum(1 for p in new if p.event.kind == PURCHASE and p.event.installments == 1) - len(bank)
            self.store.purchases.insert_rows(_plain_rows(line, new, preview.format, bool(bank)), progress=step,
                                             batch=BATCH, expected=plain)  # progress per batch
            step(write_plan_periods(self.store, line, bank, preview.format))
            for p in new:
                e = p.event
                if e.kind == "purchase" and e.installments > 1:
                    self.ledger.record_purchase(
                        line.saved_id, e.posted_on, e.amount_fen, merchant=e.merchant[:MAX_TEXT_LENGTH],
                        category=e.category, description=e.description[:MAX_TEXT_LENGTH],
                        installments=e.installments, fee_rate=Decimal(0),
                        source=preview.format, source_key=e.source_key, order_no=e.order_no)
                    step(1)
            self._write_refunds(line, [p.event for p in new if p.event.kind == REFUND], preview.format)
            repayments = [p for p in new if p.event.kind == REPAYMENT]
            self.store.repayments.insert_many(line.saved_id, [
                (Repayment(paid_on=p.event.posted_on, amount_fen=p.event.amount_fen, source=RepaymentSource.IMPORT,
                           target_statement=repayment_target(line, p.event), note=p.event.description[:MAX_STORED_TEXT],
                           funded_by_line_id=p.funded_by_line_id), p.event.source_key)
                for p in repayments])
        if progress:
            progress(total, total)
        return Changes(postings=True, repayments=True, ids={"line": line.saved_id})

    def _write_refunds(self, line: CreditLine, events: list[ImportedEvent], source: str) -> None:
        """Refunds of plain purchases in bulk; refunds of installment purchases through the ledger."""
        if not events:
            return
        by_key = self.store.purchases.by_keys(line.saved_id, [e.refund_of for e in events if e.refund_of])
        refunded = self.store.refunds.refunded_by_purchase(line.saved_id)
        bulk = []
        for e in events:
            purchase = by_key.get(e.refund_of) if e.refund_of else None
            if purchase is not None and refunded.get(purchase.saved_id, 0) + e.amount_fen > purchase.amount_fen:
                purchase = None  # more than is left on that purchase: credit it unlinked
            fields: dict[str, Any] = {"note": e.description[:MAX_STORED_TEXT], "source": source,
                                      "source_key": e.source_key}
            if purchase is not None and purchase.installments > 1:
                self.ledger.record_refund(line.saved_id, e.posted_on, e.amount_fen, purchase_id=purchase.saved_id, **fields)
            else:
                bulk.append(place_refund(line, e.posted_on, e.amount_fen, purchase, **fields))
            if purchase is not None:
                refunded[purchase.saved_id] = refunded.get(purchase.saved_id, 0) + e.amount_fen
        self.store.refunds.insert_many(bulk)


def _plain_rows(line: CreditLine, planned: list[PlannedEvent], source: str, bank_periods: bool = False
                ) -> Iterator[tuple]:
    """The rows of the new purchases paid in full of ``planned`` (merchant and description cut to 200
    characters; with ``bank_periods``, the periods of banks' plans are left to ``write_plan_periods``), each on the
    bill of its day (the day's text and its bill's worked out once per day). Plain tuples
    in ``PurchaseRow``'s order: building the named tuple took a third of the commit's Python time."""
    line_id = line.saved_id
    days: dict[date, tuple[str, str]] = {}
    for p in planned:
        e = p.event
        if e.kind != PURCHASE or e.installments != 1 or bank_periods and e.plan_period is not None:
            continue
        day = days.get(e.posted_on)
        if day is None:
            day = days[e.posted_on] = (e.posted_on.isoformat(), line.bill_date(
                e.posted_on).isoformat())
        yield (line_id, day[0], day[1], e.amount_fen, 1, e.merchant[:MAX_TEXT_LENGTH], e.category,
               e.description[:MAX_TEXT_LENGTH], "", source, e.source_key, e.order_no)
