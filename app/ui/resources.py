"""Where the GUI finds its files: icons in ``resources/``, compiled translations in ``translations/``.

Works from the source tree, from an installed wheel and from a frozen (PyInstaller) bundle: see
``config.resource_root``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from app import config


def root() -> Path:
    """The folder holding ``resources/`` and ``translations/`` (``config.resource_root``)."""
    return config.resource_root()


def translations_dir() -> Path:
    """Folder of the compiled ``debtlens_<lang>.qm`` files."""
    return root() / "translations"


def icon_path(name: str) -> Path:
    """Path of ``resources/icons/<name>.svg``."""
    return root() / "resources" / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The SVG icon ``name`` (an empty icon when the file is missing)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
