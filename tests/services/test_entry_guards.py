"""What a person types is refused (or asked about) before anything is stored, the same for the window and the
command line: a refund larger than what was spent on the line, a plan whose parts would be under one fen, a bill
turned into installments after its due date, billing days that give two bills one due date, a line name that reads
as another line's, and my own limit above the bank's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.billing import due_date_for, shared_due_date
from app.domain.credit_line import CreditLine, clean_line_name, name_key
from app.domain.errors import ConfirmationNeeded, ValidationError
from app.services.entry_checks import EXAMPLE_FROM
from app.storage import snapshot


def _counts(store):
    return snapshot.row_counts(store.db)


# -- 1. a refund naming no purchase ------------------------------------------------------------------------------
def test_a_refund_beyond_what_was_spent_waits_for_a_confirmation(ledger, store, huabei):
    """¥500.00 spent: 99,999.00 back is refused with the figures; 200.00 is taken, then at most 300.00 more; a
    confirmed 300.01 is recorded. Imports (not ``entered``) are not asked."""
    ledger.record_purchase(huabei, date(2026, 3, 1), 50000)
    before = _counts(store)
    with pytest.raises(ConfirmationNeeded) as info:
        ledger.record_refund(huabei, date(2026, 3, 5), 9_999_900, entered=True)
    assert info.value.field == "amount"
    assert info.value.reason == ("is more than the 500.00 left to refund on this line by 2026-03-05 (500.00 spent, "
                                 "0.00 already refunded): most likely a typo")
    assert _counts(store) == before
    ledger.record_refund(huabei, date(2026, 3, 5), 20000, entered=True)
    with pytest.raises(ConfirmationNeeded, match=r"300\.00 left .* \(500\.00 spent, 200\.00 already refunded\)"):
        ledger.record_refund(huabei, date(2026, 3, 6), 30001, entered=True)
    ledger.record_refund(huabei, date(2026, 3, 6), 30000, entered=True)  # exactly what is left
    ledger.record_refund(huabei, date(2026, 3, 6), 30001, entered=True, confirmed=True)
    ledger.record_refund(huabei, date(2026, 3, 6), 100)  # a bank's own refund, imported
    assert store.refunds.total_until(huabei, date(2026, 3, 6)) == 20000 + 30000 + 30001 + 100


def test_a_refund_dated_before_the_purchase_has_nothing_to_refund(ledger, huabei):
    ledger.record_purchase(huabei, date(2026, 3, 10), 50000)
    with pytest.raises(ConfirmationNeeded, match=r"0\.00 left to refund on this line by 2026-03-09"):
        ledger.record_refund(huabei, date(2026, 3, 9), 100, entered=True)


# -- 2. a bill past its due date is not turned into installments --------------------------------------------------
def test_a_bill_past_its_due_date_cannot_be_turned_into_installments(ledger, store, huabei):
    """Bill 2026-04-01 (1,000.00) is due 2026-04-10: converted on the due date, refused the day after."""
    ledger.record_purchase(huabei, date(2026, 3, 2), 100000)
    before = _counts(store)
    with pytest.raises(ValidationError) as info:
        ledger.convert_statement(huabei, date(2026, 4, 1), 3, today=date(2026, 4, 11))
    assert info.value.field == "statement"
    assert info.value.reason.startswith("was due on 2026-04-10, which has passed (today is 2026-04-11)")
    assert _counts(store) == before
    plan_id = ledger.convert_statement(huabei, date(2026, 4, 1), 3, today=date(2026, 4, 10)).ids["plan"]
    assert store.plans.get(plan_id).principal_fen == 100000


# -- 3. billing days that give two bills one due date -------------------------------------------------------------
def test_statement_day_29_due_day_30_is_refused_with_the_two_bills(ledger, store):
    with pytest.raises(ValidationError) as info:
        ledger.add_line(CreditLine("卡", statement_day=29, due_day=30), limit_fen=100000)
    assert info.value.field == "due_day"
    assert "the 2026-02-28 and 2026-03-29 bills would both be due 2026-03-30" in info.value.reason
    assert store.lines.all() == []
    line_id = ledger.add_line(CreditLine("卡", statement_day=29, due_day=19), limit_fen=100000).ids["line"]
    with pytest.raises(ValidationError, match="2026-02-28 and 2026-03-30 bills would both be due 2026-03-31"):
        ledger.edit_line(line_id, statement_day=30, due_day=31)
    assert (store.lines.get(line_id).statement_day, store.lines.get(line_id).due_day) == (29, 19)
    ledger.edit_line(line_id, statement_day=27, due_day=30)  # February: statement 02-27, due 02-28


def test_days_share_a_due_date_exactly_when_the_statement_day_is_28_or_more_and_the_due_day_later():
    for statement_day in range(1, 32):
        for due_day in range(1, 32):
            clash = shared_due_date(statement_day, due_day, EXAMPLE_FROM)
            assert (clash is not None) == (statement_day >= 28 and due_day > statement_day), (statement_day, due_day)
            if clash is not None:
                assert due_date_for(clash[0], due_day) == due_date_for(clash[1], due_day) == clash[2]


def test_a_stored_line_with_such_days_still_edits_its_other_terms(ledger, store):
    """Days and a name stored before these rules are left alone: the window's line dialog sends them back with any
    other change (a minimum-payment share, archiving), which is not refused for them."""
    line_id = ledger.add_line(CreditLine("旧卡", statement_day=29, due_day=19), limit_fen=100000).ids["line"]
    store.db.execute("UPDATE credit_lines SET due_day = 30, name = ? WHERE id = ?", ["旧\u200b卡", line_id])
    ledger.edit_line(line_id, name="旧\u200b卡", statement_day=29, due_day=30, min_payment_rate=Decimal("0.05"))
    ledger.archive_line(line_id)
    line = store.lines.get(line_id)
    assert (line.name, line.due_day, line.min_payment_rate, line.archived) == ("旧\u200b卡", 30, Decimal("0.05"), True)
    ledger.edit_line(line_id, name="旧卡")
    assert store.lines.get(line_id).name == "旧卡"


# -- 5. line names that read as another ---------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), [
    ("Cafe\u0301", "Café"),          # decomposed é (NFD) is the composed one
    ("Ｖｉｓａ", "Visa"),             # full-width letters
    ("Visa  ", "Visa"),              # trailing spaces
    ("\u3000Visa", "Visa"),          # an ideographic space
])
def test_names_are_normalized(typed, stored):
    assert clean_line_name(typed) == stored and name_key(typed) == name_key(stored)


@pytest.mark.parametrize("bad", ["Card\u202e1", "花\u200b呗", "Visa\u2066", "\ufeffVisa"])
def test_invisible_and_direction_characters_are_refused(ledger, bad):
    with pytest.raises(ValidationError, match=r"invisible or text-direction character \(U\+[0-9A-F]{4}\)"):
        ledger.add_line(CreditLine(bad))


def test_a_look_alike_name_is_refused_and_the_stored_name_still_opens(ledger, store, queries):
    visa = ledger.add_line(CreditLine("Visa")).ids["line"]
    cafe = ledger.add_line(CreditLine("Cafe\u0301")).ids["line"]
    assert store.lines.get(cafe).name == "Café"  # stored composed
    for typed in ("Ｖｉｓａ", "visa ", "Café"):
        with pytest.raises(ValidationError, match="another credit line already has this name"):
            ledger.add_line(CreditLine(typed))
    other = ledger.add_line(CreditLine("MasterCard")).ids["line"]
    with pytest.raises(ValidationError, match="already has this name"):
        ledger.edit_line(other, name="ＶＩＳＡ")
    # a name stored before normalization (full width, spaces around) opens as typed and as it reads
    store.db.execute("UPDATE credit_lines SET name = ? WHERE id = ?", ["Ｊｃｂ ", other])
    assert queries.line_named("Ｊｃｂ ").id == other
    assert queries.line_named("JCB").id == other
    assert queries.line_named("visa").id == visa
    with pytest.raises(ValidationError, match=r"reads the same as the credit line 'Ｊｃｂ '"):
        ledger.add_line(CreditLine("jcb"))


# -- 6. a plan whose parts would be under one fen -----------------------------------------------------------------
def test_a_plan_needs_one_fen_a_period(ledger, store, huabei):
    """¥0.05 in 12 parts would be "¥0.00 × 11": refused, naming ¥0.12 as the smallest; ¥0.12 is taken."""
    with pytest.raises(ValidationError) as info:
        ledger.record_purchase(huabei, date(2026, 3, 1), 5, installments=12, fee_rate=Decimal(0), entered=True)
    assert (info.value.field, info.value.reason) == ("amount", "is too small for 12 installments: each part would "
                                                               "be under 0.01; the smallest amount for 12 "
                                                               "installments is 0.12")
    assert store.purchases.matching() == []
    pid = ledger.record_purchase(huabei, date(2026, 3, 1), 12, installments=12, fee_rate=Decimal(0),
                                 entered=True).ids["purchase"]
    assert [p.principal_fen for p in store.plans.for_purchase(pid).parts] == [1] * 12
    with pytest.raises(ValidationError, match="the smallest amount for 24 installments is 0.24"):
        ledger.edit_purchase(pid, installments=24)
    with pytest.raises(ValidationError, match="the smallest amount for 3 installments is 0.03"):
        ledger.check_purchase_terms(huabei, 3, Decimal(0), False, 2)
    ledger.record_purchase(huabei, date(2026, 3, 2), 100000)
    with pytest.raises(ValidationError, match="the smallest amount for 6 installments is 0.06"):
        ledger.convert_statement(huabei, date(2026, 4, 1), 6, Decimal(0), 5, today=date(2026, 4, 2))
