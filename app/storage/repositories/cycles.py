"""Per-statement totals aggregated in SQL: the statements engine's input."""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from app.domain.statements import CycleCharges
from app.storage.repositories.bulk import totals_trigger_paused
from app.storage.repositories.purchases import IN_INSTALLMENTS

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase


@functools.lru_cache(maxsize=4096)
def _day_number(iso_day: str) -> int:
    """Proleptic ordinal of an ISO date string (days can be subtracted)."""
    return date.fromisoformat(iso_day).toordinal()


#: A line's bill installment plans (账单分期), the ``line_id`` a parameter. A bill's plan has no purchase: the
#: ``purchase_id IS NULL`` term lets SQLite seek them in ``plans_purchase`` instead of reading every purchase's plan
#: (20,000 at 1,000,000 purchases: 1.5 ms a query, six queries a refresh).
_BILL_PLANS = "purchase_id IS NULL AND line_id = ? AND kind = 'bill'"
#: A line's purchases in installments posted after a day (parameters: line_id, day, day): sought in
#: ``purchases_cycle`` from the bills after the day (a bill's statement date is on or after its posting days).
_PLAN_PURCHASES_AFTER = f"line_id = ? AND {IN_INSTALLMENTS} AND statement_date > ? AND posted_on > ?"


class CyclesRepo:
    """Per-statement totals aggregated in SQL (the statements engine's input)."""

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def first_statement(self, line_id: int) -> date | None:
        """The statement date of the line's first purchase or installment part, ``None`` when it has none."""
        row = self.db.execute(
            "SELECT min(s) FROM (SELECT min(statement_date) AS s FROM purchases WHERE line_id = ? "
            "UNION ALL SELECT min(statement_date) FROM installment_parts WHERE line_id = ?)",
            [line_id, line_id]).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def for_line(self, line_id: int, as_of: date | None = None, amount_days: bool = True) -> list[CycleCharges]:
        """Sum purchases paid in full, installment parts, refund credits and bill conversions per statement date.

        With ``as_of``, postings made after it (and the plans of such purchases) are left out, so a statement
        "as of" a past date shows what was known then. (Refunds and payoffs of a plan made later stay applied.)
        ``amount_days`` (fen x days from posting to the statement date, what a 全额计息 card charges interest on)
        is summed only when asked for; other lines leave it 0.

        Cost: the sums come from ``bill_totals`` (one row per statement date and posting day, kept current by
        triggers as purchases, parts and refunds are written; migration m005), not from the purchases: a line
        with 1,000,000 purchases over seven years reads about 2,600 rows, ~2 ms. The installment parts join
        their plan and purchase only when some plan was posted after ``as_of``.
        """
        day = (as_of or date.max).isoformat()
        out: list[CycleCharges] = []
        if amount_days:
            by_statement: dict[str, list[int]] = {}
            for s, posted, amount, count in self.db.execute(
                "SELECT statement_date, posted_on, amount_fen, n FROM bill_totals "
                "WHERE line_id = ? AND kind = 'purchase' AND posted_on <= ?", [line_id, day]):
                totals = by_statement.setdefault(s, [0, 0, 0])
                totals[0] += amount
                totals[1] += count
                totals[2] += amount * (_day_number(s) - _day_number(posted))
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n, amount_days=ad)
                       for s, (a, n, ad) in by_statement.items())
        else:
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n)
                       for s, a, n in self.db.execute(
                           "SELECT statement_date, SUM(amount_fen), SUM(n) FROM bill_totals WHERE line_id = ? "
                           "AND kind = 'purchase' AND posted_on <= ? GROUP BY statement_date", [line_id, day]))
        parts = self._parts_known(line_id, day)
        out.extend(CycleCharges(date.fromisoformat(s), installment_principal_fen=p, installment_fee_fen=f,
                                purchase_count=n) for s, p, f, n in parts)
        for s, c in self.db.execute(
            "SELECT statement_date, SUM(amount_fen) FROM bill_totals WHERE line_id = ? AND kind = 'refund' "
            "AND posted_on <= ? GROUP BY statement_date", [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(s), refunds_fen=c))
        for r in self.db.query(
            "SELECT source_statement AS s, SUM(principal_fen) AS c FROM installment_plans "
            f"WHERE {_BILL_PLANS} AND source_statement <= ? GROUP BY source_statement",
                [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(r["s"]), converted_fen=r["c"]))
        return out + self._payoff_fees(line_id, day)

    def _payoff_fees(self, line_id: int, day: str) -> list[CycleCharges]:
        """The early-payoff fees (already inside the parts' fees) per bill, of plans paid off by ``day`` (ISO): owed
        from the payoff on, before their bill is cut (§2.3). Payoff lumps are few: found through the parts' index."""
        return [CycleCharges(date.fromisoformat(r["s"]), payoff_fee_fen=r["f"]) for r in self.db.query(
            "SELECT p.statement_date AS s, SUM(p.fee_fen) AS f FROM installment_parts p "
            "JOIN installment_plans pl ON pl.id = p.plan_id WHERE p.line_id = ? AND p.status = 'payoff' "
            "AND p.fee_fen > 0 AND pl.closed_on <= ? GROUP BY p.statement_date", [line_id, day])]

    def _plan_begun_after(self, line_id: int, day: str) -> bool:
        """Whether a plan of the line began after ``day`` (ISO): a purchase in installments posted then, or a bill
        turned into installments then."""
        return bool(self.db.execute(
            f"SELECT EXISTS (SELECT 1 FROM purchases WHERE {_PLAN_PURCHASES_AFTER}) "
            f"OR EXISTS (SELECT 1 FROM installment_plans WHERE {_BILL_PLANS} AND source_statement > ?)",
            [line_id, day, day, line_id, day]).fetchone()[0])

    def _parts_known(self, line_id: int, day: str) -> list[tuple[str, int, int, int]]:
        """``(statement date, principal, fee, parts)`` per bill of the line's installment parts (not cancelled) of
        plans begun by ``day`` (the purchase posted, or the bill turned into installments).

        Every plan's parts come from ``bill_totals``; those of plans begun after ``day`` (a purchase dated ahead,
        or a clock set back) are read through their purchases and taken away: joining every part to its plan and
        purchase instead took 250 ms a line at 1,000,000 purchases."""
        totals = {s: [p, f, n] for s, p, f, n in self.db.execute(
            "SELECT statement_date, SUM(amount_fen), SUM(fee_fen), SUM(n) FROM bill_totals "
            "WHERE line_id = ? AND kind = 'part' GROUP BY statement_date", [line_id])}
        if not self._plan_begun_after(line_id, day):
            return sorted((s, p, f, n) for s, (p, f, n) in totals.items())  # every plan had begun by then
        later = self.db.execute(
            "SELECT ip.statement_date, SUM(ip.principal_fen), SUM(ip.fee_fen), COUNT(*) FROM installment_parts ip "
            "JOIN installment_plans pl ON pl.id = ip.plan_id WHERE ip.status != 'cancelled' AND (pl.purchase_id IN "
            f"(SELECT id FROM purchases WHERE {_PLAN_PURCHASES_AFTER}) OR pl.id IN (SELECT id FROM installment_plans "
            f"WHERE {_BILL_PLANS} AND source_statement > ?)) GROUP BY ip.statement_date",
            [line_id, day, day, line_id, day])
        for s, p, f, n in later:
            kept = totals[s]
            kept[0] -= p
            kept[1] -= f
            kept[2] -= n
        return sorted((s, p, f, n) for s, (p, f, n) in totals.items() if n)

    def for_line_scanned(self, line_id: int, as_of: date | None = None,
                         amount_days: bool = True) -> list[CycleCharges]:
        """What ``for_line`` returns, summed from the purchases, parts and refunds themselves instead of
        ``bill_totals`` (reads every row: about 0.1 s per line at 1,000,000 purchases). For checking that the kept
        totals agree."""
        day = (as_of or date.max).isoformat()
        out: list[CycleCharges] = []
        if amount_days:
            by_statement: dict[str, list[int]] = {}
            for s, posted, amount, count in self.db.execute(
                "SELECT statement_date, posted_on, SUM(amount_fen), COUNT(*) FROM purchases "
                "WHERE line_id = ? AND installments = 1 AND posted_on <= ? GROUP BY statement_date, posted_on",
                    [line_id, day]):
                totals = by_statement.setdefault(s, [0, 0, 0])
                totals[0] += amount
                totals[1] += count
                totals[2] += amount * (_day_number(s) - _day_number(posted))
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n, amount_days=ad)
                       for s, (a, n, ad) in by_statement.items())
        else:
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n)
                       for s, a, n in self.db.execute(
                           "SELECT statement_date, SUM(amount_fen), COUNT(*) FROM purchases WHERE line_id = ? "
                           "AND installments = 1 AND posted_on <= ? GROUP BY statement_date", [line_id, day]))
        if self._plan_begun_after(line_id, day):
            parts = self.db.execute(
                "SELECT ip.statement_date, SUM(ip.principal_fen), SUM(ip.fee_fen), COUNT(*) "
                "FROM installment_parts ip JOIN installment_plans pl ON pl.id = ip.plan_id "
                "LEFT JOIN purchases pu ON pu.id = pl.purchase_id WHERE ip.line_id = ? AND ip.status != 'cancelled' "
                "AND coalesce(pu.posted_on, pl.source_statement) <= ? GROUP BY ip.statement_date", [line_id, day])
        else:  # every plan counts: the parts' covering index alone
            parts = self.db.execute(
                "SELECT statement_date, SUM(principal_fen), SUM(fee_fen), COUNT(*) FROM installment_parts "
                "WHERE line_id = ? AND status != 'cancelled' GROUP BY statement_date", [line_id])
        out.extend(CycleCharges(date.fromisoformat(s), installment_principal_fen=p, installment_fee_fen=f,
                                purchase_count=n) for s, p, f, n in parts)
        for r in self.db.query(
            "SELECT statement_date AS s, SUM(credit_fen) AS c FROM refunds WHERE line_id = ? "
            "AND applies_as_payment = 0 AND posted_on <= ? GROUP BY statement_date", [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(r["s"]), refunds_fen=r["c"]))
        for r in self.db.query(
            "SELECT source_statement AS s, SUM(principal_fen) AS c FROM installment_plans "
            f"WHERE {_BILL_PLANS} AND source_statement <= ? GROUP BY source_statement",
                [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(r["s"]), converted_fen=r["c"]))
        return out + self._payoff_fees(line_id, day)

    def totals_table(self) -> list[tuple]:
        """Every ``bill_totals`` row ``(line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n)``,
        sorted."""
        return self.db.execute("SELECT line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n "
                               "FROM bill_totals ORDER BY line_id, kind, statement_date, posted_on").fetchall()

    def totals_recomputed(self) -> list[tuple]:
        """What ``totals_table`` holds when it agrees with the purchases, parts and refunds: the same rows summed
        from them now (every row read)."""
        from app.storage.migrations import BILL_TOTALS_FILL

        rows: list[tuple] = []
        for sql in BILL_TOTALS_FILL:
            select = sql[sql.index("SELECT"):].format(lines="SELECT id FROM credit_lines")
            rows += self.db.execute(select).fetchall()
        return sorted(rows)

    def rebuild_totals(self, line_id: int | None = None) -> None:
        """Sum ``bill_totals`` again from the purchases, parts and refunds (of one line, or of all): after a
        bulk rewrite of a line's statement dates (``restate``), or to repair a file another program changed
        with the triggers dropped. Inside the caller's transaction."""
        from app.storage.migrations import BILL_TOTALS_FILL

        if line_id is None:
            self.db.execute("DELETE FROM bill_totals")
            lines = "SELECT id FROM credit_lines"
        else:
            self.db.execute("DELETE FROM bill_totals WHERE line_id = ?", [line_id])
            lines = str(int(line_id))
        for sql in BILL_TOTALS_FILL:
            self.db.execute(sql.format(lines=lines))

    def by_posting_month(self, line_id: int, since: date | None = None) -> list[tuple[str, CycleCharges]]:
        """Like ``for_line`` but split by the month each amount was posted (``"YYYY-MM"``), so the statements as
        of an earlier month end can be rebuilt from what had been posted by then (debt load over time).

        Purchases on statements dated before ``since`` (all posted before it) come whole under the month ``""``,
        which sorts before every month, straight from the covering index. Installment parts take the month of
        their purchase (a bill installment: of its statement); bill conversions the month of the statement they
        convert.
        """
        cut = (since or date.min).isoformat()
        out: list[tuple[str, CycleCharges]] = []
        for r in self.db.query(  # whole statements before the cut (from the kept per-bill totals, as below)
            "SELECT statement_date AS s, SUM(amount_fen) AS a, SUM(n) AS n FROM bill_totals "
            "WHERE line_id = ? AND kind = 'purchase' AND statement_date < ? GROUP BY statement_date", [line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), purchases_fen=r["a"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT statement_date AS s, substr(posted_on, 1, 7) AS m, SUM(amount_fen) AS a, SUM(n) AS n "
            "FROM bill_totals WHERE line_id = ? AND kind = 'purchase' AND statement_date >= ? GROUP BY s, m",
            [line_id, cut]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), purchases_fen=r["a"],
                                             purchase_count=r["n"])))
        # parts billed before the cut from the kept totals, whole: a plan is posted on or before the bill of each
        # of its scheduled parts. An early payoff's part is billed when the payoff is made, which the user may
        # date anywhere: those few are moved from "" to their plan's month below.
        for r in self.db.query(
            "SELECT statement_date AS s, SUM(amount_fen) AS pr, SUM(fee_fen) AS f, SUM(n) AS n FROM bill_totals "
            "WHERE line_id = ? AND kind = 'part' AND statement_date < ? GROUP BY statement_date", [line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                         installment_fee_fen=r["f"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT p.statement_date AS s, substr(COALESCE(pu.posted_on, pl.source_statement), 1, 7) AS m, "
            "SUM(p.principal_fen) AS pr, SUM(p.fee_fen) AS f, COUNT(*) AS n FROM installment_parts p "
            "JOIN installment_plans pl ON pl.id = p.plan_id LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE p.line_id = ? AND p.status = 'payoff' AND p.statement_date < ? GROUP BY s, m", [line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=-r["pr"],
                                         installment_fee_fen=-r["f"], purchase_count=-r["n"])))
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                             installment_fee_fen=r["f"], purchase_count=r["n"])))
        # a plan whose purchase is dated on or after the cut but whose scheduled parts were billed before it: the
        # app moves the parts with the purchase, but another program (raw SQL) may not. Few plans, so cheap.
        for r in self.db.query(
            "SELECT p.statement_date AS s, substr(COALESCE(pu.posted_on, pl.source_statement), 1, 7) AS m, "
            "SUM(p.principal_fen) AS pr, SUM(p.fee_fen) AS f, COUNT(*) AS n FROM installment_plans pl "
            "LEFT JOIN purchases pu ON pu.id = pl.purchase_id JOIN installment_parts p ON p.plan_id = pl.id "
            "WHERE pl.line_id = ? AND COALESCE(pu.posted_on, pl.source_statement) >= ? AND p.line_id = ? "
            "AND p.status = 'scheduled' AND p.statement_date < ? GROUP BY s, m", [line_id, cut, line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=-r["pr"],
                                         installment_fee_fen=-r["f"], purchase_count=-r["n"])))
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                             installment_fee_fen=r["f"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT p.statement_date AS s, substr(COALESCE(pu.posted_on, pl.source_statement), 1, 7) AS m, "
            "SUM(p.principal_fen) AS pr, SUM(p.fee_fen) AS f, COUNT(*) AS n FROM installment_parts p "
            "JOIN installment_plans pl ON pl.id = p.plan_id LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE p.line_id = ? AND p.status != 'cancelled' AND p.statement_date >= ? GROUP BY s, m",
                [line_id, cut]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                             installment_fee_fen=r["f"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT statement_date AS s, substr(posted_on, 1, 7) AS m, SUM(amount_fen) AS c FROM bill_totals "
            "WHERE line_id = ? AND kind = 'refund' GROUP BY s, m", [line_id]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), refunds_fen=r["c"])))
        for r in self.db.query(
            "SELECT source_statement AS s, SUM(principal_fen) AS c FROM installment_plans "
            f"WHERE {_BILL_PLANS} GROUP BY source_statement", [line_id]):
            out.append((r["s"][:7], CycleCharges(date.fromisoformat(r["s"]), converted_fen=r["c"])))
        for r in self.db.query(  # the early-payoff fees inside the parts' fees, owed from the payoff's month (§2.3)
            "SELECT p.statement_date AS s, substr(pl.closed_on, 1, 7) AS m, SUM(p.fee_fen) AS f "
            "FROM installment_parts p JOIN installment_plans pl ON pl.id = p.plan_id WHERE p.line_id = ? "
            "AND p.status = 'payoff' AND p.fee_fen > 0 GROUP BY s, m", [line_id]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), payoff_fee_fen=r["f"])))
        return out

    def restate(self, line_id: int, by_posting, by_statement) -> None:
        """After a line's statement day changed: set each purchase's and refund's statement date to
        ``by_posting(posted_on)``, and map every other stored statement date (bill installments, repayment targets,
        failed auto-repayments) with ``by_statement(old_statement_date)``. Plan parts are the caller's."""
        conn = self.db.conn
        conn.create_function("dl_post", 1, lambda s: by_posting(date.fromisoformat(s)).isoformat(),
                             deterministic=True)
        conn.create_function("dl_stmt", 1, lambda s: s and by_statement(date.fromisoformat(s)).isoformat(),
                             deterministic=True)
        # every purchase and refund of the line gets a new statement date: rather than the per-row triggers
        # (three statements per row), the line's totals are summed once afterwards
        with totals_trigger_paused(conn, "purchases", "update"), totals_trigger_paused(conn, "refunds", "update"):
            self._restate_rows(line_id)
            self.rebuild_totals(line_id)

    def _restate_rows(self, line_id: int) -> None:
        for sql in (
            "UPDATE purchases SET statement_date = dl_post(posted_on) WHERE line_id = ?",
            "UPDATE refunds SET statement_date = dl_post(posted_on) WHERE line_id = ?",
            # a refund of a billed purchase pays that purchase's (new) bill
            "UPDATE refunds SET target_statement = coalesce((SELECT p.statement_date FROM purchases p "
            "WHERE p.id = refunds.purchase_id), dl_stmt(target_statement)) WHERE line_id = ? "
            "AND target_statement IS NOT NULL",
            "UPDATE installment_plans SET source_statement = dl_stmt(source_statement) WHERE line_id = ?",
            "UPDATE repayments SET target_statement = dl_stmt(target_statement) WHERE line_id = ?",
            "UPDATE OR IGNORE auto_repay_failures SET statement_date = dl_stmt(statement_date) WHERE line_id = ?",
        ):
            self.db.execute(sql, [line_id])
