"""The importers' texts in the user's language: format names, event kinds, categories (their table is
``app.ui.texts.categories``), and the reasons given for skipped rows, warnings, problems, notices and refused files.

Importers give their reasons as :class:`~app.domain.messages.Message` (a template in context ``ImportTexts`` plus
the parts taken from the file); they are translated here, at the edge, never matched back from English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.bank_periods import PlanPeriod
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.messages import fill as _fill
from app.importers import format_label
from app.importers.records import PURCHASE, REFUND, REPAYMENT
from app.ui.texts import categories
from app.ui.messages import message

CONTEXT = "ImportTexts"

_KINDS = {
    PURCHASE: QT_TRANSLATE_NOOP("ImportTexts", "Purchase"),
    REFUND: QT_TRANSLATE_NOOP("ImportTexts", "Refund"),
    REPAYMENT: QT_TRANSLATE_NOOP("ImportTexts", "Repayment"),
}
_INSTALLMENTS = QT_TRANSLATE_NOOP("ImportTexts", "Purchase in %1 installments")
_PLAN_PERIOD = QT_TRANSLATE_NOOP("ImportTexts", "Installment %1/%2 (plan %3)")


def tr(text: str) -> str:
    """Translate an ``ImportTexts`` source text."""
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: object) -> str:
    """Put ``values`` into ``%1``, ``%2`` … of a translated ``template``."""
    return _fill(template, values)


def format_name(key: str) -> str:
    """The name of a detected format (``ImportPreview.format``) for people, in the active language."""
    return message(format_label(key))


def kind(value: str, installments: int = 1, plan_period: PlanPeriod | None = None) -> str:
    """``"purchase"``/``"refund"``/``"repayment"`` for people (an installment purchase says how many; a period of
    a bank's plan which one, of which plan)."""
    if value == PURCHASE and plan_period is not None:
        return fill(tr(_PLAN_PERIOD), plan_period.period, plan_period.periods, plan_period.plan_ref)
    if value == PURCHASE and installments > 1:
        return fill(tr(_INSTALLMENTS), installments)
    return tr(_KINDS.get(value, value))


def category(value: str) -> str:
    """A DebtLens category (``"Dining"``) for people (``app.ui.texts.categories``: one table for every view)."""
    return categories.name(value)


def reason(text: str) -> str:
    """An importer's reason, warning, notice or row problem (a :class:`~app.domain.messages.Message`) in the active
    language."""
    return message(text)
