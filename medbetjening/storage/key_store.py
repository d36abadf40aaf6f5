"""Where the pseudonymisation key is kept: the OS keyring or a 0600 file, outside the database.

Only the keeping (read, create, write atomically, export, read an import file); what the
key may be used for, and who may export or import it, is ``services/pseudonym_key.py``.
Where the key lives, in this order:

1. a configured key file (the setting ``security/key_file``, handed in by the composition
   root) — a municipality points every PC at the same key this way. If that file is
   missing, it is NOT created (a new key would silently split the municipality's
   citizens);
2. otherwise the OS keyring (``keyring``) when a usable backend exists;
3. otherwise the file ``pseudonym.key`` in the data folder, readable by the owner (0600).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from pathlib import Path

from medbetjening.domain.pseudonym import KEY_BYTES, key_fingerprint, new_key
from medbetjening.storage.files import StorageError

KEYRING_SERVICE = "medbetjening"
KEYRING_USERNAME = "pseudonymisation-key"
DEFAULT_KEY_FILE_NAME = "pseudonym.key"
_FILE_HEADER = "medbetjening-pseudonymiseringsnoegle v1"


class KeyStoreError(StorageError):
    """No key can be had here (the message says why and what to do): CPR look-up stops."""


class KeyFileRejected(StorageError):
    """A file offered to import, or a path to export to, cannot be used (says why)."""


def _encode(key: bytes) -> str:
    return f"{_FILE_HEADER}\n{base64.b64encode(key).decode('ascii')}\n"


def _decode(text: str, source: str) -> bytes:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0] == _FILE_HEADER:
        lines = lines[1:]
    if len(lines) != 1:
        raise KeyFileRejected(f"{source} er ikke en Medbetjening-nøglefil.")
    try:
        key = base64.b64decode(lines[0], validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileRejected(
            f"{source} er ikke en Medbetjening-nøglefil (ugyldigt indhold)."
        ) from None
    if len(key) != KEY_BYTES:
        raise KeyFileRejected(f"Nøglen i {source} har forkert længde; filen er beskadiget.")
    return key


def write_private_file(path: Path, content: str, *, overwrite: bool = True) -> None:
    """Write ``content`` to a file only its owner can read (0600), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not overwrite and path.exists():
        raise KeyFileRejected(f"Filen {path} findes allerede; vælg et andet navn.")
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
    """Loads, creates, exports and imports the key; caches it once loaded.

    Raises ``KeyStoreError`` when the key cannot be had (CPR look-up stops) and
    ``KeyFileRejected`` for a file offered to import or export; the key service turns
    both into its own errors."""

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
                raise KeyStoreError(
                    f"OS-nøgleringen kan ikke læses ({type(error).__name__}). "
                    "CPR-opslag er slået fra; brug borgerkoden."
                ) from None
            if stored is None:
                return None
            try:
                return _decode(stored, "OS-nøgleringen")
            except KeyFileRejected as error:
                raise KeyStoreError(f"{error} CPR-opslag er slået fra; brug borgerkoden.") from None
        path = self.key_path
        if not path.exists():
            return None
        try:
            text = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise KeyStoreError(
                f"Nøglefilen {path} kan ikke læses ({error.__class__.__name__}). "
                "CPR-opslag er slået fra; brug borgerkoden."
            ) from None
        try:
            return _decode(text, f"Nøglefilen {path}")
        except KeyFileRejected as error:
            raise KeyStoreError(f"{error} CPR-opslag er slået fra; brug borgerkoden.") from None

    def _write(self, key: bytes) -> None:
        if self.uses_keyring:
            self._keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, _encode(key))
        else:
            write_private_file(self.key_path, _encode(key))

    def load(self, *, allow_create: bool = True) -> bytes:
        """The key; created at first use when allowed. Raises KeyStoreError."""
        if self._cached is not None:
            return self._cached
        key = self._read()
        if key is None:
            if self.configured_file is not None:
                raise KeyStoreError(
                    f"Nøglefilen {self.configured_file} (indstillingen security/key_file) "
                    "findes ikke. CPR-opslag er slået fra, indtil teamlederen importerer "
                    "kommunens nøgle. Borgerkoder og anonyme besøg virker som normalt."
                )
            if not allow_create:
                raise KeyStoreError(
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
        except KeyStoreError:
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
            raise KeyFileRejected(f"Filen {path} findes ikke.") from None
        except (OSError, UnicodeDecodeError):
            raise KeyFileRejected(f"{path} er ikke en Medbetjening-nøglefil.") from None
        return _decode(text, str(path))

    def replace(self, key: bytes) -> None:
        self._write(key)
        self._cached = key
