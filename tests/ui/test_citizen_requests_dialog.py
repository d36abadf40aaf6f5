"""The lead's dialog for a citizen's access request and erasure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from medbetjening.storage.models import Citizen
from medbetjening.ui.lead.citizen_requests_dialog import CitizenRequestsDialog
from tests.services.records import add_citizen, add_visit


@pytest.fixture
def dialog(qtbot, services, lead, actor):  # type: ignore[no-untyped-def]
    citizen = add_citizen(services, "K7Q2")
    add_visit(services, actor, dt.datetime(2026, 10, 5, 10, 0), citizen)
    widget = CitizenRequestsDialog(services, lead)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_find_by_code(qtbot, dialog: CitizenRequestsDialog) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.pdf_button.isEnabled()
    qtbot.keyClicks(dialog.code, "nope")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "ingen data" in dialog.summary.text() and not dialog.erase_button.isEnabled()
    dialog.code.setText("k7q2")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "1 besøg" in dialog.summary.text() and dialog.pdf_button.isEnabled()


@pytest.mark.parametrize("suffix", ["json", "pdf"])
def test_export_runs_in_the_background(
    qtbot, dialog: CitizenRequestsDialog, tmp_path: Path, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    dialog.code.setText("K7Q2")
    dialog.find()
    out = tmp_path / f"borger.{suffix}"
    task = dialog.export_to(out)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert "er gemt i" in dialog.summary.text()
    if suffix == "json":
        assert json.loads(out.read_text(encoding="utf-8"))["borger"]["citizen_code"] == "K7Q2"
    else:
        assert out.read_bytes().startswith(b"%PDF")


def test_erase_asks_first(dialog: CitizenRequestsDialog, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    dialog.code.setText("K7Q2")
    dialog.find()

    def citizens() -> int:
        with services.database.uow_factory() as uow:
            return uow.session.scalar(select(func.count()).select_from(Citizen))

    dialog.erase_button.click()
    assert citizens() == 1
    dialog.erase_button.click()
    assert citizens() == 0 and "slettet: 1 besøg" in dialog.summary.text()
    assert not dialog.erase_button.isEnabled()
