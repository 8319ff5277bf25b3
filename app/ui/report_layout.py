"""Column widths of the monthly report's tables (``app.ui.report``), from their headers and cells.

Qt's rich-text tables squeeze a column given too small a share of the width, and then break a word anywhere
("Utilizati/on", "利/息"). Here every column gets at least its longest unbreakable piece: a header may wrap only at
its spaces (a Chinese header's characters are kept together), a cell at its spaces (words of up to ``SHORT_WORD``
characters kept whole), a ``nowrap`` cell not at all.
The width left over goes to the columns whose full text does not fit yet. Pure: text is measured by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

#: Joins characters that must stay on one line (Qt breaks Chinese text between any two characters).
WORD_JOINER = "\u2060"
#: Words up to this many characters are kept whole in a cell; a longer run (a Chinese sentence has no spaces) may
#: still wrap, or it would claim the whole width.
SHORT_WORD = 12
#: Cell padding and rule of one column, in the measure's unit (``cellpadding="3"`` on both sides, plus slack), and
#: the share a text may come out wider on paper than measured (font hinting, fallback fonts).
CELL_EXTRA, TEXT_SLACK = 12.0, 1.05


def unbroken(text: str, longest: int | None = None) -> str:
    """``text`` with a word joiner between the characters of each space-separated word (of at most ``longest``
    characters, when given), so a line breaks only at its spaces (a Chinese header such as ``利息`` stays whole)."""
    return " ".join(WORD_JOINER.join(word) if longest is None or len(word) <= longest else word
                    for word in text.split(" "))


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], total: float,
                  measure: Callable[[str, bool], float], nowrap: AbstractSet[int] = frozenset()) -> list[int]:
    """Each column's share of the table's width, whole percent summing to 100.

    Args:
        headers: the header texts; rows: the cells' texts, row by row.
        total: the table's width, in the unit ``measure`` returns.
        measure: the width of a text on one line; its second argument says whether it is a header (bold).
        nowrap: the columns whose cells never wrap.

    A column gets at least its widest word (header or cell; a whole ``nowrap`` cell); then the columns whose
    header and cells fit on one line within a fair share of the room left get that, and the others share the rest in
    proportion to what they still need (Qt may still break a Chinese word in a cell that wraps); room to spare is
    shared evenly.
    """
    count = len(headers)
    least, most = [0.0] * count, [0.0] * count
    for i, head in enumerate(headers):
        least[i] = max(measure(word, True) for word in head.split(" "))
        most[i] = measure(head, True)
    for row in rows:
        for i, cell in enumerate(row[:count]):
            whole = measure(cell, False)
            words = [w[:SHORT_WORD] for w in cell.split(" ")]  # a longer word may wrap (``unbroken``)
            least[i] = max(least[i], whole if i in nowrap else max(measure(w, False) for w in words))
            most[i] = max(most[i], whole)
    least = [w * TEXT_SLACK + CELL_EXTRA for w in least]
    most = [max(m * TEXT_SLACK + CELL_EXTRA, w) for m, w in zip(most, least, strict=True)]
    room = total - sum(least)
    needs = {i: most[i] - least[i] for i in range(count)}
    widths = list(least)
    # water-filling: a column whose full text fits in its fair share of the room gets it, then the rest share
    while room > 0 and needs:
        fair = room / len(needs)
        small = [i for i, need in needs.items() if need <= fair]
        if not small:
            want = sum(needs.values())
            for i, need in needs.items():
                widths[i] += room * need / want
            room = 0
            break
        for i in small:
            widths[i] += needs.pop(i)
            room -= most[i] - least[i]
    if room > 0:  # everything fits on one line: the rest evenly
        widths = [w + room / count for w in widths]
    return _percent(widths)


def _percent(widths: list[float]) -> list[int]:
    """Whole percents of ``widths`` summing to 100: rounded down, the points left go to the largest remainders
    (``CELL_EXTRA`` leaves room for the rounding)."""
    whole = sum(widths) or 1.0
    exact = [100 * w / whole for w in widths]
    out = [int(e) for e in exact]
    for i in sorted(range(len(out)), key=lambda k: exact[k] - out[k], reverse=True)[:100 - sum(out)]:
        out[i] += 1
    return out
