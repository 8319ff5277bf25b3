"""Credit lines: one product (Huabei, a credit card, a pay-in-4 provider) with its billing terms.

Defaults come from domain-rules.md §1: Huabei statement day 1 and due day 10 ([T]), minimum payment 10 % of
the bill ([T]), daily penalty rate 0.05 % ([T]), grace days 0. They are presets the user can edit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from app.domain import billing as cycles
from app.domain.billing import DayChange
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.money import exponent_of
from app.domain.saved import Saved


class LineKind(StrEnum):
    """What kind of product a credit line is."""

    HUABEI = "huabei"
    CREDIT_CARD = "credit_card"
    BNPL = "bnpl"


class AutoRepay(StrEnum):
    """Automatic repayment (自动还款) on the payment due date: off, the full statement, or the minimum."""

    OFF = "off"
    FULL = "full"
    MINIMUM = "minimum"


class RevolvingBasis(StrEnum):
    """What interest a statement not paid in full by its due date costs (domain-rules.md §4.1 [T]).

    ``UNPAID_FROM_DUE``: only the unpaid part, from the due date (Huabei, §1). ``FULL_FROM_POSTING``: the whole
    bill from each purchase's posting date to the due date, then the unpaid part (全额计息, most Chinese banks).
    """

    UNPAID_FROM_DUE = "unpaid_from_due"
    FULL_FROM_POSTING = "full_from_posting"


class Billing(StrEnum):
    """How a line asks to be paid (domain-rules.md §1.5 and §5).

    ``MONTHLY``: a monthly bill (Huabei, cards, JD Baitiao, Meituan Yuefu). ``PAY_IN_4``: each purchase is due in
    4 payments every 14 days, without interest, with late fees instead (Klarna, Afterpay; ``app.domain.pay_in_4``).
    """

    MONTHLY = "monthly"
    PAY_IN_4 = "pay_in_4"


class BnplLateFee(StrEnum):
    """A pay-in-4 line's late-fee rule (domain-rules.md §5, ``app.domain.bnpl``): Klarna US ($7 a payment
    unpaid after 10 days, at most 25 % of the order), Afterpay AU ($10 + $7 after 7 days, at most 25 %, $68), or
    none. The amounts are minor units of the line's currency."""

    KLARNA_US = "klarna_us"
    AFTERPAY_AU = "afterpay_au"
    NONE = "none"


class RemainderTo(StrEnum):
    """Which installment period takes the remainder of a split (domain-rules.md §0)."""

    FIRST = "first"
    LAST = "last"


@dataclass(frozen=True)
class AutoRepayChange:
    """The automatic-repayment mode in force for statements due from ``effective`` on."""

    effective: date
    mode: AutoRepay


@dataclass(frozen=True)
class LimitChange:
    """The credit limit (fen) in force from ``effective`` on."""

    effective: date
    limit_fen: int


#: Published Huabei bill-installment fee rates (total for the plan), domain-rules.md §2.1 [T]; editable presets.
HUABEI_FEE_PRESETS: dict[int, Decimal] = {
    3: Decimal("0.025"), 6: Decimal("0.045"), 9: Decimal("0.065"), 12: Decimal("0.088"),
}

#: Credit-card installment fee presets (total fee for the plan): 0.75 % a period, a common quoted rate [T];
#: banks differ, so they are editable presets (``debtlens line edit NAME --fee-preset 12=9%``).
CARD_FEE_PRESETS: dict[int, Decimal] = {
    3: Decimal("0.0225"), 6: Decimal("0.045"), 12: Decimal("0.09"), 24: Decimal("0.18"),
}

#: Pay-later (BNPL) lines: pay in 4 is interest-free ([I] the usual pay-in-4 offer); other splits need a rate.
BNPL_FEE_PRESETS: dict[int, Decimal] = {4: Decimal(0)}


def default_revolving_basis(kind: LineKind | str) -> RevolvingBasis:
    """The interest basis a new line of ``kind`` starts with: a credit card charges the whole bill from each
    posting date when it is not paid in full (全额计息, most Chinese banks, domain-rules.md §4.1 [T]); Huabei and
    pay-later lines charge only the unpaid part from the due date (§1). The user can change it."""
    return RevolvingBasis.FULL_FROM_POSTING if LineKind(kind) is LineKind.CREDIT_CARD else RevolvingBasis.UNPAID_FROM_DUE


def fee_presets_text(presets: dict[int, Decimal]) -> str:
    """``{3: 0.025, 12: 0.088}`` -> ``"3=2.5% 12=8.8%"`` (shortest exact percentages; ``"—"`` for none)."""
    return " ".join(f"{n}={(rate * 100).normalize():f}%" for n, rate in sorted(presets.items())) or "—"


def parse_fee_presets(text: str, presets: dict[int, Decimal] | None = None) -> dict[int, Decimal]:
    """Apply ``PERIODS=RATE`` items (``"3=2.5% 12=8.8%"``, separated by spaces, commas or semicolons; ``12=none``
    removes one) to a copy of ``presets`` (default empty) and return it.

    Raises:
        ValidationError: ``field="fee_presets"``: an item not ``PERIODS=RATE``, periods outside 2-60, a bad rate.
    """
    import re

    from app.domain.rates import parse_rate

    out = dict(presets or {})
    for item in (part for part in re.split(r"[\s,;，；]+", text or "") if part and part != "—"):
        periods_text, sep, rate_text = item.partition("=")
        if not sep or not periods_text.isdigit():
            raise ValidationError("fee_presets", item, QT_TRANSLATE_NOOP(
                    "Errors", "write PERIODS=RATE, e.g. 12=8.8% (or 12=none to remove it)"))
        if not 2 <= int(periods_text) <= 60:
            raise ValidationError("fee_presets", periods_text, QT_TRANSLATE_NOOP("Errors", "must be from 2 to 60"))
        if rate_text.strip().lower() == "none":
            out.pop(int(periods_text), None)
        else:
            out[int(periods_text)] = parse_rate(rate_text, field="fee_presets")
    return out


def default_fee_presets(kind: LineKind | str) -> dict[int, Decimal]:
    """A fresh copy of the installment fee presets a new line of ``kind`` starts with (the user can edit them).

    Huabei: the published rates; credit card: 0.75 % a period; pay later: pay in 4 interest-free only.
    """
    return dict({LineKind.HUABEI: HUABEI_FEE_PRESETS, LineKind.CREDIT_CARD: CARD_FEE_PRESETS,
                 LineKind.BNPL: BNPL_FEE_PRESETS}[LineKind(kind)])


@dataclass(frozen=True)
class CreditLine(Saved):
    """A credit line and its terms.

    Attributes:
        name: unique display name.
        kind: ``LineKind``.
        currency: ISO 4217 code; amounts on this line are in its minor units.
        statement_day: day of month (1-31) the billing cycle closes; clamped to short months.
        due_day: day of month (1-31) of the payment due date, the first such day after the statement date.
        statement_day_inclusive: ``True`` when a posting on the statement day belongs to the closing cycle
            (cycle ``(S-1, S]``, e.g. Bank of China); ``False`` (default, Huabei) puts it on the next bill.
        min_payment_rate: minimum payment as a fraction of the statement balance (0.10); 0 means the line has no
            minimum-payment option and the whole balance is due.
        daily_penalty_rate: interest per day on what is past due (0.0005 = 0.05 %/day).
        grace_days: days after the due date during which a full payment still counts as on time.
        late_fee_rate / late_fee_min_fen: a card's late fee (违约金) when a bill's minimum is not met by its
            deadline: ``max(late_fee_min_fen, late_fee_rate x the unmet minimum)`` rounded half-up, posted on the
            next bill as a fee (it never bears interest, PBOC 2016). Default none (0 and 0): since 2017 it is set
            by contract; the pre-2017 rule was 5 % with a 1.00 minimum (domain-rules.md §4.1 [T]).
        auto_repay: ``AutoRepay``.
        revolving_basis: ``RevolvingBasis``: interest when a bill is not paid in full.
        remainder_to: period that takes split remainders of installment plans.
        fee_presets: installment fee rate (total, fraction) per number of periods, offered when adding a plan.
        billing: ``Billing``: monthly bills, or each purchase due in 4 payments every 14 days (pay in 4).
        bnpl_late_fee: ``BnplLateFee``: the late-fee rule of a pay-in-4 line (unused on monthly lines).
        limits: credit-limit history, oldest first.
        day_changes: statement/due-day history, oldest first (``billing.DayChange``); empty when the days never
            changed. The latest entry always takes this line's current days; use ``bill_date`` and its siblings.
        id: storage id, ``None`` before it is saved.
        archived: hidden from the overview, kept in history.
    """

    name: str
    kind: LineKind = LineKind.HUABEI
    currency: str = "CNY"
    statement_day: int = 1
    due_day: int = 10
    statement_day_inclusive: bool = False
    min_payment_rate: Decimal = Decimal("0.10")
    daily_penalty_rate: Decimal = Decimal("0.0005")
    grace_days: int = 0
    late_fee_rate: Decimal = Decimal(0)
    late_fee_min_fen: int = 0
    auto_repay: AutoRepay = AutoRepay.OFF
    revolving_basis: RevolvingBasis = RevolvingBasis.UNPAID_FROM_DUE
    remainder_to: RemainderTo = RemainderTo.FIRST
    fee_presets: dict[int, Decimal] = field(default_factory=lambda: dict(HUABEI_FEE_PRESETS))
    billing: Billing = Billing.MONTHLY
    bnpl_late_fee: BnplLateFee = BnplLateFee.KLARNA_US
    limits: tuple[LimitChange, ...] = ()
    auto_repay_changes: tuple[AutoRepayChange, ...] = ()
    day_changes: tuple[DayChange, ...] = ()
    id: int | None = None
    archived: bool = False

    @property
    def schedule(self) -> cycles.Schedule:
        """The line's statement/due-day schedule, oldest first; its last entry holds the current days."""
        current = DayChange(date.min, self.statement_day, self.due_day, self.statement_day_inclusive)
        if not self.day_changes:
            return (current,)
        ordered = tuple(sorted(self.day_changes, key=lambda c: c.effective))
        return (*ordered[:-1], replace(current, effective=ordered[-1].effective))

    def bill_date(self, posting: date) -> date:
        """The statement date of the bill a posting on ``posting`` appears on (the days in force then)."""
        if not self.day_changes:
            return cycles.statement_date_for(posting, self.statement_day, self.statement_day_inclusive)
        return cycles.scheduled_statement_date(posting, self.schedule)

    def next_bill(self, statement_date: date, months: int = 1) -> date:
        """The statement date ``months`` bills after ``statement_date`` (negative: before)."""
        if not self.day_changes:
            return cycles.next_statement_date(statement_date, self.statement_day, months)
        return cycles.scheduled_next(statement_date, self.schedule, months)

    def bill_cycle(self, statement_date: date) -> tuple[date, date]:
        """The first and last posting dates (inclusive) of the bill dated ``statement_date``."""
        if not self.day_changes:
            return cycles.cycle_of(statement_date, self.statement_day, self.statement_day_inclusive)
        return cycles.scheduled_cycle(statement_date, self.schedule)

    def bill_due(self, statement_date: date) -> date:
        """The payment due date of the bill dated ``statement_date``."""
        if not self.day_changes:
            return cycles.due_date_for(statement_date, self.due_day)
        return cycles.scheduled_due(statement_date, self.schedule)

    def is_statement_date(self, day: date) -> bool:
        """Whether a bill is dated ``day`` (the statement day in force then, clamped to the month)."""
        if not self.day_changes:
            return day == cycles.clamp_day(day.year, day.month, self.statement_day)
        return cycles.scheduled_statement_date(day - timedelta(days=1), self.schedule, True) == day

    def auto_repay_on(self, due: date) -> AutoRepay:
        """The auto-repay mode for a statement due on ``due``: the last change in force then, else the current
        mode (so turning auto-repay off does not un-pay the bills it already settled)."""
        mode = None
        for change in sorted(self.auto_repay_changes, key=lambda c: c.effective):
            if change.effective <= due:
                mode = change.mode
            else:
                break
        return self.auto_repay if mode is None else mode

    @property
    def pays_in_4(self) -> bool:
        """Whether each purchase on the line is due in 4 payments every 14 days (``Billing.PAY_IN_4``)."""
        return self.billing is Billing.PAY_IN_4

    def limit_on(self, day: date) -> int:
        """The credit limit in fen in force on ``day`` (0 before the first limit)."""
        current = 0
        for change in sorted(self.limits, key=lambda c: c.effective):
            if change.effective <= day:
                current = change.limit_fen
            else:
                break
        return current

    @property
    def current_limit_fen(self) -> int:
        """The most recent credit limit in fen (0 when none is set)."""
        return max(self.limits, key=lambda c: c.effective).limit_fen if self.limits else 0

    def with_changes(self, **changes: object) -> CreditLine:
        """A copy with ``changes`` applied and validated."""
        line = replace(self, **changes)  # type: ignore[arg-type]
        validate_line(line)
        return line


MAX_NAME_LENGTH = 80


def clean_line_name(name: str) -> str:
    """A line name as a person typed it, made canonical: NFKC (full-width Ａ is A, a decomposed é is é) and
    trimmed, so names that look alike are one name. Stored names are not rewritten (they open as they are).

    Raises:
        ValidationError: ``field`` is ``name``: a control or format character (unicodedata category Cc or Cf:
            invisible marks and text-direction overrides such as U+202E, which make a name read as another).
    """
    text = unicodedata.normalize("NFKC", name).strip()
    for ch in text:
        if unicodedata.category(ch) == "Cc":
            raise ValidationError("name", text, QT_TRANSLATE_NOOP("Errors", "contains control characters"))
        if unicodedata.category(ch) == "Cf":  # shown escaped: the character itself cannot be seen
            raise ValidationError("name", name.encode("unicode_escape").decode("ascii"), QT_TRANSLATE_NOOP(
                    "Errors", "contains an invisible or text-direction character (U+%1): type the name without it")
                                  .arg(f"{ord(ch):04X}"))
    return text


def name_key(name: str) -> str:
    """What two line names must share to be the same name: NFKC, trimmed and case-folded ("Ｖｉｓａ " and "visa")."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def validate_line(line: CreditLine) -> None:
    """Check a credit line's terms.

    Raises:
        ValidationError: empty or too long name, control characters, days outside 1-31, rates outside their
            ranges, negative grace days or limits, unknown currency.
    """
    name = line.name.strip()
    if not name:
        raise ValidationError("name", line.name, QT_TRANSLATE_NOOP("Errors", "is empty"))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("name", line.name, QT_TRANSLATE_NOOP(
                "Errors", "is longer than %1 characters").arg(MAX_NAME_LENGTH))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ValidationError("name", line.name, QT_TRANSLATE_NOOP("Errors", "contains control characters"))
    exponent_of(line.currency)
    for field_name in ("statement_day", "due_day"):
        day = getattr(line, field_name)
        if not isinstance(day, int) or not 1 <= day <= 31:
            raise ValidationError(field_name, day, QT_TRANSLATE_NOOP(
                    "Errors", "must be a day of the month from 1 to 31"))
    if not Decimal(0) <= line.min_payment_rate <= Decimal(1):
        raise ValidationError("min_payment_rate", line.min_payment_rate, QT_TRANSLATE_NOOP(
                "Errors", "must be between 0% and 100%"))
    if not Decimal(0) <= line.daily_penalty_rate < Decimal("0.01"):
        raise ValidationError("daily_penalty_rate", line.daily_penalty_rate, QT_TRANSLATE_NOOP(
                "Errors", "must be between 0% and 1% a day"))
    if not 0 <= line.grace_days <= 30:
        raise ValidationError("grace_days", line.grace_days, QT_TRANSLATE_NOOP(
                "Errors", "must be between 0 and 30 days"))
    if not Decimal(0) <= line.late_fee_rate <= Decimal(1):
        raise ValidationError("late_fee", line.late_fee_rate, QT_TRANSLATE_NOOP(
                "Errors", "must be between 0% and 100%"))
    if isinstance(line.late_fee_min_fen, bool) or not isinstance(line.late_fee_min_fen, int) or not (
            0 <= line.late_fee_min_fen <= 100_000_000):
        raise ValidationError("late_fee_min", line.late_fee_min_fen, QT_TRANSLATE_NOOP(
                "Errors", "must be between 0 and 1,000,000.00"))
    for change in line.limits:
        if change.limit_fen < 0:
            raise ValidationError("limit", change.limit_fen, QT_TRANSLATE_NOOP("Errors", "must not be negative"))
    for periods, rate in line.fee_presets.items():
        if not 1 <= periods <= 60 or not Decimal(0) <= rate < 1:
            raise ValidationError("fee_presets", f"{periods}: {rate}", QT_TRANSLATE_NOOP(
                    "Errors", "periods 1-60 and rates 0-100%"))
