"""The first-run dialog creates the site and a team-lead profile."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medbetjening.ui.first_run_dialog import FirstRunDialog


def test_first_run_creates_site_and_lead(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(services.setup)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.site_name, "Hovedbiblioteket")
    dialog.site_kind.setCurrentIndex(dialog.site_kind.findData("library"))
    qtbot.keyClicks(dialog.staff_name, "Ditte")
    qtbot.keyClick(dialog.staff_name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.role == "lead"
    assert [s.name for s in services.setup.sites()] == ["Hovedbiblioteket"]


def test_first_run_refuses_an_empty_site_name(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.first_run_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    dialog = FirstRunDialog(services.setup)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.staff_name, "Ditte")
    dialog.buttons.accepted.emit()
    assert warnings and "stedets navn" in warnings[0]
    assert services.setup.is_empty()
