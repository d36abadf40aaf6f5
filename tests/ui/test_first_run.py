"""The first-run dialog creates the site and a team-lead profile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from medbetjening.ui.shell.first_run_dialog import FirstRunDialog


def test_first_run_creates_site_and_lead(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(services.setup)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.site_name, "Hovedbiblioteket")
    dialog.site_kind.setCurrentIndex(dialog.site_kind.findData("library"))
    qtbot.keyClicks(dialog.staff_name, "Ditte")
    qtbot.keyClicks(dialog.password, "bøger om havet")
    qtbot.keyClicks(dialog.repeat_password, "bøger om havet")
    qtbot.keyClick(dialog.staff_name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.role == "lead"
    assert dialog.created.has_password
    assert [s.name for s in services.setup.sites()] == ["Hovedbiblioteket"]


def test_first_lead_without_a_password_cannot_be_created(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.shell.first_run_dialog.QMessageBox.warning",
        lambda *a: warnings.append(a[2]),
    )
    dialog = FirstRunDialog(services.setup)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.site_name, "Rådhuset")
    qtbot.keyClicks(dialog.staff_name, "Ditte")
    dialog.buttons.accepted.emit()
    assert warnings and "Adgangskoden skal være mindst 8 tegn" in warnings[0]
    assert services.setup.is_empty()


def test_setup_is_refused_once_anyone_exists(services) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.domain.vocabulary import SiteKind
    from medbetjening.services.errors import PermissionDenied

    services.setup.create_first("Rådhuset", SiteKind.TOWN_HALL, "Ditte", None, "lang kode 123")
    with pytest.raises(PermissionDenied, match="allerede sat op"):
        services.setup.create_first("Andet", SiteKind.LIBRARY, "Ole", None, "lang kode 123")
    assert [s.name for s in services.setup.sites()] == ["Rådhuset"]


def test_first_run_refuses_an_empty_site_name(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.shell.first_run_dialog.QMessageBox.warning",
        lambda *a: warnings.append(a[2]),
    )
    dialog = FirstRunDialog(services.setup)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.staff_name, "Ditte")
    dialog.buttons.accepted.emit()
    assert warnings and "stedets navn" in warnings[0]
    assert services.setup.is_empty()
