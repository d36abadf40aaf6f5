"""The pseudonymisation key: outside the database, 0600 file, keyring, export/import."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from medbetjening.composition import service_config
from medbetjening.domain.pseudonym import key_fingerprint
from medbetjening.services.container import Services
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.services.pseudonym_key import (
    KeyUnavailable,
    PseudonymKeyService,
)
from medbetjening.settings import KEY_FILE, Settings
from medbetjening.storage.key_store import KEYRING_SERVICE, KEYRING_USERNAME, PseudonymKeyStore
from medbetjening.storage.models import AuditEvent

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_key_file_is_created_at_first_use_with_owner_only_permissions(tmp_path: Path) -> None:
    store = PseudonymKeyStore(tmp_path, use_keyring=False)
    assert not store.key_path.exists()
    key = store.load()
    assert len(key) == 32
    assert store.key_path == tmp_path / "pseudonym.key"
    assert _mode(store.key_path) == 0o600
    assert PseudonymKeyStore(tmp_path, use_keyring=False).load() == key  # read back


def test_default_store_uses_the_data_folder_without_a_usable_keyring(
    services, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    store = services.key_store
    assert not store.uses_keyring  # the test run's keyring backend is the null backend
    store.load()
    assert (isolated_home / "pseudonym.key").exists()


def test_keyring_is_used_when_a_backend_exists(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    store = PseudonymKeyStore(tmp_path, keyring_backend=ring)
    key = store.load()
    assert store.uses_keyring and "nøgleringen" in store.location
    assert (KEYRING_SERVICE, KEYRING_USERNAME) in ring.store
    assert not (tmp_path / "pseudonym.key").exists()
    assert PseudonymKeyStore(tmp_path, keyring_backend=ring).load() == key


def test_configured_key_file_that_is_missing_disables_cpr_and_is_not_created(
    services, actor, tmp_path: Path, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "share" / "kommune.key"
    settings = Settings(isolated_home / "settings.ini")
    settings.set(KEY_FILE, str(missing))
    services = Services(services.database, service_config(settings))  # as app.py/cli.py do
    status = services.citizens.cpr_lookup_status(actor)
    assert not status.available
    assert "findes ikke" in status.message and "CPR-opslag er slået fra" in status.message
    assert not missing.exists()
    with pytest.raises(KeyUnavailable, match="slået fra"):
        services.citizens.find(actor, "211062-5629")
    # codes and anonymous visits keep working
    citizen = services.citizens.create(actor, age_band="67-79")
    assert services.citizens.find(actor, citizen.citizen_code).citizen == citizen


def test_lost_key_is_not_silently_replaced_when_citizens_are_linked(
    services, actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.key_store = PseudonymKeyStore(tmp_path, use_keyring=False)
    services.citizens.create(actor, cpr="211062-5629")
    fingerprint = services.pseudonym_keys.status().fingerprint
    (tmp_path / "pseudonym.key").unlink()
    restarted = PseudonymKeyService(
        services.database.uow_factory, PseudonymKeyStore(tmp_path, use_keyring=False)
    )
    status = restarted.status()
    assert not status.available and fingerprint in status.message
    assert "ikke findes på denne pc" in status.message
    assert not (tmp_path / "pseudonym.key").exists()


def test_a_second_pc_with_its_own_key_is_stopped_before_hashing(
    services, actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Shared database: PC 1 created the key; PC 2 must import it, not make its own."""
    services.key_store = PseudonymKeyStore(tmp_path / "pc1", use_keyring=False)
    assert services.pseudonym_keys.status().available  # created and recorded at first use
    pc2_store = PseudonymKeyStore(tmp_path / "pc2", use_keyring=False)
    pc2 = PseudonymKeyService(services.database.uow_factory, pc2_store)
    status = pc2.status()
    assert not status.available and "importerer kommunens nøgle" in status.message
    assert not pc2_store.key_path.exists()  # no second key was made
    pc2_store.replace(bytes(32))  # a stray key (e.g. copied from another municipality)
    pc2 = PseudonymKeyService(services.database.uow_factory, pc2_store)
    with pytest.raises(KeyUnavailable, match="ikke den, databasen"):
        pc2.key()


@posix_only
def test_export_and_import_between_two_pcs(services, lead, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pc1 = PseudonymKeyStore(tmp_path / "pc1", use_keyring=False)
    services.key_store = pc1
    keys = services.pseudonym_keys
    key = keys.key()
    exported = tmp_path / "usb" / "kommune.key"
    warning = keys.export_key(lead, exported)
    assert "hemmelig" in warning
    assert _mode(exported) == 0o600
    assert key.hex() not in exported.read_text() and len(exported.read_text()) < 200
    with pytest.raises(InvalidInput, match="findes allerede"):
        keys.export_key(lead, exported)
    with pytest.raises(PermissionDenied):
        keys.export_key(actor, tmp_path / "other.key")

    pc2_store = PseudonymKeyStore(tmp_path / "pc2", use_keyring=False)
    pc2 = PseudonymKeyService(services.database.uow_factory, pc2_store)
    check = pc2.check_import(lead, exported)
    assert check.fingerprint == key_fingerprint(key) and check.warning is None
    assert "importeret" in pc2.import_key(lead, exported)
    assert pc2_store.load() == key
    assert _mode(pc2_store.key_path) == 0o600
    assert "samme" in pc2.import_key(lead, exported)
    with pytest.raises(PermissionDenied):
        pc2.import_key(actor, exported)

    with services.database.uow_factory() as uow:
        actions = [e.action for e in uow.session.scalars(select(AuditEvent))]
    assert actions.count("key.export") == 1 and actions.count("key.import") == 2


def test_importing_a_different_key_warns_when_citizens_are_linked(
    services, lead, actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.key_store = PseudonymKeyStore(tmp_path / "pc", use_keyring=False)
    citizen = services.citizens.create(actor, cpr="211062-5629")
    other = PseudonymKeyStore(tmp_path / "other", use_keyring=False)
    other_key = other.load()
    foreign = tmp_path / "foreign.key"
    other.export_to(foreign, other_key)

    check = services.pseudonym_keys.check_import(lead, foreign)
    assert not check.same_key and check.linked_citizens == 1
    assert check.warning and "ikke længere" in check.warning
    with pytest.raises(InvalidInput, match="ANDEN"):
        services.pseudonym_keys.import_key(lead, foreign)
    assert services.citizens.find(actor, "2110625629").citizen == citizen  # unchanged

    services.pseudonym_keys.import_key(lead, foreign, accept_mismatch=True)
    assert services.citizens.find(actor, "2110625629").citizen is None  # link stops matching
    assert services.citizens.find(actor, citizen.citizen_code).citizen is not None


@pytest.mark.parametrize(
    "content", ["", "hello\n", "medbetjening-pseudonymiseringsnoegle v1\nAAAA\n"]
)
def test_broken_key_files_are_refused(services, lead, tmp_path: Path, content: str) -> None:  # type: ignore[no-untyped-def]
    services.key_store = PseudonymKeyStore(tmp_path / "pc", use_keyring=False)
    bad = tmp_path / "bad.key"
    bad.write_text(content)
    with pytest.raises(InvalidInput):
        services.pseudonym_keys.import_key(lead, bad)


def test_damaged_key_file_disables_cpr_with_a_message(services, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pseudonym.key").write_text("garbage")
    services.key_store = PseudonymKeyStore(tmp_path, use_keyring=False)
    status = services.citizens.cpr_lookup_status(actor)
    assert not status.available and "CPR-opslag er slået fra" in status.message


def test_the_key_fingerprint_is_a_database_policy(services, actor, lead) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the fingerprint every PC compares with lives in the policy table."""
    assert services.policies.current().key_fingerprint is None
    services.citizens.create(actor, cpr="070761-4285", age_band="67-79")  # the key is made
    recorded = services.policies.current().key_fingerprint
    assert recorded and recorded == services.pseudonym_keys.status().fingerprint
    assert services.pseudonym_keys.recorded_fingerprint() == recorded
