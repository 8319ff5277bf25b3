"""Locale-aware formatting and parsing of money, dates and percentages (babel; no Qt)."""
