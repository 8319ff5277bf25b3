"""How the command line says an installment plan: its parts and what an early payoff still costs."""

from __future__ import annotations

from app.domain.installments import EarlyPayoffPolicy
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.i18n import formatting as fmt

#: What an early payoff still costs, as the payoff sentence names it (domain-rules §2.3).
PAYOFF_POLICIES = {
    EarlyPayoffPolicy.ALL_REMAINING_FEES: QT_TRANSLATE_NOOP("Cli", "every remaining fee"),
    EarlyPayoffPolicy.CURRENT_PERIOD_ONLY: QT_TRANSLATE_NOOP("Cli", "this period's fee only"),
    EarlyPayoffPolicy.WAIVE_UNBILLED: QT_TRANSLATE_NOOP("Cli", "no fee for unbilled periods"),
}


def installments_text(amounts: list[int], currency: str = "CNY") -> Message:
    """The parts of a plan in words: ``¥90.66 each``, or ``first ¥90.74, then ¥90.66 × 11`` when they differ
    (translated where it is said)."""
    runs: list[list[int]] = []  # [amount, count] of consecutive equal parts
    for amount in amounts:
        if runs and runs[-1][0] == amount:
            runs[-1][1] += 1
        else:
            runs.append([amount, 1])
    words = [QT_TRANSLATE_NOOP("Cli", "%1 × %2").arg(fmt.money(a, currency), n) if n > 1 else fmt.money(a, currency)
             for a, n in runs]
    if len(runs) == 1:
        return QT_TRANSLATE_NOOP("Cli", "%1 each").arg(fmt.money(runs[0][0], currency))
    text = QT_TRANSLATE_NOOP("Cli", "first %1").arg(words[0])
    for word in words[1:]:
        text = QT_TRANSLATE_NOOP("Cli", "%1, then %2").arg(text, word)
    return text
