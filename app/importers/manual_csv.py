"""Purchases a user typed into a spreadsheet: ``date,merchant,category,amount,installments``.

Every row is a purchase on the line the user picks when importing. ``amount`` is positive, in yuan (the file
format says so; ``"1,360.00"`` allowed); ``installments`` blank means 1. The file has no ids, so the key is
``manual:<date>:<merchant>:<amount_fen>:<occurrence>``, the occurrence counting equal rows in file order: two
identical coffees on one day are two purchases, and importing the file again matches both.
"""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.domain.installments import MAX_PERIODS, MIN_PERIODS
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.dates import parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import PURCHASE, ImportedEvent, ParseResult, Problem
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP

FORMAT = "manual_csv"
_COLUMNS = {"date": "date", "merchant": "merchant", "category": "category", "amount": "amount",
            "installments": "installments"}
_REQUIRED = ("date", "merchant", "amount")


def matches(cells: list[str]) -> bool:
    """``True`` for the header ``date,merchant,category,amount[,installments]`` (any letter case)."""
    return [c.lower() for c in cells[:4]] == ["date", "merchant", "category", "amount"]


def parse(table: Table) -> ParseResult:
    """Read the typed purchases; a row that cannot be read is a :class:`Problem`.

    Returns:
        ParseResult: purchases with amounts in fen.
    """
    table.header = [c.lower() for c in table.header]
    result = ParseResult(format=FORMAT)
    col = table.column_index(_COLUMNS, _REQUIRED)
    width = col["amount"] + 1
    keys = KeyMaker()
    i_date, i_merchant, i_amount = col["date"], col["merchant"], col["amount"]
    i_category, i_plan = col.get("category"), col.get("installments")
    filed: dict[str, tuple[str, tuple[str, ...]]] = {}  # category text -> (category, warnings), once per text
    for number, cells in table.data_rows():
        if table.wrong_width(result, number, cells, width):
            continue
        merchant = cells[i_merchant]
        source_category = cells[i_category] if i_category is not None and i_category < len(cells) else ""
        plan_text = cells[i_plan] if i_plan is not None and i_plan < len(cells) else ""
        try:
            posted_on = parse_datetime_text(cells[i_date], field="date")
            amount = parse_fen(cells[i_amount], field="amount")
            installments = _installments(plan_text)
            if not merchant:
                raise ValidationError("merchant", merchant, QT_TRANSLATE_NOOP("Errors", "is empty"))
        except ValidationError as err:
            result.problems.append(Problem(table.filename, number, err.field, QT_TRANSLATE_NOOP(
                    "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
            continue
        found = filed.get(source_category)
        if found is None:
            found = filed[source_category] = _filed(source_category)
        result.events.append(ImportedEvent(
            kind=PURCHASE, row=number, posted_on=posted_on, amount_fen=amount, merchant=table.same(merchant),
            description="", category=found[0], source_category=table.same(source_category),
            source_key=keys.from_content("manual", posted_on, merchant, amount), installments=installments,
            warnings=found[1],
        ))
    return table.finish(result)


def _filed(source_category: str) -> tuple[str, tuple[str, ...]]:
    """The DebtLens category of a typed category text, and the warning when it names none (filed under Other)."""
    category = categories.from_text(source_category) if source_category else None
    if category is not None:
        return category, ()
    if not source_category:
        return categories.OTHER, ()
    return categories.OTHER, (QT_TRANSLATE_NOOP("ImportTexts", "category %1 is not a DebtLens category: filed under "
                                                               "Other").arg(repr(source_category)),)


def _installments(text: str) -> int:
    if not text:
        return 1
    if not (text.isascii() and text.isdigit()) or not MIN_PERIODS <= int(text) <= MAX_PERIODS:
        # the ledger's own bounds (60: the longest plan a card may offer), so a row it would refuse is named here
        raise ValidationError("installments", text, QT_TRANSLATE_NOOP(
                "Errors", "must be a whole number from %1 to %2").arg(MIN_PERIODS, MAX_PERIODS))
    return int(text)
