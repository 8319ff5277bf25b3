"""The due-date calendar (.ics) and the reminders service on a pinned clock: which bills, what amounts, which UIDs."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from icalendar import Calendar

from app.domain.credit_line import CreditLine, LineKind
from app.domain.errors import ValidationError
from app.services.calendar_service import CalendarService
from app.services.reminders import SHOWN, ReminderKind, ReminderService

STAMP = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 20)


@pytest.fixture
def card(ledger):
    """A card (statement day 5, due day 23) with one purchase of 1,234.56 on Feb 10: the Mar 5 bill, due Mar 23,
    minimum 10 % = 123.46 (rounded up)."""
    line_id = ledger.add_line(CreditLine("招行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                              limit_fen=2_000_000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(line_id, date(2026, 2, 10), 123456, merchant="示例电器")
    return line_id


@pytest.fixture
def huabei_bills(ledger, huabei):
    """Huabei (statement day 1, due day 10): 600.00 in 3 installments at 2.5 % (200.00 + 5.00 a month from the
    Apr 1 bill) and 99.90 paid in full on Mar 12: bills of 304.90 (Apr 10), 205.00 (May 10) and 205.00 (Jun 10)."""
    ledger.record_purchase(huabei, date(2026, 3, 5), 60000, installments=3, fee_rate=Decimal("0.025"))
    ledger.record_purchase(huabei, date(2026, 3, 12), 9990)
    return huabei


def events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_calendar_has_one_all_day_event_per_upcoming_bill_with_a_three_day_alarm(store, card, huabei_bills):
    data, result = CalendarService(store).ical(TODAY, stamp=STAMP, months=12, lang="en")
    found = events(data)
    assert (result.events, result.lines, len(found)) == (4, 2, 4)
    assert [e.decoded("dtstart") for e in found] == [date(2026, 3, 23), date(2026, 4, 10), date(2026, 5, 10),
                                                     date(2026, 6, 10)]
    assert all(e.decoded("dtend") - e.decoded("dtstart") == timedelta(days=1) for e in found)
    assert [str(e["summary"]) for e in found] == ["招行信用卡 bill due ¥1,234.56", "花呗 bill due ¥304.90",
                                                  "花呗 bill due ¥205.00", "花呗 bill due ¥205.00"]
    assert [str(e["uid"]) for e in found] == [f"{card}-2026-03-05@debtlens", f"{huabei_bills}-2026-04-01@debtlens",
                                              f"{huabei_bills}-2026-05-01@debtlens",
                                              f"{huabei_bills}-2026-06-01@debtlens"]
    assert str(found[0]["description"]) == (
        "Statement of Mar 5, 2026: balance ¥1,234.56, minimum payment ¥123.46.\nPayment due date: Mar 23, 2026. "
        "Paying less than the minimum by then makes the bill overdue.")
    assert "not issued yet" in str(found[1]["description"])
    for event in found:
        assert event.decoded("dtstamp") == STAMP
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0]["trigger"].to_ical() == b"-P3D"
        assert str(alarms[0]["action"]) == "DISPLAY"
    # RFC 5545 shape: CRLF line ends, nothing longer than 75 octets
    lines = data.split(b"\r\n")
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and max(len(line) for line in lines) <= 75


def test_months_limit_the_calendar_and_chinese_texts(store, card, huabei_bills):
    data, result = CalendarService(store).ical(TODAY, stamp=STAMP, months=2, lang="zh_CN")
    found = events(data)
    assert result.events == 3 and [e.decoded("dtstart") for e in found][-1] == date(2026, 5, 10)
    assert str(found[1]["summary"]) == "花呗 还款日 应还¥304.90"
    assert str(found[0]["description"]).startswith("2026年3月5日账单：本期应还¥1,234.56，最低还款¥123.46。")
    assert str(Calendar.from_ical(data)["x-wr-calname"]) == "明白账 还款日"


def test_uids_are_stable_across_exports_and_the_revision_goes_up(store, card, huabei_bills):
    service = CalendarService(store)
    first = events(service.ical(TODAY, stamp=STAMP)[0])
    later = STAMP + timedelta(days=2, hours=3)
    second = events(service.ical(TODAY + timedelta(days=2), stamp=later)[0])
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in second]
    assert all(b.decoded("dtstamp") == later and int(b["sequence"]) > int(a["sequence"])
               for a, b in zip(first, second))


def test_a_revolving_rest_keeps_the_name_of_the_bill_it_is_due_with(store, ledger, card):
    """The card's minimum (123.46) is paid: the rest (1,111.10) is due with the Apr 5 bill on Apr 23, under that
    bill's UID before and after the Apr 5 statement is cut, with the same amount: the 7.22 interest that bill posts
    (1,111.10 x 0.05 % x 13 days, Mar 24 ... Apr 5) is counted before it is cut too, and so is its minimum share."""
    ledger.record_repayment(card, date(2026, 3, 20), 12346)
    service = CalendarService(store)
    before = events(service.ical(date(2026, 3, 25), stamp=STAMP)[0])
    after = events(service.ical(date(2026, 4, 6), stamp=STAMP)[0])
    for found in (before, after):
        assert [(str(e["uid"]), e.decoded("dtstart")) for e in found] == [(f"{card}-2026-04-05@debtlens",
                                                                           date(2026, 4, 23))]
    assert [str(e["summary"]) for e in before + after] == ["招行信用卡 bill due ¥1,118.32",
                                                           "招行信用卡 bill due ¥1,118.32"]
    reminders = ReminderService(store)
    [rest] = reminders.upcoming_bills(date(2026, 3, 25))
    [bill] = reminders.upcoming_bills(date(2026, 4, 6))
    assert (rest.amount_fen, rest.minimum_left_fen, rest.issued) == (111832, 11833, False)  # 111.11 + 7.22
    assert (bill.balance_fen, bill.amount_fen, bill.minimum_fen, bill.issued) == (111832, 111832, 11833, True)


def test_alarm_days_follow_the_line_setting_then_the_global_one(store, card, huabei_bills):
    reminders = ReminderService(store)
    reminders.set_days_before(5, line_id=card)
    reminders.set_days_before(0)  # reminders off for every other line: no alarm
    found = events(CalendarService(store).ical(TODAY, stamp=STAMP)[0])
    assert [[a["trigger"].to_ical() for a in e.walk("VALARM")] for e in found] == [[b"-P5D"], [], [], []]
    forced = events(CalendarService(store).ical(TODAY, stamp=STAMP, days_before=1)[0])
    assert all([a["trigger"].to_ical() for a in e.walk("VALARM")] == [b"-P1D"] for e in forced)


def test_the_ledger_is_refused_as_target_and_nothing_is_written(store, card, tmp_path):
    ledger_file = tmp_path / "ledger.db"
    before = ledger_file.read_bytes()
    with pytest.raises(ValidationError, match="is the ledger itself"):
        CalendarService(store).export(ledger_file, TODAY, stamp=STAMP, overwrite=True)
    assert ledger_file.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"


def test_export_writes_a_private_file_and_replaces_only_a_calendar(store, card, tmp_path):
    out = tmp_path / "due.ics"
    service = CalendarService(store)
    result = service.export(out, TODAY, stamp=STAMP)
    assert (result.path, result.events) == (out, 1) and out.stat().st_mode & 0o777 == 0o600
    service.export(out, TODAY, stamp=STAMP)  # an earlier calendar file is replaced without asking
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    with pytest.raises(ValidationError, match="exists already"):
        service.export(other, TODAY, stamp=STAMP)
    assert other.read_text() == "mine"
    with pytest.raises(ValidationError) as bad:
        service.ical(TODAY, stamp=STAMP, months=0)
    assert bad.value.field == "months"


def test_a_bill_due_in_three_days_gives_one_reminder_with_its_amount(store, card):
    reminders = ReminderService(store)
    assert reminders.due(date(2026, 3, 19)) == []  # 4 days before: not yet
    found = reminders.due(TODAY)
    assert len(found) == 1
    r = found[0]
    assert (r.kind, r.days_left, r.bill.line_id, r.bill.statement_date, r.bill.due_date) == (
        ReminderKind.DUE_SOON, 3, card, date(2026, 3, 5), date(2026, 3, 23))
    assert (r.bill.amount_fen, r.bill.minimum_left_fen) == (123456, 12346)
    assert r.key == f"{card}:2026-03-05:due_soon"


def test_due_today_then_overdue(store, ledger, card):
    reminders = ReminderService(store)
    [today] = reminders.due(date(2026, 3, 23))
    assert (today.kind, today.days_left, today.bill.amount_fen, today.bill.minimum_left_fen) == (
        ReminderKind.DUE_TODAY, 0, 123456, 12346)
    ledger.record_repayment(card, date(2026, 3, 23), 10000)  # 100.00: less than the 123.46 minimum
    [late] = reminders.due(date(2026, 3, 24))
    assert (late.kind, late.bill.statement_date, late.days_left) == (ReminderKind.OVERDUE, date(2026, 3, 5), -1)
    assert (late.bill.amount_fen, late.bill.minimum_left_fen) == (113456, 2346)  # owed on the bill; unmet minimum
    ledger.record_repayment(card, date(2026, 3, 24), 2346)  # the minimum made up: no longer overdue
    assert reminders.due(date(2026, 3, 24)) == []


def test_reminders_are_shown_once_per_bill_and_kind(store, card):
    reminders = ReminderService(store)
    soon = reminders.new(TODAY)
    assert len(soon) == 1
    reminders.mark_shown(soon, TODAY)
    assert reminders.new(TODAY) == [] and reminders.new(date(2026, 3, 21)) == []
    assert len(reminders.due(TODAY)) == 1  # still due, only not new
    [today] = reminders.new(date(2026, 3, 23))  # another kind of the same bill is new again
    assert today.kind is ReminderKind.DUE_TODAY
    assert json.loads(store.settings.get(SHOWN)) == [f"{card}:2026-03-05:due_soon"]


def test_old_shown_keys_are_forgotten(store, card):
    store.settings.set(SHOWN, json.dumps(["1:2024-01-01:overdue", "1:2026-01-01:due_today"]))
    reminders = ReminderService(store)
    reminders.mark_shown(reminders.new(TODAY), TODAY)
    assert json.loads(store.settings.get(SHOWN)) == ["1:2026-01-01:due_today", f"{card}:2026-03-05:due_soon"]


def test_days_before_setting(store, card):
    reminders = ReminderService(store)
    assert reminders.days_before() == reminders.days_before(card) == 3
    reminders.set_days_before(0)
    assert reminders.due(TODAY) == []  # off
    reminders.set_days_before(5, line_id=card)
    assert [r.days_left for r in reminders.due(date(2026, 3, 18))] == [5]
    reminders.set_days_before(None, line_id=card)
    assert reminders.days_before(card) == 0
    for bad in (-1, 32, 2.5, True):
        with pytest.raises(ValidationError) as exc:
            reminders.set_days_before(bad)
        assert exc.value.field == "days_before"
