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


def resource_root() -> Path:
    """The folder holding ``resources/`` (the source tree, or a PyInstaller bundle's ``sys._MEIPASS``)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[1]


def scenarios_dir() -> Path:
    """The workshop scenarios shipped with DebtLens: ``resources/scenarios``."""
    return resource_root() / "resources" / "scenarios"


def workshop_db_path(scenario_id: str) -> Path:
    """A scenario's own workshop ledger, never the user's: ``<data dir>/workshops/<id>.db``."""
    return data_dir() / "workshops" / f"{scenario_id}.db"
