"""Demo workshops: courses and IT-cafés at the demo's libraries, run after the visits.

Only what the workshop dialog can record: a kind, whole quarters of an hour, topics
from the short list and the flows, the site's own staff and volunteers as instructors,
anonymous counts per age band (some "Ikke oplyst") and participants by citizen code
(citizens known by code only: a volunteer may record them) who practised every topic.
Each workshop is audited as the dialog's save is. Reproducible: a fixed seed, and the
visits already written give the period.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Engine, func, insert, select

from medbetjening.domain.vocabulary import AgeBand, Role, SiteKind
from medbetjening.domain.workshops import TOPICS, WorkshopKind
from medbetjening.services.workshops import WORKSHOP_RECORDED
from medbetjening.storage.models import (
    AuditEvent,
    Citizen,
    FlowRun,
    Site,
    Staff,
    Visit,
    Workshop,
    WorkshopAttendance,
    WorkshopHelper,
    WorkshopParticipant,
    WorkshopTopic,
)

SEED = 21
# (kind, minutes, topics): a flow keeps the title its demo runs carry (a flow the demo
# never ran is left out, as the dialog lists only the library's flows)
PLANS = (
    (WorkshopKind.IT_CAFE, 120, ("topic:email", "topic:phone")),
    (WorkshopKind.COURSE, 90, ("topic:mitid", "mitid-app-pas")),
    (WorkshopKind.GROUP_LESSON, 60, ("topic:digital_post", "digital-post")),
    (WorkshopKind.COURSE, 120, ("topic:online_safety",)),
)
BANDS = (AgeBand.FROM_67.value, AgeBand.FROM_80.value, AgeBand.FROM_50.value, "unknown")


def add_demo_workshops(engine: Engine) -> None:
    """About one workshop a week at each library over the visits' period."""
    rng = random.Random(SEED)
    with engine.begin() as connection:
        first, last = connection.execute(
            select(func.min(Visit.started_at), func.max(Visit.started_at))
        ).one()
        if first is None or connection.scalar(select(func.count()).select_from(Workshop)):
            return
        libraries = list(
            connection.scalars(
                select(Site.id).where(Site.kind == SiteKind.LIBRARY.value).order_by(Site.id)
            )
        )
        coded = list(
            connection.scalars(
                select(Citizen.id)
                .where(Citizen.cpr_hash.is_(None), Citizen.citizen_code.is_not(None))
                .order_by(Citizen.id)
                .limit(400)
            )
        )
        flows = {t for _, _, topics in PLANS for t in topics if t not in TOPICS}
        titles = dict(TOPICS)
        titles.update(
            connection.execute(
                select(FlowRun.flow_id, func.min(FlowRun.flow_title))
                .where(FlowRun.flow_id.in_(flows))
                .group_by(FlowRun.flow_id)
            ).all()
        )
        next_id = 1
        for site_id in libraries:
            people = connection.execute(
                select(Staff.id, Staff.role)
                .where(Staff.site_id == site_id, Staff.role != Role.LEAD.value)
                .order_by(Staff.id)
            ).all()
            day = first.date() + dt.timedelta(days=rng.randrange(7))
            while day <= last.date():
                kind, minutes, planned = PLANS[rng.randrange(len(PLANS))]
                topics = [t for t in planned if t in titles]
                recorder = people[rng.randrange(len(people))][0]
                helpers = {recorder, *(s for s, role in people if role == Role.AMBASSADOR.value)}
                at = dt.datetime.combine(day, dt.time(16, 0))
                connection.execute(
                    insert(Workshop.__table__),
                    [
                        {
                            "id": next_id,
                            "site_id": site_id,
                            "held_on": day,
                            "minutes": minutes,
                            "kind": kind.value,
                            "recorded_by": recorder,
                            "recorded_at": at,
                        }
                    ],
                )
                connection.execute(
                    insert(WorkshopTopic.__table__),
                    [{"workshop_id": next_id, "topic": t, "title": titles[t]} for t in topics],
                )
                connection.execute(
                    insert(WorkshopHelper.__table__),
                    [{"workshop_id": next_id, "staff_id": s} for s in sorted(helpers)],
                )
                counts = {band: rng.randrange(0, 4) for band in BANDS}
                if not any(counts.values()):
                    counts[BANDS[0]] = 1
                connection.execute(
                    insert(WorkshopAttendance.__table__),
                    [
                        {"workshop_id": next_id, "age_band": band, "participants": n}
                        for band, n in counts.items()
                        if n
                    ],
                )
                people_with_code = rng.sample(coded, min(len(coded), rng.randrange(0, 4)))
                if people_with_code:
                    connection.execute(
                        insert(WorkshopParticipant.__table__),
                        [
                            {"workshop_id": next_id, "citizen_id": c, "topics": ""}
                            for c in people_with_code
                        ],
                    )
                total = sum(counts.values()) + len(people_with_code)
                connection.execute(
                    insert(AuditEvent.__table__),
                    [
                        {
                            "at": at,
                            "staff_id": recorder,
                            "site_id": site_id,
                            "action": WORKSHOP_RECORDED,
                            "target_type": "workshop",
                            "target_id": next_id,
                            "detail": f"deltagere={total}; med kode={len(people_with_code)}; "
                            f"minutter={minutes}",
                        }
                    ],
                )
                next_id += 1
                day += dt.timedelta(days=5 + rng.randrange(5))
