"""A service's refusal reaches the window in the interface's language: the same
dialog shows the Danish message in Danish and its English in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QApplication

from medbetjening.ui.common import i18n
from medbetjening.ui.desk.appointment_dialog import AppointmentDialog


@pytest.fixture(params=["da", "en"])
def language(request):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    before = QLocale()
    i18n.install_translations(app, request.param)
    yield request.param
    i18n.remove_translations(app)
    QLocale.setDefault(before)


def test_a_refused_appointment_says_why_in_the_window_language(
    qtbot, services, actor, language
) -> None:  # type: ignore[no-untyped-def]
    dialog = AppointmentDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.time.setTime(QTime(14, 15))
    dialog.label.setText("fru Hansen 211062-5629")  # a CPR number in the errand: refused
    dialog._save()
    assert dialog.created is None
    shown = dialog.message.text()
    if language == "en":
        assert shown.startswith("The text looks like a CPR number."), shown
    else:
        assert shown.startswith("Teksten ligner et CPR-nummer."), shown
