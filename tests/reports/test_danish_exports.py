"""Exports a Danish team lead can open: words and real cells, through the one export runner."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from medbetjening.reports.export_jobs import export_audit_log, export_visits
from medbetjening.reports.exporting import Feedback
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.container import Services
from medbetjening.services.errors import InvalidInput
from medbetjening.services.visit_export import VisitExportOptions
from medbetjening.storage.models import AuditEvent, Outcome, Staff
from tests.reports.seed import Run, Seed, add_citizen, add_visit, catalog

DAY = dt.datetime(2026, 3, 2, 10, 0)
EVIL = '=HYPERLINK("http://x","y")'


@pytest.fixture(autouse=True)
def flows_known(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Services, "flow_catalog", property(lambda self: catalog()))


@pytest.fixture
def services(database) -> Services:  # type: ignore[no-untyped-def]
    return Services(database)


@pytest.fixture
def visits(lead, actor, session_of) -> None:  # type: ignore[no-untyped-def]
    def seed(session):  # type: ignore[no-untyped-def]
        citizen = add_citizen(session, code="K7M2QX")
        first = add_visit(
            session,
            Seed(
                lead.site_id,
                actor.staff_id,
                DAY,
                channel="library",
                contact_type="transaction",
                citizen_id=citizen,
                runs=[Run("digital-post", ["citizen_alone", "citizen_guided", "staff"])],
                completion="partly",
                autonomy="with_guidance",
                reason="missing_documents",
                referral="library_course",
            ),
        )
        session.execute(
            update(Outcome).where(Outcome.visit_id == first).values(citizen_share=2 / 3)
        )
        add_visit(session, Seed(lead.site_id, actor.staff_id, DAY + dt.timedelta(hours=1)))

    session_of(seed)


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_xlsx_has_date_cells_number_formats_and_danish_labels(
    services, lead, visits, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "besøg.xlsx"
    written = export_visits(services.visit_export, lead, out, VisitExportOptions(format="xlsx"))
    assert written.count == 2 and not list(tmp_path.glob("*.part"))
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Besøg nr.", "Dato", "Start"] and "Forløb" in header
    first = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert first["Dato"].is_date and first["Dato"].value.date() == DAY.date()
    assert first["Dato"].number_format == "dd-mm-yyyy"
    assert first["Start"].is_date and first["Start"].value.strftime("%H:%M") == "10:00"
    assert first["Minutter"].data_type == "n"
    assert first["Kanal"].value == "Bibliotek"
    assert first["Henvendelsestype"].value == "Transaktion"
    assert first["Forløb"].value == "Digital Post"  # the title, not digital-post
    assert first["Resultat"].value == "Delvist gennemført"
    assert first["Selvstændighed"].value == "Med vejledning"
    assert first["Forhindring"].value == "Manglende dokumenter"
    assert first["Henvisning"].value == "Kursus på biblioteket"
    assert first["Borgerens andel af trin"].data_type == "n"


def test_codes_keep_machine_codes(services, lead, visits, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "koder.csv"
    options = VisitExportOptions(delimiter=";")
    export_visits(services.visit_export, lead, out, options, codes=True)
    rows = _rows(out)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["kanal"] == "library" and first["forløb"] == "digital-post"
    assert first["resultat"] == "partly" and first["selvstændighed"] == "with_guidance"


def test_anonymised_export_keeps_the_same_labels(services, lead, visits, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "anonym.csv"
    options = VisitExportOptions(anonymised=True, delimiter=";")
    export_visits(services.visit_export, lead, out, options)
    rows = _rows(out)
    assert rows[0][:3] == ["Uge", "Sted", "Kanal"]
    values = {cell for row in rows[1:] for cell in row}
    assert {"Bibliotek", "Skranke", "Transaktion", "Digital Post", "Delvist gennemført"} <= values
    assert "library" not in values and "digital-post" not in values


def test_semicolon_csv_is_read_as_numbers_by_danish_libreoffice(
    services, lead, visits, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "besoeg.csv"
    export_visits(services.visit_export, lead, out, VisitExportOptions(delimiter=";"))
    rows = _rows(out)
    share = rows[0].index("Borgerens andel af trin")
    assert rows[1][share] == "0,667"  # decimal comma: 2 of 3 steps by the citizen
    profile, outdir = tmp_path / "lo-profile", tmp_path / "lo-out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            # CSV import: ';' separator, '"' quote, UTF-8 (76), from line 1, Danish (1030)
            "--infilter=CSV:59,34,76,1,,1030",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(outdir),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path), "LC_ALL": "da_DK.UTF-8"},
    )
    sheet = load_workbook(outdir / "besoeg.xlsx").active
    header = [c.value for c in sheet[1]]
    first = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    assert first["Borgerens andel af trin"] == pytest.approx(0.667)  # a number, not "0,667"
    assert isinstance(first["Minutter"], int | float)
    assert isinstance(first["Besøg nr."], int | float)
    assert isinstance(first["Dato"], dt.datetime)  # Calc read the ISO date as a date


def test_xlsx_past_the_row_limit_continues_on_a_second_sheet(
    services, lead, visits, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    out = tmp_path / "mange.xlsx"
    options = VisitExportOptions(format="xlsx")
    feedback = Feedback(say=said.append)
    # the header and one visit a sheet: Excel's limit made small, two visits
    written = export_visits(services.visit_export, lead, out, options, feedback, sheet_rows=2)
    assert written.count == 2
    book = load_workbook(out)
    assert book.sheetnames == ["Besøg", "Besøg (2)"]
    assert [s.max_row for s in book] == [2, 2]
    assert [s["A1"].value for s in book] == ["Besøg nr.", "Besøg nr."]  # a header on each
    assert said == ["Excel rummer 2 rækker pr. ark: resten fortsætter på ark 2"]


def test_a_cancelled_export_leaves_no_file_and_no_audit(
    services, lead, visits, tmp_path, database
) -> None:  # type: ignore[no-untyped-def]
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done:
            raise Stop

    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"afbrudt.{fmt}"
        with pytest.raises(Stop):
            export_visits(
                services.visit_export,
                lead,
                out,
                VisitExportOptions(format=fmt),
                Feedback(progress),
            )
        assert not out.exists() and not list(tmp_path.glob("*.part"))
    with database.uow_factory() as uow:
        logged = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export.visits")
        ).all()
    assert logged == []


def test_audit_csv_neutralises_a_formula_in_a_staff_name(
    services, lead, database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with database.uow_factory() as uow:
        uow.session.execute(update(Staff).where(Staff.id == lead.staff_id).values(name=EVIL))
        uow.commit()
    services.audit_log.list(lead)  # something to log: the export below logs itself too
    out = tmp_path / "log.csv"
    with pytest.raises(InvalidInput, match="findes ikke"):  # the path is checked first
        export_audit_log(services.audit_log, lead, tmp_path / "nej" / "log.csv")
    export_visits(services.visit_export, lead, tmp_path / "v.csv", VisitExportOptions())
    export_audit_log(services.audit_log, lead, out, AuditFilter())
    rows = _rows(out)
    names = {row[2] for row in rows[1:]}
    assert names == {"'" + EVIL}  # a leading apostrophe: text, not a formula
