"""Property test of undo / redo: after any sequence of user actions (purchases added, edited and deleted, refunds,
repayments recorded and deleted, limit and term changes, lines added and archived, early payoffs, bill
installments, settings, bill imports), undoing every step gives back the byte-identical JSON export of the ledger
before them, each undo the export from before its own step, and redoing every step the export after them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import date as _date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.credit_line import CreditLine
from app.domain.errors import DebtLensError
from app.services.debt_load import ThresholdService
from app.services.export_service import ExportService
from app.services.importing import ImportService
from app.services.ledger import LedgerService
from app.services.settings import SettingsService
from app.services.undo import UndoService
from app.storage.db import open_database
from app.storage.repositories import Store

BASE = date(2026, 1, 1)
TODAY = date(2026, 6, 1)
AT = datetime(2026, 6, 1, 9, 0)

pick = st.integers(0, 50)
days = st.integers(0, 140)
money = st.integers(1, 500_000)
action = st.one_of(
    st.tuples(st.just("purchase"), pick, days, money, st.sampled_from([1, 1, 3, 6, 12])),
    st.tuples(st.just("purchase"), pick, days, money, st.just(1)),
    st.tuples(st.just("edit"), pick, st.one_of(st.none(), money), st.sampled_from(["", "示例书店", "示例超市"])),
    st.tuples(st.just("delete"), pick),
    st.tuples(st.just("refund"), pick, days, st.integers(1, 50_000)),
    st.tuples(st.just("repay"), pick, days, money),
    st.tuples(st.just("unrepay"), pick),
    st.tuples(st.just("limit"), pick, days, st.integers(0, 5_000_000)),
    st.tuples(st.just("terms"), pick, st.integers(1, 28)),
    st.tuples(st.just("line"), st.integers(1, 28)),
    st.tuples(st.just("archive"), pick, st.booleans()),
    st.tuples(st.just("payoff"), pick, days),
    st.tuples(st.just("convert"), pick, st.integers(0, 4), st.sampled_from([3, 6])),
    st.tuples(st.just("income"), st.one_of(st.none(), money)),
    st.tuples(st.just("housing"), st.one_of(st.none(), money)),
    st.tuples(st.just("default"), pick),
    st.tuples(st.just("import"), pick, days, st.lists(money, min_size=1, max_size=4)),
)


def _ids(store: Store, table: str) -> list[int]:
    return [r[0] for r in store.db.conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def _apply(store: Store, ledger: LedgerService, act: tuple) -> None:
    """Run one action; the kth row of a table is taken modulo its count (nothing happens on an empty table)."""
    kind, *a = act
    lines = _ids(store, "credit_lines")
    if kind == "line":
        ledger.add_line(CreditLine(f"示例卡{len(lines)}", statement_day=a[0], due_day=(a[0] + 17) % 28 + 1),
                        limit_fen=1_000_000, limit_from=BASE)
        return
    if kind == "income":
        SettingsService(store).set_monthly_income(a[0])
        return
    if kind == "housing":
        ThresholdService(store).set_housing(a[0])
        return
    if not lines:
        return
    line = lines[a[0] % len(lines)]
    purchases, repayments = _ids(store, "purchases"), _ids(store, "repayments")
    if kind == "purchase":
        ledger.record_purchase(line, BASE + timedelta(days=a[1]), a[2], merchant="示例店", installments=a[3],
                               fee_rate=Decimal("0.045") if a[3] > 1 else None)
    elif kind == "edit" and purchases:
        fields = {"merchant": a[2]} if a[1] is None else {"amount_fen": a[1], "merchant": a[2]}
        ledger.edit_purchase(purchases[a[0] % len(purchases)], **fields)
    elif kind == "delete" and purchases:
        ledger.delete_purchase(purchases[a[0] % len(purchases)])
    elif kind == "refund":
        target = purchases[a[0] % len(purchases)] if purchases else None
        owner = store.purchases.get(target).line_id if target else line
        ledger.record_refund(owner, BASE + timedelta(days=a[1]), a[2], purchase_id=target)
    elif kind == "repay":
        ledger.record_repayment(line, BASE + timedelta(days=a[1]), a[2])
    elif kind == "unrepay" and repayments:
        ledger.delete_repayment(repayments[a[0] % len(repayments)])
    elif kind == "limit":
        ledger.change_limit(line, a[2], BASE + timedelta(days=a[1]))
    elif kind == "terms":
        ledger.edit_line(line, statement_day=a[1], today=TODAY)
    elif kind == "archive":
        ledger.archive_line(line, a[1])
    elif kind == "payoff":
        plans = [p for p in store.plans.for_line(line) if p.closed_on is None]
        if plans:
            ledger.pay_off_plan(plans[0].id, BASE + timedelta(days=a[1]))
    elif kind == "convert":
        day = store.lines.get(line).statement_day
        month = date(2026, 1 + a[1], 1)
        ledger.convert_statement(line, month.replace(day=min(day, 28)), a[2], Decimal("0.045"), today=TODAY)
    elif kind == "default":
        SettingsService(store).set_default_line(line)
    elif kind == "import":
        rows = ["date,merchant,category,amount,installments"] + [
            f"{(BASE + timedelta(days=a[1] + i)).isoformat()},示例网店{i},Dining,{fen // 100}.{fen % 100:02d},1"
            for i, fen in enumerate(a[2])]
        service = ImportService(store)
        service.commit(service.preview("\n".join(rows).encode(), "bill.csv", line, today=_date(2026, 3, 20)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=1, max_size=20))
def test_undo_all_gives_back_the_export_before_and_redo_all_the_one_after(actions):
    store = Store(open_database(":memory:"))
    try:
        ledger, undo, export = LedgerService(store), UndoService(store), ExportService(store)
        states = [export.json_text(AT)]
        for act in actions:
            history = [s.id for s in undo.history()]
            try:
                _apply(store, ledger, act)
            except DebtLensError:  # refused: nothing changed, nothing recorded
                assert export.json_text(AT) == states[-1]
                assert [s.id for s in undo.history()] == history
                continue
            now = export.json_text(AT)
            if len(undo.history()) > len(history):
                states.append(now)
            else:  # a step that changed nothing is not kept
                assert now == states[-1] and [s.id for s in undo.history()] == history
        assert len(undo.history()) == len(states) - 1
        for before in reversed(states[:-1]):
            undo.undo()
            assert export.json_text(AT) == before
        assert undo.next_undo() is None
        for after in states[1:]:
            undo.redo()
            assert export.json_text(AT) == after
        assert undo.next_redo() is None
        if len(states) > 1:  # and the history still works after a full round trip
            undo.undo()
            assert export.json_text(AT) == states[-2]
    finally:
        store.close()
