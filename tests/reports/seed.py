"""Seed visits and their children straight into the tables (other issues own the services)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from medbetjening.services.flow_catalog import FlowStepText, FlowSummary, StaticFlowCatalog
from medbetjening.storage.models import (
    AssessmentResult,
    Citizen,
    FlowRun,
    FollowUp,
    Outcome,
    StepRecord,
    Visit,
)


@dataclass
class Run:
    flow_id: str
    actors: Sequence[str | None]
    status: str = "completed"
    title: str = ""
    obstacle_note: str | None = None


@dataclass
class Seed:
    site_id: int
    staff_id: int
    started_at: dt.datetime
    channel: str = "counter"
    contact_type: str = "interaction"
    citizen_id: int | None = None
    runs: list[Run] = field(default_factory=list)
    completion: str | None = "completed"
    autonomy: str = "autonomous_with_help"
    reason: str | None = None
    referral: str | None = None
    note: str | None = None
    follow_ups: list[tuple[str, str]] = field(default_factory=list)
    status: str = "closed"
    level: int | None = None


def add_citizen(session, code: str | None = None, cpr_hash: str | None = None) -> int:  # type: ignore[no-untyped-def]
    citizen = Citizen(citizen_code=code, cpr_hash=cpr_hash, age_band="67-79")
    session.add(citizen)
    session.flush()
    return citizen.id


def add_visit(session, seed: Seed) -> int:  # type: ignore[no-untyped-def]
    ended = seed.started_at + dt.timedelta(minutes=30) if seed.status == "closed" else None
    visit = Visit(
        site_id=seed.site_id,
        staff_id=seed.staff_id,
        citizen_id=seed.citizen_id,
        channel=seed.channel,
        contact_type=seed.contact_type,
        status=seed.status,
        started_at=seed.started_at,
        ended_at=ended,
        duration_minutes=30 if ended else None,
    )
    session.add(visit)
    session.flush()
    for run in seed.runs:
        flow_run = FlowRun(
            visit_id=visit.id,
            flow_id=run.flow_id,
            flow_title=run.title or run.flow_id,
            status=run.status,
            started_at=seed.started_at,
        )
        session.add(flow_run)
        session.flush()
        for index, actor in enumerate(run.actors):
            session.add(
                StepRecord(
                    flow_run_id=flow_run.id,
                    step_index=index,
                    step_id=f"s{index + 1}",
                    actor=actor,
                    obstacle="other" if run.obstacle_note and index == 0 else None,
                    obstacle_note=run.obstacle_note if index == 0 else None,
                    recorded_at=seed.started_at,
                )
            )
    if seed.completion and seed.status == "closed":
        session.add(
            Outcome(
                visit_id=visit.id,
                completion=seed.completion,
                reason=seed.reason,
                autonomy=seed.autonomy,
                referral=seed.referral,
                note=seed.note,
                created_at=ended,
            )
        )
    for kind, status in seed.follow_ups:
        session.add(
            FollowUp(
                visit_id=visit.id,
                citizen_id=seed.citizen_id,
                site_id=seed.site_id,
                due_date=seed.started_at.date() + dt.timedelta(days=14),
                kind=kind,
                status=status,
                done_at=ended if status == "done" else None,
            )
        )
    if seed.level is not None:
        session.add(
            AssessmentResult(
                visit_id=visit.id,
                instrument_id="dk-basis",
                computed_level=seed.level,
                level=seed.level,
                override_reason="Personalet mente noget andet (intern)",
            )
        )
    session.flush()
    return visit.id


def catalog() -> StaticFlowCatalog:
    danish = [
        FlowSummary(
            "digital-post",
            "Digital Post",
            steps=(
                FlowStepText("s1", "Åbn borger.dk og log på med MitID."),
                FlowStepText("s2", "Vælg »Digital Post« i menuen."),
                FlowStepText("s3", "Læs dit brev og tryk på »Svar«."),
            ),
            urls=("https://www.borger.dk/digitalpost",),
            bring=("Din telefon med MitID-appen",),
            komhen_task="Digital Post",
        ),
        FlowSummary(
            "flytning",
            "Flytning",
            steps=(
                FlowStepText("s1", "Gå ind på borger.dk/flytning."),
                FlowStepText("s2", "Skriv din nye adresse og dato for flytningen."),
            ),
            urls=("https://www.borger.dk/flytning",),
            bring=("Din nye adresse", "Lejekontrakt eller skøde"),
            komhen_task="Folkeregister – flytning",
        ),
    ]
    english = [
        FlowSummary(
            "digital-post",
            "Digital Post",
            steps=(
                FlowStepText("s1", "Open borger.dk and log in with MitID."),
                FlowStepText("s2", "Choose “Digital Post” in the menu."),
                FlowStepText("s3", "Read your letter and press “Reply”."),
            ),
            urls=("https://www.borger.dk/digitalpost",),
            bring=("Your phone with the MitID app",),
            komhen_task="Digital Post",
        )
    ]
    return StaticFlowCatalog.of(danish, english)
