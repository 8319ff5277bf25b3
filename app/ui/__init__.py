"""The desktop GUI (PySide6). The only package that imports Qt or matplotlib."""
