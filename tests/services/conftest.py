from datetime import date

import pytest

from app.domain.credit_line import CreditLine
from app.services.ledger import LedgerService
from app.services.queries import QueryService
from app.storage.db import open_database
from app.storage.repositories import Store


@pytest.fixture
def store(tmp_path):
    s = Store(open_database(tmp_path / "ledger.db"))
    yield s
    s.close()


@pytest.fixture
def ledger(store):
    return LedgerService(store)


@pytest.fixture
def queries(store):
    return QueryService(store)


@pytest.fixture
def huabei(ledger):
    """A Huabei line (statement day 1, due day 10) with a 5,000.00 limit; returns its id."""
    return ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2020, 1, 1)).ids["line"]
