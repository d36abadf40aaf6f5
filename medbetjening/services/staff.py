"""Signing in, passwords (argon2) and the staff accounts a team lead manages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Role
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import (
    WHERE_SITES,
    WHERE_STAFF,
    InvalidInput,
    NotFound,
    PasswordNotSet,
    PermissionDenied,
    WrongPassword,
)
from medbetjening.services.free_text import clean_name
from medbetjening.services.passwords import HASHER, check_new_password, wait_after
from medbetjening.services.policies import read_policies
from medbetjening.storage.models import Site, Staff
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class StaffAccount:
    id: int
    name: str
    role: str
    site_id: int
    site_name: str
    os_user: str | None
    active: bool
    has_password: bool
    last_seen_at: dt.datetime | None


def actor_of(staff: Staff) -> ActorContext:
    return ActorContext(
        staff_id=staff.id, site_id=staff.site_id, role=Role(staff.role), name=staff.name
    )


class StaffService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._uow = uow_factory
        self._hasher = hasher or HASHER
        self._clock = clock  # tests move time on instead of sleeping through a back-off

    # -- signing in ------------------------------------------------------------
    def authenticate(
        self, staff_id: int, password: str | None, *, password_required: bool = False
    ) -> ActorContext:
        """The actor for a profile. A password is checked whenever the profile has one,
        and demanded for a lead and on a shared PC (the municipality's policy), whatever
        the caller asks: ``password_required`` can only add to that.

        Raises PasswordNotSet when a password is required and the profile has none yet
        (the sign-in dialog then lets the person choose one with ``set_first_password``).
        After five failures in a row the profile waits, the wait doubling each time.
        """
        with self._uow() as uow:
            staff = uow.session.get(Staff, staff_id)
            if staff is None or not staff.active:
                raise PermissionDenied("Profilen findes ikke eller er deaktiveret.")
            now = self._clock().replace(microsecond=0)
            if staff.locked_until is not None and staff.locked_until > now:
                raise PermissionDenied(
                    f"For mange forkerte adgangskoder i træk. Vent til kl. "
                    f"{staff.locked_until:%H:%M:%S}, og prøv igen."
                )
            required = (
                password_required
                or staff.password_hash is not None
                or read_policies(uow.session).password_required(staff.role)
            )
            if required:
                if staff.password_hash is None:
                    raise PasswordNotSet(
                        "Profilen har ingen adgangskode endnu. Vælg en adgangskode."
                    )
                if not self._verify(staff, password or ""):
                    self._failed(uow.session, staff, now)
                    uow.commit()
                    wait = wait_after(staff.failed_sign_ins)
                    raise WrongPassword(
                        "Forkert adgangskode. Prøv igen."
                        if wait is None
                        else f"Forkert adgangskode. Vent {int(wait.total_seconds())} sekunder, "
                        "før du prøver igen."
                    )
            staff.failed_sign_ins = 0
            staff.locked_until = None
            staff.last_seen_at = now
            actor = actor_of(staff)
            audit.record(uow.session, actor, "staff.sign_in", "staff", staff.id)
            uow.commit()
            return actor

    @staticmethod
    def _failed(session, staff: Staff, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
        """Count the failure, start the wait after the fifth, and audit it."""
        staff.failed_sign_ins = (staff.failed_sign_ins or 0) + 1
        wait = wait_after(staff.failed_sign_ins)
        staff.locked_until = now + wait if wait is not None else None
        detail = f"{staff.failed_sign_ins}. forkerte i træk"
        if wait is not None:
            detail += f"; venter {int(wait.total_seconds())} s"
        audit.record(session, actor_of(staff), "staff.sign_in_failed", "staff", staff.id, detail)

    def _verify(self, staff: Staff, password: str) -> bool:
        assert staff.password_hash is not None
        try:
            self._hasher.verify(staff.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(staff.password_hash):
            staff.password_hash = self._hasher.hash(password)
        return True

    def set_first_password(self, staff_id: int, password: str) -> ActorContext:
        """Choose the first password of a profile that has none (then signed in)."""
        check_new_password(password)
        with self._uow() as uow:
            staff = uow.session.get(Staff, staff_id)
            if staff is None or not staff.active:
                raise PermissionDenied("Profilen findes ikke eller er deaktiveret.")
            if staff.password_hash is not None:
                raise PermissionDenied("Profilen har allerede en adgangskode.")
            staff.password_hash = self._hasher.hash(password)
            staff.last_seen_at = dt.datetime.now().replace(microsecond=0)
            actor = actor_of(staff)
            audit.record(uow.session, actor, "staff.password_set", "staff", staff.id, "første")
            audit.record(uow.session, actor, "staff.sign_in", "staff", staff.id)
            uow.commit()
            return actor

    def change_own_password(self, actor: ActorContext, current: str, new: str) -> None:
        require(actor, Action.SET_OWN_PASSWORD)
        check_new_password(new)
        with self._uow() as uow:
            staff = self._get(uow.session, actor.staff_id)
            if staff.password_hash is not None and not self._verify(staff, current):
                raise WrongPassword("Den nuværende adgangskode er forkert.")
            staff.password_hash = self._hasher.hash(new)
            audit.record(uow.session, actor, "staff.password_set", "staff", staff.id, "egen")
            uow.commit()

    # -- administration (team leads) ------------------------------------------------
    def accounts(self, actor: ActorContext, include_inactive: bool = True) -> list[StaffAccount]:
        require(actor, Action.MANAGE_STAFF)
        query = (
            select(Staff, Site.name)
            .join(Site, Site.id == Staff.site_id)
            .order_by(Staff.active.desc(), Staff.name, Staff.id)
        )
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        with self._uow() as uow:
            return [self._account(staff, site) for staff, site in uow.session.execute(query)]

    def create(
        self,
        actor: ActorContext,
        name: str,
        site_id: int,
        role: Role,
        os_user: str | None = None,
        password: str | None = None,
    ) -> StaffAccount:
        require(actor, Action.MANAGE_STAFF)
        name = clean_name(name, "medarbejderens navn")
        os_user = clean_name(os_user, "brugernavnet på pc'en", required=False) or None
        if password or Role(role) == Role.LEAD:
            check_new_password(password)  # a team lead always has a password
        with self._uow() as uow:
            site = uow.session.get(Site, site_id)
            if site is None:
                raise InvalidInput(f"Sted nr. {site_id} findes ikke ({WHERE_SITES}).")
            if site.closed_at is not None:
                raise InvalidInput(f"Stedet '{site.name}' er lukket; vælg et andet sted.")
            staff = Staff(
                name=name,
                site_id=site_id,
                role=Role(role).value,
                os_user=os_user,
                password_hash=self._hasher.hash(password) if password else None,
            )
            uow.session.add(staff)
            uow.session.flush()
            audit.record(uow.session, actor, "staff.create", "staff", staff.id, f"rolle={role}")
            uow.commit()
            return self._account(staff, site.name)

    def change_role(self, actor: ActorContext, staff_id: int, role: Role) -> StaffAccount:
        require(actor, Action.MANAGE_STAFF)
        role = Role(role)
        with self._uow() as uow:
            staff = self._get(uow.session, staff_id)
            if staff.role == Role.LEAD and role != Role.LEAD:
                self._keep_one_lead(uow.session, staff)
            if role == Role.LEAD and staff.password_hash is None:
                raise InvalidInput(
                    "En teamleder skal have en adgangskode. Giv profilen en adgangskode først."
                )
            before = staff.role
            staff.role = role.value
            audit.record(
                uow.session, actor, "staff.change_role", "staff", staff.id, f"{before}→{role}"
            )
            uow.commit()
            return self._account(staff, self._site_name(uow.session, staff))

    def set_active(self, actor: ActorContext, staff_id: int, active: bool) -> StaffAccount:
        require(actor, Action.MANAGE_STAFF)
        with self._uow() as uow:
            staff = self._get(uow.session, staff_id)
            if not active:
                if staff.id == actor.staff_id:
                    raise InvalidInput("Du kan ikke deaktivere din egen profil.")
                if staff.role == Role.LEAD:
                    self._keep_one_lead(uow.session, staff)
            staff.active = active
            action = "staff.reactivate" if active else "staff.deactivate"
            audit.record(uow.session, actor, action, "staff", staff.id)
            uow.commit()
            return self._account(staff, self._site_name(uow.session, staff))

    def reset_password(self, actor: ActorContext, staff_id: int, password: str | None) -> None:
        """A lead sets a new password (or removes it with None: chosen at next sign-in)."""
        require(actor, Action.MANAGE_STAFF)
        if password is not None:
            check_new_password(password)
        with self._uow() as uow:
            staff = self._get(uow.session, staff_id)
            if password is None and staff.role == Role.LEAD:
                raise InvalidInput("En teamleder skal altid have en adgangskode; skriv en ny.")
            staff.password_hash = self._hasher.hash(password) if password else None
            staff.failed_sign_ins = 0
            staff.locked_until = None
            detail = "nulstillet" if password is None else "sat af teamleder"
            audit.record(uow.session, actor, "staff.password_set", "staff", staff.id, detail)
            uow.commit()

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _get(session, staff_id: int) -> Staff:  # type: ignore[no-untyped-def]
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(f"Medarbejder nr. {staff_id} findes ikke ({WHERE_STAFF}).")
        return staff

    @staticmethod
    def _keep_one_lead(session, staff: Staff) -> None:  # type: ignore[no-untyped-def]
        other_leads = session.scalar(
            select(func.count())
            .select_from(Staff)
            .where(Staff.role == Role.LEAD.value, Staff.active.is_(True), Staff.id != staff.id)
        )
        if not other_leads:
            raise InvalidInput(
                "Der skal være mindst én aktiv teamleder. Gør en anden til teamleder først."
            )

    @staticmethod
    def _site_name(session, staff: Staff) -> str:  # type: ignore[no-untyped-def]
        site = session.get(Site, staff.site_id)
        return site.name if site else ""

    @staticmethod
    def _account(staff: Staff, site_name: str) -> StaffAccount:
        return StaffAccount(
            id=staff.id,
            name=staff.name,
            role=staff.role,
            site_id=staff.site_id,
            site_name=site_name,
            os_user=staff.os_user,
            active=staff.active,
            has_password=staff.password_hash is not None,
            last_seen_at=staff.last_seen_at,
        )
