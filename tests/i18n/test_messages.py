"""Messages as keys: every layer hands the edge a template plus arguments, never English text to match back."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from app.cli import language, main
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP, Message, fill
from app.domain.money import parse_amount
from app.i18n.messages import translated
from app.importers import parse_file

APP = Path(__file__).resolve().parents[2] / "app"
#: Calls that carry a text for people, and the position / keyword of that text.
CARRIERS = {"ValidationError": (2, "reason"), "ImportFormatError": (1, "reason"), "SkippedRow": (1, "reason"),
            "Problem": (3, "reason"), "wrong_kind": (1, "why"), "Diagnosis": (0, "reason"),
            "NotFoundError": (0, "what"), "notice": (0, "message"), "DatabaseError": (1, "reason"),
            "DatabaseBusyError": (1, "reason"), "ScenarioError": (2, "reason"), "fail": (1, "reason"),
            "HandoutError": (0, "message")}


def test_a_message_is_its_english_text_and_keeps_its_key():
    msg = QT_TRANSLATE_NOOP("Errors", "must be between %1 and %2").arg("1", "31")
    assert msg == "must be between 1 and 31" and isinstance(msg, str)
    assert (msg.context, msg.template, msg.args) == ("Errors", "must be between %1 and %2", ("1", "31"))
    assert pickle.loads(pickle.dumps(msg)).args == ("1", "31")


def test_fill_is_one_pass_and_leaves_unknown_placeholders():
    assert fill("%1 and %2", ["%2", "b"]) == "%2 and b"  # a value holding %2 is not filled again
    assert fill("%1%, %10", ["5"]) == "5%, %10"


def test_the_edge_translates_the_template_and_every_nested_message():
    inner = QT_TRANSLATE_NOOP("Errors", "is not a number")
    outer = QT_TRANSLATE_NOOP("ImportTexts", "%1 (got %2)").arg(inner, "'abc'")
    table = {("Errors", "is not a number"): "不是有效的数字", ("ImportTexts", "%1 (got %2)"): "%1（实际为 %2）"}
    assert translated(outer, lambda c, s: table.get((c, s), s)) == "不是有效的数字（实际为 'abc'）"
    assert translated("plain text", lambda c, s: "x") == "plain text"


def test_a_domain_error_carries_its_key_and_arguments():
    with pytest.raises(ValidationError) as caught:
        parse_amount("1.234", field="amount")
    reason = caught.value.reason
    assert isinstance(reason, Message)
    assert (reason.context, reason.template, reason.args) == ("Errors", "has more than %1 decimals", (2,))


def test_import_reasons_are_messages(tmp_path):
    data = ("date,merchant,category,amount,installments\n2026-01-02,Shop,Dining,abc,1\n"
            "2026-01-03,Shop,Nonsense,12.00,1\n").encode()
    result = parse_file(data, "typed.csv")
    assert [type(p.reason) for p in result.problems] == [Message]
    assert result.problems[0].reason.template == "%1 (got %2)"
    assert [w.template for e in result.events for w in e.warnings] == [
        "category %1 is not a DebtLens category: filed under Other"]


def _literal_reason(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    node = call.args[position] if len(call.args) > position else next(
        (k.value for k in call.keywords if k.arg == keyword), None)
    plain = isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))
    return node if plain else None


def test_no_layer_raises_or_reports_plain_english():
    """Every error, skipped row, problem, refusal and notice in ``app/`` is built from a marked template."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in CARRIERS and _literal_reason(node, *CARRIERS[name]) is not None:
                found.append(f"{path.relative_to(APP.parent)}:{node.lineno} {name}")
    assert found == []


@pytest.fixture
def chinese_cli(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    language.lookup.cache_clear()
    yield
    language.lookup.cache_clear()


def test_the_command_line_refuses_in_chinese_under_a_chinese_locale(chinese_cli, tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "line", "add", "花呗", "--limit", "5000"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "line", "add", "白条", "--limit", "1.234"]) == 2
    assert capsys.readouterr().err == "debtlens：错误：--limit：小数超过 2 位（实际为 1.234）；没有做任何更改\n"
    assert main(["--db", str(db), "statements", "--line", "nope"]) == 2
    assert capsys.readouterr().err == "debtlens：错误：找不到授信账户：nope；没有做任何更改\n"


def test_the_command_line_reports_import_problems_in_chinese(chinese_cli, tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "line", "add", "卡", "--limit", "5000"]) == 0
    bill = tmp_path / "typed.csv"
    bill.write_text("date,merchant,category,amount,installments\n2026-01-02,Shop,Dining,abc,1\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(bill), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "不是有效的数字（实际为 'abc'）" in out


def test_the_command_line_tells_alerts_and_their_rules_in_chinese(chinese_cli, tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000", "--statement-day", "1", "--due-day", "10"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-10-03", "--amount", "1200"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "alerts", "--today", "2026-12-04"]) == 0
    out = capsys.readouterr().out.splitlines()
    # nothing repaid on the Nov 1 bill: its 120.00 minimum is overdue since Nov 10
    assert out[0].startswith("⚠ 花呗 已逾期：自 2026-11-10 起最低还款额中仍有 ¥120.00 未还（24 天）。")
    assert out[1].startswith("  规则：账单到期日已过而最低还款额未还足")
    assert out[2].startswith("按你最近的节奏（每月还 ¥0.00、新花 ¥") and "永远还不清" in out[2]
    assert out[3] == ("  规则：按最近 3 个月平均每月还款减去平均每月新增信用消费计算还清欠款需要几个月（不计利息）；"
                      "对只还最低还款、也没有新消费的人，是按这条额度自己的账单（含利息）还上最后一笔最低还款的月份；"
                      "旁边是已排好的账单的最后到期日。")


def test_every_command_line_help_text_is_marked():
    """``help=`` / ``description=`` / ``epilog=`` of the argument parsers are marked templates (context
    ``CliHelp``), so ``--help`` shows them in the locale's language."""
    found = []
    for path in sorted((APP / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    value = keyword.value
                    if keyword.arg in ("help", "description", "epilog") and (
                            isinstance(value, ast.JoinedStr)
                            or (isinstance(value, ast.Constant) and isinstance(value.value, str))):
                        found.append(f"{path.relative_to(APP.parent)}:{node.lineno} {keyword.arg}=")
    assert found == []


def test_the_command_lines_help_and_usage_errors_are_chinese_under_a_chinese_locale(chinese_cli, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["line", "add", "--help"])
    assert exit_.value.code == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith("用法：debtlens line add [-h] --limit LIMIT")
    assert "  -h, --help            显示本帮助并退出\n" in help_text
    assert "  --limit LIMIT         信用额度，例如 5000.00\n" in help_text
    assert "最低还款占账单的比例（默认 10%）" in help_text  # the %% of the template shown as one %
    with pytest.raises(SystemExit) as exit_:
        main(["line", "add"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.endswith("debtlens line add：错误：缺少必需的参数：name, --limit\n")
    with pytest.raises(SystemExit):
        main(["line", "add", "卡", "--limit", "1", "--kind", "loan"])
    assert ("参数 --kind：无效的选择：'loan'（可选：'huabei', 'credit_card', 'bnpl'）"
            in capsys.readouterr().err)


def test_the_command_lines_help_stays_english_under_an_english_locale(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    language.lookup.cache_clear()
    try:
        with pytest.raises(SystemExit):
            main(["line", "add", "--help"])
    finally:
        language.lookup.cache_clear()
    help_text = capsys.readouterr().out
    assert help_text.startswith("usage: debtlens line add [-h] --limit LIMIT")
    assert "  --limit LIMIT         credit limit, e.g. 5000.00\n" in help_text
    assert "minimum payment share of the bill (default 10%)" in help_text


def test_a_refusal_of_a_file_says_its_kind_where_it_is_raised():
    """The window's headline comes from ``DatabaseError.kind``, set at the raise site, never read from the words
    of the reason: a refusal whose text speaks of damage, a newer version, a foreign file or a read-only one names
    its kind."""
    words = ("damaged", "newer version", "not a DebtLens", "not made by DebtLens", "read-only", "truncated")
    unnamed = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("DatabaseError", "damaged")
                    and len(node.args) >= 2):
                texts = [n.value for n in ast.walk(node.args[1])
                         if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                named = any(k.arg == "kind" for k in node.keywords) or getattr(node.func, "id", "") == "damaged"
                if not named and any(w in t for t in texts for w in words):
                    unnamed.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    assert unnamed == []


def test_a_name_list_is_joined_at_the_edge_in_the_users_language():
    from app.domain.messages import NameList
    from app.i18n import formatting as fmt

    pairs = NameList([QT_TRANSLATE_NOOP("AlertsPanel", "%1 from %2 (%3)").arg("A", "B", "¥1.00"), "C", "D"])
    sentence = QT_TRANSLATE_NOOP("Tests", "Repaid: %1.").arg(pairs)
    assert str(sentence) == "Repaid: A from B (¥1.00), C, and D."
    chinese = {("AlertsPanel", "%1 from %2 (%3)"): "%1 用 %2 还款（%3）", ("Tests", "Repaid: %1."): "还款：%1。"}
    previous = fmt.active_locale()
    fmt.set_locale("zh_CN")
    try:
        assert translated(sentence, lambda c, s: chinese.get((c, s), s)) == "还款：A 用 B 还款（¥1.00）、C 和 D。"
    finally:
        fmt.set_locale(previous)


def test_a_scenario_files_mistake_is_told_in_chinese_under_a_chinese_locale(chinese_cli, tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[scenario]\nid = "Bad Id"\ntitle = "t"\n', encoding="utf-8")
    assert main(["workshop", "validate", str(bad)]) == 2
    assert capsys.readouterr().err == "debtlens：错误：bad.toml，第 2 行，scenario.id：需要由小写字母、数字和 '-' 组成的短名称\n"


def test_status_and_my_limits_are_told_in_chinese(chinese_cli, tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000", "--statement-day", "1", "--due-day", "10"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-11-05", "--amount", "1200"]) == 0
    assert main(["--db", db, "limits", "set", "--line", "花呗", "--limit", "1000", "--max-plans", "0"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "status", "--today", "2026-12-04"]) == 0
    row = capsys.readouterr().out.splitlines()[1]
    assert "¥1,000.00（自定）" in row and "¥1,200.00，2026-12-10 前（最低还款 ¥120.00）" in row
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-11-06", "--amount", "300",
                 "--installments", "3"]) == 2
    err = capsys.readouterr().err
    assert "debtlens：我给 花呗 设的限额是 ¥1,000.00：这笔会让我在那里的欠款从 ¥1,200.00 变成 ¥1,500.00，超出 ¥500.00。" in err
    assert "debtlens：我给自己定的规矩是同时最多 0 个分期计划：现在有 0 个，加上这笔就是 1 个。" in err


def test_before_you_buy_names_plans_and_bands_in_chinese(chinese_cli, tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000", "--statement-day", "1", "--due-day", "10"]) == 0
    assert main(["--db", db, "income", "3000"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "plan", "before-buy", "--line", "花呗", "--price", "4000", "--today", "2026-12-04"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("一次付清") and lines[2].endswith("红色") and lines[3].startswith("3 期")
    assert "  注意：这个额度的使用率 从 绿色 变为 红色（所有方案）。" in lines
