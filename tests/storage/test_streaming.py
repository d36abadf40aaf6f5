"""Chunked reading of a large SELECT: the same rows as SQLAlchemy's, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from medbetjening.storage.models import Outcome, Visit
from medbetjening.storage.streaming import stream_rows
from tests.reports.seed import Run, Seed, add_citizen, add_visit


def test_export_rows_match_sqlalchemy_rows_in_chunks(any_db_url) -> None:
    db = open_database(any_db_url)
    try:
        services = Services(db)
        site = services.setup.create_site("Rådhuset")
        staff = services.setup.create_staff("Ølstykke-Åse", site.id, Role.LEAD)
        with db.uow_factory() as uow:
            citizen = add_citizen(uow.session, code="Q1")
            for day in range(1, 12):
                add_visit(
                    uow.session,
                    Seed(
                        site.id,
                        staff.id,
                        dt.datetime(2026, 3, day, 9, day),
                        citizen_id=citizen if day % 2 else None,
                        runs=[Run("digital-post", ["staff", "citizen_alone", "citizen_guided"])],
                        completion=None if day == 3 else "completed",
                        note="=1+1 æøå" if day == 4 else None,
                    ),
                )
            uow.session.execute(update(Outcome).values(citizen_share=2 / 3))
            uow.commit()
        where = [  # DateTime bind parameters: SQLAlchemy must still process them
            Visit.started_at >= dt.datetime(2026, 3, 2),
            Visit.started_at < dt.datetime(2026, 3, 11),
        ]
        with db.uow_factory() as uow:
            query = services.visit_export.visit_export_query(uow.session, where)
            expected = [tuple(row) for row in uow.session.execute(query)]
            chunks = list(stream_rows(uow.session.connection(), query, 4))
        assert [len(chunk) for chunk in chunks] == [4, 4, 1]  # the filter (bind params) holds
        assert [tuple(row) for chunk in chunks for row in chunk] == expected
        note_row = next(row for row in expected if row[18])
        assert note_row[18] == "'=1+1 æøå"  # formula-safe from SQL
        assert note_row[17] == 0.667 and isinstance(note_row[17], float)  # rounded in SQL
    finally:
        db.dispose()


def test_sqlite_refuses_a_column_that_needs_conversion(sqlite_migrated_url) -> None:
    db = open_database(sqlite_migrated_url)
    try:
        with db.uow_factory() as uow, pytest.raises(TypeError, match="result processor"):
            next(stream_rows(uow.session.connection(), select(Visit.id, Visit.started_at), 10))
    finally:
        db.dispose()
