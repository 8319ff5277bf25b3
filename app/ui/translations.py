"""Language switching without restart: swap the installed ``QTranslator``s and the babel formatting locale.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each view answers
it in ``changeEvent`` by calling its ``retranslate_ui()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from app.i18n import formatting as fmt
from app.ui.resources import translations_dir

#: Languages offered: code -> (Qt locale name, babel locale, native name shown in the chooser).
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "zh_CN": ("zh_CN", "zh_CN", "中文"),
    "en": ("en_US", "en_US", "English"),
}
DEFAULT_LANGUAGE = "zh_CN"


def language_for_system() -> str:
    """The offered language closest to the system's (Chinese for a zh_* system, else English)."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


class LanguageManager(QObject):
    """Holds the app's translators and swaps them; emits ``language_changed(code)`` after a switch."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language = ""

    def apply(self, code: str) -> str:
        """Switch to ``code`` (``"zh_CN"`` or ``"en"``, unknown codes fall back to the default)."""
        if code not in LANGUAGES:
            code = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        assert app is not None, "a language is applied once the application exists"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        qt_locale, babel_locale, _name = LANGUAGES[code]
        QLocale.setDefault(QLocale(qt_locale))
        fmt.set_locale(babel_locale)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{code}", qt_dir), (f"qt_{code}", qt_dir), (f"debtlens_{code}", str(translations_dir()))]
        loaded_qt = False
        for name, folder in candidates:
            if name.startswith("qt_") and loaded_qt:
                continue
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
                loaded_qt = loaded_qt or name.startswith("qtbase_")
        self.language = code
        # deliver the posted LanguageChange now, so every view is retranslated when apply() returns
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        self.language_changed.emit(code)
        return code
