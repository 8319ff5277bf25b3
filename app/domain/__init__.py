"""Pure domain rules of DebtLens: money, credit lines, billing cycles, installments, statements.

Imports only the standard library and python-dateutil: no Qt, no SQL, no I/O, no clock ("today" is always a
parameter).
"""
