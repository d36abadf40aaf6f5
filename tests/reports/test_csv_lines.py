"""The SQLite-written CSV lines of the visit export are the csv module's bytes, also for
text that needs quotes, formula-like text, a CPR number in a note and unknown codes."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import update

from medbetjening.domain.spreadsheet import csv_field
from medbetjening.reports.export_jobs import export_visits
from medbetjening.services.visit_export import CPR_REMOVED, VisitExportOptions, VisitExportService
from medbetjening.storage.models import Outcome, Site, Staff, Visit
from tests.reports.seed import Run, Seed, add_citizen, add_visit

DAY = dt.datetime(2026, 3, 2, 10, 0)
TRICKY = [
    "",
    "plain",
    "a,b",
    "a;b",
    "tab\there",
    'say "hi"',
    "two\nlines",
    "cr\rhere",
    "=SUM(A1)",
    "-5, or not",
    "æøå – »citat«",
    "%s %d 100%",
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_field_quotes_as_the_csv_module_does(delimiter: str) -> None:
    for text in TRICKY:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(["x", text])
        assert "x" + delimiter + csv_field(text, delimiter) + "\r\n" == buffer.getvalue(), text


@pytest.fixture
def tricky_visits(lead, actor, session_of) -> None:  # type: ignore[no-untyped-def]
    def seed(session):  # type: ignore[no-untyped-def]
        session.execute(update(Site).where(Site.id == lead.site_id).values(name='Nord, "A"'))
        session.execute(update(Staff).where(Staff.id == actor.staff_id).values(name="=Ib;\nÅ"))
        citizen = add_citizen(session, code="K7M2QX")
        for number, note in enumerate([*TRICKY, "cpr 010203-1234, ring", None]):
            runs = [Run("digital-post", ["staff"])]
            if number % 2:  # a flow the catalogue no longer has, with its recorded title
                runs.append(Run("gammel", ["citizen_alone"], title='Gl. "flow"; a,b'))
            visit = add_visit(
                session,
                Seed(
                    lead.site_id,
                    actor.staff_id,
                    DAY + dt.timedelta(hours=number),
                    channel="library" if number % 3 else "ukendt, kode",
                    citizen_id=citizen if number % 2 else None,
                    runs=runs,
                    reason="missing_documents" if number % 2 else None,
                    note=note,
                ),
            )
            session.execute(
                update(Outcome).where(Outcome.visit_id == visit).values(citizen_share=number / 7)
            )
        session.execute(update(Visit).where(Visit.id == visit).values(duration_minutes=None))

    session_of(seed)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("codes", [False, True])
def test_sqlite_lines_equal_the_csv_module(
    services, lead, tricky_visits, tmp_path, monkeypatch, delimiter, codes
) -> None:  # type: ignore[no-untyped-def]
    options = VisitExportOptions(format="csv", delimiter=delimiter)
    lines, rows = tmp_path / "lines.csv", tmp_path / "rows.csv"
    written = export_visits(services.visit_export, lead, lines, options, codes=codes)
    monkeypatch.setattr(VisitExportService, "sqlite_lines", False)
    export_visits(services.visit_export, lead, rows, options, codes=codes)
    assert written.count == len(TRICKY) + 2
    assert lines.read_bytes() == rows.read_bytes()
    text = lines.read_text(encoding="utf-8-sig")
    assert CPR_REMOVED in text and "010203-1234" not in text
    parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert {len(row) for row in parsed} == {19}  # every quote and line break held
    assert parsed[1][5] == 'Nord, "A"' and parsed[1][6] == "'=Ib;\nÅ"
