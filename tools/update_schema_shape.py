"""Write ``app/storage/schema_shape.py``: the shape of the schema this build's migrations create, for the schema
check on every open (``app.storage.schema_check``).

    .venv/bin/python tools/update_schema_shape.py

Run it after adding a migration; ``tests/storage/test_schema_shape.py`` fails until the file matches.
"""

from __future__ import annotations

import pprint
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Compute the shape and write the module; returns the exit status."""
    from app.storage.migrations import SCHEMA_VERSION
    from app.storage.schema_check import migrated_shape

    shape = migrated_shape(SCHEMA_VERSION)
    text = ('"""The shape of the schema this version creates (schema version {v}): tables with their columns, indexes with\n'
            'theirs, triggers with their text. Written by ``tools/update_schema_shape.py``; do not edit.\n"""\n\n'
            "# fmt: off\n"
            "VERSION = {v}\n"
            "SHAPE: dict[tuple[str, str], tuple] = {shape}\n").format(
        v=SCHEMA_VERSION, shape=pprint.pformat(shape, width=116, sort_dicts=True))
    target = ROOT / "app" / "storage" / "schema_shape.py"
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({len(shape)} objects, schema version {SCHEMA_VERSION})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
