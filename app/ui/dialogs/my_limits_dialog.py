"""My limits (我给自己定的额度): my own limit per credit line (beside the bank's), the most installment plans at
once, and a monthly cap on new credit spending (``services.my_limits``). Empty = no such limit. The page also
says how to lower the bank's own limit and stop paying with credit by default (text only, no network)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.my_limits import MAX_PLANS_CAP, LimitBasis, MyLimits
from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.ui.texts import categories
from app.ui.texts.money_labels import with_sign
from app.ui.session import Session
from app.ui.views.common import FormDialog, error_label, muted, stacked
from app.domain import messages


class MyLimitsDialog(FormDialog):
    """Edit all my limits at once; OK saves them in one transaction (``MyLimitsService.save``).

    ``line_edits`` maps line id -> its "my limit" field; ``plans`` and ``cap`` are the two caps.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("myLimitsDialog")
        self.setMinimumWidth(560)
        self.service = session.services.my_limits
        limits = self.service.load()
        status = self.service.status(session.today())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.lines_box = QGroupBox()
        lines_form = QFormLayout(self.lines_box)
        self.line_edits: dict[int, QLineEdit] = {}
        self.bank_labels: dict[int, QLabel] = {}
        self.line_labels: dict[int, QLabel] = {}  # the line's name, and its currency's sign when they differ
        self.rows = {r.line_id: r for r in status.lines}
        # each limit is typed in its line's currency: one sign in the box's title, or one per line
        self.currencies = list(dict.fromkeys(r.currency for r in status.lines)) or ["CNY"]
        for row in status.lines:
            edit = QLineEdit(fmt.money(row.my_limit_fen, row.currency, symbol=False) if row.my_limit_fen else "")
            edit.setPlaceholderText("—")
            err = error_label()
            self.errors.add([f"my_limit:{row.line_id}"], err, edit)
            self.line_edits[row.line_id] = edit
            self.bank_labels[row.line_id] = muted()
            self.line_labels[row.line_id] = QLabel()
            self.line_labels[row.line_id].setBuddy(edit)
            lines_form.addRow(self.line_labels[row.line_id], stacked(edit, self.bank_labels[row.line_id], err))
        self.plans = QLineEdit("" if limits.max_active_plans is None else str(limits.max_active_plans))
        self.cap = QLineEdit(fmt.money(limits.monthly_cap_fen, symbol=False) if limits.monthly_cap_fen is not None else "")
        self.plans_error, self.cap_error = error_label(), error_label()
        self.errors.add(["max_plans"], self.plans_error, self.plans)
        self.errors.add(["monthly_cap"], self.cap_error, self.cap)
        self.plans_hint, self.cap_hint = muted(), muted()
        for hint in (self.plans_hint, self.cap_hint):
            hint.setWordWrap(True)
        self.caps_box = QGroupBox()
        caps_form = QFormLayout(self.caps_box)
        self.plans_label, self.cap_label = QLabel(), QLabel()
        self.plans_label.setBuddy(self.plans)
        self.cap_label.setBuddy(self.cap)
        caps_form.addRow(self.plans_label, stacked(self.plans, self.plans_hint, self.plans_error))
        caps_form.addRow(self.cap_label, stacked(self.cap, self.cap_hint, self.cap_error))
        self.read_against = QComboBox()
        self.read_against.setObjectName("readAgainst")
        self.read_against.addItems(["", ""])  # texts in retranslate_ui, data = LimitBasis
        for i, basis in enumerate((LimitBasis.MINE, LimitBasis.BANK)):
            self.read_against.setItemData(i, basis.value)
        self.read_against.setCurrentIndex(max(0, self.read_against.findData(limits.read_against.value)))
        self.read_against_label, self.read_against_hint = QLabel(), muted()
        self.read_against_hint.setWordWrap(True)
        self.read_against_label.setBuddy(self.read_against)
        caps_form.addRow(self.read_against_label, stacked(self.read_against, self.read_against_hint))
        self.budget_box = QGroupBox()
        self.budget_table = QTableWidget(0, 2)
        self.budget_table.verticalHeader().hide()
        self.budget_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.budget_table.setMinimumHeight(160)
        self.budget_error = error_label()
        self.errors.add(["budget", "category"], self.budget_error, self.budget_table)
        current = session.services.budget_caps()
        self.budget_keys: list[str] = []
        for shown, key in categories.choices(session.listing.categories() + list(current)):
            at = self.budget_table.rowCount()
            self.budget_table.insertRow(at)
            name = QTableWidgetItem(shown)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.budget_table.setItem(at, 0, name)
            cap = current.get(key)
            self.budget_table.setItem(at, 1, QTableWidgetItem(
                fmt.money(cap, symbol=False) if cap is not None else ""))
            self.budget_keys.append(key)
        budget_layout = QVBoxLayout(self.budget_box)
        self.budget_hint = muted()
        self.budget_hint.setWordWrap(True)
        budget_layout.addWidget(self.budget_hint)
        budget_layout.addWidget(self.budget_table)
        budget_layout.addWidget(self.budget_error)
        self.checklist_box = QGroupBox()
        self.checklist = QLabel()
        self.checklist.setWordWrap(True)
        self.checklist.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.checklist_box).addWidget(self.checklist)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for w in (self.intro, self.lines_box, self.caps_box, self.budget_box, self.checklist_box):
            inner.addWidget(w)
        scroll = QScrollArea()  # many lines and categories: the form scrolls, OK/Cancel stay in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(680, 780)
        self.retranslate_ui()

    def values(self) -> MyLimits:
        """The limits typed in. Raises ``ValidationError`` naming the field (``my_limit:<line id>``,
        ``max_plans``, ``monthly_cap``)."""
        lines = {}
        for line_id, edit in self.line_edits.items():
            if edit.text().strip():
                field = f"my_limit:{line_id}"
                fen = fmt.parse_money(edit.text(), self.rows[line_id].currency, field=field, allow_zero=True)
                if fen <= 0:
                    raise ValidationError(field, edit.text(), messages.QT_TRANSLATE_NOOP("Errors", "must be more than 0"))
                lines[line_id] = fen
        plans = None
        if self.plans.text().strip():
            text = self.plans.text().strip()
            if not text.isdigit() or int(text) > MAX_PLANS_CAP:
                raise ValidationError("max_plans", text, messages.QT_TRANSLATE_NOOP(
                        "Errors", "must be from 0 to %1").arg(MAX_PLANS_CAP))
            plans = int(text)
        cap = None
        if self.cap.text().strip():
            cap = fmt.parse_money(self.cap.text(), field="monthly_cap", allow_zero=True)
        return MyLimits(lines, plans, cap, LimitBasis(self.read_against.currentData()))

    def budget_values(self) -> dict[str, int]:
        """The budgets typed in, ``{category key: fen}``. Raises ``ValidationError`` (``budget``)."""
        caps = {}
        for row, key in enumerate(self.budget_keys):
            item = self.budget_table.item(row, 1)
            text = item.text().strip() if item is not None else ""
            if text:
                caps[key] = fmt.parse_money(text, field="budget", allow_zero=True)
        return caps

    def submit(self) -> None:
        limits, caps = self.values(), self.budget_values()

        def save() -> Changes:  # both in one transaction: all saved, or nothing
            return self.session.services.save_limits_and_budgets(limits, caps)

        self.session.apply(save)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("My limits"))
        self.intro.setText(self.tr(
            "Limits you set yourself, below what the bank allows. DebtLens reads your lines against them and asks "
            "again, naming the limit, before saving a purchase that goes past one. Leave a field empty for no "
            "limit."))
        one = len(self.currencies) == 1
        self.lines_box.setTitle(with_sign(self.tr("My limit on each line (¥)"), self.currencies[0]) if one
                                else self.tr("My limit on each line"))
        for line_id, row in self.rows.items():
            self.line_labels[line_id].setText(row.name if one else with_sign(self.tr("%1 (¥)"), row.currency)
                                              .replace("%1", row.name))
            self.bank_labels[line_id].setText(
                self.tr("The bank allows %1; you owe %2.").replace(
                    "%1", fmt.money(row.bank_limit_fen, row.currency) if row.bank_limit_fen else self.tr("no limit"))
                .replace("%2", fmt.money(row.owed_fen, row.currency)))
        self.caps_box.setTitle(self.tr("Caps"))
        self.plans_label.setText(self.tr("Most installment &plans at once"))
        self.plans_hint.setText(self.tr("0 = no installment plans at all."))
        self.cap_label.setText(self.tr("Monthly &cap on credit spending (¥)"))
        self.cap_hint.setText(self.tr("New purchases on all your lines in a calendar month."))
        self.read_against_label.setText(self.tr("&Read utilization against"))
        self.read_against.setItemText(0, self.tr("My limits, where I set one"))
        self.read_against.setItemText(1, self.tr("The bank's limits"))
        self.read_against_hint.setText(self.tr("The overview's cards and bands, the warnings before a purchase and "
                                               "the alerts all use this limit."))
        self.budget_box.setTitle(self.tr("Monthly budgets by category (¥)"))
        self.budget_hint.setText(self.tr("A cap on credit spending per category in a calendar month; the overview "
                                         "shows how far this month has gone. Leave empty for no budget."))
        self.budget_table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Budget a month")])
        self.checklist_box.setTitle(self.tr("Lower the real limit"))
        self.checklist.setText(self.tr(
            "Your own limit only warns you; the bank's limit is what you can actually spend. To lower it:\n"
            "• 花呗: in Alipay open 花呗 and look for 额度管理 / 调低额度. To stop paying with 花呗 by default, "
            "put your balance or a debit card first in Alipay's payment order (扣款顺序) and remove 花呗 from "
            "automatic payments (免密支付 / 自动扣款) you do not need.\n"
            "• Credit card: in the bank's app look for 额度管理 / 调低额度, or call the bank; refuse temporary "
            "raises (临时额度) and ask it not to raise your limit on its own.\n"
            "• 京东白条: in the JD app open 白条 and look for 额度管理; choose a debit card as the default payment.\n"
            "Menus move between app versions: look for these words."))
