"""Composition root: settings, database, services, QApplication, main window."""

from __future__ import annotations

import argparse
import sys
import time

from medbetjening.settings import LANGUAGE, Settings

PROCESS_START = time.perf_counter()


def configure_application(app, settings: Settings, language: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """Language (argument, setting, system, else Danish), text size, contrast, icon."""
    from PySide6.QtGui import QIcon

    from medbetjening.locations import resources_dir
    from medbetjening.ui.appearance import apply_settings
    from medbetjening.ui.i18n import choose_language, install_translations

    chosen = language or choose_language(settings.get(LANGUAGE))
    install_translations(app, chosen)
    apply_settings(app, settings)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "medbetjening.svg")))
    return chosen


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from medbetjening.services.container import Services
    from medbetjening.storage.files import StorageError
    from medbetjening.ui.main_window import MainWindow
    from medbetjening.ui.sign_in import actor_for, choose_actor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Medbetjening")
    app.setOrganizationName("Medbetjening")
    settings = Settings()
    configure_application(app, settings, args.lang)

    try:
        # a SQLite file at head: the first paint reads with sqlite3, SQLAlchemy comes after
        services = Services.open(args.db)
    except StorageError as error:
        QMessageBox.critical(None, app.translate("App", "Databasen kan ikke åbnes"), str(error))
        print(f"Fejl: {error}", file=sys.stderr)
        return 1

    if services.startup.is_empty():
        from medbetjening.ui.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog(services.setup)
        if args.exit_after_startup:  # nobody to answer the dialog: show it, report, leave
            dialog.show()
            QTimer.singleShot(0, lambda: _report_startup(app, dialog, services))
            return app.exec()
        if not dialog.exec() or dialog.created is None:
            return 0
        actor = actor_for(dialog.created)
    else:
        actor = choose_actor(services, settings)
        if actor is None:
            services.close()
            return 0

    window = MainWindow(services, actor, settings)
    window.show()
    if args.exit_after_startup:
        QTimer.singleShot(0, lambda: _report_startup(app, window, services))
    else:
        QTimer.singleShot(0, lambda: _after_first_paint(app, window, services))
    code = app.exec()
    services.close()
    return code


def _after_first_paint(app, window, services) -> None:  # type: ignore[no-untyped-def]
    """The window is up: load the full stack in the background, offer unfinished visits."""
    app.processEvents()
    services.warm_up()
    window.offer_unfinished_visits()


def _report_startup(app, window, services) -> None:  # type: ignore[no-untyped-def]
    """``--exit-after-startup``: the time to the painted window, then (after the same
    warm-up as a real start, so the process's CPU time includes it) the full stack."""
    app.processEvents()
    print(f"startup_seconds={time.perf_counter() - PROCESS_START:.3f}", flush=True)
    print(f"startup_cpu_seconds={time.process_time():.3f}", flush=True)
    services.warm_up()
    services.ready()
    print(f"full_stack_seconds={time.perf_counter() - PROCESS_START:.3f}", flush=True)
    window.close()
    app.quit()


def main() -> int:
    from medbetjening.cli import main as cli_main

    return cli_main([])
