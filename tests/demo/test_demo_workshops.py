"""Demo workshops: only what the workshop dialog could have recorded, and counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from medbetjening.demo.demo_data import DEFAULT_AFTER_GENERATE, generate_demo_data
from medbetjening.domain.vocabulary import Role
from medbetjening.domain.workshops import (
    Participant,
    WorkshopDraft,
    WorkshopKind,
    check_draft,
)
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.models import (
    Citizen,
    Staff,
    Workshop,
    WorkshopAttendance,
    WorkshopHelper,
    WorkshopParticipant,
    WorkshopTopic,
)

NOW = dt.datetime(2026, 11, 30, 15, 0)


def test_demo_workshops_are_what_the_window_can_record(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    try:
        generate_demo_data(db.engine, 600, seed=3, now=NOW, after_generate=DEFAULT_AFTER_GENERATE)
        services = Services(db)
        flows = set(services.flows.library.flows)
        with db.uow_factory() as uow:
            session = uow.session
            workshops = list(session.scalars(select(Workshop)))
            assert len(workshops) > 20
            for workshop in workshops:
                topics = tuple(
                    session.scalars(
                        select(WorkshopTopic.topic).where(WorkshopTopic.workshop_id == workshop.id)
                    )
                )
                anonymous = dict(
                    session.execute(
                        select(WorkshopAttendance.age_band, WorkshopAttendance.participants).where(
                            WorkshopAttendance.workshop_id == workshop.id
                        )
                    ).all()
                )
                coded = session.execute(
                    select(Citizen.citizen_code, Citizen.cpr_hash, WorkshopParticipant.topics)
                    .join(Citizen, Citizen.id == WorkshopParticipant.citizen_id)
                    .where(WorkshopParticipant.workshop_id == workshop.id)
                ).all()
                assert all(cpr is None and own == "" for _, cpr, own in coded)
                check_draft(
                    WorkshopDraft(
                        held_on=workshop.held_on,
                        minutes=workshop.minutes,
                        kind=WorkshopKind(workshop.kind),
                        topics=topics,
                        anonymous=anonymous,
                        participants=tuple(Participant(code) for code, _, _ in coded),
                    ),
                    flows,
                )
                assert workshop.minutes % 15 == 0 and workshop.held_on <= NOW.date()
                site_of = {
                    s: site
                    for s, site in session.execute(
                        select(Staff.id, Staff.site_id)
                        .join(WorkshopHelper, WorkshopHelper.staff_id == Staff.id)
                        .where(WorkshopHelper.workshop_id == workshop.id)
                    )
                }
                assert set(site_of.values()) == {workshop.site_id}  # the site's own people
            lead = session.scalars(select(Staff).where(Staff.role == Role.LEAD.value)).first()
            actor = ActorContext(lead.id, lead.site_id, Role.LEAD, lead.name)
        year = StatisticsFilter(NOW.date() - dt.timedelta(days=365), NOW.date())
        totals = services.statistics.dashboard(actor, year).workshops
        assert totals.workshops == len(workshops) and totals.participants > totals.workshops
    finally:
        db.dispose()
