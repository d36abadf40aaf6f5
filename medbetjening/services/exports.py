"""The data of the citizen's handout and the case note for one visit (both audited).

The renderers (``reports/handout.py``, ``reports/case_note.py``) and the export runner
(``reports/exporting.py``) turn it into a file; visits as CSV/XLSX: ``visit_export.py``.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import StepActor
from medbetjening.services import audit
from medbetjening.services.authorization import require, volunteer_may_reach
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound
from medbetjening.services.export_data import CaseNoteData, HandoutData, HandoutFlow
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.services.referrals import handout_referral
from medbetjening.services.visit_export import mask_cpr
from medbetjening.services.visit_gate import check_read
from medbetjening.storage.models import (
    AssessmentAnswer,
    AssessmentResult,
    Citizen,
    FlowRun,
    FollowUp,
    Outcome,
    Site,
    Staff,
    StepRecord,
    Visit,
)
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


class ExportService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog) -> None:
        self._uow = uow_factory
        self._catalog = catalog

    # -- handout -----------------------------------------------------------------------
    def handout(
        self, actor: ActorContext, visit_id: int, language: str = "da", retention_months: int = 12
    ) -> HandoutData:
        require(actor, Action.EXPORT_HANDOUT)
        if language not in ("da", "en"):
            raise InvalidInput("Sproget skal være da eller en.")
        with self._uow() as uow:
            session = uow.session
            visit, site_name, _staff = self._visit(session, actor, visit_id)
            citizen = session.get(Citizen, visit.citizen_id) if visit.citizen_id else None
            code = citizen.citizen_code if citizen else None
            if citizen and not volunteer_may_reach(actor, code, bool(citizen.cpr_hash)):
                code = None  # a volunteer prints nothing of a CPR-linked citizen
            outcome = session.scalar(select(Outcome).where(Outcome.visit_id == visit_id))
            flows: list[HandoutFlow] = []
            bring: list[str] = []
            own_mitid: set[str] = set()  # left off for a citizen without MitID
            for run, marks in self._runs(session, visit_id):
                summary = self._catalog.flow(run.flow_id, language)
                by_citizen = sum(
                    1
                    for m in marks
                    if m in (StepActor.CITIZEN_ALONE.value, StepActor.CITIZEN_GUIDED.value)
                )
                flows.append(
                    HandoutFlow(
                        title=summary.title if summary else (run.flow_title or run.flow_id),
                        status=run.status,
                        steps=tuple(s.citizen_text for s in summary.steps) if summary else (),
                        mitid_steps=tuple(
                            i for i, s in enumerate(summary.steps) if s.kind == "mitid"
                        )
                        if summary
                        else (),
                        urls=summary.urls if summary else (),
                        steps_marked=sum(1 for m in marks if m and m != StepActor.SKIPPED.value),
                        steps_by_citizen=by_citizen,
                    )
                )
                for item in summary.bring if summary else ():
                    if item not in bring:
                        bring.append(item)
                own_mitid.update(summary.bring_own_mitid if summary else ())
            follow_up = session.execute(
                select(FollowUp.due_date, FollowUp.kind)
                .where(FollowUp.visit_id == visit_id, FollowUp.status == "due")
                .order_by(FollowUp.due_date)
            ).first()
            assessment = session.execute(
                select(AssessmentResult.id, AssessmentResult.route).where(
                    AssessmentResult.visit_id == visit_id
                )
            ).first()
            mitid = (
                session.scalar(
                    select(AssessmentAnswer.choice).where(
                        AssessmentAnswer.assessment_id == assessment.id,
                        AssessmentAnswer.item_id == "mitid",
                    )
                )
                if assessment
                else None
            )
            consent = bool(
                visit.citizen_id
                and session.scalar(
                    select(Citizen.consent_follow_up).where(Citizen.id == visit.citizen_id)
                )
            )
            referred = handout_referral(session, visit_id, self._catalog.titles(language))
            audit.record(session, actor, "export.handout", "visit", visit_id, f"sprog={language}")
            uow.commit()
            return HandoutData(
                language=language,
                visit_date=visit.started_at.date(),
                site_name=site_name,
                flows=tuple(flows),
                bring_next_time=tuple(
                    item for item in bring if mitid != "none" or item not in own_mitid
                ),
                citizen_code=code,
                linked_to_citizen=visit.citizen_id is not None,
                cpr_linked=bool(code and citizen and citizen.cpr_hash),
                completion=outcome.completion if outcome else None,
                autonomy=outcome.autonomy if outcome else None,
                referral=outcome.referral if outcome else None,
                follow_up_date=follow_up.due_date if follow_up else None,
                follow_up_kind=follow_up.kind if follow_up else None,
                assessed=assessment is not None,
                retention_months=retention_months,
                # "unknown" (Ved ikke) is no proof either way: no MitID instructions are
                # taken away, none are promised
                has_mitid=None if mitid in (None, "unknown") else mitid != "none",
                consent_follow_up=consent,
                route=assessment.route if assessment else None,
                referred_to=referred,
            )

    # -- case note -------------------------------------------------------------------------
    def case_note_data(self, actor: ActorContext, visit_id: int) -> CaseNoteData:
        require(actor, Action.EXPORT_CASE_NOTE)
        with self._uow() as uow:
            session = uow.session
            visit, site_name, staff_name = self._visit(session, actor, visit_id)
            citizen = "anonym"
            if visit.citizen_id is not None:
                code = session.scalar(
                    select(Citizen.citizen_code).where(Citizen.id == visit.citizen_id)
                )
                citizen = f"kode {code}" if code else f"borger nr. {visit.citizen_id} (pseudonym)"
            outcome = session.scalar(select(Outcome).where(Outcome.visit_id == visit_id))
            assessment = session.scalar(
                select(AssessmentResult).where(AssessmentResult.visit_id == visit_id)
            )
            flows = []
            staff_basis = []
            for run, marks in self._runs(session, visit_id):
                summary = self._catalog.flow(run.flow_id, "da")
                title = summary.title if summary else (run.flow_title or run.flow_id)
                staff_basis.extend(
                    (title, step_id, basis)
                    for step_id, basis in session.execute(
                        select(StepRecord.step_id, StepRecord.staff_basis)
                        .where(StepRecord.flow_run_id == run.id)
                        .where(StepRecord.staff_basis.is_not(None))
                        .order_by(StepRecord.step_index)
                    )
                )
                flows.append(
                    (
                        title,
                        run.status,
                        sum(1 for m in marks if m and m != StepActor.SKIPPED.value),
                        sum(1 for m in marks if m == StepActor.CITIZEN_ALONE.value),
                        sum(1 for m in marks if m == StepActor.CITIZEN_GUIDED.value),
                    )
                )
            follow = session.execute(
                select(FollowUp.due_date, FollowUp.kind, FollowUp.status)
                .where(FollowUp.visit_id == visit_id)
                .order_by(FollowUp.due_date)
            ).first()
            audit.record(session, actor, "export.case_note", "visit", visit_id)
            uow.commit()
            return CaseNoteData(
                visit_id=visit.id,
                started_at=visit.started_at,
                ended_at=visit.ended_at,
                duration_minutes=visit.duration_minutes,
                site_name=site_name,
                staff_name=staff_name,
                channel=visit.channel,
                contact_type=visit.contact_type,
                citizen=citizen,
                flows=tuple(flows),
                assessment_level=assessment.level if assessment else None,
                level_range=(assessment.level_low, assessment.level_high)
                if assessment
                and assessment.level is None
                and assessment.level_low is not None
                and assessment.level_high is not None
                else None,
                route_override=(str(assessment.route), assessment.route_override_reason)
                if assessment and assessment.route_override_reason
                else None,
                staff_basis=tuple(staff_basis),
                completion=outcome.completion if outcome else None,
                autonomy=outcome.autonomy if outcome else None,
                blocker=outcome.reason if outcome else None,
                referral=outcome.referral if outcome else None,
                follow_up=(follow.kind, follow.due_date, follow.status) if follow else None,
                note=mask_cpr(outcome.note) if outcome and outcome.note else None,
            )

    def _visit(
        self, session: Session, actor: ActorContext, visit_id: int
    ) -> tuple[Visit, str, str]:
        row = session.execute(
            select(Visit, Site.name, Staff.name)
            .join(Site, Site.id == Visit.site_id)
            .join(Staff, Staff.id == Visit.staff_id)
            .where(Visit.id == visit_id)
        ).first()
        if row is None:
            raise NotFound(f"Besøg nr. {visit_id} findes ikke.")
        visit, site_name, staff_name = row
        check_read(actor, visit)
        return visit, site_name, staff_name

    @staticmethod
    def _runs(session: Session, visit_id: int) -> list[tuple[FlowRun, list[str | None]]]:
        runs = list(
            session.scalars(
                select(FlowRun).where(FlowRun.visit_id == visit_id).order_by(FlowRun.id)
            )
        )
        marks: dict[int, list[str | None]] = defaultdict(list)
        if runs:
            for run_id, step_actor in session.execute(
                select(StepRecord.flow_run_id, StepRecord.actor)
                .where(StepRecord.flow_run_id.in_([r.id for r in runs]))
                .order_by(StepRecord.step_index)
            ):
                marks[run_id].append(step_actor)
        return [(run, marks[run.id]) for run in runs]
