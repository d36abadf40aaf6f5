"""A constructed history of help with an errand and its next time (evidence tests)."""

from __future__ import annotations

import datetime as dt

from medbetjening.storage.models import AssessmentResult, FollowUp
from tests.reports.seed import Run, Seed, add_citizen, add_visit

NOW = dt.datetime.now().replace(microsecond=0)
START = NOW - dt.timedelta(days=300)
GUIDED = ["citizen_guided", "staff", "citizen_guided"]
ALONE = ["citizen_alone", "citizen_alone", "citizen_alone"]


def assess(session, visit_id: int, level: int | None, route: str, barriers: str = "") -> None:  # type: ignore[no-untyped-def]
    session.add(
        AssessmentResult(
            visit_id=visit_id,
            instrument_id="counter-v1",
            level=level,
            computed_level=level,
            level_low=0 if level is None else level,
            level_high=2 if level is None else level,
            level_final=level is not None,
            route=route,
            proposed_route=route,
            barriers=barriers,
        )
    )


def history(session, site_id: int, staff_id: int, level: int | None, route: str, nexts) -> None:  # type: ignore[no-untyped-def]
    """One citizen per entry of ``nexts``: helped with boligstøtte at START (assessed
    with ``route``), then the later events: ("alone"|"helped", days) visits, or
    ("follow_up", days, result)."""
    for events in nexts:
        citizen = add_citizen(session)
        first = add_visit(
            session,
            Seed(site_id, staff_id, START, citizen_id=citizen, runs=[Run("boligstoette", GUIDED)]),
        )
        assess(session, first, level, route)
        for event in events:
            at = START + dt.timedelta(days=event[1])
            if event[0] == "follow_up":
                session.add(
                    FollowUp(
                        visit_id=first,
                        citizen_id=citizen,
                        site_id=site_id,
                        due_date=at.date(),
                        status="done",
                        result=event[2],
                        done_at=at,
                    )
                )
                continue
            marks = ALONE if event[0] == "alone" else GUIDED
            add_visit(
                session,
                Seed(site_id, staff_id, at, citizen_id=citizen, runs=[Run("boligstoette", marks)]),
            )


def seed_known_history(session, site: int, staff: int) -> None:  # type: ignore[no-untyped-def]
    """The history the expected shares are worked from (see test_route_evidence)."""
    # Level 1, guided (medbetjening): 30 citizens. Next time known for 25:
    # 15 came back and did it alone, 3 said so at the follow-up, 7 needed help again
    # (4 of those did it alone at the visit after: 2 visits it took). 5: no news.
    history(
        session,
        site,
        staff,
        1,
        "medbetjening",
        [[("alone", 60)]] * 15
        + [[("follow_up", 14, "managed_alone")]] * 3
        + [[("helped", 40), ("alone", 120)]] * 4
        + [[("helped", 40)]] * 3
        + [[]] * 5,
    )
    # Level 1, staff-assisted: only 10 with a known next time (too few).
    history(session, site, staff, 1, "staff_assisted", [[("helped", 30)]] * 10)
    # Not settled ("ikke afklaret 0–2"), guided: never counted as level 1 (nor 0).
    history(session, site, staff, None, "medbetjening", [[("alone", 30)]] * 25)
    # Next time more than 12 months later does not count as "next time".
    history(session, site, staff, 2, "medbetjening", [[("alone", 400)]] * 3)
