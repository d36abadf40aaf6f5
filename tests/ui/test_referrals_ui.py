"""Issue 21 in the window: the close form refers, the receiving site's today's list shows
"henvist hertil", and the sender's follow-up screen shows what was not taken up."""

from __future__ import annotations

import datetime as dt

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.context import ActorContext
from medbetjening.services.referrals import ReferralService
from medbetjening.ui.desk.follow_up_screen import FollowUpScreen
from medbetjening.ui.desk.referrals_here import ReferredHerePanel
from medbetjening.ui.visit.outcome_panel import OutcomePanel
from tests.referral_seed import close, visit_with
from tests.seed import add_site, add_staff
from tests.tracking_seed import add_citizen, add_visit
from tests.ui.saving import saved


def _library(services):  # type: ignore[no-untyped-def]
    site = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    librarian = add_staff(services, "Bibi", site.id)
    return site, ActorContext(librarian.id, site.id, Role.STAFF, "Bibi")


def test_the_close_form_refers_to_the_library_and_the_library_sees_it(  # type: ignore[no-untyped-def]
    qtbot, main_window, services, actor
) -> None:
    site, librarian = _library(services)
    citizen_id = add_citizen(services)
    visit_id = add_visit(services, actor, citizen_id=citizen_id, started_at=dt.datetime.now())
    main_window.open_visit(visit_id)
    panel = next(p for p in main_window.visit_screen.panels if isinstance(p, OutcomePanel))
    fields = panel.referral_to
    assert not fields.task.isEnabled()  # no task without a destination
    fields.destination.setCurrentIndex(fields.destination.findData(f"site:{site.id}"))
    assert fields.task.isEnabled()
    panel.note.setPlainText("Privat note fra rådhuset")
    panel.close_visit()
    assert services.visits.get_visit(actor, visit_id).status == "closed"

    here = ReferredHerePanel()
    qtbot.addWidget(here)
    assert here.isHidden()
    here.load(services, librarian)
    qtbot.waitUntil(lambda: here.table.rowCount() == 1)
    texts = [here.table.item(0, column).text() for column in range(4)]
    sender = next(s.name for s in services.setup.sites() if s.id == actor.site_id)
    assert texts[2] == sender  # the sending site
    assert not here.isHidden()
    assert all("Privat" not in text for text in texts)


def test_an_overdue_referral_shows_on_the_senders_follow_up_screen(  # type: ignore[no-untyped-def]
    qtbot, services, actor
) -> None:
    from medbetjening.services.referrals import ReferralTarget

    site, _librarian = _library(services)
    citizen = services.citizens.create(actor)
    close(services, actor, visit_with(services, actor, citizen.id), ReferralTarget(site.id))
    late = dt.date.today() + dt.timedelta(days=services.policies.current().referral_days + 1)
    services.__dict__["referrals"] = ReferralService(
        services.database.uow_factory, services.flow_catalog.titles, clock=lambda: late
    )
    screen = FollowUpScreen(services, actor)
    qtbot.addWidget(screen)
    panel = screen.referrals
    assert panel.table.rowCount() == 1 and not panel.isHidden()
    assert panel.table.item(0, 1).text() == "Biblioteket"
    assert not panel.went_button.isEnabled()  # a site's own visit takes it up, not a click
    panel.not_went_button.click()
    assert panel.table.rowCount() == 0 and "kom ikke" in panel.message.text()


def test_the_dashboard_card_and_its_export_show_routes_taken_up(  # type: ignore[no-untyped-def]
    qtbot, services, actor, lead, tmp_path
) -> None:
    import csv
    import io

    from PySide6.QtCore import Qt

    from medbetjening.services.referrals import ReferralTarget
    from medbetjening.ui.lead.dashboard import DashboardWindow

    site, librarian = _library(services)
    for came in (True, False):
        citizen = services.citizens.create(actor)
        close(services, actor, visit_with(services, actor, citizen.id), ReferralTarget(site.id))
        if came:
            close(services, librarian, visit_with(services, librarian, citizen.id))
    window = DashboardWindow(services, lead)
    qtbot.addWidget(window)
    window.show()
    before = window.data
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.data is not before and not window.progress.isVisible(), timeout=10000
    )
    card = window.cards["referral_routes"]
    (route,) = card.table.rows
    assert route[1:] == (2, 1)  # two referred, one taken up
    assert route[0].endswith("→ Biblioteket")
    numbers = tmp_path / "henvisninger.csv"
    saved(qtbot, card.save_csv(numbers))
    rows = list(csv.reader(io.StringIO(numbers.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Rute", "Henvist", "Taget op"] and rows[1][1:] == ["2", "1"]
