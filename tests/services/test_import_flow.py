"""The import as the window runs it, without Qt (``app.services.import_flow``): the line an unchosen file goes on,
preview then commit, and a refused file as an outcome."""

from datetime import date
from pathlib import Path

from app.domain.credit_line import CreditLine, LineKind
from app.services.import_flow import ImportRequest, commit, preview, suggested_line

DATA = Path(__file__).resolve().parents[1] / "data"
ALIPAY = DATA / "alipay_app_sample_gbk.csv"
TODAY = date(2026, 3, 20)


def card(ledger) -> int:
    return ledger.add_line(CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                           limit_fen=2_000_000).ids["line"]


def test_an_alipay_file_on_an_unchosen_line_goes_on_the_huabei_line_and_imports_once(store, ledger, huabei):
    card_id = card(ledger)
    request = ImportRequest(ALIPAY.read_bytes(), ALIPAY.name, card_id, choose_line=True)
    progress: list[tuple[int, int]] = []
    outcome = preview(store, request, lambda done, total: progress.append((done, total)), TODAY)
    assert outcome.error is None and outcome.request.line_id == huabei and not outcome.request.choose_line
    assert outcome.preview is not None and outcome.preview.count("purchase") == (10, 146080)
    assert progress and progress[-1][0] == progress[-1][1]
    assert len(store.purchases.keys(huabei)) == 0  # a preview writes nothing

    done = commit(store, outcome.request, None, TODAY)
    assert done.changes.postings
    assert (len(store.purchases.keys(huabei)), len(store.refunds.keys(huabei)),
            len(store.repayments.keys(huabei))) == (10, 1, 1)
    again = preview(store, outcome.request, None, TODAY)
    assert again.preview is not None and len(again.preview.new) == 0 and len(again.preview.duplicates) == 12


def test_a_chosen_line_is_kept(store, ledger, huabei):
    card_id = card(ledger)
    outcome = preview(store, ImportRequest(ALIPAY.read_bytes(), ALIPAY.name, card_id), None, TODAY)
    assert outcome.request.line_id == card_id


def test_an_unknown_bank_table_is_refused_with_a_sample_to_map(store, huabei):
    data = "日期,商户,金额\n2026-03-01,示例商店,12.30\n".encode()
    outcome = preview(store, ImportRequest(data, "mybank.csv", huabei), None, TODAY)
    assert outcome.preview is None and outcome.error is not None
    assert outcome.error.filename == "mybank.csv"
    assert outcome.sample is not None and outcome.sample.header[:3] == ["日期", "商户", "金额"]


def test_suggested_line_by_format():
    lines = [CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, id=1), CreditLine("花呗", id=2),
             CreditLine("京东白条", kind=LineKind.BNPL, id=3)]
    assert suggested_line(lines, "alipay_app", 1) == 2
    assert suggested_line(lines, "jd", 1) == 3
    assert suggested_line(lines, "meituan", 1) == 1  # no 月付 line: the current one
    assert suggested_line(lines, "bank_csv:cmb", 1) == 1


def _count_parses(monkeypatch) -> list[str]:
    from app.services.importing import ImportService

    parsed: list[str] = []
    parse = ImportService.parse

    def counting(self, data, filename, **kwargs):
        parsed.append(filename)
        return parse(self, data, filename, **kwargs)

    monkeypatch.setattr(ImportService, "parse", counting)
    return parsed


def test_the_preview_shown_is_written_as_it_is_while_the_ledger_and_day_are_unchanged(store, huabei, monkeypatch):
    request = ImportRequest(ALIPAY.read_bytes(), ALIPAY.name, huabei)
    shown = preview(store, request, None, TODAY).preview
    assert shown is not None and shown.revision is not None and shown.today == TODAY
    parsed = _count_parses(monkeypatch)
    done = commit(store, request, None, TODAY, shown)
    assert parsed == [] and done.preview is shown  # the file was not read again
    assert (len(store.purchases.keys(huabei)), len(store.refunds.keys(huabei)),
            len(store.repayments.keys(huabei))) == (10, 1, 1)


def test_a_ledger_changed_since_the_preview_is_previewed_again(store, huabei, monkeypatch):
    request = ImportRequest(ALIPAY.read_bytes(), ALIPAY.name, huabei)
    shown = preview(store, request, None, TODAY).preview
    commit(store, request, None, TODAY)  # imported meanwhile (another window, the command line)
    parsed = _count_parses(monkeypatch)
    done = commit(store, request, None, TODAY, shown)
    assert parsed == [ALIPAY.name] and len(done.preview.new) == 0  # read again: everything is a duplicate now
    assert (len(store.purchases.keys(huabei)), len(store.refunds.keys(huabei)),
            len(store.repayments.keys(huabei))) == (10, 1, 1)


def test_a_preview_made_for_another_day_is_made_again(store, huabei, monkeypatch):
    request = ImportRequest(ALIPAY.read_bytes(), ALIPAY.name, huabei)
    shown = preview(store, request, None, TODAY).preview
    parsed = _count_parses(monkeypatch)
    done = commit(store, request, None, date(2026, 3, 21), shown)
    assert parsed == [ALIPAY.name] and done.preview is not shown and done.preview.count("purchase") == (10, 146080)
