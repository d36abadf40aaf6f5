"""Recording workshops (courses, IT-cafés, group lessons) and listing them.

Everyone records at their own site (a lead also for another site: the library's paper
list typed in at the town hall). A volunteer reaches citizens by code only, as in a
visit. Each recording is audited. Lists show counts, never who took part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medbetjening.domain.pseudonym import format_citizen_code, normalise_citizen_code
from medbetjening.domain.roles import Action
from medbetjening.domain.workshops import (
    TOPICS,
    WorkshopDraft,
    WorkshopError,
    check_draft,
)
from medbetjening.services import audit
from medbetjening.services.authorization import require, require_code_citizen
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.storage.models import (
    Citizen,
    Site,
    Staff,
    Workshop,
    WorkshopAttendance,
    WorkshopHelper,
    WorkshopParticipant,
    WorkshopTopic,
)
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

WORKSHOP_RECORDED = "workshop.record"


@dataclass(frozen=True)
class WorkshopRow:
    """One workshop as lists show it: counts only, no citizen."""

    workshop_id: int
    held_on: dt.date
    site_name: str
    kind: str
    minutes: int
    topics: tuple[str, ...]  # Danish titles as recorded
    helpers: tuple[str, ...]
    anonymous: int
    coded: int

    @property
    def participants(self) -> int:
        return self.anonymous + self.coded


class WorkshopService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        flow_title: Callable[[str], str | None],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow_factory
        self._flow_title = flow_title  # a flow's Danish title; None: not in the library
        self._today = today

    def record(
        self, actor: ActorContext, workshop: WorkshopDraft, site_id: int | None = None
    ) -> int:
        """Store a held workshop; returns its id. Nothing is stored when a part is wrong."""
        require(actor, Action.RECORD_WORKSHOP)
        site_id = actor.site_id if site_id is None else site_id
        if site_id != actor.site_id and not actor.is_lead:
            raise PermissionDenied(
                "Du kan kun registrere workshops på dit eget sted. Spørg en teamleder."
            )
        titles = {topic: self._title(topic) for topic in workshop.topics}
        try:
            known = [topic for topic, title in titles.items() if title]
            check_draft(workshop, known, self._today())
        except WorkshopError as error:
            raise InvalidInput(str(error)) from None
        with self._uow() as uow:
            session = uow.session
            if session.get(Site, site_id) is None:
                raise InvalidInput(f"Stedet '{site_id}' findes ikke.")
            self._check_helpers(session, actor, workshop.helper_ids)
            citizens = [self._citizen(session, actor, p.code) for p in workshop.participants]
            for participant, citizen_id in zip(workshop.participants, citizens, strict=True):
                if citizens.count(citizen_id) > 1:  # the same code written two ways
                    raise InvalidInput(
                        f"Deltagere: borgerkoden {participant.code.strip()} står der to gange."
                    )
            row = Workshop(
                site_id=site_id,
                held_on=workshop.held_on,
                minutes=workshop.minutes,
                kind=workshop.kind.value,
                recorded_by=actor.staff_id,
            )
            session.add(row)
            session.flush()
            for topic in workshop.topics:
                session.add(WorkshopTopic(workshop_id=row.id, topic=topic, title=titles[topic]))
            for staff_id in dict.fromkeys(workshop.helper_ids):
                session.add(WorkshopHelper(workshop_id=row.id, staff_id=staff_id))
            for band, number in workshop.anonymous.items():
                if number:
                    session.add(
                        WorkshopAttendance(workshop_id=row.id, age_band=band, participants=number)
                    )
            for participant, citizen_id in zip(workshop.participants, citizens, strict=True):
                # "" stands for every topic of the workshop (domain.workshops.practised)
                session.add(
                    WorkshopParticipant(
                        workshop_id=row.id,
                        citizen_id=citizen_id,
                        topics=",".join(participant.topics),
                    )
                )
            audit.record(
                session,
                actor,
                WORKSHOP_RECORDED,
                "workshop",
                row.id,
                f"deltagere={workshop.participant_count}; med kode={len(citizens)}; "
                f"minutter={workshop.minutes}",
            )
            uow.commit()
            return row.id

    def workshops(
        self,
        actor: ActorContext,
        date_from: dt.date,
        date_to: dt.date,
        site_id: int | None = None,
    ) -> list[WorkshopRow]:
        """The workshops of a period, newest first: one's own site; a lead any or all."""
        require(actor, Action.RECORD_WORKSHOP)
        if date_to < date_from:
            raise InvalidInput("Slutdatoen ligger før startdatoen.")
        if not actor.is_lead:
            if site_id not in (None, actor.site_id):
                raise PermissionDenied("Kun en teamleder kan se et andet steds workshops.")
            site_id = actor.site_id
        with self._uow() as uow:
            return workshop_rows(uow.session, date_from, date_to, site_id)

    # -- helpers ---------------------------------------------------------------------
    def _title(self, topic: str) -> str | None:
        return TOPICS.get(topic) or self._flow_title(topic)

    @staticmethod
    def _check_helpers(session: Session, actor: ActorContext, helper_ids: tuple[int, ...]) -> None:
        for staff_id in helper_ids:
            staff = session.get(Staff, staff_id)
            if staff is None or not staff.active:
                raise InvalidInput(f"Undervisere: medarbejder nr. {staff_id} findes ikke.")
            if actor.is_ambassador and staff.site_id != actor.site_id:
                raise PermissionDenied(
                    f"Undervisere: {staff.name} hører til et andet sted. Spørg en medarbejder."
                )

    @staticmethod
    def _citizen(session: Session, actor: ActorContext, code: str) -> int:
        normal = normalise_citizen_code(code)
        if normal is None:
            raise InvalidInput(
                f"Deltager '{code.strip()}': borgerkoden er ikke gyldig. Den har seks tegn, "
                "fx K7M-4PX."
            )
        shown = format_citizen_code(normal)
        citizen = session.scalar(select(Citizen).where(Citizen.citizen_code == shown))
        if citizen is None:
            raise InvalidInput(f"Deltager {shown}: ingen borger har den kode. Tjek udskriften.")
        require_code_citizen(actor, citizen.citizen_code, citizen.cpr_hash is not None)
        return citizen.id


def workshop_rows(
    session: Session, date_from: dt.date, date_to: dt.date, site_id: int | None
) -> list[WorkshopRow]:
    where = [Workshop.held_on >= date_from, Workshop.held_on <= date_to]
    if site_id is not None:
        where.append(Workshop.site_id == site_id)
    rows = session.execute(
        select(Workshop.id, Workshop.held_on, Site.name, Workshop.kind, Workshop.minutes)
        .join(Site, Site.id == Workshop.site_id)
        .where(*where)
        .order_by(Workshop.held_on.desc(), Workshop.id.desc())
    ).all()
    ids = [row[0] for row in rows]
    if not ids:
        return []
    topics = _grouped(
        session,
        select(WorkshopTopic.workshop_id, WorkshopTopic.title).order_by(WorkshopTopic.id),
        WorkshopTopic.workshop_id,
        ids,
    )
    helpers = _grouped(
        session,
        select(WorkshopHelper.workshop_id, Staff.name)
        .join(Staff, Staff.id == WorkshopHelper.staff_id)
        .order_by(Staff.name),
        WorkshopHelper.workshop_id,
        ids,
    )
    anonymous = dict(
        session.execute(
            select(WorkshopAttendance.workshop_id, func.sum(WorkshopAttendance.participants))
            .where(WorkshopAttendance.workshop_id.in_(ids))
            .group_by(WorkshopAttendance.workshop_id)
        ).all()
    )
    coded = dict(
        session.execute(
            select(WorkshopParticipant.workshop_id, func.count())
            .where(WorkshopParticipant.workshop_id.in_(ids))
            .group_by(WorkshopParticipant.workshop_id)
        ).all()
    )
    return [
        WorkshopRow(
            workshop_id=wid,
            held_on=held_on,
            site_name=site_name,
            kind=kind,
            minutes=minutes,
            topics=tuple(topics.get(wid, ())),
            helpers=tuple(helpers.get(wid, ())),
            anonymous=int(anonymous.get(wid) or 0),
            coded=int(coded.get(wid) or 0),
        )
        for wid, held_on, site_name, kind, minutes in rows
    ]


def _grouped(session: Session, query, column, ids: list[int]) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    grouped: dict[int, list[str]] = {}
    for workshop_id, text in session.execute(query.where(column.in_(ids))):
        grouped.setdefault(workshop_id, []).append(text)
    return grouped
