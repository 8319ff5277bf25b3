"""What a user action changed, so views refresh only what they must (Anki's ``OpChanges`` idea)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Flags of what changed, plus the ids that were created or touched.

    ``lines``: credit lines or limits; ``postings``: purchases, refunds or plans; ``repayments``; ``settings``.
    Any of the first three also changes statements and positions.
    """

    lines: bool = False
    postings: bool = False
    repayments: bool = False
    settings: bool = False
    ids: dict[str, int] = field(default_factory=dict)

    @property
    def statements(self) -> bool:
        """Whether statements, positions and schedules need recomputing."""
        return self.lines or self.postings or self.repayments

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.lines or other.lines, self.postings or other.postings,
                       self.repayments or other.repayments, self.settings or other.settings,
                       {**self.ids, **other.ids})
