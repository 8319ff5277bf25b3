"""An alert (``app.domain.alerts``) told in one paragraph, as a :class:`~app.domain.messages.Message`: the window's
alerts panel and ``debtlens alerts`` show the same words, each translated at its edge.

Amounts are formatted here in the active formatting locale; dates and months by the caller's functions (the
window writes "Jan 15, 2026", the command line ISO dates). Context ``AlertsPanel``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from app.domain.alerts import Alert, AlertKind
from app.domain.messages import QT_TRANSLATE_NOOP, Message, NameList
from app.i18n import formatting as fmt

#: Two sentences in a row (Chinese: no space after "。").
_TWO = QT_TRANSLATE_NOOP("AlertsPanel", "%1 %2")


def _join(first: Message, second: Message) -> Message:
    return _TWO.arg(first, second)


def alert_message(a: Alert, day: Callable[[date], str] = fmt.day,
                  month: Callable[[date], str] = fmt.month) -> Message:
    """The alert ``a`` in one paragraph (English as ``str``; translated by ``translated``)."""
    f: Mapping[str, Any] = a.figures  # each kind's figures, as app.domain.alerts documents them
    m = fmt.money
    if a.kind is AlertKind.OVERDUE:
        return QT_TRANSLATE_NOOP(
            "AlertsPanel", "⚠ Overdue on %1: %2 of the minimum unpaid since %3 (%4 days). Overdue interest accrues "
                           "every day and a missed payment can reach your credit record; pay at least this now.").arg(
            a.line, m(f["overdue_fen"], f["currency"]), day(f["since"]), f["days"])
    if a.kind is AlertKind.LIMIT_CREEP:
        return QT_TRANSLATE_NOOP(
            "AlertsPanel", "⚠ Limit creep on %1: the limit went from %2 to %3 on %4, and you spent %5 on it since, "
                           "against %6 in the 90 days before. Against the old limit you owe %7.").arg(
            a.line, m(f["old_fen"]), m(f["new_fen"]), day(f["raised_on"]), m(f["after_fen"]), m(f["before_fen"]),
            fmt.percent(f["used_of_old"]))
    if a.kind is AlertKind.STACKING:
        text = (QT_TRANSLATE_NOOP("AlertsPanel", "⚠ Stacking: 1 new installment plan in 90 days.") if f["plans"] == 1
                else QT_TRANSLATE_NOOP("AlertsPanel", "⚠ Stacking: %1 new installment plans in 90 days.")
                .arg(f["plans"]))
        if f["lines"]:
            text = _join(text, QT_TRANSLATE_NOOP("AlertsPanel", "You also started using %1.").arg(
                NameList(f["lines"])))
        return _join(text, QT_TRANSLATE_NOOP("AlertsPanel", "Each is small; together they are what you repay every "
                                                            "month."))
    if a.kind is AlertKind.FULL_LINES:
        names = NameList(f"{name} {fmt.percent(used)}" for name, used in f["lines"])
        return QT_TRANSLATE_NOOP("AlertsPanel", "⚠ Juggling lines: %1 lines at 80% of their limit or more (%2).").arg(
            len(f["lines"]), names)
    if a.kind is AlertKind.REPAID_FROM_CREDIT:
        pairs = [QT_TRANSLATE_NOOP("AlertsPanel", "%1 from %2 (%3)").arg(repaid, funding, m(fen))
                 for (repaid, funding), fen in f["pairs"]]
        return QT_TRANSLATE_NOOP(
            "AlertsPanel", "⚠ Repaid with borrowed money: %1 of repayments in the last 90 days came from another "
                           "credit line: %2. That moves the debt; it does not repay it.").arg(
            m(f["total_fen"]), NameList(pairs))
    if a.kind is AlertKind.COMMITTED_INCOME:
        return QT_TRANSLATE_NOOP(
            "AlertsPanel", "⚠ %1 of your next 3 months' income (%2) is already owed in repayments due within 90 "
                           "days (%3).").arg(fmt.percent(f["share"]), m(f["income_fen"]), m(f["due_fen"]))
    if a.kind is AlertKind.PERSISTENT_DEBT:
        text = QT_TRANSLATE_NOOP(
            "AlertsPanel", "⚠ Persistent debt on %1 for %2 months: in the last 18 months you paid %3 in interest "
                           "and fees and repaid only %4 of what you borrowed.").arg(
            a.line, f["stage"], m(f["cost_fen"]), m(f["principal_fen"]))
        if "plan" in f:
            (_m36, p36), (_m48, p48) = f["plan"]
            text = _join(text, QT_TRANSLATE_NOOP(
                "AlertsPanel", "To clear %1 in 3 to 4 years: %2 a month for 36 months, or %3 a month for 48 "
                               "months.").arg(m(f["owed_fen"]), m(p36), m(p48)))
        return text
    if f.get("minimum_only"):
        text = QT_TRANSLATE_NOOP("AlertsPanel", "Debt-free date if you go on paying only the minimum: %1, %2 "
                                                "months from now, with %3 more in interest. The minimum shrinks "
                                                "with what you owe, so the end keeps moving away.").arg(
            month(f["month"]), f["months"], m(f["interest_fen"]))
    elif f["months"] is None:
        text = QT_TRANSLATE_NOOP("AlertsPanel", "Debt-free date at your recent pace (repaid %1, newly spent %2 a "
                                                "month): never.").arg(m(f["repaid_fen"]), m(f["spent_fen"]))
    else:
        text = QT_TRANSLATE_NOOP("AlertsPanel", "Debt-free date at your recent pace (repaid %1, newly spent %2 a "
                                                "month): %3.").arg(m(f["repaid_fen"]), m(f["spent_fen"]),
                                                                   month(f["month"]))
    if f["brochure"] is not None:
        text = _join(text, QT_TRANSLATE_NOOP("AlertsPanel", "The bills already scheduled end on %1.").arg(
            day(f["brochure"])))
    return text
