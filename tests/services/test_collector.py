"""The cyclic collector is off while an import runs and back on afterwards, whatever happens."""

from __future__ import annotations

import gc
import threading

import pytest

from app.services.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_off_inside_on_after_even_after_an_error():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("a failed import")
    assert gc.isenabled()


def test_nested_and_concurrent_stretches_resume_it_only_when_the_last_ends():
    inside, release = threading.Event(), threading.Event()

    def other():
        with collector_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        inside.wait(5)
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's stretch still runs
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_import_runs_with_it_off(monkeypatch, tmp_path):
    from datetime import date

    from app.domain.credit_line import CreditLine
    from app.importers import records
    from app.services.importing import ImportService
    from app.services.ledger import LedgerService
    from app.storage.db import open_database
    from app.storage.repositories import Store

    states = []
    real = records.ImportedEvent.__post_init__
    monkeypatch.setattr(records.ImportedEvent, "__post_init__",
                        lambda self: (states.append(gc.isenabled()), real(self))[1])
    store = Store(open_database(tmp_path / "ledger.db"))
    line = LedgerService(store).add_line(CreditLine("示例卡"), limit_fen=10**8).ids["line"]
    data = "date,merchant,category,amount,installments\n2026-03-01,示例咖啡馆,餐饮,16.15,1\n".encode()
    service = ImportService(store)
    preview = service.preview(data, "typed.csv", line, today=date(2026, 3, 20))
    assert gc.isenabled()
    service.commit(preview)
    store.close()
    assert states == [False] and gc.isenabled()
