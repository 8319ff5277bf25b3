"""Payment due dates as an iCalendar file (RFC 5545), for any calendar app.

One all-day ``VEVENT`` per bill (``domain.due_bills.DueBill``) on its payment due date, with the amount in the
summary, the statement balance, minimum payment and statement date in the description, and an optional ``VALARM``
some days before. Each event's UID is ``<line id>-<statement date>@debtlens``: exporting again gives the same bills
the same UIDs (and a higher ``SEQUENCE``), so a calendar app that imports the new file updates its events instead of
adding copies. ``DTSTAMP`` comes from the caller's clock, never from the system clock here.

Texts are in English or Chinese (``lang``); amounts and dates are formatted with babel in that language's locale and
are never masked (presentation mode masks amounts on screen only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from app.domain.due_bills import DueBill
from app.domain.errors import ValidationError
from app.i18n import formatting as fmt
from app.domain.messages import QT_TRANSLATE_NOOP

#: The languages of the texts: ``lang`` argument -> babel locale.
LOCALES = {"en": "en_US", "zh_CN": "zh_CN"}
#: ``SEQUENCE`` counts minutes from this moment, so a later export always carries a higher revision (RFC 5545
#: §3.8.7.4) and fits a signed 32-bit integer until the year 6100.
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
PRODID = "-//DebtLens//Due dates//EN"

_TEXTS = {
    "en": {
        "calendar": "DebtLens due dates",
        "summary": "{line} bill due {amount}",
        "statement": "Statement of {statement}: balance {balance}, minimum payment {minimum}.",
        "projected": "Statement of {statement} (not issued yet: what is already scheduled on it): balance "
                     "{balance}, minimum payment {minimum}.",
        "paid": "Already paid {paid}; still to pay {amount} (at least {minimum_left}).",
        "due": "Payment due date: {due}. Paying less than the minimum by then makes the bill overdue.",
        "alarm": "{line} bill due in {days} days: {amount}",
        "alarm_one": "{line} bill due tomorrow: {amount}",
        "summary_4": "{line} payment due {amount}",
        "payment_4": "Pay in 4: the payments of your purchases due on {due}, {balance} in all (no interest).",
        "due_4": "A payment not made by {due} is overdue and can cost a late fee.",
    },
    "zh_CN": {
        "calendar": "明白账 还款日",
        "summary": "{line} 还款日 应还{amount}",
        "statement": "{statement}账单：本期应还{balance}，最低还款{minimum}。",
        "projected": "{statement}账单（尚未出账，已排定的金额）：本期应还{balance}，最低还款{minimum}。",
        "paid": "已还{paid}，还需还{amount}（至少{minimum_left}）。",
        "due": "还款日：{due}。到期前还款少于最低还款额，账单即逾期。",
        "alarm": "{line} 还有{days}天到还款日：应还{amount}",
        "alarm_one": "{line} 明天是还款日：应还{amount}",
        "summary_4": "{line} 分4期 应还{amount}",
        "payment_4": "分4期付款：{due}到期的各笔消费分期共{balance}（不收利息）。",
        "due_4": "{due}前未还的一期即逾期，可能产生滞纳金。",
    },
}


def bill_uid(bill: DueBill) -> str:
    """The event UID of ``bill``: ``<line id>-<statement date>@debtlens`` (stable across exports)."""
    return f"{bill.line_id}-{bill.statement_date.isoformat()}@debtlens"


def _amount(fen: int, currency: str, locale: str) -> str:
    """Money for the file: the same digits as ``fmt.money`` but never masked."""
    digits = fmt.money(fen, currency, locale=locale, symbol=False)
    return f"¥{digits}" if currency == "CNY" else f"{digits} {currency}"


def to_ical(bills: Sequence[DueBill], *, stamp: datetime, lang: str = "en",
            alarm_days: Callable[[DueBill], int] | int = 3) -> bytes:
    """The iCalendar file (UTF-8 bytes, CRLF line ends) with one all-day event per bill.

    Args:
        bills: the bills, each becomes one ``VEVENT`` on its due date (``DTSTART`` a ``DATE``, ``DTEND`` the day
            after, transparent: it does not block time).
        stamp: when the file is made (timezone-aware; written as UTC ``DTSTAMP``; also gives ``SEQUENCE``).
        lang: ``"en"`` or ``"zh_CN"``: the language of summaries and descriptions.
        alarm_days: days before the due date of each event's ``VALARM`` (``TRIGGER:-P<n>D``), as one number or per
            bill; 0 (or less) gives the event no alarm.

    Raises:
        ValidationError: ``lang`` is not one of ``LOCALES`` (field ``lang``); ``stamp`` has no timezone (``stamp``).
    """
    if lang not in LOCALES:
        raise ValidationError("lang", lang, QT_TRANSLATE_NOOP("Errors", "must be one of %1").arg(', '.join(LOCALES)))
    if stamp.tzinfo is None:
        raise ValidationError("stamp", stamp.isoformat(), QT_TRANSLATE_NOOP("Errors", "needs a timezone"))
    texts, locale = _TEXTS[lang], LOCALES[lang]
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    days_for = alarm_days if callable(alarm_days) else (lambda _bill: alarm_days)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", texts["calendar"])
    for bill in bills:
        money = {
            "amount": _amount(bill.amount_fen, bill.currency, locale),
            "balance": _amount(bill.balance_fen, bill.currency, locale),
            "minimum": _amount(bill.minimum_fen, bill.currency, locale),
            "minimum_left": _amount(bill.minimum_left_fen, bill.currency, locale),
            "paid": _amount(bill.paid_fen, bill.currency, locale),
        }
        days = {"statement": fmt.day(bill.statement_date, locale=locale), "due": fmt.day(bill.due_date, locale=locale)}
        four = "_4" if bill.pay_in_4 else ""  # a pay-in-4 line's payments, not a monthly bill
        summary = texts["summary" + four].format(line=bill.line, **money)
        lines = [texts["payment_4"] if four else texts["statement" if bill.issued else "projected"]]
        lines[0] = lines[0].format(**money, **days)
        if bill.paid_fen:
            lines.append(texts["paid"].format(**money))
        lines.append(texts["due" + four].format(**days))
        event = Event()
        event.add("uid", bill_uid(bill))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", bill.due_date)
        event.add("dtend", bill.due_date + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["DebtLens"])
        before = days_for(bill)
        if before > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(days=-before))
            key = "alarm_one" if before == 1 else "alarm"
            alarm.add("description", texts[key].format(line=bill.line, days=before, **money))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
