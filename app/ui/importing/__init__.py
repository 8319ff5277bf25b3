"""The import window: ``dialog`` (choose a file and a line, preview, import), ``form`` (its widgets), ``state``
(what it is doing), ``profile_editor`` (map a bank CSV's columns) and ``texts`` (the importers' reasons in the
user's language). The work itself is Qt-free: ``app.services.import_flow``.

Nothing is imported here, so that ``texts`` can be used without loading the dialog.
"""
