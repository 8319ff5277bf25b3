"""SQLite storage through sqlite-utils: schema, migrations, repositories, backups. The only layer that writes SQL."""

import sys

# sqlite-utils imports numpy when it is installed, only to store numpy scalars (DebtLens never passes any); that
# costs ~0.1 s of the app's start-up before the first paint. Hide numpy while sqlite-utils loads; matplotlib
# imports it for real when the first chart is drawn.
if "numpy" not in sys.modules and "sqlite_utils" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]
