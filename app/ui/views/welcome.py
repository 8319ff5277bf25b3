"""The first-run page: add a first credit line, import a bill export, or open the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.resources import icon
from app.ui.views.common import Retranslatable, muted, tab_chain


class _Choice(QFrame):
    """A card with a title, a sentence and one button."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.text = muted()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setMinimumHeight(34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.button)
        self.setMinimumSize(240, 200)


class WelcomeView(Retranslatable, QWidget):
    """Three ways in. Emits ``add_line_requested``, ``import_requested`` or ``demo_requested``."""

    add_line_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.logo = QLabel()
        self.logo.setPixmap(icon("app").pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setProperty("role", "big")
        self.intro = muted()
        self.intro.setWordWrap(True)
        self.add_line, self.import_bill, self.demo = _Choice(), _Choice(), _Choice()
        self.add_line.button.clicked.connect(self.add_line_requested)
        self.import_bill.button.clicked.connect(self.import_requested)
        self.demo.button.clicked.connect(self.demo_requested)
        self.add_line.button.setDefault(True)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for card in (self.add_line, self.import_bill, self.demo):
            cards.addWidget(card)
        head = QHBoxLayout()
        head.addWidget(self.logo)
        head.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addLayout(head)
        layout.addWidget(self.intro)
        layout.addLayout(cards)
        layout.addStretch(1)
        tab_chain(self.add_line.button, self.import_bill.button, self.demo.button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Welcome to DebtLens"))
        self.intro.setText(self.tr("See what you owe on Huabei, credit cards and pay-later plans, when it is due, "
                                   "and how heavy it is. Everything stays on this computer."))
        self.add_line.title.setText(self.tr("Add my first credit line"))
        self.add_line.text.setText(self.tr("Enter a Huabei account or a credit card: statement day, due day "
                                           "and limit. It takes a minute."))
        self.add_line.button.setText(self.tr("Add a credit line…"))
        self.import_bill.title.setText(self.tr("Import a bill export"))
        self.import_bill.text.setText(self.tr("Read the purchases from an Alipay, WeChat Pay or bank export "
                                              "file."))
        self.import_bill.button.setText(self.tr("Import a file…"))
        self.demo.title.setText(self.tr("Look around first"))
        self.demo.text.setText(self.tr("Open a demo with made-up purchases on three credit lines. It is kept "
                                       "apart from your own data."))
        self.demo.button.setText(self.tr("Open the demo"))
        for card in (self.add_line, self.import_bill, self.demo):
            card.button.setAccessibleName(card.button.text().rstrip("…"))
