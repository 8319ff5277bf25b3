"""Thin Qt table models over plain rows (checked with ``qtmodeltester``)."""
