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

import logging
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

from app.domain.errors import DebtLensError
from app.i18n import formatting as fmt
from app.i18n.fonts import has_cjk_bold, has_cjk_font, installed_families
from app.services.queries import QueryService
from app.services.true_cost import option_for_line, revolving_rate
from app.storage.repositories import Store
from app.workshop.scenario import Scenario, ScenarioLine, Text

# Page geometry, inches: A4 portrait with margins a school printer does not clip.
PAGE_W, PAGE_H = 8.27, 11.69
LEFT, RIGHT, TOP, BOTTOM = 0.65, 0.65, 0.6, 0.75
CONTENT_W = PAGE_W - LEFT - RIGHT
# Type sizes, points; the leading is the line height as a multiple of the size.
TITLE, HEADING, BODY, SMALL, FOOT = 20.0, 12.5, 9.5, 8.5, 7.5
LEADING = 1.45
#: Room on either side of a table cell's text, inches.
PAD_X = 0.06
# Colours: the app's light theme (app/ui/theme.py), so the paper looks like the window; all print legibly in grey.
INK, MUTED, RULE, SHADE, ACCENT = "#1f2328", "#59636e", "#8c959f", "#f0f3f6", "#1f6feb"
SERIES = ("#1f6feb", "#e8710a", "#1a7f37", "#8250df", "#bf3989", "#0a7e8c")
DANGER = "#d1242f"
#: Choices are lettered, as the window's workshop bar letters them.
LETTERS = "ABCDEF"
#: Blank rows of the debt log.
DEBT_LOG_ROWS = 12
#: A bill calendar longer than this is set in two columns side by side (a short one in one narrow column).
CALENDAR_SPLIT_ROWS = 6

#: The handout's own texts (headings, column titles, sentences around the figures), in both languages.
LABELS: dict[str, Text] = {k: Text(*v) for k, v in {
    "kicker": ("DebtLens 明白账 · 理财课讲义", "DebtLens · Financial-literacy workshop handout"),
    "made_up": ("故事里的人物和商户都是虚构的。", "Everyone and every shop in this story is made up."),
    "persona": ("故事的主人公", "Who the story is about"),
    "name": ("姓名、年龄", "Name, age"),
    "name_value": ("{name}，{n} 岁", "{name}, {n} years old"),
    "situation": ("情况", "Situation"),
    "income": ("收入", "Income"),
    "income_value": ("每月 {amount}，每月 {d} 日到账", "{amount} a month, paid on day {d} of the month"),
    "lines": ("授信账户和条款", "Credit lines and their terms"),
    "line": ("账户", "Line"),
    "line_kind": ("{name}（{kind}）", "{name} ({kind})"),
    "limit": ("额度", "Limit"),
    "days": ("账单日 / 还款日", "Bill day / due day"),
    "days_value": ("每月 {s} 日 / {d} 日", "Day {s} / day {d}"),
    "minimum_rate": ("最低还款", "Minimum"),
    "minimum_none": ("全额", "Whole bill"),
    "daily_rate": ("未还部分日利率", "Interest on what is carried"),
    "daily_rate_value": ("日 {d}（年 {y}）", "{d} a day ({y}\u00a0a\u00a0year)"),
    "policy": ("故事里怎么还", "How it is repaid"),
    "kind.huabei": ("花呗", "Huabei"),
    "kind.credit_card": ("信用卡", "Credit card"),
    "kind.bnpl": ("先用后付", "Pay later"),
    "policy.full": ("每期全额还清", "Every bill paid in full"),
    "policy.minimum": ("每期只还最低还款", "Only the minimum, every bill"),
    "policy.nothing": ("一分不还", "Nothing paid"),
    "policy.auto_fails": ("开了自动还款，但扣款失败", "Auto-repay is on, but it fails"),
    "timeline": ("时间线", "Timeline"),
    "date": ("日期", "Date"),
    "type": ("类别", "Type"),
    "detail": ("发生了什么", "What happens"),
    "t.purchase": ("消费", "Purchase"),
    "t.repayment": ("额外还款", "Repayment"),
    "t.limit": ("额度调整", "Limit change"),
    "t.event": ("生活事件", "Life event"),
    "t.offer": ("借款广告", "Loan offer"),
    "t.moment": ("课堂提问", "Question"),
    "t.recovery": ("还债计划", "Way out"),
    "purchase": ("在{line}消费 {amount}", "{amount} on {line}"),
    "purchase_at": ("：{merchant}", " at {merchant}"),
    "purchase_split": ("，分 {n} 期，总手续费率 {rate}", ", in {n} installments, total fee {rate}"),
    "purchase_split_preset": ("，分 {n} 期（默认费率）", ", in {n} installments (the line's usual fee)"),
    "repayment": ("向{line}还款 {amount}", "{amount} repaid to {line}"),
    "funded_by": ("——钱是从{line}借来的（以贷养贷）", ", with money borrowed from {line} (borrowing to repay)"),
    "event": ("{title}：{text}", "{title}: {text}"),
    "limit_change": ("{line}的额度调整为 {amount}", "{line}'s limit becomes {amount}"),
    "offer": ("{name}：合同 {contract}，到手 {received}，{day}要还 {repay}",
              "{name}: contract {contract}, {received} received, {repay} to repay on {day}"),
    "moment": ("第 {i} 题：{question}", "Question {i}: {question}"),
    "recovery": ("开始还债：每月拿出 {budget} 还所有欠款", "The way out starts: {budget} a month toward all the debts"),
    "calendar": ("还款日历", "Repayment calendar"),
    "calendar_intro": ("下面是故事结束时（{day}）DebtLens 算出的每一张账单：哪天到期、账单金额、最低还款额。",
                       "Every bill of the story as DebtLens computes it at the end ({day}): when it is due, what "
                       "it asks for, and its minimum payment."),
    "due": ("到期日", "Due"),
    "bill": ("账单金额", "Bill"),
    "minimum": ("最低还款", "Minimum"),
    "no_bills": ("这个故事里没有出过账单。", "No bill was issued in this story."),
    "true_cost": ("借钱的真实成本", "What the borrowing really costs"),
    "what": ("项目", "What"),
    "amount": ("金额", "Amount"),
    "fee": ("手续费 / 利息", "Fee / interest"),
    "apr": ("年化利率", "Yearly rate"),
    "effective": ("复利年化", "Compounded"),
    "cost_installments": ("{merchant}（{line}，分 {n} 期）", "{merchant} ({line}, {n} installments)"),
    "cost_installments_plain": ("{line}分 {n} 期", "{line}, {n} installments"),
    "cost_offer": ("{name}（到手 {received}）", "{name} ({received} received)"),
    "cost_revolving": ("{line}：没还清的部分计息（到{day}为止）", "{line}: interest on what is carried (to {day})"),
    "no_cost": ("这个故事里没有手续费，也没有利息。", "Nothing in this story costs a fee or interest."),
    "cost_note": ("分期：按每期现金流算的月利率 × 12（复利年化：按月复利）。借款：全部费用 ÷ 实际到手金额 × 365 ÷ "
                  "借款天数（央行 2021 年第 3 号公告）。未还部分：日利率 × 365（复利年化：按日复利）。",
                  "Installments: the monthly rate of the payments × 12 (compounded: month by month). Loans: all "
                  "costs ÷ the cash actually received × 365 ÷ the days borrowed (PBOC 2021 No. 3). Carried "
                  "balances: the daily rate × 365 (compounded: day by day)."),
    "lessons": ("要记住的", "Key lessons"),
    "debt_log": ("我的借款记录", "My debt log"),
    "debt_log_intro": ("每借一笔、每还一笔都记下来，还欠多少就一直清清楚楚。",
                       "Write down every loan and every repayment: what you still owe is then always in front "
                       "of you."),
    "log_date": ("日期", "Date"),
    "log_line": ("哪个账户", "Line"),
    "log_borrowed": ("借了多少", "Amount borrowed"),
    "log_due": ("哪天到期", "Due date"),
    "log_repaid": ("还了多少", "Amount repaid"),
    "log_owed": ("还欠多少", "Still owed"),
    "quiz": ("课前 / 课后小测", "Quiz: before and after the class"),
    "quiz_intro": ("上课前先答一遍，下课后再答一遍：哪些答案变了？", "Answer once before the class and again after "
                   "it: which answers changed?"),
    "before": ("课前：", "Before:"),
    "after": ("课后：", "After:"),
    "answers": ("答案（讲师用）", "Answer key (for the trainer)"),
    "answers_intro": ("发小测时请不要打印这一页。", "Keep this page back when handing out the quiz."),
    "look_at": ("看这里：", "Look at: "),
    "footer": ("DebtLens · {title}", "DebtLens · {title}"),
    "page": ("第 {n} / {total} 页", "Page {n} of {total}"),
}.items()}


class HandoutError(DebtLensError):
    """A handout that cannot be printed as asked (e.g. Chinese without a font that can draw it)."""


def language(lang: str) -> str:
    """``"zh"`` for ``zh``/``zh_CN`` (any ``zh…``), else ``"en"``."""
    return "zh" if lang.lower().startswith("zh") else "en"


def file_language(lang: str) -> str:
    """The language part of exported file names: ``zh_CN`` or ``en``."""
    return "zh_CN" if language(lang) == "zh" else "en"


def locale_code(lang: str) -> str:
    """The formatting locale of ``lang``: ``zh_CN`` or ``en_US``."""
    return "zh_CN" if language(lang) == "zh" else "en_US"


def label(key: str, lang: str, **values: object) -> str:
    """``LABELS[key]`` in ``lang`` with ``{name}`` placeholders filled from ``values``."""
    text = LABELS[key].get(lang)
    return text.format(**values) if values else text


def money(fen: int, lang: str) -> str:
    """``fen`` as ``¥1,000.00``, never masked: the screen may hide amounts while the room guesses; paper does not."""
    return fmt.money(fen, locale=locale_code(lang), reveal=True)


def day(value: date, lang: str) -> str:
    """A date in ``lang``: ``2026年2月6日`` / ``Feb 6, 2026``."""
    return fmt.day(value, locale=locale_code(lang))


def check_fonts(lang: str) -> None:
    """Refuse a language no installed font can draw (Chinese would print as empty boxes).

    Raises:
        HandoutError: ``lang`` is Chinese and no installed font draws Chinese.
    """
    if language(lang) == "zh" and not has_cjk_font():
        raise HandoutError("Chinese handouts need a font that can draw Chinese, and none is installed "
                           "(on Debian and Ubuntu: the package fonts-wqy-microhei)")


@contextmanager
def print_style(lang: str) -> Iterator[None]:
    """matplotlib settings for printed pages and exported charts, only for the ``with`` block (the window's own
    chart settings stay as they are): fonts that draw both languages, embedded in PDFs as Type 3 (subsetting the
    Chinese font as TrueType takes about a second per file; Type 3 glyphs print the same, and the text stays
    searchable and copyable), a fixed SVG id salt (the same story gives the same file).

    Raises:
        HandoutError: ``lang`` is Chinese and no installed font can draw it (the page would print empty boxes).
    """
    check_fonts(lang)
    fonts_log = logging.getLogger("matplotlib.font_manager")
    level = fonts_log.level
    fonts_log.setLevel(logging.ERROR)  # "no bold for WenQuanYi Micro Hei" on every Chinese word: regular is used
    try:
        with matplotlib.rc_context({
            "font.family": installed_families(), "axes.unicode_minus": False, "pdf.fonttype": 3,
            "svg.hashsalt": "debtlens", "text.color": INK, "axes.edgecolor": RULE, "axes.labelcolor": INK,
            "xtick.color": MUTED, "ytick.color": MUTED, "axes.spines.top": False, "axes.spines.right": False,
        }):
            yield
    finally:
        fonts_log.setLevel(level)


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
        for st in queries.line_statements(line.id, scenario.end).issued():
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
        interest = sum(st.interest_fen for st in queries.line_statements(line.id, scenario.end).issued())
        if interest > 0:
            revolving = revolving_rate(line)
            what = label("cost_revolving", lang, line=line.name, day=day(scenario.end, lang))
            rows.append(CostRow(what, None, interest, revolving.apr, revolving.annual.compounded_daily))
    return rows


# --- laying out pages -------------------------------------------------------------------------------------------

#: Characters a line may not start with, and ones it may not end with (Chinese line-breaking rules, 禁则).
_NO_START = set("，。、；：？！）》」』】〕”’％%,.;:?!)]}…·～")
_NO_END = set("（《「『【〔“‘([{¥")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _atoms(text: str) -> list[str]:
    """``text`` cut where a line may break: after each Chinese character, between words (a space stays with the
    word before it); closing punctuation stays with what precedes it, opening punctuation with what follows."""
    atoms: list[str] = []
    for match in re.finditer(r"[ \t]+|[^ \t]", text):  # a no-break space (\u00a0) is not a place to break
        piece = match.group()
        if piece.isspace() and piece != "\u00a0":
            if atoms:
                atoms[-1] += " "
            continue
        if not atoms:
            atoms.append(piece)
            continue
        last = atoms[-1][-1]
        joins = (piece in _NO_START  # closing punctuation stays with what precedes it
                 or last in _NO_END  # opening punctuation with what follows it
                 or not (_wide(piece) or _wide(last) or last in " \t"))  # a Latin word goes on
        if joins:
            atoms[-1] += piece
        else:
            atoms.append(piece)
    return atoms


Column = tuple[str, float, str]  # title, width in inches, "left" | "right"


class _Pages:
    """A stack of A4 figures filled top to bottom: ``y`` is the cursor in inches from the top of the current
    page; a block that does not fit below it goes to a new page. Every text placed is kept, per page, in
    ``texts`` (the tests read them: they are what the PDF says)."""

    def __init__(self, lang: str) -> None:
        # Bold where the Chinese font has a bold face; WenQuanYi Micro Hei has none, and bold digits among regular
        # characters look like a mistake, so Chinese text is set regular then (headings keep their colour).
        self.bold = "bold" if language(lang) == "en" or has_cjk_bold() else "normal"
        self.figures: list[Figure] = []
        self.texts: list[list[str]] = []
        self.page = 0
        self.y = TOP
        self._measure = TextToPath()  # unhinted metrics in points, as the PDF is drawn
        self._fonts: dict[tuple[float, str], FontProperties] = {}
        self._advances: dict[tuple[str, tuple[float, str]], float] = {}
        self.new_page()

    @property
    def fig(self) -> Figure:
        return self.figures[self.page]

    def new_page(self, overflow: bool = False) -> None:
        """Start a page; ``overflow``: because what came before did not fit (not for a new part)."""
        fig = Figure(figsize=(PAGE_W, PAGE_H))
        fig.patch.set_facecolor("white")
        self.figures.append(fig)
        self.texts.append([])
        self.page = len(self.figures) - 1
        self.y = TOP
        self.overflowed = overflow

    def part_break(self) -> None:
        """Start the next part of the handout on a new page, unless this page only holds the end of the previous
        part (it overflowed) and half of it is still free: no page then carries a single row."""
        if not (self.overflowed and self.room() >= (PAGE_H - TOP - BOTTOM) / 2):
            self.new_page()

    def room(self) -> float:
        return PAGE_H - BOTTOM - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` inches still fit on this one (or this one is still empty: a block
        taller than a page is then cut where it must be)."""
        if height > self.room() and self.y > TOP + 0.01:
            self.new_page(overflow=True)

    @staticmethod
    def line_height(size: float) -> float:
        return size * LEADING / 72

    # drawing, in inches from the top left of the page
    def put(self, x: float, baseline: float, text: str, size: float = BODY, weight: str = "normal",
            color: str = INK, ha: str = "left") -> None:
        """``text`` on its ``baseline``, starting at ``x`` (ending there with ``ha="right"``)."""
        self.fig.text(x, PAGE_H - baseline, text, transform=self.fig.dpi_scale_trans, fontsize=size,
                      fontweight=weight, color=color, ha=ha, va="baseline", parse_math=False)
        self.texts[self.page].append(text)

    def hline(self, x0: float, x1: float, y: float, color: str = RULE, width: float = 0.6) -> None:
        self.fig.add_artist(Line2D([x0, x1], [PAGE_H - y, PAGE_H - y], transform=self.fig.dpi_scale_trans,
                                   color=color, linewidth=width, zorder=2))

    def vline(self, x: float, y0: float, y1: float, color: str = RULE, width: float = 0.6) -> None:
        self.fig.add_artist(Line2D([x, x], [PAGE_H - y0, PAGE_H - y1], transform=self.fig.dpi_scale_trans,
                                   color=color, linewidth=width, zorder=2))

    def box(self, x: float, y: float, w: float, h: float, color: str = SHADE) -> None:
        self.fig.add_artist(Rectangle((x, PAGE_H - y - h), w, h, transform=self.fig.dpi_scale_trans,
                                      facecolor=color, edgecolor="none", zorder=0))

    def width(self, text: str, size: float, weight: str = "normal") -> float:
        """The printed width of ``text`` in inches: the sum of its characters' advances (unhinted, as the PDF
        draws them; fallback fonts included), each measured once: measuring costs about a millisecond a call."""
        key = (size, weight)
        if key not in self._fonts:
            self._fonts[key] = FontProperties(size=size, weight=weight)
        total = 0.0
        for ch in text:
            advance = self._advances.get((ch, key))
            if advance is None:
                advance = self._measure.get_text_width_height_descent(ch, self._fonts[key], ismath=False)[0]
                self._advances[(ch, key)] = advance
            total += advance
        return total / 72

    def wrap(self, text: str, width: float, size: float = BODY, weight: str = "normal") -> list[str]:
        """``text`` broken into lines at most ``width`` inches wide: between words in English, between characters
        in Chinese (keeping its punctuation off the start of a line); a word longer than a line is cut."""
        lines: list[str] = []
        for para in text.split("\n"):
            current = ""
            pending = _atoms(para)
            while pending:
                atom = pending.pop(0)
                candidate = current + atom
                if self.width(candidate.rstrip(), size, weight) <= width:
                    current = candidate
                elif current:
                    lines.append(current.rstrip())
                    current = atom
                elif len(atom) > 1:  # one word wider than the line: cut it by character
                    pending[:0] = list(atom)
                else:
                    current = atom
            lines.append(current.rstrip())
        return lines

    # blocks, from the cursor down
    def paragraph(self, text: str, size: float = BODY, x: float = LEFT, width: float = CONTENT_W,
                  color: str = INK, weight: str = "normal", after: float = 0.06) -> None:
        """Wrapped text; a long one continues on the next page, line by line."""
        lh = self.line_height(size)
        for line in self.wrap(text, width, size, weight):
            self.ensure(lh)
            self.put(x, self.y + size / 72, line, size, weight, color)
            self.y += lh
        self.y += after

    def heading(self, text: str, keep_with: float = 0.9) -> None:
        """A section heading over a rule, kept on one page with ``keep_with`` inches of what follows."""
        if self.y > TOP + 0.01:
            self.y += 0.22
        self.ensure(self.line_height(HEADING) + 0.12 + keep_with)
        self.put(LEFT, self.y + HEADING / 72, text, HEADING, self.bold, ACCENT)
        self.y += self.line_height(HEADING) + 0.02
        self.hline(LEFT, LEFT + CONTENT_W, self.y, ACCENT, 0.9)
        self.y += 0.1

    def fit(self, columns: list[Column], rows: list[list[str]], size: float, pad: float, label_column: bool = False,
            width: float = CONTENT_W) -> list[Column]:
        """``columns`` with their widths settled: a positive width is kept (inches); 0 fits the widest cell and
        the title on one line (a title over 1.3 in may wrap between words); a negative one is a share (-1, -2 ...)
        of what is left of ``width``."""
        settled = []
        for c, (title, w, align) in enumerate(columns):
            if w == 0:
                weight = self.bold if label_column and c == 0 else "normal"
                cells = [self.width(row[c], size, weight) for row in rows]
                # a short title stays on one line; a long one may wrap between its words
                head = self.width(title, size, self.bold)
                if head > 1.3:
                    head = max([self.width(word, size, self.bold) for word in _atoms(title)] + [1.3])
                w = max(cells + [head, 0.3]) + 2 * pad + 0.01
            settled.append((title, w, align))
        flex = -sum(w for _, w, _ in settled if w < 0)
        left = width - sum(w for _, w, _ in settled if w > 0)
        return [(t, -w / flex * left if w < 0 else w, a) for t, w, a in settled]

    def table(self, columns: list[Column], rows: list[list[str]], size: float = SMALL, x: float = LEFT,
              width: float = CONTENT_W, header: bool = True, grid: bool = False, min_row: float = 0.0,
              label_column: bool = False) -> None:
        """A table: each cell wraps within its column; the header is repeated on a new page; rows are shaded
        in turn. Column widths are settled by ``fit``. With ``grid`` every cell is ruled and rows are
        ``min_row`` inches tall (a form to fill in by hand). With ``label_column`` the first column is set like a
        label."""
        pad_x, pad_y = PAD_X, 0.045
        lh = self.line_height(size)
        columns = self.fit(columns, rows, size, pad_x, label_column, width)
        total_w = sum(w for _, w, _ in columns)
        head_lines = [self.wrap(t, w - 2 * pad_x, size, self.bold) for t, w, _ in columns] if header else []
        head_h = max(len(ls) for ls in head_lines) * lh + 2 * pad_y if header else 0.0
        cells = [[self.wrap(text, w - 2 * pad_x, size, self.bold if label_column and c == 0 else "normal")
                  for c, (text, (_, w, _)) in enumerate(zip(row, columns, strict=True))] for row in rows]
        heights = [max(max(len(c) for c in row) * lh + 2 * pad_y, min_row) for row in cells]

        def cell_x(left: float, w: float, align: str) -> float:
            return left + w - pad_x if align == "right" else left + pad_x

        def draw_header() -> float:
            top = self.y
            if not header:
                return top
            if grid:
                self.box(x, self.y, total_w, head_h)
            left = x
            for (_, w, align), lines in zip(columns, head_lines, strict=True):
                for k, line in enumerate(lines):
                    self.put(cell_x(left, w, align), self.y + pad_y + k * lh + size / 72, line, size, self.bold,
                             MUTED, ha=align)
                left += w
            self.y += head_h
            self.hline(x, x + total_w, self.y, INK, 0.8)
            return top

        def close(top: float) -> None:
            if grid:  # the outer frame and the column rules
                self.hline(x, x + total_w, top, RULE)
                left = x
                for _, w, _ in columns:
                    self.vline(left, top, self.y)
                    left += w
                self.vline(left, top, self.y)
            else:
                self.hline(x, x + total_w, self.y, INK if header else RULE, 0.8 if header else 0.5)

        self.ensure(head_h + (heights[0] if heights else 0.0))
        top = draw_header()
        for i, (row, h) in enumerate(zip(cells, heights, strict=True)):
            if h > self.room():
                close(top)
                self.new_page(overflow=True)
                top = draw_header()
            if not grid and i % 2 == 1:
                self.box(x, self.y, total_w, h)
            left = x
            for c, (lines, (_, w, align)) in enumerate(zip(row, columns, strict=True)):
                label_cell = label_column and c == 0
                for k, line in enumerate(lines):
                    self.put(cell_x(left, w, align), self.y + pad_y + k * lh + size / 72, line, size,
                             self.bold if label_cell else "normal", MUTED if label_cell else INK, ha=align)
                left += w
            self.y += h
            if grid:
                self.hline(x, x + total_w, self.y, RULE)
        close(top)

    def footers(self, left: str, lang: str) -> None:
        """A rule and a footer line on every page: ``left`` and the page number."""
        current, y = self.page, self.y
        total = len(self.figures)
        base = PAGE_H - BOTTOM + 0.38
        for n in range(total):
            self.page = n
            self.hline(LEFT, LEFT + CONTENT_W, base - 0.16, RULE, 0.5)
            self.put(LEFT, base, left, FOOT, color=MUTED)
            self.put(LEFT + CONTENT_W, base, label("page", lang, n=n + 1, total=total), FOOT, color=MUTED,
                     ha="right")
        self.page, self.y = current, y


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


def _story_pages(doc: _Pages, scenario: Scenario, lang: str) -> None:
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


def _figures_pages(doc: _Pages, store: Store, scenario: Scenario, lang: str) -> None:
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


def _worksheet_pages(doc: _Pages, scenario: Scenario, lang: str) -> None:
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


def _answer_page(doc: _Pages, scenario: Scenario, lang: str) -> None:
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
        doc = _Pages(lang)
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
