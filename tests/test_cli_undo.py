"""``debtlens undo`` / ``debtlens redo``: what was undone is printed; a restore is undone by restoring the copy it
saved, and redone again; the history is shared with every other command on the file."""

import json

import pytest

from app.cli import main


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def run(capsys, db, *args):
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def exported(capsys, db) -> dict:
    doc = json.loads(run(capsys, db, "export", "--out", "-")[1])
    doc.pop("exported_at", None)
    return doc


def _purchases(capsys, db) -> list[int]:
    return [p["amount_fen"] for p in json.loads(run(capsys, db, "purchase", "list", "--json")[1])]


def test_undo_and_redo_say_what_they_did(db, capsys):
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "129.00",
        "--merchant", "示例超市")
    before = exported(capsys, db)
    pid = json.loads(run(capsys, db, "purchase", "list", "--json")[1])[0]["id"]
    assert run(capsys, db, "purchase", "delete", str(pid))[0] == 0
    after = exported(capsys, db)

    assert run(capsys, db, "undo") == (0, "Undone: Delete purchase ¥129.00.\n", "")
    assert exported(capsys, db) == before
    assert run(capsys, db, "redo") == (0, "Redone: Delete purchase ¥129.00.\n", "")
    assert exported(capsys, db) == after

    code, out, _ = run(capsys, db, "undo", "--list", "--json")
    assert code == 0
    assert [(s["name"], s["done"]) for s in json.loads(out)] == [
        ("Delete purchase ¥129.00", True), ("Add purchase ¥129.00", True), ("Add credit line 花呗", True)]
    code, out, _ = run(capsys, db, "undo", "--list")
    assert "undone" not in out and "Delete purchase ¥129.00" in out.splitlines()[1]


def test_nothing_to_undo_or_redo(db, capsys):
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    assert run(capsys, db, "redo")[0:2] == (1, "")
    assert run(capsys, db, "undo")[0] == 0
    code, out, err = run(capsys, db, "undo")
    assert (code, out) == (1, "") and "nothing to undo" in err


def test_a_restore_is_undone_by_the_copy_it_saved_and_redone(db, capsys, tmp_path):
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "129.00")
    backed_up = exported(capsys, db)
    assert run(capsys, db, "backup")[0] == 0
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-02", "--amount", "50.00")
    run(capsys, db, "repay", "--line", "花呗", "--date", "2026-03-05", "--amount", "20.00")
    latest = exported(capsys, db)

    code, out, _ = run(capsys, db, "restore", "latest")
    assert code == 0 and "`debtlens undo` puts the replaced data back." in out
    assert exported(capsys, db) == backed_up
    code, out, _ = run(capsys, db, "undo")
    assert code == 0 and out.startswith("Undone: Restore backup t.db.") and out.endswith(".manual.bak.\n")
    assert exported(capsys, db) == latest and _purchases(capsys, db) == [5000, 12900]
    assert run(capsys, db, "undo")[1] == "Undone: Record repayment ¥20.00.\n"  # the history from before
    assert run(capsys, db, "redo")[1] == "Redone: Record repayment ¥20.00.\n"
    assert run(capsys, db, "redo")[1].startswith("Redone: Restore backup t.db.")
    assert exported(capsys, db) == backed_up
    assert run(capsys, db, "undo")[0] == 0
    assert exported(capsys, db) == latest
