"""The command line's language: Chinese when the environment's locale is Chinese (``LANG=zh_CN.UTF-8``), from the
same catalogue as the window (``translations/debtlens_zh_CN.qm``), else English.

Only a Chinese locale loads Qt's translator (about 0.2 s of start-up for ``PySide6.QtCore``); English output needs
no catalogue, so English commands start as fast as before.
"""

from __future__ import annotations

from functools import cache

from app.i18n import formatting as fmt
from app.i18n.messages import Lookup, translated


def _english(context: str, source: str) -> str:
    return source


@cache
def lookup() -> Lookup:
    """``lookup(context, source)`` in the locale's language (cached: the catalogue is read once per command)."""
    if not fmt.system_locale().startswith("zh"):
        return _english
    from app import config

    path = config.resource_root() / "translations" / "debtlens_zh_CN.qm"
    if not path.is_file():
        return _english
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return _english

    def chinese(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return chinese


def say(text: object) -> str:
    """``text`` (a :class:`~app.domain.messages.Message` or plain text) in the command line's language."""
    return translated(text, lookup())

