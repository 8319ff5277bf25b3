"""A coloured label naming a warning band (green ... critical), with the figure's "?" explanation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.debt_load import Band
from app.ui.widgets.explain import ExplainButton

_NAMES = {
    Band.GREEN: QT_TRANSLATE_NOOP("Bands", "Comfortable"),
    Band.AMBER: QT_TRANSLATE_NOOP("Bands", "Watch it"),
    Band.ORANGE: QT_TRANSLATE_NOOP("Bands", "Caution"),
    Band.RED: QT_TRANSLATE_NOOP("Bands", "High"),
    Band.CRITICAL: QT_TRANSLATE_NOOP("Bands", "Critical"),
}
UNKNOWN = QT_TRANSLATE_NOOP("Bands", "Not known")

#: Background and text colour per band; readable in light and dark themes (white text on the dark ones).
BAND_COLORS: dict[Band, tuple[str, str]] = {
    Band.GREEN: ("#1a7f37", "#ffffff"),
    Band.AMBER: ("#d4a72c", "#000000"),
    Band.ORANGE: ("#e8710a", "#000000"),
    Band.RED: ("#d1242f", "#ffffff"),
    Band.CRITICAL: ("#82071e", "#ffffff"),
}


def band_name(band: Band | None) -> str:
    """The band in the active language (``Not known`` for ``None``)."""
    return QCoreApplication.translate("Bands", _NAMES[band] if band is not None else UNKNOWN)


def band_color(band: Band | None) -> tuple[str, str]:
    """``(background, text)`` hex colours of a band (grey for ``None``)."""
    return BAND_COLORS.get(band, ("#8c959f", "#ffffff")) if band is not None else ("#8c959f", "#ffffff")


class BandBadge(QWidget):
    """``[ 33.8% · Caution ] ?``: a value with its band colour, and the figure's explanation button.

    ``set_band(band, value_text)`` updates it; ``figure_id`` picks the explanation (``"utilization"``, ``"dsr"``,
    ``"verdict"`` ...).
    """

    def __init__(self, figure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.band: Band | None = None
        self.value_text = ""
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("bandBadge")
        self.explain = ExplainButton(figure_id)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        self._render()

    def set_band(self, band: Band | None, value_text: str = "") -> None:
        """Show ``band`` with ``value_text`` (e.g. ``"33.8%"``) in front of its name."""
        self.band, self.value_text = band, value_text
        self._render()

    def text(self) -> str:
        """The badge's visible text (tests read it)."""
        return self.label.text()

    def _render(self) -> None:
        background, foreground = band_color(self.band)
        name = band_name(self.band)
        self.label.setText(f"{self.value_text} · {name}" if self.value_text else name)
        self.label.setStyleSheet(
            f"QLabel#bandBadge {{ background: {background}; color: {foreground}; border-radius: 4px;"
            " padding: 2px 8px; font-weight: 600; }")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
