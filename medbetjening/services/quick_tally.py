"""Quick tally: a short contact registered in one go, with no guided visit and no citizen.

Library desk loggers' "submit and clear": channel, type and task, nothing else. KOMHEN and
the dashboard count these; self-sufficiency never does (no citizen, no steps).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from medbetjening.domain.contact import QUICK_TASKS
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Channel, ContactType
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import QuickContact
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class QuickTally:
    channel: Channel
    contact_type: ContactType
    flow_id: str | None = None  # a flow from the library, or
    task: str | None = None  # a code of domain.contact.QUICK_TASKS

    def __post_init__(self) -> None:
        if (self.flow_id is None) == (self.task is None):
            raise InvalidInput("Vælg enten et forløb eller en opgave fra KOMHEN-listen.")
        if self.task is not None and self.task not in QUICK_TASKS:
            known = ", ".join(QUICK_TASKS)
            raise InvalidInput(f"Opgaven '{self.task}' kendes ikke; vælg en af: {known}.")


class QuickTallyService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        known_flow: Callable[[str], bool],
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self._uow = uow_factory
        self._known_flow = known_flow
        self._clock = clock

    def register(
        self, actor: ActorContext, tally: QuickTally, at: dt.datetime | None = None
    ) -> int:
        """Store one short contact at the actor's site; returns its id."""
        require(actor, Action.START_VISIT)
        if tally.flow_id is not None and not self._known_flow(tally.flow_id):
            raise InvalidInput(f"Forløbet '{tally.flow_id}' findes ikke i forløbsbiblioteket.")
        with self._uow() as uow:
            row = QuickContact(
                at=at or self._clock(),
                site_id=actor.site_id,
                staff_id=actor.staff_id,
                channel=tally.channel.value,
                contact_type=tally.contact_type.value,
                flow_id=tally.flow_id,
                task=tally.task,
            )
            uow.session.add(row)
            uow.commit()
            return row.id

    def count_today(self, actor: ActorContext) -> int:
        """Short contacts this staff member registered today (shown after each one)."""
        start = dt.datetime.combine(self._clock().date(), dt.time.min)
        with self._uow() as uow:
            return (
                uow.session.scalar(
                    select(func.count()).where(
                        QuickContact.site_id == actor.site_id,
                        QuickContact.staff_id == actor.staff_id,
                        QuickContact.at >= start,
                        QuickContact.at < start + dt.timedelta(days=1),
                    )
                )
                or 0
            )
