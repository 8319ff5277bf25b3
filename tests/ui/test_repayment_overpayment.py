"""The repayment dialog says so before recording a repayment larger than everything the line owes that day (the
rest would stay with the bank as a credit), and records it on a second Record with the same figures."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.domain.credit_line import CreditLine
from app.i18n import formatting as fmt
from app.ui.session import Session

TODAY = date(2026, 11, 12)


@pytest.fixture
def session(tmp_path):
    previous = fmt.active_locale()
    fmt.set_locale("en_US")
    s = Session(tmp_path / "t.db", today=lambda: TODAY)
    s.huabei = s.ledger.add_line(CreditLine("花呗"), limit_fen=500_000).ids["line"]
    s.ledger.record_purchase(s.huabei, date(2026, 9, 15), 100_000)
    s.ledger.record_repayment(s.huabei, date(2026, 10, 10), 10_000)
    yield s
    s.close()
    fmt.set_locale(previous)


def _record(qtbot, session, amount: str):
    from app.ui.dialogs.repayment_dialog import RepaymentDialog

    dialog = RepaymentDialog(session, session.huabei)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 11, 12))
    dialog.amount.setText(amount)
    dialog.ok_button().click()
    return dialog


def test_more_than_owed_is_said_first_and_recorded_on_a_second_record(qtbot, session):
    dialog = _record(qtbot, session, "99999")
    # 909.90 billed and 4.95 of interest still to post
    assert dialog.amount_error.text() == ("is more than the ¥914.85 owed on this line that day: ¥99,084.15 would "
                                          "stay with the bank as a credit. Press Record again if that is meant")
    assert session.store.repayments.for_line(session.huabei)[-1].amount_fen == 10_000  # nothing recorded yet
    dialog.ok_button().click()
    assert session.store.repayments.for_line(session.huabei)[-1].amount_fen == 9_999_900


def test_what_is_owed_is_recorded_at_once(qtbot, session):
    _record(qtbot, session, "914.85")
    assert session.store.repayments.for_line(session.huabei)[-1].amount_fen == 91_485


def test_the_whole_overpayment_message_is_shown_and_its_room_given_back(qtbot, session):
    from app.ui.dialogs.repayment_dialog import RepaymentDialog

    dialog = RepaymentDialog(session, session.huabei)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    opened = dialog.height()
    dialog.amount.setText("99999")
    dialog.ok_button().click()
    label = dialog.amount_error
    lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
    assert label.isVisible() and lines >= 3  # "…Press Record again if that is meant" wraps at this width
    # the dialog grew at its width: every line of the message is on screen, nothing below it is squeezed
    assert dialog.width() == 420 and dialog.height() >= dialog.layout().totalHeightForWidth(420) > opened
    assert label.visibleRegion().boundingRect().height() == label.height() == label.heightForWidth(label.width())
    dialog.errors.clear()  # the message goes: so does the room made for it
    assert dialog.height() == opened
