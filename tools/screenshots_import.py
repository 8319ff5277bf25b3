"""Screenshots of the import dialog previewing the Alipay sample, in English and Chinese, into ``docs/screenshots/``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_import.py [OUT_DIR]

Writes ``import_preview_en.png`` and ``import_preview_zh_CN.png``. The Chinese texts come from
``translations/debtlens_zh_CN.qm`` (``make translations`` builds it).
Open each PNG and look at it: clipped text, cramped tables, missing CJK glyphs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

TODAY = date(2024, 11, 5)
SAMPLE = ROOT / "tests" / "data" / "alipay_app_sample_gbk.csv"
SIZE = (1120, 780)


def install_language(app, code: str, tmp: Path) -> None:
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


def main(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.domain.credit_line import CreditLine, LineKind
    from app.ui import theme
    from app.ui.importing.dialog import ImportDialog
    from app.ui.importing.state import ImportState
    from app.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, "light")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        session = Session(tmp / "shots.db", today=lambda: TODAY)
        session.ledger.add_line(CreditLine("花呗"), limit_fen=800_000)
        session.ledger.add_line(CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                                limit_fen=3_000_000)
        sample = tmp / "支付宝交易明细(20241001-20241031).csv"
        sample.write_bytes(SAMPLE.read_bytes())
        try:
            for code in ("en", "zh_CN"):
                install_language(app, code, tmp)
                dialog = ImportDialog(session)
                dialog.resize(*SIZE)
                dialog.show()
                dialog.load_file(sample)
                deadline = time.monotonic() + 30
                while dialog.state == ImportState.BUSY and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.01)
                dialog.file_edit.setText(f"~/Downloads/{sample.name}")  # the same picture on every run
                for _ in range(3):
                    app.processEvents()
                path = out_dir / f"import_preview_{code}.png"
                dialog.grab().save(str(path))
                print(path)
                written.append(path)
                dialog.close()
                dialog.deleteLater()
                app.processEvents()
        finally:
            session.close()
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
