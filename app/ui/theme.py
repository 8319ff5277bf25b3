"""Light and dark themes from semantic colour tokens, applied to the Qt palette, a little QSS and matplotlib.

The scheme follows the system (``QStyleHints.colorScheme``) unless the user picked one. Presentation mode (a
trainer in front of a projector) swaps in a high-contrast scheme and scales every type size by
``presentation_body_px``: at least 1.6 × the desk size, and 28 px body text on a 1080-line screen (in proportion
on smaller ones), readable from the back of a room.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType


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
    #: Type size factor (1.0 at the desk, ``PRESENTATION_SCALE`` on a projector); charts multiply their sizes.
    scale: float = 1.0


LIGHT = Tokens("light", window="#f5f6f8", surface="#ffffff", text="#1f2329", muted="#646a73", border="#dee0e3",
               accent="#1f6feb", danger="#d1242f", warning="#bf8700", ok="#1a7f37",
               series=("#1f6feb", "#e8710a", "#1a7f37", "#8250df", "#bf3989", "#0a7e8c"))
DARK = Tokens("dark", window="#1b1d21", surface="#25282d", text="#e6e8eb", muted="#a0a6ad", border="#3a3e44",
              accent="#58a6ff", danger="#ff6b6b", warning="#e3b341", ok="#3fb950",
              series=("#58a6ff", "#f0883e", "#3fb950", "#bc8cff", "#ff7eb6", "#39c5cf"))

#: Projector scheme: black on white, borders and colours dark enough to survive a washed-out beamer.
CONTRAST = Tokens("contrast", window="#ffffff", surface="#ffffff", text="#000000", muted="#303030",
                  border="#000000", accent="#0036a8", danger="#b3001b", warning="#8a5300", ok="#006127",
                  series=("#0036a8", "#c24e00", "#006127", "#5b1fa8", "#a3005c", "#00606b"))
PRESENTATION_SCALE = 1.6
#: Body text on a 1080-line projector, pixels: what the back row of a classroom can still read.
PROJECTOR_BODY_PX = 28

_current = LIGHT
_scheme = "system"
_presentation = False


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
    """The few style rules the palette cannot express (cards, muted and error labels, the nav list); type sizes
    times ``t.scale``."""
    def pt(size: float) -> str:
        return f"{size * t.scale:.1f}pt"

    return f"""
    QFrame#card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="title"] {{ font-size: {pt(15)}; font-weight: 600; }}
    QLabel[role="big"] {{ font-size: {pt(17)}; font-weight: 600; }}
    QLabel[role="question"] {{ font-size: {pt(13)}; font-weight: 600; }}
    QLabel[role="error"] {{ color: {t.danger}; }}
    QLabel[role="danger"] {{ color: {t.danger}; font-weight: 600; }}
    QLabel[role="banner"] {{ background: {t.warning}; color: #000000; padding: 4px 8px; border-radius: 4px; }}
    QListWidget#nav {{ background: {t.surface}; border: none; border-right: 1px solid {t.border};
                       font-size: {pt(11)}; }}
    QListWidget#nav::item {{ padding: 8px 12px; }}
    QListWidget#nav::item:selected {{ background: {t.accent}; color: #ffffff; }}
    QProgressBar {{ border: 1px solid {t.border}; border-radius: 4px; background: {t.window}; text-align: center;
                    height: 14px; }}
    QProgressBar::chunk {{ background: {t.accent}; border-radius: 3px; }}
    QWidget#workshopBar QPushButton {{ padding: {4 * t.scale:.0f}px {10 * t.scale:.0f}px; }}
    QWidget#workshopBar QPushButton#nextMoment {{ background: {t.accent}; color: #ffffff; font-weight: 600;
                                                padding: {8 * t.scale:.0f}px {24 * t.scale:.0f}px; }}
    QWidget#workshopBar QPushButton[pick="right"] {{ background: {t.ok}; color: #ffffff; }}
    QWidget#workshopBar QPushButton[pick="wrong"] {{ background: {t.danger}; color: #ffffff; }}
    QWidget#workshopBar QPushButton[pick="chosen"] {{ border: 3px solid {t.accent}; font-weight: 600; }}
    QProgressBar[level="high"]::chunk {{ background: {t.warning}; }}
    QProgressBar[level="critical"]::chunk {{ background: {t.danger}; }}
    """ + "".join(  # utilization bars take the colour of their warning band, as the badges do
        f'QProgressBar[band="{band.value}"]::chunk {{ background: {color}; }}\n'
        for band, (color, _text) in band_colors().items())


def presentation_body_px(desk_px: float, screen_height: int) -> int:
    """Body text size in presentation mode, logical pixels: ``PROJECTOR_BODY_PX`` scaled to a screen of
    ``screen_height`` lines (28 px at 1080, 19 px at 720) and never under ``PRESENTATION_SCALE`` × the desk's
    ``desk_px``."""
    return max(round(PROJECTOR_BODY_PX * screen_height / 1080), round(desk_px * PRESENTATION_SCALE))


def apply(app: QApplication, scheme: str | None = None, presentation: bool | None = None,
          screen_height: int = 1080) -> Tokens:
    """Apply ``"light"``, ``"dark"`` or ``"system"`` to ``app`` (``None``: keep the scheme in force), in
    presentation mode or not (``None``: keep it); returns the tokens in force. Presentation mode uses
    ``CONTRAST`` whatever the scheme and sets the body text to ``presentation_body_px`` for a screen of
    ``screen_height`` lines; the style sheet and charts scale with it (``Tokens.scale``)."""
    global _current, _scheme, _presentation
    _scheme = _scheme if scheme is None else scheme
    _presentation = _presentation if presentation is None else presentation
    dark = system_is_dark() if _scheme == "system" else _scheme == "dark"
    desk = _desk_font(app)
    font = QFont(desk)
    scale = 1.0
    if _presentation:
        desk_px = desk.pointSizeF() * 96 / 72 if desk.pointSizeF() > 0 else float(desk.pixelSize())
        body_px = presentation_body_px(desk_px, screen_height)
        font.setPixelSize(body_px)
        scale = body_px / desk_px
    _current = replace(CONTRAST if _presentation else DARK if dark else LIGHT, scale=scale)
    app.setStyle("Fusion")
    app.setFont(font)
    app.setPalette(_palette(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current


def _desk_font(app: QApplication) -> QFont:
    """The platform's own body font, remembered before presentation mode first scales it."""
    font = app.property("debtlens_desk_font")
    if not isinstance(font, QFont):
        font = QFont(app.font())
        app.setProperty("debtlens_desk_font", font)
    return QFont(font)


def presenting() -> bool:
    """Whether presentation mode is on."""
    return _presentation


def matplotlib_rc(t: Tokens) -> dict[RcKeyType, Any]:
    """rcParams giving matplotlib the theme's colours."""
    return {
        "figure.facecolor": t.surface, "axes.facecolor": t.surface, "savefig.facecolor": t.surface,
        "axes.edgecolor": t.border, "axes.labelcolor": t.text, "text.color": t.text,
        "xtick.color": t.muted, "ytick.color": t.muted, "grid.color": t.border, "legend.frameon": False,
    }
