"""Step friction: counted right from a constructed history, kept by the refresh, for leads only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from medbetjening.cli import main
from medbetjening.domain.disclosure import Shown
from medbetjening.domain.vocabulary import Role
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.friction_aggregates import step_counts
from medbetjening.storage.models import FlowRun, StepRecord, Visit
from tests.seed import add_staff

DAY = dt.datetime(2026, 3, 3, 10, 0)
PERIOD = StatisticsFilter(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
# digital-post's steps in the shipped flow library
STEPS = ("vaelg-sted", "log-ind", "aabn-brev", "vedhaeftet", "besked", "proev-selv")


def add_run(session, lead, marks, *, status="completed", current=6, closed=True):  # type: ignore[no-untyped-def]
    """A closed visit with one digital-post run; ``marks``: (index, actor, obstacle)."""
    visit = Visit(
        site_id=lead.site_id,
        staff_id=lead.staff_id,
        channel="counter",
        contact_type="interaction",
        status="closed" if closed else "open",
        started_at=DAY,
        ended_at=DAY + dt.timedelta(minutes=20) if closed else None,
    )
    session.add(visit)
    session.flush()
    run = FlowRun(
        visit_id=visit.id,
        flow_id="digital-post",
        status=status,
        current_step=current,
        started_at=DAY,
    )
    session.add(run)
    session.flush()
    for index, actor, obstacle in marks:
        session.add(
            StepRecord(
                flow_run_id=run.id,
                step_index=index,
                step_id=STEPS[index],
                actor=actor,
                obstacle=obstacle,
                recorded_at=DAY,
            )
        )
    session.flush()


ALONE = "citizen_alone"


@pytest.fixture
def history(services, lead):  # type: ignore[no-untyped-def]
    """Four runs of digital-post, one open visit (not counted):

    1. every step alone (completed);
    2. step 1 alone, no MitID noted at step 2 and the run stopped there;
    3. steps 1–2 staff (basis given), stopped at step 3 with nothing noted;
    4. step 1 skipped, step 2 alone, system down at 3 but staff did it, completed later.
    """
    with services.database.uow_factory() as uow:
        s = uow.session
        add_run(s, lead, [(i, ALONE, None) for i in range(6)])
        add_run(s, lead, [(0, ALONE, None), (1, None, "no_mitid")], status="ended", current=1)
        add_run(s, lead, [(0, "staff", None), (1, "staff", None)], status="paused", current=2)
        add_run(
            s,
            lead,
            [(0, "skipped", None), (1, ALONE, None), (2, "staff", "system_down")]
            + [(i, ALONE, None) for i in range(3, 6)],
        )
        add_run(s, lead, [(0, "staff", "other")], status="active", current=1, closed=False)
        uow.commit()
    services.statistics.refresh()


def test_each_step_counts_runs_reached_obstacles_staff_and_stops(services, history) -> None:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        rows = step_counts(uow.session, PERIOD.date_from, PERIOD.date_to)
    by_step: dict[str, dict[str, int]] = {}
    for row in rows:
        step = row.step_id or STEPS[row.step_index]
        counts = by_step.setdefault(step, dict.fromkeys(("r", "nm", "sd", "o", "st", "e", "f"), 0))
        for key, value in zip(
            counts,
            (
                row.runs_reached,
                row.obstacle_no_mitid,
                row.obstacle_system_down,
                row.obstacle_other,
                row.runs_staff,
                row.runs_ended,
                row.runs_friction,
            ),
            strict=True,
        ):
            counts[key] += value
    assert by_step["vaelg-sted"] == {"r": 3, "nm": 0, "sd": 0, "o": 0, "st": 1, "e": 0, "f": 1}
    assert by_step["log-ind"] == {"r": 4, "nm": 1, "sd": 0, "o": 0, "st": 1, "e": 1, "f": 2}
    # run 3 stopped at step 3 with nothing recorded there: known only by its position
    assert by_step["aabn-brev"] == {"r": 3, "nm": 0, "sd": 1, "o": 0, "st": 1, "e": 1, "f": 2}
    assert by_step["proev-selv"] == {"r": 2, "nm": 0, "sd": 0, "o": 0, "st": 0, "e": 0, "f": 0}


def test_the_report_names_the_step_today_and_the_page_it_was_checked_against(
    services, lead, history
) -> None:  # type: ignore[no-untyped-def]
    report = services.friction.report(lead, PERIOD)
    (flow,) = report.flows
    assert flow.flow_id == "digital-post"
    assert [s.step_id for s in flow.steps] == list(STEPS)
    assert [s.position for s in flow.steps] == [1, 2, 3, 4, 5, 6]
    assert all(s.source.startswith("https://") and s.verified for s in flow.steps)
    assert flow.sources and flow.verified_from is not None
    assert flow.total["runs_reached"].value == 4  # runs started in closed visits
    # four runs: every count is under 5, so every cell reads "<5"
    cells = [c for s in flow.steps for c in s.cells.values()] + list(flow.total.values())
    assert {c.shown for c in cells} == {Shown.UNDER_THRESHOLD}


def test_top_steps_rank_by_runs_with_friction(services, lead, history) -> None:  # type: ignore[no-untyped-def]
    ranks = services.friction.top_steps(lead, PERIOD)
    assert [(r.position, r.friction, r.reached) for r in ranks] == [(2, 2, 4), (3, 2, 3), (1, 1, 3)]
    assert ranks[0].flow_title.startswith("Digital Post")


def test_the_refresh_keeps_the_friction_of_a_day_whose_visits_were_purged(
    services, lead, history
) -> None:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        before = step_counts(uow.session, PERIOD.date_from, PERIOD.date_to)
        first = uow.session.scalars(select(Visit).where(Visit.status == "closed")).first()
        uow.session.delete(first)  # as retention does: the raw rows go, the counts stay
        uow.commit()
    services.statistics.rebuild(lead)
    with services.database.uow_factory() as uow:
        assert step_counts(uow.session, PERIOD.date_from, PERIOD.date_to) == before


@pytest.mark.parametrize("role", [Role.AMBASSADOR, Role.STAFF])
def test_only_a_lead_gets_the_report_or_the_list(services, lead, history, role) -> None:  # type: ignore[no-untyped-def]
    info = add_staff(services, "Frivillig", lead.site_id, role)
    actor = ActorContext(info.id, lead.site_id, role, info.name)
    with pytest.raises(PermissionDenied):
        services.friction.report(actor, PERIOD)
    with pytest.raises(PermissionDenied):
        services.friction.top_steps(actor, PERIOD)


def test_a_volunteer_cannot_write_the_report_from_the_command_line(
    services, sqlite_url, lead, history, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    info = add_staff(services, "Frivillig", lead.site_id, Role.AMBASSADOR)
    out = tmp_path / "friktion.csv"
    args = ["report", "friction", "--from", "2026-03-01", "--to", "2026-03-31"]
    code = main(["--db", sqlite_url, *args, "--out", str(out), "--staff", str(info.id)])
    assert code != 0
    assert not out.exists()
    assert "må ikke" in capsys.readouterr().err


@pytest.mark.usefixtures("cli_lead_password")
def test_a_wrong_suffix_or_site_is_told_in_danish(sqlite_url, lead, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--db", sqlite_url, "report", "friction", "--from", "2026-03-01", "--to", "2026-03-31"]
    staff = ["--staff", str(lead.staff_id)]
    assert main([*args, "--out", str(tmp_path / "f.txt"), *staff]) == 2
    assert "skal ende på .csv, .xlsx eller .pdf" in capsys.readouterr().err
    assert main([*args, "--site", "99", "--out", str(tmp_path / "f.csv"), *staff]) != 0
    assert "Stedet '99' findes ikke" in capsys.readouterr().err
