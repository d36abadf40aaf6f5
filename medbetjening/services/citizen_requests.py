"""A citizen's rights: access request (all data held, as JSON or PDF) and erasure.

The data is gathered generically from the schema: the citizen row, and every row of
every table that refers (directly or through another such table) to the citizen or to
one of their visits. Tables added later are included without a change here. The CPR
hash is never exported (it is a pseudonym, useless to the citizen); the export says
whether one is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from medbetjening.domain.pseudonym import classify_entry
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound
from medbetjening.services.retention import delete_visits, tally_visits
from medbetjening.services.workshop_practice import describe_participation
from medbetjening.services.workshop_privacy import forget_citizen
from medbetjening.storage.models import Base, Citizen, Outcome, Site, Staff, Visit
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

if TYPE_CHECKING:
    from medbetjening.services.citizens import CitizenService

# Never part of a citizen's data: the log of access and the anonymous tallies.
_EXCLUDED_TABLES = {"audit_event", "audit_purge_permit", "purged_visit_tally", "staff", "site"}
_HIDDEN_COLUMNS = {("citizen", "cpr_hash")}


@dataclass(frozen=True)
class ErasureReport:
    citizen_id: int
    visits: int
    rows: int  # all rows deleted, the citizen and visits included


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _children(parent: str) -> list[tuple[Table, str]]:
    """(table, column) pairs whose column is a foreign key to ``parent``.id."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _EXCLUDED_TABLES:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == parent and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


class CitizenRequestService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        citizens: CitizenService | None = None,
        before_delete: Callable[[], None] | None = None,
    ) -> None:
        self._uow = uow_factory
        self._citizens = citizens  # finds a citizen by CPR number through the keyed hash
        # brings the statistics up to date first, as retention does: the erased visits
        # stay counted in the figures already made (the dialog promises that)
        self.before_delete = before_delete

    def find_by_entry(self, actor: ActorContext, entry: str) -> int:
        """The citizen's id from what was typed: a CPR number (via the key) or a code."""
        require(actor, Action.CITIZEN_REQUEST)
        if classify_entry(entry) != "cpr":
            return self.find(actor, code=entry)
        if self._citizens is None:
            raise InvalidInput("CPR-opslag er ikke muligt her; brug borgerkoden.")
        result = self._citizens.find(actor, entry)  # audited there; the number is not kept
        if result.citizen is None:
            raise NotFound("Der er ingen data om denne borger.")
        return result.citizen.id

    def find(
        self, actor: ActorContext, *, citizen_id: int | None = None, code: str | None = None
    ) -> int:
        """The citizen's id from an id or a citizen code (CPR: CitizenService finds the id)."""
        require(actor, Action.CITIZEN_REQUEST)
        with self._uow() as uow:
            if citizen_id is not None:
                found = uow.session.scalar(select(Citizen.id).where(Citizen.id == citizen_id))
            elif code and code.strip():
                found = uow.session.scalar(
                    select(Citizen.id).where(
                        func.upper(Citizen.citizen_code) == code.strip().upper()
                    )
                )
            else:
                raise InvalidInput("Angiv borgerens kode eller nummer.")
            if found is None:
                raise NotFound("Der er ingen data om denne borger.")
            return int(found)

    def collect(self, actor: ActorContext, citizen_id: int) -> dict[str, Any]:
        """All data held about the citizen (read only; ``export`` audits the access)."""
        require(actor, Action.CITIZEN_REQUEST)
        with self._uow() as uow:
            return self._collect(uow.session, citizen_id)

    @contextmanager
    def access_answer(
        self, actor: ActorContext, citizen_id: int, kind: str
    ) -> Iterator[dict[str, Any]]:
        """All data held about the citizen for an access answer in ``kind`` (json or pdf);
        audited when the block ends without an error (the file was written)."""
        require(actor, Action.CITIZEN_REQUEST)
        if kind not in {"json", "pdf"}:
            raise InvalidInput("Filen skal hedde .json eller .pdf.")
        data = self.collect(actor, citizen_id)
        yield data
        with self._uow() as uow:
            audit.record(
                uow.session,
                actor,
                "citizen.access_export",
                "citizen",
                citizen_id,
                f"format={kind}; besøg={len(data['visits'])}",
            )
            uow.commit()

    def erase(self, actor: ActorContext, citizen_id: int) -> ErasureReport:
        """Delete the citizen and everything about them; anonymous counts are kept."""
        require(actor, Action.CITIZEN_REQUEST)
        if self.before_delete is not None:
            self.before_delete()
        with self._uow() as uow:
            session = uow.session
            if session.get(Citizen, citizen_id) is None:
                raise NotFound("Der er ingen data om denne borger.")
            rows = self._collect(session, citizen_id)
            total = 1 + sum(len(v) for k, v in rows.items() if isinstance(v, list))
            visits = [
                tuple(row)
                for row in session.execute(
                    select(
                        Visit.id,
                        Visit.started_at,
                        Visit.site_id,
                        Visit.channel,
                        Visit.contact_type,
                        Outcome.completion,
                    )
                    .outerjoin(Outcome, Outcome.visit_id == Visit.id)
                    .where(Visit.citizen_id == citizen_id)
                )
            ]
            tally_visits(session, visits)
            delete_visits(session, [row[0] for row in visits])
            forget_citizen(session, citizen_id)  # still counted at the workshop, as no one
            session.execute(Citizen.__table__.delete().where(Citizen.id == citizen_id))
            audit.record(
                session,
                actor,
                "citizen.erase",
                "citizen",
                citizen_id,
                f"besøg={len(visits)}; rækker={total}",
            )
            uow.commit()
            return ErasureReport(citizen_id=citizen_id, visits=len(visits), rows=total)

    # -- gathering ---------------------------------------------------------------------
    def _collect(self, session: Session, citizen_id: int) -> dict[str, Any]:
        citizen = session.get(Citizen, citizen_id)
        if citizen is None:
            raise NotFound("Der er ingen data om denne borger.")
        citizen_row = self._rows(session, Citizen.__table__, Citizen.__table__.c.id, [citizen_id])
        record = citizen_row[0]
        record["cpr_gemt_som_pseudonym"] = citizen.cpr_hash is not None
        visit_ids = list(
            session.scalars(
                select(Visit.id).where(Visit.citizen_id == citizen_id).order_by(Visit.started_at)
            )
        )
        data: dict[str, Any] = {
            "udtrukket": dt.datetime.now().replace(microsecond=0).isoformat(),
            "borger": record,
            "visits": self._visits(session, visit_ids),
        }
        # Every table that points at the citizen or a visit, and what points at those,
        # until nothing new turns up.
        seen: dict[str, list[int]] = {"citizen": [citizen_id], "visit": visit_ids}
        changed = True
        while changed:
            changed = False
            for parent in list(seen):
                ids = seen[parent]
                for table, column in _children(parent):
                    if table.name == "visit" or not ids:
                        continue
                    existing = data.setdefault(table.name, [])
                    known = {row.get("id") for row in existing}
                    new = [
                        row
                        for row in self._rows(session, table, table.c[column], ids)
                        if row.get("id") not in known
                    ]
                    if new:
                        existing.extend(new)
                        changed = True
                    if "id" in table.c:
                        seen[table.name] = [row["id"] for row in existing]
        describe_participation(session, data.get("workshop_participant", []))
        return data

    @staticmethod
    def _rows(session: Session, table: Table, column, ids: list[int]) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
        rows: list[dict[str, Any]] = []
        order = table.c.id if "id" in table.c else column
        for start in range(0, len(ids), 500):
            query = select(table).where(column.in_(ids[start : start + 500])).order_by(order)
            for row in session.execute(query).mappings():
                rows.append(
                    {
                        key: _plain(value)
                        for key, value in row.items()
                        if (table.name, key) not in _HIDDEN_COLUMNS
                    }
                )
        return rows

    @staticmethod
    def _visits(session: Session, visit_ids: list[int]) -> list[dict[str, Any]]:
        if not visit_ids:
            return []
        query = (
            select(Visit, Site.name, Staff.name)
            .join(Site, Site.id == Visit.site_id)
            .join(Staff, Staff.id == Visit.staff_id)
            .where(Visit.id.in_(visit_ids))
            .order_by(Visit.started_at, Visit.id)
        )
        return [
            {
                "id": visit.id,
                "started_at": _plain(visit.started_at),
                "ended_at": _plain(visit.ended_at),
                "status": visit.status,
                "channel": visit.channel,
                "contact_type": visit.contact_type,
                "site": site_name,
                "staff": staff_name,
            }
            for visit, site_name, staff_name in session.execute(query)
        ]
