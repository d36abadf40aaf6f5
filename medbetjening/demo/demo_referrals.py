"""Demo referrals and a demo help point (issue 21), added after the demo visits.

True to the demo visits, not drawn apart from them: a referral to the library is taken
up only when the same citizen has a later closed visit at the library, else it stays
open (and shows on the sender's follow-up screen after its time). Referrals to the help
point stay open: only the citizen could tell whether they called.

The help point's facts were checked on 7 December 2026 against the stored copy of
furesoe.dk's page on digital self-service, which gives Den Digitale Hotline's number and
opening hours; it is a telephone service, so no address is stored.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Engine, insert, select

from medbetjening.domain.policies import Policies
from medbetjening.domain.referrals import ReferralStatus, due_date
from medbetjening.domain.vocabulary import SiteKind, VisitStatus
from medbetjening.storage.models import FlowRun, HelpPoint, ReferralRecord, Site, Visit

HOTLINE = {
    "name": "Den Digitale Hotline",
    "address": None,
    "opening_hours": "Mandag-torsdag kl. 8-20, fredag kl. 8-16, lørdag lukket, søndag kl. 16-20",
    "phone": "70 20 00 00",
    "helps_with": (
        "Vejledning i de digitale selvbetjeningsløsninger fra kommuner og andre myndigheder; "
        "ingen adgang til borgerens egen sag"
    ),
    "checked_on": dt.date(2026, 12, 7),
    "source": "https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/",
    "active": True,
}
RECENT_DAYS = 90  # referrals only for the last quarter: a lead's follow-up list stays short
SHARE_TO_LIBRARY = 0.04
SHARE_TO_HOTLINE = 0.01


def add_demo_referrals(engine: Engine, seed: int = 1) -> None:
    """Add the help point and referrals from recent town-hall visits with a citizen."""
    rng = random.Random(seed)
    days = Policies().referral_days
    with engine.begin() as connection:
        if connection.scalar(select(HelpPoint.id).where(HelpPoint.name == HOTLINE["name"])):
            return  # already added
        hotline = connection.execute(insert(HelpPoint).values(**HOTLINE)).inserted_primary_key[0]
        sites = connection.execute(select(Site.id, Site.kind)).all()
        libraries = [site_id for site_id, kind in sites if kind == SiteKind.LIBRARY.value]
        senders = {site_id for site_id, kind in sites if kind == SiteKind.TOWN_HALL.value}
        latest = connection.scalar(select(Visit.ended_at).order_by(Visit.ended_at.desc()).limit(1))
        if not libraries or not senders or latest is None:
            return
        since = latest - dt.timedelta(days=RECENT_DAYS)
        visits = connection.execute(
            select(Visit.id, Visit.site_id, Visit.citizen_id, Visit.ended_at)
            .where(
                Visit.status == VisitStatus.CLOSED.value,
                Visit.citizen_id.isnot(None),
                Visit.ended_at >= since,
            )
            .order_by(Visit.citizen_id, Visit.started_at, Visit.id)
        ).all()
        first_flow = dict(
            connection.execute(
                select(FlowRun.visit_id, FlowRun.flow_id)
                .join(Visit, Visit.id == FlowRun.visit_id)
                .where(Visit.ended_at >= since)
                .order_by(FlowRun.id.desc())
            ).all()
        )
        library = libraries[0]
        at_library: dict[int, list] = {}  # type: ignore[type-arg]
        for visit in visits:  # ordered by citizen and start: the first later one wins
            if visit.site_id == library:
                at_library.setdefault(visit.citizen_id, []).append(visit)
        rows = []
        for visit in visits:
            if visit.site_id not in senders:
                continue
            draw = rng.random()
            if draw < SHARE_TO_LIBRARY:
                taken = next(
                    (
                        later
                        for later in at_library.get(visit.citizen_id, [])
                        if later.ended_at > visit.ended_at
                    ),
                    None,
                )
                rows.append(_row(visit, first_flow, days, to_site_id=library, taken_up_by=taken))
            elif draw < SHARE_TO_LIBRARY + SHARE_TO_HOTLINE:
                rows.append(_row(visit, first_flow, days, help_point_id=hotline))
        if rows:
            connection.execute(insert(ReferralRecord), rows)


def _row(visit, first_flow, days, *, to_site_id=None, help_point_id=None, taken_up_by=None):  # type: ignore[no-untyped-def]
    return {
        "visit_id": visit.id,
        "citizen_id": visit.citizen_id,
        "from_site_id": visit.site_id,
        "to_site_id": to_site_id,
        "help_point_id": help_point_id,
        "flow_id": first_flow.get(visit.id),
        "made_at": visit.ended_at,
        "due_date": due_date(visit.ended_at, days),
        "status": (ReferralStatus.TAKEN_UP if taken_up_by else ReferralStatus.OPEN).value,
        "taken_up_visit_id": taken_up_by.id if taken_up_by else None,
        "closed_at": taken_up_by.ended_at if taken_up_by else None,
    }
