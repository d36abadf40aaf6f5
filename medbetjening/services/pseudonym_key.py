"""The pseudonymisation key (the HMAC key for CPR hashes): what it may be used for, and by whom.

The key is kept outside the database by ``storage/key_store.py`` (the OS keyring, a 0600
file in the data folder, or the municipality's configured key file, which is never
created here). The key is created at first use — unless citizens with a CPR link
already exist, or the database names another key's fingerprint (then a lost key must be
imported, not replaced). Export and import are for the lead, so all PCs of a
municipality share one key. Without a key only CPR look-up stops; citizen codes and
anonymous visits keep working.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from medbetjening.domain.pseudonym import key_fingerprint
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, ServiceError
from medbetjening.services.policies import read_policies, record_key_fingerprint
from medbetjening.storage.key_store import KeyFileRejected, KeyStoreError, PseudonymKeyStore
from medbetjening.storage.models import AuditEvent, Citizen
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

_FINGERPRINT = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}")

EXPORT_WARNING = (
    "Nøglefilen er hemmelig: med den og en kopi af databasen kan man finde ud af, "
    "hvilke CPR-numre der står bag borgerne. Gem den kun på et sikkert sted "
    "(fx krypteret USB-nøgle), importér den på kommunens andre pc'er, og slet så kopien."
)


class KeyUnavailable(ServiceError):
    """No key: CPR look-up is disabled (the message says why and what to do)."""


@contextlib.contextmanager
def _told() -> Iterator[None]:
    """The key store's errors as the services' own (the window and the CLI show those)."""
    try:
        yield
    except KeyStoreError as error:
        raise KeyUnavailable(str(error)) from None
    except KeyFileRejected as error:
        raise InvalidInput(str(error)) from None


@dataclass(frozen=True)
class KeyStatus:
    available: bool
    location: str  # "keyring", "file: /path" — never the key itself
    fingerprint: str | None
    message: str
    key_file: str | None = None  # the key file's path; None when the key is in the OS keyring


@dataclass(frozen=True)
class KeyImportCheck:
    """What importing a key file would do, for the lead to confirm."""

    fingerprint: str
    current_fingerprint: str | None
    same_key: bool
    linked_citizens: int
    warning: str | None


class PseudonymKeyService(RetryingService):
    """Use cases around the key: status for everyone, export/import for the lead."""

    def __init__(self, uow_factory: UnitOfWorkFactory, store: PseudonymKeyStore) -> None:
        self._uow = uow_factory
        self.store = store
        self._verified: bytes | None = None

    def linked_citizens(self) -> int:
        with self._uow() as uow:
            return int(
                uow.session.scalar(
                    select(func.count()).select_from(Citizen).where(Citizen.cpr_hash.is_not(None))
                )
                or 0
            )

    def recorded_fingerprint(self) -> str | None:
        """The municipality's key fingerprint (policy; older databases: the key.* audit),
        so a PC with a different key is noticed before it hashes anything."""
        query = (
            select(AuditEvent.detail)
            .where(AuditEvent.action.in_(("key.create", "key.import")))
            .order_by(AuditEvent.id.desc())
            .limit(1)
        )
        with self._uow() as uow:
            detail = read_policies(uow.session).key_fingerprint or uow.session.scalar(query)
        match = _FINGERPRINT.search(detail or "")
        return match.group(0) if match else None

    def key(self) -> bytes:
        """The key for hashing. Never silently replaces a lost key, never uses a foreign one."""
        if self._verified is not None:
            return self._verified
        recorded = self.recorded_fingerprint()
        try:
            key = self.store.load(allow_create=False)
        except KeyStoreError as missing:
            if self.store.configured_file is not None:
                raise KeyUnavailable(str(missing)) from None
            if recorded is not None:
                raise KeyUnavailable(
                    f"Databasen bruges med en pseudonymiseringsnøgle (fingeraftryk {recorded}), "
                    f"som ikke findes på denne pc ({self.store.location}). CPR-opslag er slået "
                    "fra, indtil teamlederen importerer kommunens nøgle. Borgerkoder og anonyme "
                    "besøg virker som normalt."
                ) from None
            if self.linked_citizens():
                raise KeyUnavailable(str(missing)) from None
            with _told():
                key = self.store.load(allow_create=True)
            with self._uow() as uow:
                audit.record(
                    uow.session, None, "key.create", detail=f"fingeraftryk {key_fingerprint(key)}"
                )
                record_key_fingerprint(uow.session, key_fingerprint(key))
                uow.commit()
            recorded = key_fingerprint(key)
        if recorded is not None and recorded != key_fingerprint(key):
            raise KeyUnavailable(
                f"Nøglen på denne pc (fingeraftryk {key_fingerprint(key)}) er ikke den, databasen "
                f"bruges med ({recorded}). CPR-opslag er slået fra, så borgere ikke bliver "
                "registreret to gange; teamlederen importerer kommunens nøgle. Borgerkoder og "
                "anonyme besøg virker som normalt."
            )
        self._verified = key
        return key

    def status(self) -> KeyStatus:
        try:
            key = self.key()
        except KeyUnavailable as error:
            return KeyStatus(False, self.store.location, None, message=str(error))
        return KeyStatus(
            True,
            self.store.location,
            key_fingerprint(key),
            message=f"CPR-opslag er slået til. Nøglen ligger i {self.store.location}.",
            key_file=None if self.store.uses_keyring else str(self.store.key_path),
        )

    def export_key(self, actor: ActorContext, path: Path) -> str:
        """Write the key to ``path`` (0600, never overwrites); returns the warning to show."""
        require(actor, Action.MANAGE_KEY)
        key = self.key()
        with _told():
            self.store.export_to(path, key)
        with self._uow() as uow:
            audit.record(
                uow.session, actor, "key.export", detail=f"fingeraftryk {key_fingerprint(key)}"
            )
            uow.commit()
        return EXPORT_WARNING

    def check_import(self, actor: ActorContext, path: Path) -> KeyImportCheck:
        require(actor, Action.MANAGE_KEY)
        with _told():
            new = self.store.read_key_file(path)
        fingerprint = key_fingerprint(new)
        current = self.store.current_fingerprint()
        recorded = self.recorded_fingerprint()
        linked = self.linked_citizens()
        # The key the citizens' CPR links were made with: the database's, else this PC's.
        in_use = recorded or current
        warning = None
        if in_use is not None and in_use != fingerprint:
            if linked:
                warning = (
                    f"Nøglen i filen ({fingerprint}) er en ANDEN end den, databasen bruges med "
                    f"({in_use}), og {linked} borger(e) er knyttet til et CPR-nummer med den. "
                    "Efter importen genkendes de ikke længere ved CPR-opslag (kun ved "
                    "borgerkode). Importér kun, hvis filen er kommunens fælles nøgle."
                )
            elif recorded is not None:
                warning = (
                    f"Nøglen i filen ({fingerprint}) er en ANDEN end den, databasen bruges med "
                    f"({recorded}). Andre pc'er med den gamle nøgle får CPR-opslag slået fra, "
                    "indtil nøglen også er importeret der."
                )
        elif in_use is None and linked:
            warning = (
                f"Pc'en har ingen nøgle nu, og {linked} borger(e) er knyttet til et "
                "CPR-nummer. Er filen ikke den nøgle, de blev knyttet med, genkendes de ikke "
                "ved CPR-opslag (kun ved borgerkode). Importér kun kommunens fælles nøgle."
            )
        return KeyImportCheck(fingerprint, current, current == fingerprint, linked, warning)

    def import_key(self, actor: ActorContext, path: Path, *, accept_mismatch: bool = False) -> str:
        """Replace this PC's key with the one in ``path``; a risky change needs consent."""
        check = self.check_import(actor, path)
        if check.warning and not accept_mismatch:
            raise InvalidInput(check.warning)
        if not check.same_key:
            with _told():
                self.store.replace(self.store.read_key_file(path))
        self._verified = None
        with self._uow() as uow:
            audit.record(
                uow.session,
                actor,
                "key.import",
                detail=f"fingeraftryk {check.fingerprint}"
                + (
                    f"; {check.linked_citizens} CPR-koblinger ugyldige"
                    if check.warning and check.linked_citizens
                    else ""
                ),
            )
            record_key_fingerprint(uow.session, check.fingerprint)
            uow.commit()
        if check.same_key:
            return "Nøglen i filen er den samme som den, pc'en allerede har."
        return f"Nøglen er importeret (fingeraftryk {check.fingerprint})."
