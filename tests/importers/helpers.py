"""Helpers for the importer tests: the sample files and event tallies."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.importers import ParseResult

DATA = Path(__file__).resolve().parent.parent / "data"


def sample(name: str) -> bytes:
    """The bytes of a sample in ``tests/data`` (copied byte for byte, never re-saved)."""
    return (DATA / name).read_bytes()


def tally(result: ParseResult) -> dict[str, tuple[int, int]]:
    """``{kind: (count, total fen)}`` over the events of ``result``."""
    counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for event in result.events:
        counts[event.kind] += 1
        totals[event.kind] += event.amount_fen
    return {kind: (counts[kind], totals[kind]) for kind in counts}
