"""The lead's dialog of flows due for review, and the lead-only menu entry."""

from __future__ import annotations

from pathlib import Path

from medbetjening.content.flows import load_flow_library
from medbetjening.services.flows import FlowService
from medbetjening.ui.lead.flow_review_dialog import FlowReviewDialog
from tests.services.test_flow_review import library_folders


def test_the_dialog_lists_due_and_replaced_flows(qtbot, services, lead, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folders = library_folders(tmp_path)
    services.__dict__["flows"] = FlowService(
        services.database.uow_factory, lambda: load_flow_library(folders)
    )
    dialog = FlowReviewDialog(services, lead)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    assert dialog.due_table.rowCount() == 1
    assert dialog.due_table.item(0, 1).text() == "2025-11-30"
    assert dialog.replaced_table.rowCount() == 1
    assert "1 af 3 forløb skal gennemses; 1 er erstattet" in dialog.summary.text()
    assert dialog.due_table.accessibleName() and dialog.replaced_table.accessibleName()


def test_only_a_lead_has_the_menu_entry(qtbot, main_window, services, lead, settings) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.main_window import MainWindow

    assert not hasattr(main_window, "flow_review_action")  # the fixture's actor is staff
    window = MainWindow(services, lead, settings)
    qtbot.addWidget(window)
    assert window.flow_review_action in window.admin_menu.actions()
    assert window.flow_review_action.text() == "&Forløb til gennemsyn …"
