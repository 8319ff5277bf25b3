"""Printable workshop handouts: a scenario on a few A4 pages, in Chinese or English (a PDF, drawn with matplotlib).

The handout is what the room keeps: the story (title, summary, persona, credit lines and their terms, the
timeline), the figures the engine computes for it (every bill with its minimum, what each installment plan, loan
offer or carried balance really costs), the lessons, a blank debt log to fill in by hand and a quiz made from the
story's moments, taken before and after the class. The answer key comes last, on its own page, so the trainer can
keep it back when printing.

Every figure comes from the scenario's own ledger (``build.build_scenario``), as of the scenario's end. Money is
int fen, shown through ``app.i18n.formatting``; float only ever appears as a chart coordinate.

No Qt here: ``debtlens workshop export`` runs without a display. matplotlib is used without pyplot (a bare
``Figure`` saved through ``PdfPages``), so it works with any backend, Agg included. The handout's own headings are
document texts like the scenario's, so they live in ``LABELS`` below (both languages), not in the Qt translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages

from app.i18n import formatting as fmt
from app.services.queries import QueryService
from app.services.true_cost import option_for_line, revolving_rate
from app.storage.repositories import Store
from app.workshop.handout_labels import label
from app.workshop.page_layout import Pages
from app.workshop.print_style import (
    ACCENT,
    BODY,
    BOTTOM,
    CONTENT_W,
    LEFT,
    MUTED,
    PAD_X,
    PAGE_H,
    RULE,
    SMALL,
    TITLE,
    TOP,
    day,
    locale_code,
    money,
    print_style,
)
from app.workshop.scenario import Scenario, ScenarioLine

#: Choices are lettered, as the window's workshop bar letters them.
LETTERS = "ABCDEF"
#: Blank rows of the debt log.
DEBT_LOG_ROWS = 12
#: A bill calendar longer than this is set in two columns side by side (a short one in one narrow column).
CALENDAR_SPLIT_ROWS = 6

# --- what the engine says -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bill:
    """An issued bill of the story: ``balance_fen`` asked by ``due_date``, of which ``minimum_fen`` keeps the
    line current (fen)."""

    due_date: date
    statement_date: date
    line: str
    balance_fen: int
    minimum_fen: int


def bills(store: Store, scenario: Scenario) -> list[Bill]:
    """Every non-empty bill issued up to ``scenario.end`` on every line of ``store`` (the ledger
    ``build_scenario`` wrote), computed by the statements engine as of ``scenario.end``; sorted by due date,
    then line order."""
    queries = QueryService(store)
    order = {sl.line.name: i for i, sl in enumerate(scenario.lines)}
    found = []
    for line in store.lines.all(include_archived=True):
        for st in queries.line_statements(line.saved_id, scenario.end).issued():
            if st.balance_fen > 0:
                found.append(Bill(st.due_date, st.statement_date, line.name, st.balance_fen, st.minimum_fen))
    found.sort(key=lambda b: (b.due_date, order.get(b.line, len(order))))
    return found


@dataclass(frozen=True)
class CostRow:
    """A row of the true-cost table: what (text), the amount (fen, ``None``: not one amount), the fee or interest
    (fen), the yearly rate and the compounded one (fractions; ``None``: not given for this kind)."""

    what: str
    amount_fen: int | None
    cost_fen: int
    rate: Decimal
    compounded: Decimal | None


def true_costs(store: Store, scenario: Scenario, lang: str) -> list[CostRow]:
    """What each way of borrowing in the story costs, as the engine computes it: every installment purchase
    (``services.true_cost.option_for_line``: the fee and the IRR-based APR and EAR), every loan offer (the PBOC
    2021 annualized rate, ``Offer.annualized_rate``), and every line that posted interest by the end (the interest
    posted, the daily rate × 365 and compounded daily).

    Raises:
        ValidationError: an installment purchase the line has no fee for (``build_scenario`` refuses it first).
    """
    rows = []
    lines = {sl.line.name: sl.line for sl in scenario.lines}
    for p in sorted(scenario.purchases, key=lambda p: p.on):
        if p.installments <= 1:
            continue
        option = option_for_line(lines[p.line], p.amount_fen, p.on, p.installments, p.fee_rate)
        merchant = p.merchant.get(lang)
        what = (label("cost_installments", lang, merchant=merchant, line=p.line, n=p.installments) if merchant
                else label("cost_installments_plain", lang, line=p.line, n=p.installments))
        rows.append(CostRow(what, p.amount_fen, option.total_fee_fen, option.rate.apr, option.rate.ear))
    for offer in scenario.offers:
        what = label("cost_offer", lang, name=offer.name.get(lang), received=money(offer.received_fen, lang))
        rows.append(CostRow(what, offer.contract_fen, offer.cost_fen, offer.annualized_rate(), None))
    queries = QueryService(store)
    for line in store.lines.all(include_archived=True):
        interest = sum(st.interest_fen for st in queries.line_statements(line.saved_id, scenario.end).issued())
        if interest > 0:
            revolving = revolving_rate(line)
            what = label("cost_revolving", lang, line=line.name, day=day(scenario.end, lang))
            rows.append(CostRow(what, None, interest, revolving.apr, revolving.annual.compounded_daily))
    return rows


# --- the handout ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Handout:
    """A written handout: the PDF's ``path`` and, per page, every text placed on it in order."""

    path: Path
    pages: tuple[tuple[str, ...], ...]

    @property
    def page_count(self) -> int:
        """Pages in the PDF."""
        return len(self.pages)

    def text(self) -> str:
        """Every text of the handout, one per line, page after page."""
        return "\n".join("\n".join(page) for page in self.pages)


def _pct(fraction: Decimal, lang: str) -> str:
    """A rate with the decimals it has, at most two: ``10%``, ``8.8%``, ``18.25%``, ``15.86%``."""
    exponent = (fraction * 100).normalize().as_tuple().exponent
    decimals = min(2, max(0, -exponent)) if isinstance(exponent, int) else 2
    return fmt.percent(fraction, locale=locale_code(lang), decimals=decimals)


def _line_terms(sl: ScenarioLine, lang: str) -> list[str]:
    line = sl.line
    rate = revolving_rate(line)
    minimum = _pct(line.min_payment_rate, lang) if line.min_payment_rate > 0 else label("minimum_none", lang)
    kind = label(f"kind.{line.kind.value}", lang)
    name = line.name if kind == line.name else label("line_kind", lang, name=line.name, kind=kind)
    return [name, money(sl.limit_fen, lang),
            label("days_value", lang, s=line.statement_day, d=line.due_day), minimum,
            label("daily_rate_value", lang, d=_pct(rate.daily_rate, lang), y=_pct(rate.apr, lang)),
            label(f"policy.{sl.policy}", lang)]


def _timeline(scenario: Scenario, lang: str) -> list[tuple[date, int, str, str]]:
    """``(date, order within the day, type, text)`` of everything that happens in the story, by date."""
    items: list[tuple[date, int, str, str]] = []
    for p in scenario.purchases:
        text = label("purchase", lang, line=p.line, amount=money(p.amount_fen, lang))
        if p.merchant.get(lang):
            text += label("purchase_at", lang, merchant=p.merchant.get(lang))
        if p.installments > 1:
            text += (label("purchase_split", lang, n=p.installments, rate=_pct(p.fee_rate, lang))
                     if p.fee_rate is not None else label("purchase_split_preset", lang, n=p.installments))
        items.append((p.on, 2, label("t.purchase", lang), text))
    for r in scenario.repayments:
        text = label("repayment", lang, line=r.line, amount=money(r.amount_fen, lang))
        if r.funded_by:
            text += label("funded_by", lang, line=r.funded_by)
        items.append((r.on, 3, label("t.repayment", lang), text))
    for c in scenario.limit_changes:
        items.append((c.on, 1, label("t.limit", lang),
                      label("limit_change", lang, line=c.line, amount=money(c.limit_fen, lang))))
    for e in scenario.events:
        items.append((e.on, 0, label("t.event", lang), label("event", lang, title=e.title.get(lang),
                                                              text=e.text.get(lang))))
    for o in scenario.offers:
        items.append((o.start, 1, label("t.offer", lang),
                      label("offer", lang, name=o.name.get(lang), contract=money(o.contract_fen, lang),
                            received=money(o.received_fen, lang), repay=money(o.repay_fen, lang),
                            day=day(o.repay_on, lang))))
    if scenario.recovery is not None:
        items.append((scenario.recovery.start, 4, label("t.recovery", lang),
                      label("recovery", lang, budget=money(scenario.recovery.budget_fen, lang))))
    for i, m in enumerate(scenario.moments, 1):
        items.append((m.on, 5, label("t.moment", lang), label("moment", lang, i=i, question=m.question.get(lang))))
    items.sort(key=lambda item: (item[0], item[1]))
    return items


def _story_pages(doc: Pages, scenario: Scenario, lang: str) -> None:
    """Title, summary, persona, credit lines, timeline."""
    doc.put(LEFT, doc.y + SMALL / 72, label("kicker", lang), SMALL, color=MUTED)
    doc.y += doc.line_height(SMALL) + 0.05
    doc.paragraph(scenario.title.get(lang), TITLE, weight=doc.bold, after=0.08)
    doc.paragraph(scenario.summary.get(lang), 10.5, after=0.04)
    doc.paragraph(label("made_up", lang), SMALL, color=MUTED, after=0.0)

    p = scenario.persona
    doc.heading(label("persona", lang))
    rows = [[label("name", lang), label("name_value", lang, name=p.name.get(lang), n=p.age)],
            [label("situation", lang), p.situation.get(lang)],
            [label("income", lang), label("income_value", lang, amount=money(p.monthly_income_fen, lang),
                                          d=p.pay_day)]]
    doc.table([("", 0, "left"), ("", -1, "left")], rows, size=BODY, header=False, label_column=True)

    doc.heading(label("lines", lang))
    widths = [0, 0, 0, 0, -1, -1]
    titles = ["line", "limit", "days", "minimum_rate", "daily_rate", "policy"]
    aligns = ["left", "right", "left", "right", "left", "left"]
    doc.table([(label(t, lang), w, a) for t, w, a in zip(titles, widths, aligns, strict=True)],
              [_line_terms(sl, lang) for sl in scenario.lines])

    doc.heading(label("timeline", lang))
    rows = [[day(on, lang), kind, text] for on, _, kind, text in _timeline(scenario, lang)]
    doc.table([(label("date", lang), 0, "left"), (label("type", lang), 0, "left"),
               (label("detail", lang), -1, "left")], rows)


def _figures_pages(doc: Pages, store: Store, scenario: Scenario, lang: str) -> None:
    """Repayment calendar, true cost, lessons."""
    doc.heading(label("calendar", lang))
    doc.paragraph(label("calendar_intro", lang, day=day(scenario.end, lang)), BODY, after=0.08)
    rows = [[day(b.due_date, lang), b.line, money(b.balance_fen, lang), money(b.minimum_fen, lang)]
            for b in bills(store, scenario)]
    if not rows:
        doc.paragraph(label("no_bills", lang), BODY, color=MUTED)
    titles = [(label("due", lang), "left"), (label("line", lang), "left"), (label("bill", lang), "right"),
              (label("minimum", lang), "right")]
    gap = 0.2
    half = (CONTENT_W - gap) / 2
    split = (len(rows) + 1) // 2
    split_height = (split + 1) * (doc.line_height(SMALL) + 0.09)  # rows and header, one line each
    if len(rows) > CALENDAR_SPLIT_ROWS and split_height <= PAGE_H - TOP - BOTTOM:
        # two tables side by side: four narrow columns leave half the page free, and a three-year story has three
        # dozen bills, which would otherwise fill a page; one set of widths for both, so their columns line up
        columns = doc.fit([(t, w, a) for (t, a), w in zip(titles, (0, -1, 0, 0), strict=True)], rows, SMALL,
                          PAD_X, width=half)
        doc.ensure(split_height)
        top = doc.y
        doc.table(columns, rows[:split], width=half)
        left_end, doc.y = doc.y, top
        doc.table(columns, rows[split:], x=LEFT + half + gap, width=half)
        doc.y = max(doc.y, left_end)
    elif rows:
        doc.table([(t, w, a) for (t, a), w in zip(titles, (0, -1, 0, 0), strict=True)], rows, width=half)

    doc.heading(label("true_cost", lang))
    costs = true_costs(store, scenario, lang)
    if costs:
        rows = [[c.what, money(c.amount_fen, lang) if c.amount_fen is not None else "—",
                 money(c.cost_fen, lang), _pct(c.rate, lang),
                 _pct(c.compounded, lang) if c.compounded is not None else "—"] for c in costs]
        doc.table([(label("what", lang), -1, "left"), (label("amount", lang), 0, "right"),
                   (label("fee", lang), 0, "right"), (label("apr", lang), 0, "right"),
                   (label("effective", lang), 0, "right")], rows)
        doc.y += 0.06
        doc.paragraph(label("cost_note", lang), SMALL, color=MUTED)
    else:
        doc.paragraph(label("no_cost", lang), BODY, color=MUTED)

    if scenario.lessons:
        doc.heading(label("lessons", lang), keep_with=0.4)
        for lesson in scenario.lessons:
            lines = doc.wrap(lesson.get(lang), CONTENT_W - 0.25, BODY + 0.5)
            for k, line in enumerate(lines):
                doc.ensure(doc.line_height(BODY + 0.5))
                if k == 0:
                    doc.put(LEFT + 0.05, doc.y + (BODY + 0.5) / 72, "•", BODY + 0.5, "bold", ACCENT)
                doc.put(LEFT + 0.25, doc.y + (BODY + 0.5) / 72, line, BODY + 0.5)
                doc.y += doc.line_height(BODY + 0.5)
            doc.y += 0.06


def _worksheet_pages(doc: Pages, scenario: Scenario, lang: str) -> None:
    """The blank debt log and the quiz (no answers)."""
    doc.heading(label("debt_log", lang))
    doc.paragraph(label("debt_log_intro", lang), BODY, after=0.08)
    keys = ["log_date", "log_line", "log_borrowed", "log_due", "log_repaid", "log_owed"]
    widths = [-1, -1, -1.15, -1, -1.15, -1.15]
    doc.table([(label(k, lang), w, "left") for k, w in zip(keys, widths, strict=True)],
              [[""] * len(keys) for _ in range(DEBT_LOG_ROWS)], size=BODY, grid=True, min_row=0.3)

    if not scenario.moments:
        return
    doc.heading(label("quiz", lang))
    doc.paragraph(label("quiz_intro", lang), BODY, after=0.1)
    lh = doc.line_height(BODY)
    for i, m in enumerate(scenario.moments, 1):
        question = doc.wrap(m.question.get(lang), CONTENT_W - 0.3, BODY, doc.bold)
        # a choice's second line hangs under its text, not its letter
        choices = [doc.wrap(f"{LETTERS[k]}. {c.get(lang)}", CONTENT_W - 0.62, BODY) for k, c in enumerate(m.choices)]
        answer_h = 0.34 if m.choices else 0.62
        doc.ensure(len(question) * lh + sum(len(c) for c in choices) * lh + answer_h + 0.15)
        doc.put(LEFT, doc.y + BODY / 72, f"{i}.", BODY, "bold", ACCENT)
        for line in question:
            doc.put(LEFT + 0.3, doc.y + BODY / 72, line, BODY, doc.bold)
            doc.y += lh
        for lines in choices:
            for k, line in enumerate(lines):
                doc.put(LEFT + (0.45 if k == 0 else 0.62), doc.y + BODY / 72, line, BODY)
                doc.y += lh
        doc.y += 0.08
        before, after = label("before", lang), label("after", lang)
        if m.choices:  # a letter each time: two short blanks on one line
            base = doc.y + 0.2
            for x, text in ((LEFT + 0.3, before), (LEFT + 2.3, after)):
                doc.put(x, base, text, SMALL, color=MUTED)
                start = x + doc.width(text, SMALL) + 0.08
                doc.hline(start, start + 0.9, base + 0.03, RULE, 0.7)
            doc.y += 0.3
        else:  # words each time: a whole line for each
            for text in (before, after):
                base = doc.y + 0.22
                doc.put(LEFT + 0.3, base, text, SMALL, color=MUTED)
                start = LEFT + 0.3 + doc.width(text, SMALL) + 0.08
                doc.hline(start, LEFT + CONTENT_W, base + 0.03, RULE, 0.7)
                doc.y += 0.3
        doc.y += 0.12


def _answer_page(doc: Pages, scenario: Scenario, lang: str) -> None:
    """The answer key, with what to point at."""
    doc.heading(label("answers", lang))
    doc.paragraph(label("answers_intro", lang), SMALL, color=MUTED, after=0.1)
    lh = doc.line_height(BODY)
    for i, m in enumerate(scenario.moments, 1):
        first = f"{LETTERS[m.correct - 1]}. {m.choices[m.correct - 1].get(lang)}" if m.choices else ""
        lines = [(line, doc.bold) for line in (doc.wrap(first, CONTENT_W - 0.3, BODY, doc.bold) if first else [])]
        lines += [(line, "normal") for line in doc.wrap(m.answer.get(lang), CONTENT_W - 0.3, BODY)]
        look = doc.wrap(label("look_at", lang) + m.point_at.get(lang), CONTENT_W - 0.3, SMALL)
        doc.ensure(len(lines) * lh + len(look) * doc.line_height(SMALL) + 0.1)
        doc.put(LEFT, doc.y + BODY / 72, f"{i}.", BODY, "bold", ACCENT)
        for line, weight in lines:
            doc.put(LEFT + 0.3, doc.y + BODY / 72, line, BODY, weight)
            doc.y += lh
        for line in look:
            doc.put(LEFT + 0.3, doc.y + SMALL / 72, line, SMALL, color=MUTED)
            doc.y += doc.line_height(SMALL)
        doc.y += 0.14


def write_handout(scenario: Scenario, store: Store, lang: str, out_pdf: Path) -> Handout:
    """Write the printable A4 handout of ``scenario`` to ``out_pdf``.

    Args:
        scenario: the parsed scenario.
        store: a ledger ``build_scenario(store, scenario)`` has written (a workshop or throw-away database, never
            the user's); every figure is the engine's as of ``scenario.end``.
        lang: ``zh``/``zh_CN`` (any ``zh…``) for Chinese, anything else for English.
        out_pdf: the file to write (replaced when it exists; its folder must exist).

    Returns:
        The ``Handout``: the path and the texts of each page. The pages are: the story (title, summary, persona,
        credit lines, timeline); the figures (repayment calendar: each bill's due date, line, balance and minimum
        in fen formatted as yuan; the true-cost table; the lessons); the worksheet (a blank debt log, the quiz
        without answers); the answer key. A section that does not fit continues on the next page.

    Raises:
        HandoutError: Chinese asked for and no font installed can draw it.
        OSError: the file cannot be written.
    """
    with print_style(lang):
        doc = Pages(lang)
        _story_pages(doc, scenario, lang)
        doc.part_break()
        _figures_pages(doc, store, scenario, lang)
        doc.part_break()
        _worksheet_pages(doc, scenario, lang)
        if scenario.moments:
            doc.new_page()
            _answer_page(doc, scenario, lang)
        doc.footers(label("footer", lang, title=scenario.title.get(lang)), lang)
        metadata = {"Title": scenario.title.get(lang), "Subject": scenario.summary.get(lang),
                    "Creator": "DebtLens", "Producer": "DebtLens", "CreationDate": None}
        with PdfPages(out_pdf, metadata=metadata) as pdf:
            for fig in doc.figures:
                pdf.savefig(fig)
    return Handout(Path(out_pdf), tuple(tuple(t) for t in doc.texts))
