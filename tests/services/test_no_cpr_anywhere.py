"""Issue 14, "no CPR number stored anywhere": every input path is driven with a CPR
number in every spelling the one detector knows (look-up, new citizen, outcome and
obstacle notes, override reasons, appointment labels and file names, audit searches,
staff, PC-user and site names); then the SQLite file, its WAL, every export and the data
folder are searched byte by byte."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medbetjening.domain.notes import compact, find_cpr_like
from medbetjening.domain.vocabulary import Autonomy, Completion, Obstacle, Role, SiteKind
from medbetjening.reports.export_jobs import case_note_text, export_audit_log, export_visits
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import ServiceError
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.visit_export import VisitExportOptions
from medbetjening.storage.key_store import PseudonymKeyStore
from tests.domain.test_notes import SPELLINGS
from tests.seed import add_site, add_staff

DIGITS = "0707614285"


def _hits(data: bytes) -> list[str]:
    """Our CPR number in any spelling, in UTF-8 or UTF-16 text, or as raw digits."""
    found = []
    if DIGITS.encode() in data or DIGITS.encode("utf-16-le") in data:
        found.append(DIGITS)
    for encoding in ("utf-8", "utf-16-le"):
        text = data.decode(encoding, errors="ignore")
        found += [m for m in find_cpr_like(text) if compact(m) == DIGITS]
    return found


def _refused(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError, match="CPR"):
        call()


def test_no_cpr_number_in_the_database_its_wal_the_exports_or_the_data_folder(
    tmp_path: Path, isolated_home: Path
) -> None:
    db_file = isolated_home / "medbetjening.sqlite"
    db = open_database(f"sqlite:///{db_file}")
    services = Services(db)
    services.key_store = PseudonymKeyStore(isolated_home / "keys", use_keyring=False)
    site = add_site(services, "Borgerservice")
    lead_info = add_staff(services, "Leder", site.id, Role.LEAD)
    staff_info = add_staff(services, "Kenni", site.id, Role.STAFF)
    lead = ActorContext(lead_info.id, site.id, Role.LEAD, "Leder")
    staff = ActorContext(staff_info.id, site.id, Role.STAFF, "Kenni")
    exports = tmp_path / "eksport"
    exports.mkdir()

    for number, spelling in enumerate(SPELLINGS):
        # the look-up: found by its keyed hash, in every spelling
        found = services.citizens.find(staff, spelling)
        if number == 0:
            assert not found.found
            services.citizens.create(staff, cpr=spelling, age_band="67-79", language="da")
        else:
            assert found.found, spelling
        visit_id = services.visits.start_visit(staff)
        run = services.flows.start_run(staff, visit_id, "sundhedskort")
        _refused(
            lambda s=spelling, r=run.id: services.flows.mark_obstacle(
                staff, r, Obstacle.NO_MITID, note=f"cpr {s}"
            )
        )  # noqa: E501
        _refused(
            lambda s=spelling, v=visit_id: services.assessment.override_level(
                staff, v, 2, f"cpr {s}"
            )
        )  # noqa: E501
        _refused(
            lambda s=spelling: services.appointments.add(staff, dt.datetime.now(), None, f"Pas {s}")
        )  # noqa: E501
        version = services.outcome.defaults(staff, visit_id).version
        services.outcome.close_visit(
            staff,
            visit_id,
            CloseRequest(
                completion=Completion.COMPLETED,
                autonomy=Autonomy.AUTONOMOUS,
                duration_minutes=10,
                expected_version=version,
                note=f"ringede for {spelling} i går",
            ),
        )
        (exports / f"sag-{number}.txt").write_text(
            case_note_text(services.exports, staff, visit_id)
        )
        # names: refused with a CPR number in them
        _refused(lambda s=spelling: services.staff.create(lead, f"Ny {s}", site.id, Role.STAFF))
        _refused(lambda s=spelling: services.staff.create(lead, "Ny", site.id, Role.STAFF, s))
        _refused(lambda s=spelling: services.sites.add(lead, f"Sted {s}", SiteKind.LIBRARY))
        _refused(lambda s=spelling: services.sites.rename(lead, site.id, f"Sted {s}"))
        # an appointment file named after the citizen, with the number in its titles
        booking = tmp_path / f"booking {spelling}.csv"
        booking.write_text(
            f"id;start;emne\n{number};{dt.date.today():%Y-%m-%d} 10:{number:02d};Pas {spelling}\n",
            encoding="utf-8",
        )
        services.appointments.import_file(staff, booking)
        # an audit search for the number, exported with its description
        criteria = AuditFilter(text=spelling)
        assert services.audit_log.list(lead, criteria) == []
        export_audit_log(services.audit_log, lead, exports / f"log-{number}.csv", criteria)

    export_visits(services.visit_export, lead, exports / "besøg.csv", VisitExportOptions())
    export_visits(
        services.visit_export, lead, exports / "besøg.xlsx", VisitExportOptions(format="xlsx")
    )
    assert len(list(exports.iterdir())) == 2 * len(SPELLINGS) + 2

    wal = Path(f"{db_file}-wal")
    assert wal.exists(), "the WAL is searched too: it must be there before the checkpoint"
    places = [db_file, wal, *exports.iterdir(), *isolated_home.rglob("*")]
    for path in places:
        if path.is_file():
            assert not _hits(path.read_bytes()), f"a CPR number in {path.name}"
    db.dispose()
    assert not _hits(db_file.read_bytes())
