"""A small "?" button that explains the figure next to it (tooltip on hover, What's This on click)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QToolButton, QWhatsThis, QWidget

from app.ui.texts import explanations


class ExplainButton(QToolButton):
    """"?" next to a figure; ``figure_id`` is a key of ``app.ui.texts.explanations.EXPLANATIONS``."""

    def __init__(self, figure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure_id = figure_id
        self.setText("?")
        self.setAutoRaise(True)
        self.setFixedSize(20, 20)
        self.setObjectName("explain")
        self.clicked.connect(self._on_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Tooltip and What's This in the active language."""
        html = explanations.rich(self.figure_id)
        self.setToolTip(html)
        self.setWhatsThis(html)
        self.setAccessibleName(explanations.title(self.figure_id))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_clicked(self) -> None:
        QWhatsThis.showText(self.mapToGlobal(QPoint(0, self.height())), explanations.rich(self.figure_id), self)
