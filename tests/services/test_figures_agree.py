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
