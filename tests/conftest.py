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


import threading  # noqa: E402

import pytest  # noqa: E402

#: Threads that live for the whole process by design: the charts' one helper thread (``app.ui.chart_images``).
LONG_LIVED = ("debtlens-charts",)


@pytest.fixture(autouse=True)
def no_dangling_threads():
    """Fail a test that leaves a thread running: a Python thread it started, or a session's task runner it did not
    close (a worker still holding a connection to a test's database)."""
    before = {t.ident for t in threading.enumerate()}
    runners_before = set(_running_runners())
    yield
    started = [t for t in threading.enumerate() if t.ident not in before and not isinstance(t, threading._DummyThread)
               and not t.name.startswith(LONG_LIVED)]
    for thread in started:
        thread.join(timeout=2)
    left = [t.name for t in started if t.is_alive()]
    left += [f"the task runner of {name}" for runner_id, name in _running_runners().items()
             if runner_id not in runners_before]
    assert not left, f"threads left running: {left}"


def _running_runners() -> dict[int, str]:
    """``{id: database file name}`` of the task runners still running (none when Qt was never loaded)."""
    import sys

    tasks = sys.modules.get("app.ui.tasks")
    return {id(r): r.db_name for r in tasks.running_runners()} if tasks is not None else {}


@pytest.fixture(autouse=True)
def messages_are_keys(monkeypatch):
    """Fail a test in which any layer explained something to a person in plain English text instead of a
    translatable ``Message`` (``QT_TRANSLATE_NOOP(ctx, template).arg(...)``): an error's reason, a skipped row, a
    problem, a warning, a file notice or why a database cannot be opened. Such a text could not be shown in
    Chinese."""
    from app.domain.errors import ValidationError
    from app.domain.messages import Message
    from app.importers import records
    from app.storage.files import DatabaseError

    plain: list[str] = []

    def check(where: str, text: object) -> None:
        if isinstance(text, str) and not isinstance(text, Message):
            plain.append(f"{where}: {text!r}")

    def wrap_init(cls, where: str, pick):
        original = cls.__init__

        def __init__(self, *args, **kwargs):
            original(self, *args, **kwargs)
            for text in pick(self):
                check(where, text)

        monkeypatch.setattr(cls, "__init__", __init__)

    wrap_init(ValidationError, "ValidationError reason", lambda e: [e.reason])
    wrap_init(records.ImportFormatError, "ImportFormatError reason", lambda e: [e.reason])
    wrap_init(DatabaseError, "DatabaseError reason", lambda e: [e.reason])
    wrap_init(records.SkippedRow, "skipped row reason", lambda r: [r.reason])
    wrap_init(records.Problem, "problem reason", lambda p: [p.reason])
    wrap_init(records.ImportedEvent, "event warning", lambda e: list(e.warnings))
    original_notice = records.ParseResult.notice

    def notice(self, message):
        check("file notice", message)
        original_notice(self, message)

    monkeypatch.setattr(records.ParseResult, "notice", notice)
    yield
    assert not plain, "texts for people that are not translatable Messages:\n" + "\n".join(sorted(set(plain)))
