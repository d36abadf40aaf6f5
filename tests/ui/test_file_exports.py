"""The small exports (handout, case note, KOMHEN, a chart's numbers) run off the GUI thread
through the one export runner, with progress, cancel and one Danish message on failure."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

import medbetjening.reports.export_jobs as export_jobs
import medbetjening.ui.visit.case_note_dialog as case_note_dialog
from medbetjening.reports.exporting import write_export
from medbetjening.ui.common import file_export
from medbetjening.ui.lead.chart_card import ChartCard, ChartTable
from medbetjening.ui.lead.komhen_dialog import KomhenDialog
from medbetjening.ui.visit.case_note_dialog import CaseNoteDialog
from medbetjening.ui.visit.handout_dialog import HandoutDialog
from tests.ui.saving import WAIT_MS, saved


@pytest.fixture
def writer_threads(monkeypatch) -> list[bool]:  # type: ignore[no-untyped-def]
    """For each file the runner writes: was it written on the GUI (main) thread?"""
    on_gui: list[bool] = []

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_gui.append(threading.current_thread() is threading.main_thread())
        return write_export(*args, **kwargs)

    monkeypatch.setattr(export_jobs, "write_export", recording)
    return on_gui


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        file_export.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    return shown


def test_handout_case_note_komhen_and_chart_are_written_off_the_gui_thread(
    qtbot, services, actor, lead, visit_id, tmp_path: Path, writer_threads: list[bool]
) -> None:  # type: ignore[no-untyped-def]
    handout = HandoutDialog(services, actor, visit_id, 12)
    qtbot.addWidget(handout)
    assert saved(qtbot, handout.save_pdf(tmp_path / "h.pdf")).count >= 1

    note = CaseNoteDialog("Journalnotat – digital hjælp\nBorger: kode K7M2QX", 7)
    qtbot.addWidget(note)
    saved(qtbot, note.save_text(tmp_path / "n.txt"))
    assert saved(qtbot, note.save_pdf(tmp_path / "n.pdf")).count >= 1
    assert (tmp_path / "n.txt").read_text(encoding="utf-8").endswith("kode K7M2QX")

    komhen = KomhenDialog(services, lead)
    qtbot.addWidget(komhen)
    qtbot.waitUntil(lambda: komhen.report is not None, timeout=WAIT_MS)
    saved(qtbot, komhen.write(tmp_path / "uge.csv"))

    card = ChartCard("channels", "Kanal", "bar")
    qtbot.addWidget(card)
    card.set_table(ChartTable(("Kanal", "Besøg"), (("Telefon", 2), ("Fremmøde", 5))))
    assert saved(qtbot, card.save_csv(tmp_path / "kanal.csv")).count == 2

    assert writer_threads == [False] * 5  # five files, none written on the GUI thread
    assert "Fremmøde;5" in (tmp_path / "kanal.csv").read_text(encoding="utf-8-sig")
    assert "KOMHEN" in (tmp_path / "uge.csv").read_text(encoding="utf-8-sig")
    assert not list(tmp_path.glob("*.part"))


def test_a_cancelled_save_writes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    real = case_note_dialog.save_case_note

    def held(text, out, feedback):  # type: ignore[no-untyped-def]
        gate.wait(WAIT_MS / 1000)  # the person presses cancel while this waits
        return real(text, out, feedback)

    monkeypatch.setattr(case_note_dialog, "save_case_note", held)
    dialog = CaseNoteDialog("Journalnotat", 7)
    qtbot.addWidget(dialog)
    out = tmp_path / "n.pdf"
    export = dialog.save_pdf(out)
    cancelled: list[bool] = []
    export.task.cancelled.connect(lambda: cancelled.append(True))
    export.progress.findChild(QPushButton).click()  # the progress window's Afbryd button
    gate.set()
    with qtbot.waitSignal(export.finished, timeout=WAIT_MS):
        pass
    assert cancelled == [True] and export.result is None and export.error is None
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert dialog.status.text() == ""  # no "Gemt" for a file that is not there


def test_a_path_that_cannot_be_written_is_told_at_once_and_nothing_starts(
    qtbot, tmp_path: Path, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    card = ChartCard("channels", "Kanal", "bar")
    qtbot.addWidget(card)
    card.set_table(ChartTable(("Kanal", "Besøg"), (("Telefon", 2),)))
    missing = tmp_path / "ikke-her" / "kanal.csv"
    export = card.save_csv(missing)
    assert not export.task.running and export.result is None
    assert len(warnings) == 1 and str(missing.parent) in warnings[0]
    assert warnings[0] == export.error
    assert not missing.parent.exists()


def test_a_write_that_fails_half_way_is_told_and_leaves_no_half_file(
    qtbot, tmp_path: Path, warnings: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def full_disk(path, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        path.write_text("Kanal;Bes", encoding="utf-8")  # half a file in <name>.part
        raise OSError(28, "Der er ikke mere plads på disken")

    monkeypatch.setattr(export_jobs, "write_csv", full_disk)
    card = ChartCard("channels", "Kanal", "bar")
    qtbot.addWidget(card)
    card.set_table(ChartTable(("Kanal", "Besøg"), (("Telefon", 2),)))
    out = tmp_path / "kanal.csv"
    export = card.save_csv(out)
    with qtbot.waitSignal(export.finished, timeout=WAIT_MS):
        pass
    assert export.result is None
    assert warnings == [f"{out} kunne ikke gemmes: Der er ikke mere plads på disken."]
    assert not out.exists() and not list(tmp_path.glob("*.part"))
