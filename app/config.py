"""Where DebtLens keeps its files (platformdirs), with no I/O at import."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "DebtLens"
#: Reverse-DNS id of the desktop app: the .desktop and AppStream files in packaging/linux are named after it.
APP_ID = "org.debtlens.DebtLens"
#: Folder inside the installed package that holds its resources and translations (see ``resource_root``).
PACKAGE_DATA = "_data"


def data_dir() -> Path:
    """The platform's user-data folder for DebtLens (e.g. ``~/.local/share/DebtLens`` on Linux)."""
    import platformdirs  # a command given --db never needs it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the user only, and tighten it to 0700 when it is ours
    and looser; returns ``path``. The data folder holds the ledger, its backups and settings."""
    import os
    import stat

    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(0o700)
    except (AttributeError, OSError):  # no getuid on Windows; a folder we cannot change stays as it is
        pass
    return path


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
    """The folder holding ``resources/`` (icons, workshop scenarios) and ``translations/`` (the compiled ``.qm``).

    In a PyInstaller bundle that is ``sys._MEIPASS``; in an installed copy (a wheel) the package's own ``_data``
    folder, which ``setup.py`` fills when the wheel is built; in a checkout the repository root (``.qm`` files
    from ``make translations``).
    """
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    shipped = package / PACKAGE_DATA
    return shipped if shipped.is_dir() else package.parent


def scenarios_dir() -> Path:
    """The workshop scenarios shipped with DebtLens: ``resources/scenarios``."""
    return resource_root() / "resources" / "scenarios"


def workshop_db_path(scenario_id: str) -> Path:
    """A scenario's own workshop ledger, never the user's: ``<data dir>/workshops/<id>.db``."""
    return data_dir() / "workshops" / f"{scenario_id}.db"
