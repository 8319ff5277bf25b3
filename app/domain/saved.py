"""Records that get their id when they are saved.

A record built in memory has ``id = None``; a record read from the database has its row id. Code that needs the
stored id asks for ``saved_id``, which says so instead of passing ``None`` on to a query.
"""

from __future__ import annotations


class Saved:
    """Mixin for frozen dataclasses with an ``id: int | None`` field (the field itself is declared by each class)."""

    __slots__ = ()
    id: int | None

    @property
    def saved_id(self) -> int:
        """The row id of a record read from the database.

        Raises:
            ValueError: the record was built in memory and not saved yet.
        """
        if self.id is None:
            raise ValueError(f"{type(self).__name__} is not saved yet")
        return self.id
