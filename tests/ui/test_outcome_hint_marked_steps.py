"""The close form's suggestion says what it rests on: 1 step of 6 marked, by the citizen,
was shown as "borgeren gjorde 100 % af trinene" — of the marked steps, not the errand's."""

from __future__ import annotations

import datetime as dt

from medbetjening.ui.visit.outcome_panel import OutcomePanel
from tests.tracking_seed import add_visit


def test_the_share_is_of_the_marked_steps(qtbot, main_window, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(
        services,
        actor,
        started_at=dt.datetime.now() - dt.timedelta(minutes=5),
        runs=[("digital-post", "paused", ["citizen_alone"])],
    )
    main_window.open_visit(visit_id)
    panel = next(p for p in main_window.visit_screen.panels if isinstance(p, OutcomePanel))
    panel.load()
    hint = panel.autonomy_hint.text()
    assert "100\u00a0%" in hint and "markerede" in hint, hint
    assert "af trinene" not in hint
