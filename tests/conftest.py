"""Test-wide setup that must happen before Qt or matplotlib is imported anywhere.

- ``QT_QPA_PLATFORM=offscreen``: without a display Qt would abort the whole run (design.md "Running headless").
- A fresh ``MPLCONFIGDIR``: a font cache written before a CJK font was installed would hide it.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MPLCONFIGDIR"] = tempfile.mkdtemp(prefix="debtlens-mpl-")
