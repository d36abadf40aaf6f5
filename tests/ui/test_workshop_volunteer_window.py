"""A volunteer's window: Workshop is in the Besøg menu, and the instructors offered are
the people of the volunteer's own site (the service refuses others)."""

from __future__ import annotations

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.context import ActorContext
from medbetjening.ui.desk.workshop_dialog import WorkshopDialog
from medbetjening.ui.shell.main_window import MainWindow
from tests.seed import add_site, add_staff


def test_a_volunteer_finds_workshop_in_the_menu_with_their_own_site_only(
    qtbot, services, lead, settings
) -> None:  # type: ignore[no-untyped-def]
    library = add_site(services, "Ballerup Bibliotek", SiteKind.LIBRARY)
    info = add_staff(services, "Frivillig Frida", library.id, Role.AMBASSADOR)
    volunteer = ActorContext(info.id, library.id, Role.AMBASSADOR, info.name)
    window = MainWindow(services, volunteer, settings)
    qtbot.addWidget(window)
    action = window.counting_actions.workshop_action
    assert action.isEnabled() and action in window.visit_menu.actions()

    dialog = WorkshopDialog(services, volunteer)
    qtbot.addWidget(dialog)
    helpers = [dialog.helpers.item(i).text() for i in range(dialog.helpers.count())]
    assert helpers == ["Frivillig Frida"]  # the lead of the town hall is not offered
    assert dialog.helpers.checked() == (volunteer.staff_id,)
