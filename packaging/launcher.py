"""Entry point of the PyInstaller bundle: the same as ``python -m app`` (the window, or a sub-command)."""

from app.cli import main

raise SystemExit(main())
