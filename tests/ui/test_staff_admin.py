"""Staff admin for leads, own password change, and the menu entries by role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from medbetjening.domain.vocabulary import Role
from medbetjening.ui.lead.staff_admin import (
    ChangePasswordDialog,
    NewStaffDialog,
    StaffAccountsModel,
    StaffAdminDialog,
)
from medbetjening.ui.shell.main_window import MainWindow


@pytest.fixture
def admin(qtbot, services, lead):  # type: ignore[no-untyped-def]
    services.staff.create(lead, "Birthe Frivillig", lead.site_id, Role.AMBASSADOR, "birthe")
    dialog = StaffAdminDialog(services, lead)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _select(dialog: StaffAdminDialog, name: str) -> None:
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).name == name)
    dialog.table.selectRow(row)


def test_model_passes_qtmodeltester(qtmodeltester, services, lead) -> None:  # type: ignore[no-untyped-def]
    model = StaffAccountsModel()
    model.set_rows(services.staff.accounts(lead))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == str(lead.staff_id)  # the number the CLI asks for
    assert model.index(0, 2).data() == "Teamleder"


def test_lead_changes_role_sets_password_and_deactivates(
    admin: StaffAdminDialog, services, lead
) -> None:  # type: ignore[no-untyped-def]
    _select(admin, "Birthe Frivillig")
    assert admin.role.currentData() == "ambassador"
    admin.role.setCurrentIndex(admin.role.findData("staff"))
    admin.role_button.click()
    assert admin.current().role == "staff" and admin.current().name == "Birthe Frivillig"
    admin.password.setText("birthes kode 1")
    admin.password_button.click()
    assert admin.current().has_password
    assert admin.active_button.text() == "&Deaktivér"
    admin.active_button.click()
    assert admin.current().active is False and admin.active_button.text() == "Gen&aktivér"
    assert "Birthe Frivillig" not in [p.name for p in services.setup.staff()]


def test_refusal_is_shown_not_swallowed(admin: StaffAdminDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.lead.staff_admin.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    _select(admin, "Test lead")
    admin.active_button.click()  # one's own profile
    assert shown and "egen profil" in shown[0]
    assert admin.current().active is True


def test_new_staff_dialog_creates_an_account(admin: StaffAdminDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    password = [""]

    def fill(dialog: NewStaffDialog) -> int:
        dialog.name.setText("Anne Sørensen")
        dialog.role.setCurrentIndex(dialog.role.findData("lead"))
        dialog.os_user.setText("anne")
        dialog.password.setText(password[0])
        return QDialog.DialogCode.Accepted

    shown: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.lead.staff_admin.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    monkeypatch.setattr(NewStaffDialog, "exec", fill)
    admin.new_button.click()  # a lead without a password cannot exist
    assert shown and "mindst 8 tegn" in shown[0]
    password[0] = "annes lange kode"
    admin.new_button.click()
    assert admin.current().name == "Anne Sørensen" and admin.current().role == "lead"
    assert admin.current().os_user == "anne" and admin.current().has_password


def test_change_own_password(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    dialog = ChangePasswordDialog(services, actor)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "en lang kode")
    qtbot.keyClicks(dialog.repeat, "en anden kode")
    dialog.save()
    assert "ikke ens" in dialog.message.text()
    dialog.repeat.setText("en lang kode")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.staff.authenticate(actor.staff_id, "en lang kode", password_required=True)


def test_admin_menu_only_for_leads(
    qtbot, services, lead, settings, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert "Ad&ministration" not in [a.text() for a in main_window.menuBar().actions()]
    assert not main_window.audit_action.isEnabled()
    window = MainWindow(services, lead, settings)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Filer",
        "&Besøg",
        "Ad&ministration",
        "S&tatistik",
        "&Hjælp",
    ]
    assert [a.text() for a in window.admin_menu.actions()] == [
        "&Medarbejdere …",
        "&Steder …",
        "&Hjælpesteder …",
        "Regler for &kommunen …",
        "&Revisionslog …",
        "&Borgerens rettigheder …",
        "&Forløb til gennemsyn …",
    ]
    assert window.staff_admin_action.shortcut().toString() == "Ctrl+Shift+M"
    assert window.audit_action.isEnabled()


def test_shortcut_opens_the_staff_admin(qtbot, services, lead, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[StaffAdminDialog] = []
    monkeypatch.setattr(StaffAdminDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = MainWindow(services, lead, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(opened) == 1 and opened[0].model.rowCount() == 1
