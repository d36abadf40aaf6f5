from __future__ import annotations

from collections.abc import Iterator

import pytest

from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from tests.reports.seed import catalog


@pytest.fixture
def pc(any_db_url: str) -> Iterator[Services]:
    """One PC's services on SQLite and on PostgreSQL (``any_db_url``)."""
    database = open_database(any_db_url)
    yield Services(database)
    database.dispose()


@pytest.fixture
def flow_catalog():  # type: ignore[no-untyped-def]
    return catalog()


@pytest.fixture
def session_of(database):  # type: ignore[no-untyped-def]
    """A function running ``fn(session)`` in a committed unit of work."""

    def run(fn):  # type: ignore[no-untyped-def]
        with database.uow_factory() as uow:
            result = fn(uow.session)
            uow.commit()
            return result

    return run


@pytest.fixture(autouse=True)
def _widgets_app(qapp):  # type: ignore[no-untyped-def]
    """PDF rendering would otherwise create a bare QGuiApplication, and a later widget
    test in the same worker process could not make its QApplication."""
    return qapp
