"""The dashboard's route cards: overrides (proposed → chosen) and avoided visits, with the
assumptions on screen and the numbers in the card's export."""

from __future__ import annotations

import csv
import datetime as dt
import io

from PySide6.QtCore import Qt

from medbetjening.storage.models import AssessmentResult
from medbetjening.ui.lead.dashboard import DashboardWindow
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.ui.saving import saved


def _seed(services, actor) -> None:  # type: ignore[no-untyped-def]
    today = dt.datetime.combine(dt.date.today(), dt.time(10))
    with services.database.uow_factory() as uow:
        session = uow.session
        citizen = add_citizen(session, code="DP1")
        for days_ago, marks in ((30, ["staff", "citizen_guided"]), (1, ["citizen_alone"] * 2)):
            add_visit(
                session,
                Seed(
                    actor.site_id,
                    actor.staff_id,
                    today - dt.timedelta(days=days_ago),
                    citizen_id=citizen,
                    runs=[Run("digital-post", marks)],
                ),
            )
        for proposed, chosen, reason in (
            ("medbetjening", "staff_assisted", "Borgeren har travlt"),
            ("medbetjening", "staff_assisted", "Kø ved skranken"),
            ("medbetjening", "medbetjening", None),
        ):
            visit = add_visit(session, Seed(actor.site_id, actor.staff_id, today))
            session.add(
                AssessmentResult(
                    visit_id=visit,
                    instrument_id="counter-v1",
                    route=chosen,
                    proposed_route=proposed,
                    route_override_reason=reason,
                )
            )
        uow.commit()


def test_route_cards_show_overrides_and_avoided_visits(
    qtbot, services, lead, actor, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _seed(services, actor)
    window = DashboardWindow(services, lead)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.data is not None and not window.progress.isVisible(), timeout=10000
    )

    overrides = window.cards["route_overrides"]
    instrument = services.assessment.instrument
    names = {r.id: r.name.get("da") for r in instrument.routes}
    assert overrides.table.value(f"{names['medbetjening']} → {names['staff_assisted']}") == 2
    assert "Ændret ved 2 af 3 vurderede besøg (67\u00a0%)" in overrides.subtitle.text()

    avoided = window.cards["avoided"]
    title = services.flow_catalog.flow("digital-post").title
    row = f"{title} (ugentligt)"
    assert avoided.table.value(row, 1) == 1  # became self-sufficient
    assert avoided.table.value(row, 2) == 12  # weekly errand: at most monthly counter visits
    assert "Antaget" in avoided.subtitle.text() and "ikke en måling" in avoided.subtitle.text()

    out = tmp_path / "undgaaede.csv"
    saved(qtbot, avoided.save_csv(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Opgave", "Blev selvhjulpne", "Sparede besøg næste år (skøn)"]
    assert rows[1][0] == row
