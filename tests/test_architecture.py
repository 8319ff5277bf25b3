"""The core packages stay free of Qt and matplotlib (design.md "Rules of the house")."""

import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_core_packages_import_without_qt_or_matplotlib():
    code = (
        "import sys, app.domain, app.storage, app.services, app.importers, app.i18n, app.cli;"
        "import app.services.ledger, app.services.queries, app.storage.repositories;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_domain_imports_only_stdlib_dateutil_and_itself():
    allowed = {"__future__", "dataclasses", "datetime", "decimal", "enum", "typing", "collections", "calendar",
               "re", "math", "itertools", "functools", "dateutil", "app", "collections.abc", "bisect", "operator", "heapq",
               "unicodedata"}
    for path in (ROOT / "app" / "domain").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top in allowed and (top != "app" or name.startswith("app.domain")), f"{path.name}: {name}"


#: The one module allowed to grow past the limit: the migrations hold the schema's SQL text, each one as written.
LONG_BY_NATURE = {"app/storage/migrations.py"}


def test_no_module_is_over_400_lines():
    """Small modules with names that explain themselves (design.md): a module past 400 lines is split."""
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "app").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert {k: v for k, v in long.items() if k not in LONG_BY_NATURE} == {}
