"""The monthly report on paper or as a PDF, through Qt's print support (``QTextDocument`` printed on a ``QPrinter`` or a
``QPdfWriter``).

A report (``services.monthly_report``) becomes an A4 document in the language in force: the overview's figures,
one row per credit line, the statements cut in the month, the payment calendar of the next months and the
overview's two charts. The charts are drawn with matplotlib into print-resolution images (``render_charts``, on any
thread: it makes no Qt call); the document itself is built and printed on the GUI thread (``build_document``,
``write_pdf``, ``print_report``). Amounts are never masked on paper: presentation mode hides them on a projector
only. The paper is always in the light theme.

Texts are translated under the ``ReportWriter`` context; the charts' texts are the overview's own
(``OverviewView``), so a chart reads the same on screen and on paper.
"""

from __future__ import annotations

import html
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QObject, QTranslator, QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.currency_totals import Amounts
from app.domain.statements import StatementStatus
from app.i18n import formatting as fmt
from app.services.monthly_report import CALENDAR_MONTHS, MonthlyReport
from app.ui import report_layout, theme
from app.ui.texts import labels
from app.domain import messages
from app.ui.charts.labels import DebtLoadLabels, MonthlyDueLabels

#: Each chart's size on paper, logical pixels of the document (96 a inch: 6.6 x 2.9 inches, the text's width),
#: drawn at ``CHART_RATIO`` device pixels per logical pixel (about 290 dots per inch on paper).
CHART_WIDTH, CHART_HEIGHT, CHART_RATIO = 630, 280, 3.0
#: The page margins, millimetres: none of the page layout's own, as ``QTextDocument.print`` sets the document 2 cm
#: from the edges of the printable area.
MARGIN_MM = 0.0
# Characters that keep a date on one line inside a sentence (``_day_in_text``).
WORD_JOINER, NO_BREAK_SPACE = "\u2060", "\u00a0"
#: The text's width on A4 (210 mm less 2 cm on each side, ``MARGIN_MM``) and the tables' font size, points.
TEXT_WIDTH_MM, TABLE_PT = 170.0, 8.5
#: PDF resolution, dots per inch (text stays text; this is the grid positions snap to).
PDF_DPI = 300


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _money(fen: int, currency: str = "CNY") -> str:
    return fmt.money(fen, currency, reveal=True)  # paper is the user's own: never masked


def _amounts(values: Amounts) -> str:
    return fmt.amounts(values, reveal=True)


@dataclass(frozen=True)
class ChartTexts:
    """The charts' translated texts (``charts.labels``), taken from the overview so both read the same."""

    monthly: MonthlyDueLabels
    debt: DebtLoadLabels


def chart_texts() -> ChartTexts:
    """The overview charts' texts in the language in force (GUI thread: translations are read here)."""
    def ov(text: str) -> str:
        return QCoreApplication.translate("OverviewView", text)

    return ChartTexts(
        MonthlyDueLabels(title=ov("Repayments due per month"), y_axis=ov("Amount due (¥)"),
                         income=ov("Monthly income"), empty=ov("Nothing due in the next 12 months"),
                         only=ov("lines in %1 only")),
        DebtLoadLabels(title=ov("Debt load over time"), y_axis=ov("Amount (¥)"), outstanding=ov("Owed"),
                       projected=ov("Owed (projected, bills paid on time)"), limit=ov("Total credit limit"),
                       today=ov("Today"), only=ov("lines in %1 only")))


def render_charts(report: MonthlyReport, texts: ChartTexts) -> list[bytes]:
    """The report's two charts as PNG images at print resolution, light theme, amounts shown (matplotlib; no Qt
    call, so any thread may run it)."""
    from app.ui.charts import debt_load_chart, monthly_due_chart, render

    tokens = theme.LIGHT

    def money(fen: int, currency: str = "CNY") -> str:
        return fmt.money_whole(fen, currency, reveal=True)

    income = report.overview.income_fen
    return [
        render.render(lambda canvas: monthly_due_chart.draw(canvas, report.monthly_due, income, texts.monthly,
                                                            tokens, fmt.month, money),
                      CHART_WIDTH, CHART_HEIGHT, CHART_RATIO, tokens).png,
        render.render(lambda canvas: debt_load_chart.draw(canvas, report.debt_load, texts.debt, tokens,
                                                          fmt.month, money),
                      CHART_WIDTH, CHART_HEIGHT, CHART_RATIO, tokens).png,
    ]


def _day(value: date) -> str:
    """A date on paper: the locale's medium format, unambiguous (``Jan 8, 2027`` / ``2027年1月8日``, never
    ``1/8/27``)."""
    return fmt.day(value, fmt="medium")


def _day_in_text(value: date) -> str:
    """``_day`` for a date inside a sentence: its spaces non-breaking and a word joiner (U+2060) between its other
    characters, so a line never breaks inside it (Qt breaks Chinese text between any two characters)."""
    return WORD_JOINER.join(_day(value).replace(" ", NO_BREAK_SPACE))


def _table(headers: list[str], rows: list[list[str]], right: AbstractSet[int] = frozenset(),
           tones: list[str | None] | None = None, nowrap: AbstractSet[int] = frozenset()) -> str:
    """A ruled table; the ``right`` columns (amounts, percentages, dates) align right; each column's share of the
    width comes from its header and cells (``report_layout.column_widths``: no header or word is broken, a header
    wraps only at its spaces); the ``nowrap`` columns (dates) never wrap their cells."""
    t = theme.LIGHT
    widths = dict(enumerate(report_layout.column_widths(headers, rows, TEXT_WIDTH_MM / 25.4 * _dpi(), _measure,
                                                        nowrap)))

    def attrs(i: int, cell: bool) -> str:
        width = "" if cell else f' width="{widths[i]}%"'
        keep = " white-space: nowrap;" if i in nowrap and cell else ""
        return f'align="{"right" if i in right else "left"}"{width} style="border-bottom: 1px solid {t.border};{keep}'

    head = "".join(f'<th {attrs(i, False)} background-color:{t.window};">{_e(report_layout.unbroken(h))}</th>'
                   for i, h in enumerate(headers))
    body = []
    for r, row in enumerate(rows):
        colour = {"danger": t.danger, "muted": t.muted}.get((tones or [None] * len(rows))[r] or "", t.text)
        cells = "".join(f'<td {attrs(i, True)} color:{colour};">{_e(report_layout.unbroken(c, report_layout.SHORT_WORD))}</td>'
                        for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return (f'<table width="100%" cellspacing="0" cellpadding="3" style="border-collapse: collapse; '
            f'font-size: {TABLE_PT}pt;"><thead><tr>{head}</tr></thead>{"".join(body)}</table>')


def _dpi() -> float:
    """The dots per inch the document is laid out in when printed (the screen's: ``QTextDocument.print_``)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInch() if screen is not None else 96.0


def _measure(text: str, bold: bool) -> float:
    """The width of ``text`` on one line in a table's font (bold for a header), pixels at ``_dpi``."""
    font = QFont()
    font.setPointSizeF(TABLE_PT)
    font.setBold(bold)
    return QFontMetricsF(font).horizontalAdvance(text)


class ReportWriter(QObject):
    """Builds the report's document; its texts are translated under this class's name (``self.tr``)."""

    def title(self, report: MonthlyReport) -> str:
        """``Monthly report · March 2026`` in the language in force."""
        return self.tr("Monthly report · %1").replace("%1", fmt.month(report.month))

    def _figures(self, report: MonthlyReport) -> str:
        d = report.overview  # every total per currency (one figure each, never added across currencies)
        rows = [[self.tr("Total owed"), _amounts(d.outstanding)],
                [self.tr("To repay in all, installment fees included"), _amounts(d.to_repay)],
                [self.tr("Total credit limit"), _amounts(d.limit)],
                [self.tr("Available credit"), _amounts(d.available)],
                [self.tr("Utilization (used ÷ credit limit)"),
                 fmt.per_currency([(code, fmt.percent(u)) for code, u in d.utilizations])]]
        load = report.load  # the overview's own debt-service ratio: the busiest of the next 12 months
        if load.dsr is not None and load.peak_month is not None:
            main = load.main_currency
            text = (self.tr("Debt-service ratio (busiest month %1: %2 due ÷ %3 income)")
                    .replace("%1", fmt.month(load.peak_month)).replace("%2", _money(load.peak_due_fen, main))
                    .replace("%3", _money(load.income_fen or 0, main)))
            if load.other_currencies:
                text += " " + QCoreApplication.translate(
                    "OverviewView", "Only the lines in %1 count; repayments in %2 are left out").replace(
                    "%1", main).replace("%2", fmt.names(list(load.other_currencies)))
            rows.append([text, fmt.percent(load.dsr)])
        if d.overdue:
            rows.append([self.tr("Overdue"), self.tr("%1 on %2 since %3").replace("%1", _amounts(d.overdue.nonzero()))
                         .replace("%2", fmt.names(list(d.overdue_lines)))
                         .replace("%3", _day_in_text(d.overdue_since) if d.overdue_since else "—")])
        up = d.upcoming
        rows.append([self.tr("Next payment due"), self.tr("%1 on %2 (%3)").replace("%1", _amounts(up.amounts))
                     .replace("%2", _day_in_text(up.due_date)).replace("%3", fmt.names(list(up.lines)))
                     if up is not None else self.tr("Nothing to repay")])
        return _table([self.tr("Figure"), self.tr("Amount")], rows, right={1})

    def _lines(self, report: MonthlyReport) -> str:
        rows = []
        for card in report.overview.cards:
            p, cur, due = card.position, card.line.currency, card.upcoming
            next_payment = (self.tr("%1 by %2").replace("%1", _money(due.amount_fen, cur))
                            .replace("%2", _day_in_text(due.due_date)) if due is not None else "—")
            rows.append([card.line.name, _money(p.limit_fen, cur), _money(p.outstanding_fen, cur),
                         _money(p.available_fen, cur), fmt.percent(p.utilization), next_payment])
        headers = [self.tr("Credit line"), self.tr("Credit limit"), self.tr("Used"), self.tr("Available"),
                   self.tr("Utilization"), self.tr("Next payment")]
        return _table(headers, rows, right={1, 2, 3, 4, 5})

    def _statements(self, report: MonthlyReport) -> str:
        if not report.statements:
            none = self.tr("No statement was cut this month.")  # outside the f-string, where lupdate finds it
            return f"<p>{_e(none)}</p>"
        rows, tones = [], []
        interest = any(row.statement.interest_fen for row in report.statements)  # a column only when there is some
        for row in report.statements:
            st, cur = row.statement, row.currency
            unpaid = (self.tr("%1 carried").replace("%1", _money(st.carried_fen, cur)) if st.carried_fen
                      else _money(st.unpaid_fen, cur))
            rows.append([row.line, _day(st.statement_date), _day(st.due_date),
                         _money(st.balance_fen, cur), _money(st.minimum_fen, cur), _money(st.paid_fen, cur), unpaid,
                         labels.statement_status(st)]
                        + ([_money(st.interest_fen, cur) if st.interest_fen else ""] if interest else []))
            tones.append("warning" if st.paid_late else "danger" if st.status is StatementStatus.OVERDUE
                         else "muted" if st.status is StatementStatus.UPCOMING else None)
        headers = [self.tr("Credit line"), self.tr("Statement date"), self.tr("Due date"), self.tr("Balance"),
                   self.tr("Minimum"), self.tr("Paid"), self.tr("Unpaid"), self.tr("Status")]
        if interest:
            headers.append(self.tr("Interest"))
        return _table(headers, rows, right={1, 2, 3, 4, 5, 6, 8}, tones=tones, nowrap={1, 2})

    def _calendar(self, report: MonthlyReport) -> str:
        if not report.upcoming:
            text = self.tr("Nothing is due in the next %n month(s).", "", CALENDAR_MONTHS)
            return f"<p>{_e(text.replace('%n', str(CALENDAR_MONTHS)))}</p>"
        rows = []
        for bill in report.upcoming:
            days = (bill.due_date - report.as_of).days
            when = self.tr("today") if days == 0 else self.tr("in %n day(s)", "", days).replace("%n", str(days))
            rows.append([_day(bill.due_date), bill.line, _money(bill.amount_fen, bill.currency),
                         _money(bill.minimum_left_fen, bill.currency), when])
        headers = [self.tr("Due date"), self.tr("Credit line"), self.tr("To pay"), self.tr("At least"),
                   self.tr("When")]
        return _table(headers, rows, right={0, 2, 3, 4}, nowrap={0})

    def build(self, report: MonthlyReport, charts: list[bytes], ledger: str) -> QTextDocument:
        """The report as a ``QTextDocument`` in the language in force: ``charts`` are the two PNG images of
        ``render_charts``; ``ledger`` names the file reported on (the first line says which ledger it is)."""
        t = theme.LIGHT
        note = self.tr("Projections assume every bill is paid in full on its due date and nothing new is bought.")
        as_of = self.tr("Figures as of %1").replace("%1", fmt.day(report.as_of))
        statements = self.tr("Statements of %1").replace("%1", fmt.month(report.month))
        document = QTextDocument()
        font = QFont()
        font.setPointSizeF(9.5)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title(report))
        for index, png in enumerate(charts):
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{index}"),
                                 QImage.fromData(png))  # the format is read from the data

        def h2(text: str, style: str = "") -> str:
            return f'<h2 style="font-size: 13pt;{style}">{_e(text)}</h2>'

        parts = [
            f'<p style="color:{t.muted}; font-size: 8pt;">DebtLens · 明白账 · {_e(ledger)}</p>',
            f'<h1 style="font-size: 18pt;">{_e(self.title(report))}</h1>',
            f'<p style="color:{t.muted};">{_e(as_of)}</p>',
            h2(self.tr("Overview")), self._figures(report),
            h2(self.tr("Credit lines")), self._lines(report),
            h2(statements), self._statements(report),
            h2(self.tr("Upcoming payments")), self._calendar(report),
            # the charts together on a page of their own: they fill one, and a heading never ends a page
            h2(self.tr("Charts"), " page-break-before: always;"),
            f'<p style="color:{t.muted}; font-size: 8pt;">{_e(note)}</p>',
        ]
        parts += [f'<p><img src="chart:{i}" width="{CHART_WIDTH}" height="{CHART_HEIGHT}"></p>'
                  for i in range(len(charts))]
        document.setHtml(f'<html><body style="color:{t.text};">{"".join(parts)}</body></html>')
        return document


def build_document(report: MonthlyReport, charts: list[bytes], ledger: str) -> QTextDocument:
    """The report as a ``QTextDocument`` in the language in force: ``charts`` are the two PNG images of
    ``render_charts``; ``ledger`` names the file reported on. GUI thread."""
    return ReportWriter().build(report, charts, ledger)


def title(report: MonthlyReport) -> str:
    """``Monthly report · March 2026`` in the language in force."""
    return ReportWriter().title(report)


def page_layout() -> QPageLayout:
    """A4 portrait with ``MARGIN_MM`` margins (the document keeps 2 cm from the printable area's edges)."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def print_report(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print ``document`` on ``device`` (a ``QPrinter`` the user chose, or a ``QPdfWriter``) on A4."""
    device.setPageLayout(page_layout())
    document.print_(device)


def pdf_bytes(document: QTextDocument) -> bytes:
    """``document`` printed as a PDF (A4), in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator("DebtLens")
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    print_report(document, writer)
    del writer  # ends the PDF
    return bytes(buffer.data().data())


def write_pdf(document: QTextDocument, path: Path) -> Path:
    """Write ``document`` as a PDF to ``path`` (replacing a file there), readable by the user only (it holds
    amounts), atomically: a failure leaves no half file and the file there as it was.

    Raises:
        ValidationError: the folder does not exist. ExportError: the disk refused the write.
    """
    from app.services.export_service import write_private

    return write_private(Path(path), pdf_bytes(document), overwrite=True)


def write_report_file(report: MonthlyReport, out: Path, lang: str, ledger: str, force: bool = False) -> Path:
    """The report as a PDF file without a window (``debtlens report``): Qt's offscreen platform when no
    application runs yet, the texts in ``lang`` (``"zh_CN"`` or ``"en"``) for this call only. An existing file at
    ``out`` is replaced when it is a PDF or with ``force``.

    Raises:
        ValidationError: ``out`` exists and is not a PDF (without ``force``), or its folder does not exist.
        ExportError: the disk refused the write.
    """
    from PySide6.QtWidgets import QApplication

    from app.domain.errors import ValidationError
    from app.services.export_service import write_private
    from app.ui.resources import translations_dir
    from app.ui.translations import LANGUAGES

    out = Path(out)
    if out.exists() and not force and not _is_pdf(out):
        raise ValidationError("out", str(out), messages.QT_TRANSLATE_NOOP(
                "Errors", "exists and is not a PDF; choose another name (or --force)"))
    # a QApplication (not only a QGuiApplication): a process that later opens a window can still do so
    app = QApplication.instance() or QApplication(["debtlens", "-platform", "offscreen"])
    previous = fmt.active_locale()
    translator = QTranslator()  # this call's language only: the process's own translators stay as they are
    # English too: its catalogue holds the plural forms ("in 21 days", not "in 21 day(s)")
    installed = translator.load(f"debtlens_{lang}", str(translations_dir()))
    if installed:
        app.installTranslator(translator)
    try:
        fmt.set_locale(LANGUAGES.get(lang, LANGUAGES["en"])[1])
        document = build_document(report, render_charts(report, chart_texts()), ledger)
        return write_private(out, pdf_bytes(document), overwrite=True)
    finally:
        if installed:
            app.removeTranslator(translator)
        fmt.set_locale(previous)


def _is_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(5) == b"%PDF-"
    except OSError:
        return False
