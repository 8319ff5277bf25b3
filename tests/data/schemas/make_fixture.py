"""Make the fixture database of the current schema version: ``tests/data/schemas/v<N>.db`` (+ a manifest).

Every schema version keeps one fixture made by the code of that version, so ``tests/storage/test_migrations.py``
can check that each old file still opens and upgrades with nothing lost. When you add a migration (bumping
``SCHEMA_VERSION`` to N), run this once, with the new code, and commit ``v<N>.db`` and ``v<N>.manifest.json``::

    .venv/bin/python tests/data/schemas/make_fixture.py

Never regenerate an existing fixture (that is what ``--force`` is for, and it defeats the purpose): old fixtures
are history. The data is entered through the services with fixed dates, so it covers every table: lines with a
limit history (one archived), purchases paid in full and in installments (fee, merchant-paid), a deleted purchase
(id gap), refunds linked and unlinked, repayments, an early payoff, a bill installment, a failed auto-repayment,
an imported period of a bank's installment plan, a statement-day change, settings, and text that must survive verbatim (SQL-like, formula-like, Chinese, emoji).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from app.domain.credit_line import AutoRepay, Billing, CreditLine, LineKind  # noqa: E402
from app.services.importing import ImportService  # noqa: E402
from app.services.ledger import LedgerService  # noqa: E402
from app.services.my_limits import MyLimitsService  # noqa: E402
from app.services.settings import SettingsService  # noqa: E402
from app.storage.db import open_database  # noqa: E402
from app.storage.migrations import SCHEMA_VERSION  # noqa: E402
from app.storage.repositories import Store  # noqa: E402

SQL_LIKE = "'; DROP TABLE purchases;--"
FORMULA_LIKE = '=HYPERLINK("http://example.invalid","点我")'


def populate(store: Store) -> None:
    """Enter the fixture's ledger through the services (fixed dates, deterministic)."""
    ledger, settings = LedgerService(store), SettingsService(store)
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2024, 1, 1)).ids["line"]
    ledger.change_limit(huabei, 800000, date(2024, 6, 1))
    card = ledger.add_line(CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, statement_day=31, due_day=18,
                                      statement_day_inclusive=True, auto_repay=AutoRepay.FULL,
                                      min_payment_rate=Decimal("0.10")),
                           limit_fen=2000000, limit_from=date(2023, 1, 1)).ids["line"]
    old = ledger.add_line(CreditLine("白条", kind=LineKind.BNPL), limit_fen=300000).ids["line"]

    p = ledger.record_purchase
    p(huabei, date(2024, 1, 5), 12999, merchant="盒马鲜生", category="Groceries")
    phone = p(huabei, date(2024, 1, 20), 450000, merchant="Apple Store 苹果", category="Electronics",
              installments=12, fee_rate=Decimal("0.088")).ids["purchase"]
    gift = p(huabei, date(2024, 2, 3), 35000, merchant="京东 JD.com", installments=6, merchant_paid=True).ids
    p(huabei, date(2024, 2, 14), 5200, merchant=SQL_LIKE, note="stored verbatim 😀")
    p(huabei, date(2024, 2, 15), 8800, merchant=FORMULA_LIKE, category="-negative looking",
      source="alipay", source_key="alipay:2024021522001", order_no="2024021522001")
    gone = p(huabei, date(2024, 2, 20), 1000, merchant="typo").ids["purchase"]
    ledger.delete_purchase(gone)
    refunded = p(huabei, date(2024, 3, 2), 20000, merchant="优衣库").ids["purchase"]
    ledger.record_refund(huabei, date(2024, 3, 9), 5000, purchase_id=refunded, note="partial")
    ledger.record_refund(huabei, date(2024, 4, 12), 35000, purchase_id=gift["purchase"], note="returned")
    ledger.record_refund(huabei, date(2024, 3, 15), 1234, note="cashback")
    ledger.record_repayment(huabei, date(2024, 2, 8), 12999, funded_by_line_id=card)  # 以卡养卡
    ledger.record_repayment(huabei, date(2024, 3, 10), 50000, target_statement=date(2024, 3, 1), note="March")
    ledger.pay_off_plan(store.plans.for_purchase(phone).id, date(2024, 5, 20))

    for day, amount, merchant in ((date(2024, 3, 31), 88800, "携程"), (date(2024, 4, 2), 250000, "宜家"),
                                  (date(2024, 4, 29), 6600, "星巴克")):
        p(card, day, amount, merchant=merchant)
    ledger.convert_statement(card, date(2024, 4, 30), 6, Decimal("0.045"), today=date(2024, 5, 5))
    ledger.set_auto_repay_failed(card, date(2024, 3, 31))
    ledger.record_repayment(card, date(2024, 4, 20), 88800)

    p(old, date(2023, 11, 11), 19900, merchant="双十一")
    ledger.record_repayment(old, date(2023, 12, 10), 19900)
    ledger.archive_line(old)

    # schema v10: a pay-in-4 line (each purchase due in 4 payments every 14 days)
    later = ledger.add_line(CreditLine("Pay later 4", kind=LineKind.BNPL, currency="USD", billing=Billing.PAY_IN_4,
                                       min_payment_rate=Decimal(0), fee_presets={}), limit_fen=100000).ids["line"]
    order = p(later, date(2024, 5, 1), 10001, merchant="Sample Shop").ids["purchase"]
    ledger.record_repayment(later, date(2024, 5, 1), 2501)
    ledger.record_refund(later, date(2024, 5, 20), 3000, purchase_id=order)

    # schema v11: a period of a bank's own installment plan, read from the card's statement (分期 n/N期)
    imports = ImportService(store)
    statement = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
                 "2024/04/03,2024/04/03,（分期）银联分期00000000001/3/12期,387.42,人民币,387.42,人民币\n")
    imports.commit(imports.preview(statement.encode(), "cgb.csv", card, today=date(2024, 6, 1)))

    # schema v12: the Huabei dates changed on 2024-06-05 to (5, 15), from the next bill on (day history)
    ledger.edit_line(huabei, today=date(2024, 6, 5), statement_day=5, due_day=15)

    settings.set_monthly_income(1200000)
    settings.set_default_line(huabei)
    mine = MyLimitsService(store)  # schema v4: my own limits
    mine.set_line_limit(huabei, 300000)
    mine.set_max_active_plans(1)
    mine.set_monthly_cap(200000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite an existing fixture (don't)")
    args = parser.parse_args()
    target = HERE / f"v{SCHEMA_VERSION}.db"
    if target.exists() and not args.force:
        print(f"{target} exists: fixtures of released schema versions are never regenerated", file=sys.stderr)
        return 1
    target.unlink(missing_ok=True)
    store = Store(open_database(target, auto_backup=False))
    populate(store)
    store.close()
    conn = sqlite3.connect(target)  # one self-contained, compact file: no -wal next to it
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("DELETE FROM settings WHERE key = 'data_revision'")  # bookkeeping, not data (exports skip it)
    conn.commit()
    conn.execute("VACUUM")
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")}
    conn.close()
    manifest = {"schema_version": SCHEMA_VERSION, "made_with": "tests/data/schemas/make_fixture.py",
                "row_counts": counts}
    (HERE / f"v{SCHEMA_VERSION}.manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {target} ({target.stat().st_size} bytes): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
