"""The real Medbetjening window, stage by stage, for the AT-SPI walk (test_atspi_walk.py).

Run under Xvfb on a private D-Bus session with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1:
``drive_app.py DB_URL VISIT_ID``. It opens what a clerk opens — sign-in, today's list,
the visit's four tabs (the fourth is the close form), the citizen's paper — and at each
stage runs ``walk_tree.py`` (system Python, pyatspi) in a separate process while this
one keeps answering the screen reader's questions. Prints one JSON object: stage →
what the walk saw.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QProcess, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from medbetjening.app import configure_application
from medbetjening.services.container import Services
from medbetjening.settings import Settings
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.shell.sign_in import make_sign_in_dialog

APP_NAME = "Medbetjening"
WALKER = Path(__file__).with_name("walk_tree.py")
SYSTEM_PYTHON = os.environ.get("MEDBETJENING_ATSPI_PYTHON", "/usr/bin/python3")


def settle(milliseconds: int = 300) -> None:
    """Let the window paint and the accessibility bridge announce what changed."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


class Walker:
    """The walker process, asked for one walk per stage; this process's event loop runs
    while it walks (the app answers the walker's questions over D-Bus)."""

    def __init__(self) -> None:
        self.process = QProcess()
        self.process.start(SYSTEM_PYTHON, [str(WALKER), APP_NAME])
        self._buffer = b""

    def walk(self) -> dict[str, object]:
        settle()
        self.process.write(b"walk\n")
        # poll with the event loop running: the app answers the walker's questions
        deadline = time.monotonic() + 30  # a hung bus: the test says what is missing
        while b"\n" not in self._buffer and time.monotonic() < deadline:
            if self.process.state() == QProcess.ProcessState.NotRunning:
                break
            settle(50)
            self._buffer += bytes(self.process.readAllStandardOutput())
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            return json.loads(line)
        except ValueError:
            err = bytes(self.process.readAllStandardError()).decode()
            return {"error": f"walker said: {line!r}\n{err}"}

    def stop(self) -> None:
        self.process.closeWriteChannel()
        self.process.waitForFinished(5000)


def show(widget: QWidget) -> None:
    widget.show()
    widget.raise_()
    widget.activateWindow()


def main() -> int:
    db_url, visit_id = sys.argv[1], int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    settings = Settings()
    configure_application(app, settings, "da")
    services = Services.open(db_url)
    report: dict[str, object] = {}
    walker = Walker()
    walk = walker.walk

    dialog = make_sign_in_dialog(services, settings)
    show(dialog)
    report["sign-in"] = walk()
    dialog.sign_in()  # the preselected staff profile has no password
    actor = dialog.actor
    dialog.close()
    if actor is None:
        print(json.dumps({"error": "sign-in did not sign in"}))
        return 1

    window = MainWindow(services, actor, settings)
    window.resize(1366, 768)
    show(window)
    report["today's list"] = walk()

    window.open_visit(visit_id)
    tabs = window.visit_screen.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        name = tabs.tabText(index).replace("&", "")
        stage = "close form" if index == tabs.count() - 1 else f"visit tab {name}"
        report[stage] = walk()

    window.export_actions.offer_handout(visit_id)  # what closing a visit opens
    report["handout dialog"] = walk()

    # the walker's own check: a window with an unnamed edit and an empty button
    probe = QWidget()
    probe.setWindowTitle("Prøve")
    layout = QVBoxLayout(probe)
    layout.addWidget(QLineEdit())
    layout.addWidget(QPushButton())
    show(probe)
    report["probe"] = walk()

    walker.stop()
    print(json.dumps(report))
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
