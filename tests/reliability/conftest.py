"""The GUI fixtures (isolated settings, the real window on a temporary ledger) for the window's reliability tests."""

from tests.ui.conftest import isolated_settings, make_window, window  # noqa: F401
