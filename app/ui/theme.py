"""Light and dark themes from semantic colour tokens, applied to the Qt palette, a little QSS and matplotlib.

The scheme follows the system (``QStyleHints.colorScheme``) unless the user picked one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Tokens:
    """Semantic colours of one scheme (hex strings)."""

    name: str
    window: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str
    danger: str
    warning: str
    ok: str
    series: tuple[str, ...]


LIGHT = Tokens("light", window="#f5f6f8", surface="#ffffff", text="#1f2329", muted="#646a73", border="#dee0e3",
               accent="#1f6feb", danger="#d1242f", warning="#bf8700", ok="#1a7f37",
               series=("#1f6feb", "#e8710a", "#1a7f37", "#8250df", "#bf3989", "#0a7e8c"))
DARK = Tokens("dark", window="#1b1d21", surface="#25282d", text="#e6e8eb", muted="#a0a6ad", border="#3a3e44",
              accent="#58a6ff", danger="#ff6b6b", warning="#e3b341", ok="#3fb950",
              series=("#58a6ff", "#f0883e", "#3fb950", "#bc8cff", "#ff7eb6", "#39c5cf"))

_current = LIGHT


def current() -> Tokens:
    """The tokens of the applied scheme."""
    return _current


def system_is_dark() -> bool:
    """Whether the platform asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _palette(t: Tokens) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(t.window))
    p.setColor(role.WindowText, QColor(t.text))
    p.setColor(role.Base, QColor(t.surface))
    p.setColor(role.AlternateBase, QColor(t.window))
    p.setColor(role.Text, QColor(t.text))
    p.setColor(role.Button, QColor(t.surface))
    p.setColor(role.ButtonText, QColor(t.text))
    p.setColor(role.Highlight, QColor(t.accent))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.ToolTipBase, QColor(t.surface))
    p.setColor(role.ToolTipText, QColor(t.text))
    p.setColor(role.PlaceholderText, QColor(t.muted))
    p.setColor(role.Link, QColor(t.accent))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(t.muted))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(t.muted))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(t.muted))
    return p


def band_colors() -> dict:
    """The warning bands' ``(background, text)`` colours (``widgets.band_badge.BAND_COLORS``)."""
    from app.ui.widgets.band_badge import BAND_COLORS

    return BAND_COLORS


def stylesheet(t: Tokens) -> str:
    """The few style rules the palette cannot express (cards, muted and error labels, the nav list)."""
    return f"""
    QFrame#card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; }}
    QLabel[role="big"] {{ font-size: 17pt; font-weight: 600; }}
    QLabel[role="error"] {{ color: {t.danger}; }}
    QLabel[role="danger"] {{ color: {t.danger}; font-weight: 600; }}
    QLabel[role="banner"] {{ background: {t.warning}; color: #000000; padding: 4px 8px; border-radius: 4px; }}
    QListWidget#nav {{ background: {t.surface}; border: none; border-right: 1px solid {t.border};
                       font-size: 11pt; }}
    QListWidget#nav::item {{ padding: 8px 12px; }}
    QListWidget#nav::item:selected {{ background: {t.accent}; color: #ffffff; }}
    QProgressBar {{ border: 1px solid {t.border}; border-radius: 4px; background: {t.window}; text-align: center;
                    height: 14px; }}
    QProgressBar::chunk {{ background: {t.accent}; border-radius: 3px; }}
    QProgressBar[level="high"]::chunk {{ background: {t.warning}; }}
    QProgressBar[level="critical"]::chunk {{ background: {t.danger}; }}
    """ + "".join(  # utilization bars take the colour of their warning band, as the badges do
        f'QProgressBar[band="{band.value}"]::chunk {{ background: {color}; }}\n'
        for band, (color, _text) in band_colors().items())


def apply(app: QApplication, scheme: str = "system") -> Tokens:
    """Apply ``"light"``, ``"dark"`` or ``"system"`` to ``app``; returns the tokens in force."""
    global _current
    dark = system_is_dark() if scheme == "system" else scheme == "dark"
    _current = DARK if dark else LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current


def matplotlib_rc(t: Tokens) -> dict[str, object]:
    """rcParams giving matplotlib the theme's colours."""
    return {
        "figure.facecolor": t.surface, "axes.facecolor": t.surface, "savefig.facecolor": t.surface,
        "axes.edgecolor": t.border, "axes.labelcolor": t.text, "text.color": t.text,
        "xtick.color": t.muted, "ytick.color": t.muted, "grid.color": t.border, "legend.frameon": False,
    }
