"""Use cases: one method per user action, one transaction each, returning a ``Changes`` record.

The GUI and the CLI call the same services; tests drive them without a window.
"""
