"""No CPR number reaches the database, the audit log or the logs — checked on the bytes.

A scripted session enters several CPR numbers through the services (look-ups, new
citizens, wrong numbers, a volunteer's attempt); then the SQLite file and its WAL are
searched for the digits in every plausible encoding.
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path

import pytest
from sqlalchemy import select

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import ServiceError
from medbetjening.storage.key_store import PseudonymKeyStore
from medbetjening.storage.models import AuditEvent
from tests.seed import add_site, add_staff

VALID = ["211062-5629", "0101011010", "290200 4000", "150385-1234"]
INVALID = ["321062-5629", "211362-5629", "21106-25629x"]


def _forms(cpr: str) -> list[bytes]:
    digits = "".join(c for c in cpr if c.isdigit())
    head, tail = digits[:6], digits[6:]
    texts = {digits, f"{head}-{tail}", f"{head} {tail}", f"{head}/{tail}", head + tail[:2]}
    forms = [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    if len(digits) == 10:
        number = int(digits)
        forms += [number.to_bytes(8, "big"), struct.pack("<q", number)]
        if number < 2**47:
            forms.append(number.to_bytes(6, "big"))
        if number < 2**31:
            forms.append(number.to_bytes(4, "big"))
    return forms


def _database_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def _assert_absent(data: bytes, where: str) -> None:
    for cpr in VALID + INVALID:
        for form in _forms(cpr):
            assert form not in data, f"a CPR number ({cpr[:2]}…) was found in {where}"


def test_scripted_session_leaves_no_cpr_in_the_database_files_audit_or_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # includes SQLAlchemy's SQL and parameter log
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    db_file = tmp_path / "counter.sqlite"
    db = open_database(f"sqlite:///{db_file}")
    services = Services(db)
    services.key_store = PseudonymKeyStore(tmp_path / "keys", use_keyring=False)
    site = add_site(services, "Borgerservice")
    staff_info = add_staff(services, "Kenni", site.id, Role.STAFF)
    volunteer_info = add_staff(services, "Frivillig", site.id, Role.AMBASSADOR)
    staff = ActorContext(staff_info.id, site.id, Role.STAFF)
    volunteer = ActorContext(volunteer_info.id, site.id, Role.AMBASSADOR)

    messages: list[str] = []
    for cpr in VALID:
        visit_id = services.visits.start_visit(staff)
        result = services.citizens.find(staff, cpr)
        assert not result.found
        citizen = services.citizens.create(staff, cpr=cpr, age_band="67-79", language="da")
        services.citizens.link_visit(staff, visit_id, citizen.id)
        again = services.citizens.find(staff, cpr)
        assert again.citizen is not None and again.citizen.id == citizen.id
        services.citizens.new_code(staff, citizen.id)
    for cpr in INVALID + VALID[:1]:
        for actor in (staff, volunteer):
            try:
                services.citizens.find(actor, cpr)
            except ServiceError as error:
                messages.append(str(error))
        try:
            services.citizens.create(staff, cpr=cpr)
        except ServiceError as error:
            messages.append(str(error))
    assert len(messages) >= 8

    # while the program runs: main file and WAL
    _assert_absent(_database_bytes(db_file), "the database file or its WAL")
    with db.uow_factory() as uow:
        audit_text = "\n".join(
            f"{e.action}|{e.target_type}|{e.target_id}|{e.detail}"
            for e in uow.session.scalars(select(AuditEvent))
        )
    assert "citizen.lookup_cpr" in audit_text
    _assert_absent(audit_text.encode(), "the audit table")
    _assert_absent("\n".join(messages).encode(), "an error message")
    assert "INSERT INTO citizen" in caplog.text  # the SQL log was really captured
    _assert_absent(caplog.text.encode(), "the log")

    db.dispose()  # checkpoint: everything now in the main file
    _assert_absent(_database_bytes(db_file), "the database file after closing")
