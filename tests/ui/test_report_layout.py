"""The monthly report's column widths (``app.ui.report_layout``): no header word is ever narrower than its column."""

from __future__ import annotations

from app.ui.report_layout import CELL_EXTRA, TEXT_SLACK, WORD_JOINER, column_widths, unbroken


def _measure(text: str, bold: bool) -> float:
    """6 per character (a Chinese one 12), a bold one 10 % wider: about the report's 8.5 pt at 96 dots per inch."""
    return sum(12 if ord(c) > 0x2E80 else 6 for c in text) * (1.1 if bold else 1.0)


def _fits(headers, widths, total):
    """Every header's widest word fits its column with its padding (less one percent point, the rounding)."""
    return all(w / 100 * total >= max(_measure(word, True) for word in h.split(" ")) * TEXT_SLACK + CELL_EXTRA
               - total / 100 for h, w in zip(headers, widths, strict=True))


def test_every_header_word_fits_its_column_and_the_shares_make_100():
    headers = ["Credit line", "Credit limit", "Used", "Available", "Utilization", "Next payment"]
    rows = [["花呗", "¥5,000.00", "¥2,739.40", "¥2,260.60", "54.8%", "¥1,306.40 by Dec 10, 2026"]]
    widths = column_widths(headers, rows, 640, _measure)
    assert sum(widths) == 100
    assert _fits(headers, widths, 640)
    # "Utilization" (11 letters, bold: 72.6 + padding) gets more than the 10 % it had before (64), where Qt broke it
    assert widths[4] > 10


def test_a_two_character_chinese_header_is_never_split():
    headers = ["账户", "账单日", "还款日", "本期应还", "最低还款", "已还", "未还", "状态", "利息"]
    rows = [["招商银行信用卡", "2026年12月5日", "2026年12月23日", "¥1,446.27", "¥635.04", "¥0.00", "¥1,446.27",
             "未出账", "¥12.34"]]
    widths = column_widths(headers, rows, 640, _measure, nowrap={1, 2})
    assert sum(widths) == 100 and _fits(headers, widths, 640)
    assert unbroken("利息") == f"利{WORD_JOINER}息"
    assert unbroken("Statement date") == WORD_JOINER.join("Statement") + " " + WORD_JOINER.join("date")
    assert unbroken("2026年12月10日 应还 ¥1,306.40（花呗）", 12) == (
        "2026年12月10日".replace("", WORD_JOINER)[1:-1] + " " + WORD_JOINER.join("应还") + " ¥1,306.40（花呗）")


def test_a_column_whose_text_fits_gets_its_whole_width_before_a_long_sentence():
    rows = [["Debt-service ratio (busiest month Dec 2026: ¥4,778.93 due ÷ ¥12,000.00 income)",
             "¥1,306.40 on Dec 10, 2026 (花呗)"]]
    widths = column_widths(["Figure", "Amount"], rows, 640, _measure)
    assert widths[1] / 100 * 640 >= _measure(rows[0][1], False) * TEXT_SLACK + CELL_EXTRA - 640 / 100
    assert widths == [67, 33]
