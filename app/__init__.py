"""DebtLens (明白账): a desktop ledger for consumer credit lines."""

__version__ = "0.1.0"
