"""My own limit per credit line (table ``personal_limits``, migration m006): one row per line that has one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase



class PersonalLimitsRepo:
    """Read and write ``personal_limits``; callers wrap writes in ``Store.atomic()``."""

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def all(self) -> dict[int, int]:
        """``{line_id: limit_fen}`` of every line with a personal limit."""
        return {r["line_id"]: r["limit_fen"] for r in self.db.query(
            "SELECT line_id, limit_fen FROM personal_limits ORDER BY line_id")}

    def set(self, line_id: int, limit_fen: int | None) -> None:
        """Set (or with ``None`` remove) the personal limit of ``line_id`` (fen, > 0)."""
        if limit_fen is None:
            self.db.execute("DELETE FROM personal_limits WHERE line_id = ?", [line_id])
        else:
            self.db.execute("INSERT INTO personal_limits (line_id, limit_fen) VALUES (?, ?) "
                            "ON CONFLICT (line_id) DO UPDATE SET limit_fen = excluded.limit_fen",
                            [line_id, limit_fen])
