"""The desktop GUI (PySide6). The only package that imports Qt; matplotlib is also used, without Qt, by the printed
workshop handouts (``app.workshop.handout``)."""
