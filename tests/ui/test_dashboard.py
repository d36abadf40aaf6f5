"""The statistics dashboard against a seeded database: filters change the numbers."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from medbetjening.ui.lead.dashboard import DashboardWindow
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.seed import add_site, add_staff
from tests.ui.saving import saved

SHOTS = Path("/tmp/shots")


@pytest.fixture
def seeded(services, lead, actor):  # type: ignore[no-untyped-def]
    library = add_site(services, "Hovedbiblioteket")
    librarian = add_staff(services, "Bibliotekar Berit", library.id)
    today = dt.datetime.combine(dt.date.today(), dt.time(10))
    with services.database.uow_factory() as uow:
        session = uow.session
        citizen = add_citizen(session, code="ABC123")
        for weeks_ago in range(12):
            when = today - dt.timedelta(weeks=weeks_ago)
            add_visit(
                session,
                Seed(
                    lead.site_id,
                    actor.staff_id,
                    when,
                    citizen_id=citizen if weeks_ago in (0, 5) else None,
                    runs=[
                        Run(
                            "digital-post",
                            ["citizen_alone"] * 3
                            if weeks_ago == 0
                            else ["staff", "citizen_guided"],
                        )
                    ],
                    autonomy="autonomous" if weeks_ago % 3 == 0 else "with_guidance",
                    completion="completed" if weeks_ago % 4 else "partly",
                    reason=None if weeks_ago % 4 else "no_mitid",
                    referral="library_course" if weeks_ago % 5 == 0 else None,
                    follow_ups=[("call", "done" if weeks_ago % 2 else "due")],
                ),
            )
            add_visit(
                session,
                Seed(
                    library.id,
                    librarian.id,
                    when - dt.timedelta(days=1),
                    channel="library",
                    contact_type="information" if weeks_ago % 2 else "transaction",
                    runs=[
                        Run("flytning", ["citizen_alone", "staff"]),
                        Run("sundhedskort", ["staff"]),
                    ],
                ),
            )
        uow.commit()
    return {"library": library.id, "librarian": librarian.id}


def _refresh(qtbot, window: DashboardWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.data
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.data is not before and not window.progress.isVisible(), timeout=10000
    )


def test_dashboard_shows_all_charts_and_filters_apply_to_all(
    qtbot, services, lead, seeded, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # the charts name a flow by its title in the flow library
    title = {fid: services.flow_catalog.flow(fid).title for fid in ("digital-post", "flytning")}
    window = DashboardWindow(services, lead)
    qtbot.addWidget(window)
    window.show()
    _refresh(qtbot, window)
    data = window.data
    assert data.visits == 24
    assert window.cards["channels"].table.value("Skranke", 2) == 12  # interaction column
    assert window.cards["channels"].table.value("Bibliotek", 1) == 6  # information column
    assert window.cards["flows"].table.value(title["digital-post"]) == 12
    assert window.cards["self_sufficient"].table.value(title["digital-post"]) == 1
    assert window.cards["follow_ups"].table.value("Udført") == 6
    assert "24 besøg" in window.summary.text()
    SHOTS.mkdir(exist_ok=True)
    window.resize(1200, 1500)
    window.grab().save(str(SHOTS / "issue6-dashboard.png"))
    window.cards["trend"].parentWidget().grab().save(str(SHOTS / "issue6-dashboard-charts.png"))

    # one site only: every chart follows
    window.sites.set_checked({seeded["library"]})
    _refresh(qtbot, window)
    assert window.data.visits == 12
    assert window.cards["channels"].table.value("Skranke", 2) == 0
    assert window.cards["flows"].table.value(title["digital-post"]) == 0
    assert window.cards["flows"].table.value(title["flytning"]) == 12
    assert window.cards["follow_ups"].table.rows == ()

    # staff and period
    window.sites.set_checked(set())
    window.staff.set_checked({seeded["librarian"]})
    today = dt.date.today()
    window.set_period(today - dt.timedelta(days=20), today)
    _refresh(qtbot, window)
    assert window.data.visits == 3
    window.granularity.setCurrentIndex(1)
    window.staff.set_checked(set())
    _refresh(qtbot, window)
    assert sum(row[1] for row in window.cards["trend"].table.rows) == window.data.visits

    card = window.cards["channels"]
    png, numbers = tmp_path / "kanal.png", tmp_path / "kanal.csv"
    assert card.save_png(png) and png.stat().st_size > 1000
    saved(qtbot, card.save_csv(numbers))
    rows = list(csv.reader(io.StringIO(numbers.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Kanal", "Information", "Interaktion", "Transaktion"]
    assert sum(int(v) for row in rows[1:] for v in row[1:]) == window.data.visits


def test_dashboard_can_be_cancelled(qtbot, services, lead, seeded) -> None:  # type: ignore[no-untyped-def]
    window = DashboardWindow(services, lead)
    qtbot.addWidget(window)
    window.refresh()
    window.cancel()
    assert not window.progress.isVisible() and not window.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not window._task.running, timeout=10000)
    assert window.data is None  # the superseded result is not shown
