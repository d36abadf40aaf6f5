"""Municipality-wide policies in the database: read by every PC, changed by a lead.

Retention periods, the shared-PC rule and the key's fingerprint are the same on every
PC of a municipality; a PC's ini file no longer decides them. Each change is audited
("policy.change", with the old and the new value).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.policies import DANISH_NAMES, Policies, PolicyError
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import Policy
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


def read_policies(session: Session) -> Policies:
    """The policies as stored (defaults for what a lead never set)."""
    rows = session.execute(select(Policy.key, Policy.value)).all()
    return Policies.from_text({key: value for key, value in rows})


def write_policies(
    session: Session, actor: ActorContext | None, before: Policies, after: Policies
) -> None:
    """Store what changed and audit each change in the caller's transaction."""
    old, new = before.as_text(), after.as_text()
    for key, value in new.items():
        if old.get(key) == value and session.get(Policy, key) is not None:
            continue
        row = session.get(Policy, key)
        if row is None:
            session.add(Policy(key=key, value=value, changed_by=actor.staff_id if actor else None))
        else:
            row.value = value
            row.changed_by = actor.staff_id if actor else None
        if old.get(key) != value:
            audit.record(
                session,
                actor,
                "policy.change",
                "policy",
                None,
                f"{DANISH_NAMES[key]}: {old.get(key, 'ikke sat')} → {value}",
            )


def record_key_fingerprint(session: Session, fingerprint: str) -> None:
    """The municipality's key, as a PC created or imported it (audited there as key.*)."""
    row = session.get(Policy, "key_fingerprint")
    if row is None:
        session.add(Policy(key="key_fingerprint", value=fingerprint))
    else:
        row.value = fingerprint


class PolicyService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def current(self) -> Policies:
        """Anyone may read the policies (the sign-in needs them before anyone is in)."""
        with self._uow() as uow:
            return read_policies(uow.session)

    def password_required(self, role: str) -> bool:
        return self.current().password_required(role)

    def change(self, actor: ActorContext, **changes: object) -> Policies:
        """A lead changes one or more policies; values outside the floors are refused."""
        require(actor, Action.MANAGE_POLICIES)
        if "key_fingerprint" in changes:
            raise InvalidInput(
                "Nøglens fingeraftryk sættes ved import af nøglen (medbetjening key)."
            )
        with self._uow() as uow:
            before = read_policies(uow.session)
            try:
                after = before.changed(**changes)
            except PolicyError as error:
                raise InvalidInput(str(error)) from None
            write_policies(uow.session, actor, before, after)
            uow.commit()
            return after
