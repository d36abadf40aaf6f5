"""Audit log: append-only in the database, filter and CSV export for leads."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from medbetjening.reports.export_jobs import export_audit_log
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from medbetjening.services.errors import PermissionDenied
from medbetjening.services.retention import purge_audit_events
from medbetjening.storage.models import AuditEvent


@pytest.fixture
def db_any(any_db_url: str):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    yield db
    db.dispose()


def _add_event(db, action: str = "citizen.read_history", at: dt.datetime | None = None) -> int:  # type: ignore[no-untyped-def]
    with db.uow_factory() as uow:
        event = AuditEvent(action=action, at=at or dt.datetime(2026, 1, 1, 9, 0))
        uow.session.add(event)
        uow.commit()
        return event.id


def _event_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEvent))


@pytest.mark.parametrize(
    "statement",
    [
        lambda event_id: update(AuditEvent).where(AuditEvent.id == event_id).values(detail="x"),
        lambda event_id: delete(AuditEvent).where(AuditEvent.id == event_id),
    ],
    ids=["update", "delete"],
)
def test_database_refuses_changing_the_audit_log(db_any, statement) -> None:  # type: ignore[no-untyped-def]
    event_id = _add_event(db_any)
    with pytest.raises(DBAPIError, match="append-only"), db_any.uow_factory() as uow:
        uow.session.execute(statement(event_id))
        uow.commit()
    assert _event_count(db_any) == 1


def test_raw_sql_is_refused_too(db_any) -> None:  # type: ignore[no-untyped-def]
    _add_event(db_any)
    with pytest.raises(DBAPIError, match="append-only"), db_any.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event"))
    if db_any.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), db_any.engine.begin() as connection:
            connection.execute(text("TRUNCATE audit_event"))
    assert _event_count(db_any) == 1


def test_the_purge_permit_is_the_only_way_to_delete(db_any) -> None:  # type: ignore[no-untyped-def]
    old = _add_event(db_any, at=dt.datetime(2020, 1, 1))
    new = _add_event(db_any, at=dt.datetime(2026, 1, 1))
    with db_any.uow_factory() as uow:
        deleted = purge_audit_events(uow.session, AuditEvent.id == old)
        uow.commit()
    assert deleted == 1
    with db_any.uow_factory() as uow:
        assert uow.session.scalars(select(AuditEvent.id)).all() == [new]
        assert uow.session.execute(text("SELECT count(*) FROM audit_purge_permit")).scalar() == 0
    # the permit is gone afterwards: the log is closed again
    with pytest.raises(DBAPIError, match="append-only"), db_any.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event"))


@pytest.fixture
def logged(services, lead, actor):  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        for day, who, action, detail in [
            (1, actor, "citizen.read_history", "borger 4"),
            (2, actor, "export.handout", "kode K7Q2"),
            (3, lead, "citizen.erase", "besøg=2"),
        ]:
            uow.session.add(
                AuditEvent(
                    at=dt.datetime(2026, 3, day, 10, 0),
                    staff_id=who.staff_id,
                    site_id=who.site_id,
                    action=action,
                    detail=detail,
                )
            )
        uow.commit()
    return services


def test_lead_lists_newest_first_and_filters(logged: Services, lead, actor) -> None:  # type: ignore[no-untyped-def]
    log = logged.audit_log
    everything = log.list(lead, AuditFilter(start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31)))
    assert [r.action for r in everything] == [
        "citizen.erase",
        "export.handout",
        "citizen.read_history",
    ]
    assert everything[0].staff_name == "Test lead" and everything[0].site_name
    assert [r.action for r in log.list(lead, AuditFilter(action="citizen."))] == [
        "citizen.erase",
        "citizen.read_history",
    ]
    assert [r.detail for r in log.list(lead, AuditFilter(staff_id=actor.staff_id))] == [
        "kode K7Q2",
        "borger 4",
    ]
    assert [r.action for r in log.list(lead, AuditFilter(text="k7q2"))] == ["export.handout"]
    assert [r.action for r in log.list(lead, AuditFilter(end=dt.date(2026, 3, 1)))] == [
        "citizen.read_history"
    ]
    assert log.count(lead, AuditFilter(start=dt.date(2026, 3, 2))) == 2
    assert len(log.list(lead, limit=2, offset=1)) == 2
    assert {"citizen.erase", "export.handout"} <= set(log.actions(lead))


def test_export_writes_csv_and_is_itself_audited(logged: Services, lead, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "log.csv"
    count = export_audit_log(logged.audit_log, lead, out, AuditFilter(action="citizen.")).count
    assert count == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:5] == ["id", "tidspunkt", "medarbejder", "sted", "handling"]
    assert [r[4] for r in rows[1:]] == ["citizen.erase", "citizen.read_history"]
    exports = logged.audit_log.list(lead, AuditFilter(action="audit.export"))
    assert len(exports) == 1 and "2 hændelser" in exports[0].detail


def test_staff_and_ambassadors_cannot_read_the_log(
    logged: Services, actor, ambassador, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for who in (actor, ambassador):
        with pytest.raises(PermissionDenied):
            logged.audit_log.list(who)
        with pytest.raises(PermissionDenied):
            export_audit_log(logged.audit_log, who, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
