"""Screenshots of the true-cost views in English and Chinese, on the demo scenario, into ``docs/screenshots/``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_true_cost.py [OUT_DIR]

Writes ``true_cost_before_you_buy_<lang>.png``, ``true_cost_minimum_trap_<lang>.png`` and
``true_cost_payoff_<lang>.png`` for ``en`` and ``zh_CN``. The Chinese texts come from
``translations/debtlens_zh_CN.qm`` (``make translations`` builds it).
Open each PNG and look at it: clipped text, unreadable charts, missing CJK glyphs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="mpl-"))  # a stale font cache hides CJK fonts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

TODAY = date(2025, 3, 18)


def install_language(app, code: str, tmp: Path) -> list:
    """Install the translators of ``code`` (``en`` or ``zh_CN``) and set the formatting locale."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from app.i18n import formatting as fmt

    for translator in getattr(app, "_shot_translators", []):
        app.removeTranslator(translator)
    installed = []
    QLocale.setDefault(QLocale("zh_CN" if code == "zh_CN" else "en_US"))
    fmt.set_locale("zh_CN" if code == "zh_CN" else "en_US")
    if code == "zh_CN":
        files = [(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                 ("debtlens_zh_CN", str(ROOT / "translations"))]
        for name, folder in files:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    app._shot_translators = installed
    return installed


def main(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.domain.payoff import Debt
    from app.services.demo import CARD, HUABEI, build_demo
    from app.ui import theme
    from app.ui.session import Session
    from app.ui.views.before_you_buy import BeforeYouBuyView
    from app.ui.views.minimum_trap import MinimumTrapView
    from app.ui.views.payoff_planner import PayoffPlannerView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, "light")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        session = Session(tmp / "demo.db", demo=True, today=lambda: TODAY)
        build_demo(session.store, TODAY)
        huabei = session.store.lines.by_name(HUABEI).id
        card = session.store.lines.by_name(CARD).id
        try:
            for code in ("en", "zh_CN"):
                install_language(app, code, tmp)

                buy = BeforeYouBuyView(session, line_id=huabei, price_fen=199_900)
                buy.merchant.setText("示例平板电脑")
                buy.table.selectRow(2)
                written.append(_shot(app, buy, (1120, 1040), out_dir / f"true_cost_before_you_buy_{code}.png"))

                trap = MinimumTrapView(session)
                # the card's bill that was only partly paid (the demo leaves one), else its next bill
                choices = [(i, trap.statement.itemData(i)) for i in range(trap.statement.count())]
                on_card = [(i, c) for i, c in choices if c is not None and c.line_id == card]
                index = next((i for i, c in on_card if c.issued), on_card[0][0])
                trap.statement.setCurrentIndex(index)
                written.append(_shot(app, trap, (1000, 820), out_dir / f"true_cost_minimum_trap_{code}.png"))

                # domain-rules.md §7 example P1: the rates differ, so avalanche and snowball differ
                payoff = PayoffPlannerView(session, prefill=False)
                payoff.debts_model.set_debts([Debt("A", 80_000, Decimal("0.06"), 2_500),
                                              Debt("B", 250_000, Decimal("0.22"), 7_500),
                                              Debt("C", 400_000, Decimal("0.16"), 10_000)])
                payoff.budget.setText("400")
                payoff.compare()
                written.append(_shot(app, payoff, (1080, 900), out_dir / f"true_cost_payoff_{code}.png"))
        finally:
            session.close()
    return written


def _shot(app, widget, size: tuple[int, int], path: Path) -> Path:
    widget.resize(*size)
    widget.show()
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    widget.close()
    widget.deleteLater()
    app.processEvents()
    print(path)
    return path


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
