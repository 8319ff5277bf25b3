"""The command line in a Chinese locale says everything in Chinese: the words around amounts, the dates inside
sentences, lists of names, and the early-payoff rule (no English or raw internal values left in between)."""

import re

import pytest

from app.cli import main
from app.i18n import formatting as fmt


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_plans_payoffs_history_and_alerts_in_chinese(tmp_path, capsys, chinese):
    db = tmp_path / "t.db"
    before = fmt.active_locale()
    run(capsys, db, "line", "add", "示例卡", "--kind", "credit_card", "--limit", "20000", "--statement-day", "5",
        "--due-day", "23")
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    out = run(capsys, db, "purchase", "add", "--line", "示例卡", "--date", "2026-02-10", "--amount", "1000",
              "--installments", "3")
    assert "分 3 期：首期 ¥340.84，之后 ¥340.83 × 2（手续费合计 ¥22.50）" in out
    out = run(capsys, db, "payoff", "--purchase", "1", "--date", "2026-03-01")
    assert "（剩余各期手续费全收）" in out
    run(capsys, db, "purchase", "add", "--line", "示例卡", "--date", "2026-02-11", "--amount", "2000")
    run(capsys, db, "convert", "--line", "示例卡", "--statement", "2026-03-05", "--periods", "6", "--today",
        "2026-03-10")
    out = run(capsys, db, "history")
    assert "将 2026年3月5日 的账单分 6 期" in out
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-02", "--amount", "300",
        "--installments", "3")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-03", "--amount", "300",
        "--installments", "6")
    out = run(capsys, db, "alerts", "--today", "2026-03-20")
    assert "示例卡和花呗" in out and " and " not in out
    out = run(capsys, db, "plan", "installment", "--amount", "1000", "--periods", "3", "--fee-rate", "0")
    assert "¥333.34，之后 ¥333.33" in out
    assert not re.search(r"\b(then|each|first|days?|month)\b", out)
    assert fmt.active_locale() == before  # the command put the formatting locale back


def test_fixed_categories_are_shown_and_typed_in_chinese(tmp_path, capsys, chinese):
    """A fixed category is stored by its English key (what imports and charts group by) and shown and typed in the
    command line's language; a category of one's own stays as typed."""
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "50", "--category", "餐饮")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-02", "--amount", "20", "--category",
        "dining")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-03", "--amount", "9", "--category", "猫粮")
    listed = run(capsys, db, "purchase", "list")
    assert listed.count("餐饮") == 2 and "猫粮" in listed and "Dining" not in listed
    assert "餐饮 的预算：每月 ¥500.00" in run(capsys, db, "limits", "budget", "--category", "餐饮", "--cap", "500")
    shown = run(capsys, db, "limits", "show", "--today", "2026-03-10")
    assert "预算 餐饮：¥500.00 中已用 ¥70.00" in shown


def test_an_unknown_workshop_story_is_a_sentence_in_chinese(tmp_path, capsys, chinese):
    assert main(["--db", str(tmp_path / "t.db"), "workshop", "show", "nosuch"]) == 2
    err = capsys.readouterr().err.strip()
    # it said "nosuch，name：没有这个情景（随附的有：…）"
    assert err.startswith("debtlens：错误：没有名为“nosuch”的工作坊故事。现有的故事：limit-creep、minimum-trap、")
    assert err.endswith("student-phone 和 three-due-dates。") and "name" not in err
