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


_chosen: str | None = None  # a command's own --lang, over the locale


def choose(code: str | None) -> None:
    """Speak ``code`` (``zh_CN``, ``zh`` or ``en``) for the rest of this command, whatever the locale: a command
    whose ``--lang`` picks the language of what it shows (a workshop's story) says everything else in it too.
    ``None``: the locale's language again (each command starts so). Dates, name lists and amounts are formatted
    for that language too (``app.i18n.formatting``)."""
    global _chosen
    _chosen = code
    lookup.cache_clear()
    fmt.set_locale("zh_CN" if current() == "zh_CN" else "en_US")


def current() -> str:
    """The command line's language: ``"zh_CN"`` or ``"en"``."""
    return "zh_CN" if (_chosen or fmt.system_locale()).startswith("zh") else "en"


@cache
def lookup() -> Lookup:
    """``lookup(context, source)`` in the command line's language (cached: the catalogue is read once per
    command)."""
    if current() != "zh_CN":
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


def said_in(code: str, *texts: object) -> list[str]:
    """``texts`` in ``code`` (``zh_CN`` or ``en``) whatever the command's language, under one switch of the
    catalogue: a JSON answer that carries both."""
    previous = _chosen
    choose(code)
    try:
        return [say(text) for text in texts]
    finally:
        choose(previous)
