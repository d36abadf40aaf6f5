"""The "Borger" tab, driven by keys: find by CPR or code, create, new code, anonymous."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from medbetjening.composition import service_config
from medbetjening.services.citizens import LANGUAGES
from medbetjening.settings import KEY_FILE
from medbetjening.storage.key_store import PseudonymKeyStore
from medbetjening.ui.common.labels import choices
from medbetjening.ui.visit.citizen_panel import CitizenPanel


@pytest.fixture
def visit_panel(qtbot, main_window):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    screen = main_window.visit_screen
    panel = screen.panels[0]
    assert isinstance(panel, CitizenPanel)
    assert screen.tabs.tabText(0) == "Bo&rger"
    assert panel.entry.hasFocus()  # Ctrl+N goes straight to the CPR number/code field
    return screen, panel


def _type(qtbot, panel: CitizenPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    panel.entry.setFocus()
    panel.entry.clear()
    qtbot.keyClicks(panel.entry, text)
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)


def test_new_citizen_by_cpr_then_found_again_by_cpr_and_code(
    qtbot, visit_panel, services, actor
) -> None:  # type: ignore[no-untyped-def]
    screen, panel = visit_panel
    assert "Anonymt besøg" in panel.status.text()
    _type(qtbot, panel, "211062-5629")
    assert panel.entry.echoMode() == QLineEdit.EchoMode.Password  # masked once entered
    assert "Ingen borger med dette CPR-nummer" in panel.status.text()
    assert panel.create_button.isEnabled() and panel.age_band.hasFocus()
    qtbot.keyClick(panel.age_band, Qt.Key.Key_End)  # 80 år og derover
    panel.consent.setFocus()
    qtbot.keyClick(panel.consent, Qt.Key.Key_Space)
    qtbot.keyClick(panel, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Opret ny borger
    qtbot.waitUntil(lambda: panel.citizen is not None)  # a mnemonic "animates" the click
    citizen = panel.citizen
    assert citizen is not None and citizen.has_cpr_link
    assert (citizen.age_band, citizen.consent_follow_up) == ("80+", True)
    assert panel.entry.text() == "" and panel.entry.echoMode() == QLineEdit.EchoMode.Normal
    assert citizen.citizen_code in panel.status.text()
    assert citizen.citizen_code in screen.header.text()  # header refreshed
    assert services.visits.get_visit(actor, screen.visit_id).citizen_id == citizen.id

    second = services.visits.start_visit(actor)
    other = CitizenPanel(services, actor, second)
    qtbot.addWidget(other)
    _type(qtbot, other, "2110625629")
    assert other.citizen is not None and other.citizen.id == citizen.id
    assert "Genkendt" in other.status.text() and other.entry.text() == ""
    assert other.age_band.currentData() == "80+"
    third = CitizenPanel(services, actor, services.visits.start_visit(actor))
    qtbot.addWidget(third)
    _type(qtbot, third, citizen.citizen_code.lower())
    assert third.citizen is not None and third.citizen.id == citizen.id


def test_invalid_cpr_shows_danish_message_and_stays_masked(qtbot, visit_panel) -> None:  # type: ignore[no-untyped-def]
    _screen, panel = visit_panel
    _type(qtbot, panel, "321062-5629")
    assert panel.message.isVisible() and "gyldig dato" in panel.message.text()
    assert "5629" not in panel.message.text()
    assert panel.entry.echoMode() == QLineEdit.EchoMode.Password
    assert panel.citizen is None and panel.create_button.isEnabled() is not False
    panel.entry.clear()
    qtbot.keyClicks(panel.entry, "K")
    assert not panel.message.isVisible()


def test_code_only_citizen_new_code_profile_and_anonymous(
    qtbot, visit_panel, services, actor
) -> None:  # type: ignore[no-untyped-def]
    screen, panel = visit_panel
    qtbot.keyClick(panel, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.citizen is not None)
    first = panel.citizen
    assert first is not None and not first.has_cpr_link
    panel.language.setCurrentIndex(panel.language.findData("uk"))  # saved at once
    assert services.citizens.get(actor, first.id).language == "uk"
    qtbot.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Ny kode
    qtbot.waitUntil(lambda: panel.citizen.citizen_code != first.citizen_code)
    assert panel.citizen.citizen_code != first.citizen_code
    assert "Den gamle kode virker ikke" in panel.status.text()
    _type(qtbot, panel, first.citizen_code)
    assert "Ingen borger har koden" in panel.status.text()
    qtbot.keyClick(panel, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Anonymt besøg
    qtbot.waitUntil(lambda: panel.citizen is None)
    assert panel.citizen is None and "anonymt" in panel.status.text()
    assert services.visits.get_visit(actor, screen.visit_id).citizen_id is None
    assert "Anonym" in screen.header.text()


def test_ambassador_cannot_enter_a_cpr(qtbot, services, ambassador) -> None:  # type: ignore[no-untyped-def]
    panel = CitizenPanel(services, ambassador, services.visits.start_visit(ambassador))
    qtbot.addWidget(panel)
    assert panel.cpr_note.isVisibleTo(panel) and "ambassadører" in panel.cpr_note.text()
    _type(qtbot, panel, "211062-5629")
    assert panel.entry.text() == ""  # not left on the screen
    assert "ambassadør" in panel.message.text()
    assert not panel._pending_cpr


def test_missing_key_file_disables_cpr_but_codes_work(
    qtbot, services, actor, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings.set(KEY_FILE, str(tmp_path / "absent.key"))
    services.key_store = PseudonymKeyStore(tmp_path, service_config(settings).key_file)
    panel = CitizenPanel(services, actor, services.visits.start_visit(actor))
    qtbot.addWidget(panel)
    assert panel.cpr_note.isVisibleTo(panel) and "slået fra" in panel.cpr_note.text()
    _type(qtbot, panel, "211062-5629")
    assert "slået fra" in panel.message.text()
    panel.create()
    assert panel.citizen is not None and not panel.citizen.has_cpr_link


def test_every_control_has_an_accessible_name_and_label_or_tooltip(qtbot, visit_panel) -> None:  # type: ignore[no-untyped-def]
    _screen, panel = visit_panel
    buddies = {label.buddy() for label in panel.findChildren(QLabel) if label.buddy()}
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(panel)
        and w.isWidgetType()
        and isinstance(w, QLineEdit | QComboBox | QCheckBox | QPushButton)
    ]
    assert len(controls) == 8
    for widget in controls:
        assert widget.accessibleName(), widget
        assert widget.toolTip() or widget in buddies or isinstance(widget, QCheckBox), widget
    assert set(LANGUAGES) == {code for code, _ in choices("language")}


def test_cpr_typed_in_the_panel_never_reaches_the_database_file(
    qtbot, visit_panel, services
) -> None:  # type: ignore[no-untyped-def]
    _screen, panel = visit_panel
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, "150385-123")
    assert panel.entry.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClicks(panel.entry, "4")
    assert panel.entry.echoMode() == QLineEdit.EchoMode.Password  # masked at the 10th digit
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    panel.create()
    _type(qtbot, panel, "1503851234")
    assert panel.citizen is not None and panel.citizen.has_cpr_link
    path = services.database.sqlite_file
    data = b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )
    for form in ("1503851234", "150385-1234", "150385 1234"):
        assert form.encode() not in data and form.encode("utf-16-le") not in data
