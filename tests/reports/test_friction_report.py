"""The friction report on demo data: no count under 5 shown or recoverable; the files read back."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.domain.disclosure import Shown
from medbetjening.domain.friction import COLUMNS
from medbetjening.domain.vocabulary import Role
from medbetjening.reports.export_jobs import export_friction
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.friction import FrictionFlow, FrictionReport
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.models import Staff
from tests.friction_attack import flow_relations, recovered

NOW = dt.datetime(2026, 3, 11, 12, 30)
YEAR = StatisticsFilter(dt.date(2025, 3, 12), dt.date(2026, 3, 11))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("friction") / "demo.sqlite"
    db = open_database(f"sqlite:///{path}")
    generate_demo_data(db.engine, 2000, seed=5, now=NOW)
    services = Services(db)
    with db.uow_factory() as uow:
        lead = uow.session.scalars(select(Staff).where(Staff.role == Role.LEAD.value)).first()
        actor = ActorContext(lead.id, lead.site_id, Role.LEAD, lead.name)
    reports = {
        "da": services.friction.report(actor, YEAR),
        "en": services.friction.report(actor, YEAR, "en"),
        "site": services.friction.report(
            actor, StatisticsFilter(YEAR.date_from, YEAR.date_to, (lead.site_id,))
        ),
    }
    yield reports
    db.dispose()


def _published(flow: FrictionFlow, primary_only: bool = False) -> dict:
    words = {Shown.UNDER_THRESHOLD: "<5", Shown.HIDDEN: "skjult"}

    def text(cell):  # type: ignore[no-untyped-def]
        shown = cell.shown
        if primary_only:
            shown = Shown.UNDER_THRESHOLD if cell.value < 5 else Shown.VALUE
        return cell.value if shown is Shown.VALUE else words[shown]

    cells = {(s.step_id, c): text(s.cells[c]) for s in flow.steps for c in COLUMNS}
    cells.update({("TOTAL", c): text(flow.total[c]) for c in COLUMNS})
    return cells


def _truth(flow: FrictionFlow) -> dict:
    cells = {(s.step_id, c): s.cells[c].value for s in flow.steps for c in COLUMNS}
    cells.update({("TOTAL", c): flow.total[c].value for c in COLUMNS})
    return cells


@pytest.mark.parametrize("which", ["da", "site"])
def test_every_cell_is_5_or_more_or_suppressed(demo, which) -> None:  # type: ignore[no-untyped-def]
    report: FrictionReport = demo[which]
    assert len(report.flows) > 10
    shown = 0
    for flow in report.flows:
        for cell in [*flow.total.values(), *(c for s in flow.steps for c in s.cells.values())]:
            if cell.shown is Shown.VALUE:
                assert cell.value >= 5
                shown += 1
            elif cell.shown is Shown.UNDER_THRESHOLD:
                assert cell.value < 5
            else:
                assert cell.value >= 5  # hidden to protect a "<5"
    assert shown > 50  # the report still says something


@pytest.mark.parametrize("which", ["da", "site"])
def test_no_suppressed_cell_can_be_worked_out_from_totals_or_by_differencing(demo, which) -> None:  # type: ignore[no-untyped-def]
    report: FrictionReport = demo[which]
    broken_without_complements = 0
    for flow in report.flows:
        steps = [s.step_id for s in flow.steps]
        relations = flow_relations(steps, COLUMNS)
        truth = _truth(flow)
        assert recovered(_published(flow), relations, truth) == {}, flow.title
        naive = recovered(_published(flow, primary_only=True), relations, truth)
        broken_without_complements += bool(naive)
    assert broken_without_complements > 0  # the same reader breaks a primary-only table


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_csv_and_xlsx_read_back_with_sources_and_no_small_number(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report: FrictionReport = demo["da"]
    written = export_friction(report, tmp_path / "friktion.csv")
    rows = _csv(written.path)
    assert rows[0][0].startswith("Friktion i selvbetjeningerne 12.03.2025–11.03.2026")
    header = rows[2]
    assert header[:3] == ["Forløb", "Forløbets kilder", "Kontrolleret"]
    assert header[-1] == "Stoppede her"
    table = [r for r in rows[3:] if len(r) == len(header)]
    assert len(table) == written.count
    counts = [cell for r in table for cell in r[8:]]
    assert "<5" in counts and "skjult" in counts
    assert all(c in ("<5", "skjult") or int(c) >= 5 for c in counts)
    for row in table:
        assert row[1].startswith("https://") and row[2][:4] == "2026"
    assert any("ikke hvorfor" in " ".join(r) for r in rows)

    xlsx = export_friction(report, tmp_path / "friktion.xlsx").path
    sheet = openpyxl.load_workbook(xlsx, read_only=True).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0].startswith("Friktion i selvbetjeningerne")
    assert values[1][:2] == ["Forløb", "Forløbets kilder"]
    # Excel keeps every number as a float: 138 reads back as 138.0
    xlsx_counts = [
        v if isinstance(v, str) else int(v) for r in values[2 : 2 + written.count] for v in r[8:]
    ]
    assert all(v in ("<5", "skjult") or (isinstance(v, int) and v >= 5) for v in xlsx_counts)
    assert xlsx_counts == [c if c in ("<5", "skjult") else int(c) for c in counts]


def test_pdf_reads_back_through_pdftotext(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report: FrictionReport = demo["da"]
    out = export_friction(report, tmp_path / "friktion.pdf").path
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Friktion i selvbetjeningerne" in text
    assert "<5" in text and "Stoppede" in text  # the header may wrap
    assert report.flows[0].title in text
    assert "Kontrolleret: 2026-" in text


def test_english_report_has_english_labels(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = _csv(export_friction(demo["en"], tmp_path / "friction.csv").path)
    assert rows[0][0].startswith("Friction in the self-services")
    assert rows[2][0] == "Flow" and rows[2][-1] == "Stopped here"
    assert "hidden" in {c for r in rows for c in r}


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("help/guide_da.html", ["Friktionsrapporten", "Hvad den er", "Hvad den ikke er", "&lt;5"]),
        ("help/guide_en.html", ["The friction report", "What it is", "What it is not", "&lt;5"]),
    ],
)
def test_the_help_says_what_the_report_is_and_is_not(name: str, texts: list[str]) -> None:
    from medbetjening.locations import resources_dir

    html = (resources_dir() / name).read_text(encoding="utf-8")
    for text in texts:
        assert text in html


def test_the_readme_says_what_the_report_is_and_is_not() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for text in ("report friction", "complementary suppression", "What it is not", "verified"):
        assert text in readme
