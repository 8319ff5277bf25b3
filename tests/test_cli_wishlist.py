"""``debtlens wishlist``: add, list, buy (refused while waiting), drop, compare, bands."""

from __future__ import annotations

import json

from app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_cooling_off_list_from_the_command_line(tmp_path, capsys):
    """Headphones ¥1,299.00 added Mar 18 (allowed Mar 20), a coat ¥399.00 added Mar 19 (allowed Mar 21). On Mar
    19 buying the headphones is refused and records nothing; on Mar 20 it records purchase 1. Dropping the coat
    saves ¥399.00. Compared on 花呗: 3 months cost 9.98 in fees (399 × 2.5 % = 9.975, half up)."""
    db = str(tmp_path / "w.db")
    w = ["--db", db, "wishlist"]
    assert run(capsys, "--db", db, "line", "add", "花呗", "--limit", "8000")[0] == 0
    code, out, _ = run(capsys, *w, "add", "--name", "示例耳机", "--price", "1299", "--shop", "示例商城", "--line",
                       "花呗", "--today", "2026-03-18")
    assert code == 0 and out.strip() == "Added 1: 示例耳机, ¥1,299.00. Allowed from 2026-03-20."
    run(capsys, *w, "add", "--name", "示例外套", "--price", "399", "--today", "2026-03-19")
    code, _, err = run(capsys, *w, "buy", "1", "--today", "2026-03-19")
    assert code == 2 and err.strip() == (
        "debtlens: 示例耳机 is in its cooling-off time until 2026-03-20; nothing was recorded; to buy it anyway, "
        "run the same command with --despite-waiting")
    code, out, _ = run(capsys, *w, "buy", "1", "--today", "2026-03-20")
    assert code == 0 and out.strip() == "Bought 示例耳机: recorded purchase 1 of ¥1,299.00."
    code, out, _ = run(capsys, *w, "drop", "2", "--today", "2026-03-20")
    assert out.strip() == "Dropped 示例外套: waiting has saved ¥399.00 so far."
    data = json.loads(run(capsys, *w, "list", "--today", "2026-03-20", "--json")[1])
    assert data["saved_fen"] == 39_900
    assert [(i["name"], i["status"], i["allowed_on"]) for i in data["items"]] == [
        ("示例外套", "dropped", "2026-03-21"), ("示例耳机", "bought", "2026-03-20")]
    code, out, _ = run(capsys, *w, "compare", "2", "--line", "花呗", "--today", "2026-03-20")
    assert code == 0 and out.startswith("示例外套, ¥399.00:\nBefore you buy: ¥399.00 on 花呗")
    assert "¥9.98" in out
    code, out, _ = run(capsys, *w, "compare", "2", "--line", "花呗", "--today", "2026-03-20", "--json")
    assert code == 0 and json.loads(out)  # the comparison alone: valid JSON, no title line before it


def test_bands(tmp_path, capsys):
    db = str(tmp_path / "w.db")
    code, out, _ = run(capsys, "--db", db, "wishlist", "wait", "--bands", "0:2,1000:7,5000:30")
    assert code == 0 and out.strip() == ("Waiting time: from ¥0.00: 2 day(s); from ¥1,000.00: 7 day(s); from "
                                         "¥5,000.00: 30 day(s)")
    code, _, err = run(capsys, "--db", db, "wishlist", "wait", "--bands", "10:2")
    assert code == 2 and err.strip() == ("debtlens: error: --bands: the first band must start at 0 (got 10:2); "
                                         "nothing was changed")
