"""Demo referrals are true to the demo visits: taken up only by a later closed visit of
the same citizen at the library; the rest stay open (a gap the follow-up list shows)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.demo.demo_referrals import HOTLINE, add_demo_referrals
from medbetjening.services.database import open_database
from medbetjening.storage.models import HelpPoint, ReferralRecord, Site, Visit

NOW = dt.datetime(2026, 11, 30, 12, 0)


def test_demo_referrals_follow_the_visits(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        generate_demo_data(db.engine, 4000, seed=3, now=NOW, after_generate=[add_demo_referrals])
        add_demo_referrals(db.engine)  # a second run adds nothing
        with db.engine.connect() as connection:
            points = connection.execute(select(HelpPoint.name, HelpPoint.address)).all()
            referrals = connection.execute(select(ReferralRecord)).all()
            visits = {row.id: row for row in connection.execute(select(Visit)).all()}
            kinds = dict(connection.execute(select(Site.id, Site.kind)).all())
    finally:
        db.dispose()
    assert points == [(HOTLINE["name"], None)]  # a telephone service: no address guessed
    assert referrals
    for referral in referrals:
        sent = visits[referral.visit_id]
        assert referral.citizen_id == sent.citizen_id and kinds[sent.site_id] == "town_hall"
        later = [
            v
            for v in visits.values()
            if v.citizen_id == sent.citizen_id
            and v.site_id == referral.to_site_id
            and v.status == "closed"
            and v.ended_at > sent.ended_at
        ]
        if referral.status == "taken_up":
            taken = visits[referral.taken_up_visit_id]
            assert taken in later and taken.ended_at == min(v.ended_at for v in later)
        else:
            assert referral.status == "open" and not later
