"""The audit viewer: lazy model (qtmodeltester), filters, CSV export off the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from medbetjening.services.audit_log import AuditFilter
from medbetjening.storage.models import AuditEvent
from medbetjening.ui.lead.audit_screen import PAGE, AuditDialog, AuditModel

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def events(services, lead) -> int:  # type: ignore[no-untyped-def]
    total = PAGE + 50
    with services.database.uow_factory() as uow:
        for number in range(total):
            uow.session.add(
                AuditEvent(
                    at=dt.datetime(2026, 11, 1, 8, 0) + dt.timedelta(minutes=number),
                    staff_id=lead.staff_id,
                    site_id=lead.site_id,
                    action="citizen.erase" if number % 10 == 0 else "citizen.read_history",
                    target_type="citizen",
                    target_id=number,
                    detail=f"nr {number}",
                )
            )
        uow.commit()
    return total


@pytest.fixture
def dialog(qtbot, services, lead, events):  # type: ignore[no-untyped-def]
    widget = AuditDialog(services, lead, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_model_passes_qtmodeltester_and_fetches_lazily(
    qtmodeltester, services, lead, events
) -> None:  # type: ignore[no-untyped-def]
    model = AuditModel()
    log = services.audit_log
    model.reset(events, lambda offset, limit: log.list(lead, limit=limit, offset=offset))
    assert model.rowCount() == PAGE and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == events
    assert model.index(0, 3).data() == "Borgers historik åbnet"
    assert model.index(0, 4).data() == f"Borger {events - 1}"


def test_filters_narrow_the_list(dialog: AuditDialog, events: int) -> None:
    assert dialog.model.total == events
    assert dialog.count_label.text() == f"{events} hændelser"
    dialog.action.setCurrentIndex(dialog.action.findData("citizen.erase"))
    dialog.search_button.click()
    assert dialog.model.total == events // 10
    dialog.action.setCurrentIndex(0)
    dialog.text.setText("nr 249")
    dialog.text.returnPressed.emit()
    assert dialog.model.total == 1 and dialog.model.row_at(0).detail == "nr 249"
    dialog.text.clear()
    dialog.start.setDate(dialog.end.date())
    dialog.refresh()
    assert dialog.model.total == 0 and not dialog.export_button.isEnabled()


def test_export_runs_in_the_background_and_is_audited(
    qtbot, dialog: AuditDialog, services, lead, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "log.csv"
    task = dialog.export_to(out)
    assert dialog.cancel_button.isVisibleTo(dialog)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not task.running)
    assert out.exists() and len(out.read_text(encoding="utf-8-sig").splitlines()) == 251
    assert "gemt i log.csv" in dialog.count_label.text()
    assert not dialog.cancel_button.isVisibleTo(dialog)
    assert services.audit_log.count(lead, AuditFilter(action="audit.export")) == 1


def test_cancelled_export_leaves_no_file(
    qtbot, dialog: AuditDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()  # holds the export until cancel was pressed
    log = dialog.services.audit_log
    original = log.list
    monkeypatch.setattr(log, "list", lambda *a, **k: gate.wait(10) and original(*a, **k))
    out = tmp_path / "log.csv"
    task = dialog.export_to(out)
    dialog.cancel_button.click()
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert not out.exists() and not (tmp_path / "log.csv.tmp").exists()
    assert dialog.count_label.text() == "Eksporten blev afbrudt."


def _audited_actions() -> set[str]:
    """Every action a service writes with ``audit.record`` (literals and module constants)."""
    import ast

    import medbetjening.services as services_package

    found: set[str] = set()
    for path in Path(services_package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name) and isinstance(node.value.value, str)
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and len(node.args) >= 3
            ):
                continue
            for value in ast.walk(node.args[2]):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
                elif isinstance(value, ast.Name) and value.id in constants:
                    found.add(constants[value.id])
    return found


def test_every_audited_action_has_a_name_in_the_viewer() -> None:
    from medbetjening.ui.common.labels import label

    actions = _audited_actions()
    assert {"export.handout", "citizen.history.read", "staff.sign_in"} <= actions
    unnamed = sorted(action for action in actions if label("audit_action", action) == action)
    assert unnamed == []
