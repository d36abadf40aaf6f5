"""The start-up baseline: a bare PySide6 QMainWindow with one QTableView.

Started the same way as the app (a fresh Python process); prints the same marker line.
"""

from __future__ import annotations

import sys
import time

PROCESS_START = time.perf_counter()


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6, table))
    window.setCentralWidget(table)
    window.resize(1100, 720)
    window.show()

    def report() -> None:
        app.processEvents()
        print(f"startup_seconds={time.perf_counter() - PROCESS_START:.3f}", flush=True)
        print(f"startup_cpu_seconds={time.process_time():.3f}", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
