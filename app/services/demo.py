"""The built-in demo: a realistic scenario written through ``LedgerService`` into the separate demo database.

Three lines (花呗, a credit card, a pay-in-4 style BNPL), about six months of made-up purchases ("示例…"
merchants), a 12-installment phone, a 6-installment laptop, repayments, and a card whose last three bills were paid at the
minimum only (a revolving balance, never overdue). All dates
are relative to the ``today`` given, so the demo always looks current. It is never written into the user's
database: the GUI opens ``config.demo_db_path()`` for it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from app.domain.credit_line import CARD_FEE_PRESETS, AutoRepay, CreditLine, LineKind

__all__ = ["CARD_FEE_PRESETS", "build_demo", "is_current"]  # CARD_FEE_PRESETS now lives in domain.credit_line
from app.services.changes import Changes
from app.services.ledger import LedgerService
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.repositories import Store

BUILT_ON = "demo_built_on"

HUABEI = "花呗"
CARD = "招商银行信用卡"
BNPL = "示例先用后付"

#: (merchant, category, lowest, highest amount in yuan, weight); categories are DebtLens's fixed ones, stored by
#: their English key and shown in the user's language (``app.ui.texts.categories``)
_MERCHANTS = [
    ("示例超市", "Groceries", 35, 260, 6),
    ("示例咖啡", "Dining", 18, 45, 8),
    ("示例外卖", "Dining", 22, 85, 10),
    ("示例打车", "Transport", 12, 68, 6),
    ("示例便利店", "Groceries", 6, 40, 6),
    ("示例服饰", "Shopping", 99, 599, 2),
    ("示例电影院", "Entertainment", 45, 120, 2),
    ("示例药房", "Health", 20, 160, 1),
    ("示例数码配件", "Electronics", 39, 299, 1),
]


def _fen(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low * 100, high * 100) // 10 * 10 + rng.choice((0, 0, 0, 9))


def is_current(store: Store, today: date) -> bool:
    """Whether the demo database already holds the scenario built for ``today``."""
    return store.settings.get(BUILT_ON) == today.isoformat() and bool(store.lines.all())


def build_demo(store: Store, today: date, seed: int = 7) -> Changes:
    """(Re)build the demo scenario in ``store`` for ``today``: existing lines there are deleted first.

    Only ever call this on the demo database.
    """
    ledger = LedgerService(store)
    settings = SettingsService(store)
    for line in store.lines.all():
        ledger.delete_line(line.saved_id)
    rng = random.Random(seed)
    start = today - timedelta(days=182)

    huabei = ledger.add_line(CreditLine(HUABEI, LineKind.HUABEI, statement_day=1, due_day=10,
                                        auto_repay=AutoRepay.FULL), 500_000).ids["line"]
    card = ledger.add_line(CreditLine(CARD, LineKind.CREDIT_CARD, statement_day=5, due_day=23, grace_days=3,
                                      fee_presets=dict(CARD_FEE_PRESETS)), 1_500_000).ids["line"]
    ledger.change_limit(card, 2_000_000, today - relativedelta(months=3))
    bnpl = ledger.add_line(CreditLine(BNPL, LineKind.BNPL, statement_day=15, due_day=25,
                                      min_payment_rate=Decimal(0), fee_presets={4: Decimal(0)}),
                           300_000).ids["line"]

    # everyday spending, mostly on Huabei, some on the card
    day = start
    weights = [m[4] for m in _MERCHANTS]
    while day < today:
        for _ in range(rng.choice((0, 1, 1, 2))):
            merchant, category, low, high, _w = rng.choices(_MERCHANTS, weights)[0]
            spent_on = huabei if rng.random() < 0.65 else card
            ledger.record_purchase(spent_on, day, _fen(rng, low, high), merchant=merchant, category=category)
        day += timedelta(days=rng.choice((1, 1, 2, 3)))

    # the big-ticket plans
    ledger.record_purchase(card, today - relativedelta(months=5, days=3), 599_900, merchant="示例手机旗舰店",
                           category="Electronics", description="手机", installments=12)
    ledger.record_purchase(huabei, today - relativedelta(months=3, days=9), 429_900, merchant="示例电脑专卖",
                           category="Electronics", description="笔记本电脑", installments=6)
    # pay-in-4 purchases on the BNPL line, free of fees
    pay_in_4 = ((5, 89_900, "示例家电", "Home"), (3, 45_800, "示例运动", "Shopping"), (1, 129_900, "示例家具", "Home"))
    for months_ago, amount, merchant, category in pay_in_4:
        ledger.record_purchase(bnpl, today - relativedelta(months=months_ago, days=2), amount, merchant=merchant,
                               category=category, installments=4, fee_rate=Decimal(0))

    _repay(ledger, QueryService(store), card, today, minimum_bills=3)
    _repay(ledger, QueryService(store), bnpl, today, minimum_bills=0)
    settings.set_monthly_income(1_200_000)
    settings.set_default_line(huabei)
    with store.atomic():
        store.settings.set(BUILT_ON, today.isoformat())
        store.undo.clear()  # building the demo is not the user's to undo
    return Changes(lines=True, postings=True, repayments=True, settings=True)


def _repay(ledger: LedgerService, queries: QueryService, line_id: int, today: date, minimum_bills: int) -> None:
    """Pay every statement due before ``today`` two days before its due date: in full, except the last
    ``minimum_bills`` ones, of which only the minimum is paid (the rest revolves, domain-rules.md §1.5)."""
    statements = queries.line_statements(line_id, today).issued()
    due_passed = [s for s in statements if s.due_date < today]
    for i, st in enumerate(due_passed):
        pay_on = st.due_date - timedelta(days=2)
        current = queries.line_statements(line_id, pay_on).current()
        if current is None or current.statement_date != st.statement_date:
            continue
        amount = current.minimum_left_fen if i >= len(due_passed) - minimum_bills else current.unpaid_fen
        if amount > 0:
            ledger.record_repayment(line_id, pay_on, amount, target_statement=st.statement_date)
