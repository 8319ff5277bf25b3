"""Notices of an import preview about the line chosen for a file: a file of one kind of credit line imported onto
another kind (a JD or Meituan export onto a bank card, a bank card's statement onto a Huabei line), whose rows would
be spending and repayments that line never saw. Importing is still the user's choice; the notice says it before
anything is saved."""

from __future__ import annotations

from app.domain.credit_line import CreditLine, LineKind
from app.domain.messages import QT_TRANSLATE_NOOP, Message

#: Formats whose rows are those of the app's own credit line, and that line's name.
_OWN_LINE = {"jd": QT_TRANSLATE_NOOP("ImportTexts", "JD Baitiao (京东白条)"),
             "meituan": QT_TRANSLATE_NOOP("ImportTexts", "Meituan Yuefu (美团月付)")}


def is_card_statement(format_key: str) -> bool:
    """Whether ``format_key`` (``ParseResult.format``) is a bank credit-card statement: a bank CSV/Excel, OFX/QFX
    or QIF download, the rows of one card."""
    return format_key.startswith("bank_csv:") or format_key in ("ofx", "qif")


def line_kind_notice(format_key: str, line: CreditLine, label: str) -> Message | None:
    """The notice for importing a file of format ``format_key`` (named ``label`` for people) onto ``line`` when
    they do not go together, else ``None``."""
    own_line = _OWN_LINE.get(format_key)
    if own_line is not None and line.kind == LineKind.CREDIT_CARD:
        return QT_TRANSLATE_NOOP(
                "ImportTexts", "These are the %1 rows of the file, and %2 is a credit card: import them onto a %3 line "
                "(the line dialog has a preset for it).").arg(own_line, line.name, own_line)
    if is_card_statement(format_key) and line.kind == LineKind.HUABEI:
        return QT_TRANSLATE_NOOP(
                "ImportTexts", "This is a %1, and %2 is a Huabei line: import it onto your card's line.").arg(
                label, line.name)
    return None
