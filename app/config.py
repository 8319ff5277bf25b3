"""Where DebtLens keeps its files (platformdirs), with no I/O at import."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "DebtLens"


def data_dir() -> Path:
    """The platform's user-data folder for DebtLens (e.g. ``~/.local/share/DebtLens`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The user's database file: ``<data dir>/debtlens.db``."""
    return data_dir() / "debtlens.db"


def demo_db_path() -> Path:
    """The separate demo database, never mixed with the user's data."""
    return data_dir() / "demo.db"


def backup_dir(db_path: Path) -> Path:
    """Folder of automatic backups for a database file: ``<folder>/backups``."""
    return db_path.parent / "backups"
