"""The importers' English texts in the user's language: format names, event kinds, categories (their table is
``app.ui.categories``), and the reasons given for skipped rows, warnings, problems, notices and refused files.

Importers say why in English sentence fragments (``"paid with 余额宝, not 花呗"``); the known ones are listed
here with ``QT_TRANSLATE_NOOP`` (context ``ImportTexts``) and matched exactly or by pattern, the parts taken
from the file put back in. An unknown text is shown as it is (English), never hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import ValidationError
from app.importers import list_formats
from app.importers.records import NOT_A_STATEMENT, PURCHASE, REFUND, REPAYMENT
from app.ui import categories, errors

CONTEXT = "ImportTexts"

_FORMATS = {
    "Alipay app statement (2023+)": QT_TRANSLATE_NOOP("ImportTexts", "Alipay app statement (2023+)"),
    "Alipay app statement (2021–22)": QT_TRANSLATE_NOOP("ImportTexts", "Alipay app statement (2021–22)"),
    "Alipay PC-web export (legacy)": QT_TRANSLATE_NOOP("ImportTexts", "Alipay PC-web export (legacy)"),
    "WeChat Pay bill (CSV)": QT_TRANSLATE_NOOP("ImportTexts", "WeChat Pay bill (CSV)"),
    "WeChat Pay bill (Excel)": QT_TRANSLATE_NOOP("ImportTexts", "WeChat Pay bill (Excel)"),
    "JD (京东) bill export: 白条 rows": QT_TRANSLATE_NOOP("ImportTexts", "JD (京东) bill export: 白条 rows"),
    "Meituan (美团) bill export: 月付 rows": QT_TRANSLATE_NOOP("ImportTexts", "Meituan (美团) bill export: 月付 rows"),
    "OFX / QFX credit-card statement (1.x SGML, 2.x XML)":
        QT_TRANSLATE_NOOP("ImportTexts", "OFX / QFX credit-card statement (1.x SGML, 2.x XML)"),
    "QIF credit-card export": QT_TRANSLATE_NOOP("ImportTexts", "QIF credit-card export"),
    "Typed purchases (date,merchant,category,amount,installments)":
        QT_TRANSLATE_NOOP("ImportTexts", "Typed purchases (date,merchant,category,amount,installments)"),
}
_BANK_CSV = QT_TRANSLATE_NOOP("ImportTexts", "%1 credit-card CSV")
_KINDS = {
    PURCHASE: QT_TRANSLATE_NOOP("ImportTexts", "Purchase"),
    REFUND: QT_TRANSLATE_NOOP("ImportTexts", "Refund"),
    REPAYMENT: QT_TRANSLATE_NOOP("ImportTexts", "Repayment"),
}
_INSTALLMENTS = QT_TRANSLATE_NOOP("ImportTexts", "Purchase in %1 installments")
_EXACT = [
    QT_TRANSLATE_NOOP("ImportTexts", "交易关闭 with no refund row: never paid"),
    QT_TRANSLATE_NOOP("ImportTexts", "income, not a purchase on the line"),
    QT_TRANSLATE_NOOP("ImportTexts", "income, not a purchase"),
    QT_TRANSLATE_NOOP("ImportTexts", "amount is 0.00: no money moved"),
    QT_TRANSLATE_NOOP("ImportTexts", "no purchase named for this refund: credited unlinked"),
    QT_TRANSLATE_NOOP("ImportTexts", "the refunded purchase is not in this file or the ledger: credited unlinked"),
    QT_TRANSLATE_NOOP("ImportTexts", "the refunded purchase is not in this file"),
    QT_TRANSLATE_NOOP("ImportTexts", "the refunded purchase is not in this bill"),
    QT_TRANSLATE_NOOP("ImportTexts", "closed after a refund: recorded with its refund row"),
    QT_TRANSLATE_NOOP("ImportTexts", "the file is empty"),
    QT_TRANSLATE_NOOP("ImportTexts", "the file is truncated: it ends in the middle of a character"),
    QT_TRANSLATE_NOOP("ImportTexts", "it is a binary file, not text"),
    QT_TRANSLATE_NOOP("ImportTexts", "it is a PDF; export the statement as CSV, Excel or OFX instead"),
    QT_TRANSLATE_NOOP("ImportTexts", "it is a legacy .xls or a password-protected Excel file: open it and save it "
                                     "as .xlsx or CSV"),
    QT_TRANSLATE_NOOP("ImportTexts", "it is a zip archive (wallets e-mail the bill as a password-protected zip): "
                                     "extract the .csv or .xlsx inside it first"),
    QT_TRANSLATE_NOOP("ImportTexts", "its text is neither UTF-8 nor GBK/GB18030 and its encoding cannot be "
                                     "recognised"),
    QT_TRANSLATE_NOOP("ImportTexts", "only a CSV text file can be read with a column profile"),
    QT_TRANSLATE_NOOP("ImportTexts", "no row with two or more columns: not a table"),
    QT_TRANSLATE_NOOP("ImportTexts", "the dates mix day-first and month-first; read as month-first"),
    QT_TRANSLATE_NOOP("ImportTexts", "is not a date and time"),
    QT_TRANSLATE_NOOP("ImportTexts", "is not a date"),
    QT_TRANSLATE_NOOP("ImportTexts", "is not a valid date"),
    QT_TRANSLATE_NOOP("ImportTexts", "has a misplaced thousands separator"),
    QT_TRANSLATE_NOOP("ImportTexts", "must not be zero"),
    QT_TRANSLATE_NOOP("ImportTexts", "choose a column"),
    QT_TRANSLATE_NOOP("ImportTexts", "name an amount column, or debit and/or credit columns"),
    QT_TRANSLATE_NOOP("ImportTexts", "name either an amount column or debit/credit columns, not both"),
    QT_TRANSLATE_NOOP("ImportTexts", "not yet posted (尚未入账): it comes back, posted, in a later statement"),
    QT_TRANSLATE_NOOP("ImportTexts", "two-digit years were read as 2000–2069 (00–69) and 1970–1999 (70–99): check "
                                     "the dates"),
    QT_TRANSLATE_NOOP("ImportTexts", "this QIF file is a debit account's (!Type:Bank or !Type:Cash), not a credit "
                                     "card's (!Type:CCard): DebtLens tracks credit lines; its deposits are not "
                                     "refunds and its payments are not purchases on a card"),
    QT_TRANSLATE_NOOP("ImportTexts", "payment method unknown: the Alipay PC-web export has no 收/付款方式 column"),
    QT_TRANSLATE_NOOP("ImportTexts", "the PC-web export has no payment-method column: nothing shows this payment was "
                                     "made with credit"),
    QT_TRANSLATE_NOOP("ImportTexts", "the Alipay PC-web export does not say which payments were made with credit (it "
                                     "has no payment-method column), so none is put on the line; if every payment "
                                     "in it was charged to this line, say so: --all-on-line, or the box in the "
                                     "import window"),
    QT_TRANSLATE_NOOP("ImportTexts", "DebtLens reads Alipay, WeChat Pay, JD (白条) and Meituan (月付) bills, CMB, "
                                     "ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB and Chase credit-card CSVs (or "
                                     ".xls/.xlsx), OFX/QFX and QIF card statements, and typed purchases "
                                     "(date,merchant,category,amount,installments)"),
    QT_TRANSLATE_NOOP("ImportTexts", "it is a password-protected Excel file: open it, remove the password and save "
                                     "it as .xlsx or CSV"),
    QT_TRANSLATE_NOOP("ImportTexts", "JD Baitiao (京东白条)"),
    QT_TRANSLATE_NOOP("ImportTexts", "Meituan Yuefu (美团月付)"),
]
_PATTERNS = [
    (r"^Bills of these purchases were due before today \((\d+), the first on (\S+)\) and no repayment after them is "
     r"on record: they will show as overdue, with penalty interest\. If you paid them, also import the export of "
     r"the following months, or record those repayments\.$",
     QT_TRANSLATE_NOOP("ImportTexts", "Bills of these purchases were due before today (%1, the first on %2) and no "
                       "repayment after them is on record: they will show as overdue, with penalty interest. If "
                       "you paid them, also import the export of the following months, or record those "
                       "repayments.")),
    (r"^These are the (.+) rows of the file, and (.+) is a credit card: import them onto a (.+) line \(the line "
     r"dialog has a preset for it\)\.$",
     QT_TRANSLATE_NOOP("ImportTexts", "These are the %1 rows of the file, and %2 is a credit card: import them onto a "
                                      "%3 line (the line dialog has a preset for it).")),
    (r"^These purchases \((.+)\) are (.+) over your (.+) available on (.+)\.$",
     QT_TRANSLATE_NOOP("ImportTexts", "These purchases (%1) are %2 over your %3 available on %4.")),
    (r"^pays the bill of (\S+), from before the first purchase on record: kept, but not counted against later "
     r"bills$", QT_TRANSLATE_NOOP("ImportTexts", "pays the bill of %1, from before the first purchase on record: "
                                  "kept, but not counted against later bills")),
    (r"^paid with (.+), money borrowed on (.+): the debt moves there; marked as repaid from that line$",
     QT_TRANSLATE_NOOP("ImportTexts", "paid with %1, money borrowed on %2: the debt moves there; marked as repaid "
                                      "from that line")),
    (r"^paid with (.+), borrowed money: the debt moves to that card or line rather than being repaid$",
     QT_TRANSLATE_NOOP("ImportTexts", "paid with %1, borrowed money: the debt moves to that card or line rather "
                                      "than being repaid")),
    (r"^paid with (.+), not (.+)$", QT_TRANSLATE_NOOP("ImportTexts", "paid with %1, not %2")),
    (r"^refund to (.+), not (.+)$", QT_TRANSLATE_NOOP("ImportTexts", "refunded to %1, not %2")),
    (r"^(.+): (.+) paid with (.+), not a purchase on the line$",
     QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 paid with %3, not a purchase on the line")),
    (r"^income \((.+)\), not on the card$", QT_TRANSLATE_NOOP("ImportTexts", "income (%1), not on the card")),
    (r"^income \((.+)\), not a purchase on the line$",
     QT_TRANSLATE_NOOP("ImportTexts", "income (%1), not a purchase on the line")),
    (r"^(.+): (.+) with (.+), not on the line$", QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 with %3, not on the line")),
    (r"^a repayment of (.+), not of (.+)$", QT_TRANSLATE_NOOP("ImportTexts", "a repayment of %1, not of %2")),
    (r"^(.+) \((.*)\), not a purchase, refund or repayment$",
     QT_TRANSLATE_NOOP("ImportTexts", "%1 (%2), not a purchase, refund or repayment")),
    (r"^the amount was printed with (.+): kept at the amount paid; the refund is its own row$",
     QT_TRANSLATE_NOOP("ImportTexts", "the amount was printed with %1: kept at the amount paid; the refund is its "
                                      "own row")),
    (r"^in (.+): a dual-currency card bills it on its own (\S+) statement; this file is read in (\S+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "in %1: a dual-currency card bills it on its own %2 statement; this file is "
                                      "read in %3")),
    (r"^does not start with a known type \((.+)\)$",
     QT_TRANSLATE_NOOP("ImportTexts", "does not start with a known type (%1)")),
    (r"^is in (\S+), not (\S+): enter it by hand in the line's currency, or import it onto a line in that "
     r"currency$",
     QT_TRANSLATE_NOOP("ImportTexts", "is in %1, not %2: enter it by hand in the line's currency, or import it onto "
                                      "a line in that currency")),
    (r"^the legacy Excel \(\.xls\) workbook cannot be read \((.+)\)$",
     QT_TRANSLATE_NOOP("ImportTexts", "the legacy Excel (.xls) workbook cannot be read (%1)")),
    (r"^neutral (.+) paid with (.+), not on the card$",
     QT_TRANSLATE_NOOP("ImportTexts", "%1 (neither income nor spending) paid with %2, not on the card")),
    (r"^repayment of another card \((.+)\), not (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "repayment of another card (%1), not %2")),
    (r"^repayment not completed \((?:status )?(.+)\)$",
     QT_TRANSLATE_NOOP("ImportTexts", "repayment not completed (%1)")),
    (r"^(?:purchase|payment) not completed \((?:status )?(.+)\)$",
     QT_TRANSLATE_NOOP("ImportTexts", "payment not completed (%1)")),
    (r"^account (.+) is not the tracked card$", QT_TRANSLATE_NOOP("ImportTexts", "account %1 is not the chosen card")),
    (r"^amount is in (\S+), the line is in (\S+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "the amount is in %1, the credit line is in %2")),
    (r"^installment period (\d+) of (\d+): a monthly part of a plan, not a new purchase$",
     QT_TRANSLATE_NOOP("ImportTexts", "installment period %1 of %2: a monthly part of a plan, not a new purchase")),
    (r"^several (.+) credit cards appear in this bill: check that this repayment is for (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "several %1 credit cards appear in this bill: check that this repayment is "
                                      "for %2")),
    (r"^the text encoding was guessed as (\S+): check that names read correctly$",
     QT_TRANSLATE_NOOP("ImportTexts", "the text encoding was guessed as %1: check that names read correctly")),
    (r"^choose the credit card to import: (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "choose the credit card to import: %1")),
    (r"^this file holds several cards: choose one of (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "this file holds several cards: choose one of %1")),
    (r"^(.+) does not appear in this bill$", QT_TRANSLATE_NOOP("ImportTexts", "%1 does not appear in this bill")),
    (r"^account (.+) is not in this file$", QT_TRANSLATE_NOOP("ImportTexts", "account %1 is not in this file")),
    (r"^no row was paid with (.+); payment methods in this file: (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "no row was paid with %1; payment methods in this file: %2")),
    (r"^the row has (\d+) fields, expected (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "the row has %1 fields, expected %2")),
    (r"^no known column header in its first (\d+) lines .*set up a CSV profile$",
     QT_TRANSLATE_NOOP("ImportTexts", "no known column header in its first %1 lines (DebtLens reads Alipay, WeChat "
                                      "Pay, JD, Meituan, CMB, ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB and Chase "
                                      "exports); for another bank's CSV, map its columns below")),
    (r"^it looks like an Alipay 记账本 \(cash-book\) export.*$",
     QT_TRANSLATE_NOOP("ImportTexts", "it looks like an Alipay 记账本 (cash-book) export; export the transaction "
                                      "statement instead: 我的 → 账单 → … → 开具交易流水证明 → 用于个人对账")),
    (r"^it mentions Alipay but has no transaction header.*$",
     QT_TRANSLATE_NOOP("ImportTexts", "it mentions Alipay but has no transaction header (交易时间,交易分类,…); the "
                                      "file may be truncated")),
    (r"^it mentions WeChat Pay but has no transaction header.*$",
     QT_TRANSLATE_NOOP("ImportTexts", "it mentions WeChat Pay but has no transaction header (交易时间,交易类型,…); "
                                      "the file may be truncated")),
    (r"^it looks like a debit-card statement \((.+)\): DebtLens tracks credit lines \(credit cards, Huabei, "
     r"pay-later\), not bank accounts; (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "it looks like a debit-card statement (%1): DebtLens tracks credit lines "
                                      "(credit cards, Huabei, pay-later), not bank accounts; %2")),
    (r"^its header lines say (.+)$", QT_TRANSLATE_NOOP("ImportTexts", "its header lines say %1")),
    (r"^a running balance column, (.+)$", QT_TRANSLATE_NOOP("ImportTexts", "a running balance column, %1")),
    (r"^it looks like a (Meituan \(美团\)|JD \(京东\)) file, but its columns \((.+)\) are not those of the bill "
     r"export DebtLens reads \(交易创建时间,…,实付金额 for Meituan; 交易时间,…,收/付款方式 for JD\); its rows mix payment "
     r"methods, so a column mapping would put every payment on the line; (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "it looks like a %1 file, but its columns (%2) are not those of the bill export "
                                      "DebtLens reads (交易创建时间,…,实付金额 for Meituan; 交易时间,…,收/付款方式 for "
                                      "JD); its rows mix payment methods, so a column mapping would put every "
                                      "payment on the line; %3")),
    (r"^it looks like a bank card CSV with columns (.+), a layout without a preset: map them in the CSV mapping "
     r"editor; (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "it looks like a bank card CSV with columns %1, a layout without a preset: "
                                      "map them in the CSV mapping editor; %2")),
    (r"^it looks like an Alipay file, but its columns \((.+)\) are not those of the transaction bill "
     r"\(交易时间,…\); (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "it looks like an Alipay file, but its columns (%1) are not those of the "
                                      "transaction bill (交易时间,…); %2")),
    (r"^it looks like a WeChat Pay file, but its columns \((.+)\) are not those of the transaction bill "
     r"\(交易时间,…\); (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "it looks like a WeChat Pay file, but its columns (%1) are not those of the "
                                      "transaction bill (交易时间,…); %2")),
    (r"^its header \((.+)\) names no date and amount columns, so it is no statement; (.+); for another bank's CSV, "
     r"map its columns in the CSV mapping editor$",
     QT_TRANSLATE_NOOP("ImportTexts", "its header (%1) names no date and amount columns, so it is no statement; %2; "
                                      "for another bank's CSV, map its columns in the CSV mapping editor")),
    (r"^!Type:(\S+) section: a debit account, not the credit card$",
     QT_TRANSLATE_NOOP("ImportTexts", "!Type:%1 section: a debit account, not the credit card")),
    (r"^not readable as CSV (?:near|at) line (\d+): (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "not readable as CSV near line %1: %2")),
    (r"^" + re.escape(NOT_A_STATEMENT) + r": (.+)$",
     QT_TRANSLATE_NOOP("ImportTexts", "not an Alipay/WeChat/OFX/QIF/bank CSV statement: %1")),
]
_COMPILED = [(re.compile(pattern, re.DOTALL), template) for pattern, template in _PATTERNS]
_GOT = re.compile(r"^(.*) \(got (.*)\)$", re.DOTALL)
_GOT_TEMPLATE = QT_TRANSLATE_NOOP("ImportTexts", "%1 (got %2)")


def tr(text: str) -> str:
    """Translate an ``ImportTexts`` source text."""
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: object) -> str:
    """Put ``values`` into ``%1``, ``%2`` … of a translated ``template`` (highest number first, so ``%1`` never
    eats the start of ``%10``)."""
    for i in range(len(values), 0, -1):
        template = template.replace(f"%{i}", str(values[i - 1]))
    return template


def format_name(key: str) -> str:
    """The name of a detected format (``ImportPreview.format``) for people."""
    for info in list_formats():
        if info.key == key and info.label in _FORMATS:
            return tr(_FORMATS[info.label])
    if key.startswith("bank_csv:"):
        name = key.split(":", 1)[1]
        preset = next((f for f in list_formats() if f.key == key), None)
        if preset is not None:
            name = preset.label.removesuffix(" credit-card CSV")
        return fill(tr(_BANK_CSV), name)
    return key


def kind(value: str, installments: int = 1) -> str:
    """``"purchase"``/``"refund"``/``"repayment"`` for people (an installment purchase says how many)."""
    if value == PURCHASE and installments > 1:
        return fill(tr(_INSTALLMENTS), installments)
    return tr(_KINDS.get(value, value))


def category(value: str) -> str:
    """A DebtLens category (``"Dining"``) for people (``app.ui.categories``: one table for every view)."""
    return categories.name(value)


def reason(text: str) -> str:
    """An importer's reason, warning or notice in the active language (unknown texts are returned as they are)."""
    if text in _EXACT:
        return tr(text)
    for pattern, template in _COMPILED:
        match = pattern.match(text)
        if match:
            return fill(tr(template), *(reason(g) for g in match.groups()))
    return text


def problem(field: str, text: str) -> str:
    """A problem's reason: ``"is not a number (got 'abc')"`` with the reason translated like form errors."""
    match = _GOT.match(text)
    core, got = (match.group(1), match.group(2)) if match else (text, None)
    translated = errors.reason(ValidationError(field, got, core))
    if translated == core:
        translated = reason(core)
    return fill(tr(_GOT_TEMPLATE), translated, got) if got is not None else translated
