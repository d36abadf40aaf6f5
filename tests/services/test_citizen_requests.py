"""Access request (JSON and PDF) and erasure of one citizen, both audited."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medbetjening.reports.export_jobs import export_access_answer
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.errors import InvalidInput, NotFound
from medbetjening.storage.models import (
    Appointment,
    Citizen,
    FlowRun,
    PurgedVisitTally,
    StepRecord,
    Visit,
)
from tests.services.records import add_citizen, add_visit

DAY = dt.datetime(2026, 10, 5, 10, 0)


@pytest.fixture
def citizen(services, actor) -> int:  # type: ignore[no-untyped-def]
    cid = add_citizen(services, "K7Q2")
    first = add_visit(services, actor, DAY, cid, follow_up=True)
    add_visit(services, actor, DAY + dt.timedelta(days=7), cid, note=None)
    add_visit(services, actor, DAY, add_citizen(services, "ANDEN"))  # someone else
    add_visit(services, actor, DAY, None)  # anonymous
    with services.database.uow_factory() as uow:
        uow.session.add(Appointment(site_id=actor.site_id, starts_at=DAY, visit_id=first))
        uow.commit()
    return cid


def test_find_by_code_or_id(services, lead, citizen) -> None:  # type: ignore[no-untyped-def]
    assert services.citizen_requests.find(lead, code=" k7q2 ") == citizen
    assert services.citizen_requests.find(lead, citizen_id=citizen) == citizen
    with pytest.raises(NotFound):
        services.citizen_requests.find(lead, code="FINDESIKKE")
    with pytest.raises(InvalidInput):
        services.citizen_requests.find(lead)


def test_json_export_holds_all_their_data_and_nobody_elses(
    services, lead, citizen, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "borger.json"
    export_access_answer(services.citizen_requests, lead, citizen, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["borger"]["citizen_code"] == "K7Q2"
    assert "cpr_hash" not in data["borger"] and data["borger"]["cpr_gemt_som_pseudonym"] is False
    assert len(data["visits"]) == 2 and data["visits"][0]["staff"] == "Test staff"
    assert len(data["flow_run"]) == 2 and len(data["step_record"]) == 4
    assert len(data["outcome"]) == 2 and len(data["assessment_answer"]) == 2
    assert len(data["follow_up"]) == 1 and len(data["appointment"]) == 1
    assert {row["visit_id"] for row in data["outcome"]} == {v["id"] for v in data["visits"]}
    events = services.audit_log.list(lead, AuditFilter(action="citizen.access_export"))
    assert [(e.target_id, e.detail) for e in events] == [(citizen, "format=json; besøg=2")]


def test_pdf_export_is_readable(qapp, services, lead, citizen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # qapp: a QApplication first, so the PDF writer does not make a QGuiApplication
    out = tmp_path / "borger.pdf"
    export_access_answer(services.citizen_requests, lead, citizen, out)
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Dine oplysninger i Medbetjening" in text and "K7Q2" in text
        assert "Digital Post" in text
    with pytest.raises(InvalidInput, match=".json eller .pdf"):
        export_access_answer(services.citizen_requests, lead, citizen, tmp_path / "borger.txt")


def test_erasure_deletes_everything_about_them_only(services, lead, citizen) -> None:  # type: ignore[no-untyped-def]
    def counts():  # type: ignore[no-untyped-def]
        with services.database.uow_factory() as uow:
            s = uow.session
            return (
                s.scalar(select(func.count()).select_from(Citizen)),
                s.scalar(select(func.count()).select_from(Visit)),
                s.scalar(select(func.count()).select_from(FlowRun)),
                s.scalar(select(func.count()).select_from(StepRecord)),
                s.scalar(select(func.count()).select_from(Appointment)),
            )

    assert counts() == (2, 4, 4, 8, 1)
    report = services.citizen_requests.erase(lead, citizen)
    assert report.visits == 2 and report.rows > 10
    # the booking that became their visit goes too: the access export lists it as
    # theirs, and its label may name them
    assert counts() == (1, 2, 2, 4, 0)
    with services.database.uow_factory() as uow:
        assert uow.session.scalar(select(func.sum(PurgedVisitTally.visits))) == 2
    events = services.audit_log.list(lead, AuditFilter(action="citizen.erase"))
    assert len(events) == 1 and events[0].target_id == citizen
    with pytest.raises(NotFound):
        services.citizen_requests.erase(lead, citizen)


def test_erased_visits_stay_in_the_statistics_made_before(services, actor, lead) -> None:  # type: ignore[no-untyped-def]
    """Nobody opened the dashboard today: erasure folds the day in first, as retention does."""
    import datetime as dt

    from medbetjening.domain.vocabulary import Autonomy, Completion
    from medbetjening.services.outcome import CloseRequest
    from medbetjening.services.statistics import StatisticsFilter

    def close(visit_id: int) -> None:
        version = services.visits.get_visit(actor, visit_id).version
        request = CloseRequest(
            completion=Completion.COMPLETED,
            note="Talte om Digital Post",  # something recorded: may close as completed
            autonomy=Autonomy.AUTONOMOUS,
            duration_minutes=10,
            expected_version=version,
        )
        services.outcome.close_visit(actor, visit_id, request)

    asking = services.citizens.create(actor, age_band="67-79")
    for _ in range(2):
        visit_id = services.visits.start_visit(actor)
        services.citizens.link_visit(actor, visit_id, asking.id)
        close(visit_id)
    close(services.visits.start_visit(actor))  # an anonymous visit
    services.citizen_requests.erase(lead, asking.id)
    today = dt.date.today()
    assert services.statistics.dashboard(lead, StatisticsFilter(today, today)).visits == 3


def test_access_export_to_a_missing_folder_is_told_before_anything_is_read(
    services, lead, citizen, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nodir" / "borger.json"
    with pytest.raises(InvalidInput, match="findes ikke"):
        export_access_answer(services.citizen_requests, lead, citizen, missing)
    assert not missing.parent.exists()
    assert services.audit_log.list(lead, AuditFilter(action="citizen.access_export")) == []
