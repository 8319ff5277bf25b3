"""``debtlens undo`` / ``debtlens redo``: what was undone is printed; a restore is undone by restoring the copy it
saved, and redone again; the history is shared with every other command on the file."""

import json
from pathlib import Path

import pytest

from app.cli import main
from app.storage.db import open_database


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


def test_history_lists_the_last_changes_newest_first_with_the_redo_branch(db, capsys):
    assert run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")[0] == 0
    for amount in ("12.50", "30.00", "99.90"):
        run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", amount)
    assert run(capsys, db, "undo")[1] == "Undone: Add purchase ¥99.90.\n"

    code, out, err = run(capsys, db, "history")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 5 and lines[0].split() == ["step", "made", "(UTC)", "state", "change"]
    assert "undone (redo)" in lines[1] and lines[1].endswith("Add purchase ¥99.90")
    assert [line.split("  ")[-1].strip() for line in lines[2:]] == ["Add purchase ¥30.00", "Add purchase ¥12.50",
                                                            "Add credit line 花呗"]
    assert all(" done " in line for line in lines[2:])

    code, out, _ = run(capsys, db, "history", "--limit", "2", "--json")
    assert code == 0
    assert [(s["name"], s["done"]) for s in json.loads(out)] == [
        ("Add purchase ¥99.90", False), ("Add purchase ¥30.00", True)]
    with pytest.raises(SystemExit) as bad:
        main(["--db", db, "history", "--limit", "0"])
    assert bad.value.code == 2 and "'0' is not a whole number of changes (1 or more)" in capsys.readouterr().err

    # a new change drops what could have been redone
    run(capsys, db, "repay", "--line", "花呗", "--date", "2026-03-05", "--amount", "10.00")
    names = [s["name"] for s in json.loads(run(capsys, db, "history", "--json")[1])]
    assert names == ["Record repayment ¥10.00", "Add purchase ¥30.00", "Add purchase ¥12.50", "Add credit line 花呗"]
    assert run(capsys, db, "redo")[0] == 1


def test_history_shows_the_redo_branch_and_says_when_there_is_nothing(db, capsys):
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "undo")
    run(capsys, db, "redo")
    assert run(capsys, db, "undo")[0] == 0
    code, out, _ = run(capsys, db, "history")
    assert code == 0 and "undone (redo)" in out
    other = db + ".other.db"
    open_database(Path(other)).close()  # a new, empty ledger
    assert run(capsys, other, "history") == (0, f"No changes to undo or redo in {other}.\n", "")


def test_a_read_only_command_cannot_write_and_keeps_the_history(db, capsys):
    from app.cli.context import Context

    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "129.00")
    reader = Context(db, must_exist=True, writes=False)
    conn = reader.store.db.conn
    assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
    # no undo triggers on a connection that cannot write; the history is still read
    assert conn.execute("SELECT COUNT(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone()[0] == 0
    assert reader.store.undo.enabled
    with pytest.raises(Exception, match="readonly"):
        conn.execute("DELETE FROM purchases")
    reader.close()
    assert run(capsys, db, "status")[0] == 0
    code, out, _ = run(capsys, db, "undo")
    assert code == 0 and _purchases(capsys, db) == []
