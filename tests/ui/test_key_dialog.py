"""The key dialog: status and fingerprint; export/import for the lead with warnings."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from medbetjening.storage.key_store import PseudonymKeyStore
from medbetjening.ui.lead.key_dialog import KeyDialog
from medbetjening.ui.shell.main_window import MainWindow


def test_lead_exports_after_the_warning_and_imports(
    qtbot, services, lead, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services.key_store = PseudonymKeyStore(tmp_path / "pc", use_keyring=False)
    dialog = KeyDialog(services, lead)
    qtbot.addWidget(dialog)
    fingerprint = services.pseudonym_keys.status().fingerprint
    assert fingerprint and fingerprint in dialog.fingerprint.text()
    assert "slået til" in dialog.status.text()

    warnings: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok]

    def fake_warning(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        warnings.append(text)
        return answers.pop(0)

    target = tmp_path / "usb" / "kommune.key"
    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(target), ""))
    dialog.export_button.click()  # cancelled at the warning
    assert "hemmelig" in warnings[0] and not target.exists()
    dialog.export_button.click()
    assert target.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    dialog.import_button.click()  # the same key: no warning needed
    assert len(warnings) == 2


def test_import_of_another_key_asks_first_when_citizens_are_linked(
    qtbot, services, lead, actor, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services.key_store = PseudonymKeyStore(tmp_path / "pc", use_keyring=False)
    citizen = services.citizens.create(actor, cpr="211062-5629")
    other = PseudonymKeyStore(tmp_path / "other", use_keyring=False)
    foreign = tmp_path / "foreign.key"
    other.export_to(foreign, other.load())
    dialog = KeyDialog(services, lead)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def fake_warning(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(foreign), ""))
    dialog.import_button.click()
    assert "ikke længere" in asked[0]
    assert services.citizens.find(actor, "2110625629").citizen == citizen  # nothing changed
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.import_button.click()
    assert services.citizens.find(actor, "2110625629").citizen is None


def test_staff_sees_status_only_and_ambassador_has_no_key_or_booking_actions(
    qtbot, services, actor, ambassador, settings
) -> None:  # type: ignore[no-untyped-def]
    dialog = KeyDialog(services, actor)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.import_button.isEnabled()
    window = MainWindow(services, ambassador, settings)
    qtbot.addWidget(window)
    assert not window.key_action.isEnabled()
    assert not window.import_appointments_action.isEnabled()
    assert not window.today.add_appointment_button.isEnabled()
    staff_window = MainWindow(services, actor, settings)
    qtbot.addWidget(staff_window)
    assert staff_window.key_action.isEnabled() and staff_window.today.import_button.isEnabled()
