<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BillDecisionDialog</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum costs you is %n month(s) in debt.</source>
            <translation>
                <numerusform>Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum costs you is %n month in debt.</numerusform>
                <numerusform>Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum costs you is %n months in debt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n installment</numerusform>
                <numerusform>%n installments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarExporter</name>
        <message numerus="yes">
            <source>Saved %n due date(s) to %1: import it into your calendar app (exporting again updates the events).</source>
            <translation>
                <numerusform>Saved %n due date to %1: import it into your calendar app (exporting again updates the events).</numerusform>
                <numerusform>Saved %n due dates to %1: import it into your calendar app (exporting again updates the events).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n purchase(s) (%1)</source>
            <translation>
                <numerusform>%n purchase (%1)</numerusform>
                <numerusform>%n purchases (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refund(s) (%1)</source>
            <translation>
                <numerusform>%n refund (%1)</numerusform>
                <numerusform>%n refunds (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repayment(s) (%1)</source>
            <translation>
                <numerusform>%n repayment (%1)</numerusform>
                <numerusform>%n repayments (%1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadWarning</name>
        <message numerus="yes">
            <source>You allow yourself at most %n installment plan(s) at once: %1 running, this makes %2.</source>
            <translation>
                <numerusform>You allow yourself at most %n installment plan at once: %1 running, this makes %2.</numerusform>
                <numerusform>You allow yourself at most %n installment plans at once: %1 running, this makes %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinimumTrapView</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfferCheckView</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message numerus="yes">
            <source>across %n credit line(s)</source>
            <translation>
                <numerusform>across %n credit line</numerusform>
                <numerusform>across %n credit lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue on %1 since %2 (%n day(s)), late fees %3</source>
            <translation>
                <numerusform>Overdue on %1 since %2 (%n day), late fees %3</numerusform>
                <numerusform>Overdue on %1 since %2 (%n days), late fees %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue on %1 since %2 (%n day(s)), interest so far %3</source>
            <translation>
                <numerusform>Overdue on %1 since %2 (%n day), interest so far %3</numerusform>
                <numerusform>Overdue on %1 since %2 (%n days), interest so far %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: %1 due %2, in %n day(s)</source>
            <translation>
                <numerusform>Next: %1 due %2, in %n day</numerusform>
                <numerusform>Next: %1 due %2, in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: due %2, in %n day(s)</source>
            <translation>
                <numerusform>%1: due %2, in %n day</numerusform>
                <numerusform>%1: due %2, in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PayDateDialog</name>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n installment</numerusform>
                <numerusform>%n installments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PurchasesView</name>
        <message numerus="yes">
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n purchase</numerusform>
                <numerusform>%n purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Its %n refund(s), %1 in all, will be deleted with it.</source>
            <translation>
                <numerusform>Its %n refund, %1 in all, will be deleted with it.</numerusform>
                <numerusform>Its %n refunds, %1 in all, will be deleted with it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsBox</name>
        <message numerus="yes">
            <source> day(s) before</source>
            <translation>
                <numerusform> day before</numerusform>
                <numerusform> days before</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderTexts</name>
        <message numerus="yes">
            <source>%1: the bill of %2 is due in %n day(s), on %3: %4 to pay.</source>
            <translation>
                <numerusform>%1: the bill of %2 is due in %n day, on %3: %4 to pay.</numerusform>
                <numerusform>%1: the bill of %2 is due in %n days, on %3: %4 to pay.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: a pay-in-4 payment is due in %n day(s), on %2: %3 to pay.</source>
            <translation>
                <numerusform>%1: a pay-in-4 payment is due in %n day, on %2: %3 to pay.</numerusform>
                <numerusform>%1: a pay-in-4 payment is due in %n days, on %2: %3 to pay.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bill(s) need your attention</source>
            <translation>
                <numerusform>%n bill need your attention</numerusform>
                <numerusform>%n bills need your attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A bill is due in %n day(s)</source>
            <translation>
                <numerusform>A bill is due in %n day</numerusform>
                <numerusform>A bill is due in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message numerus="yes">
            <source>Nothing is due in the next %n month(s).</source>
            <translation>
                <numerusform>Nothing is due in the next %n month.</numerusform>
                <numerusform>Nothing is due in the next %n months.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementsView</name>
        <message numerus="yes">
            <source>%n payment due date(s), %1 unpaid</source>
            <translation>
                <numerusform>%n payment due date, %1 unpaid</numerusform>
                <numerusform>%n payment due dates, %1 unpaid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s), %1 unpaid</source>
            <translation>
                <numerusform>%n statement, %1 unpaid</numerusform>
                <numerusform>%n statements, %1 unpaid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Less than the minimum was paid by the due date: overdue for %n day(s).</source>
            <translation>
                <numerusform>Less than the minimum was paid by the due date: overdue for %n day.</numerusform>
                <numerusform>Less than the minimum was paid by the due date: overdue for %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not paid by the due date: overdue for %n day(s).</source>
            <translation>
                <numerusform>Not paid by the due date: overdue for %n day.</numerusform>
                <numerusform>Not paid by the due date: overdue for %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WishlistView</name>
        <message numerus="yes">
            <source>Waiting time: %n day(s), whatever the price.</source>
            <translation>
                <numerusform>Waiting time: %n day, whatever the price.</numerusform>
                <numerusform>Waiting time: %n days, whatever the price.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) from %1</source>
            <translation>
                <numerusform>%n day from %1</numerusform>
                <numerusform>%n days from %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
