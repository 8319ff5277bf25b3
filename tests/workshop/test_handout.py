"""Printable handouts and chart files: real figures from the engine, both languages, the export command."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import config
from app.cli import main
from app.services.queries import QueryService
from app.storage.db import open_database
from app.storage.repositories import Store
from app.workshop import library
from app.workshop.build import build_scenario, figure
from app.workshop.charts import bills_by_month, owed_series, write_charts
from app.workshop.handout import LETTERS, bills, write_handout
from app.workshop.handout_labels import LABELS
from app.workshop.page_layout import Pages, atoms
from app.workshop.print_style import day, money, print_style
from app.workshop.scenario import Expect

ROOT = Path(__file__).resolve().parents[2]
#: Two stories unlike each other: one line over three years (36 bills, set in two columns), three lines over nine
#: months with a repayment borrowed from another line.
SCENARIOS = ("minimum-trap", "three-due-dates")
LANGS = ("zh_CN", "en")
#: story, bills, worksheet, answer key
PAGES = 4


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each scenario built once into its own throw-away ledger: ``{name: (scenario, store)}``."""
    stores = {}
    for name in SCENARIOS:
        scenario = library.load_file(library.find(name))
        store = Store(open_database(tmp_path_factory.mktemp(name) / "w.db", auto_backup=False))
        build_scenario(store, scenario)
        stores[name] = (scenario, store)
    yield stores
    for _, store in stores.values():
        store.close()


def _squash(text: str) -> str:
    """Text without any whitespace: a wrapped line breaks where a space was (English) or anywhere (Chinese)."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SCENARIOS)
def test_handout_holds_the_engines_figures(built, name, lang, tmp_path):
    scenario, store = built[name]
    out = tmp_path / f"{name}.pdf"
    handout = write_handout(scenario, store, lang, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert handout.page_count == PAGES
    assert len(re.findall(rb"/Type /Page\b(?!s)", data)) == PAGES
    story, figures, worksheet, answers = ("\n".join(page) for page in handout.pages)

    persona = scenario.persona
    assert _squash(persona.name.get(lang)) in _squash(story)
    assert money(persona.monthly_income_fen, lang) in story

    # the calendar row of the bill current at the first moment: its minimum is the one the moment's figure reads
    moment = scenario.moments[0]
    line = scenario.lines[0].line.name
    line_id = next(ln.id for ln in store.lines.all() if ln.name == line)
    current = QueryService(store).line_statements(line_id, moment.on).current()
    minimum = figure(store, Expect("minimum", line, 0), moment.on, scenario)
    assert minimum > 0 and minimum == current.minimum_fen
    page = handout.pages[1]
    rows = [i for i, text in enumerate(page) if text == day(current.due_date, lang) and page[i + 1] == line]
    assert rows, f"no calendar row for {current.due_date} on {line}"
    assert page[rows[0] + 3] == money(minimum, lang)

    # the quiz asks the first question and gives no answer; the key at the end does
    assert _squash(moment.question.get(lang)) in _squash(worksheet)
    for m in scenario.moments:
        assert _squash(m.answer.get(lang)) not in _squash(worksheet)
        assert _squash(m.answer.get(lang)) in _squash(answers)
        if m.choices:
            right = f"{LETTERS[m.correct - 1]}. {m.choices[m.correct - 1].get(lang)}"
            assert _squash(right) in _squash(answers)
    assert LABELS["answers"].get(lang) in answers and LABELS["answers"].get(lang) not in worksheet

    # the lessons, and every text in the chosen language's own headings
    assert _squash(scenario.lessons[0].get(lang)) in _squash(figures)
    other = "en" if lang.startswith("zh") else "zh"
    assert LABELS["calendar"].get(lang) in figures and LABELS["calendar"].get(other) not in figures


def test_minimum_trap_sets_every_bill_on_the_calendar(built, tmp_path):
    """Three years of bills, each with the statement engine's balance and minimum."""
    scenario, store = built["minimum-trap"]
    found = bills(store, scenario)
    assert len(found) == 36 and found[0].balance_fen == 1_000_000 and found[0].minimum_fen == 100_000
    handout = write_handout(scenario, store, "en", tmp_path / "h.pdf")
    texts = handout.pages[1]
    for bill in found:
        assert money(bill.balance_fen, "en") in texts and money(bill.minimum_fen, "en") in texts
    true_cost = "\n".join(texts)
    assert "¥1,325.48" in true_cost and "18.25%" in true_cost  # interest posted by the end, 0.05 % a day x 365


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_text_is_real_text(built, lang, tmp_path):
    """What a reader's PDF viewer finds: the persona, a figure, the page numbers (no glyph lost to a missing
    font)."""
    scenario, store = built["three-due-dates"]
    out = tmp_path / "h.pdf"
    write_handout(scenario, store, lang, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert scenario.persona.name.get(lang).split("（")[0].split(" (")[0] in text
    assert money(scenario.persona.monthly_income_fen, lang) in text
    assert text.count("\f") == PAGES


def test_charts_follow_the_engine(built, tmp_path):
    scenario, store = built["minimum-trap"]
    series = owed_series(store, scenario)
    assert series.dates[0] == scenario.start and series.dates[-1] == scenario.end
    for m in scenario.moments:  # the chart passes through every figure the class checks
        for exp in m.expect:
            if exp.figure == "owed":
                assert series.by_line[exp.line][series.dates.index(m.on)] == exp.value
    monthly = bills_by_month(store, scenario)
    assert sum(monthly.due.totals) == sum(b.balance_fen for b in bills(store, scenario))
    assert monthly.due.totals[1] == 1_000_000 and monthly.minimum_fen[1] == 100_000  # February 2026
    written = write_charts(scenario, store, "zh", tmp_path)
    assert [p.name for p in written] == [f"minimum-trap-{c}-zh_CN.{e}" for c in ("owed", "monthly-due")
                                         for e in ("png", "svg", "pdf")]
    for path in written:
        head = path.read_bytes()[:200]
        assert head.startswith({"png": b"\x89PNG", "pdf": b"%PDF"}.get(path.suffix[1:], b"<?xml"))


def test_long_text_wraps_within_the_width():
    with print_style("zh"):
        pages = Pages("zh")
        text = ("三个账户共欠 6,750 元，花呗额度用了 92.5%。信用卡的 4,200 元搬到了花呗上，（以贷养贷）“秒到账”。" * 3)
        lines = pages.wrap(text, 2.0, 9.5)
        assert len(lines) > 3
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost, nothing added
        for line in lines:
            assert pages.width(line, 9.5) <= 2.0 + 1e-9
            assert line[0] not in "，。）”%"  # Chinese punctuation never starts a line
            assert line[-1] not in "（“"  # nor does an opening mark end one
        sentence = "Borrowing to repay never makes the debt smaller; it only moves it somewhere dearer."
        english = pages.wrap(sentence, 1.5, 9.5)
        assert len(english) > 2 and " ".join(english) == sentence  # broken between words only
        assert all(pages.width(line, 9.5) <= 1.5 for line in english)
    assert atoms("0.05% a day (18.25%\u00a0a\u00a0year)")[-1] == "(18.25%\u00a0a\u00a0year)"  # a no-break space


def test_export_writes_the_handout_and_charts(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    out = tmp_path / "out" / "class"  # created, parents too
    assert main(["workshop", "export", "minimum-trap", "--lang", "zh_CN", "--out", str(out)]) == 0
    names = {"minimum-trap-handout-zh_CN.pdf"} | {f"minimum-trap-{c}-zh_CN.{e}" for c in ("owed", "monthly-due")
                                                   for e in ("png", "svg", "pdf")}
    assert {p.name for p in out.iterdir()} == names
    printed = capsys.readouterr().out.splitlines()
    assert sorted(Path(line).name for line in printed) == sorted(names)
    assert all(Path(line).parent == out for line in printed)
    assert (out / "minimum-trap-handout-zh_CN.pdf").read_bytes().startswith(b"%PDF")
    assert not config.default_db_path().exists()  # the user's ledger is never touched
    assert not config.workshop_db_path("minimum-trap").exists()  # nor the story's classroom ledger


def test_export_refuses_bad_input(tmp_path, capsys):
    assert main(["workshop", "export", "no-such-story", "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("debtlens: error: No workshop story is called “no-such-story”. Stories: limit-creep, "
                          "minimum-trap, ")  # it said "no-such-story, name: no such scenario (shipped: …)"
    assert err.rstrip().endswith(", and three-due-dates.")
    assert not (tmp_path / "o").exists()  # nothing written

    a_file = tmp_path / "taken"
    a_file.write_text("not a folder")
    assert main(["workshop", "export", "minimum-trap", "--out", str(a_file)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    assert a_file.read_text() == "not a folder"

    broken = tmp_path / "broken.toml"
    text = (library.find("minimum-trap")).read_text(encoding="utf-8")
    broken.write_text(text.replace('amount = "10000.00"', 'amount = "ten thousand"'), encoding="utf-8")
    assert main(["workshop", "export", str(broken), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert re.search(r"broken\.toml, line \d+, purchases\[1\]\.amount: is not a number", err), err

    with pytest.raises(SystemExit) as exc:  # argparse: a language the handout does not have
        main(["workshop", "export", "minimum-trap", "--lang", "fr", "--out", str(tmp_path / "o")])
    assert exc.value.code == 2


def test_chinese_without_a_chinese_font_is_refused_not_printed_as_boxes(built, tmp_path, monkeypatch, capsys):
    import app.workshop.print_style as style

    monkeypatch.setattr(style, "has_cjk_font", lambda: False)
    scenario, store = built["minimum-trap"]
    with pytest.raises(style.HandoutError, match="fonts-wqy-microhei"):
        write_handout(scenario, store, "zh_CN", tmp_path / "h.pdf")
    assert not (tmp_path / "h.pdf").exists()
    assert main(["workshop", "export", "minimum-trap", "--lang", "zh", "--out", str(tmp_path / "o")]) == 1
    assert "font" in capsys.readouterr().err and not (tmp_path / "o").exists()
    write_handout(scenario, store, "en", tmp_path / "en.pdf")  # English needs no Chinese font


def test_handouts_need_no_qt():
    code = ("import sys, app.workshop.handout, app.workshop.charts, app.cli.workshop_cmd;"
            "bad = [m for m in sys.modules if m.split('.')[0] == 'PySide6'];"
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
