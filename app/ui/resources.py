"""Where the GUI finds its files: icons in ``resources/``, compiled translations in ``translations/``.

Works from the source tree and from a frozen (PyInstaller) bundle, where files sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def root() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


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
