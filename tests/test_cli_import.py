"""`debtlens import` as scripts use it: --json counts, --dry-run, a second import, a wrong file."""

import json
from pathlib import Path

from app.cli import main

DATA = Path(__file__).resolve().parent / "data"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_json_dry_run_then_real_then_again(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "花呗", "--limit", "5000")
    sample = str(DATA / "alipay_app_sample_gbk.csv")
    code, out, _ = run(capsys, "--db", db, "import", sample, "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["written"] is False
    assert (dry["format"], dry["purchases"], dry["purchases_fen"], dry["refunds"], dry["refunds_fen"],
            dry["repayments"], dry["repayments_fen"], dry["duplicates"]) == (
        "alipay_app_2023", 10, 146080, 1, 5915, 1, 86327, 0)
    assert [s["row"] for s in dry["skipped"]] == [29, 32, 34]
    assert json.loads(run(capsys, "--db", db, "purchase", "list", "--json")[1]) == []
    code, out, _ = run(capsys, "--db", db, "import", sample, "--line", "花呗", "--json")
    assert json.loads(out)["purchases"] == 10
    code, out, _ = run(capsys, "--db", db, "import", sample, "--line", "花呗", "--json")
    again = json.loads(out)
    assert (again["purchases"], again["refunds"], again["repayments"], again["duplicates"]) == (0, 0, 0, 12)


def test_import_wrong_file_exits_2(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "花呗", "--limit", "5000")
    junk = tmp_path / "notes.csv"
    junk.write_bytes(b"\x00\x01\x02garbage")
    code, _, err = run(capsys, "--db", db, "import", str(junk))
    assert code == 2 and "notes.csv" in err
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "does not exist" in err
