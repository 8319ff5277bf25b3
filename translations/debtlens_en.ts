<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%1: overdue since %2 (%n day(s)), penalty so far %3</source>
        <translation>
            <numerusform>%1: overdue since %2 (%n day), penalty so far %3</numerusform>
            <numerusform>%1: overdue since %2 (%n days), penalty so far %3</numerusform>
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
    <name>PurchasesView</name>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message numerus="yes">
        <source>%n statement(s), %1 unpaid</source>
        <translation>
            <numerusform>%n statement, %1 unpaid</numerusform>
            <numerusform>%n statements, %1 unpaid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue for %n day(s); penalty interest so far %1.</source>
        <translation>
            <numerusform>Overdue for %n day; penalty interest so far %1.</numerusform>
            <numerusform>Overdue for %n days; penalty interest so far %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
