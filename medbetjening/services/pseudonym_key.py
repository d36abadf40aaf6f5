"""The pseudonymisation key (the HMAC key for CPR hashes), kept outside the database.

Where the key lives, in this order:

1. the file named in the setting ``security/key_file`` (KEY_FILE), when set — a
   municipality points every PC at the same key this way. If that file is missing,
   it is NOT created (a new key would silently split the municipality's citizens);
   CPR look-up is disabled with a message until the lead imports the key;
2. otherwise the OS keyring (``keyring``) when a usable backend exists;
3. otherwise the file ``pseudonym.key`` in the data folder, readable by the owner (0600).

In cases 2 and 3 the key is created at first use — unless citizens with a CPR link
already exist (then a lost key must be imported, not replaced). Export and import are
for the lead, so all PCs of a municipality share one key. Without a key only CPR
look-up stops; citizen codes and anonymous visits keep working.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from medbetjening.domain.pseudonym import KEY_BYTES, key_fingerprint, new_key
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, ServiceError
from medbetjening.services.policies import read_policies, record_key_fingerprint
from medbetjening.settings import KEY_FILE, Settings
from medbetjening.storage.models import AuditEvent, Citizen
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

KEYRING_SERVICE = "medbetjening"
KEYRING_USERNAME = "pseudonymisation-key"
DEFAULT_KEY_FILE_NAME = "pseudonym.key"
_FILE_HEADER = "medbetjening-pseudonymiseringsnoegle v1"
_FINGERPRINT = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}")

EXPORT_WARNING = (
    "Nøglefilen er hemmelig: med den og en kopi af databasen kan man finde ud af, "
    "hvilke CPR-numre der står bag borgerne. Gem den kun på et sikkert sted "
    "(fx krypteret USB-nøgle), importér den på kommunens andre pc'er, og slet så kopien."
)


class KeyUnavailable(ServiceError):
    """No key: CPR look-up is disabled (the message says why and what to do)."""


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


def _encode(key: bytes) -> str:
    return f"{_FILE_HEADER}\n{base64.b64encode(key).decode('ascii')}\n"


def _decode(text: str, source: str) -> bytes:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0] == _FILE_HEADER:
        lines = lines[1:]
    if len(lines) != 1:
        raise InvalidInput(f"{source} er ikke en Medbetjening-nøglefil.")
    try:
        key = base64.b64decode(lines[0], validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(
            f"{source} er ikke en Medbetjening-nøglefil (ugyldigt indhold)."
        ) from None
    if len(key) != KEY_BYTES:
        raise InvalidInput(f"Nøglen i {source} har forkert længde; filen er beskadiget.")
    return key


def write_private_file(path: Path, content: str, *, overwrite: bool = True) -> None:
    """Write ``content`` to a file only its owner can read (0600), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not overwrite and path.exists():
        raise InvalidInput(f"Filen {path} findes allerede; vælg et andet navn.")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def usable_keyring():  # type: ignore[no-untyped-def]
    """The OS keyring backend, or None when only a fail/null backend is available."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # noqa: BLE001 - a broken keyring is the same as none
        return None
    if isinstance(backend, fail.Keyring) or priority <= 0:
        return None
    if type(backend).__module__.startswith("keyring.backends.null"):
        return None
    return backend


class PseudonymKeyStore:
    """Loads, creates, exports and imports the key; caches it once loaded."""

    def __init__(
        self,
        data_dir: Path,
        key_file: Path | None = None,
        keyring_backend=None,  # type: ignore[no-untyped-def]
        use_keyring: bool = True,
    ) -> None:
        self.data_dir = data_dir
        self.configured_file = key_file
        self._keyring = keyring_backend if keyring_backend is not None else None
        if self._keyring is None and use_keyring and key_file is None:
            self._keyring = usable_keyring()
        self._cached: bytes | None = None

    @classmethod
    def from_settings(cls, settings: Settings, data_dir: Path) -> PseudonymKeyStore:
        configured = settings.get(KEY_FILE).strip()
        return cls(data_dir, Path(configured).expanduser() if configured else None)

    # -- where ------------------------------------------------------------------
    @property
    def key_path(self) -> Path:
        return self.configured_file or self.data_dir / DEFAULT_KEY_FILE_NAME

    @property
    def uses_keyring(self) -> bool:
        return self.configured_file is None and self._keyring is not None

    @property
    def location(self) -> str:
        return "OS-nøgleringen" if self.uses_keyring else f"filen {self.key_path}"

    # -- reading and creating ------------------------------------------------------
    def _read(self) -> bytes | None:
        if self.uses_keyring:
            try:
                stored = self._keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
            except Exception as error:  # noqa: BLE001 - e.g. a locked keyring
                raise KeyUnavailable(
                    f"OS-nøgleringen kan ikke læses ({type(error).__name__}). "
                    "CPR-opslag er slået fra; brug borgerkoden."
                ) from None
            if stored is None:
                return None
            try:
                return _decode(stored, "OS-nøgleringen")
            except InvalidInput as error:
                raise KeyUnavailable(
                    f"{error} CPR-opslag er slået fra; brug borgerkoden."
                ) from None
        path = self.key_path
        if not path.exists():
            return None
        try:
            text = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise KeyUnavailable(
                f"Nøglefilen {path} kan ikke læses ({error.__class__.__name__}). "
                "CPR-opslag er slået fra; brug borgerkoden."
            ) from None
        try:
            return _decode(text, f"Nøglefilen {path}")
        except InvalidInput as error:
            raise KeyUnavailable(f"{error} CPR-opslag er slået fra; brug borgerkoden.") from None

    def _write(self, key: bytes) -> None:
        if self.uses_keyring:
            self._keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, _encode(key))
        else:
            write_private_file(self.key_path, _encode(key))

    def load(self, *, allow_create: bool = True) -> bytes:
        """The key; created at first use when allowed. Raises KeyUnavailable."""
        if self._cached is not None:
            return self._cached
        key = self._read()
        if key is None:
            if self.configured_file is not None:
                raise KeyUnavailable(
                    f"Nøglefilen {self.configured_file} (indstillingen security/key_file) "
                    "findes ikke. CPR-opslag er slået fra, indtil teamlederen importerer "
                    "kommunens nøgle. Borgerkoder og anonyme besøg virker som normalt."
                )
            if not allow_create:
                raise KeyUnavailable(
                    f"Pseudonymiseringsnøglen mangler ({self.location}), men der findes "
                    "borgere med CPR-kobling, som en ny nøgle ikke ville genkende. "
                    "CPR-opslag er slået fra, indtil teamlederen importerer kommunens nøgle. "
                    "Borgerkoder og anonyme besøg virker som normalt."
                )
            key = new_key()
            self._write(key)
        self._cached = key
        return key

    def current_fingerprint(self) -> str | None:
        try:
            key = self._cached or self._read()
        except KeyUnavailable:
            return None
        return key_fingerprint(key) if key else None

    # -- export and import -------------------------------------------------------------
    def export_to(self, path: Path, key: bytes) -> None:
        write_private_file(path, _encode(key), overwrite=False)

    @staticmethod
    def read_key_file(path: Path) -> bytes:
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise InvalidInput(f"Filen {path} findes ikke.") from None
        except (OSError, UnicodeDecodeError):
            raise InvalidInput(f"{path} er ikke en Medbetjening-nøglefil.") from None
        return _decode(text, str(path))

    def replace(self, key: bytes) -> None:
        self._write(key)
        self._cached = key


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
        except KeyUnavailable:
            if self.store.configured_file is not None:
                raise
            if recorded is not None:
                raise KeyUnavailable(
                    f"Databasen bruges med en pseudonymiseringsnøgle (fingeraftryk {recorded}), "
                    f"som ikke findes på denne pc ({self.store.location}). CPR-opslag er slået "
                    "fra, indtil teamlederen importerer kommunens nøgle. Borgerkoder og anonyme "
                    "besøg virker som normalt."
                ) from None
            if self.linked_citizens():
                raise
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
        self.store.export_to(path, key)
        with self._uow() as uow:
            audit.record(
                uow.session, actor, "key.export", detail=f"fingeraftryk {key_fingerprint(key)}"
            )
            uow.commit()
        return EXPORT_WARNING

    def check_import(self, actor: ActorContext, path: Path) -> KeyImportCheck:
        require(actor, Action.MANAGE_KEY)
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


def default_key_store(settings: Settings | None = None) -> PseudonymKeyStore:
    from medbetjening.locations import data_dir

    return PseudonymKeyStore.from_settings(settings or Settings(), data_dir())
