"""Menu entries, case-note dialog, handout dialog and the export dialog with cancel."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from medbetjening.reports.export_jobs import case_note_text
from medbetjening.ui.common.tasks import BackgroundTask
from medbetjening.ui.lead.export_dialog import VisitExportDialog
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.visit.case_note_dialog import CaseNoteDialog
from medbetjening.ui.visit.handout_dialog import HandoutDialog
from tests.ui.saving import saved

SHOTS = Path("/tmp/shots")


def test_statistics_menu_only_for_leads(qtbot, services, lead, settings, main_window) -> None:  # type: ignore[no-untyped-def]
    assert "S&tatistik" not in [a.text() for a in main_window.menuBar().actions()]
    assert not main_window.export_actions.statistics_action.isEnabled()
    window = MainWindow(services, lead, settings)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Filer",
        "&Besøg",
        "Ad&ministration",
        "S&tatistik",
        "&Hjælp",
    ]
    window.export_actions.show_dashboard()
    dashboard = window.export_actions.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10000)
    dashboard.close()


def test_case_note_dialog_copies_and_saves(
    qtbot, main_window, visit_id, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    main_window.refresh_today()
    shown: list[CaseNoteDialog] = []

    def fake_exec(dialog: CaseNoteDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CaseNoteDialog, "exec", fake_exec)
    main_window.open_visit(visit_id)
    qtbot.keyClick(main_window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    text = dialog.editor.toPlainText()
    assert "Journalnotat – digital hjælp" in text and "Borger: kode K7M2QX" in text
    assert "Henvist til: Den Digitale Hotline" in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    saved(qtbot, dialog.save_text(tmp_path / "n.txt"))
    assert (tmp_path / "n.txt").read_text(encoding="utf-8") == text
    saved(qtbot, dialog.save_pdf(tmp_path / "n.pdf"))
    pdf = subprocess.run(
        ["pdftotext", str(tmp_path / "n.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Borger: kode K7M2QX" in pdf
    dialog.show()
    qtbot.waitExposed(dialog)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "issue6-case-note-dialog.png"))


def test_handout_dialog_saves_a_pdf(qtbot, services, actor, visit_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoutDialog(services, actor, visit_id, 12)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)
    dialog.large.setChecked(True)
    out = tmp_path / "h.pdf"
    assert saved(qtbot, dialog.save_pdf(out)).count >= 1
    assert str(out) in dialog.status.text()
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "What we did today" in text and "K7M2QX" in text and "fuldmagt" not in text
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "issue6-handout-dialog.png"))


def test_export_dialog_runs_in_the_background(qtbot, services, lead, visit_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = VisitExportDialog(services, lead)
    qtbot.addWidget(dialog)
    out = tmp_path / "besøg.csv"
    dialog.path.setText(str(out))
    dialog.anonymised.setChecked(False)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.task.running, timeout=10000)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == 8 and dialog.progress.value() == dialog.progress.maximum()
    assert "7 besøg gemt" in dialog.status.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "issue6-export-dialog.png"))


def test_export_dialog_cancel_leaves_no_file(
    qtbot, services, lead, visit_id, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    original = BackgroundTask.start

    def start_then_cancel(task: BackgroundTask, pool=None) -> None:  # type: ignore[no-untyped-def]
        task.cancel()  # the user pressed "Afbryd" before the first progress report
        original(task, pool)

    monkeypatch.setattr(BackgroundTask, "start", start_then_cancel)
    dialog = VisitExportDialog(services, lead)
    qtbot.addWidget(dialog)
    out = tmp_path / "besoeg.xlsx"
    dialog.format.setCurrentIndex(2)
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=10000)
    assert "afbrudt" in dialog.status.text()
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_handout_prints_on_a_printer(qtbot, services, actor, visit_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from medbetjening.reports.handout import print_handout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    data = services.exports.handout(actor, visit_id, "da", 12)
    assert print_handout(data, printer) == 1
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Det gjorde vi i dag" in text and "Den Digitale Hotline" in text


def test_dialogs_tell_a_bad_path_by_name(
    qtbot, services, actor, lead, visit_id, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A save into a folder that does not exist: a warning naming the path, no file."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    missing = tmp_path / "nodir"
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen[-1]), ""))

    handout = HandoutDialog(services, actor, visit_id, 12)
    qtbot.addWidget(handout)
    chosen.append(missing / "h.pdf")
    handout._ask_pdf()
    note = CaseNoteDialog(case_note_text(services.exports, actor, visit_id), visit_id)
    qtbot.addWidget(note)
    chosen.append(missing / "n.txt")
    note._ask_text()
    chosen.append(missing / "n.pdf")
    note._ask_pdf()
    export = VisitExportDialog(services, lead)
    qtbot.addWidget(export)
    export.path.setText(str(missing / "v.csv"))
    export.start()
    assert export.task is None  # refused before the export started
    assert warnings == [
        f"Mappen {missing} findes ikke, så {missing / name} kan ikke gemmes. "
        "Opret mappen, eller vælg en anden."
        for name in ("h.pdf", "n.txt", "n.pdf", "v.csv")
    ]
    assert not missing.exists() and not list(tmp_path.rglob("*.part"))


def _smallest_word_height(pdf: Path) -> float:
    """The height of the smallest word box on the PDF's pages, in points (≈ font size)."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    heights = [
        float(y_max) - float(y_min)
        for y_min, y_max in re.findall(r'<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"', xhtml)
    ]
    assert heights
    return min(heights)


def test_handout_dialog_previews_prints_by_default_and_saves_to_documents(
    qtbot, services, actor, visit_id, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QStandardPaths

    dialog = HandoutDialog(services, actor, visit_id, 12)
    qtbot.addWidget(dialog)
    assert "K7M2QX" in dialog.preview.toPlainText()
    assert dialog.print_button.isDefault()
    dialog.language.setCurrentIndex(1)
    assert "What we did today" in dialog.preview.toPlainText()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert dialog.default_pdf_path() == Path(documents) / f"besoeg-{visit_id}.pdf"

    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    saved(qtbot, dialog.save_pdf(normal))
    dialog.large.setChecked(True)
    saved(qtbot, dialog.save_pdf(large))
    assert _smallest_word_height(normal) < 15
    assert _smallest_word_height(large) >= 16  # "Stor skrift": at least 16 pt
