"""`python -m app` runs the DebtLens command line (the GUI when no sub-command is given)."""

from app.cli import main

raise SystemExit(main())
