"""Laying out printed pages: text cut where a line may break (禁则 for Chinese), and ``Pages``, a stack of A4
figures filled top to bottom with headings, paragraphs, tables and charts; every text placed is kept per page so
tests can read what the PDF says.
"""

from __future__ import annotations

import re
import unicodedata

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

from app.i18n.fonts import has_cjk_bold
from app.workshop.handout_labels import label
from app.workshop.print_style import (
    ACCENT,
    BODY,
    BOTTOM,
    CONTENT_W,
    FOOT,
    HEADING,
    INK,
    LEADING,
    LEFT,
    MUTED,
    PAD_X,
    PAGE_H,
    PAGE_W,
    RULE,
    SHADE,
    SMALL,
    TOP,
    language,
)

#: Characters a line may not start with, and ones it may not end with (Chinese line-breaking rules, 禁则).
_NO_START = set("，。、；：？！）》」』】〕”’％%,.;:?!)]}…·～")
_NO_END = set("（《「『【〔“‘([{¥")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def atoms(text: str) -> list[str]:
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


class Pages:
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
            pending = atoms(para)
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
                    head = max([self.width(word, size, self.bold) for word in atoms(title)] + [1.3])
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
