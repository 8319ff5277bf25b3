"""Views of one ledger give the same figures: the schedule against the statements, alerts against the status."""

from __future__ import annotations

from datetime import date

from app.domain.statements import StatementStatus
from app.services.demo import CARD, build_demo
from app.services.queries import QueryService

BUILT = date(2026, 12, 4)
OWN, REST = 6239, 7843  # 17.40 interest + 44.99 installment fee; the newer bill's 33.x + 44.99
LATER = date(2027, 1, 20)  # nothing paid since the demo was built: the card's 2026-12-05 bill is overdue


def test_overdue_row_holds_the_overdue_bills_fees_only(store):
    build_demo(store, BUILT)
    queries = QueryService(store)
    card = next(ln for ln in store.lines.all() if ln.name == CARD)
    result = queries.line_statements(card.id, LATER)
    overdue_bill = next(st for st in result.issued() if st.status is StatementStatus.OVERDUE)
    rows = [e for e in queries.schedule(LATER, 12, card.id)]
    overdue_row, rest_row = rows[0], rows[1]
    assert overdue_row.overdue and overdue_row.due_date == overdue_bill.due_date == date(2026, 12, 23)
    # the bill's own interest and installment fee, as its statement shows them; before, the overdue row took the
    # newer bill's interest and fee too and the next row showed 0.00
    own = overdue_bill.interest_fen + overdue_bill.installment_fee_fen + overdue_bill.late_fee_fen
    assert (overdue_row.fee_fen, own) == (OWN, OWN)
    assert rest_row.due_date == date(2027, 1, 23) and rest_row.fee_fen == REST
    assert overdue_row.fee_fen + rest_row.fee_fen == result.current().unpaid_fee_fen


def test_one_overdue_since_date_for_the_banner_the_cards_and_the_alerts(store, ledger):
    """花呗: 1,000.00 spent on 2026-01-05, nothing repaid: the Feb 1 bill (due Feb 10) and the Mar 1 bill (due
    Mar 10) both went unmet. Overdue since Feb 10, the oldest unmet bill's due date (domain-rules.md §1.5); the
    reminder banner said Mar 10 (the latest unmet bill) while the cards said Feb 10."""
    from app.domain.credit_line import CreditLine
    from app.services.alerts import alerts
    from app.services.overview import overview
    from app.services.reminders import ReminderKind, ReminderService

    today = date(2026, 3, 20)
    hb = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2025, 1, 1)).ids["line"]
    ledger.record_purchase(hb, date(2026, 1, 5), 100_000)
    o = overview(store, today)
    reminder = next(r for r in ReminderService(store).due(today) if r.kind is ReminderKind.OVERDUE)
    alert = alerts(store, today)[0]
    since = date(2026, 2, 10)
    assert o.overdue_since == o.cards[0].overdue_since == reminder.bill.due_date == alert.figures["since"] == since
    assert reminder.days_left == -38 and reminder.bill.statement_date == date(2026, 3, 1)  # the latest unmet bill
    assert reminder.bill.minimum_left_fen == o.overdue_fen == 20_950
