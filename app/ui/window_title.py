"""The main window's title names what is open: ``debtlens.db — DebtLens``, ``Demo — DebtLens`` or, in a
workshop, the story's title (``Bought a phone in 12 installments — DebtLens``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import formatting as fmt


def window_title(session, workshop) -> str:
    """The title for ``session`` (a ``Session``) and ``workshop`` (a ``WorkshopController``) in the language in
    force."""
    app_name = QCoreApplication.translate("MainWindow", "DebtLens")
    if workshop.active:
        name = workshop.scenario.title.get(fmt.active_locale())
    elif session.demo:
        name = QCoreApplication.translate("MainWindow", "Demo")
    else:
        name = session.db_path.name
    return f"{name} — {app_name}"
