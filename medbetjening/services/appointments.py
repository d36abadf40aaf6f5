"""Booked appointments: added by hand or imported, shown in today's list, started as visits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.contact import default_channel
from medbetjening.domain.pseudonym import (
    format_citizen_code,
    mask_cpr_like,
    normalise_citizen_code,
)
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import AppointmentSource, Channel, ContactType, VisitStatus
from medbetjening.services import audit
from medbetjening.services.appointment_import import (
    MAX_LABEL,
    ParsedAppointment,
    read_appointment_file,
)
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import AppointmentRow
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.services.import_checks import DateWindow
from medbetjening.storage.models import Appointment, Citizen, Site, Visit
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    site_id: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        return (
            f"{self.total} aftale(r) læst: {self.added} nye, {self.updated} ændrede, "
            f"{self.unchanged} fandtes allerede."
        )


def _row(appointment: Appointment) -> AppointmentRow:
    return AppointmentRow(
        id=appointment.id,
        site_id=appointment.site_id,
        starts_at=appointment.starts_at,
        ends_at=appointment.ends_at,
        label=appointment.label,
        source=appointment.source,
        visit_id=appointment.visit_id,
    )


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min)
    return start, start + dt.timedelta(days=1)


class AppointmentService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory, window: DateWindow | None = None) -> None:
        self._uow = uow_factory
        self._window = window or DateWindow()  # settings appointments/years_back, years_ahead

    def read_file(self, path: Path) -> list[ParsedAppointment]:
        """Read and check a whole file (nothing saved): AppointmentImportError naming where."""
        return read_appointment_file(path, self._window)

    def _target_site(self, session: Session, actor: ActorContext, site_id: int | None) -> int:
        site_id = site_id or actor.site_id
        if site_id != actor.site_id and not actor.is_lead:
            raise PermissionDenied("Kun en teamleder kan lægge aftaler ind for et andet sted.")
        if session.get(Site, site_id) is None:
            raise NotFound(f"Sted nr. {site_id} findes ikke.")
        return site_id

    def add(
        self,
        actor: ActorContext,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None = None,
        label: str = "",
        site_id: int | None = None,
        citizen_code: str | None = None,
    ) -> AppointmentRow:
        """A booking added by hand (a phone call, a note at the counter, a "Ny aftale"
        follow-up: then ``citizen_code`` links the citizen, and the visit started from it)."""
        require(actor, Action.IMPORT_APPOINTMENTS)
        starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
        if ends_at is not None:
            ends_at = ends_at.replace(second=0, microsecond=0, tzinfo=None)
            if ends_at < starts_at:
                raise InvalidInput("Aftalen kan ikke slutte, før den begynder.")
        masked, count = mask_cpr_like(" ".join(label.split()))
        if count:
            raise InvalidInput(
                "Teksten ligner et CPR-nummer. Skriv ikke CPR-numre i aftalen – brug fx ærindet."
            )
        with self._uow() as uow:
            citizen_id = None
            if citizen_code and citizen_code.strip():
                compact = normalise_citizen_code(citizen_code)
                if compact is None:
                    raise InvalidInput(
                        f"Borgerkoden '{citizen_code.strip()}' er ikke gyldig; den har seks "
                        "tegn, fx K7M-4PX."
                    )
                code = format_citizen_code(compact)
                citizen_id = uow.session.scalar(
                    select(Citizen.id).where(Citizen.citizen_code == code)
                )
                if citizen_id is None:
                    raise NotFound(f"Der er ingen borger med koden '{citizen_code.strip()}'.")
                masked = f"{masked} (kode {code})" if masked else f"Opfølgning, kode {code}"
            appointment = Appointment(
                site_id=self._target_site(uow.session, actor, site_id),
                starts_at=starts_at,
                ends_at=ends_at,
                label=masked[:MAX_LABEL],
                source=AppointmentSource.MANUAL.value,
                citizen_id=citizen_id,
            )
            uow.session.add(appointment)
            uow.commit()
            return _row(appointment)

    def import_file(
        self, actor: ActorContext, path: Path, site_id: int | None = None
    ) -> ImportReport:
        """Import an .ics or .csv file: all or nothing; same external id is not doubled."""
        require(actor, Action.IMPORT_APPOINTMENTS)
        parsed = self.read_file(path)  # raises before anything is written
        return self.import_parsed(actor, parsed, site_id, source_name=path.name)

    def import_parsed(
        self,
        actor: ActorContext,
        parsed: list[ParsedAppointment],
        site_id: int | None = None,
        source_name: str = "",
    ) -> ImportReport:
        require(actor, Action.IMPORT_APPOINTMENTS)
        added = updated = unchanged = 0
        with self._uow() as uow:
            target = self._target_site(uow.session, actor, site_id)
            ids = [item.external_id for item in parsed]
            ids += [item.legacy_external_id for item in parsed if item.legacy_external_id]
            existing: dict[str, Appointment] = {}
            for chunk in range(0, len(ids), 500):
                query = select(Appointment).where(
                    Appointment.site_id == target,
                    Appointment.external_id.in_(ids[chunk : chunk + 500]),
                )
                existing.update({a.external_id or "": a for a in uow.session.scalars(query)})
            for item in parsed:
                known = existing.get(item.external_id)
                if known is None and item.legacy_external_id:
                    # Stored by an earlier version with the booking id in clear: keep the row,
                    # store only the new form of its id from now on.
                    known = existing.pop(item.legacy_external_id, None)
                    if known is not None:
                        known.external_id = item.external_id
                        existing[item.external_id] = known
                if known is None:
                    uow.session.add(
                        Appointment(
                            site_id=target,
                            starts_at=item.starts_at,
                            ends_at=item.ends_at,
                            label=item.label,
                            source=item.source.value,
                            external_id=item.external_id,
                        )
                    )
                    added += 1
                elif (known.starts_at, known.ends_at, known.label) != (
                    item.starts_at,
                    item.ends_at,
                    item.label,
                ):
                    known.starts_at, known.ends_at, known.label = (
                        item.starts_at,
                        item.ends_at,
                        item.label,
                    )
                    updated += 1
                else:
                    unchanged += 1
            audit.record(
                uow.session,
                actor,
                "appointment.import",
                "site",
                target,
                f"{source_name}: {added} nye, {updated} ændrede, {unchanged} uændrede",
            )
            uow.commit()
        return ImportReport(added, updated, unchanged, target)

    def todays_appointments(
        self, actor: ActorContext, day: dt.date | None = None
    ) -> list[AppointmentRow]:
        """This site's appointments of the day, earliest first (booked and started)."""
        start, end = _day_bounds(day or dt.date.today())
        query = (
            select(Appointment)
            .where(Appointment.site_id == actor.site_id)
            .where(Appointment.starts_at >= start, Appointment.starts_at < end)
            .order_by(Appointment.starts_at, Appointment.id)
        )
        with self._uow() as uow:
            return [_row(a) for a in uow.session.scalars(query)]

    def start_visit(
        self, actor: ActorContext, appointment_id: int, channel: Channel | None = None
    ) -> int:
        """Start the visit for a booked appointment (or return the one already started)."""
        require(actor, Action.START_VISIT)
        with self._uow() as uow:
            appointment = uow.session.get(Appointment, appointment_id)
            if appointment is None:
                raise NotFound(f"Aftale nr. {appointment_id} findes ikke.")
            if appointment.site_id != actor.site_id:
                raise PermissionDenied("Aftalen hører til et andet sted.")
            if appointment.visit_id is not None:
                return appointment.visit_id
            site = uow.session.get(Site, actor.site_id)
            channel = channel or default_channel(site.kind if site else None)
            visit = Visit(
                site_id=actor.site_id,
                staff_id=actor.staff_id,
                citizen_id=appointment.citizen_id,  # booked for a citizen by a follow-up
                channel=channel.value,
                contact_type=ContactType.INFORMATION.value,  # raised by the flows run
                status=VisitStatus.OPEN.value,
            )
            uow.session.add(visit)
            uow.session.flush()
            appointment.visit_id = visit.id
            uow.commit()
            return visit.id

    def delete(self, actor: ActorContext, appointment_id: int) -> None:
        """Remove a booking that will not happen (cancelled by phone)."""
        require(actor, Action.IMPORT_APPOINTMENTS)
        with self._uow() as uow:
            appointment = uow.session.get(Appointment, appointment_id)
            if appointment is None:
                raise NotFound(f"Aftale nr. {appointment_id} findes ikke.")
            if appointment.site_id != actor.site_id and not actor.is_lead:
                raise PermissionDenied("Aftalen hører til et andet sted.")
            uow.session.delete(appointment)
            uow.commit()
