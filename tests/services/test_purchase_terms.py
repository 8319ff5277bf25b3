"""Rules out of widgets: the terms a person types for a purchase are checked by the ledger, so the window's
purchase dialog and ``debtlens purchase add`` refuse the same input with the same reason, and nothing is written;
the line presets a new line starts from are product terms in ``app.domain``."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain.credit_line import CARD_FEE_PRESETS, HUABEI_FEE_PRESETS, Billing, BnplLateFee, LineKind
from app.domain.errors import ValidationError
from app.domain.line_presets import LINE_PRESETS

MARCH = date(2024, 3, 15)


@pytest.mark.parametrize(("terms", "field", "reason"), [
    ({"installments": 1, "fee_rate": Decimal("0.088")}, "fee_rate", "only with 2 or more installments"),
    ({"installments": 3, "fee_rate": Decimal("0.02"), "merchant_paid": True}, "merchant_paid",
     "contradicts a fee rate (the merchant pays the fee): leave out one of them"),
    ({"installments": 24}, "fee_rate",  # Huabei has presets for 3, 6, 9 and 12 periods only
     "no preset fee rate for this many periods: enter the fee rate (0% when interest-free)"),
])
def test_contradicting_terms_a_person_typed_are_refused_and_nothing_is_written(ledger, store, huabei, terms, field,
                                                                               reason):
    with pytest.raises(ValidationError) as info:
        ledger.record_purchase(huabei, MARCH, 100000, entered=True, **terms)
    assert (info.value.field, info.value.reason) == (field, reason)
    assert store.db["purchases"].count == 0
    with pytest.raises(ValidationError) as again:  # the check the command line runs before its warnings
        ledger.check_purchase_terms(huabei, terms["installments"], terms.get("fee_rate"),
                                    terms.get("merchant_paid", False))
    assert again.value.reason == reason


def test_terms_that_fit_together_are_recorded(ledger, store, huabei):
    ledger.record_purchase(huabei, MARCH, 100000, installments=12, entered=True)  # the line's 8.8 % preset
    ledger.record_purchase(huabei, MARCH, 100000, installments=24, fee_rate=Decimal(0), entered=True)
    ledger.record_purchase(huabei, MARCH, 100000, installments=3, merchant_paid=True, entered=True)
    assert sorted(p.fee_total_fen for p in store.plans.for_line(huabei)) == [0, 0, 8800]


def test_the_line_presets_are_the_products_terms():
    assert [(p.kind, p.statement_day, p.due_day, p.limit_fen, p.min_payment_rate, p.grace_days)
            for p in LINE_PRESETS] == [
        (LineKind.HUABEI, 1, 10, 500_000, Decimal("0.10"), 0),
        (LineKind.CREDIT_CARD, 5, 23, 2_000_000, Decimal("0.10"), 3),
        (LineKind.BNPL, 15, 25, 300_000, Decimal(0), 0),
        (LineKind.BNPL, 1, 10, 500_000, Decimal("0.10"), 0),  # JD 白条: a monthly bill like Huabei's
        (LineKind.BNPL, 1, 10, 300_000, Decimal("0.10"), 0),  # Meituan 月付
    ]
    assert LINE_PRESETS[3].fee_presets == LINE_PRESETS[4].fee_presets == {}  # fees vary by offer: asked for
    assert LINE_PRESETS[0].fee_presets == HUABEI_FEE_PRESETS and LINE_PRESETS[1].fee_presets == CARD_FEE_PRESETS
    # pay in 4 splits every purchase itself (4 payments every 14 days, Klarna US late fees); the monthly pay-later
    # products keep their monthly bills
    assert LINE_PRESETS[2].fee_presets == {}
    assert [(p.billing, p.bnpl_late_fee) for p in LINE_PRESETS][2] == (Billing.PAY_IN_4, BnplLateFee.KLARNA_US)
    assert {p.billing for i, p in enumerate(LINE_PRESETS) if i != 2} == {Billing.MONTHLY}
    assert {p.daily_penalty_rate for p in LINE_PRESETS} == {Decimal("0.0005")}
