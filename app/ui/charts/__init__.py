"""matplotlib charts (``Figure`` in ``FigureCanvasQTAgg``, never pyplot). Import these modules only after the
window's first paint: matplotlib takes most of a second to load."""
