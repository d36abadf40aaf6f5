"""Every core record is written and read back, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from medbetjening.services.database import open_database
from medbetjening.storage.models import (
    Appointment,
    AssessmentAnswer,
    AssessmentResult,
    AuditEvent,
    Citizen,
    Desk,
    FlowRun,
    FollowUp,
    Outcome,
    Site,
    Staff,
    StepRecord,
    Visit,
)


def test_round_trip_of_all_core_records(any_db_url: str) -> None:
    db = open_database(any_db_url)
    started = dt.datetime(2026, 3, 2, 9, 30)
    try:
        with db.uow_factory() as uow:
            site = Site(name="Hovedbiblioteket", kind="library")
            site.desks.append(Desk(name="Skranke 1"))
            uow.session.add(site)
            uow.session.flush()
            staff = Staff(name="Kenni", site_id=site.id, role="staff", os_user="kenni")
            citizen = Citizen(cpr_hash="ab" * 32, citizen_code="K7M-4PX", age_band="67-79")
            uow.session.add_all([staff, citizen])
            uow.session.flush()
            visit = Visit(
                site_id=site.id,
                staff_id=staff.id,
                citizen_id=citizen.id,
                desk_id=site.desks[0].id,
                channel="library",
                contact_type="transaction",
                started_at=started,
            )
            uow.session.add(visit)
            uow.session.flush()
            assessment = AssessmentResult(
                visit_id=visit.id,
                instrument_id="counter-v1",
                level=1,
                computed_level=1,
                route="medbetjening",
                barriers="mitid,skills",
            )
            assessment.answers.append(AssessmentAnswer(item_id="install_app", score=1))
            run = FlowRun(visit_id=visit.id, flow_id="boligstoette", flow_title="Boligstøtte")
            run.steps.append(StepRecord(step_index=0, step_id="login", actor="citizen_guided"))
            run.steps.append(
                StepRecord(step_index=1, step_id="calc", actor="staff", obstacle="missing_document")
            )
            uow.session.add_all(
                [
                    assessment,
                    run,
                    Outcome(
                        visit_id=visit.id,
                        completion="partly",
                        reason="missing_documents",
                        autonomy="with_guidance",
                        citizen_share=0.5,
                        note="Lejekontrakt mangler",
                    ),
                    FollowUp(
                        visit_id=visit.id,
                        citizen_id=citizen.id,
                        site_id=site.id,
                        due_date=dt.date(2026, 3, 16),
                        kind="call",
                    ),
                    Appointment(
                        site_id=site.id,
                        starts_at=started,
                        label="Tid 09:30",
                        source="ics",
                        visit_id=visit.id,
                    ),
                    AuditEvent(
                        staff_id=staff.id,
                        site_id=site.id,
                        action="history.read",
                        target_type="citizen",
                        target_id=citizen.id,
                    ),
                ]
            )
            uow.commit()
            visit_id = visit.id

        with db.uow_factory() as uow:
            visit = uow.session.get(Visit, visit_id)
            assert visit is not None and visit.started_at == started and visit.status == "open"
            run = uow.session.scalars(select(FlowRun).where(FlowRun.visit_id == visit_id)).one()
            assert [(s.step_id, s.actor, s.obstacle) for s in run.steps] == [
                ("login", "citizen_guided", None),
                ("calc", "staff", "missing_document"),
            ]
            assessment = uow.session.scalars(select(AssessmentResult)).one()
            assert assessment.answers[0].score == 1 and assessment.barriers == "mitid,skills"
            outcome = uow.session.scalars(select(Outcome)).one()
            assert outcome.citizen_share == pytest.approx(0.5)
            assert uow.session.scalars(select(FollowUp)).one().due_date == dt.date(2026, 3, 16)
            assert uow.session.scalars(select(Citizen)).one().citizen_code == "K7M-4PX"
            assert uow.session.scalars(select(AuditEvent)).one().action == "history.read"
    finally:
        db.dispose()


def test_visit_version_guards_against_silent_overwrite(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        with db.uow_factory() as uow:
            site = Site(name="Rådhuset")
            uow.session.add(site)
            uow.session.flush()
            staff = Staff(name="A", site_id=site.id)
            uow.session.add(staff)
            uow.session.flush()
            visit = Visit(site_id=site.id, staff_id=staff.id)
            uow.session.add(visit)
            uow.commit()
            visit_id = visit.id
        first, second = db.uow_factory(), db.uow_factory()
        with first, second:
            a = first.session.get(Visit, visit_id)
            b = second.session.get(Visit, visit_id)
            a.contact_type = "interaction"
            first.commit()
            b.contact_type = "transaction"
            with pytest.raises(StaleDataError):
                second.commit()
    finally:
        db.dispose()
