"""How printed workshop pages look: A4 geometry, type sizes, the colours (the app's light theme), the fonts that
draw both languages, and the language helpers shared by the handout and the exported charts.

No Qt here; matplotlib only inside :func:`print_style`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import matplotlib

from app.domain.errors import DebtLensError
from app.i18n import formatting as fmt
from app.domain.messages import QT_TRANSLATE_NOOP
from app.i18n.fonts import has_cjk_font, installed_families

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
        raise HandoutError(QT_TRANSLATE_NOOP(
                "Workshop", "Chinese handouts need a font that can draw Chinese, and none is installed (on Debian "
                            "and Ubuntu: the package fonts-wqy-microhei)"))


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
