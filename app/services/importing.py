"""Importing bill exports: preview what a file would add, then write it in one transaction.

The parsers (``app.importers``) turn bytes into plain events; this service matches them against what the line
already holds (each imported event keeps its source identity, so importing the same file twice, or an
overlapping period, adds nothing twice) and writes the new ones. A failed import changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.domain.billing import statement_date_for
from app.domain.postings import Purchase
from app.domain.statements import RepaymentSource
from app.importers.records import REFUND, REPAYMENT, ImportedEvent, ParseResult, Problem, SkippedRow
from app.services.changes import Changes
from app.services.ledger import LedgerService, statement_for_label
from app.storage.repositories import Store

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PlannedEvent:
    """An imported event and what the import will do with it.

    ``duplicate``: already stored (same source identity on this line), so it is left out.
    ``refund_of_id``: the stored purchase a refund pays back (``None`` when it is credited unlinked).
    """

    event: ImportedEvent
    duplicate: bool
    refund_of_id: int | None = None
    warnings: tuple[str, ...] = ()


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

    @property
    def new(self) -> list[PlannedEvent]:
        """Events that will be added."""
        return [p for p in self.planned if not p.duplicate]

    @property
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
        }


class ImportService:
    """Preview and commit imports onto one credit line."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ledger = LedgerService(store)

    def parse(self, data: bytes, filename: str, *, tracked_method: str | None = None, profile=None,
              progress: Progress | None = None) -> ParseResult:
        """Parse file bytes (see ``app.importers.parse_file``). Raises ``ImportFormatError``."""
        from app.importers import parse_file

        return parse_file(data, filename, tracked_method=tracked_method, profile=profile, progress=progress)

    def preview(self, data: bytes, filename: str, line_id: int, *, tracked_method: str | None = None,
                profile=None, progress: Progress | None = None) -> ImportPreview:
        """Parse a file and say what importing it onto ``line_id`` would add, without writing anything.

        Raises:
            ImportFormatError: the file is not a statement DebtLens reads (names the file and what was expected).
            NotFoundError: unknown line.
        """
        line = self.store.lines.get(line_id)
        result = self.parse(data, Path(filename).name, tracked_method=tracked_method, profile=profile,
                            progress=progress)
        known = (self.store.purchases.keys(line_id) | self.store.refunds.keys(line_id)
                 | self.store.repayments.keys(line_id))
        new_purchase_keys = {e.source_key for e in result.events if e.kind == "purchase"}
        planned = []
        for e in result.events:
            duplicate = e.source_key in known
            warnings = list(e.warnings)
            if e.currency is not None and e.currency != line.currency:
                warnings.append(f"amount is in {e.currency}, the line is in {line.currency}")
            refund_of = None
            if e.kind == REFUND and not duplicate:
                if e.refund_of:
                    refund_of = self.store.purchases.id_for_key(line_id, e.refund_of)
                    if refund_of is None and e.refund_of not in new_purchase_keys:
                        warnings.append("the refunded purchase is not in this file or the ledger: credited unlinked")
                else:
                    warnings.append("no purchase named for this refund: credited unlinked")
            planned.append(PlannedEvent(e, duplicate, refund_of, tuple(warnings)))
        return ImportPreview(Path(filename).name, result.format, line_id, line.name, planned, result.skipped,
                             result.problems, result.methods, result.info)

    def commit(self, preview: ImportPreview, progress: Progress | None = None) -> Changes:
        """Write the new events of a preview in one transaction: all of them, or nothing.

        Purchases paid in full are inserted in bulk; installment purchases get a plan with no fee (bill exports
        carry no fee rate); refunds are linked to their purchase when it is known; repayments naming a Huabei bill
        ("YYYY年MM月账单") pay that bill first.
        """
        line = self.store.lines.get(preview.line_id)
        new = preview.new
        total = len(new)
        done = 0
        with self.store.atomic():
            plain = [p.event for p in new if p.event.kind == "purchase" and p.event.installments == 1]
            self.store.purchases.insert_many([
                Purchase(line_id=line.id, posted_on=e.posted_on, amount_fen=e.amount_fen, merchant=e.merchant[:200],
                         category=e.category, description=e.description[:200], installments=1,
                         statement_date=statement_date_for(e.posted_on, line.statement_day,
                                                           line.statement_day_inclusive),
                         source=preview.format, source_key=e.source_key, order_no=e.order_no)
                for e in plain])
            done += len(plain)
            if progress:
                progress(done, total)
            for p in new:
                e = p.event
                if e.kind == "purchase" and e.installments > 1:
                    self.ledger.record_purchase(
                        line.id, e.posted_on, e.amount_fen, merchant=e.merchant[:200], category=e.category,
                        description=e.description[:200], installments=e.installments, fee_rate=Decimal(0),
                        source=preview.format, source_key=e.source_key, order_no=e.order_no)
                elif e.kind == REFUND:
                    purchase_id = p.refund_of_id
                    if purchase_id is None and e.refund_of:
                        purchase_id = self.store.purchases.id_for_key(line.id, e.refund_of)
                    if purchase_id is not None and not self._refundable(purchase_id, e.amount_fen):
                        purchase_id = None  # more than is left on that purchase: credit it unlinked
                    self.ledger.record_refund(line.id, e.posted_on, e.amount_fen, purchase_id=purchase_id,
                                              note=e.description[:1000], source=preview.format,
                                              source_key=e.source_key)
                elif e.kind == REPAYMENT:
                    target = (statement_for_label(line, e.statement_label.year, e.statement_label.month)
                              if e.statement_label else None)
                    self.ledger.record_repayment(line.id, e.posted_on, e.amount_fen, note=e.description[:1000],
                                                 target_statement=target, source=RepaymentSource.IMPORT,
                                                 source_key=e.source_key)
                else:
                    continue
                done += 1
                if progress and done % 200 == 0:
                    progress(done, total)
        if progress:
            progress(total, total)
        return Changes(postings=True, repayments=True, ids={"line": line.id})

    def _refundable(self, purchase_id: int, amount_fen: int) -> bool:
        purchase = self.store.purchases.get(purchase_id)
        refunded = sum(r.amount_fen for r in self.store.refunds.for_purchase(purchase_id))
        return refunded + amount_fen <= purchase.amount_fen
