"""The dialect-specific SQL (day of a timestamp, text aggregation) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from medbetjening.domain.vocabulary import Role
from medbetjening.reports.export_jobs import export_visits
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.services.visit_export import VisitExportOptions
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.seed import add_site, add_staff


def test_aggregates_and_export_on_both_databases(any_db_url, tmp_path) -> None:
    db = open_database(any_db_url)
    try:
        services = Services(db)
        site = add_site(services, "Rådhuset")
        staff = add_staff(services, "Lene", site.id, Role.LEAD)
        lead = ActorContext(staff.id, site.id, Role.LEAD, staff.name)
        with db.uow_factory() as uow:
            citizen = add_citizen(uow.session, code="Q1")
            for day, actors in (
                (2, ["staff", "citizen_guided"]),
                (9, ["citizen_alone", "citizen_alone"]),
            ):
                add_visit(
                    uow.session,
                    Seed(
                        site.id,
                        staff.id,
                        dt.datetime(2026, 3, day, 23, 30),
                        citizen_id=citizen,
                        runs=[Run("digital-post", actors), Run("flytning", ["staff"])],
                    ),
                )
            uow.commit()
        board = services.statistics.dashboard(
            lead, StatisticsFilter(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        )
        assert board.visits == 2
        assert [p.period for p in board.trend] == ["2026-W10", "2026-W11"]
        # the dashboard names a flow by its title in the flow library
        assert board.self_sufficient == {services.flow_catalog.flow("digital-post").title: 1}
        assert board.steps_by_actor == {"citizen_alone": 2, "citizen_guided": 1, "staff": 3}
        out = tmp_path / "v.csv"
        result = export_visits(services.visit_export, lead, out, VisitExportOptions(), codes=True)
        assert result.count == 2
        text = out.read_text(encoding="utf-8-sig")
        assert "digital-post,flytning" in text.replace('"', "") or "digital-post, flytning" in text
        anonymous = export_visits(
            services.visit_export, lead, tmp_path / "a.csv", VisitExportOptions(anonymised=True)
        )
        assert anonymous.count == 2
        # dates and times as Excel serial numbers from each engine's SQL: real date cells
        book = tmp_path / "v.xlsx"
        export_visits(services.visit_export, lead, book, VisitExportOptions(format="xlsx"))
        sheet = load_workbook(book).active
        first = {h.value: c for h, c in zip(sheet[1], sheet[2], strict=True)}
        assert first["Dato"].value == dt.datetime(2026, 3, 2)
        assert first["Start"].is_date and first["Start"].value == dt.time(23, 30)
        assert first["Slut"].value == dt.time(0, 0)  # 30 minutes later, past midnight
    finally:
        db.dispose()
