"""Fonts matplotlib can draw both languages with, for the window's charts and the printed handouts alike.

No Qt here: the command line uses it without a display. matplotlib is imported only when a function is called, so
importing ``app.i18n`` stays light (tests/test_architecture.py).
"""

from __future__ import annotations

#: Wanted font families in order; only installed ones are used (README "Quick start": fonts-wqy-microhei on
#: Debian). DejaVu Sans comes first for Latin text and digits; matplotlib falls back glyph by glyph to the next
#: family for Chinese.
FONT_FAMILIES = ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]
#: The members of ``FONT_FAMILIES`` that can draw Chinese.
CJK_FAMILIES = FONT_FAMILIES[1:]


def installed_families() -> list[str]:
    """The members of ``FONT_FAMILIES`` that matplotlib can find, in order (``["sans-serif"]`` when none is)."""
    from matplotlib.font_manager import fontManager

    names = {f.name for f in fontManager.ttflist}
    found = [f for f in FONT_FAMILIES if f in names]
    return found or ["sans-serif"]


def has_cjk_font() -> bool:
    """Whether an installed family can draw Chinese (without one, Chinese text prints as empty boxes)."""
    return any(f in CJK_FAMILIES for f in installed_families())


def has_cjk_bold() -> bool:
    """Whether an installed family that draws Chinese has a bold face (WenQuanYi Micro Hei has none: bold text
    would then mix bold Latin with regular Chinese)."""
    from matplotlib.font_manager import fontManager

    installed = set(installed_families()) & set(CJK_FAMILIES)

    def heavy(weight: object) -> bool:
        return weight in ("bold", "heavy", "extra bold", "black") or (isinstance(weight, int) and weight >= 600)

    return any(f.name in installed and heavy(f.weight) for f in fontManager.ttflist)
