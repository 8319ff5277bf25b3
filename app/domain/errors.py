"""Errors raised by the domain and the layers above it.

Every error names what was wrong (`field`, `value`) and why (`reason`, an English source string that the UI
translates), so a message can say "amount: must be greater than zero (got '-5')".
"""

from __future__ import annotations


class DebtLensError(Exception):
    """Base class of every error DebtLens raises on purpose."""


class ValidationError(DebtLensError, ValueError):
    """A value given by a user or a file is not acceptable.

    Attributes:
        field: the name of the input field (e.g. ``"amount"``, ``"statement_day"``).
        value: the value as given (kept as text for the message).
        reason: why it is rejected, an English sentence fragment.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {reason} (got {value!r})")


class NotFoundError(DebtLensError, LookupError):
    """A named or numbered record does not exist (unknown credit line, purchase id ...)."""

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        super().__init__(f"{what} not found: {key!r}")


class ConfirmationNeeded(ValidationError):
    """A value accepted only once the user confirms it is meant (a refund larger than what was spent on the line):
    the window asks, the command line names the flag that confirms it. Nothing was changed."""
