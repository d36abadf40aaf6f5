"""Child process for the memory measure: main window + dashboard, then a full export.

Prints ``done`` when finished, so the runner reads the peak RSS of the whole session.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def main(db_url: str, out: Path) -> None:
    from medbetjening.reports.export_jobs import export_visits
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database
    from medbetjening.services.visit_export import VisitExportOptions
    from medbetjening.settings import Settings
    from medbetjening.ui.lead.dashboard import DashboardWindow
    from medbetjening.ui.shell.main_window import MainWindow
    from medbetjening.ui.shell.sign_in import actor_for, preselected_actor

    _app = QApplication.instance() or QApplication([])  # kept alive while the windows exist
    services = Services(open_database(db_url))  # the full stack, as after the warm-up
    settings = Settings()
    actor = preselected_actor(services, settings)
    window = MainWindow(services, actor, settings)
    window.show()
    lead = next(p for p in services.setup.staff() if p.role == "lead")
    lead_actor = actor_for(lead)
    dashboard = DashboardWindow(services, lead_actor)
    dashboard.show()
    drawn = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: drawn.quit() if not dashboard.progress.isVisible() else None)
    dashboard.refresh()
    poll.start(50)
    drawn.exec()  # until every chart is drawn (the progress bar goes away)
    poll.stop()
    export_visits(services.visit_export, lead_actor, out, VisitExportOptions(format="csv"))
    out.unlink(missing_ok=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
