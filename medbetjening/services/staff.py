"""Signing in, passwords (argon2) and the staff accounts a team lead manages."""

from __future__ import annotations

import datetime as dt
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
    InvalidInput,
    NotFound,
    PasswordNotSet,
    PermissionDenied,
    WrongPassword,
)
from medbetjening.storage.models import Site, Staff
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

MIN_PASSWORD_LENGTH = 8


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


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"Adgangskoden skal være mindst {MIN_PASSWORD_LENGTH} tegn. "
            "Brug gerne en sætning, du kan huske."
        )


class StaffService(RetryingService):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, hasher: PasswordHasher | None = None
    ) -> None:
        self._uow = uow_factory
        self._hasher = hasher or PasswordHasher()

    # -- signing in ------------------------------------------------------------
    def authenticate(
        self, staff_id: int, password: str | None, *, password_required: bool
    ) -> ActorContext:
        """The actor for a profile; with ``password_required`` the password must match.

        Raises PasswordNotSet when a password is required and the profile has none yet
        (the sign-in dialog then lets the person choose one with ``set_first_password``).
        """
        with self._uow() as uow:
            staff = uow.session.get(Staff, staff_id)
            if staff is None or not staff.active:
                raise PermissionDenied("Profilen findes ikke eller er deaktiveret.")
            if password_required or password:
                if staff.password_hash is None:
                    if password_required:
                        raise PasswordNotSet(
                            "Profilen har ingen adgangskode endnu. Vælg en adgangskode."
                        )
                elif not self._verify(staff, password or ""):
                    audit.record(
                        uow.session, actor_of(staff), "staff.sign_in_failed", "staff", staff.id
                    )
                    uow.commit()
                    raise WrongPassword("Forkert adgangskode. Prøv igen.")
            staff.last_seen_at = dt.datetime.now().replace(microsecond=0)
            actor = actor_of(staff)
            audit.record(uow.session, actor, "staff.sign_in", "staff", staff.id)
            uow.commit()
            return actor

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
        _check_new_password(password)
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
        _check_new_password(new)
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
        name = name.strip()
        if not name:
            raise InvalidInput("Skriv medarbejderens navn.")
        if password:
            _check_new_password(password)
        with self._uow() as uow:
            site = uow.session.get(Site, site_id)
            if site is None:
                raise InvalidInput(f"Sted nr. {site_id} findes ikke.")
            staff = Staff(
                name=name,
                site_id=site_id,
                role=Role(role).value,
                os_user=(os_user or "").strip() or None,
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
            _check_new_password(password)
        with self._uow() as uow:
            staff = self._get(uow.session, staff_id)
            staff.password_hash = self._hasher.hash(password) if password else None
            detail = "nulstillet" if password is None else "sat af teamleder"
            audit.record(uow.session, actor, "staff.password_set", "staff", staff.id, detail)
            uow.commit()

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _get(session, staff_id: int) -> Staff:  # type: ignore[no-untyped-def]
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(f"Medarbejder nr. {staff_id} findes ikke.")
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
