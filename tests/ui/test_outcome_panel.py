"""The "Afslut" tab: closing a visit by keyboard, with defaults, errors and masking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from medbetjening.domain.notes import MASK
from medbetjening.storage.models import FollowUp, Outcome, Visit
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.visit.outcome_panel import OutcomePanel
from tests.tracking_seed import add_citizen, add_visit


def _panel(window: MainWindow) -> OutcomePanel:
    panels = [p for p in window.visit_screen.panels if isinstance(p, OutcomePanel)]
    assert len(panels) == 1
    return panels[0]


def _stored(services, visit_id: int):  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        visit = uow.session.get(Visit, visit_id)
        outcome = uow.session.scalar(select(Outcome).where(Outcome.visit_id == visit_id))
        follow_ups = list(uow.session.scalars(select(FollowUp)))
        return visit, outcome, follow_ups


def test_closing_with_the_defaults_takes_two_key_presses(qtbot, main_window, services) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    visit_id = main_window.visit_screen.visit_id
    # something recorded: an empty visit may not close as completed (issue 15)
    services.assessment.record_answer(main_window.actor, visit_id, "devices", "both")
    presses = 0
    while _stored(services, visit_id)[0].status == "open" and presses < 5:
        qtbot.keyClick(
            main_window.focusWidget() or main_window,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
        presses += 1
    visit, outcome, follow_ups = _stored(services, visit_id)
    assert presses == 2  # Ctrl+Enter shows "Afslut"; Ctrl+Enter again closes
    assert visit.status == "closed" and visit.duration_minutes >= 1
    assert (outcome.completion, outcome.autonomy) == ("completed", "with_guidance")
    assert follow_ups == []
    assert main_window.stack.currentWidget() is main_window.today  # back to today's list
    assert main_window.today.model.row_at(0).status == "closed"


def test_enter_on_the_focused_close_button_also_closes(qtbot, main_window, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(
        services,
        actor,
        started_at=dt.datetime.now() - dt.timedelta(minutes=12),
        runs=[("digital-post", "completed", ["citizen_alone", "citizen_alone"])],
    )
    main_window.open_visit(visit_id)
    panel = _panel(main_window)
    qtbot.keyClick(
        main_window.visit_screen.tabs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert main_window.visit_screen.tabs.currentWidget() is panel
    assert panel.close_button.hasFocus()
    assert panel.autonomy.currentData() == "autonomous"
    assert "100\u00a0%" in panel.autonomy_hint.text()
    assert panel.duration.value() in (12, 13)
    assert panel.form_widget.isEnabled() and not panel.follow_up_kind.isEnabled()  # anonymous
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Return)
    visit, outcome, _ = _stored(services, visit_id)
    assert visit.status == "closed" and outcome.autonomy == "autonomous"
    assert outcome.citizen_share == 1.0


def test_keyboard_choices_errors_masking_and_follow_up(qtbot, main_window, services, actor) -> None:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(services)
    visit_id = add_visit(services, actor, citizen_id=citizen_id, started_at=dt.datetime.now())
    main_window.open_visit(visit_id)
    panel = _panel(main_window)
    main_window.visit_screen.tabs.setCurrentWidget(panel)
    assert not panel.reason.isEnabled()
    assert panel.follow_up_kind.isEnabled() and not panel.follow_up_date.isEnabled()

    panel.completion.setFocus()
    qtbot.keyClick(panel.completion, Qt.Key.Key_Down)  # "Delvist gennemført"
    assert panel.completion.currentData() == "partly" and panel.reason.isEnabled()
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.error_label.isVisible() and "Vælg hvorfor" in panel.error_label.text()
    assert _stored(services, visit_id)[0].status == "open"

    qtbot.keyClick(panel.reason, Qt.Key.Key_Down)  # "Ingen MitID"
    qtbot.keyClicks(panel.note, "Borgerens nr 010203-1234 skrevet ved en fejl")
    assert panel.note_warning.isVisible() and MASK in panel.note_warning.text()
    qtbot.keyClick(panel.follow_up_kind, Qt.Key.Key_Down)  # "Ring til borgeren"
    assert panel.follow_up_date.isEnabled()
    qtbot.keyClick(panel.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    visit, outcome, follow_ups = _stored(services, visit_id)
    assert visit.status == "closed"
    assert (outcome.completion, outcome.reason) == ("partly", "no_mitid")
    assert outcome.note == f"Borgerens nr {MASK} skrevet ved en fejl"
    assert [(f.kind, f.due_date) for f in follow_ups] == [
        ("call", dt.date.today() + dt.timedelta(days=14))
    ]
    assert "1 CPR-lignende" in panel.done_label.text()


def test_a_closed_visit_shows_its_outcome_read_only(qtbot, main_window, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(
        services,
        actor,
        started_at=dt.datetime.now(),
        outcome={"completion": "not_completed", "reason": "system_down", "autonomy": "autonomous"},
    )
    main_window.open_visit(visit_id)
    panel = _panel(main_window)
    assert not panel.form_widget.isEnabled() and not panel.close_button.isEnabled()
    assert panel.reason.currentData() == "system_down"
    assert "Ikke gennemført" in panel.done_label.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not panel.error_label.isVisible()


def test_screenshot_of_the_outcome_tab(qtbot, main_window, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(
        services,
        actor,
        started_at=dt.datetime.now() - dt.timedelta(minutes=18),
        runs=[("digital-post", "active", ["citizen_alone", "citizen_guided", "staff"])],
        obstacles=[None, None, "missing_document"],
    )
    main_window.open_visit(visit_id)
    panel = _panel(main_window)
    main_window.visit_screen.tabs.setCurrentWidget(panel)
    panel.note.setPlainText("Mangler lejekontrakt, cpr 0102031234")
    qtbot.waitUntil(panel.note_warning.isVisible)
    assert panel.completion.currentData() == "partly"
    assert panel.reason.currentData() == "missing_documents"
    assert panel.autonomy.currentData() == "with_guidance"
    main_window.grab().save("/tmp/shots/issue5-outcome-panel.png")


def test_an_ambassador_cannot_close_a_colleagues_visit(qtbot, services, actor, ambassador) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(services, actor, started_at=dt.datetime.now())
    panel = OutcomePanel(services, ambassador, visit_id)
    qtbot.addWidget(panel)
    panel.show()
    assert "egne besøg" in panel.error_label.text()
    assert not panel.close_button.isEnabled() and not panel.form_widget.isEnabled()
    panel.close_visit()
    assert _stored(services, visit_id)[0].status == "open"
