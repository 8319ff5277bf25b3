"""Test-wide setup that must happen before Qt or matplotlib is imported anywhere.

- ``QT_QPA_PLATFORM=offscreen``: without a display Qt would abort the whole run (design.md "Running headless").
- A fresh ``MPLCONFIGDIR``: a font cache written before a CJK font was installed would hide it.
- Hypothesis profile ``ci`` (chosen by ``HYPOTHESIS_PROFILE=ci``, as ``.ci/run`` does): the same examples on every run,
  so a verdict on a commit does not depend on luck; a local run explores new random examples each time, and any
  failure it finds becomes a named regression test.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MPLCONFIGDIR"] = tempfile.mkdtemp(prefix="debtlens-mpl-")

from hypothesis import settings  # noqa: E402  (after the environment above, like every other import here)

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
