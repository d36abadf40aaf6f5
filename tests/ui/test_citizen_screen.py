"""The citizen screen: follows the walker live, shows only the citizen line; F9 toggles it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from medbetjening.content.flows import builtin_flows_dir, load_flow_library
from medbetjening.domain.vocabulary import StaffBasis, StepActor
from medbetjening.services.flows import FlowService
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.visit.citizen_screen import LOOKING_AWAY
from medbetjening.ui.visit.flow_walker import FlowWalker
from tests.ui.visit_tabs import panel_index


def _walker_of(window: MainWindow) -> FlowWalker:
    assert window.visit_screen is not None
    [walker] = [p for p in window.visit_screen.panels if isinstance(p, FlowWalker)]
    return walker


def _all_text(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_f9_shows_the_citizen_line_of_the_current_step_and_no_staff_text(
    qtbot, main_window: MainWindow, services
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    walker = _walker_of(main_window)
    tabs = main_window.visit_screen.tabs
    assert tabs.tabText(panel_index(main_window.visit_screen, FlowWalker)) == "Forløb"
    screen = main_window.citizen_screen.screen
    assert not screen.isVisible()
    qtbot.keyClick(main_window, Qt.Key.Key_F9)
    assert screen.isVisible()
    assert screen.text() == "Velkommen"

    walker.start_flow("flytning")
    flow = services.flows.get_flow("flytning")
    assert screen.text() == flow.steps[0].citizen.da
    assert not screen.notice.isVisibleTo(screen)  # no MitID step: nothing about looking away
    with qtbot.waitSignal(walker.citizen_line_changed):
        walker.mark(StepActor.CITIZEN_ALONE)
    step = flow.steps[1]  # the MitID log-on: the citizen sees that staff look away
    assert screen.text() == step.citizen.da
    assert screen.notice.isVisibleTo(screen) and screen.notice.text() == LOOKING_AWAY
    shown = _all_text(screen)
    assert step.staff.da not in shown
    assert all(reminder.da not in shown for reminder in flow.privacy)
    assert all(o.remedy.da not in shown for o in step.obstacles)
    assert "Kig væk" not in shown  # the staff's privacy reminder is for the staff only

    main_window.show_today()  # the next citizen must not see this one's step
    assert screen.text() == "Velkommen"
    qtbot.keyClick(main_window, Qt.Key.Key_F9)
    assert not screen.isVisible()


def test_citizen_screen_follows_the_visit_that_is_opened(
    qtbot, main_window: MainWindow, services, actor
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "pas")
    services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.GUARDIAN)
    main_window.citizen_screen.toggle()
    main_window.open_visit(visit_id)
    expected = services.flows.get_flow("pas").steps[1].citizen.da
    assert main_window.citizen_screen.screen.text() == expected


def test_a_broken_flow_file_is_named_in_the_status_bar_and_left_out(
    qtbot, services, actor, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ødelagt.yaml").write_text("id: x\nsteps: [\n", encoding="utf-8")
    services.__dict__["flows"] = FlowService(
        services.database.uow_factory,
        lambda: load_flow_library([builtin_flows_dir(), tmp_path]),
    )
    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.flow_warning is not None)
    assert "ødelagt.yaml" in window.flow_warning.text()
    assert "ødelagt.yaml:3: (yaml)" in window.flow_warning.toolTip()
    assert len(services.flows.flows()) == len(list(builtin_flows_dir().glob("*.yaml")))


def test_the_citizen_sees_the_step_in_danish_and_in_their_own_language_with_progress(
    qtbot, main_window: MainWindow, services
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.visit.citizen_panel import CitizenPanel
    from tests.ui.visit_tabs import select_panel

    main_window.new_visit()
    screen = main_window.citizen_screen.screen
    walker = _walker_of(main_window)
    walker.start_flow("flytning")
    flow = services.flows.get_flow("flytning")
    total = len(flow.steps)
    assert screen.text() == flow.steps[0].citizen.da
    assert screen.second_text() == ""  # a Danish citizen: Danish only
    assert screen.progress_text() == f"Trin 1 af {total}"
    assert screen.progress.value() == 1 and screen.progress.maximum() == total

    profile = select_panel(main_window.visit_screen, CitizenPanel).language
    profile.setCurrentIndex(profile.findData("en"))  # the citizen reads English
    assert screen.text() == flow.steps[0].citizen.da  # the line as on the real page
    assert screen.second_text() == flow.steps[0].citizen.en
    assert screen.progress_text() == f"Trin 1 af {total} · Step 1 of {total}"
    with qtbot.waitSignal(walker.citizen_line_changed):
        walker.mark(StepActor.CITIZEN_ALONE)
    assert screen.second_text() == flow.steps[1].citizen.en
    assert screen.progress_text() == f"Trin 2 af {total} · Step 2 of {total}"

    profile.setCurrentIndex(profile.findData("so"))  # no Somali text in the flow yet:
    assert screen.second_text() == ""  # nothing rather than the Danish twice
    assert screen.progress_text() == f"Trin 2 af {total}"
