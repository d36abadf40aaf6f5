"""Help points a lead keeps: outside places a citizen can be referred to.

Name, address, opening hours, phone and what they help with (e.g. the Digital Hotline,
a voluntary IT café). Only a lead changes the list, and every change is audited; anyone
signed in reads it (the close form offers it). A help point is retired, never deleted:
referrals made to it keep naming it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound
from medbetjening.services.free_text import clean_name
from medbetjening.storage.models import HelpPoint
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

# column lengths (storage/referral_models.py): the message names the field and its limit
_LIMITS = {"name": 120, "address": 200, "opening_hours": 200, "phone": 40, "source": 300}
_FIELD_NAMES = {
    "name": "hjælpestedets navn",
    "address": "adressen",
    "opening_hours": "åbningstiderne",
    "phone": "telefonnummeret",
    "source": "kilden",
    "helps_with": "hvad stedet hjælper med",
}


@dataclass(frozen=True)
class HelpPointDraft:
    """What a lead types; empty optional fields stay unknown (None), never guessed."""

    name: str
    helps_with: str
    address: str | None = None
    opening_hours: str | None = None
    phone: str | None = None
    checked_on: dt.date | None = None
    source: str | None = None


@dataclass(frozen=True)
class HelpPointInfo:
    id: int
    name: str
    address: str | None
    opening_hours: str | None
    phone: str | None
    helps_with: str
    checked_on: dt.date | None
    source: str | None
    active: bool


def help_point_info(row: HelpPoint) -> HelpPointInfo:
    return HelpPointInfo(
        id=row.id,
        name=row.name,
        address=row.address,
        opening_hours=row.opening_hours,
        phone=row.phone,
        helps_with=row.helps_with,
        checked_on=row.checked_on,
        source=row.source,
        active=row.active,
    )


def _checked(draft: HelpPointDraft) -> dict[str, object]:
    values: dict[str, object] = {}
    for key in ("name", "address", "opening_hours", "phone", "source", "helps_with"):
        text = clean_name(
            getattr(draft, key), _FIELD_NAMES[key], required=key in ("name", "helps_with")
        )
        limit = _LIMITS.get(key)
        if limit is not None and len(text) > limit:
            raise InvalidInput(
                f"{_FIELD_NAMES[key].capitalize()} er for lang ({len(text)} tegn); "
                f"skriv højst {limit} tegn. Intet er gemt."
            )
        values[key] = text or None
    values["helps_with"] = values["helps_with"] or ""
    if values["address"] is None and values["phone"] is None:
        raise InvalidInput(
            "Skriv en adresse eller et telefonnummer: borgeren skal kunne finde hjælpestedet. "
            "Intet er gemt."
        )
    if draft.checked_on is not None and draft.checked_on > dt.date.today():
        raise InvalidInput("Datoen for, hvornår oplysningerne blev tjekket, ligger i fremtiden.")
    values["checked_on"] = draft.checked_on
    return values


class HelpPointService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def help_points(
        self, actor: ActorContext, include_retired: bool = False
    ) -> list[HelpPointInfo]:
        """The list, by name (anyone signed in: the close form offers it)."""
        query = select(HelpPoint).order_by(HelpPoint.name)
        if not include_retired:
            query = query.where(HelpPoint.active.is_(True))
        with self._uow() as uow:
            return [help_point_info(row) for row in uow.session.scalars(query)]

    def save_help_point(
        self, actor: ActorContext, draft: HelpPointDraft, help_point_id: int | None = None
    ) -> HelpPointInfo:
        """Add a help point (``help_point_id`` None) or change one; a lead only, audited."""
        require(actor, Action.MANAGE_SITES)
        values = _checked(draft)
        with self._uow() as uow:
            session = uow.session
            clash = session.scalar(select(HelpPoint).where(HelpPoint.name == values["name"]))
            if clash is not None and clash.id != help_point_id:
                raise InvalidInput(
                    f"Der findes allerede et hjælpested med navnet '{values['name']}'."
                )
            if help_point_id is None:
                row = HelpPoint(**values)
                session.add(row)
                action = "help_point.add"
            else:
                row = self._get(session, help_point_id)
                for key, value in values.items():
                    setattr(row, key, value)
                action = "help_point.change"
            session.flush()
            audit.record(session, actor, action, "help_point", row.id, row.name)
            uow.commit()
            return help_point_info(row)

    def retire_help_point(self, actor: ActorContext, help_point_id: int) -> HelpPointInfo:
        """No longer offered on the close form; referrals made to it keep its name."""
        require(actor, Action.MANAGE_SITES)
        with self._uow() as uow:
            row = self._get(uow.session, help_point_id)
            if row.active:
                row.active = False
                audit.record(uow.session, actor, "help_point.retire", "help_point", row.id)
            uow.commit()
            return help_point_info(row)

    @staticmethod
    def _get(session, help_point_id: int) -> HelpPoint:  # type: ignore[no-untyped-def]
        row = session.get(HelpPoint, help_point_id)
        if row is None:
            raise NotFound(f"Hjælpested nr. {help_point_id} findes ikke.")
        return row
