"""Demo data only in a new database: a municipality's database after its first start
(a site and a team lead, no visits yet) got three demo team leads whose password,
"demo-teamleder", is printed in the README — a way in as a lead without the lead's
password."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from medbetjening.cli import main as cli_main
from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from medbetjening.storage.models import Staff


def test_a_database_with_profiles_gets_no_demo_leads(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    try:
        Services(db).setup.create_first(
            "Borgerservice Rådhuset", SiteKind.TOWN_HALL, "Karin", None, "karins-kodeord-1"
        )
    finally:
        db.dispose()
    assert cli_main(["--db", sqlite_url, "demo-data", "--visits", "20"]) == 1
    error = capsys.readouterr().err
    assert "medarbejderprofiler" in error and "Intet er ændret" in error
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(Staff)) == 1
    finally:
        db.dispose()
