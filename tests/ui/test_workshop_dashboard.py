"""The dashboard counts workshops, participants and hours apart from visits, and the
workshop card's numbers are saved like every card's (issue 21, item 2)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.domain.workshops import Participant, WorkshopDraft, WorkshopKind
from medbetjening.services.context import ActorContext
from medbetjening.ui.lead.dashboard import DashboardWindow
from tests.seed import add_site, add_staff
from tests.ui.saving import saved


def test_the_dashboard_counts_a_volunteers_workshop(qtbot, services, lead, tmp_path) -> None:  # type: ignore[no-untyped-def]
    library = add_site(services, "Ballerup Bibliotek", SiteKind.LIBRARY)
    info = add_staff(services, "Frivillig Frida", library.id, Role.AMBASSADOR)
    volunteer = ActorContext(info.id, library.id, Role.AMBASSADOR, info.name)
    codes = [services.citizens.create(volunteer).citizen_code for _ in range(3)]
    services.workshops.record(
        volunteer,
        WorkshopDraft(
            held_on=dt.date.today(),
            minutes=90,
            kind=WorkshopKind.IT_CAFE,
            topics=("topic:email",),
            anonymous={"80+": 2, "unknown": 3},
            participants=tuple(Participant(code) for code in codes),
        ),
    )
    window = DashboardWindow(services, lead)
    qtbot.addWidget(window)
    window.show()
    window.refresh_button.click()
    qtbot.waitUntil(lambda: window.data is not None and not window.progress.isVisible())
    assert window.data.visits == 0  # a workshop is not a visit
    assert "1 workshops med 8 deltagere, 1,5 timer" in window.summary.text()
    card = window.cards["workshops"]
    assert card.table.value("It-café") == 1
    numbers = tmp_path / "workshops.csv"
    saved(qtbot, card.save_csv(numbers))
    rows = list(csv.reader(io.StringIO(numbers.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows == [["Slags", "Antal"], ["It-café", "1"]]
