"""Plain records the importers hand to the import service.

Importers never touch the database: they turn file bytes into :class:`ImportedEvent` rows plus the rows they
left out (:class:`SkippedRow`) and the rows they could not read (:class:`Problem`), all wrapped in a
:class:`ParseResult`. A file that is not a statement at all raises :class:`ImportFormatError`.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DebtLensError
from app.domain.ledger_bounds import CONTROL, MAX_STORED_TEXT, printable
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.bank_periods import PlanPeriod

#: The three kinds of money movement on a tracked credit line.
PURCHASE = "purchase"  # what is owed goes up
REFUND = "refund"  # money back to the line: what is owed goes down
REPAYMENT = "repayment"  # a payment of the line's statement: what is owed goes down
KINDS = (PURCHASE, REFUND, REPAYMENT)


def stable_key(key: str) -> str:
    """``key`` as a ledger can store and export it: each run of control characters one space (the texts the key is
    made of are cleaned the same way, so a refund still names its purchase), and a key longer than
    ``MAX_STORED_TEXT`` cut and ended by a digest of the whole, so two long keys stay apart. The same file gives
    the same keys on every import."""
    if CONTROL.search(key):
        key = CONTROL.sub(" ", key)
    if len(key) > MAX_STORED_TEXT:
        key = f"{key[:MAX_STORED_TEXT - 41]}#{hashlib.sha256(key.encode()).hexdigest()[:40]}"
    return key


@dataclass(slots=True)
class ImportedEvent:
    """One money movement on the tracked credit line, as read from a file. Read-only by convention (nothing
    changes an event once made); not ``frozen``, whose field-by-field ``object.__setattr__`` made each of an
    import's 100,000 events cost twice as much to build.

    Attributes:
        kind: ``"purchase"``, ``"refund"`` or ``"repayment"``; the direction lives here, not in the sign.
        row: 1-based line number of the record in the file (its first line), or the sheet row for XLSX.
        posted_on: the calendar date as printed in the file (China Standard Time for wallets; an OFX date in its
            own printed offset). Never derived through UTC.
        amount_fen: the amount in minor units (fen for CNY, cents for USD), always > 0.
        merchant: the counterparty as printed (交易对方, OFX NAME, QIF payee ...).
        description: what was bought (商品说明, MEMO ...), may be empty.
        category: a DebtLens category from :data:`app.importers.categories.CATEGORIES`.
        source_category: the category or type text of the file, unchanged (交易分类, 交易类型, Chase Category).
        source_key: the dedupe identity, e.g. ``"alipay_app:2024103022000000000000000001"``; unique within
            one parse result (repeated ids get a ``#n`` occurrence suffix).
        order_no: the platform's order or transaction number, if the file has one.
        refund_of: for a refund, the ``source_key`` of the purchase it pays back (when known).
        statement_label: for a Huabei repayment naming ``YYYY年MM月账单``, the first day of that month.
        installments: number of monthly parts the purchase is split into (1 = paid in full).
        plan_period: for a purchase that is one period of a bank's installment plan (a statement's
            ``…/10/12期`` line), the plan's id and the period ``n`` of ``N``; the amount is that period's, billed
            in full on its statement (``installments`` stays 1: DebtLens does not split it again).
        method: the payment-method text as in the file (``"花呗&红包"``, ``"招商银行信用卡(0000)"``); empty when
            the file has no such column.
        warnings: things the user should look at before accepting this row.
        currency: ISO 4217 code of ``amount_fen``; ``None`` when the file does not say (QIF, an OFX statement
            without CURDEF): the tracked line's currency applies. The import service leaves out an event in
            another currency than the line's (it converts none).
    """

    kind: str
    row: int
    posted_on: datetime.date
    amount_fen: int
    merchant: str
    description: str
    category: str
    source_category: str
    source_key: str
    order_no: str | None = None
    refund_of: str | None = None
    statement_label: datetime.date | None = None
    installments: int = 1
    method: str = ""
    warnings: tuple[str, ...] = ()
    currency: str | None = "CNY"
    plan_period: PlanPeriod | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown event kind {self.kind!r}")
        # texts from a file never carry control characters (a terminal escape in a shop name would reach the CLI);
        # one test of all of them together first: almost every event has none
        texts = (self.merchant, self.description, self.source_category, self.method, self.order_no or "",
                 self.refund_of or "")
        if not "".join(texts).isprintable():
            for name in ("merchant", "description", "source_category", "method", "order_no"):
                value = getattr(self, name)
                if value and not value.isprintable():
                    setattr(self, name, printable(value))
        if not self.source_key.isprintable() or len(self.source_key) > MAX_STORED_TEXT:
            self.source_key = stable_key(self.source_key)
        if self.refund_of and (not self.refund_of.isprintable() or len(self.refund_of) > MAX_STORED_TEXT):
            self.refund_of = stable_key(self.refund_of)
        if not isinstance(self.amount_fen, int) or isinstance(self.amount_fen, bool) or self.amount_fen <= 0:
            raise ValueError(f"amount_fen must be a positive int, got {self.amount_fen!r}")


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A data row deliberately left out (not on the tracked line, or no money moved), with the reason."""

    row: int
    reason: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A row (or field) that could not be read; nothing is imported for it.

    Attributes:
        file: the file name as given to :func:`app.importers.parse_file`.
        row: 1-based line or sheet row (0 when the problem concerns the whole file).
        field: the column or field name (``"金额"``, ``"DTPOSTED"``), or ``""``.
        reason: why (a :class:`~app.domain.messages.Message`).
    """

    file: str
    row: int
    field: str
    reason: str


@dataclass
class ParseResult:
    """Everything one file yielded.

    Attributes:
        format: the detected format key, e.g. ``"alipay_app_2023"``, ``"wechat_xlsx"``, ``"ofx"``,
            ``"bank_csv:cmb"`` (see :func:`app.importers.list_formats`).
        events: the rows on the tracked line, in file order.
        skipped: rows left out on purpose, with the reason.
        problems: rows that could not be read.
        methods: distinct payment methods seen in the file, in order of first appearance, so a caller can ask
            which one is the tracked credit line.
        info: facts about the file. Common keys: ``encoding`` (codec, or ``"xlsx"``), ``encoding_guessed``
            (set when neither a BOM, a declaration nor a strict check decided it), ``header_row``, ``data_rows``
            (rows after the header that are events, skips or problems), ``tracked_method`` (the line's method
            actually used), ``notices`` (file-level messages for the user). Per format: ``trailer_row``
            (Alipay); ``method_unknown``, ``all_on_line`` and ``spent_check`` (Alipay PC web); ``tracked_method_auto``,
            ``needs_tracked_method`` and ``cards`` (WeChat; ``needs_tracked_method`` also for OFX with several
            cards); ``id_key_prefix`` (Alipay app, WeChat: keys ``PREFIX:<order number>``, or content keys
            ``PREFIX:<date>:…`` for rows whose number was lost); ``version`` and ``ledger_balance_fen`` (OFX, per
            ACCTID, signed as printed: negative = owed); ``profile`` and ``statement_month`` (bank CSV); ``date_order`` (QIF).
    """

    format: str
    events: list[ImportedEvent] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    def notice(self, message: str) -> None:
        """Add a file-level message for the user to ``info["notices"]``."""
        self.info.setdefault("notices", []).append(message)

    def note_plan_periods(self) -> None:
        """Say how many events are periods of a bank's installment plan (:data:`PLAN_PERIODS_NOTICE`), if any."""
        parts = sum(1 for e in self.events if e.plan_period is not None)
        if parts:
            self.notice(PLAN_PERIODS_NOTICE.arg(parts))


#: The file-level notice of rows that are periods of the bank's installment plans; %1 is how many.
PLAN_PERIODS_NOTICE = QT_TRANSLATE_NOOP(
        "ImportTexts", "%1 rows are periods of installment plans (分期 n/N期), not new purchases: each is billed in "
        "full on its statement and counts in full in its minimum payment")


class ImportFormatError(DebtLensError):
    """The file as a whole cannot be imported: wrong kind, empty, truncated or undecodable.

    Attributes:
        filename: the file name as given.
        reason: what is wrong and what was expected (a :class:`~app.domain.messages.Message`).
        mappable: the file is a table whose columns the user could map to a CSV profile (an unknown bank's
            card CSV); the import window then offers its mapping editor.
    """

    def __init__(self, filename: str, reason: str, *, mappable: bool = False) -> None:
        self.filename = filename
        self.reason = reason
        self.mappable = mappable
        super().__init__(f"{filename}: {reason}")


#: The refusal of a file that is no supported statement; ``%1`` says what it looks like and what was expected.
WRONG_KIND = QT_TRANSLATE_NOOP("ImportTexts", "not an Alipay/WeChat/OFX/QIF/bank CSV statement: %1")
#: Its start, in English.
NOT_A_STATEMENT = WRONG_KIND.template.removesuffix(": %1")


def wrong_kind(filename: str, why: str, *, mappable: bool = False) -> ImportFormatError:
    """Build the error for a file that is no supported statement, saying what was expected (``mappable``: see
    :class:`ImportFormatError`)."""
    return ImportFormatError(filename, WRONG_KIND.arg(why), mappable=mappable)
